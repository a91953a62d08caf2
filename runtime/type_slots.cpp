// Slots of user classes: C++ slot functions that find the class's dunder methods along the MRO
// and call them, and the wiring that decides, slot by slot, between a builtin's own slot
// (reached through its slot wrapper), the Python-level dunder, or nothing.
#include <cstring>
#include <vector>
#include "runtime/call.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_internal.h"

namespace coil {

namespace {

// Calls f (found on type(self)) as a method of self, without allocating a bound method for
// functions, native methods and slot wrappers.
Value call_as_method(Interp& interp, Value f, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t total = nargs + (kwnames != nullptr ? kwnames->size : 0);
  Type* ft = type_of(interp, f);
  bool plain = is_kind(f, Kind::Function) || ft == interp.types.method_descriptor ||
               ft == om_state(interp).wrapper_descriptor;
  if (!plain) {
    Value bound = f;
    if (ft->descr_get != nullptr) {
      bound = ft->descr_get(interp, f, self, type_of(interp, self));
      if (bound.is_null()) return Value::null();
    }
    return call(interp, bound, args, nargs, kwnames);
  }
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = self;
  for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
  if (ft == om_state(interp).wrapper_descriptor) return slot_wrapper_call(interp, f, buf, nargs + 1, kwnames);
  return call(interp, f, buf, nargs + 1, kwnames);
}

Value lookup(Interp& interp, Value self, Str* name) { return type_lookup(type_of(interp, self), name); }

Value call1(Interp& interp, Value f, Value self) { return call_as_method(interp, f, self, nullptr, 0, nullptr); }
Value call2(Interp& interp, Value f, Value self, Value a) { return call_as_method(interp, f, self, &a, 1, nullptr); }

// ---- the slot functions ------------------------------------------------------------------------

Value slot_repr(Interp& interp, Value self) {
  Value f = lookup(interp, self, interp.names.__repr__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Repr)) return o->repr(interp, self);
  if (f.is_null() || f.is_none()) return object_repr(interp, self);
  Value r = call1(interp, f, self);
  if (!r.is_null() && !is_str(r))
    return raise(interp, interp.exc_types.TypeError, "__repr__ returned non-string (type %s)", type_name(interp, r));
  return r;
}

Value slot_str(Interp& interp, Value self) {
  Value f = lookup(interp, self, interp.names.__str__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Str)) return o->str(interp, self);
  if (f.is_null() || f.is_none()) return repr(interp, self);
  Value r = call1(interp, f, self);
  if (!r.is_null() && !is_str(r))
    return raise(interp, interp.exc_types.TypeError, "__str__ returned non-string (type %s)", type_name(interp, r));
  return r;
}

int64_t slot_hash(Interp& interp, Value self) {
  Value f = lookup(interp, self, interp.names.__hash__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Hash)) return o->hash(interp, self);
  if (f.is_null() || f.is_none()) {
    raise(interp, interp.exc_types.TypeError, "unhashable type: '%s'", type_name(interp, self));
    return -1;
  }
  Value r = call1(interp, f, self);
  if (r.is_null()) return -1;
  if (!is_int(r)) {
    raise(interp, interp.exc_types.TypeError, "__hash__ method should return an integer");
    return -1;
  }
  int64_t h;
  if (r.is_bool()) h = r.is_true() ? 1 : 0;
  else if (r.is_small_int()) h = r.as_small_int();
  else h = int_hash(r);
  return h == -1 ? -2 : h;
}

Value slot_compare(Interp& interp, Value a, Value b, CmpOp op) {
  Value f = lookup(interp, a, om_state(interp).cmp_names[unsigned(op)]);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Compare)) return o->compare(interp, a, b, op);
  if (f.is_null() || f.is_none()) return interp.not_implemented;
  return call2(interp, f, a, b);
}

bool is_attribute_error(Interp& interp) { return error_matches(interp, interp.exc_types.AttributeError); }

Value slot_getattr(Interp& interp, Value self, Str* name) {
  Value ga = lookup(interp, self, interp.names.__getattribute__);
  Value r;
  if (Type* o = slot_wrapper_owner(interp, ga, SlotId::GetAttr)) r = o->getattr(interp, self, name);
  else if (ga.is_null()) r = generic_getattr(interp, self, name);
  else r = call2(interp, ga, self, Value::object(name));
  if (!r.is_null() || !is_attribute_error(interp)) return r;
  Value g = lookup(interp, self, interp.names.__getattr__);
  if (g.is_null()) return r;
  clear_error(interp);
  return call2(interp, g, self, Value::object(name));
}

int slot_setattr(Interp& interp, Value self, Str* name, Value v) {
  bool del = v.is_null();
  Value f = lookup(interp, self, del ? interp.names.__delattr__ : interp.names.__setattr__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::SetAttr)) return o->setattr(interp, self, name, v);
  if (f.is_null()) return generic_setattr(interp, self, name, v);
  Value args[2] = {Value::object(name), v};
  Value r = call_as_method(interp, f, self, args, del ? 1 : 2, nullptr);
  return r.is_null() ? -1 : 0;
}

Value slot_call(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value f = lookup(interp, self, interp.names.__call__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Call)) return o->call(interp, self, args, nargs, kwnames);
  if (f.is_null() || f.is_none())
    return raise(interp, interp.exc_types.TypeError, "'%s' object is not callable", type_name(interp, self));
  return call_as_method(interp, f, self, args, nargs, kwnames);
}

Value slot_iter(Interp& interp, Value self) {
  Value f = lookup(interp, self, interp.names.__iter__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Iter)) return o->iter(interp, self);
  if (f.is_null() || f.is_none())
    return raise(interp, interp.exc_types.TypeError, "'%s' object is not iterable", type_name(interp, self));
  return call1(interp, f, self);
}

Value slot_next(Interp& interp, Value self) {
  Value f = lookup(interp, self, interp.names.__next__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Next)) return o->next(interp, self);
  if (f.is_null() || f.is_none())
    return raise(interp, interp.exc_types.TypeError, "'%s' object is not an iterator", type_name(interp, self));
  Value r = call1(interp, f, self);
  if (r.is_null() && error_matches(interp, interp.exc_types.StopIteration)) clear_error(interp);
  return r;
}

int64_t slot_len(Interp& interp, Value self) {
  Value f = lookup(interp, self, interp.names.__len__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Len)) return o->len(interp, self);
  if (f.is_null() || f.is_none()) {
    raise(interp, interp.exc_types.TypeError, "object of type '%s' has no len()", type_name(interp, self));
    return -1;
  }
  Value r = call1(interp, f, self);
  if (r.is_null()) return -1;
  if (!is_int_like(r)) {
    raise(interp, interp.exc_types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(interp, r));
    return -1;
  }
  if (int_sign(r) < 0) {
    raise(interp, interp.exc_types.ValueError, "__len__() should return >= 0");
    return -1;
  }
  int64_t n;
  if (r.is_bool()) return r.is_true() ? 1 : 0;
  if (!int_to_int64(r, &n)) {
    raise(interp, interp.exc_types.OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return n;
}

Value slot_getitem(Interp& interp, Value self, Value key) {
  Value f = lookup(interp, self, interp.names.__getitem__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::GetItem)) return o->getitem(interp, self, key);
  if (f.is_null() || f.is_none())
    return raise(interp, interp.exc_types.TypeError, "'%s' object is not subscriptable", type_name(interp, self));
  return call2(interp, f, self, key);
}

int slot_setitem(Interp& interp, Value self, Value key, Value v) {
  bool del = v.is_null();
  Value f = lookup(interp, self, del ? interp.names.__delitem__ : interp.names.__setitem__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::SetItem)) return o->setitem(interp, self, key, v);
  if (f.is_null() || f.is_none()) {
    if (del) raise(interp, interp.exc_types.TypeError, "'%s' object doesn't support item deletion", type_name(interp, self));
    else raise(interp, interp.exc_types.TypeError, "'%s' object does not support item assignment", type_name(interp, self));
    return -1;
  }
  Value args[2] = {key, v};
  return call_as_method(interp, f, self, args, del ? 1 : 2, nullptr).is_null() ? -1 : 0;
}

int slot_contains(Interp& interp, Value self, Value item) {
  Value f = lookup(interp, self, interp.names.__contains__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Contains)) return o->contains(interp, self, item);
  if (f.is_null() || f.is_none()) {
    raise(interp, interp.exc_types.TypeError, "argument of type '%s' is not iterable", type_name(interp, self));
    return -1;
  }
  Value r = call2(interp, f, self, item);
  return r.is_null() ? -1 : truthy(interp, r);
}

int slot_bool(Interp& interp, Value self) {
  Value f = lookup(interp, self, interp.names.__bool__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Bool)) return o->to_bool(interp, self);
  if (f.is_null() || f.is_none()) {
    Value l = lookup(interp, self, interp.names.__len__);
    if (l.is_null() || l.is_none()) return 1;
    int64_t n = slot_len(interp, self);
    return n < 0 ? -1 : n > 0;
  }
  Value r = call1(interp, f, self);
  if (r.is_null()) return -1;
  if (!r.is_bool()) {
    raise(interp, interp.exc_types.TypeError, "__bool__ should return bool, returned %s", type_name(interp, r));
    return -1;
  }
  return r.is_true();
}

// Calls `name` on self's type for a binary operator; NotImplemented when absent.
Value binop_call(Interp& interp, Value self, Value other, Str* name, BinOp op, bool reflected) {
  Value f = lookup(interp, self, name);
  if (f.is_null() || f.is_none()) return interp.not_implemented;
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Binary))
    return reflected ? o->binary(interp, op, other, self) : o->binary(interp, op, self, other);
  return call2(interp, f, self, other);
}

Value slot_binary(Interp& interp, BinOp op, Value a, Value b);

// CPython's SLOT1BINFULL: the left operand's __op__, the right operand's __rop__, with the
// right one first when its class is a subclass that overrides __rop__.
Value slot_binary(Interp& interp, BinOp op, Value a, Value b) {
  ObjectModelState& st = om_state(interp);
  Str* name = st.bin_names[unsigned(op)][0];
  Str* rname = st.bin_names[unsigned(op)][1];
  Type* ta = type_of(interp, a);
  Type* tb = type_of(interp, b);
  bool do_other = ta != tb && tb->binary == slot_binary;
  if (ta->binary == slot_binary) {
    if (do_other && is_subtype(tb, ta) && type_lookup(tb, rname) != type_lookup(ta, rname)) {
      Value r = binop_call(interp, b, a, rname, op, true);
      if (r.is_null() || r != interp.not_implemented) return r;
      do_other = false;
    }
    Value r = binop_call(interp, a, b, name, op, false);
    if (r.is_null() || r != interp.not_implemented || ta == tb) return r;
  }
  if (do_other) return binop_call(interp, b, a, rname, op, true);
  return interp.not_implemented;
}

Value slot_inplace(Interp& interp, BinOp op, Value a, Value b) {
  Value f = lookup(interp, a, om_state(interp).bin_names[unsigned(op)][2]);
  if (f.is_null() || f.is_none()) return interp.not_implemented;
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Inplace)) return o->inplace(interp, op, a, b);
  return call2(interp, f, a, b);
}

Value slot_unary(Interp& interp, UnaryOp op, Value self) {
  Value f = lookup(interp, self, om_state(interp).unary_names[unsigned(op)]);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Unary)) return o->unary(interp, op, self);
  if (f.is_null() || f.is_none()) return raise_unary_type_error(interp, op, self);
  return call1(interp, f, self);
}

Value slot_descr_get(Interp& interp, Value descr, Value obj, Type* owner) {
  Value f = lookup(interp, descr, interp.names.__get__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::DescrGet)) return o->descr_get(interp, descr, obj, owner);
  if (f.is_null() || f.is_none()) return descr;
  Value args[2] = {obj.is_null() ? Value::none() : obj, owner != nullptr ? Value::object(owner) : Value::none()};
  return call_as_method(interp, f, descr, args, 2, nullptr);
}

int slot_descr_set(Interp& interp, Value descr, Value obj, Value v) {
  bool del = v.is_null();
  Value f = lookup(interp, descr, del ? interp.names.__delete__ : interp.names.__set__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::DescrSet)) return o->descr_set(interp, descr, obj, v);
  if (f.is_null() || f.is_none()) {
    raise(interp, interp.exc_types.AttributeError, del ? "__delete__" : "__set__");
    return -1;
  }
  Value args[2] = {obj, v};
  return call_as_method(interp, f, descr, args, del ? 1 : 2, nullptr).is_null() ? -1 : 0;
}

int slot_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value f = lookup(interp, self, interp.names.__init__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::Init)) return o->init(interp, self, args, nargs, kwnames);
  if (f.is_null() || f.is_none()) return 0;
  Value r = call_as_method(interp, f, self, args, nargs, kwnames);
  if (r.is_null()) return -1;
  if (!r.is_none()) {
    raise(interp, interp.exc_types.TypeError, "__init__() should return None, not '%s'", type_name(interp, r));
    return -1;
  }
  return 0;
}

Value slot_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value f = type_lookup(cls, interp.names.__new__);
  if (Type* o = slot_wrapper_owner(interp, f, SlotId::New)) return o->new_(interp, cls, args, nargs, kwnames);
  if (f.is_null() || f.is_none())
    return raise(interp, interp.exc_types.TypeError, "cannot create '%s' instances", cls->name->data);
  if (is_kind(f, Kind::StaticMethod)) f = f.as<StaticMethod>()->func;
  size_t total = nargs + (kwnames != nullptr ? kwnames->size : 0);
  std::vector<Value> buf(total + 1);
  buf[0] = Value::object(cls);
  for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
  return call(interp, f, buf.data(), nargs + 1, kwnames);
}

// ---- wiring ------------------------------------------------------------------------------------

template <class Fn>
Fn pick(Interp& interp, Type* t, Value found, SlotId id, Fn Type::*member, Fn generic) {
  if (found.is_null()) return t->base != nullptr ? t->base->*member : nullptr;
  if (found.is_none()) return nullptr;
  if (Type* o = slot_wrapper_owner(interp, found, id)) return o->*member;
  return generic;
}

// For the slots shared by several dunders: the single builtin owner when every dunder present
// is that owner's wrapper; otherwise the generic dispatcher (or the base's slot if none exists).
template <class Fn>
Fn pick_group(Interp& interp, Type* t, Str* const* names, size_t n, SlotId id, Fn Type::*member, Fn generic) {
  Type* owner = nullptr;
  bool any = false;
  for (size_t i = 0; i < n; i++) {
    Value f = type_lookup(t, names[i]);
    if (f.is_null()) continue;
    any = true;
    Type* o = slot_wrapper_owner(interp, f, id);
    if (o == nullptr || (owner != nullptr && owner != o)) return generic;
    owner = o;
  }
  if (!any) return t->base != nullptr ? t->base->*member : nullptr;
  return owner->*member;
}

}  // namespace

Value call_dunder(Interp& interp, Value self, Str* name, const Value* args, size_t nargs, bool* found) {
  Value f = lookup(interp, self, name);
  *found = !f.is_null();
  if (f.is_null()) return Value::null();
  return call_as_method(interp, f, self, args, nargs, nullptr);
}

void wire_heap_slots(Interp& interp, Type* t) {
  Names& N = interp.names;
  ObjectModelState& st = om_state(interp);
  auto find = [&](Str* n) { return type_lookup(t, n); };
  t->repr = pick(interp, t, find(N.__repr__), SlotId::Repr, &Type::repr, slot_repr);
  t->str = pick(interp, t, find(N.__str__), SlotId::Str, &Type::str, slot_str);
  Value h = find(N.__hash__);
  t->hash = pick(interp, t, h, SlotId::Hash, &Type::hash, slot_hash);
  if (h.is_none() || t->hash == nullptr) { t->hash = nullptr; t->type_flags |= kTypeUnhashable; }
  else t->type_flags &= ~uint32_t(kTypeUnhashable);
  t->compare = pick_group(interp, t, st.cmp_names, 6, SlotId::Compare, &Type::compare, slot_compare);
  {
    Value ga = find(N.__getattribute__);
    Value g = find(N.__getattr__);
    Type* o = slot_wrapper_owner(interp, ga, SlotId::GetAttr);
    if (!g.is_null() || (o == nullptr && !ga.is_null())) t->getattr = slot_getattr;
    else t->getattr = o != nullptr ? o->getattr : (t->base != nullptr ? t->base->getattr : nullptr);
  }
  {
    Str* names[2] = {N.__setattr__, N.__delattr__};
    t->setattr = pick_group(interp, t, names, 2, SlotId::SetAttr, &Type::setattr, slot_setattr);
  }
  t->call = pick(interp, t, find(N.__call__), SlotId::Call, &Type::call, slot_call);
  t->iter = pick(interp, t, find(N.__iter__), SlotId::Iter, &Type::iter, slot_iter);
  t->next = pick(interp, t, find(N.__next__), SlotId::Next, &Type::next, slot_next);
  t->len = pick(interp, t, find(N.__len__), SlotId::Len, &Type::len, slot_len);
  t->getitem = pick(interp, t, find(N.__getitem__), SlotId::GetItem, &Type::getitem, slot_getitem);
  {
    Str* names[2] = {N.__setitem__, N.__delitem__};
    t->setitem = pick_group(interp, t, names, 2, SlotId::SetItem, &Type::setitem, slot_setitem);
  }
  t->contains = pick(interp, t, find(N.__contains__), SlotId::Contains, &Type::contains, slot_contains);
  t->to_bool = pick(interp, t, find(N.__bool__), SlotId::Bool, &Type::to_bool, slot_bool);
  {
    Str* names[26];
    for (int i = 0; i < 13; i++) { names[2 * i] = st.bin_names[i][0]; names[2 * i + 1] = st.bin_names[i][1]; }
    t->binary = pick_group(interp, t, names, 26, SlotId::Binary, &Type::binary, slot_binary);
    Str* inames[13];
    for (int i = 0; i < 13; i++) inames[i] = st.bin_names[i][2];
    t->inplace = pick_group(interp, t, inames, 13, SlotId::Inplace, &Type::inplace, slot_inplace);
  }
  t->unary = pick_group(interp, t, st.unary_names, 4, SlotId::Unary, &Type::unary, slot_unary);
  t->descr_get = pick(interp, t, find(N.__get__), SlotId::DescrGet, &Type::descr_get, slot_descr_get);
  {
    Str* names[2] = {N.__set__, N.__delete__};
    t->descr_set = pick_group(interp, t, names, 2, SlotId::DescrSet, &Type::descr_set, slot_descr_set);
  }
  t->init = pick(interp, t, find(N.__init__), SlotId::Init, &Type::init, slot_init);
  t->new_ = pick(interp, t, find(N.__new__), SlotId::New, &Type::new_, slot_new);
  if (t->base != nullptr) {
    t->trace = t->base->trace;
    t->finalize = t->base->finalize;
  }
}

void type_update_slots(Interp& interp, Type* t) {
  if (t->type_flags & kTypeHeap) wire_heap_slots(interp, t);
  t->version++;
  if (!(t->flags & kTypeObjectExt)) return;
  auto* to = static_cast<TypeObject*>(t);
  if (to->subclasses == nullptr) return;
  std::vector<Type*> subs = *to->subclasses;   // a copy: recursion may not mutate, but be safe
  for (Type* s : subs) type_update_slots(interp, s);
}

void type_modified(Type* t) {
  t->version++;
  if (!(t->flags & kTypeObjectExt)) return;
  auto* to = static_cast<TypeObject*>(t);
  if (to->subclasses == nullptr) return;
  for (Type* s : *to->subclasses) type_modified(s);
}

bool om_intern_names(Interp& interp) {
  ObjectModelState& st = om_state(interp);
  for (unsigned i = 0; i < 13; i++)
    for (int w = 0; w < 3; w++)
      if ((st.bin_names[i][w] = intern(interp, binop_dunder(BinOp(i), w))) == nullptr) return false;
  for (unsigned i = 0; i < 4; i++)
    if ((st.unary_names[i] = intern(interp, unary_dunder(UnaryOp(i)))) == nullptr) return false;
  for (unsigned i = 0; i < 6; i++)
    if ((st.cmp_names[i] = intern(interp, compare_dunder(CmpOp(i)))) == nullptr) return false;
  if ((st.prepare = intern(interp, "__prepare__")) == nullptr) return false;
  if ((st.mro_entries = intern(interp, "__mro_entries__")) == nullptr) return false;
  return true;
}

}  // namespace coil
