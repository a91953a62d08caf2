// Slot wrappers: the dunder methods of builtin types (object.__init__, list.__len__,
// int.__add__ …). Each wraps one slot of one type, so explicit calls and super() reach the
// builtin behaviour, and user subclasses inherit builtin slots through ordinary MRO lookup.
#include <cstdio>
#include <string>
#include "runtime/call.h"
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

const char* const kBinNames[13][3] = {
    {"__add__", "__radd__", "__iadd__"},         {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},         {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},         {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},         {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
};
const char* const kUnaryNames[4] = {"__neg__", "__pos__", "__invert__", "__abs__"};
const char* const kCmpNames[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

constexpr uint32_t bit(BinOp op) { return 1u << unsigned(op); }
constexpr uint32_t kAllBin = (1u << unsigned(BinOp::kCount)) - 1;

// Which operators a builtin's binary slot really implements (CPython has one slot per operator;
// coil has one for all, so the dunder set comes from this table).
struct OpMasks { uint32_t ops, rops, iops; uint8_t unary; };

OpMasks op_masks(Interp& interp, Type* t) {
  BuiltinTypes& T = interp.types;
  constexpr uint32_t num = bit(BinOp::Add) | bit(BinOp::Sub) | bit(BinOp::Mul) | bit(BinOp::TrueDiv) |
                           bit(BinOp::FloorDiv) | bit(BinOp::Mod) | bit(BinOp::Pow);
  constexpr uint32_t bits = bit(BinOp::LShift) | bit(BinOp::RShift) | bit(BinOp::And) | bit(BinOp::Or) |
                            bit(BinOp::Xor);
  constexpr uint32_t setops = bit(BinOp::Sub) | bit(BinOp::And) | bit(BinOp::Or) | bit(BinOp::Xor);
  if (t == T.int_) return {num | bits, num | bits, 0, 0xF};
  if (t == T.bool_) return {bit(BinOp::And) | bit(BinOp::Or) | bit(BinOp::Xor),
                            bit(BinOp::And) | bit(BinOp::Or) | bit(BinOp::Xor), 0, 0};
  if (t == T.float_) return {num, num, 0, 0xB};
  if (t == T.str || t == T.bytes)
    return {bit(BinOp::Add) | bit(BinOp::Mul) | bit(BinOp::Mod), bit(BinOp::Mul) | bit(BinOp::Mod), 0, 0};
  if (t == T.bytearray)
    return {bit(BinOp::Add) | bit(BinOp::Mul) | bit(BinOp::Mod), bit(BinOp::Mul) | bit(BinOp::Mod),
            bit(BinOp::Add) | bit(BinOp::Mul), 0};
  if (t == T.tuple) return {bit(BinOp::Add) | bit(BinOp::Mul), bit(BinOp::Mul), 0, 0};
  if (t == T.list)
    return {bit(BinOp::Add) | bit(BinOp::Mul), bit(BinOp::Mul), bit(BinOp::Add) | bit(BinOp::Mul), 0};
  if (t == T.set) return {setops, setops, setops, 0};
  if (t == T.frozenset || t == T.dict_keys || t == T.dict_items) return {setops, setops, 0, 0};
  if (t == T.dict) return {bit(BinOp::Or), bit(BinOp::Or), bit(BinOp::Or), 0};
  if (t == T.type) return {bit(BinOp::Or), bit(BinOp::Or), 0, 0};
  return {kAllBin, kAllBin, kAllBin, 0xF};
}

Type* wrapper_type(Interp& interp) { return om_state(interp).wrapper_descriptor; }

Value make_wrapper(Interp& interp, Type* owner, const char* name, SlotId slot, uint8_t op) {
  auto* w = gc_new<SlotWrapper>(interp.heap, wrapper_type(interp), Kind::Native);
  if (w == nullptr) return raise_no_memory(interp);
  w->owner = owner;
  w->slot = slot;
  w->op = op;
  w->name = intern(interp, name);
  if (w->name == nullptr) return Value::null();
  return Value::object(w);
}

bool add_wrapper(Interp& interp, Type* t, const char* name, SlotId slot, uint8_t op = 0) {
  Str* key = intern(interp, name);
  if (key == nullptr) return false;
  if (!dict_get_str(t->dict, key).is_null()) return true;   // the type's own method wins
  Value w = make_wrapper(interp, t, name, slot, op);
  return !w.is_null() && dict_set_str(interp, t->dict, key, w);
}

bool is_wrapper(Interp& interp, Value v) {
  return v.is_object() && v.as_object()->type == om_state(interp).wrapper_descriptor;
}

// ---- calling a wrapper -------------------------------------------------------------------------

Value arity_error(Interp& interp, size_t expected, size_t got) {
  return raise(interp, interp.exc_types.TypeError, "expected %zu argument%s, got %zu", expected,
               expected == 1 ? "" : "s", got);
}

Value new_wrapper_fn(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames);

Value invoke(Interp& interp, SlotWrapper* w, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* wname = w->name->data;
  if (nargs == 0)
    return raise(interp, interp.exc_types.TypeError, "descriptor '%s' of '%s' object needs an argument",
                 wname, w->owner->name->data);
  Value self = args[0];
  if (!isinstance(interp, self, w->owner))
    return raise(interp, interp.exc_types.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                 wname, w->owner->name->data, type_name(interp, self));
  args++;
  nargs--;
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  if (nkw > 0 && w->slot != SlotId::Call && w->slot != SlotId::Init)
    return raise(interp, interp.exc_types.TypeError, "wrapper %s() takes no keyword arguments", wname);
  Type* T = w->owner;
  auto want = [&](size_t n) { return nargs == n ? true : (arity_error(interp, n, nargs), false); };
  switch (w->slot) {
    case SlotId::Repr: return want(0) ? T->repr(interp, self) : Value::null();
    case SlotId::Str: return want(0) ? T->str(interp, self) : Value::null();
    case SlotId::Hash: {
      if (!want(0)) return Value::null();
      int64_t h = T->hash(interp, self);
      if (h == -1 && interp.has_error()) return Value::null();
      return make_int(interp, h);
    }
    case SlotId::Compare:
      return want(1) ? T->compare(interp, self, args[0], CmpOp(w->op)) : Value::null();
    case SlotId::GetAttr:
      if (!want(1)) return Value::null();
      if (!is_str(args[0]))
        return raise(interp, interp.exc_types.TypeError, "attribute name must be string, not '%s'",
                     type_name(interp, args[0]));
      return T->getattr(interp, self, args[0].as<Str>());
    case SlotId::SetAttr:
    case SlotId::DelAttr: {
      bool del = w->slot == SlotId::DelAttr;
      if (!want(del ? 1 : 2)) return Value::null();
      if (!is_str(args[0]))
        return raise(interp, interp.exc_types.TypeError, "attribute name must be string, not '%s'",
                     type_name(interp, args[0]));
      if (T->setattr(interp, self, args[0].as<Str>(), del ? Value::null() : args[1]) < 0) return Value::null();
      return Value::none();
    }
    case SlotId::Call: return T->call(interp, self, args, nargs, kwnames);
    case SlotId::Iter: return want(0) ? T->iter(interp, self) : Value::null();
    case SlotId::Next: {
      if (!want(0)) return Value::null();
      Value r = T->next(interp, self);
      if (r.is_null() && !interp.has_error()) return raise_stop_iteration(interp, Value::null());
      return r;
    }
    case SlotId::Len: {
      if (!want(0)) return Value::null();
      int64_t n = T->len(interp, self);
      if (n < 0) return Value::null();
      return make_int(interp, n);
    }
    case SlotId::GetItem: return want(1) ? T->getitem(interp, self, args[0]) : Value::null();
    case SlotId::SetItem:
      if (!want(2)) return Value::null();
      return T->setitem(interp, self, args[0], args[1]) < 0 ? Value::null() : Value::none();
    case SlotId::DelItem:
      if (!want(1)) return Value::null();
      return T->setitem(interp, self, args[0], Value::null()) < 0 ? Value::null() : Value::none();
    case SlotId::Contains: {
      if (!want(1)) return Value::null();
      int r = T->contains(interp, self, args[0]);
      return r < 0 ? Value::null() : Value::boolean(r);
    }
    case SlotId::Bool: {
      if (!want(0)) return Value::null();
      int r = T->to_bool(interp, self);
      return r < 0 ? Value::null() : Value::boolean(r);
    }
    case SlotId::Binary:
      if (!want(1)) return Value::null();
      return T->binary(interp, BinOp(w->op), self, args[0]);
    case SlotId::RBinary:
      if (!want(1)) return Value::null();
      return T->binary(interp, BinOp(w->op), args[0], self);
    case SlotId::Inplace:
      if (!want(1)) return Value::null();
      return T->inplace(interp, BinOp(w->op), self, args[0]);
    case SlotId::Unary: return want(0) ? T->unary(interp, UnaryOp(w->op), self) : Value::null();
    case SlotId::DescrGet: {
      if (nargs < 1 || nargs > 2) return arity_error(interp, 2, nargs);
      Value obj = args[0].is_none() ? Value::null() : args[0];
      Value owner = nargs > 1 ? args[1] : Value::none();
      if (obj.is_null() && owner.is_none())
        return raise(interp, interp.exc_types.TypeError, "__get__(None, None) is invalid");
      Type* ot = owner.is_none() ? type_of(interp, obj) : (is_kind(owner, Kind::Type) ? owner.as<Type>() : nullptr);
      return T->descr_get(interp, self, obj, ot);
    }
    case SlotId::DescrSet:
      if (!want(2)) return Value::null();
      return T->descr_set(interp, self, args[0], args[1]) < 0 ? Value::null() : Value::none();
    case SlotId::DescrDelete:
      if (!want(1)) return Value::null();
      return T->descr_set(interp, self, args[0], Value::null()) < 0 ? Value::null() : Value::none();
    case SlotId::Init:
      if (T->init(interp, self, args, nargs, kwnames) < 0) return Value::null();
      return Value::none();
    case SlotId::New: break;
  }
  return raise(interp, interp.exc_types.SystemError, "bad slot wrapper");
}

// T.__new__(cls, *args, **kw): a builtin_function bound to T (args[0] is T).
Value new_wrapper_fn(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0 || !is_kind(args[0], Kind::Type))
    return raise(interp, interp.exc_types.SystemError, "__new__ wrapper without its type");
  Type* T = args[0].as<Type>();
  const char* tn = T->name->data;
  if (nargs < 2) return raise(interp, interp.exc_types.TypeError, "%s.__new__(): not enough arguments", tn);
  Value cls = args[1];
  if (!is_kind(cls, Kind::Type))
    return raise(interp, interp.exc_types.TypeError, "%s.__new__(X): X is not a type object (%s)", tn,
                 type_name(interp, cls));
  Type* c = cls.as<Type>();
  if (!is_subtype(c, T))
    return raise(interp, interp.exc_types.TypeError, "%s.__new__(%s): %s is not a subtype of %s", tn,
                 c->name->data, c->name->data, tn);
  // object.__new__(int) would make an int without int's layout.
  Type* solid = c;
  while (solid != nullptr && (solid->type_flags & kTypeHeap)) solid = solid->base;
  if (solid != nullptr && solid != T && solid->new_ != T->new_ && solid->instance_kind != T->instance_kind)
    return raise(interp, interp.exc_types.TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", tn,
                 c->name->data, solid->name->data);
  return T->new_(interp, c, args + 2, nargs - 2, kwnames);
}

// ---- the wrapper_descriptor type ---------------------------------------------------------------

Value wrapper_call(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return invoke(interp, self.as<SlotWrapper>(), args, nargs, kwnames);
}

Value wrapper_descr_get(Interp& interp, Value descr, Value obj, Type* owner) {
  if (obj.is_null()) return descr;
  return bound_method_new(interp, descr, obj);
}

Value wrapper_repr(Interp& interp, Value self) {
  auto* w = self.as<SlotWrapper>();
  std::string s = "<slot wrapper '";
  s += w->name->view();
  s += "' of '";
  s += w->owner->name->view();
  s += "' objects>";
  return str_value(interp, s);
}

Value wrapper_getattr(Interp& interp, Value self, Str* name) {
  auto* w = self.as<SlotWrapper>();
  std::string_view n = name->view();
  if (n == "__name__") return Value::object(w->name);
  if (n == "__qualname__") {
    std::string q(w->owner->name->view());
    q += ".";
    q += w->name->view();
    return str_value(interp, q);
  }
  if (n == "__objclass__") return Value::object(w->owner);
  if (n == "__doc__") return Value::none();
  return generic_getattr(interp, self, name);
}

void wrapper_trace(Object* self, Tracer& t) {
  auto* w = static_cast<SlotWrapper*>(self);
  t.mark(w->owner);
  t.mark(w->name);
}

}  // namespace

Value slot_wrapper_call(Interp& interp, Value wrapper, const Value* args, size_t nargs, Tuple* kwnames) {
  return invoke(interp, wrapper.as<SlotWrapper>(), args, nargs, kwnames);
}

Type* slot_wrapper_owner(Interp& interp, Value v, SlotId slot) {
  if (!v.is_object()) return nullptr;
  if (slot == SlotId::New) {
    if (v.as_object()->kind != Kind::NativeFunction) return nullptr;
    auto* f = v.as<NativeFunction>();
    if (f->fn != new_wrapper_fn || !is_kind(f->self, Kind::Type)) return nullptr;
    return f->self.as<Type>();
  }
  if (!is_wrapper(interp, v)) return nullptr;
  auto* w = v.as<SlotWrapper>();
  SlotId s = w->slot;
  // The paired slots share one C++ slot.
  if (slot == SlotId::SetAttr && s == SlotId::DelAttr) s = SlotId::SetAttr;
  if (slot == SlotId::SetItem && s == SlotId::DelItem) s = SlotId::SetItem;
  if (slot == SlotId::DescrSet && s == SlotId::DescrDelete) s = SlotId::DescrSet;
  if (slot == SlotId::Binary && (s == SlotId::RBinary)) s = SlotId::Binary;
  return s == slot ? w->owner : nullptr;
}

bool add_slot_wrappers(Interp& interp, Type* t, Type* base) {
  auto defines = [&](auto member) { return t->*member != nullptr && (base == nullptr || t->*member != base->*member); };
  if (defines(&Type::repr) && !add_wrapper(interp, t, "__repr__", SlotId::Repr)) return false;
  if (defines(&Type::str) && !add_wrapper(interp, t, "__str__", SlotId::Str)) return false;
  // An unhashable builtin (list, dict …) keeps a raising hash slot, but its __hash__ is None
  // (type_ready stores it), as CPython's.
  if (defines(&Type::hash) && !(t->type_flags & kTypeUnhashable) &&
      !add_wrapper(interp, t, "__hash__", SlotId::Hash))
    return false;
  if (defines(&Type::compare))
    for (int i = 0; i < 6; i++)
      if (!add_wrapper(interp, t, kCmpNames[i], SlotId::Compare, uint8_t(i))) return false;
  if (defines(&Type::getattr) && !add_wrapper(interp, t, "__getattribute__", SlotId::GetAttr)) return false;
  if (defines(&Type::setattr) && (!add_wrapper(interp, t, "__setattr__", SlotId::SetAttr) ||
                                  !add_wrapper(interp, t, "__delattr__", SlotId::DelAttr)))
    return false;
  if (defines(&Type::call) && !add_wrapper(interp, t, "__call__", SlotId::Call)) return false;
  if (defines(&Type::iter) && !add_wrapper(interp, t, "__iter__", SlotId::Iter)) return false;
  if (defines(&Type::next) && !add_wrapper(interp, t, "__next__", SlotId::Next)) return false;
  if (defines(&Type::len) && !add_wrapper(interp, t, "__len__", SlotId::Len)) return false;
  if (defines(&Type::getitem) && !add_wrapper(interp, t, "__getitem__", SlotId::GetItem)) return false;
  if (defines(&Type::setitem) && (!add_wrapper(interp, t, "__setitem__", SlotId::SetItem) ||
                                  !add_wrapper(interp, t, "__delitem__", SlotId::DelItem)))
    return false;
  if (defines(&Type::contains) && !add_wrapper(interp, t, "__contains__", SlotId::Contains)) return false;
  if (defines(&Type::to_bool) && !add_wrapper(interp, t, "__bool__", SlotId::Bool)) return false;
  OpMasks m = op_masks(interp, t);
  if (defines(&Type::binary))
    for (unsigned i = 0; i < unsigned(BinOp::kCount); i++) {
      if ((m.ops & (1u << i)) && !add_wrapper(interp, t, kBinNames[i][0], SlotId::Binary, uint8_t(i))) return false;
      if ((m.rops & (1u << i)) && !add_wrapper(interp, t, kBinNames[i][1], SlotId::RBinary, uint8_t(i))) return false;
    }
  if (defines(&Type::inplace))
    for (unsigned i = 0; i < unsigned(BinOp::kCount); i++)
      if ((m.iops & (1u << i)) && !add_wrapper(interp, t, kBinNames[i][2], SlotId::Inplace, uint8_t(i))) return false;
  if (defines(&Type::unary))
    for (unsigned i = 0; i < 4; i++)
      if ((m.unary & (1u << i)) && !add_wrapper(interp, t, kUnaryNames[i], SlotId::Unary, uint8_t(i))) return false;
  if (defines(&Type::descr_get) && !add_wrapper(interp, t, "__get__", SlotId::DescrGet)) return false;
  if (defines(&Type::descr_set) && (!add_wrapper(interp, t, "__set__", SlotId::DescrSet) ||
                                    !add_wrapper(interp, t, "__delete__", SlotId::DescrDelete)))
    return false;
  if (defines(&Type::init) && !add_wrapper(interp, t, "__init__", SlotId::Init)) return false;
  if (defines(&Type::new_) && dict_get_str(t->dict, interp.names.__new__).is_null()) {
    NativeFunction* f = native_function_new(interp, "__new__", new_wrapper_fn, Value::object(t));
    if (f == nullptr || !dict_set_str(interp, t->dict, interp.names.__new__, Value::object(f))) return false;
  }
  return true;
}

bool init_wrapper_types(Interp& interp) {
  ObjectModelState& st = om_state(interp);
  Type* t = type_new_builtin(interp, "wrapper_descriptor", interp.types.object, Kind::Native,
                             sizeof(SlotWrapper), 0);
  if (t == nullptr) return false;
  t->call = wrapper_call;
  t->descr_get = wrapper_descr_get;
  t->repr = wrapper_repr;
  t->getattr = wrapper_getattr;
  t->trace = wrapper_trace;
  t->type_flags |= kTypeAbstractNew;
  st.wrapper_descriptor = t;
  return true;
}

const char* binop_dunder(BinOp op, int which) { return kBinNames[unsigned(op)][which]; }
const char* unary_dunder(UnaryOp op) { return kUnaryNames[unsigned(op)]; }
const char* compare_dunder(CmpOp op) { return kCmpNames[unsigned(op)]; }

}  // namespace coil
