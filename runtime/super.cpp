// super(): attribute lookup along the MRO of the instance's class, starting after a given class,
// binding what it finds to the instance (or class). Zero-argument super() asks the VM for the
// calling method's __class__ cell and first argument.
#include <string>
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_internal.h"
#include "vm/vm.h"

namespace coil {

namespace {

// The type whose MRO super searches: type(obj) for instances, obj itself for classes.
Type* supercheck(Interp& interp, Type* type, Value obj) {
  if (is_kind(obj, Kind::Type) && is_subtype(obj.as<Type>(), type)) return obj.as<Type>();
  Type* ot = type_of(interp, obj);
  if (is_subtype(ot, type)) return ot;
  raise(interp, interp.exc_types.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

Value super_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* s = static_cast<Super*>(interp.heap.allocate(cls, Kind::Super, cls->instance_size));
  if (s == nullptr) return raise_no_memory(interp);
  return Value::object(s);
}

int super_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(interp, interp.exc_types.TypeError, "super() takes no keyword arguments");
    return -1;
  }
  if (nargs > 2) {
    raise(interp, interp.exc_types.TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
    return -1;
  }
  Value type, obj;
  if (nargs == 0) {
    if (!current_super_args(interp, &type, &obj)) {
      if (!interp.has_error()) raise(interp, interp.exc_types.RuntimeError, "super(): no arguments");
      return -1;
    }
  } else {
    type = args[0];
    obj = nargs > 1 ? args[1] : Value::null();
  }
  if (!is_kind(type, Kind::Type)) {
    raise(interp, interp.exc_types.TypeError, "super() argument 1 must be a type, not %s", type_name(interp, type));
    return -1;
  }
  auto* s = self.as<Super>();
  s->type = type.as<Type>();
  if (!obj.is_null() && !obj.is_none()) {
    Type* ot = supercheck(interp, s->type, obj);
    if (ot == nullptr) return -1;
    s->obj = obj;
    s->obj_type = ot;
  }
  return 0;
}

Value super_getattr(Interp& interp, Value self, Str* name) {
  auto* s = self.as<Super>();
  if (s->obj_type != nullptr && name->view() != "__class__") {
    Tuple* mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro->size && mro->items[i].as<Type>() != s->type) i++;
    for (i++; i < mro->size; i++) {
      Type* b = mro->items[i].as<Type>();
      Value v = dict_get_str(b->dict, name);
      if (v.is_null()) continue;
      Type* vt = type_of(interp, v);
      if (vt->descr_get == nullptr) return v;
      // Bound to the instance; for super(C, C) (a class) the descriptor sees no instance.
      Value inst = s->obj == Value::object(s->obj_type) ? Value::null() : s->obj;
      return vt->descr_get(interp, v, inst, s->obj_type);
    }
  }
  return generic_getattr(interp, self, name);
}

Value super_descr_get(Interp& interp, Value descr, Value obj, Type* owner) {
  auto* s = descr.as<Super>();
  if (obj.is_null() || obj.is_none() || s->obj_type != nullptr) return descr;
  Type* ot = supercheck(interp, s->type, obj);
  if (ot == nullptr) return Value::null();
  auto* n = static_cast<Super*>(interp.heap.allocate(interp.types.super, Kind::Super, sizeof(Super)));
  if (n == nullptr) return raise_no_memory(interp);
  n->type = s->type;
  n->obj = obj;
  n->obj_type = ot;
  return Value::object(n);
}

Value super_repr(Interp& interp, Value self) {
  auto* s = self.as<Super>();
  std::string r = "<super: <class '";
  r += s->type != nullptr ? std::string(s->type->name->view()) : "NULL";
  r += "'>, ";
  if (s->obj_type != nullptr) {
    r += "<";
    r += s->obj_type->name->view();
    r += " object>";
  } else {
    r += "NULL";
  }
  r += ">";
  return str_value(interp, r);
}

void super_trace(Object* self, Tracer& t) {
  auto* s = static_cast<Super*>(self);
  t.mark(s->type);
  t.mark(s->obj);
  t.mark(s->obj_type);
}

Value get_thisclass(Interp& interp, Value self) {
  auto* s = self.as<Super>();
  return s->type != nullptr ? Value::object(s->type) : Value::none();
}
Value get_self(Interp& interp, Value self) {
  auto* s = self.as<Super>();
  return s->obj.is_null() ? Value::none() : s->obj;
}
Value get_self_class(Interp& interp, Value self) {
  auto* s = self.as<Super>();
  return s->obj_type != nullptr ? Value::object(s->obj_type) : Value::none();
}

}  // namespace

bool init_super_type(Interp& interp) {
  Type* t = interp.types.super;
  t->instance_kind = Kind::Super;
  t->instance_size = sizeof(Super);
  t->new_ = super_new;
  t->init = super_init;
  t->getattr = super_getattr;
  t->descr_get = super_descr_get;
  t->repr = super_repr;
  t->trace = super_trace;
  static const GetSetDef getsets[] = {
      {"__thisclass__", get_thisclass}, {"__self__", get_self}, {"__self_class__", get_self_class}};
  return add_getsets(interp, t, getsets, 3);
}

}  // namespace coil
