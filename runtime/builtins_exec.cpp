// Builtins that run or import code: exec, eval, __import__, __build_class__.
#include <string>

#include "compiler/compiler.h"
#include "runtime/builtins.h"
#include "runtime/bytes.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/vm.h"

namespace coil {

namespace {

// Shared by exec and eval: resolves the namespaces, compiles if needed, runs.
Value run_source(Interp& interp, const char* fname, Value source, Value globals, Value locals, bool is_eval) {
  if (!globals.is_null() && !globals.is_none() && !is_dict(globals)) {
    return raise(interp, interp.exc_types.TypeError,
                 is_eval ? "globals must be a dict" : "exec() globals must be a dict, not %s",
                 type_name(interp, globals));
  }
  if (!locals.is_null() && !locals.is_none() && !is_dict(locals)) {
    return raise(interp, interp.exc_types.TypeError, "locals must be a mapping (coil supports dicts only)");
  }
  Dict* g = nullptr;
  Value l;
  if (globals.is_null() || globals.is_none()) {
    g = current_globals(interp);
    if (g == nullptr) {
      g = dict_new(interp);
      if (g == nullptr) return raise_no_memory(interp);
    }
    if (locals.is_null() || locals.is_none()) {
      l = current_locals(interp);
      if (l.is_null()) return Value();
    } else {
      l = locals;
    }
  } else {
    g = globals.as<Dict>();
    l = (locals.is_null() || locals.is_none()) ? Value::object(g) : locals;
  }
  Root keep_g(interp, Value::object(g));
  Root keep_l(interp, l);
  if (dict_get_str(g, interp.names.__builtins__).is_null()) {
    if (!dict_set_str(interp, g, interp.names.__builtins__, Value::object(interp.builtins))) return Value();
  }
  Code* code = nullptr;
  if (is_kind(source, Kind::Code)) {
    code = source.as<Code>();
  } else {
    std::string text;
    if (is_str(source)) {
      text = source.as<Str>()->view();
    } else if (is_bytes_like(interp, source)) {
      text = bytes_view(source);
    } else {
      return raise(interp, interp.exc_types.TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    compiler::Options opts;
    if (is_eval) {
      // eval() ignores leading spaces and tabs, as CPython's.
      size_t i = 0;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) i++;
      code = compiler::compile_eval(interp, std::string_view(text).substr(i), "<string>", opts);
    } else {
      code = compiler::compile_source(interp, text, "<string>", opts);
    }
    if (code == nullptr) return Value();
  }
  Root keep_code(interp, Value::object(code));
  Value r = run_code(interp, code, g, l.as<Dict>());
  if (r.is_null()) return Value();
  return is_eval ? r : Value::none();
}

Value builtin_exec(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  const ArgSpec spec{"exec", {"source", "globals", "locals", "closure"}, 1, 3, 3};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  return run_source(interp, "exec", a[0], a[1], a[2], false);
}

Value builtin_eval(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "eval", kw) || !check_nargs(interp, "eval", nargs, 1, 3)) return Value();
  Value src = args[0];
  if (!is_str(src) && !is_bytes_like(interp, src) && !is_kind(src, Kind::Code)) {
    return raise(interp, interp.exc_types.TypeError, "eval() arg 1 must be a string, bytes or code object");
  }
  return run_source(interp, "eval", src, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), true);
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Value builtin_import(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[5];
  const ArgSpec spec{"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  if (!is_str(a[0])) {
    return raise(interp, interp.exc_types.TypeError, "__import__() argument 1 must be str, not %s",
                 type_name(interp, a[0]));
  }
  int64_t level = 0;
  if (!a[4].is_null() && !to_index(interp, a[4], &level)) return Value();
  if (level < 0) return raise(interp, interp.exc_types.ValueError, "level must be >= 0");
  Dict* globals = (!a[1].is_null() && is_dict(a[1])) ? a[1].as<Dict>() : nullptr;
  if (a[0].as<Str>()->size == 0 && level == 0) return raise(interp, interp.exc_types.ValueError, "Empty module name");
  return import_name(interp, a[0].as<Str>(), a[3].is_null() ? Value::none() : a[3], int(level), globals);
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code object
// that exec()/eval() accept. Modes 'exec' and 'single' compile statements, 'eval' an expression.
Value builtin_compile(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[6];
  const ArgSpec spec{"compile", {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  std::string text;
  if (is_str(a[0])) text = a[0].as<Str>()->view();
  else if (is_bytes_like(interp, a[0])) text = bytes_view(a[0]);
  else return raise(interp, interp.exc_types.TypeError, "compile() arg 1 must be a string, bytes or AST object");
  if (!is_str(a[1])) {
    return raise(interp, interp.exc_types.TypeError, "compile() argument 'filename' must be str, not %s",
                 type_name(interp, a[1]));
  }
  if (!is_str(a[2])) {
    return raise(interp, interp.exc_types.TypeError, "compile() argument 'mode' must be str, not %s",
                 type_name(interp, a[2]));
  }
  std::string_view mode = a[2].as<Str>()->view();
  std::string_view filename = a[1].as<Str>()->view();
  compiler::Options opts;
  Code* code;
  if (mode == "exec" || mode == "single") code = compiler::compile_source(interp, text, filename, opts);
  else if (mode == "eval") code = compiler::compile_eval(interp, text, filename, opts);
  else return raise(interp, interp.exc_types.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  return code ? Value::object(code) : Value();
}

// exit()/quit() as the site module provides them: raise SystemExit(code).
Value builtin_exit(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "exit", kw) || !check_nargs(interp, "exit", nargs, 0, 1)) return Value();
  if (nargs == 0) return raise_value(interp, Value::object(interp.exc_types.SystemExit));
  Tuple* t = tuple_pack(interp, {args[0]});
  if (t == nullptr) return raise_no_memory(interp);
  return raise_with_args(interp, interp.exc_types.SystemExit, t);
}

const MethodDef kExecBuiltins[] = {
    {"compile", builtin_compile},
    {"exit", builtin_exit},
    {"quit", builtin_exit},
    {"exec", builtin_exec},
    {"eval", builtin_eval},
    {"__import__", builtin_import},
    {"__build_class__", build_class},
};

}  // namespace

bool add_exec_builtins(Interp& interp, Dict* ns) {
  return add_functions(interp, ns, kExecBuiltins, sizeof kExecBuiltins / sizeof kExecBuiltins[0]);
}

}  // namespace coil
