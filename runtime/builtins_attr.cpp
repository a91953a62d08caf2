// Attribute and namespace builtins: getattr, setattr, hasattr, delattr, vars, dir, globals, locals.
#include <string>

#include "runtime/builtins.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/iterators.h"
#include "vm/vm.h"

namespace coil {

namespace {

bool check_name(Interp& interp, Value name) {
  if (is_str(name)) return true;
  raise(interp, interp.exc_types.TypeError, "attribute name must be string, not '%s'", type_name(interp, name));
  return false;
}

Value builtin_getattr(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "getattr", kw) || !check_nargs(interp, "getattr", nargs, 2, 3)) return Value();
  if (!check_name(interp, args[1])) return Value();
  Str* name = args[1].as<Str>();
  if (nargs == 2) return getattr(interp, args[0], name);
  Value v = getattr_opt(interp, args[0], name);
  if (!v.is_null()) return v;
  if (interp.has_error()) {
    if (!error_matches(interp, interp.exc_types.AttributeError)) return Value();
    clear_error(interp);
  }
  return args[2];
}

Value builtin_hasattr(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "hasattr", kw) || !check_nargs(interp, "hasattr", nargs, 2, 2)) return Value();
  if (!check_name(interp, args[1])) return Value();
  Value v = getattr_opt(interp, args[0], args[1].as<Str>());
  if (!v.is_null()) return Value::true_();
  if (interp.has_error()) {
    if (!error_matches(interp, interp.exc_types.AttributeError)) return Value();
    clear_error(interp);
  }
  return Value::false_();
}

Value builtin_setattr(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "setattr", kw) || !check_nargs(interp, "setattr", nargs, 3, 3)) return Value();
  if (!check_name(interp, args[1])) return Value();
  Str* name = intern_str(interp, args[1].as<Str>());
  if (setattr(interp, args[0], name, args[2]) < 0) return Value();
  return Value::none();
}

Value builtin_delattr(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "delattr", kw) || !check_nargs(interp, "delattr", nargs, 2, 2)) return Value();
  if (!check_name(interp, args[1])) return Value();
  if (delattr(interp, args[0], args[1].as<Str>()) < 0) return Value();
  return Value::none();
}

Value builtin_globals(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "globals", kw) || !check_nargs(interp, "globals()", nargs, 0, 0)) return Value();
  Dict* g = current_globals(interp);
  if (g == nullptr) return Value::none();
  return Value::object(g);
}

Value builtin_locals(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "locals", kw) || !check_nargs(interp, "locals()", nargs, 0, 0)) return Value();
  return current_locals(interp);
}

Value builtin_vars(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "vars", kw) || !check_nargs(interp, "vars", nargs, 0, 1)) return Value();
  if (nargs == 0) return current_locals(interp);
  Value d = getattr_opt(interp, args[0], interp.names.__dict__);
  if (d.is_null()) {
    if (interp.has_error()) {
      if (!error_matches(interp, interp.exc_types.AttributeError)) return Value();
      clear_error(interp);
    }
    return raise(interp, interp.exc_types.TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

bool add_keys(Interp& interp, Set* names, Dict* d) {
  if (d == nullptr) return true;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (set_add(interp, names, k) < 0) return false;
  }
  return true;
}

bool add_type_keys(Interp& interp, Set* names, Type* t) {
  Tuple* mro = t->mro;
  if (mro == nullptr) return add_keys(interp, names, t->dict);
  for (size_t i = 0; i < mro->size; i++) {
    if (!add_keys(interp, names, mro->items[i].as<Type>()->dict)) return false;
  }
  return true;
}

Value builtin_dir(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "dir", kw) || !check_nargs(interp, "dir", nargs, 0, 1)) return Value();
  return dir_of(interp, nargs ? args[0] : Value());
}

const MethodDef kAttrBuiltins[] = {
    {"getattr", builtin_getattr}, {"hasattr", builtin_hasattr}, {"setattr", builtin_setattr},
    {"delattr", builtin_delattr}, {"globals", builtin_globals}, {"locals", builtin_locals},
    {"vars", builtin_vars},       {"dir", builtin_dir},
};

}  // namespace

Value dir_of(Interp& interp, Value obj) {
  Value result;
  if (obj.is_null()) {
    Value loc = current_locals(interp);
    if (loc.is_null()) return Value();
    if (!is_dict(loc)) return raise(interp, interp.exc_types.TypeError, "locals() must be a dict");
    List* l = list_new(interp);
    if (l == nullptr) return raise_no_memory(interp);
    size_t pos = 0;
    Value k, v;
    while (dict_next(loc.as<Dict>(), &pos, &k, &v)) {
      if (!list_append(interp, l, k)) return Value();
    }
    result = Value::object(l);
  } else {
    // A user-defined __dir__ wins; the builtin kinds are listed from their dicts here.
    Type* t = type_of(interp, obj);
    Value custom = type_lookup(t, intern(interp, "__dir__"));
    if (!custom.is_null() && is_kind(custom, Kind::Function)) {
      Value r = call_special(interp, obj, intern(interp, "__dir__"), {});
      if (r.is_null()) return Value();
      result = sequence_to_list(interp, r);
      if (result.is_null()) return Value();
    } else {
      Set* names = set_new(interp, interp.types.set);
      if (names == nullptr) return raise_no_memory(interp);
      if (is_kind(obj, Kind::Module)) {
        Module* m = obj.as<Module>();
        if (!add_keys(interp, names, m->dict)) return Value();
      } else if (is_kind(obj, Kind::Type)) {
        if (!add_type_keys(interp, names, obj.as<Type>())) return Value();
      } else {
        Dict* d = instance_dict(interp, obj, false);
        if (interp.has_error()) return Value();
        if (!add_keys(interp, names, d)) return Value();
        if (!add_type_keys(interp, names, t)) return Value();
        if (!add_keys(interp, names, nullptr)) return Value();
      }
      result = sequence_to_list(interp, Value::object(names));
      if (result.is_null()) return Value();
    }
  }
  if (!list_sort(interp, result.as<List>(), Value::none(), false)) return Value();
  return result;
}

bool add_attr_builtins(Interp& interp, Dict* ns) {
  return add_functions(interp, ns, kAttrBuiltins, sizeof kAttrBuiltins / sizeof kAttrBuiltins[0]);
}

}  // namespace coil
