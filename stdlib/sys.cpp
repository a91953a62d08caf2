// The sys module. Created in two steps: the streams, argv, path and modules at start-up
// (create_sys_module), everything else on first `import sys` (init_sys_module) so start-up
// stays fast and the struct-sequence classes are built after the builtin types are ready.
#include "stdlib/sys.h"

#include <climits>
#include <string>
#include <unistd.h>

#include "runtime/builtins_frame.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/number.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/textio.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/vm.h"

namespace coil {

namespace {

constexpr const char* kVersion = "3.11.7 (coil 0.1.0)";

// ---- struct sequences ----

// Getter bound to its field index: args[0] = index, args[1] = the instance.
Value struct_seq_field(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 2 || !is_tuple(args[1])) return raise(interp, interp.exc_types.TypeError, "bad struct sequence");
  int64_t i = args[0].as_small_int();
  Tuple* t = args[1].as<Tuple>();
  if (i < 0 || size_t(i) >= t->size) return Value::none();
  return t->items[i];
}

Value struct_seq_repr(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 || !is_tuple(args[0])) return raise(interp, interp.exc_types.TypeError, "bad struct sequence");
  Type* t = type_of(interp, args[0]);
  Tuple* items = args[0].as<Tuple>();
  std::string out;
  if (t->module.is_object() && is_str(t->module)) {
    out += t->module.as<Str>()->view();
    out += ".";
  }
  out += t->name->view();
  out += "(";
  Value fields = type_lookup(t, intern(interp, "__match_args__"));
  Tuple* f = (!fields.is_null() && is_tuple(fields)) ? fields.as<Tuple>() : nullptr;
  for (size_t i = 0; i < items->size; i++) {
    if (i) out += ", ";
    if (f && i < f->size) {
      out += f->items[i].as<Str>()->view();
      out += "=";
    }
    if (!repr_into(interp, items->items[i], out)) return Value();
  }
  out += ")";
  return str_value(interp, out);
}

// ---- sys functions ----

Value sys_exit(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "exit", kw) || !check_nargs(interp, "exit", nargs, 0, 1)) return Value();
  if (nargs == 0) return raise_value(interp, Value::object(interp.exc_types.SystemExit));
  Tuple* t = tuple_pack(interp, {args[0]});
  if (t == nullptr) return raise_no_memory(interp);
  return raise_with_args(interp, interp.exc_types.SystemExit, t);
}

Value sys_getrecursionlimit(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(interp, "getrecursionlimit()", nargs, 0, 0)) return Value();
  return make_int(interp, interp.recursion_limit);
}

Value sys_setrecursionlimit(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "setrecursionlimit", kw) || !check_nargs(interp, "setrecursionlimit()", nargs, 1, 1)) {
    return Value();
  }
  if (is_float(args[0])) {
    return raise(interp, interp.exc_types.TypeError, "'float' object cannot be interpreted as an integer");
  }
  int64_t n;
  if (!to_index(interp, args[0], &n)) return Value();
  if (n < 1) return raise(interp, interp.exc_types.ValueError, "recursion limit must be greater or equal than 1");
  if (n > INT_MAX) return raise(interp, interp.exc_types.OverflowError, "Python int too large to convert to C int");
  if (n <= interp.call_depth) {
    return raise(interp, interp.exc_types.RecursionError,
                 "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", int(n),
                 interp.call_depth);
  }
  interp.recursion_limit = int(n);
  return Value::none();
}

Value exc_triple(Interp& interp, Value e) {
  if (e.is_null() || e.is_none()) return Value::object(tuple_pack(interp, {Value::none(), Value::none(), Value::none()}));
  Value tb = e.as<BaseException>()->traceback;
  if (tb.is_null()) tb = Value::none();
  Tuple* t = tuple_pack(interp, {Value::object(type_of(interp, e)), e, tb});
  return t ? Value::object(t) : raise_no_memory(interp);
}

Value sys_exc_info(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(interp, "exc_info()", nargs, 0, 0)) return Value();
  return exc_triple(interp, current_handled_exception(interp));
}

Value sys_exception(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(interp, "exception()", nargs, 0, 0)) return Value();
  Value e = current_handled_exception(interp);
  return e.is_null() ? Value::none() : e;
}

Value sys_getsizeof(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  const ArgSpec spec{"getsizeof", {"object", "default"}, 1};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  Value v = a[0];
  // A rough figure in CPython's spirit: header plus payload.
  int64_t size;
  if (v.is_small_int() || v.is_bool()) size = 28;
  else if (v.is_none()) size = 16;
  else if (is_str(v)) size = 49 + int64_t(v.as<Str>()->size);
  else if (is_list(v)) size = 56 + 8 * int64_t(v.as<List>()->capacity);
  else if (is_tuple(v)) size = 40 + 8 * int64_t(v.as<Tuple>()->size);
  else if (is_float(v)) size = 24;
  else if (is_dict(v)) size = 64 + 24 * int64_t(v.as<Dict>()->capacity);
  else size = int64_t(type_of(interp, v)->instance_size ? type_of(interp, v)->instance_size : 16) + 16;
  return make_int(interp, size);
}

Value sys_intern(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "intern", kw) || !check_nargs(interp, "intern", nargs, 1, 1)) return Value();
  if (!is_str(args[0])) {
    return raise(interp, interp.exc_types.TypeError, "intern() argument must be str, not %s", type_name(interp, args[0]));
  }
  Str* s = intern_str(interp, args[0].as<Str>());
  return s ? Value::object(s) : raise_no_memory(interp);
}

Value sys_set_int_max_str_digits(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  const ArgSpec spec{"set_int_max_str_digits", {"maxdigits"}, 1};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  int64_t n;
  if (!to_index(interp, a[0], &n)) return Value();
  if (n != 0 && n < 640) return raise(interp, interp.exc_types.ValueError, "maxdigits must be 0 or larger than 640");
  if (!dict_set_cstr(interp, interp.sys_module->dict, "_int_max_str_digits", make_int(interp, n))) return Value();
  return Value::none();
}

Value sys_get_int_max_str_digits(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(interp, "get_int_max_str_digits()", nargs, 0, 0)) return Value();
  return make_int(interp, sys_int_max_str_digits(interp));
}

Value sys_getdefaultencoding(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  return str_value(interp, "utf-8");
}

Value sys_getrefcount(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(interp, "getrefcount()", nargs, 1, 1)) return Value();
  return Value::small_int(2);   // coil has no reference counts; CPython's minimum for a live temp
}

const MethodDef kSysFunctions[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"getsizeof", sys_getsizeof},
    {"intern", sys_intern},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getfilesystemencoding", sys_getdefaultencoding},
    {"getrefcount", sys_getrefcount},
    {"_getframe", sys_getframe},
};

Value str_list(Interp& interp, const std::vector<std::string>& items) {
  List* l = list_new(interp, items.size());
  if (l == nullptr) return raise_no_memory(interp);
  for (const std::string& s : items) {
    Value v = str_value(interp, s);
    if (v.is_null() || !list_append(interp, l, v)) return Value();
  }
  return Value::object(l);
}

bool set(Interp& interp, Module* m, const char* name, Value v) {
  if (v.is_null()) return false;
  return dict_set_str(interp, m->dict, intern(interp, name), v);
}

// A namespace object like CPython's types.SimpleNamespace, for sys.implementation.
Value namespace_repr(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Dict* d = instance_dict(interp, args[0], false);
  std::string out = "namespace(";
  if (d != nullptr) {
    size_t pos = 0;
    Value k, v;
    bool first = true;
    while (dict_next(d, &pos, &k, &v)) {
      if (!first) out += ", ";
      first = false;
      out += k.as<Str>()->view();
      out += "=";
      if (!repr_into(interp, v, out)) return Value();
    }
  }
  out += ")";
  return str_value(interp, out);
}

Type* new_class(Interp& interp, const char* module, const char* name, Type* base, Dict* ns) {
  Str* n = intern(interp, name);
  if (!dict_set_str(interp, ns, interp.names.__module__, str_value(interp, module))) return nullptr;
  Tuple* bases = tuple_pack(interp, {Value::object(base)});
  if (n == nullptr || bases == nullptr) return nullptr;
  Value cls = type_new_class(interp, interp.types.type, n, bases, ns);
  return cls.is_null() ? nullptr : cls.as<Type>();
}

}  // namespace

Type* struct_seq_type(Interp& interp, const char* module, const char* name, std::initializer_list<const char*> fields) {
  Dict* ns = dict_new(interp);
  if (ns == nullptr) { raise_no_memory(interp); return nullptr; }
  Tuple* names = tuple_new(interp, fields.size());
  if (names == nullptr) { raise_no_memory(interp); return nullptr; }
  size_t i = 0;
  for (const char* f : fields) {
    Str* fs = intern(interp, f);
    names->items[i] = Value::object(fs);
    NativeFunction* getter = native_function_new(interp, f, struct_seq_field, Value::small_int(int64_t(i)));
    if (getter == nullptr) { raise_no_memory(interp); return nullptr; }
    Value prop = call(interp, Value::object(interp.types.property), {Value::object(getter)});
    if (prop.is_null() || !dict_set_str(interp, ns, fs, prop)) return nullptr;
    i++;
  }
  if (!dict_set_cstr(interp, ns, "__match_args__", Value::object(names))) return nullptr;
  if (!dict_set_cstr(interp, ns, "n_fields", make_int(interp, int64_t(fields.size())))) return nullptr;
  NativeFunction* r = native_method_new(interp, interp.types.tuple, "__repr__", struct_seq_repr);
  if (r == nullptr || !dict_set_str(interp, ns, interp.names.__repr__, Value::object(r))) return nullptr;
  return new_class(interp, module, name, interp.types.tuple, ns);
}

Value struct_seq_new(Interp& interp, Type* type, const Value* values, size_t n) {
  Tuple* t = tuple_from(interp, values, n);
  if (t == nullptr) return raise_no_memory(interp);
  return call(interp, Value::object(type), {Value::object(t)});
}

int64_t sys_int_max_str_digits(Interp& interp) {
  if (interp.sys_module == nullptr) return kIntMaxStrDigits;
  Value v = dict_get_cstr(interp, interp.sys_module->dict, "_int_max_str_digits");
  int64_t n;
  if (v.is_null() || !int_to_int64(v, &n)) return kIntMaxStrDigits;
  return n;
}

bool create_sys_module(Interp& interp) {
  Str* name = intern(interp, "sys");
  if (name == nullptr) return false;
  Module* m = module_new(interp, name);
  if (m == nullptr) return false;
  interp.sys_module = m;
  Value in, out, err;
  if (!make_std_streams(interp, &in, &out, &err)) return false;
  if (!set(interp, m, "__name__", Value::object(name)) || !set(interp, m, "stdin", in) ||
      !set(interp, m, "stdout", out) || !set(interp, m, "stderr", err) || !set(interp, m, "__stdin__", in) ||
      !set(interp, m, "__stdout__", out) || !set(interp, m, "__stderr__", err) ||
      !set(interp, m, "modules", Value::object(interp.modules)) ||
      !set(interp, m, "argv", str_list(interp, interp.options.argv)) ||
      !set(interp, m, "path", str_list(interp, interp.options.path))) {
    return false;
  }
  return true;
}

bool init_sys_module(Interp& interp, Module* m) {
  if (!add_functions(interp, m->dict, kSysFunctions, sizeof kSysFunctions / sizeof kSysFunctions[0])) return false;
  Type* vi_type = struct_seq_type(interp, "sys", "version_info", {"major", "minor", "micro", "releaselevel", "serial"});
  if (vi_type == nullptr) return false;
  Value vi_items[5] = {Value::small_int(3), Value::small_int(11), Value::small_int(7), str_value(interp, "final"),
                       Value::small_int(0)};
  Value version_info = struct_seq_new(interp, vi_type, vi_items, 5);
  if (version_info.is_null()) return false;

  Type* flags_type = struct_seq_type(interp, "sys", "flags",
                                     {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                      "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                                      "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                                      "warn_default_encoding", "safe_path", "int_max_str_digits"});
  if (flags_type == nullptr) return false;
  Value fl[18];
  for (Value& v : fl) v = Value::small_int(0);
  fl[4] = Value::small_int(1);
  fl[13] = Value::false_();
  fl[16] = Value::false_();
  fl[17] = Value::small_int(-1);
  Value flags = struct_seq_new(interp, flags_type, fl, 18);
  if (flags.is_null()) return false;

  Type* fi_type = struct_seq_type(interp, "sys", "float_info",
                                  {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                                   "epsilon", "radix", "rounds"});
  if (fi_type == nullptr) return false;
  Value fi[11] = {make_float(interp, 1.7976931348623157e+308), Value::small_int(1024), Value::small_int(308),
                  make_float(interp, 2.2250738585072014e-308), Value::small_int(-1021), Value::small_int(-307),
                  Value::small_int(15), Value::small_int(53), make_float(interp, 2.220446049250313e-16),
                  Value::small_int(2), Value::small_int(1)};
  Value float_info = struct_seq_new(interp, fi_type, fi, 11);
  if (float_info.is_null()) return false;

  // sys.implementation: a SimpleNamespace-like instance.
  Dict* ns = dict_new(interp);
  if (ns == nullptr) return false;
  NativeFunction* nr = native_method_new(interp, interp.types.object, "__repr__", namespace_repr);
  if (nr == nullptr || !dict_set_str(interp, ns, interp.names.__repr__, Value::object(nr))) return false;
  Type* ns_type = new_class(interp, "types", "SimpleNamespace", interp.types.object, ns);
  if (ns_type == nullptr) return false;
  Value impl = call(interp, Value::object(ns_type), {});
  if (impl.is_null()) return false;
  if (setattr(interp, impl, intern(interp, "name"), str_value(interp, "coil")) < 0 ||
      setattr(interp, impl, intern(interp, "cache_tag"), Value::none()) < 0 ||
      setattr(interp, impl, intern(interp, "version"), version_info) < 0 ||
      setattr(interp, impl, intern(interp, "hexversion"), make_int(interp, 0x030B07F0)) < 0) {
    return false;
  }

  // Builtin module names: the registry plus sys and builtins.
  std::vector<std::string> names = {"builtins"};
  for (const BuiltinModuleDef* d = builtin_module_table(); d->name != nullptr; d++) {
    if (d->init != nullptr) names.emplace_back(d->name);
  }
  Value names_list = str_list(interp, names);
  if (names_list.is_null()) return false;
  Tuple* names_tuple = tuple_from(interp, names_list.as<List>()->items, names_list.as<List>()->size);

  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  std::string executable = n > 0 ? std::string(exe, size_t(n)) : std::string();

  return set(interp, m, "version", str_value(interp, kVersion)) && set(interp, m, "version_info", version_info) &&
         set(interp, m, "hexversion", make_int(interp, 0x030B07F0)) && set(interp, m, "implementation", impl) &&
         set(interp, m, "flags", flags) && set(interp, m, "float_info", float_info) &&
         set(interp, m, "platform", str_value(interp, "linux")) && set(interp, m, "byteorder", str_value(interp, "little")) &&
         set(interp, m, "maxsize", make_int(interp, INT64_MAX)) && set(interp, m, "maxunicode", make_int(interp, 0x10FFFF)) &&
         set(interp, m, "executable", str_value(interp, executable)) &&
         set(interp, m, "orig_argv", str_list(interp, interp.options.argv)) &&
         set(interp, m, "warnoptions", Value::object(list_new(interp))) &&
         set(interp, m, "builtin_module_names", names_tuple ? Value::object(names_tuple) : Value()) &&
         set(interp, m, "float_repr_style", str_value(interp, "short")) &&
         set(interp, m, "dont_write_bytecode", Value::true_()) &&
         set(interp, m, "api_version", Value::small_int(1013)) &&
         set(interp, m, "copyright", str_value(interp, "coil: a small Python 3.11 subset interpreter")) &&
         set(interp, m, "prefix", str_value(interp, "")) &&
         set(interp, m, "_int_max_str_digits", make_int(interp, kIntMaxStrDigits)) &&
         set(interp, m, "__doc__", Value::none()) && set(interp, m, "__package__", str_value(interp, "")) &&
         set(interp, m, "__spec__", Value::none());
}

}  // namespace coil
