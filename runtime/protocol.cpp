// The abstract object protocol (except operators, in protocol_ops.cpp): type_of, repr/str,
// hash, truth, attributes, items, length, iteration and isinstance, dispatching to type slots
// with fast paths for the common builtin types.
#include "runtime/protocol.h"

#include <string>
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_internal.h"
#include "runtime/type_union.h"

namespace coil {

Value generic_getattr_impl(Interp&, Value obj, Str* name, bool raise_missing);   // object.cpp
Value type_getattr_opt(Interp&, Value self, Str* name);                           // type_object.cpp
GetAttrFn type_getattr_slot();

Type* type_of(Interp& interp, Value v) {
  if (v.is_object()) return v.as_object()->type;
  if (v.is_small_int()) return interp.types.int_;
  if (v.is_none()) return interp.types.none;
  if (v.is_bool()) return interp.types.bool_;
  return interp.types.object;
}

namespace {

// RecursionError guard for the natives that recurse through user code (repr of nested
// containers, __repr__ calling repr …).
struct DepthGuard {
  Interp& interp;
  bool ok;
  DepthGuard(Interp& in, const char* where) : interp(in) {
    ok = ++in.call_depth <= in.recursion_limit + 50;
    if (!ok) raise(in, in.exc_types.RecursionError, "maximum recursion depth exceeded%s", where);
  }
  ~DepthGuard() { interp.call_depth--; }
};

}  // namespace

Value repr(Interp& interp, Value v) {
  Type* t = type_of(interp, v);
  DepthGuard guard(interp, " while getting the repr of an object");
  if (!guard.ok) return Value::null();
  Value r = t->repr != nullptr ? t->repr(interp, v) : object_repr(interp, v);
  if (!r.is_null() && !is_str(r))
    return raise(interp, interp.exc_types.TypeError, "__repr__ returned non-string (type %s)", type_name(interp, r));
  return r;
}

Value to_str(Interp& interp, Value v) {
  if (is_str(v) && v.as_object()->type == interp.types.str) return v;
  Type* t = type_of(interp, v);
  DepthGuard guard(interp, " while getting the str of an object");
  if (!guard.ok) return Value::null();
  Value r = t->str != nullptr ? t->str(interp, v) : (t->repr != nullptr ? t->repr(interp, v) : object_repr(interp, v));
  if (!r.is_null() && !is_str(r))
    return raise(interp, interp.exc_types.TypeError, "__str__ returned non-string (type %s)", type_name(interp, r));
  return r;
}

bool repr_into(Interp& interp, Value v, std::string& out) {
  if (v.is_small_int()) { out += int_to_string(v); return true; }
  if (v.is_none()) { out += "None"; return true; }
  if (v.is_bool()) { out += v.is_true() ? "True" : "False"; return true; }
  Value r = repr(interp, v);
  if (r.is_null()) return false;
  out += r.as<Str>()->view();
  return true;
}

bool str_into(Interp& interp, Value v, std::string& out) {
  // Exact str only: a subclass may override __str__.
  if (is_str(v) && v.as_object()->type == interp.types.str) { out += v.as<Str>()->view(); return true; }
  if (v.is_small_int()) { out += int_to_string(v); return true; }
  if (v.is_none()) { out += "None"; return true; }
  if (v.is_bool()) { out += v.is_true() ? "True" : "False"; return true; }
  Value r = to_str(interp, v);
  if (r.is_null()) return false;
  out += r.as<Str>()->view();
  return true;
}

int64_t hash(Interp& interp, Value v) {
  if (is_str(v) && v.as_object()->type == interp.types.str) return str_hash(v.as<Str>());
  if (v.is_small_int()) return int_hash(v);
  Type* t = type_of(interp, v);
  if (t->hash == nullptr || (t->type_flags & kTypeUnhashable)) {
    raise(interp, interp.exc_types.TypeError, "unhashable type: '%s'", t->name->data);
    return -1;
  }
  return t->hash(interp, v);
}

int truthy(Interp& interp, Value v) {
  if (v.is_true()) return 1;
  if (v.is_false() || v.is_none()) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  Type* t = v.as_object()->type;
  if (t == interp.types.str) return v.as<Str>()->size != 0;
  if (t == interp.types.list) return v.as<List>()->size != 0;
  if (t == interp.types.tuple) return v.as<Tuple>()->size != 0;
  if (t == interp.types.dict) return v.as<Dict>()->used != 0;
  if (t->to_bool != nullptr) return t->to_bool(interp, v);
  if (t->len != nullptr) {
    int64_t n = t->len(interp, v);
    return n < 0 ? -1 : n != 0;
  }
  return 1;
}

// ---- attributes --------------------------------------------------------------------------------

Value getattr(Interp& interp, Value obj, Str* name) {
  Type* t = type_of(interp, obj);
  if (t->getattr != nullptr) return t->getattr(interp, obj, name);
  return generic_getattr(interp, obj, name);
}

Value getattr_opt(Interp& interp, Value obj, Str* name) {
  Type* t = type_of(interp, obj);
  if (t->getattr == nullptr || t->getattr == generic_getattr) return generic_getattr_impl(interp, obj, name, false);
  if (t->getattr == type_getattr_slot()) return type_getattr_opt(interp, obj, name);
  Value r = t->getattr(interp, obj, name);
  if (r.is_null() && error_matches(interp, interp.exc_types.AttributeError)) clear_error(interp);
  return r;
}

int setattr(Interp& interp, Value obj, Str* name, Value v) {
  Type* t = type_of(interp, obj);
  if (t->setattr != nullptr) return t->setattr(interp, obj, name, v);
  return generic_setattr(interp, obj, name, v);
}

int delattr(Interp& interp, Value obj, Str* name) { return setattr(interp, obj, name, Value::null()); }

// ---- items -------------------------------------------------------------------------------------

Value getitem(Interp& interp, Value obj, Value key) {
  Type* t = type_of(interp, obj);
  if (t->getitem != nullptr) return t->getitem(interp, obj, key);
  if (is_kind(obj, Kind::Type)) {
    Type* cls = obj.as<Type>();
    Value f = type_lookup(cls, interp.names.__class_getitem__);
    if (!f.is_null()) {
      Type* ft = type_of(interp, f);
      Value bound = ft->descr_get != nullptr ? ft->descr_get(interp, f, Value::null(), cls) : f;
      if (bound.is_null()) return bound;
      return call(interp, bound, &key, 1);
    }
    // Generic aliases (list[int], dict[str, int] …) are the class itself in coil.
    BuiltinTypes& T = interp.types;
    if (cls == T.list || cls == T.dict || cls == T.tuple || cls == T.set || cls == T.frozenset || cls == T.type ||
        cls == T.enumerate || cls == T.dict_keys || cls == T.dict_values || cls == T.dict_items)
      return obj;
    return raise(interp, interp.exc_types.TypeError, "type '%s' is not subscriptable", cls->name->data);
  }
  return raise(interp, interp.exc_types.TypeError, "'%s' object is not subscriptable", t->name->data);
}

int setitem(Interp& interp, Value obj, Value key, Value v) {
  Type* t = type_of(interp, obj);
  if (t->setitem != nullptr) return t->setitem(interp, obj, key, v);
  raise(interp, interp.exc_types.TypeError, "'%s' object does not support item assignment", t->name->data);
  return -1;
}

int delitem(Interp& interp, Value obj, Value key) {
  Type* t = type_of(interp, obj);
  if (t->setitem != nullptr) return t->setitem(interp, obj, key, Value::null());
  raise(interp, interp.exc_types.TypeError, "'%s' object doesn't support item deletion", t->name->data);
  return -1;
}

int contains(Interp& interp, Value container, Value item) {
  Type* t = type_of(interp, container);
  if (t->contains != nullptr) return t->contains(interp, container, item);
  if (t->iter == nullptr && t->getitem == nullptr) {
    raise(interp, interp.exc_types.TypeError, "argument of type '%s' is not iterable", t->name->data);
    return -1;
  }
  Value it = get_iter(interp, container);
  if (it.is_null()) return -1;
  for (;;) {
    Value x = iter_next(interp, it);
    if (x.is_null()) return interp.has_error() ? -1 : 0;
    int eq = equal(interp, x, item);
    if (eq != 0) return eq;
  }
}

int64_t length(Interp& interp, Value v) {
  if (v.is_object()) {
    Type* t = v.as_object()->type;
    if (t == interp.types.list) return int64_t(v.as<List>()->size);
    if (t == interp.types.tuple) return int64_t(v.as<Tuple>()->size);
    if (t == interp.types.str) return int64_t(v.as<Str>()->length);
    if (t == interp.types.dict) return int64_t(v.as<Dict>()->used);
  }
  Type* t = type_of(interp, v);
  if (t->len != nullptr) return t->len(interp, v);
  raise(interp, interp.exc_types.TypeError, "object of type '%s' has no len()", t->name->data);
  return -1;
}

// ---- iteration ---------------------------------------------------------------------------------

Value get_iter(Interp& interp, Value v) {
  Type* t = type_of(interp, v);
  if (t->iter != nullptr) {
    Value it = t->iter(interp, v);
    if (it.is_null()) return it;
    if (type_of(interp, it)->next == nullptr)
      return raise(interp, interp.exc_types.TypeError, "iter() returned non-iterator of type '%s'",
                   type_name(interp, it));
    return it;
  }
  if (t->getitem != nullptr && !is_dict(v)) return seq_iterator_new(interp, v);
  return raise(interp, interp.exc_types.TypeError, "'%s' object is not iterable", t->name->data);
}

Value iter_next(Interp& interp, Value it) {
  Type* t = type_of(interp, it);
  if (t->next != nullptr) return t->next(interp, it);
  return raise(interp, interp.exc_types.TypeError, "'%s' object is not an iterator", t->name->data);
}

// ---- types -------------------------------------------------------------------------------------

bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  if (a->mro != nullptr) {
    Tuple* mro = a->mro;
    for (size_t i = 0; i < mro->size; i++)
      if (mro->items[i].as_object() == b) return true;
    return false;
  }
  for (Type* t = a->base; t != nullptr; t = t->base)
    if (t == b) return true;
  return false;
}

bool isinstance(Interp& interp, Value v, Type* t) {
  Type* vt = type_of(interp, v);
  return vt == t || is_subtype(vt, t);
}

namespace {

// CPython's object_recursive_isinstance: the exact type answers at once; a class whose
// metaclass is `type` is checked along the MRO; a union or tuple checks each member; anything
// else (a metaclass, ABCMeta …) is asked through __instancecheck__.
int isinstance_rec(Interp& interp, Value v, Value cls, int depth) {
  if (is_kind(cls, Kind::Type)) {
    Type* c = cls.as<Type>();
    Type* vt = type_of(interp, v);
    if (vt == c) return 1;
    if (type_of(interp, cls) == interp.types.type) return is_subtype(vt, c) ? 1 : 0;
  } else if (Tuple* members = union_args(interp, cls)) {
    cls = Value::object(members);
  }
  if (is_tuple(cls)) {
    DepthGuard guard(interp, " in __instancecheck__");
    if (!guard.ok) return -1;
    Tuple* tup = cls.as<Tuple>();
    for (size_t i = 0; i < tup->size; i++) {
      int r = isinstance_rec(interp, v, tup->items[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  {
    DepthGuard guard(interp, " in __instancecheck__");
    if (!guard.ok) return -1;
    Value r = call_special(interp, cls, intern(interp, "__instancecheck__"), {v});
    if (!r.is_null()) return truthy(interp, r);
  }
  if (interp.has_error()) return -1;
  if (is_kind(cls, Kind::Type)) return isinstance(interp, v, cls.as<Type>()) ? 1 : 0;
  raise(interp, interp.exc_types.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

}  // namespace

int isinstance_check(Interp& interp, Value v, Value type_or_tuple) {
  return isinstance_rec(interp, v, type_or_tuple, 0);
}

bool is_callable(Interp& interp, Value v) { return type_of(interp, v)->call != nullptr; }

}  // namespace coil
