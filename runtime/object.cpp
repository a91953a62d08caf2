// The `object` type: construction checks, default repr/str/hash/equality, __class__, and the
// generic attribute protocol (data descriptors, then the instance __dict__, then class
// attributes) that every type without its own getattr/setattr uses.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>
#include "runtime/call.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_internal.h"

namespace coil {

Dict* instance_dict(Interp& interp, Value obj, bool create) {
  if (!obj.is_object()) return nullptr;
  Dict** slot = instance_dict_slot(obj.as_object());
  if (slot == nullptr) return nullptr;
  if (*slot == nullptr && create) *slot = dict_new(interp);
  return *slot;
}

namespace {

Value attribute_error(Interp& interp, Value obj, Str* name) {
  raise(interp, interp.exc_types.AttributeError, "'%s' object has no attribute '%s'", type_name(interp, obj),
        str_cstr(name));
  // name/obj feed the "Did you mean" suggestion of the traceback printer.
  Value e = interp.exc;
  exception_set_attr(interp, e, "name", Value::object(name));
  exception_set_attr(interp, e, "obj", obj);
  interp.exc = e;
  return Value::null();
}

}  // namespace

// The shared body of generic_getattr (raising) and its non-raising form for getattr_opt.
Value generic_getattr_impl(Interp& interp, Value obj, Str* name, bool raise_missing) {
  Type* tp = type_of(interp, obj);
  Value descr = type_lookup(tp, name);
  DescrGetFn get = nullptr;
  if (!descr.is_null()) {
    Type* dt = type_of(interp, descr);
    get = dt->descr_get;
    if (get != nullptr && dt->descr_set != nullptr) return get(interp, descr, obj, tp);
  }
  if (tp->dict_offset != 0 && obj.is_object()) {
    Dict** slot = instance_dict_slot(obj.as_object());
    if (slot != nullptr) {
      if (*slot != nullptr) {
        Value v = dict_get_str(*slot, name);
        if (!v.is_null()) return v;
      }
      if (name == interp.names.__dict__ || name->view() == "__dict__") {
        Dict* d = instance_dict(interp, obj, true);
        return d != nullptr ? Value::object(d) : raise_no_memory(interp);
      }
    }
  }
  if (get != nullptr) return get(interp, descr, obj, tp);
  if (!descr.is_null()) return descr;
  if (!raise_missing) return Value::null();
  return attribute_error(interp, obj, name);
}

Value generic_getattr(Interp& interp, Value obj, Str* name) { return generic_getattr_impl(interp, obj, name, true); }

int generic_setattr(Interp& interp, Value obj, Str* name, Value v) {
  Type* tp = type_of(interp, obj);
  Value descr = type_lookup(tp, name);
  if (!descr.is_null()) {
    Type* dt = type_of(interp, descr);
    if (dt->descr_set != nullptr) return dt->descr_set(interp, descr, obj, v);
  }
  Dict** slot = obj.is_object() ? instance_dict_slot(obj.as_object()) : nullptr;
  if (slot == nullptr) {
    // An attribute a builtin computes in its getattr slot (int.real, function.__code__ …).
    if (descr.is_null() && !v.is_null() && tp->getattr != nullptr && tp->getattr != generic_getattr &&
        !(tp->type_flags & kTypeHeap)) {
      Value probe = getattr_opt(interp, obj, name);
      if (probe.is_null() && interp.has_error()) clear_error(interp);
      if (!probe.is_null()) {
        raise(interp, interp.exc_types.AttributeError, "attribute '%s' of '%s' objects is not writable", str_cstr(name),
              tp->name->data);
        return -1;
      }
    }
    if (!descr.is_null() && !v.is_null())
      raise(interp, interp.exc_types.AttributeError, "'%s' object attribute '%s' is read-only", type_name(interp, obj),
            str_cstr(name));
    else
      attribute_error(interp, obj, name);
    return -1;
  }
  if (name->view() == "__dict__") {
    if (v.is_null() || !is_dict(v)) {
      raise(interp, interp.exc_types.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
            v.is_null() ? "NoneType" : type_name(interp, v));
      return -1;
    }
    *slot = v.as<Dict>();
    return 0;
  }
  if (v.is_null()) {
    int r = *slot != nullptr ? dict_del(interp, *slot, Value::object(name)) : 0;
    if (r < 0) return -1;
    if (r == 0) { attribute_error(interp, obj, name); return -1; }
    return 0;
  }
  if (*slot == nullptr && (*slot = dict_new(interp)) == nullptr) return -1;
  return dict_set_str(interp, *slot, name, v) ? 0 : -1;
}

// ---- object's slots ----------------------------------------------------------------------------

namespace {

// "Can't instantiate abstract class C with abstract methods a, b" (names sorted).
Value raise_abstract_instantiation(Interp& interp, Type* cls) {
  Value methods = dict_get_str(cls->dict, intern(interp, "__abstractmethods__"));
  std::vector<std::string> names;
  if (!methods.is_null()) {
    Value it = get_iter(interp, methods);
    if (it.is_null()) return it;
    for (;;) {
      Value item = iter_next(interp, it);
      if (item.is_null()) break;
      std::string text;
      if (!str_into(interp, item, text)) return Value::null();
      names.push_back(std::move(text));
    }
    if (interp.has_error()) return Value::null();
  }
  std::sort(names.begin(), names.end());
  std::string joined;
  for (size_t i = 0; i < names.size(); i++) joined += (i ? ", " : "") + names[i];
  return raise(interp, interp.exc_types.TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
               cls->name->data, names.size() > 1 ? "s" : "", joined.c_str());
}

}  // namespace

Value object_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  bool excess = nargs > 0 || (kwnames != nullptr && kwnames->size > 0);
  if (excess) {
    if (cls->new_ != object_new)
      return raise(interp, interp.exc_types.TypeError,
                   "object.__new__() takes exactly one argument (the type to instantiate)");
    if (cls->init == object_init)
      return raise(interp, interp.exc_types.TypeError, "%s() takes no arguments", cls->name->data);
  }
  if (cls->type_flags & kTypeAbstractNew)
    return raise(interp, interp.exc_types.TypeError, "cannot create '%s' instances", cls->name->data);
  if (cls->type_flags & kTypeIsAbstract) return raise_abstract_instantiation(interp, cls);
  size_t size = cls->instance_size < sizeof(Object) ? sizeof(Object) : cls->instance_size;
  Object* o = interp.heap.allocate(cls, cls->instance_kind, size);
  if (o == nullptr) return raise_no_memory(interp);
  return Value::object(o);
}

int object_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  bool excess = nargs > 0 || (kwnames != nullptr && kwnames->size > 0);
  if (!excess) return 0;
  Type* tp = type_of(interp, self);
  if (tp->init != object_init) {
    raise(interp, interp.exc_types.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    return -1;
  }
  if (tp->new_ == object_new) {
    raise(interp, interp.exc_types.TypeError, "%s() takes no arguments", tp->name->data);
    return -1;
  }
  return 0;
}

std::string type_qualified_name(Interp& interp, Type* t) {
  std::string s;
  if (t->module.is_object() && is_str(t->module)) {
    std::string_view m = t->module.as<Str>()->view();
    if (m != "builtins") {
      s += m;
      s += '.';
    }
  }
  s += (t->qualname != nullptr ? t->qualname : t->name)->view();
  return s;
}

Value object_repr(Interp& interp, Value self) {
  Type* t = type_of(interp, self);
  char buf[40];
  std::snprintf(buf, sizeof buf, " object at %p>", self.is_object() ? static_cast<void*>(self.as_object())
                                                                   : reinterpret_cast<void*>(self.raw()));
  std::string s = "<" + type_qualified_name(interp, t) + buf;
  return str_value(interp, s);
}

namespace {

Value object_str(Interp& interp, Value self) { return repr(interp, self); }

}  // namespace

int64_t object_hash(Interp& interp, Value self) {
  uint64_t y = self.raw();
  int64_t h = int64_t((y >> 4) | (y << 60));
  if (h == -1) h = -2;
  return h;
}

Value object_compare(Interp& interp, Value a, Value b, CmpOp op) {
  switch (op) {
    case CmpOp::Eq: return a == b ? Value::true_() : interp.not_implemented;
    case CmpOp::Ne: {
      Type* t = type_of(interp, a);
      if (t->compare == nullptr) return interp.not_implemented;
      Value r = t->compare(interp, a, b, CmpOp::Eq);
      if (r.is_null() || r == interp.not_implemented) return r;
      int tr = truthy(interp, r);
      if (tr < 0) return Value::null();
      return Value::boolean(!tr);
    }
    default: return interp.not_implemented;
  }
}

namespace {

// ---- __class__ -----------------------------------------------------------------------------------

Value object_get_class(Interp& interp, Value self) { return Value::object(type_of(interp, self)); }

int object_set_class(Interp& interp, Value self, Value v) {
  if (v.is_null()) {
    raise(interp, interp.exc_types.TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!is_kind(v, Kind::Type)) {
    raise(interp, interp.exc_types.TypeError, "__class__ must be set to a class, not '%s' object", type_name(interp, v));
    return -1;
  }
  Type* old = type_of(interp, self);
  Type* nt = v.as<Type>();
  bool mutable_kind = (old->type_flags & kTypeHeap) || old->instance_kind == Kind::Module;
  if (!self.is_object() || !mutable_kind || !((nt->type_flags & kTypeHeap) || nt->instance_kind == Kind::Module)) {
    raise(interp, interp.exc_types.TypeError,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (old->instance_kind != nt->instance_kind || old->instance_size != nt->instance_size ||
      old->dict_offset != nt->dict_offset) {
    raise(interp, interp.exc_types.TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
          nt->name->data, old->name->data);
    return -1;
  }
  self.as_object()->type = nt;
  return 0;
}

// ---- methods -----------------------------------------------------------------------------------

Value object_format_method(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "__format__", kwnames)) return Value::null();
  if (nargs != 2) return raise(interp, interp.exc_types.TypeError, "__format__() takes exactly one argument (%zu given)", nargs - 1);
  if (!is_str(args[1]))
    return raise(interp, interp.exc_types.TypeError, "__format__() argument must be str, not %s", type_name(interp, args[1]));
  if (args[1].as<Str>()->size != 0)
    return raise(interp, interp.exc_types.TypeError, "unsupported format string passed to %s.__format__",
                 type_name(interp, args[0]));
  return to_str(interp, args[0]);
}

bool add_keys(Interp& interp, Dict* names, Dict* from) {
  if (from == nullptr) return true;
  size_t pos = 0;
  Value k, v;
  while (dict_next(from, &pos, &k, &v))
    if (!dict_set(interp, names, k, Value::none())) return false;
  return true;
}

Value object_dir_method(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1) return raise(interp, interp.exc_types.TypeError, "__dir__() takes no arguments");
  Value self = args[0];
  Dict* names = dict_new(interp);
  if (names == nullptr) return Value::null();
  if (!add_keys(interp, names, instance_dict(interp, self, false))) return Value::null();
  Type* t = type_of(interp, self);
  if (is_kind(self, Kind::Type)) t = self.as<Type>();
  Tuple* mro = t->mro;
  for (size_t i = 0; mro != nullptr && i < mro->size; i++)
    if (!add_keys(interp, names, mro->items[i].as<Type>()->dict)) return Value::null();
  if (is_kind(self, Kind::Type)) {
    Type* meta = type_of(interp, self);
    for (size_t i = 0; meta->mro != nullptr && i < meta->mro->size; i++)
      if (!add_keys(interp, names, meta->mro->items[i].as<Type>()->dict)) return Value::null();
  }
  List* l = list_new(interp, names->used);
  if (l == nullptr) return Value::null();
  size_t pos = 0;
  Value k, v;
  while (dict_next(names, &pos, &k, &v))
    if (!list_append(interp, l, k)) return Value::null();
  return Value::object(l);
}

Value object_init_subclass(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = nargs > 0 && is_kind(args[0], Kind::Type) ? args[0].as<Type>()->name->data : "object";
  if (kwnames != nullptr && kwnames->size > 0)
    return raise(interp, interp.exc_types.TypeError, "%s.__init_subclass__() takes no keyword arguments", name);
  if (nargs > 1)
    return raise(interp, interp.exc_types.TypeError, "%s.__init_subclass__() takes no arguments (%zu given)", name,
                 nargs - 1);
  return Value::none();
}

Value object_subclasshook(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  return interp.not_implemented;
}

Value object_reduce_ex(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  return raise(interp, interp.exc_types.TypeError, "cannot pickle '%s' object",
               nargs > 0 ? type_name(interp, args[0]) : "object");
}

}  // namespace

bool init_object_type(Interp& interp) {
  Type* t = interp.types.object;
  t->new_ = object_new;
  t->init = object_init;
  t->repr = object_repr;
  t->str = object_str;
  t->hash = object_hash;
  t->compare = object_compare;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  t->instance_kind = Kind::Object;
  t->instance_size = sizeof(Object);
  return true;
}

bool init_object_methods(Interp& interp) {
  Type* t = interp.types.object;
  static const MethodDef methods[] = {
      {"__format__", object_format_method},
      {"__dir__", object_dir_method},
      {"__init_subclass__", object_init_subclass, MethodDef::ClassMethod},
      {"__subclasshook__", object_subclasshook, MethodDef::ClassMethod},
      {"__reduce_ex__", object_reduce_ex},
  };
  if (!add_methods(interp, t, methods, sizeof methods / sizeof methods[0])) return false;
  static const GetSetDef getsets[] = {{"__class__", object_get_class, object_set_class}};
  if (!add_getsets(interp, t, getsets, 1)) return false;
  return dict_set_str(interp, t->dict, interp.names.__doc__,
                      str_value(interp, "The base class of the class hierarchy.\n\nWhen called, it accepts no "
                                        "arguments and returns a new featureless\ninstance that has no instance "
                                        "attributes and cannot be given any.\n"));
}

}  // namespace coil
