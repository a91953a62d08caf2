// Running programs as __main__ and mapping their outcome to exit statuses (see run.h).
#include "runtime/run.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "compiler/compiler.h"
#include "parser/parse.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/call.h"
#include "runtime/function.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/textio.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/generator.h"
#include "vm/vm.h"

namespace coil {

namespace {

bool read_fd(int fd, std::string& out) {
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) return true;
    out.append(buf, size_t(n));
  }
}

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[PATH_MAX];
  if (getcwd(cwd, sizeof cwd) == nullptr) return path;
  std::string p = path;
  while (p.rfind("./", 0) == 0) p = p.substr(2);
  return std::string(cwd) + "/" + p;
}

void write_err_raw(Interp& interp, std::string_view text) { write_stderr(interp, text); }

std::string str_attr(Interp& interp, Value obj, const char* name) {
  Value v = getattr_opt(interp, obj, intern(interp, name));
  if (v.is_null()) { clear_error(interp); return ""; }
  if (!is_str(v)) return "";
  return std::string(v.as<Str>()->view());
}

int int_attr(Interp& interp, Value obj, const char* name) {
  Value v = getattr_opt(interp, obj, intern(interp, name));
  if (v.is_null()) { clear_error(interp); return 0; }
  int64_t n;
  if (!is_int(v) || v.is_bool() || !int_to_int64(v, &n)) return 0;
  return int(n);
}

// A SyntaxError from the compiler, printed the way CPython prints one for the main script
// (no "Traceback" header), through the parser's formatter so both stages look the same.
void print_syntax_error(Interp& interp, Value exc) {
  parser::SyntaxError e;
  e.type = type_name(interp, exc);
  e.message = str_attr(interp, exc, "msg");
  e.filename = str_attr(interp, exc, "filename");
  e.line = int_attr(interp, exc, "lineno");
  e.column = int_attr(interp, exc, "offset");
  e.end_line = int_attr(interp, exc, "end_lineno");
  e.end_column = int_attr(interp, exc, "end_offset");
  e.source_line = str_attr(interp, exc, "text");
  while (!e.source_line.empty() && (e.source_line.back() == '\n' || e.source_line.back() == '\r')) {
    e.source_line.pop_back();
  }
  if (e.message.empty()) {
    write_err_raw(interp, format_exception_only(interp, exc));
    return;
  }
  write_err_raw(interp, parser::format_syntax_error(e));
}

}  // namespace

void finish_output(Interp& interp) { flush_std_streams(interp); }

int handle_uncaught(Interp& interp) {
  Value exc = fetch_error(interp);
  if (exc.is_null()) return 0;
  Root keep(interp, exc);
  if (is_exception(exc) && isinstance(interp, exc, interp.exc_types.SystemExit)) {
    Value code = getattr_opt(interp, exc, intern(interp, "code"));
    if (code.is_null()) {
      clear_error(interp);
      Tuple* args = exc.as<BaseException>()->args;
      code = (args == nullptr || args->size == 0) ? Value::none() : (args->size == 1 ? args->items[0] : Value::object(args));
    }
    if (code.is_none()) { flush_std_streams(interp); return 0; }
    if (is_int(code)) {
      int64_t n;
      flush_std_streams(interp);
      if (code.is_bool()) return code.is_true() ? 1 : 0;
      if (!int_to_int64(code, &n)) return -1 & 0xff;
      return int(n);
    }
    // Any other object: its str() on stderr, status 1 (CPython's handle_system_exit).
    flush_std_streams(interp);
    std::string text;
    if (!str_into(interp, code, text)) {
      clear_error(interp);
      text.clear();
    }
    text += "\n";
    write_err_raw(interp, text);
    return 1;
  }
  flush_std_streams(interp);
  bool interrupted = is_exception(exc) && isinstance(interp, exc, interp.exc_types.KeyboardInterrupt);
  std::string text = format_exception(interp, exc);
  clear_error(interp);
  write_err_raw(interp, text);
  return interrupted ? 130 : 1;
}

Module* main_module(Interp& interp, Value file) {
  if (interp.main_module != nullptr) return interp.main_module;
  Str* name = interp.names.__main__;
  Module* m = module_new(interp, name);
  if (m == nullptr) return nullptr;
  Dict* d = m->dict;
  Value builtins_mod;
  if (dict_lookup(interp, interp.modules, Value::object(interp.names.builtins), &builtins_mod) <= 0) {
    clear_error(interp);
    builtins_mod = Value::object(interp.builtins);
  }
  if (!dict_set_str(interp, d, interp.names.__name__, Value::object(name)) ||
      !dict_set_str(interp, d, interp.names.__doc__, Value::none()) ||
      !dict_set_str(interp, d, interp.names.__package__, Value::none()) ||
      !dict_set_str(interp, d, interp.names.__spec__, Value::none()) ||
      !dict_set_cstr(interp, d, "__loader__", Value::none()) ||
      !dict_set_str(interp, d, interp.names.__annotations__, Value::object(dict_new(interp))) ||
      !dict_set_str(interp, d, interp.names.__builtins__, builtins_mod)) {
    return nullptr;
  }
  if (!file.is_null() && !dict_set_str(interp, d, interp.names.__file__, file)) return nullptr;
  if (!dict_set_str(interp, interp.modules, name, Value::object(m))) return nullptr;
  interp.main_module = m;
  return m;
}

int run_in_module(Interp& interp, Module* m, std::string_view source, std::string_view filename,
                  const RunOptions& opts) {
  parser::ParseResult parsed = parser::parse(source, filename);
  if (parsed.error) {
    flush_std_streams(interp);
    write_err_raw(interp, parser::format_syntax_error(*parsed.error));
    return 1;
  }
  compiler::Options copts;
  copts.allow_top_level_await = opts.top_level_await;
  Code* code = compiler::compile_module(interp, *parsed.module, filename, source, copts);
  if (code == nullptr) {
    Value exc = fetch_error(interp);
    flush_std_streams(interp);
    if (!exc.is_null() && is_exception(exc) && isinstance(interp, exc, interp.exc_types.SyntaxError)) {
      print_syntax_error(interp, exc);
      return 1;
    }
    interp.exc = exc;
    return handle_uncaught(interp);
  }
  Root keep_code(interp, Value::object(code));
  if (opts.disassemble) {
    std::string listing = disassemble(interp, code, true);
    TextFile* out = nullptr;
    Value so = dict_get_str(interp.sys_module->dict, interp.names.stdout_);
    if (!so.is_null() && is_textfile(interp, so)) out = so.as<TextFile>();
    if (out == nullptr || !textfile_write(interp, out, listing)) {
      clear_error(interp);
      (void)!::write(1, listing.data(), listing.size());
    }
    flush_std_streams(interp);
    return 0;
  }
  Root keep_module(interp, Value::object(m));
  Value r = run_toplevel(interp, code, m);
  int status = r.is_null() ? handle_uncaught(interp) : 0;
  // Generators still suspended in a try/with run their finally blocks, as at CPython's exit.
  close_suspended_generators(interp);
  flush_std_streams(interp);
  return status;
}

Value run_toplevel(Interp& interp, Code* code, Module* m) {
  if (!(code->code_flags & kCodeCoroutine)) return run_code(interp, code, m->dict, nullptr);
  Value asyncio = import_absolute(interp, "asyncio");
  if (asyncio.is_null()) return asyncio;
  Root keep_asyncio(interp, asyncio);
  Function* f = function_new(interp, code, m->dict);
  if (f == nullptr) return Value();
  Root keep_f(interp, Value::object(f));
  Value coro = call_clean(interp, Value::object(f), nullptr, 0);
  if (coro.is_null()) return coro;
  Root keep_coro(interp, coro);
  Value run = getattr(interp, asyncio, intern(interp, "run"));
  if (run.is_null()) return run;
  Root keep_run(interp, run);
  Value arg = coro;
  return call_clean(interp, run, &arg, 1);
}

int run_string(Interp& interp, std::string_view source, std::string_view filename, const RunOptions& opts) {
  Module* m = main_module(interp, Value());
  if (m == nullptr) return handle_uncaught(interp);
  return run_in_module(interp, m, source, filename, opts);
}

int run_stdin(Interp& interp, const RunOptions& opts) {
  std::string source;
  read_fd(0, source);
  Module* m = main_module(interp, Value());
  if (m == nullptr) return handle_uncaught(interp);
  return run_in_module(interp, m, source, "<stdin>", opts);
}

int run_file(Interp& interp, const std::string& path, const RunOptions& opts) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st;
  int err = 0;
  if (fd < 0) err = errno;
  else if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) err = EISDIR;
  std::string source;
  if (err == 0 && !read_fd(fd, source)) err = errno;
  if (fd >= 0) ::close(fd);
  if (err != 0) {
    std::string msg = "coil: can't open file ";
    msg += str_repr(absolute_path(path));
    msg += ": [Errno " + std::to_string(err) + "] " + strerror(err) + "\n";
    flush_std_streams(interp);
    (void)!::write(2, msg.data(), msg.size());
    return 2;
  }
  // Like CPython (since 3.9), the script's __file__ and traceback filename are absolute.
  std::string abs = absolute_path(path);
  Value file = str_value(interp, abs);
  Module* m = file.is_null() ? nullptr : main_module(interp, file);
  if (m == nullptr) return handle_uncaught(interp);
  return run_in_module(interp, m, source, abs, opts);
}

}  // namespace coil
