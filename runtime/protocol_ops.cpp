// Operators of the object protocol: rich comparison with CPython's reflection rules, binary
// and in-place operators (reflected operands, subclass priority), unary operators.
#include <string>
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type_internal.h"

namespace coil {

namespace {

const char* const kBinSymbols[13] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
const char* const kInplaceSymbols[13] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=",
                                         "&=", "|=", "^="};
const char* const kCmpSymbols[6] = {"<", "<=", "==", "!=", ">", ">="};

CmpOp swapped(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
  }
}

bool small_compare(int64_t a, int64_t b, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return a < b;
    case CmpOp::Le: return a <= b;
    case CmpOp::Eq: return a == b;
    case CmpOp::Ne: return a != b;
    case CmpOp::Gt: return a > b;
    case CmpOp::Ge: return a >= b;
  }
  return false;
}

// Both operands' slots, CPython's binary_op1: NotImplemented if neither handles the pair.
Value binary_op1(Interp& interp, BinOp op, Value a, Value b) {
  Type* ta = type_of(interp, a);
  Type* tb = type_of(interp, b);
  BinaryFn slota = ta->binary;
  BinaryFn slotb = tb != ta ? tb->binary : nullptr;
  if (slotb == slota) slotb = nullptr;
  if (slota != nullptr) {
    if (slotb != nullptr && is_subtype(tb, ta)) {
      Value r = slotb(interp, op, a, b);
      if (r != interp.not_implemented) return r;
      slotb = nullptr;
    }
    Value r = slota(interp, op, a, b);
    if (r != interp.not_implemented) return r;
  }
  if (slotb != nullptr) return slotb(interp, op, a, b);
  return interp.not_implemented;
}

}  // namespace

const char* binop_symbol(BinOp op) { return kBinSymbols[unsigned(op)]; }
const char* compare_symbol(CmpOp op) { return kCmpSymbols[unsigned(op)]; }

Value compare(Interp& interp, Value a, Value b, CmpOp op) {
  if (a.is_small_int() && b.is_small_int()) return Value::boolean(small_compare(a.as_small_int(), b.as_small_int(), op));
  Type* ta = type_of(interp, a);
  Type* tb = type_of(interp, b);
  bool checked_reverse = false;
  if (ta != tb && tb->compare != nullptr && is_subtype(tb, ta)) {
    checked_reverse = true;
    Value r = tb->compare(interp, b, a, swapped(op));
    if (r != interp.not_implemented) return r;
  }
  if (ta->compare != nullptr) {
    Value r = ta->compare(interp, a, b, op);
    if (r != interp.not_implemented) return r;
  }
  if (!checked_reverse && tb->compare != nullptr) {
    Value r = tb->compare(interp, b, a, swapped(op));
    if (r != interp.not_implemented) return r;
  }
  if (op == CmpOp::Eq) return Value::boolean(a == b);
  if (op == CmpOp::Ne) return Value::boolean(a != b);
  return raise(interp, interp.exc_types.TypeError, "'%s' not supported between instances of '%s' and '%s'",
               kCmpSymbols[unsigned(op)], ta->name->data, tb->name->data);
}

int equal(Interp& interp, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small_int() && b.is_small_int()) return 0;
  if (is_str(a) && is_str(b) && a.as_object()->type == interp.types.str && b.as_object()->type == interp.types.str)
    return str_equal(a.as<Str>(), b.as<Str>()) ? 1 : 0;
  Value r = compare(interp, a, b, CmpOp::Eq);
  if (r.is_null()) return -1;
  if (r.is_bool()) return r.is_true();
  return truthy(interp, r);
}

Value binary_op(Interp& interp, BinOp op, Value a, Value b) {
  Value r = binary_op1(interp, op, a, b);
  if (r != interp.not_implemented) return r;
  return raise_binop_type_error(interp, op, a, b);
}

Value inplace_op(Interp& interp, BinOp op, Value a, Value b) {
  Type* ta = type_of(interp, a);
  if (ta->inplace != nullptr) {
    Value r = ta->inplace(interp, op, a, b);
    if (r != interp.not_implemented) return r;
  }
  Value r = binary_op1(interp, op, a, b);
  if (r != interp.not_implemented) return r;
  if (op == BinOp::Pow)
    return raise(interp, interp.exc_types.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                 type_name(interp, a), type_name(interp, b));
  return raise(interp, interp.exc_types.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
               kInplaceSymbols[unsigned(op)], type_name(interp, a), type_name(interp, b));
}

Value raise_unary_type_error(Interp& interp, UnaryOp op, Value v) {
  if (op == UnaryOp::Abs)
    return raise(interp, interp.exc_types.TypeError, "bad operand type for abs(): '%s'", type_name(interp, v));
  const char* sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
  return raise(interp, interp.exc_types.TypeError, "bad operand type for unary %s: '%s'", sym, type_name(interp, v));
}

Value unary_op(Interp& interp, UnaryOp op, Value v) {
  if (v.is_small_int()) {
    int64_t n = v.as_small_int();
    switch (op) {
      case UnaryOp::Neg: return make_int(interp, -n);
      case UnaryOp::Pos: return v;
      case UnaryOp::Invert: return make_int(interp, ~n);
      case UnaryOp::Abs: return make_int(interp, n < 0 ? -n : n);
    }
  }
  Type* t = type_of(interp, v);
  if (t->unary == nullptr) return raise_unary_type_error(interp, op, v);
  return t->unary(interp, op, v);
}

}  // namespace coil
