// The text_file type: buffered UTF-8 text files over file descriptors (sys.std*, open()).
// Output is buffered in the object and written with write(2); stdout is line-buffered on a
// TTY and fully buffered otherwise, stderr writes through after flushing stdout.
#include "runtime/textio.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

namespace coil {

namespace {

constexpr size_t kBufSize = 8192;

bool grow(Interp& interp, char** buf, size_t* cap, size_t need) {
  if (need <= *cap) return true;
  size_t ncap = *cap ? *cap : 256;
  while (ncap < need) ncap *= 2;
  char* p = static_cast<char*>(realloc(*buf, ncap));
  if (p == nullptr) { raise_no_memory(interp); return false; }
  interp.heap.account(ptrdiff_t(ncap) - ptrdiff_t(*cap));
  *buf = p;
  *cap = ncap;
  return true;
}

// Writes all bytes, retrying on EINTR / short writes. Returns errno or 0.
int write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    p += w;
    n -= size_t(w);
  }
  return 0;
}

bool raw_flush(TextFile* f, int* err) {
  *err = 0;
  if (f->wlen == 0) return true;
  *err = write_all(f->fd, f->wbuf, f->wlen);
  f->wlen = 0;
  return *err == 0;
}

bool is_tty(TextFile* f) {
  if (f->tty < 0) f->tty = (!f->closed && isatty(f->fd)) ? 1 : 0;
  return f->tty == 1;
}

Value closed_error(Interp& interp) {
  return raise(interp, interp.exc_types.ValueError, "I/O operation on closed file.");
}

// Fills the read buffer; returns false on error, sets f->eof at end of file.
bool fill(Interp& interp, TextFile* f) {
  if (f->rpos > 0) {
    memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
    f->rlen -= f->rpos;
    f->rpos = 0;
  }
  if (!grow(interp, &f->rbuf, &f->rcap, f->rlen + kBufSize)) return false;
  for (;;) {
    ssize_t r = ::read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
    if (r < 0) {
      if (errno == EINTR) continue;
      raise_os_error(interp, errno, Value());
      return false;
    }
    if (r == 0) f->eof = true;
    f->rlen += size_t(r);
    return true;
  }
}

TextFile* self_file(Interp& interp, const Value* args, const char* method) {
  if (!is_textfile(interp, args[0])) {
    raise(interp, interp.exc_types.TypeError, "descriptor '%s' requires a '_io.TextIOWrapper' object", method);
    return nullptr;
  }
  return args[0].as<TextFile>();
}

// ---- methods ----

Value m_write(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "write", kw) || !check_nargs(interp, "write", nargs, 2, 2)) return Value();
  TextFile* f = self_file(interp, args, "write");
  if (f == nullptr) return Value();
  if (!is_str(args[1])) {
    return raise(interp, interp.exc_types.TypeError, "write() argument must be str, not %s",
                 type_name(interp, args[1]));
  }
  Str* s = args[1].as<Str>();
  if (!textfile_write(interp, f, s->view())) return Value();
  return make_int(interp, int64_t(s->length));
}

Value m_flush(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "flush", kw) || !check_nargs(interp, "flush()", nargs - 1, 0, 0)) return Value();
  TextFile* f = self_file(interp, args, "flush");
  if (f == nullptr) return Value();
  if (f->closed) return closed_error(interp);
  if (!textfile_flush(interp, f)) return Value();
  return Value::none();
}

bool size_arg(Interp& interp, const Value* args, size_t nargs, int64_t* limit) {
  *limit = -1;
  if (nargs < 2 || args[1].is_none()) return true;
  return to_index(interp, args[1], limit);
}

Value m_readline(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "readline", kw) || !check_nargs(interp, "readline", nargs - 1, 0, 1)) return Value();
  TextFile* f = self_file(interp, args, "readline");
  int64_t limit;
  if (f == nullptr || !size_arg(interp, args, nargs, &limit)) return Value();
  std::string line;
  if (!textfile_readline(interp, f, line, limit)) return Value();
  return str_value(interp, line);
}

Value m_read(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "read", kw) || !check_nargs(interp, "read", nargs - 1, 0, 1)) return Value();
  TextFile* f = self_file(interp, args, "read");
  int64_t limit;
  if (f == nullptr || !size_arg(interp, args, nargs, &limit)) return Value();
  std::string text;
  if (!textfile_read(interp, f, text, limit)) return Value();
  return str_value(interp, text);
}

Value m_readlines(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "readlines", kw) || !check_nargs(interp, "readlines", nargs - 1, 0, 1)) return Value();
  TextFile* f = self_file(interp, args, "readlines");
  if (f == nullptr) return Value();
  List* out = list_new(interp);
  if (out == nullptr) return raise_no_memory(interp);
  for (;;) {
    std::string line;
    if (!textfile_readline(interp, f, line)) return Value();
    if (line.empty()) break;
    Value s = str_value(interp, line);
    if (s.is_null() || !list_append(interp, out, s)) return Value();
  }
  return Value::object(out);
}

Value m_isatty(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(interp, "isatty()", nargs - 1, 0, 0)) return Value();
  TextFile* f = self_file(interp, args, "isatty");
  if (f == nullptr) return Value();
  if (f->closed) return closed_error(interp);
  return Value::boolean(is_tty(f));
}

Value m_fileno(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(interp, "fileno()", nargs - 1, 0, 0)) return Value();
  TextFile* f = self_file(interp, args, "fileno");
  if (f == nullptr) return Value();
  if (f->closed) return closed_error(interp);
  return make_int(interp, f->fd);
}

Value m_readable(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  TextFile* f = self_file(interp, args, "readable");
  if (f == nullptr) return Value();
  if (f->closed) return closed_error(interp);
  return Value::boolean(f->readable);
}

Value m_writable(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  TextFile* f = self_file(interp, args, "writable");
  if (f == nullptr) return Value();
  if (f->closed) return closed_error(interp);
  return Value::boolean(f->writable);
}

Value m_close(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  TextFile* f = self_file(interp, args, "close");
  if (f == nullptr || !textfile_close(interp, f)) return Value();
  return Value::none();
}

Value m_enter(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  TextFile* f = self_file(interp, args, "__enter__");
  if (f == nullptr) return Value();
  if (f->closed) return closed_error(interp);
  return args[0];
}

Value m_exit(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  TextFile* f = self_file(interp, args, "__exit__");
  if (f == nullptr || !textfile_close(interp, f)) return Value();
  return Value::none();
}

const MethodDef kMethods[] = {
    {"write", m_write},       {"flush", m_flush},       {"readline", m_readline},
    {"read", m_read},         {"readlines", m_readlines}, {"isatty", m_isatty},
    {"fileno", m_fileno},     {"readable", m_readable}, {"writable", m_writable},
    {"close", m_close},       {"__enter__", m_enter},   {"__exit__", m_exit},
};

// ---- slots ----

Value tf_repr(Interp& interp, Value self) {
  TextFile* f = self.as<TextFile>();
  std::string out = "<_io.TextIOWrapper name=";
  out += str_repr(f->name ? f->name->view() : std::string_view("?"));
  out += " mode=";
  out += str_repr(f->mode ? f->mode->view() : std::string_view("r"));
  out += " encoding='utf-8'>";
  return str_value(interp, out);
}

Value tf_getattr(Interp& interp, Value self, Str* name) {
  TextFile* f = self.as<TextFile>();
  std::string_view n = name->view();
  if (n == "name") return Value::object(f->name);
  if (n == "mode") return Value::object(f->mode);
  if (n == "closed") return Value::boolean(f->closed);
  if (n == "encoding") return str_value(interp, "utf-8");
  if (n == "errors") return str_value(interp, f->fd == 2 ? "backslashreplace" : "strict");
  if (n == "line_buffering") return Value::boolean(f->line_buffered);
  return generic_getattr(interp, self, name);
}

Value tf_iter(Interp& interp, Value self) {
  if (self.as<TextFile>()->closed) return closed_error(interp);
  return self;
}

Value tf_next(Interp& interp, Value self) {
  std::string line;
  if (!textfile_readline(interp, self.as<TextFile>(), line)) return Value();
  if (line.empty()) return Value();   // exhausted
  return str_value(interp, line);
}

void tf_trace(Object* self, Tracer& t) {
  TextFile* f = static_cast<TextFile*>(self);
  t.mark(f->name);
  t.mark(f->mode);
  t.mark(f->flush_first);
}

void tf_finalize(Interp& interp, Object* self) {
  TextFile* f = static_cast<TextFile*>(self);
  int err;
  if (!f->closed) raw_flush(f, &err);
  if (f->owns_fd && !f->closed) ::close(f->fd);
  f->closed = true;
  if (f->wbuf) { interp.heap.account(-ptrdiff_t(f->wcap)); free(f->wbuf); }
  if (f->rbuf) { interp.heap.account(-ptrdiff_t(f->rcap)); free(f->rbuf); }
  f->wbuf = f->rbuf = nullptr;
  f->wcap = f->rcap = 0;
}

Value stream_from_sys(Interp& interp, Str* name) {
  if (interp.sys_module == nullptr) return Value();
  Dict* d = interp.sys_module->dict;
  return d ? dict_get_str(d, name) : Value();
}

}  // namespace

TextFile* textfile_new(Interp& interp, int fd, std::string_view name, std::string_view mode, bool owns_fd) {
  TextFile* f = gc_new<TextFile>(interp.heap, interp.types.text_file, Kind::Native);
  if (f == nullptr) return nullptr;
  f->fd = fd;
  f->tty = -1;
  f->owns_fd = owns_fd;
  f->readable = mode.find('r') != std::string_view::npos || mode.find('+') != std::string_view::npos;
  f->writable = mode.find_first_of("wax+") != std::string_view::npos;
  f->name = str_new(interp, name);
  f->mode = str_new(interp, mode);
  if (f->name == nullptr || f->mode == nullptr) return nullptr;
  return f;
}

bool textfile_write(Interp& interp, TextFile* f, std::string_view text) {
  if (f->closed) { closed_error(interp); return false; }
  if (!f->writable) { raise(interp, interp.exc_types.OSError, "not writable"); return false; }
  if (f->flush_first != nullptr && !f->flush_first->closed && f->flush_first->wlen) {
    int err;
    raw_flush(f->flush_first, &err);
  }
  if (f->wlen + text.size() > kBufSize && f->wlen > 0) {
    if (!textfile_flush(interp, f)) return false;
  }
  if (text.size() >= kBufSize) {
    int err = write_all(f->fd, text.data(), text.size());
    if (err) { raise_os_error(interp, err, Value()); return false; }
    return true;
  }
  if (!grow(interp, &f->wbuf, &f->wcap, f->wlen + text.size())) return false;
  memcpy(f->wbuf + f->wlen, text.data(), text.size());
  f->wlen += text.size();
  if (f->write_through || ((f->line_buffered || is_tty(f)) && text.find('\n') != std::string_view::npos)) {
    return textfile_flush(interp, f);
  }
  return true;
}

bool textfile_flush(Interp& interp, TextFile* f) {
  int err;
  if (!raw_flush(f, &err)) {
    raise_os_error(interp, err, Value());
    return false;
  }
  return true;
}

bool textfile_readline(Interp& interp, TextFile* f, std::string& out, int64_t limit) {
  out.clear();
  if (f->closed) { closed_error(interp); return false; }
  if (!f->readable) { raise(interp, interp.exc_types.OSError, "not readable"); return false; }
  for (;;) {
    const char* start = f->rbuf ? f->rbuf + f->rpos : nullptr;
    size_t avail = f->rlen - f->rpos;
    const char* nl = avail ? static_cast<const char*>(memchr(start, '\n', avail)) : nullptr;
    size_t take = nl ? size_t(nl - start) + 1 : (f->eof ? avail : 0);
    if (limit >= 0 && avail >= size_t(limit) && (take == 0 || take > size_t(limit))) take = size_t(limit);
    if (take > 0 || (f->eof && avail == 0) || limit == 0) {
      out.append(start ? start : "", take);
      f->rpos += take;
      return true;
    }
    if (!fill(interp, f)) return false;
  }
}

bool textfile_read(Interp& interp, TextFile* f, std::string& out, int64_t limit) {
  out.clear();
  if (f->closed) { closed_error(interp); return false; }
  if (!f->readable) { raise(interp, interp.exc_types.OSError, "not readable"); return false; }
  while (!f->eof && (limit < 0 || f->rlen - f->rpos < size_t(limit))) {
    if (!fill(interp, f)) return false;
  }
  size_t avail = f->rlen - f->rpos;
  size_t take = limit >= 0 && size_t(limit) < avail ? size_t(limit) : avail;
  // Do not split a UTF-8 sequence when a limit cuts the text.
  while (take < avail && take > 0 && (uint8_t(f->rbuf[f->rpos + take]) & 0xC0) == 0x80) take++;
  out.assign(f->rbuf ? f->rbuf + f->rpos : "", take);
  f->rpos += take;
  return true;
}

bool textfile_close(Interp& interp, TextFile* f) {
  if (f->closed) return true;
  bool ok = textfile_flush(interp, f);
  if (f->owns_fd) ::close(f->fd);
  f->closed = true;
  return ok;
}

Value raise_os_error(Interp& interp, int err, Value filename) {
  Type* t = interp.exc_types.OSError;
  switch (err) {
    case ENOENT: t = interp.exc_types.FileNotFoundError; break;
    case EACCES: case EPERM: t = interp.exc_types.PermissionError; break;
    case EEXIST: t = interp.exc_types.FileExistsError; break;
    case EISDIR: t = interp.exc_types.IsADirectoryError; break;
    case ENOTDIR: t = interp.exc_types.NotADirectoryError; break;
    case EINTR: t = interp.exc_types.InterruptedError; break;
    case EAGAIN: t = interp.exc_types.BlockingIOError; break;
    case ETIMEDOUT: t = interp.exc_types.TimeoutError; break;
    default: break;
  }
  Value msg = str_value(interp, strerror(err));
  if (msg.is_null()) return Value();
  Value exc = filename.is_null() ? call(interp, Value::object(t), {make_int(interp, err), msg})
                                 : call(interp, Value::object(t), {make_int(interp, err), msg, filename});
  if (exc.is_null()) return Value();
  return raise_value(interp, exc);
}

bool init_textfile_type(Interp& interp) {
  Type* t = interp.types.text_file;
  t->instance_kind = Kind::Native;
  t->instance_size = sizeof(TextFile);
  t->type_flags &= ~uint32_t(kTypeBaseType);
  t->type_flags |= kTypeAbstractNew;
  t->module = str_value(interp, "_io");
  t->repr = tf_repr;
  t->getattr = tf_getattr;
  t->iter = tf_iter;
  t->next = tf_next;
  t->trace = tf_trace;
  t->finalize = tf_finalize;
  return add_methods(interp, t, kMethods, sizeof kMethods / sizeof kMethods[0]);
}

bool make_std_streams(Interp& interp, Value* in, Value* out, Value* err) {
  TextFile* fin = textfile_new(interp, 0, "<stdin>", "r", false);
  TextFile* fout = textfile_new(interp, 1, "<stdout>", "w", false);
  TextFile* ferr = textfile_new(interp, 2, "<stderr>", "w", false);
  if (fin == nullptr || fout == nullptr || ferr == nullptr) return false;
  ferr->write_through = true;
  ferr->flush_first = fout;
  *in = Value::object(fin);
  *out = Value::object(fout);
  *err = Value::object(ferr);
  return true;
}

void flush_std_streams(Interp& interp) {
  Value saved = fetch_error(interp);
  Str* names[2] = {interp.names.stdout_, interp.names.stderr_};
  for (Str* n : names) {
    Value s = stream_from_sys(interp, n);
    if (s.is_null() || s.is_none()) continue;
    if (is_textfile(interp, s)) {
      int e;
      raw_flush(s.as<TextFile>(), &e);
    } else {
      Value r = call_method(interp, s, interp.names.flush, {});
      if (r.is_null()) clear_error(interp);
    }
  }
  if (!saved.is_null()) interp.exc = saved;
}

void write_stderr(Interp& interp, std::string_view text) {
  Value saved = fetch_error(interp);
  Value s = stream_from_sys(interp, interp.names.stderr_);
  bool done = false;
  if (!s.is_null() && is_textfile(interp, s)) {
    done = textfile_write(interp, s.as<TextFile>(), text);
  } else if (!s.is_null() && !s.is_none()) {
    Value str = str_value(interp, text);
    if (!str.is_null()) done = !call_method(interp, s, interp.names.write, {str}).is_null();
  }
  if (!done) {
    clear_error(interp);
    Value so = stream_from_sys(interp, interp.names.stdout_);
    if (!so.is_null() && is_textfile(interp, so)) { int e; raw_flush(so.as<TextFile>(), &e); }
    write_all(2, text.data(), text.size());
  }
  if (!saved.is_null()) interp.exc = saved;
}

Value builtin_open(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[8];
  const ArgSpec spec{"open", {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1};
  if (!parse_args(interp, spec, args, nargs, kwnames, a)) return Value();
  if (!is_str(a[0])) {
    if (is_int(a[0])) {
      int64_t fd;
      if (!to_index(interp, a[0], &fd)) return Value();
      std::string mode = a[1].is_null() ? "r" : std::string(a[1].as<Str>()->view());
      TextFile* f = textfile_new(interp, int(fd), std::to_string(fd), mode, a[6].is_null() || a[6].is_true());
      return f ? Value::object(f) : raise_no_memory(interp);
    }
    return raise(interp, interp.exc_types.TypeError, "expected str, bytes or os.PathLike object, not %s",
                 type_name(interp, a[0]));
  }
  std::string mode = "r";
  if (!a[1].is_null()) {
    if (!is_str(a[1])) {
      return raise(interp, interp.exc_types.TypeError, "open() argument 'mode' must be str, not %s",
                   type_name(interp, a[1]));
    }
    mode = std::string(a[1].as<Str>()->view());
  }
  int flags = 0;
  bool plus = mode.find('+') != std::string::npos;
  char kind = 0;
  for (char c : mode) {
    if (c == 'r' || c == 'w' || c == 'a' || c == 'x') {
      if (kind) return raise(interp, interp.exc_types.ValueError, "must have exactly one of create/read/write/append mode");
      kind = c;
    } else if (c == 'b') {
      return raise(interp, interp.exc_types.ValueError, "binary mode is not supported by coil's open()");
    } else if (c != 't' && c != '+') {
      return raise(interp, interp.exc_types.ValueError, "invalid mode: '%s'", mode.c_str());
    }
  }
  if (!kind) return raise(interp, interp.exc_types.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  switch (kind) {
    case 'r': flags = plus ? O_RDWR : O_RDONLY; break;
    case 'w': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC; break;
    case 'a': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND; break;
    case 'x': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL; break;
  }
  std::string path(a[0].as<Str>()->view());
  int fd = ::open(path.c_str(), flags | O_CLOEXEC, 0666);
  if (fd < 0) return raise_os_error(interp, errno, a[0]);
  std::string shown = mode;
  TextFile* f = textfile_new(interp, fd, path, shown, true);
  if (f == nullptr) { ::close(fd); return raise_no_memory(interp); }
  f->tty = 0;
  return Value::object(f);
}

}  // namespace coil
