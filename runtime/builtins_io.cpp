// Builtins that talk to the outside world: print, input, open.
// print takes a fast path when the target is the builtin text file: the whole line is built
// in one C++ string and handed to the file's buffer, with no Python-level write() calls.
#include <string>

#include "runtime/builtins.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/textio.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

Value sys_attr(Interp& interp, Str* name) {
  if (interp.sys_module == nullptr || interp.sys_module->dict == nullptr) return Value();
  return dict_get_str(interp.sys_module->dict, name);
}

bool write_piece(Interp& interp, Value file, std::string_view text) {
  if (is_textfile(interp, file)) return textfile_write(interp, file.as<TextFile>(), text);
  Value s = str_value(interp, text);
  if (s.is_null()) return false;
  return !call_method(interp, file, interp.names.write, {s}).is_null();
}

// Only an exact str is written as is: a subclass may override __str__.
bool is_exact_str(Interp& interp, Value v) { return is_str(v) && v.as_object()->type == interp.types.str; }

bool write_value(Interp& interp, Value file, Value v) {
  if (is_textfile(interp, file)) {
    if (is_exact_str(interp, v)) return textfile_write(interp, file.as<TextFile>(), v.as<Str>()->view());
    std::string out;
    if (!str_into(interp, v, out)) return false;
    return textfile_write(interp, file.as<TextFile>(), out);
  }
  Value s = to_str(interp, v);
  if (s.is_null()) return false;
  return !call_method(interp, file, interp.names.write, {s}).is_null();
}

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Value builtin_print(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  Value sep, end, file, flush;
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t k = 0; k < nkw; k++) {
    Str* n = kwnames->items[k].as<Str>();
    Value v = args[nargs + k];
    std::string_view name = n->view();
    if (name == "sep") sep = v;
    else if (name == "end") end = v;
    else if (name == "file") file = v;
    else if (name == "flush") flush = v;
    else {
      return raise(interp, interp.exc_types.TypeError, "'%s' is an invalid keyword argument for print()",
                   std::string(name).c_str());
    }
  }
  if (!sep.is_null() && !sep.is_none() && !is_str(sep)) {
    return raise(interp, interp.exc_types.TypeError, "sep must be None or a string, not %s", type_name(interp, sep));
  }
  if (!end.is_null() && !end.is_none() && !is_str(end)) {
    return raise(interp, interp.exc_types.TypeError, "end must be None or a string, not %s", type_name(interp, end));
  }
  if (file.is_null() || file.is_none()) {
    file = sys_attr(interp, interp.names.stdout_);
    // CPython: print() with sys.stdout set to None silently does nothing.
    if (file.is_null() || file.is_none()) return Value::none();
  }
  std::string_view sep_text = (sep.is_null() || sep.is_none()) ? std::string_view(" ") : sep.as<Str>()->view();
  std::string_view end_text = (end.is_null() || end.is_none()) ? std::string_view("\n") : end.as<Str>()->view();

  if (is_textfile(interp, file)) {
    std::string out;
    for (size_t i = 0; i < nargs; i++) {
      if (i) out += sep_text;
      if (is_exact_str(interp, args[i])) out += args[i].as<Str>()->view();
      else if (!str_into(interp, args[i], out)) return Value();
    }
    out += end_text;
    if (!textfile_write(interp, file.as<TextFile>(), out)) return Value();
  } else {
    for (size_t i = 0; i < nargs; i++) {
      if (i && !write_piece(interp, file, sep_text)) return Value();
      if (!write_value(interp, file, args[i])) return Value();
    }
    if (!write_piece(interp, file, end_text)) return Value();
  }
  if (!flush.is_null()) {
    int t = truthy(interp, flush);
    if (t < 0) return Value();
    if (t) {
      if (is_textfile(interp, file)) {
        if (!textfile_flush(interp, file.as<TextFile>())) return Value();
      } else if (call_method(interp, file, interp.names.flush, {}).is_null()) {
        return Value();
      }
    }
  }
  return Value::none();
}

// input(prompt='')
Value builtin_input(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "input", kwnames) || !check_nargs(interp, "input", nargs, 0, 1)) return Value();
  Value out = sys_attr(interp, interp.names.stdout_);
  Value in = sys_attr(interp, intern(interp, "stdin"));
  Value err = sys_attr(interp, interp.names.stderr_);
  if (in.is_null() || in.is_none()) return raise(interp, interp.exc_types.RuntimeError, "input(): lost sys.stdin");
  if (out.is_null() || out.is_none()) return raise(interp, interp.exc_types.RuntimeError, "input(): lost sys.stdout");
  // CPython flushes stderr, writes the prompt, flushes stdout, then reads.
  if (!err.is_null() && is_textfile(interp, err)) textfile_flush(interp, err.as<TextFile>());
  if (nargs == 1 && !write_value(interp, out, args[0])) return Value();
  if (is_textfile(interp, out)) {
    if (!textfile_flush(interp, out.as<TextFile>())) return Value();
  } else if (call_method(interp, out, interp.names.flush, {}).is_null()) {
    return Value();
  }
  std::string line;
  if (is_textfile(interp, in)) {
    if (!textfile_readline(interp, in.as<TextFile>(), line)) return Value();
  } else {
    Value r = call_method(interp, in, intern(interp, "readline"), {});
    if (r.is_null()) return Value();
    if (!is_str(r)) return raise(interp, interp.exc_types.TypeError, "object.readline() returned non-string");
    line = r.as<Str>()->view();
  }
  if (line.empty()) return raise(interp, interp.exc_types.EOFError, "EOF when reading a line");
  if (line.back() == '\n') line.pop_back();
  return str_value(interp, line);
}

const MethodDef kIoBuiltins[] = {
    {"print", builtin_print},
    {"input", builtin_input},
    {"open", builtin_open},
};

}  // namespace

bool write_stdout(Interp& interp, std::string_view text) {
  Value file = sys_attr(interp, interp.names.stdout_);
  if (file.is_null() || file.is_none()) {
    raise(interp, interp.exc_types.RuntimeError, "lost sys.stdout");
    return false;
  }
  return write_piece(interp, file, text);
}

bool add_io_builtins(Interp& interp, Dict* ns) {
  return add_functions(interp, ns, kIoBuiltins, sizeof kIoBuiltins / sizeof kIoBuiltins[0]);
}

}  // namespace coil
