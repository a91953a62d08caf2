// int arithmetic: the binary slot (+ - * / // % ** << >> & | ^) with small-int fast paths
// and GMP for the rest, comparisons, unary ops, true division, pow with modulus, round.
#include <cmath>
#include "runtime/error.h"
#include "runtime/int_internal.h"
#include "runtime/number.h"
#include "runtime/call.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

// RAII for temporaries.
struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  explicit Mpz(Value x) { mpz_init(v); int_to_mpz(x, v); }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

Value zero_div(Interp& interp, const char* msg) { return raise(interp, interp.exc_types.ZeroDivisionError, "%s", msg); }

int64_t floor_div64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

int64_t floor_mod64(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

Value pow_big(Interp& interp, Value a, Value b) {
  // b >= 0 here.
  int64_t e;
  if (!int_to_int64(b, &e)) {
    int64_t base;
    if (int_to_int64(a, &base) && (base == 0 || base == 1)) return Value::small_int(base);
    if (int_to_int64(a, &base) && base == -1) return Value::small_int(mpz_odd_p(b.as<BigInt>()->value) ? -1 : 1);
    return raise_no_memory(interp);
  }
  int64_t base;
  if (int_to_int64(a, &base)) {
    // Small base: repeated squaring while it fits.
    if (base == 0) return Value::small_int(e == 0 ? 1 : 0);
    if (base == 1) return Value::small_int(1);
    if (base == -1) return Value::small_int((e & 1) ? -1 : 1);
    int64_t result = 1, x = base;
    int64_t n = e;
    bool ok = true;
    while (n > 0) {
      if (n & 1) { if (__builtin_mul_overflow(result, x, &result)) { ok = false; break; } }
      n >>= 1;
      if (n > 0 && __builtin_mul_overflow(x, x, &x)) { ok = false; break; }
    }
    if (ok) return make_int(interp, result);
  }
  Mpz r, x(a);
  if (mpz_sizeinbase(x.v, 2) * uint64_t(e) > (uint64_t(1) << 36)) return raise_no_memory(interp);
  mpz_pow_ui(r.v, x.v, static_cast<unsigned long>(e));
  return make_int_from_mpz(interp, r.v);
}

Value shift(Interp& interp, Value a, Value b, bool left) {
  if (int_sign(b) < 0) return raise(interp, interp.exc_types.ValueError, "negative shift count");
  int64_t n;
  if (int_sign(a) == 0) return Value::small_int(0);
  if (!int_to_int64(b, &n)) {
    if (left) return raise(interp, interp.exc_types.OverflowError, "too many digits in integer");
    return Value::small_int(int_sign(a) < 0 ? -1 : 0);
  }
  int64_t x;
  if (int_to_int64(a, &x)) {
    if (!left) return make_int(interp, n >= 63 ? (x < 0 ? -1 : 0) : (x >> n));
    if (n < 62) {
      int64_t r = x << n;   // checked below: no bits lost
      if ((r >> n) == x) return make_int(interp, r);
    }
  }
  if (left && n > (int64_t(1) << 40)) return raise(interp, interp.exc_types.OverflowError, "too many digits in integer");
  Mpz r, v(a);
  if (left) mpz_mul_2exp(r.v, v.v, static_cast<mp_bitcnt_t>(n));
  else mpz_fdiv_q_2exp(r.v, v.v, static_cast<mp_bitcnt_t>(n));
  return make_int_from_mpz(interp, r.v);
}

Value int_binary_big(Interp& interp, BinOp op, Value a, Value b) {
  Mpz x(a), y(b), r;
  switch (op) {
    case BinOp::Add: mpz_add(r.v, x.v, y.v); break;
    case BinOp::Sub: mpz_sub(r.v, x.v, y.v); break;
    case BinOp::Mul: mpz_mul(r.v, x.v, y.v); break;
    case BinOp::FloorDiv:
      if (mpz_sgn(y.v) == 0) return zero_div(interp, "integer division or modulo by zero");
      mpz_fdiv_q(r.v, x.v, y.v);
      break;
    case BinOp::Mod:
      if (mpz_sgn(y.v) == 0) return zero_div(interp, "integer modulo by zero");
      mpz_fdiv_r(r.v, x.v, y.v);
      break;
    case BinOp::And: mpz_and(r.v, x.v, y.v); break;
    case BinOp::Or: mpz_ior(r.v, x.v, y.v); break;
    case BinOp::Xor: mpz_xor(r.v, x.v, y.v); break;
    default: return interp.not_implemented;
  }
  return make_int_from_mpz(interp, r.v);
}

}  // namespace

Value int_binary(Interp& interp, BinOp op, Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return interp.not_implemented;
  int64_t x, y;
  bool small = int_to_int64(a, &x) && int_to_int64(b, &y) && Value::fits_small(x) && Value::fits_small(y);
  switch (op) {
    case BinOp::Add:
      if (small) return make_int(interp, x + y);   // 63-bit operands cannot overflow int64
      break;
    case BinOp::Sub:
      if (small) return make_int(interp, x - y);
      break;
    case BinOp::Mul: {
      int64_t r;
      if (small && !__builtin_mul_overflow(x, y, &r)) return make_int(interp, r);
      break;
    }
    case BinOp::FloorDiv:
      if (small) {
        if (y == 0) return zero_div(interp, "integer division or modulo by zero");
        return make_int(interp, floor_div64(x, y));
      }
      break;
    case BinOp::Mod:
      if (small) {
        if (y == 0) return zero_div(interp, "integer modulo by zero");
        return make_int(interp, floor_mod64(x, y));
      }
      break;
    case BinOp::TrueDiv:
      return int_true_divide(interp, a, b);
    case BinOp::Pow:
      if (int_sign(b) < 0) {
        double fa, fb;
        if (!int_to_double_checked(interp, a, &fa) || !int_to_double_checked(interp, b, &fb)) return Value::null();
        return float_pow(interp, fa, fb);
      }
      return pow_big(interp, a, b);
    case BinOp::LShift: return shift(interp, a, b, true);
    case BinOp::RShift: return shift(interp, a, b, false);
    case BinOp::And:
      if (a.is_bool() && b.is_bool()) return Value::boolean(a.is_true() && b.is_true());
      if (small) return Value::small_int(x & y);
      break;
    case BinOp::Or:
      if (a.is_bool() && b.is_bool()) return Value::boolean(a.is_true() || b.is_true());
      if (small) return Value::small_int(x | y);
      break;
    case BinOp::Xor:
      if (a.is_bool() && b.is_bool()) return Value::boolean(a.is_true() != b.is_true());
      if (small) return Value::small_int(x ^ y);
      break;
    default:
      return interp.not_implemented;
  }
  return int_binary_big(interp, op, a, b);
}

Value int_true_divide(Interp& interp, Value a, Value b) {
  if (int_sign(b) == 0) return zero_div(interp, "division by zero");
  int64_t x, y;
  constexpr int64_t k53 = int64_t(1) << 53;
  if (int_to_int64(a, &x) && int_to_int64(b, &y) && x > -k53 && x < k53 && y > -k53 && y < k53)
    return make_float(interp, double(x) / double(y));
  bool neg = (int_sign(a) < 0) != (int_sign(b) < 0);
  Mpz na(a), nb(b), q, r;
  mpz_abs(na.v, na.v);
  mpz_abs(nb.v, nb.v);
  long la = long(mpz_sizeinbase(na.v, 2)), lb = long(mpz_sizeinbase(nb.v, 2));
  if (mpz_sgn(na.v) == 0 || la - lb < -1080) return make_float(interp, neg ? -0.0 : 0.0);
  if (la - lb > 1025)
    return raise(interp, interp.exc_types.OverflowError, "integer division result too large for a float");
  long k = 55 - (la - lb);   // quotient gets 55 or 56 bits
  if (k >= 0) mpz_mul_2exp(na.v, na.v, static_cast<mp_bitcnt_t>(k));
  else mpz_mul_2exp(nb.v, nb.v, static_cast<mp_bitcnt_t>(-k));
  mpz_tdiv_qr(q.v, r.v, na.v, nb.v);
  double d = mpz_scaled_to_double(q.v, mpz_sgn(r.v) != 0, k);
  if (std::isinf(d))
    return raise(interp, interp.exc_types.OverflowError, "integer division result too large for a float");
  return make_float(interp, neg ? -d : d);
}

Value int_compare(Interp& interp, Value a, Value b, CmpOp op) {
  int c;
  if (!is_int(a)) return interp.not_implemented;
  if (is_int(b)) {
    int64_t x, y;
    if (int_to_int64(a, &x) && int_to_int64(b, &y)) {
      c = (x > y) - (x < y);
    } else {
      Mpz p(a), q(b);
      c = mpz_cmp(p.v, q.v);
      c = (c > 0) - (c < 0);
    }
  } else if (is_kind(b, Kind::Float)) {
    c = int_compare_double(a, float_value(b));
    if (c == 2) return Value::boolean(op == CmpOp::Ne);
  } else {
    return interp.not_implemented;
  }
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

Value int_unary(Interp& interp, UnaryOp op, Value v) {
  int64_t n;
  if (int_to_int64(v, &n) && Value::fits_small(n)) {
    switch (op) {
      case UnaryOp::Neg: return make_int(interp, -n);
      case UnaryOp::Pos: return Value::small_int(n);
      case UnaryOp::Invert: return Value::small_int(~n);
      case UnaryOp::Abs: return make_int(interp, n < 0 ? -n : n);
    }
  }
  Mpz x(v), r;
  switch (op) {
    case UnaryOp::Neg: mpz_neg(r.v, x.v); break;
    case UnaryOp::Pos: mpz_set(r.v, x.v); break;
    case UnaryOp::Invert: mpz_com(r.v, x.v); break;
    case UnaryOp::Abs: mpz_abs(r.v, x.v); break;
  }
  return make_int_from_mpz(interp, r.v);
}

Value int_pow_mod(Interp& interp, Value base, Value exp, Value mod) {
  if (!is_int(base) || !is_int(exp) || !is_int(mod))
    return raise(interp, interp.exc_types.TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  if (int_sign(mod) == 0) return raise(interp, interp.exc_types.ValueError, "pow() 3rd argument cannot be 0");
  Mpz b(base), e(exp), m(mod), r;
  bool neg_mod = mpz_sgn(m.v) < 0;
  mpz_abs(m.v, m.v);
  if (mpz_sgn(e.v) < 0) {
    if (mpz_invert(b.v, b.v, m.v) == 0)
      return raise(interp, interp.exc_types.ValueError, "base is not invertible for the given modulus");
    mpz_neg(e.v, e.v);
  }
  mpz_powm(r.v, b.v, e.v, m.v);   // result in [0, |m|)
  if (neg_mod && mpz_sgn(r.v) != 0) mpz_sub(r.v, r.v, m.v);
  if (mpz_cmp_ui(m.v, 1) == 0) mpz_set_ui(r.v, 0);
  return make_int_from_mpz(interp, r.v);
}

Value int_round(Interp& interp, Value v, Value ndigits) {
  Value plain = (v.is_small_int() || (is_kind(v, Kind::Int) && v.as_object()->type == interp.types.int_))
                    ? v : int_unary(interp, UnaryOp::Pos, v);
  if (ndigits.is_null() || ndigits.is_none()) return plain;
  int64_t nd;
  if (!to_index(interp, ndigits, &nd)) {
    if (!error_matches(interp, interp.exc_types.OverflowError)) return Value::null();
    clear_error(interp);
    nd = int_sign(ndigits) < 0 ? INT64_MIN : INT64_MAX;
  }
  if (nd >= 0) return plain;
  // Round half to even to a multiple of 10**-nd.
  if (nd < -100000) return Value::small_int(0);
  Mpz x(v), p, q, r, half;
  mpz_ui_pow_ui(p.v, 10, static_cast<unsigned long>(-nd));
  mpz_fdiv_qr(q.v, r.v, x.v, p.v);          // x = q*p + r, 0 <= r < p
  mpz_mul_2exp(half.v, r.v, 1);
  int c = mpz_cmp(half.v, p.v);
  if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
  mpz_mul(q.v, q.v, p.v);
  return make_int_from_mpz(interp, q.v);
}

Value number_divmod(Interp& interp, Value a, Value b) {
  if (is_int(a) && is_int(b)) {
    if (int_sign(b) == 0) return zero_div(interp, "integer division or modulo by zero");
    Value q = int_binary(interp, BinOp::FloorDiv, a, b);
    if (q.is_null()) return q;
    Value r = int_binary(interp, BinOp::Mod, a, b);
    if (r.is_null()) return r;
    Tuple* t = tuple_pack(interp, {q, r});
    return t == nullptr ? Value::null() : Value::object(t);
  }
  bool na = is_int(a) || is_float(a), nb = is_int(b) || is_float(b);
  bool a_builtin = na && (a.is_small_int() || a.is_bool() || !(a.as_object()->type->type_flags & kTypeHeap));
  if (na && nb && a_builtin) return float_divmod(interp, a, b);
  // Anything else: a.__divmod__(b), then b.__rdivmod__(a).
  Str* names[2] = {intern(interp, "__divmod__"), intern(interp, "__rdivmod__")};
  if (names[0] == nullptr || names[1] == nullptr) return Value::null();
  for (int i = 0; i < 2; i++) {
    Value self = i == 0 ? a : b, other = i == 0 ? b : a;
    if (lookup_special(interp, self, names[i]).is_null()) {
      if (interp.has_error()) return Value::null();
      continue;
    }
    Value r = call_special(interp, self, names[i], {other});
    if (r.is_null() || r != interp.not_implemented) return r;
  }
  return raise(interp, interp.exc_types.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
               type_name(interp, a), type_name(interp, b));
}

}  // namespace coil
