// Exception classes with their own attributes and messages: StopIteration.value,
// SystemExit.code, OSError (errno/strerror/filename, errno → subclass), SyntaxError,
// ImportError, NameError, AttributeError, UnicodeDecodeError / UnicodeEncodeError.
#include <cerrno>
#include <cstdio>
#include <string>
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_internal.h"

namespace coil {

Type* oserror_subclass_for(Interp&, Value errno_value);

namespace {

Value none_or(Value v) { return v.is_null() ? Value::none() : v; }

Tuple* exc_args(Value self) { return self.as<BaseException>()->args; }

// Attributes kept in the exception's dict, None when unset (so user subclasses that skip the
// base __init__ still read None, as CPython's member slots do).
#define DICT_ATTR(attr)                                                              \
  Value get_##attr(Interp& interp, Value self) {                                     \
    return none_or(exception_get_attr(interp, self, #attr));                         \
  }                                                                                  \
  int set_##attr(Interp& interp, Value self, Value v) {                              \
    return exception_set_attr(interp, self, #attr, v.is_null() ? Value::none() : v) ? 0 : -1; \
  }
DICT_ATTR(errno)
DICT_ATTR(strerror)
DICT_ATTR(filename)
DICT_ATTR(filename2)
DICT_ATTR(msg)
DICT_ATTR(lineno)
DICT_ATTR(offset)
DICT_ATTR(text)
DICT_ATTR(end_lineno)
DICT_ATTR(end_offset)
DICT_ATTR(print_file_and_line)
DICT_ATTR(name)
DICT_ATTR(path)
DICT_ATTR(obj)
DICT_ATTR(encoding)
DICT_ATTR(object)
DICT_ATTR(start)
DICT_ATTR(end)
DICT_ATTR(reason)
#undef DICT_ATTR

bool set(Interp& interp, Value self, const char* name, Value v) { return exception_set_attr(interp, self, name, v); }

// ---- StopIteration / SystemExit ------------------------------------------------------------------

Value get_value(Interp& interp, Value self) {
  Value v = exception_get_attr(interp, self, "value");
  if (!v.is_null()) return v;
  Tuple* a = exc_args(self);
  return a != nullptr && a->size > 0 ? a->items[0] : Value::none();
}
int set_value(Interp& interp, Value self, Value v) { return set(interp, self, "value", none_or(v)) ? 0 : -1; }

Value get_code(Interp& interp, Value self) {
  Value v = exception_get_attr(interp, self, "code");
  if (!v.is_null()) return v;
  Tuple* a = exc_args(self);
  if (a == nullptr || a->size == 0) return Value::none();
  if (a->size == 1) return a->items[0];
  return Value::object(a);
}
int set_code(Interp& interp, Value self, Value v) { return set(interp, self, "code", none_or(v)) ? 0 : -1; }

// ---- keyword-taking initializers -----------------------------------------------------------------

// Sets args from the positionals and accepts only the listed keywords (stored as attributes).
int init_with_keywords(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                       std::initializer_list<const char*> allowed) {
  Tuple* a = tuple_from(interp, args, nargs);
  if (a == nullptr) return -1;
  self.as<BaseException>()->args = a;
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; i++) {
    Str* k = kwnames->items[i].as<Str>();
    bool ok = false;
    for (const char* n : allowed) ok = ok || k->view() == n;
    if (!ok) {
      raise(interp, interp.exc_types.TypeError, "'%s' is an invalid keyword argument for %s()", str_cstr(k),
            type_name(interp, self));
      return -1;
    }
    if (!set(interp, self, k->data, args[nargs + i])) return -1;
  }
  return 0;
}

int import_error_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (init_with_keywords(interp, self, args, nargs, kwnames, {"name", "path"}) < 0) return -1;
  return set(interp, self, "msg", nargs == 1 ? args[0] : Value::none()) ? 0 : -1;
}

Value import_error_str(Interp& interp, Value self) {
  Value m = exception_get_attr(interp, self, "msg");
  if (!m.is_null() && !m.is_none()) return to_str(interp, m);
  Tuple* a = exc_args(self);
  if (a == nullptr || a->size == 0) return Value::object(interp.empty_str);
  if (a->size == 1) return to_str(interp, a->items[0]);
  return to_str(interp, Value::object(a));
}

int name_error_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return init_with_keywords(interp, self, args, nargs, kwnames, {"name"});
}

int attribute_error_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return init_with_keywords(interp, self, args, nargs, kwnames, {"name", "obj"});
}

// ---- OSError ---------------------------------------------------------------------------------------

int oserror_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(interp, interp.exc_types.TypeError, "%s() takes no keyword arguments", type_name(interp, self));
    return -1;
  }
  Tuple* a = tuple_from(interp, args, nargs);
  if (a == nullptr) return -1;
  auto* e = self.as<BaseException>();
  e->args = a;
  if (nargs >= 2 && nargs <= 5) {
    if (!set(interp, self, "errno", args[0]) || !set(interp, self, "strerror", args[1])) return -1;
    if (nargs >= 3 && !args[2].is_none()) {
      if (!set(interp, self, "filename", args[2])) return -1;
      if (nargs == 5 && !set(interp, self, "filename2", args[4])) return -1;
      Tuple* two = tuple_from(interp, args, 2);
      if (two == nullptr) return -1;
      e->args = two;
    }
  }
  return 0;
}

Value oserror_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (cls == interp.exc_types.OSError && nargs >= 2) {
    Type* sub = oserror_subclass_for(interp, args[0]);
    if (sub != nullptr) cls = sub;
  }
  Tuple* a = tuple_from(interp, args, nargs);
  if (a == nullptr) return Value::null();
  BaseException* e = static_cast<BaseException*>(interp.heap.allocate(cls, Kind::Exception, cls->instance_size));
  if (e == nullptr) return raise_no_memory(interp);
  e->args = a;
  e->traceback = e->cause = e->context = e->message = e->exceptions = Value::none();
  return Value::object(e);
}

Value oserror_str(Interp& interp, Value self) {
  Value err = exception_get_attr(interp, self, "errno");
  Value msg = exception_get_attr(interp, self, "strerror");
  Value fn = exception_get_attr(interp, self, "filename");
  Value fn2 = exception_get_attr(interp, self, "filename2");
  std::string s;
  auto has = [](Value v) { return !v.is_null() && !v.is_none(); };
  if (has(fn)) {
    s += "[Errno ";
    if (!str_into(interp, none_or(err), s)) return Value::null();
    s += "] ";
    if (!str_into(interp, none_or(msg), s)) return Value::null();
    s += ": ";
    if (!repr_into(interp, fn, s)) return Value::null();
    if (has(fn2)) {
      s += " -> ";
      if (!repr_into(interp, fn2, s)) return Value::null();
    }
    return str_value(interp, s);
  }
  if (has(err) && has(msg)) {
    s += "[Errno ";
    if (!str_into(interp, err, s)) return Value::null();
    s += "] ";
    if (!str_into(interp, msg, s)) return Value::null();
    return str_value(interp, s);
  }
  Tuple* a = exc_args(self);
  if (a == nullptr || a->size == 0) return Value::object(interp.empty_str);
  if (a->size == 1) return to_str(interp, a->items[0]);
  return to_str(interp, Value::object(a));
}

// ---- SyntaxError -------------------------------------------------------------------------------------

int syntax_error_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(interp, interp.exc_types.TypeError, "%s() takes no keyword arguments", type_name(interp, self));
    return -1;
  }
  Tuple* a = tuple_from(interp, args, nargs);
  if (a == nullptr) return -1;
  self.as<BaseException>()->args = a;
  if (nargs >= 1 && !set(interp, self, "msg", args[0])) return -1;
  if (nargs == 2) {
    Value info = args[1];
    if (!is_tuple(info)) {
      raise(interp, interp.exc_types.TypeError, "argument 2 must be a tuple");
      return -1;
    }
    Tuple* t = info.as<Tuple>();
    if (t->size < 4 || t->size > 6) {
      raise(interp, interp.exc_types.IndexError, "tuple index out of range");
      return -1;
    }
    const char* names[6] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (size_t i = 0; i < t->size; i++)
      if (!set(interp, self, names[i], t->items[i])) return -1;
  }
  return 0;
}

Value syntax_error_str(Interp& interp, Value self) {
  Value msg = none_or(exception_get_attr(interp, self, "msg"));
  Value fn = exception_get_attr(interp, self, "filename");
  Value ln = exception_get_attr(interp, self, "lineno");
  std::string base;
  bool have_file = is_str(fn);
  bool have_line = !ln.is_null() && ln.is_small_int();
  std::string m;
  if (!str_into(interp, msg, m)) return Value::null();
  if (!have_file && !have_line) return str_value(interp, m);
  std::string s = m + " (";
  if (have_file) {
    std::string_view f = fn.as<Str>()->view();
    size_t slash = f.rfind('/');
    s += slash == std::string_view::npos ? f : f.substr(slash + 1);
    if (have_line) s += ", ";
  }
  if (have_line) s += "line " + std::to_string(ln.as_small_int());
  s += ")";
  return str_value(interp, s);
}

// ---- Unicode errors ------------------------------------------------------------------------------------

int unicode_error_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(interp, interp.exc_types.TypeError, "%s() takes no keyword arguments", type_name(interp, self));
    return -1;
  }
  Tuple* a = tuple_from(interp, args, nargs);
  if (a == nullptr) return -1;
  self.as<BaseException>()->args = a;
  if (nargs != 5) {
    raise(interp, interp.exc_types.TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
    return -1;
  }
  const char* names[5] = {"encoding", "object", "start", "end", "reason"};
  for (size_t i = 0; i < 5; i++)
    if (!set(interp, self, names[i], args[i])) return -1;
  return 0;
}

bool get_range(Interp& interp, Value self, int64_t* start, int64_t* end) {
  Value s = exception_get_attr(interp, self, "start");
  Value e = exception_get_attr(interp, self, "end");
  return int_to_int64(none_or(s), start) && int_to_int64(none_or(e), end);
}

Value unicode_decode_str(Interp& interp, Value self) {
  Value enc = exception_get_attr(interp, self, "encoding");
  Value obj = exception_get_attr(interp, self, "object");
  Value reason = exception_get_attr(interp, self, "reason");
  int64_t start, end;
  if (enc.is_null() || obj.is_null() || !get_range(interp, self, &start, &end)) return Value::object(interp.empty_str);
  std::string s = "'";
  if (!str_into(interp, enc, s)) return Value::null();
  if (end == start + 1) {
    Value b = getitem(interp, obj, Value::small_int(start));
    if (b.is_null()) return b;
    char buf[64];
    std::snprintf(buf, sizeof buf, "' codec can't decode byte 0x%02x in position %lld: ",
                  unsigned(b.is_small_int() ? b.as_small_int() & 0xff : 0), (long long)start);
    s += buf;
  } else {
    char buf[96];
    std::snprintf(buf, sizeof buf, "' codec can't decode bytes in position %lld-%lld: ", (long long)start,
                  (long long)(end - 1));
    s += buf;
  }
  if (!str_into(interp, none_or(reason), s)) return Value::null();
  return str_value(interp, s);
}

Value unicode_encode_str(Interp& interp, Value self) {
  Value enc = exception_get_attr(interp, self, "encoding");
  Value obj = exception_get_attr(interp, self, "object");
  Value reason = exception_get_attr(interp, self, "reason");
  int64_t start, end;
  if (enc.is_null() || !is_str(obj) || !get_range(interp, self, &start, &end)) return Value::object(interp.empty_str);
  std::string s = "'";
  if (!str_into(interp, enc, s)) return Value::null();
  char buf[96];
  if (end == start + 1 && start >= 0 && size_t(start) < obj.as<Str>()->length) {
    uint32_t cp = str_codepoint_at(obj.as<Str>(), size_t(start));
    const char* fmt = cp < 0x100 ? "' codec can't encode character '\\x%02x' in position %lld: "
                      : cp < 0x10000 ? "' codec can't encode character '\\u%04x' in position %lld: "
                                     : "' codec can't encode character '\\U%08x' in position %lld: ";
    std::snprintf(buf, sizeof buf, fmt, cp, (long long)start);
  } else {
    std::snprintf(buf, sizeof buf, "' codec can't encode characters in position %lld-%lld: ", (long long)start,
                  (long long)(end - 1));
  }
  s += buf;
  if (!str_into(interp, none_or(reason), s)) return Value::null();
  return str_value(interp, s);
}

}  // namespace

Type* oserror_subclass_for(Interp& interp, Value errno_value) {
  if (!errno_value.is_small_int()) return nullptr;
  ExceptionTypes& E = interp.exc_types;
  switch (errno_value.as_small_int()) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return E.BlockingIOError;
    case EEXIST: return E.FileExistsError;
    case ENOENT: return E.FileNotFoundError;
    case EISDIR: return E.IsADirectoryError;
    case ENOTDIR: return E.NotADirectoryError;
    case EINTR: return E.InterruptedError;
    case EACCES: case EPERM: return E.PermissionError;
    case ETIMEDOUT: return E.TimeoutError;
    default: return nullptr;
  }
}

bool init_exception_attrs(Interp& interp) {
  ExceptionTypes& E = interp.exc_types;
  {
    static const GetSetDef g[] = {{"value", get_value, set_value}};
    if (!add_getsets(interp, E.StopIteration, g, 1)) return false;
    if (!add_getsets(interp, E.StopAsyncIteration, g, 1)) return false;
  }
  {
    static const GetSetDef g[] = {{"code", get_code, set_code}};
    if (!add_getsets(interp, E.SystemExit, g, 1)) return false;
  }
  {
    E.OSError->new_ = oserror_new;
    E.OSError->init = oserror_init;
    E.OSError->str = oserror_str;
    static const GetSetDef g[] = {{"errno", get_errno, set_errno}, {"strerror", get_strerror, set_strerror},
                                  {"filename", get_filename, set_filename},
                                  {"filename2", get_filename2, set_filename2}};
    if (!add_getsets(interp, E.OSError, g, 4)) return false;
  }
  {
    E.SyntaxError->init = syntax_error_init;
    E.SyntaxError->str = syntax_error_str;
    static const GetSetDef g[] = {
        {"msg", get_msg, set_msg},           {"filename", get_filename, set_filename},
        {"lineno", get_lineno, set_lineno},  {"offset", get_offset, set_offset},
        {"text", get_text, set_text},        {"end_lineno", get_end_lineno, set_end_lineno},
        {"end_offset", get_end_offset, set_end_offset},
        {"print_file_and_line", get_print_file_and_line, set_print_file_and_line}};
    if (!add_getsets(interp, E.SyntaxError, g, 8)) return false;
  }
  {
    E.ImportError->init = import_error_init;
    E.ImportError->str = import_error_str;
    static const GetSetDef g[] = {{"msg", get_msg, set_msg}, {"name", get_name, set_name}, {"path", get_path, set_path}};
    if (!add_getsets(interp, E.ImportError, g, 3)) return false;
  }
  {
    E.NameError->init = name_error_init;
    static const GetSetDef g[] = {{"name", get_name, set_name}};
    if (!add_getsets(interp, E.NameError, g, 1)) return false;
  }
  {
    E.AttributeError->init = attribute_error_init;
    static const GetSetDef g[] = {{"name", get_name, set_name}, {"obj", get_obj, set_obj}};
    if (!add_getsets(interp, E.AttributeError, g, 2)) return false;
  }
  {
    static const GetSetDef g[] = {{"encoding", get_encoding, set_encoding}, {"object", get_object, set_object},
                                  {"start", get_start, set_start},          {"end", get_end, set_end},
                                  {"reason", get_reason, set_reason}};
    E.UnicodeDecodeError->init = unicode_error_init;
    E.UnicodeDecodeError->str = unicode_decode_str;
    E.UnicodeEncodeError->init = unicode_error_init;
    E.UnicodeEncodeError->str = unicode_encode_str;
    if (!add_getsets(interp, E.UnicodeDecodeError, g, 5)) return false;
    if (!add_getsets(interp, E.UnicodeEncodeError, g, 5)) return false;
  }
  return true;
}

}  // namespace coil
