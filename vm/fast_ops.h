// The dispatch loop's inline fast paths: small-int and float arithmetic, exact list/tuple/dict
// subscripts, method lookup. Each returns "not handled" (false or a null Value, never with an
// exception pending) when the general protocol must run instead.
#pragma once
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/code.h"

namespace coil {

// True when type t resolves attributes with the default object.__getattribute__.
inline bool uses_generic_getattr(Interp& interp, const Type* t) {
  return t->getattr == &generic_getattr || t->getattr == interp.types.object->getattr;
}

__attribute__((always_inline)) inline bool small_int_binop(Interp& interp, BinOp op, int64_t a, int64_t b, Value* out) {
  int64_t r;
  switch (op) {
    case BinOp::Add:
      if (__builtin_add_overflow(a, b, &r)) return false;
      break;
    case BinOp::Sub:
      if (__builtin_sub_overflow(a, b, &r)) return false;
      break;
    case BinOp::Mul:
      if (__builtin_mul_overflow(a, b, &r)) return false;
      break;
    case BinOp::FloorDiv:
      if (b == 0) return false;
      r = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) r--;
      break;
    case BinOp::Mod:
      if (b == 0) return false;
      r = a % b;
      if (r != 0 && ((r < 0) != (b < 0))) r += b;
      break;
    case BinOp::And: r = a & b; break;
    case BinOp::Or: r = a | b; break;
    case BinOp::Xor: r = a ^ b; break;
    case BinOp::LShift:
      if (b < 0 || b >= 62) return false;
      r = int64_t(uint64_t(a) << b);
      if ((r >> b) != a) return false;
      break;
    case BinOp::RShift:
      if (b < 0) return false;
      r = b >= 63 ? (a < 0 ? -1 : 0) : (a >> b);
      break;
    case BinOp::TrueDiv: {
      constexpr int64_t kExact = int64_t(1) << 53;
      if (b == 0 || a > kExact || a < -kExact || b > kExact || b < -kExact) return false;
      *out = make_float(interp, double(a) / double(b));
      return !out->is_null();
    }
    default:
      return false;
  }
  if (!Value::fits_small(r)) return false;
  *out = Value::small_int(r);
  return true;
}

// Exact floats. A null *out with true means MemoryError is pending.
inline bool float_binop_fast(Interp& interp, BinOp op, double a, double b, Value* out) {
  double r;
  switch (op) {
    case BinOp::Add: r = a + b; break;
    case BinOp::Sub: r = a - b; break;
    case BinOp::Mul: r = a * b; break;
    case BinOp::TrueDiv:
      if (b == 0.0) return false;
      r = a / b;
      break;
    default:
      return false;
  }
  *out = make_float(interp, r);
  return true;
}

inline Value compare_small(CmpOp op, int64_t a, int64_t b) {
  switch (op) {
    case CmpOp::Lt: return Value::boolean(a < b);
    case CmpOp::Le: return Value::boolean(a <= b);
    case CmpOp::Eq: return Value::boolean(a == b);
    case CmpOp::Ne: return Value::boolean(a != b);
    case CmpOp::Gt: return Value::boolean(a > b);
    case CmpOp::Ge: return Value::boolean(a >= b);
  }
  return Value::false_();
}

inline Value compare_double(CmpOp op, double a, double b) {
  switch (op) {
    case CmpOp::Lt: return Value::boolean(a < b);
    case CmpOp::Le: return Value::boolean(a <= b);
    case CmpOp::Eq: return Value::boolean(a == b);
    case CmpOp::Ne: return Value::boolean(a != b);
    case CmpOp::Gt: return Value::boolean(a > b);
    case CmpOp::Ge: return Value::boolean(a >= b);
  }
  return Value::false_();
}

inline Value fast_subscr(Interp& interp, Value obj, Value key) {
  if (!obj.is_object()) return Value::null();
  Object* o = obj.as_object();
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (o->type == interp.types.list) {
      auto* l = static_cast<List*>(o);
      if (i < 0) i += int64_t(l->size);
      if (i >= 0 && i < int64_t(l->size)) return l->items[i];
      return Value::null();
    }
    if (o->type == interp.types.tuple) {
      auto* t = static_cast<Tuple*>(o);
      if (i < 0) i += int64_t(t->size);
      if (i >= 0 && i < int64_t(t->size)) return t->items[i];
      return Value::null();
    }
  }
  if (o->type == interp.types.dict) {
    if (key.is_object() && key.as_object()->type == interp.types.str)
      return dict_get_str(static_cast<Dict*>(o), key.as<Str>());
    if (key.is_small_int()) {
      Value out;
      if (dict_lookup(interp, static_cast<Dict*>(o), key, &out) == 1) return out;
    }
  }
  return Value::null();
}

// 1 = stored, 0 = not handled.
inline int fast_store_subscr(Interp& interp, Value obj, Value key, Value v) {
  if (!obj.is_object()) return 0;
  Object* o = obj.as_object();
  if (o->type == interp.types.list && key.is_small_int()) {
    auto* l = static_cast<List*>(o);
    int64_t i = key.as_small_int();
    if (i < 0) i += int64_t(l->size);
    if (i >= 0 && i < int64_t(l->size)) {
      l->items[i] = v;
      return 1;
    }
  }
  return 0;
}

// LOAD_METHOD's fast case: obj.name is a Python function or native method descriptor found on
// the type (not shadowed by the instance dict). Returns it unbound, or null.
inline Value fast_method_lookup(Interp& interp, Value obj, Str* name) {
  Type* t = obj.is_object() ? obj.as_object()->type : type_of(interp, obj);
  if (!uses_generic_getattr(interp, t)) return Value::null();
  Value m = type_lookup(t, name);
  if (m.is_null() || !m.is_object()) return Value::null();
  Object* mo = m.as_object();
  if (mo->kind == Kind::Function ||
      (mo->kind == Kind::NativeFunction && mo->type == interp.types.method_descriptor)) {
    if (t->dict_offset != 0 && obj.is_object()) {
      Dict* d = instance_dict(interp, obj, false);
      if (d != nullptr && !dict_get_str(d, name).is_null()) return Value::null();
    }
    return m;
  }
  return Value::null();
}

// The CALL fast path for a class: a Python __init__ and object's __new__ and type.__call__.
// Returns the __init__ function, or null.
inline Value plain_init_lookup(Interp& interp, Type* cls) {
  if (cls->type->call != interp.types.type->call || cls->new_ != interp.types.object->new_) return Value::null();
  if (cls->new_ == nullptr) return Value::null();
  Value init = type_lookup(cls, interp.names.__init__);
  if (!is_kind(init, Kind::Function)) return Value::null();
  if (init.as<Function>()->code->code_flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator))
    return Value::null();
  return init;
}

}  // namespace coil
