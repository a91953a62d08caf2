// The `type` type: calling a class (new + init), type(x) / type(name, bases, dict), attribute
// lookup on classes (metaclass data descriptors, then the class MRO, then the metaclass),
// class attribute assignment (re-wiring slots), repr, and the class attributes __name__ …
#include <algorithm>
#include <string>
#include <vector>
#include "runtime/call.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_internal.h"
#include "runtime/type_union.h"

namespace coil {

Value type_call(Interp& interp, Value cls_value, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = cls_value.as<Type>();
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  if (cls == interp.types.type && nargs == 1 && nkw == 0) return Value::object(type_of(interp, args[0]));
  if (cls->new_ == nullptr)
    return raise(interp, interp.exc_types.TypeError, "cannot create '%s' instances", cls->name->data);
  Value obj = cls->new_(interp, cls, args, nargs, kwnames);
  if (obj.is_null()) return obj;
  // type(name, bases, dict) made a class: no __init__ pass beyond type_init's argument check.
  if (!isinstance(interp, obj, cls)) return obj;
  Type* ot = type_of(interp, obj);
  if (ot->init != nullptr && ot->init(interp, obj, args, nargs, kwnames) < 0) return Value::null();
  return obj;
}

namespace {

Value type_module(Interp& interp, Type* t) {
  if (t->type_flags & kTypeHeap) {
    Value m = dict_get_str(t->dict, interp.names.__module__);
    if (!m.is_null()) return m;
  }
  if (!t->module.is_null()) return t->module;
  return Value::object(interp.names.builtins);
}

Value type_new_slot(Interp& interp, Type* meta, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  if (meta == interp.types.type && nargs == 1 && nkw == 0) return Value::object(type_of(interp, args[0]));
  if (nargs != 3) {
    if (meta == interp.types.type) return raise(interp, interp.exc_types.TypeError, "type() takes 1 or 3 arguments");
    return raise(interp, interp.exc_types.TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
  }
  if (!is_str(args[0]))
    return raise(interp, interp.exc_types.TypeError, "type.__new__() argument 1 must be str, not %s",
                 type_name(interp, args[0]));
  if (!is_tuple(args[1]))
    return raise(interp, interp.exc_types.TypeError, "type.__new__() argument 2 must be tuple, not %s",
                 type_name(interp, args[1]));
  if (!is_dict(args[2]))
    return raise(interp, interp.exc_types.TypeError, "type.__new__() argument 3 must be dict, not %s",
                 type_name(interp, args[2]));
  return type_new_class_kw(interp, meta, args[0].as<Str>(), args[1].as<Tuple>(), args[2].as<Dict>(), args + nargs,
                           kwnames);
}

int type_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1 && nargs != 3) {
    raise(interp, interp.exc_types.TypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

Value type_repr(Interp& interp, Value self) {
  Type* t = self.as<Type>();
  std::string s = "<class '";
  Value m = type_module(interp, t);
  if (is_str(m) && m.as<Str>()->view() != "builtins") {
    s += m.as<Str>()->view();
    s += '.';
  }
  s += (t->qualname != nullptr ? t->qualname : t->name)->view();
  s += "'>";
  return str_value(interp, s);
}

Value type_getattr_impl(Interp& interp, Value self, Str* name, bool raise_missing) {
  Type* t = self.as<Type>();
  Type* meta = type_of(interp, self);
  Value meta_attr = type_lookup(meta, name);
  DescrGetFn meta_get = nullptr;
  if (!meta_attr.is_null()) {
    Type* mt = type_of(interp, meta_attr);
    meta_get = mt->descr_get;
    if (meta_get != nullptr && mt->descr_set != nullptr) return meta_get(interp, meta_attr, self, meta);
  }
  Value attr = type_lookup(t, name);
  if (!attr.is_null()) {
    Type* at = type_of(interp, attr);
    if (at->descr_get != nullptr) return at->descr_get(interp, attr, Value::null(), t);
    return attr;
  }
  if (meta_get != nullptr) return meta_get(interp, meta_attr, self, meta);
  if (!meta_attr.is_null()) return meta_attr;
  if (!raise_missing) return Value::null();
  raise(interp, interp.exc_types.AttributeError, "type object '%s' has no attribute '%s'", t->name->data, str_cstr(name));
  Value e = interp.exc;
  exception_set_attr(interp, e, "name", Value::object(name));
  exception_set_attr(interp, e, "obj", self);
  interp.exc = e;
  return Value::null();
}

Value type_getattr(Interp& interp, Value self, Str* name) { return type_getattr_impl(interp, self, name, true); }

bool is_dunder(std::string_view n) {
  return n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__";
}

int type_setattr(Interp& interp, Value self, Str* name, Value v) {
  Type* t = self.as<Type>();
  Type* meta = type_of(interp, self);
  Value meta_attr = type_lookup(meta, name);
  if (!meta_attr.is_null()) {
    Type* mt = type_of(interp, meta_attr);
    if (mt->descr_set != nullptr) {
      if (!(t->type_flags & kTypeHeap)) {
        raise(interp, interp.exc_types.TypeError, "cannot set '%s' attribute of immutable type '%s'", str_cstr(name),
              t->name->data);
        return -1;
      }
      return mt->descr_set(interp, meta_attr, self, v);
    }
  }
  if (!(t->type_flags & kTypeHeap)) {
    raise(interp, interp.exc_types.TypeError, "cannot %s '%s' attribute of immutable type '%s'",
          v.is_null() ? "delete" : "set", str_cstr(name), t->name->data);
    return -1;
  }
  if (v.is_null()) {
    int r = dict_del(interp, t->dict, Value::object(name));
    if (r < 0) return -1;
    if (r == 0) {
      raise(interp, interp.exc_types.AttributeError, "type object '%s' has no attribute '%s'", t->name->data,
            str_cstr(name));
      return -1;
    }
  } else {
    Str* key = intern_str(interp, name);
    if (key == nullptr || !dict_set_str(interp, t->dict, key, v)) return -1;
  }
  if (name->view() == "__abstractmethods__") {
    int abstract = v.is_null() ? 0 : truthy(interp, v);
    if (abstract < 0) return -1;
    if (abstract) t->type_flags |= kTypeIsAbstract;
    else t->type_flags &= ~kTypeIsAbstract;
  }
  if (is_dunder(name->view())) type_update_slots(interp, t);
  else type_modified(t);
  return 0;
}

void type_trace(Object* self, Tracer& tr) {
  auto* t = static_cast<Type*>(self);
  tr.mark(t->name);
  tr.mark(t->qualname);
  tr.mark(t->module);
  tr.mark(t->base);
  tr.mark(t->bases);
  tr.mark(t->mro);
  tr.mark(t->dict);
}

void type_finalize(Interp& interp, Object* self) {
  if (!(self->flags & kTypeObjectExt)) return;
  auto* t = static_cast<TypeObject*>(self);
  // Leave every base's weak subclass list (bases are alive, or dead but not yet freed).
  if (t->bases != nullptr) {
    for (size_t i = 0; i < t->bases->size; i++) {
      Value b = t->bases->items[i];
      if (!is_kind(b, Kind::Type) || !(b.as_object()->flags & kTypeObjectExt)) continue;
      auto* bt = b.as<TypeObject>();
      if (bt->subclasses == nullptr) continue;
      auto& v = *bt->subclasses;
      v.erase(std::remove(v.begin(), v.end(), static_cast<Type*>(t)), v.end());
    }
  }
  delete t->subclasses;
  t->subclasses = nullptr;
}

// ---- class attributes --------------------------------------------------------------------------

// A builtin type's name may be CPython's dotted tp_name ("types.UnionType"): __name__ is
// what follows the last dot.
Value get_name(Interp& interp, Value self) {
  Type* t = self.as<Type>();
  std::string_view n = t->name->view();
  size_t dot = n.rfind('.');
  if ((t->type_flags & kTypeHeap) || dot == std::string_view::npos) return Value::object(t->name);
  return str_value(interp, n.substr(dot + 1));
}
Value get_qualname(Interp& interp, Value self) {
  Type* t = self.as<Type>();
  return Value::object(t->qualname != nullptr ? t->qualname : t->name);
}

int set_name_common(Interp& interp, Value self, Value v, const char* attr, Str** field) {
  Type* t = self.as<Type>();
  if (!(t->type_flags & kTypeHeap)) {
    raise(interp, interp.exc_types.TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name->data);
    return -1;
  }
  if (v.is_null()) {
    raise(interp, interp.exc_types.TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr,
          t->name->data);
    return -1;
  }
  if (!is_str(v)) {
    raise(interp, interp.exc_types.TypeError, "can only assign string to %s.%s, not '%s'", t->name->data, attr,
          type_name(interp, v));
    return -1;
  }
  *field = str_compact(interp, v.as<Str>());   // printed with %s: keep it NUL-terminated
  return *field == nullptr ? -1 : 0;
}

int set_name(Interp& interp, Value self, Value v) {
  return set_name_common(interp, self, v, "__name__", &self.as<Type>()->name);
}
int set_qualname(Interp& interp, Value self, Value v) {
  return set_name_common(interp, self, v, "__qualname__", &self.as<Type>()->qualname);
}

// CPython's check_set_special_type_attr: only a heap type's, and never deleted.
bool check_special_set(Interp& interp, Type* t, Value v, const char* attr) {
  if (!(t->type_flags & kTypeHeap) || v.is_null()) {
    raise(interp, interp.exc_types.TypeError, "cannot %s '%s' attribute of immutable type '%s'",
          v.is_null() && (t->type_flags & kTypeHeap) ? "delete" : "set", attr, t->name->data);
    return false;
  }
  return true;
}

// __module__ and __doc__ live in the class dict: like any class attribute write, the
// change must reach the attribute caches of the class and its subclasses.
int set_dict_attr(Interp& interp, Type* t, Str* name, Value v) {
  type_modified(t);
  return dict_set_str(interp, t->dict, name, v) ? 0 : -1;
}

Value get_module(Interp& interp, Value self) { return type_module(interp, self.as<Type>()); }
int set_module(Interp& interp, Value self, Value v) {
  Type* t = self.as<Type>();
  if (!check_special_set(interp, t, v, "__module__")) return -1;
  t->module = v;
  return set_dict_attr(interp, t, interp.names.__module__, v);
}

Value get_doc(Interp& interp, Value self) {
  Type* t = self.as<Type>();
  Value d = dict_get_str(t->dict, interp.names.__doc__);
  if (d.is_null()) return Value::none();
  Type* dt = type_of(interp, d);
  if (dt->descr_get != nullptr && !is_str(d)) return dt->descr_get(interp, d, Value::null(), t);
  return d;
}
int set_doc(Interp& interp, Value self, Value v) {
  Type* t = self.as<Type>();
  if (!check_special_set(interp, t, v, "__doc__")) return -1;
  return set_dict_attr(interp, t, interp.names.__doc__, v);
}

Value get_mro(Interp& interp, Value self) {
  Tuple* m = self.as<Type>()->mro;
  return m != nullptr ? Value::object(m) : Value::none();
}
Value get_bases(Interp& interp, Value self) { return Value::object(self.as<Type>()->bases); }
int set_bases(Interp& interp, Value self, Value v) {
  raise(interp, interp.exc_types.TypeError, "__bases__ assignment is not supported");
  return -1;
}
Value get_base(Interp& interp, Value self) {
  Type* b = self.as<Type>()->base;
  return b != nullptr ? Value::object(b) : Value::none();
}
Value get_dict(Interp& interp, Value self) {
  // A copy stands in for CPython's read-only mappingproxy: writes cannot bypass slot updates.
  Dict* d = dict_copy(interp, self.as<Type>()->dict);
  return d != nullptr ? Value::object(d) : Value::null();
}
Value get_flags(Interp& interp, Value self) {
  Type* t = self.as<Type>();
  int64_t f = 0;
  if (t->type_flags & kTypeHeap) f |= 1 << 9;
  if (t->type_flags & kTypeBaseType) f |= 1 << 10;
  return Value::small_int(f);
}

// ---- methods -----------------------------------------------------------------------------------

Value type_mro_method(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1 || !is_kind(args[0], Kind::Type))
    return raise(interp, interp.exc_types.TypeError, "mro() takes no arguments");
  Tuple* m = args[0].as<Type>()->mro;
  if (m == nullptr && (m = compute_mro(interp, args[0].as<Type>())) == nullptr) return Value::null();
  List* l = list_from(interp, m->items, m->size);
  return l != nullptr ? Value::object(l) : Value::null();
}

Value type_subclasses_method(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1 || !is_kind(args[0], Kind::Type))
    return raise(interp, interp.exc_types.TypeError, "__subclasses__() takes no arguments");
  List* l = list_new(interp);
  if (l == nullptr) return Value::null();
  Type* t = args[0].as<Type>();
  if (t->flags & kTypeObjectExt) {
    auto* subs = static_cast<TypeObject*>(t)->subclasses;
    if (subs != nullptr)
      for (Type* s : *subs)
        if (!list_append(interp, l, Value::object(s))) return Value::null();
  }
  return Value::object(l);
}

Value type_prepare_method(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  Dict* d = dict_new(interp);
  return d != nullptr ? Value::object(d) : Value::null();
}

Value type_instancecheck(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 2) return raise(interp, interp.exc_types.TypeError, "__instancecheck__() takes exactly one argument");
  return Value::boolean(isinstance(interp, args[1], args[0].as<Type>()));
}

Value type_subclasscheck(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 2) return raise(interp, interp.exc_types.TypeError, "__subclasscheck__() takes exactly one argument");
  if (!is_kind(args[1], Kind::Type))
    return raise(interp, interp.exc_types.TypeError, "issubclass() arg 1 must be a class");
  return Value::boolean(is_subtype(args[1].as<Type>(), args[0].as<Type>()));
}

}  // namespace

Value type_getattr_opt(Interp& interp, Value self, Str* name) { return type_getattr_impl(interp, self, name, false); }
GetAttrFn type_getattr_slot() { return type_getattr; }

bool init_type_type(Interp& interp) {
  Type* t = interp.types.type;
  t->instance_kind = Kind::Type;
  t->instance_size = sizeof(TypeObject);
  t->call = type_call;
  t->getattr = type_getattr;
  t->setattr = type_setattr;
  t->repr = type_repr;
  t->binary = type_binary_or;   // int | str → types.UnionType
  t->new_ = type_new_slot;
  t->init = type_init;
  t->trace = type_trace;
  t->finalize = type_finalize;
  t->dict_offset = 0;
  return true;
}

bool init_type_methods(Interp& interp) {
  Type* t = interp.types.type;
  static const MethodDef methods[] = {
      {"mro", type_mro_method},
      {"__subclasses__", type_subclasses_method},
      {"__instancecheck__", type_instancecheck},
      {"__subclasscheck__", type_subclasscheck},
  };
  if (!add_methods(interp, t, methods, sizeof methods / sizeof methods[0])) return false;
  // type.__prepare__(name, bases, **kw): a static builtin (no receiver check).
  NativeFunction* prep = native_function_new(interp, "__prepare__", type_prepare_method);
  if (prep == nullptr) return false;
  Value sp = staticmethod_new(interp, Value::object(prep));
  if (sp.is_null() || !dict_set_str(interp, t->dict, om_state(interp).prepare, sp)) return false;
  static const GetSetDef getsets[] = {
      {"__name__", get_name, set_name},       {"__qualname__", get_qualname, set_qualname},
      {"__module__", get_module, set_module}, {"__doc__", get_doc, set_doc},
      {"__mro__", get_mro},                   {"__bases__", get_bases, set_bases},
      {"__base__", get_base},                 {"__dict__", get_dict},
      {"__flags__", get_flags},
  };
  return add_getsets(interp, t, getsets, sizeof getsets / sizeof getsets[0]);
}

}  // namespace coil
