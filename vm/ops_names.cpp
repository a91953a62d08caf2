// Out-of-line parts of the name and import opcodes: unbound-variable errors, the uncached
// paths of LOAD_NAME/STORE_NAME/LOAD_GLOBAL, IMPORT_NAME, IMPORT_STAR, LOAD_BUILD_CLASS and
// SETUP_ANNOTATIONS.
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm_internal.h"

namespace coil {

Value op_raise_unbound(Interp& interp, const Code* c, size_t index) {
  Str* name = localsplus_name(c, index);
  size_t ncells = c->cellvars ? c->cellvars->size : 0;
  if (index < size_t(c->nlocals) + ncells) {
    return raise(interp, interp.exc_types.UnboundLocalError,
                 "cannot access local variable '%s' where it is not associated with a value", cstr(name));
  }
  return raise(interp, interp.exc_types.NameError,
               "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
               cstr(name));
}

namespace {

Value raise_name_error(Interp& interp, Str* name) {
  return raise(interp, interp.exc_types.NameError, "name '%s' is not defined", cstr(name));
}

}  // namespace

Value op_load_global(Interp& interp, Frame* f, Str* name, InlineCache* c) {
  Value v = dict_get_str(f->globals, name);
  if (v.is_null()) {
    if (interp.builtins != nullptr) v = dict_get_str(interp.builtins, name);
    if (v.is_null()) return raise_name_error(interp, name);
  }
  ic_fill_global(c, f->globals, interp.builtins, name);
  return v;
}

Value op_load_name(Interp& interp, Frame* f, Str* name, InlineCache* c) {
  Dict* locals = f->locals();
  Value v;
  if (locals != nullptr) {
    if (locals->type != interp.types.dict) {
      // A __prepare__ namespace of a dict subclass: its __getitem__ runs (CPython).
      v = getitem(interp, Value::object(locals), Value::object(name));
      if (v.is_null()) {
        if (!error_matches(interp, interp.exc_types.KeyError)) return v;
        clear_error(interp);
      }
    } else {
      v = dict_get_str(locals, name);
      if (!v.is_null()) ic_fill_global(c, locals, nullptr, name);
    }
  }
  if (v.is_null()) v = dict_get_str(f->globals, name);
  if (v.is_null() && interp.builtins != nullptr) v = dict_get_str(interp.builtins, name);
  if (v.is_null()) return raise_name_error(interp, name);
  return v;
}

bool op_store_name(Interp& interp, Frame* f, Str* name, Value v, InlineCache* c) {
  Dict* d = f->locals() != nullptr ? f->locals() : f->globals;
  if (d->type != interp.types.dict) {
    // A __prepare__ namespace of a dict subclass: its __setitem__ runs (CPython).
    return setitem(interp, Value::object(d), Value::object(name), v) >= 0;
  }
  if (!dict_set_str(interp, d, name, v)) return false;
  ic_fill_global(c, d, nullptr, name);
  return true;
}

bool op_delete_name(Interp& interp, VmState* vm, Frame* f, Str* name) {
  Dict* d = f->locals() != nullptr ? f->locals() : f->globals;
  Value old = dict_get_str(d, name);
  if (d->type != interp.types.dict) {
    if (delitem(interp, Value::object(d), Value::object(name)) < 0) {
      clear_error(interp);   // any failure becomes the NameError, as in CPython 3.11
      raise_name_error(interp, name);
      return false;
    }
  } else {
    int r = dict_del(interp, d, Value::object(name));
    if (r == 0) raise_name_error(interp, name);
    if (r <= 0) return false;
  }
  if (is_gen_or_coro(old) && old.as<Generator>()->flag(kGenFinalizable)) gen_dropped(interp, vm, old);
  return true;
}

bool op_delete_global(Interp& interp, Frame* f, Str* name) {
  int r = dict_del(interp, f->globals, Value::object(name));
  if (r == 0) raise_name_error(interp, name);
  return r > 0;
}

Value op_import_name(Interp& interp, Frame* f, Str* name, Value fromlist, Value level) {
  int lvl = level.is_small_int() ? int(level.as_small_int()) : 0;
  Module* importer = nullptr;
  Value modname = dict_get_str(f->globals, interp.names.__name__);
  if (!modname.is_null() && interp.modules != nullptr) {
    Value m;
    if (dict_lookup(interp, interp.modules, modname, &m) == 1 && is_kind(m, Kind::Module)) {
      importer = m.as<Module>();
      if (importer->dict != f->globals) importer = nullptr;
    }
    if (interp.has_error()) clear_error(interp);
  }
  return import_module(interp, name, fromlist, lvl, importer);
}

bool op_import_star(Interp& interp, Frame* f, Value module) {
  Dict* dst = f->locals() != nullptr ? f->locals() : f->globals;
  Value all = getattr_opt(interp, module, interp.names.__all__);
  if (all.is_null()) {
    if (interp.has_error()) return false;
    Dict* src = nullptr;
    if (is_kind(module, Kind::Module)) {
      src = module.as<Module>()->dict;
    } else {
      Value d = getattr(interp, module, interp.names.__dict__);
      if (d.is_null()) return false;
      if (!is_dict(d)) {
        raise(interp, interp.exc_types.ImportError, "from-import-* object has no __dict__ and no __all__");
        return false;
      }
      src = d.as<Dict>();
    }
    size_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
      if (!is_str(k) || (k.as<Str>()->size > 0 && k.as<Str>()->data[0] == '_')) continue;
      if (!dict_set(interp, dst, k, v)) return false;
    }
    return true;
  }
  Value it = get_iter(interp, all);
  if (it.is_null()) return false;
  for (;;) {
    Value name = iter_next(interp, it);
    if (name.is_null()) return !interp.has_error();
    if (!is_str(name)) {
      raise(interp, interp.exc_types.TypeError, "Item in %s.__all__ must be str, not %s",
            is_kind(module, Kind::Module) ? cstr(module.as<Module>()->name) : "module", type_name(interp, name));
      return false;
    }
    Value v = getattr(interp, module, name.as<Str>());
    if (v.is_null()) return false;
    if (!dict_set(interp, dst, name, v)) return false;
  }
}

Value op_load_build_class(Interp& interp, Frame* f) {
  Value bc;
  if (interp.builtins != nullptr) bc = dict_get_str(interp.builtins, interp.names.__build_class__);
  if (bc.is_null()) return raise(interp, interp.exc_types.NameError, "__build_class__ not found");
  return bc;
}

bool op_setup_annotations(Interp& interp, Frame* f) {
  Dict* d = f->locals() != nullptr ? f->locals() : f->globals;
  if (!dict_get_str(d, interp.names.__annotations__).is_null()) return true;
  Dict* ann = dict_new(interp);
  if (ann == nullptr) return false;
  return dict_set_str(interp, d, interp.names.__annotations__, Value::object(ann));
}

}  // namespace coil
