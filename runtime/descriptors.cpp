// property, classmethod, staticmethod and getset descriptors: the objects that customise what
// attribute access on an instance or a class returns.
#include <string>
#include "runtime/descriptors.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_internal.h"

namespace coil {

namespace {

// ---- getset descriptors ------------------------------------------------------------------------

struct GetSet : Object {    // Kind::Native, type getset_descriptor
  Type* owner;
  Str* name;
  GetterFn get;
  SetterFn set;
};

Value getset_get(Interp& interp, Value descr, Value obj, Type* owner) {
  auto* g = descr.as<GetSet>();
  if (obj.is_null()) return descr;
  if (!isinstance(interp, obj, g->owner))
    return raise(interp, interp.exc_types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 g->name->data, g->owner->name->data, type_name(interp, obj));
  return g->get(interp, obj);
}

int getset_set(Interp& interp, Value descr, Value obj, Value v) {
  auto* g = descr.as<GetSet>();
  if (g->set == nullptr) {
    raise(interp, interp.exc_types.AttributeError, "attribute '%s' of '%s' objects is not writable", g->name->data,
          g->owner->name->data);
    return -1;
  }
  if (!isinstance(interp, obj, g->owner)) {
    raise(interp, interp.exc_types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
          g->name->data, g->owner->name->data, type_name(interp, obj));
    return -1;
  }
  return g->set(interp, obj, v);
}

Value getset_repr(Interp& interp, Value self) {
  auto* g = self.as<GetSet>();
  std::string s = "<attribute '";
  s += g->name->view();
  s += "' of '";
  s += g->owner->name->view();
  s += "' objects>";
  return str_value(interp, s);
}

void getset_trace(Object* self, Tracer& t) {
  auto* g = static_cast<GetSet*>(self);
  t.mark(g->owner);
  t.mark(g->name);
}

// ---- member descriptors (__slots__) --------------------------------------------------------

struct Member : Object {    // Kind::Native, type member_descriptor
  Type* owner;
  Str* name;
  uint32_t offset;
};

Value& member_slot(Value obj, uint32_t offset) {
  return *reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_object()) + offset);
}

Value member_get(Interp& interp, Value descr, Value obj, Type* owner) {
  auto* m = descr.as<Member>();
  if (obj.is_null()) return descr;
  if (!isinstance(interp, obj, m->owner))
    return raise(interp, interp.exc_types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 m->name->data, m->owner->name->data, type_name(interp, obj));
  Value v = member_slot(obj, m->offset);
  if (v.is_null())
    return raise(interp, interp.exc_types.AttributeError, "'%s' object has no attribute '%s'", type_name(interp, obj),
                 m->name->data);
  return v;
}

int member_set(Interp& interp, Value descr, Value obj, Value v) {
  auto* m = descr.as<Member>();
  if (!isinstance(interp, obj, m->owner)) {
    raise(interp, interp.exc_types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
          m->name->data, m->owner->name->data, type_name(interp, obj));
    return -1;
  }
  Value& slot = member_slot(obj, m->offset);
  if (v.is_null() && slot.is_null()) {
    raise(interp, interp.exc_types.AttributeError, "'%s' object has no attribute '%s'", type_name(interp, obj),
          m->name->data);
    return -1;
  }
  slot = v;
  return 0;
}

Value member_repr(Interp& interp, Value self) {
  auto* m = self.as<Member>();
  std::string s = "<member '";
  s += m->name->view();
  s += "' of '";
  s += m->owner->name->view();
  s += "' objects>";
  return str_value(interp, s);
}

void member_trace(Object* self, Tracer& t) {
  auto* m = static_cast<Member*>(self);
  t.mark(m->owner);
  t.mark(m->name);
}

// ---- property ----------------------------------------------------------------------------------

Property* as_property(Value v) { return v.as<Property>(); }

Value property_get(Interp& interp, Value descr, Value obj, Type* owner) {
  Property* p = as_property(descr);
  if (obj.is_null()) return descr;
  if (p->fget.is_null() || p->fget.is_none()) {
    if (p->name != nullptr)
      return raise(interp, interp.exc_types.AttributeError, "property '%s' of '%s' object has no getter",
                   p->name->data, type_name(interp, obj));
    return raise(interp, interp.exc_types.AttributeError, "unreadable attribute");
  }
  return call(interp, p->fget, &obj, 1);
}

int property_set(Interp& interp, Value descr, Value obj, Value v) {
  Property* p = as_property(descr);
  Value f = v.is_null() ? p->fdel : p->fset;
  if (f.is_null() || f.is_none()) {
    const char* what = v.is_null() ? "deleter" : "setter";
    if (p->name != nullptr)
      raise(interp, interp.exc_types.AttributeError, "property '%s' of '%s' object has no %s", p->name->data,
            type_name(interp, obj), what);
    else
      raise(interp, interp.exc_types.AttributeError, v.is_null() ? "can't delete attribute" : "can't set attribute");
    return -1;
  }
  Value r;
  if (v.is_null()) r = call(interp, f, &obj, 1);
  else {
    Value args[2] = {obj, v};
    r = call(interp, f, args, 2);
  }
  return r.is_null() ? -1 : 0;
}

// Fills a property from (fget, fset, fdel, doc); the doc defaults to fget.__doc__.
bool property_fill(Interp& interp, Property* p, Value fget, Value fset, Value fdel, Value doc) {
  p->fget = fget.is_none() ? Value::null() : fget;
  p->fset = fset.is_none() ? Value::null() : fset;
  p->fdel = fdel.is_none() ? Value::null() : fdel;
  p->doc = doc.is_none() ? Value::null() : doc;
  if (p->doc.is_null() && !p->fget.is_null()) {
    Value d = getattr_opt(interp, p->fget, interp.names.__doc__);
    if (d.is_null() && interp.has_error()) clear_error(interp);
    if (!d.is_null() && !d.is_none()) p->doc = d;
  }
  if (p->name == nullptr && !p->fget.is_null()) {
    Value n = getattr_opt(interp, p->fget, interp.names.__name__);
    if (n.is_null() && interp.has_error()) clear_error(interp);
    if (is_str(n)) p->name = n.as<Str>();
  }
  return true;
}

Value property_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* p = static_cast<Property*>(interp.heap.allocate(cls, Kind::Property, cls->instance_size));
  if (p == nullptr) return raise_no_memory(interp);
  return Value::object(p);
}

int property_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[4];
  if (!parse_args(interp, {"property", {"fget", "fset", "fdel", "doc"}, 0}, args, nargs, kwnames, a)) return -1;
  for (Value& v : a)
    if (v.is_null()) v = Value::none();
  return property_fill(interp, as_property(self), a[0], a[1], a[2], a[3]) ? 0 : -1;
}

// p.getter(f) / setter(f) / deleter(f): a copy of p (same class) with one accessor replaced.
Value property_copy(Interp& interp, Value self, int which, Value f) {
  Property* p = as_property(self);
  Type* cls = type_of(interp, self);
  Value fget = p->fget.is_null() ? Value::none() : p->fget;
  Value fset = p->fset.is_null() ? Value::none() : p->fset;
  Value fdel = p->fdel.is_null() ? Value::none() : p->fdel;
  if (which == 0) fget = f;
  if (which == 1) fset = f;
  if (which == 2) fdel = f;
  Value doc = p->doc.is_null() ? Value::none() : p->doc;
  if (which == 0) doc = Value::none();   // recomputed from the new getter
  Value args[4] = {fget, fset, fdel, doc};
  Value r = call(interp, Value::object(cls), args, 4);
  if (!r.is_null() && is_kind(r, Kind::Property) && r.as<Property>()->name == nullptr)
    r.as<Property>()->name = p->name;
  return r;
}

Value property_getter(Interp& interp, const Value* a, size_t n, Tuple* kw) {
  if (!check_nargs(interp, "getter", n - 1, 1, 1)) return Value::null();
  return property_copy(interp, a[0], 0, a[1]);
}
Value property_setter(Interp& interp, const Value* a, size_t n, Tuple* kw) {
  if (!check_nargs(interp, "setter", n - 1, 1, 1)) return Value::null();
  return property_copy(interp, a[0], 1, a[1]);
}
Value property_deleter(Interp& interp, const Value* a, size_t n, Tuple* kw) {
  if (!check_nargs(interp, "deleter", n - 1, 1, 1)) return Value::null();
  return property_copy(interp, a[0], 2, a[1]);
}
Value property_set_name(Interp& interp, const Value* a, size_t n, Tuple* kw) {
  if (n == 3 && is_str(a[2])) as_property(a[0])->name = a[2].as<Str>();
  return Value::none();
}

Value or_none(Value v) { return v.is_null() ? Value::none() : v; }
Value prop_fget(Interp& interp, Value self) { return or_none(as_property(self)->fget); }
Value prop_fset(Interp& interp, Value self) { return or_none(as_property(self)->fset); }
Value prop_fdel(Interp& interp, Value self) { return or_none(as_property(self)->fdel); }
Value prop_doc(Interp& interp, Value self) { return or_none(as_property(self)->doc); }
int prop_set_doc(Interp& interp, Value self, Value v) {
  as_property(self)->doc = v.is_null() ? Value::null() : v;
  return 0;
}
// True when a wrapped callable is abstract (abc.abstractmethod sets __isabstractmethod__).
Value is_abstract_callable(Interp& interp, Value f) {
  if (f.is_null() || f.is_none()) return Value::false_();
  Value v = getattr_opt(interp, f, intern(interp, "__isabstractmethod__"));
  if (v.is_null()) return interp.has_error() ? Value::null() : Value::false_();
  int t = truthy(interp, v);
  return t < 0 ? Value::null() : Value::boolean(t);
}

Value prop_abstract(Interp& interp, Value self) {
  Property* p = as_property(self);
  for (Value f : {p->fget, p->fset, p->fdel}) {
    Value r = is_abstract_callable(interp, f);
    if (r.is_null() || r.is_true()) return r;
  }
  return Value::false_();
}

void property_trace(Object* self, Tracer& t) {
  auto* p = static_cast<Property*>(self);
  t.mark(p->fget);
  t.mark(p->fset);
  t.mark(p->fdel);
  t.mark(p->doc);
  t.mark(p->name);
}

// ---- classmethod / staticmethod -------------------------------------------------------------------

Value cm_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  bool is_static = cls->instance_kind == Kind::StaticMethod;
  const char* n = is_static ? "staticmethod" : "classmethod";
  if (kwnames != nullptr && kwnames->size > 0)
    return raise(interp, interp.exc_types.TypeError, "%s() takes no keyword arguments", n);
  if (nargs != 1)
    return raise(interp, interp.exc_types.TypeError, "%s expected 1 argument, got %zu", n, nargs);
  Object* o = interp.heap.allocate(cls, cls->instance_kind, cls->instance_size);
  if (o == nullptr) return raise_no_memory(interp);
  if (is_static) static_cast<StaticMethod*>(o)->func = args[0];
  else static_cast<ClassMethod*>(o)->func = args[0];
  return Value::object(o);
}

int cm_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) { return 0; }

Value cm_func(Value self) {
  return is_kind(self, Kind::StaticMethod) ? self.as<StaticMethod>()->func : self.as<ClassMethod>()->func;
}

Value classmethod_get(Interp& interp, Value descr, Value obj, Type* owner) {
  Type* t = owner != nullptr ? owner : type_of(interp, obj);
  Value f = descr.as<ClassMethod>()->func;
  // A classmethod wrapping another descriptor (e.g. a property) binds through it (3.9+).
  Type* ft = type_of(interp, f);
  if (!is_kind(f, Kind::Function) && ft->descr_get != nullptr && ft != interp.types.method_descriptor &&
      !is_kind(f, Kind::NativeFunction))
    return ft->descr_get(interp, f, Value::object(t), t);
  return bound_method_new(interp, f, Value::object(t));
}

Value staticmethod_get(Interp& interp, Value descr, Value obj, Type* owner) {
  return descr.as<StaticMethod>()->func;
}

Value staticmethod_call(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(interp, self.as<StaticMethod>()->func, args, nargs, kwnames);
}

Value cm_getattr(Interp& interp, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "__func__" || n == "__wrapped__") return cm_func(self);
  if (n == "__isabstractmethod__") {
    // A subclass may say so itself (abc.abstractclassmethod); else the wrapped function does.
    Type* t = type_of(interp, self);
    if (t == interp.types.classmethod || t == interp.types.staticmethod || type_lookup(t, name).is_null())
      return is_abstract_callable(interp, cm_func(self));
  }
  Value r = generic_getattr(interp, self, name);
  if (!r.is_null() || !error_matches(interp, interp.exc_types.AttributeError)) return r;
  // __name__, __qualname__, __doc__, __module__ … come from the wrapped function (3.10+).
  if (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__" || n == "__annotations__") {
    clear_error(interp);
    return getattr(interp, cm_func(self), name);
  }
  return r;
}

Value cm_repr(Interp& interp, Value self) {
  std::string s = "<";
  s += type_name(interp, self);
  s += "(";
  if (!repr_into(interp, cm_func(self), s)) return Value::null();
  s += ")>";
  return str_value(interp, s);
}

void cm_trace(Object* self, Tracer& t) {
  if (self->kind == Kind::StaticMethod) {
    t.mark(static_cast<StaticMethod*>(self)->func);
    t.mark(static_cast<StaticMethod*>(self)->dict);
  } else {
    t.mark(static_cast<ClassMethod*>(self)->func);
    t.mark(static_cast<ClassMethod*>(self)->dict);
  }
}

}  // namespace

bool add_getsets(Interp& interp, Type* type, const GetSetDef* defs, size_t n) {
  Type* gt = om_state(interp).getset_descriptor;
  for (size_t i = 0; i < n; i++) {
    auto* g = gc_new<GetSet>(interp.heap, gt, Kind::Native);
    if (g == nullptr) { raise_no_memory(interp); return false; }
    g->owner = type;
    g->name = intern(interp, defs[i].name);
    g->get = defs[i].get;
    g->set = defs[i].set;
    if (g->name == nullptr || !dict_set_str(interp, type->dict, g->name, Value::object(g))) return false;
  }
  return true;
}

Value classmethod_new(Interp& interp, Value func) {
  auto* c = gc_new<ClassMethod>(interp.heap, interp.types.classmethod, Kind::ClassMethod);
  if (c == nullptr) return raise_no_memory(interp);
  c->func = func;
  return Value::object(c);
}

Value staticmethod_new(Interp& interp, Value func) {
  auto* s = gc_new<StaticMethod>(interp.heap, interp.types.staticmethod, Kind::StaticMethod);
  if (s == nullptr) return raise_no_memory(interp);
  s->func = func;
  return Value::object(s);
}

Value member_new(Interp& interp, Type* owner, Str* name, uint32_t offset) {
  auto* m = gc_new<Member>(interp.heap, om_state(interp).member_descriptor, Kind::Native);
  if (m == nullptr) return raise_no_memory(interp);
  m->owner = owner;
  m->name = name;
  m->offset = offset;
  return Value::object(m);
}

bool init_getset_type(Interp& interp) {
  Type* mt = type_new_builtin(interp, "member_descriptor", interp.types.object, Kind::Native, sizeof(Member), 0);
  if (mt == nullptr) return false;
  mt->descr_get = member_get;
  mt->descr_set = member_set;
  mt->repr = member_repr;
  mt->trace = member_trace;
  mt->type_flags |= kTypeAbstractNew;
  om_state(interp).member_descriptor = mt;

  Type* t = type_new_builtin(interp, "getset_descriptor", interp.types.object, Kind::Native, sizeof(GetSet), 0);
  if (t == nullptr) return false;
  t->descr_get = getset_get;
  t->descr_set = getset_set;
  t->repr = getset_repr;
  t->trace = getset_trace;
  t->type_flags |= kTypeAbstractNew;
  om_state(interp).getset_descriptor = t;
  return true;
}

bool init_descriptor_types(Interp& interp) {
  BuiltinTypes& T = interp.types;
  Type* p = T.property;
  p->instance_kind = Kind::Property;
  p->instance_size = sizeof(Property);
  p->new_ = property_new;
  p->init = property_init;
  p->descr_get = property_get;
  p->descr_set = property_set;
  p->trace = property_trace;
  static const MethodDef pmethods[] = {
      {"getter", property_getter}, {"setter", property_setter},
      {"deleter", property_deleter}, {"__set_name__", property_set_name},
  };
  if (!add_methods(interp, p, pmethods, 4)) return false;
  static const GetSetDef pgets[] = {
      {"fget", prop_fget}, {"fset", prop_fset}, {"fdel", prop_fdel},
      {"__doc__", prop_doc, prop_set_doc}, {"__isabstractmethod__", prop_abstract},
  };
  if (!add_getsets(interp, p, pgets, 5)) return false;

  Type* c = T.classmethod;
  c->instance_kind = Kind::ClassMethod;
  c->instance_size = sizeof(ClassMethod);
  c->dict_offset = member_offset(&ClassMethod::dict);
  c->new_ = cm_new;
  c->init = cm_init;
  c->descr_get = classmethod_get;
  c->getattr = cm_getattr;
  c->repr = cm_repr;
  c->trace = cm_trace;

  Type* s = T.staticmethod;
  s->instance_kind = Kind::StaticMethod;
  s->instance_size = sizeof(StaticMethod);
  s->dict_offset = member_offset(&StaticMethod::dict);
  s->new_ = cm_new;
  s->init = cm_init;
  s->descr_get = staticmethod_get;
  s->call = staticmethod_call;
  s->getattr = cm_getattr;
  s->repr = cm_repr;
  s->trace = cm_trace;
  return true;
}

}  // namespace coil
