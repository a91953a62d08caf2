// float: boxed doubles — arithmetic with CPython's special cases and messages, exact
// comparison with ints, CPython's hash, round(), the float() constructor and methods.
#include "runtime/float.h"

#include <cfloat>
#include <cmath>
#include "runtime/bytes.h"
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/int_internal.h"
#include "runtime/number.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/types_init.h"

namespace coil {

Value make_float(Interp& interp, double d) {
  Float* f = gc_new<Float>(interp.heap, interp.types.float_, Kind::Float);
  if (f == nullptr) return raise_no_memory(interp);
  f->value = d;
  return Value::object(f);
}

namespace {

Value make_float_of_type(Interp& interp, Type* cls, double d) {
  if (cls == interp.types.float_) return make_float(interp, d);
  size_t size = cls->instance_size > sizeof(Float) ? cls->instance_size : sizeof(Float);
  Float* f = static_cast<Float*>(interp.heap.allocate(cls, Kind::Float, size));
  if (f == nullptr) return raise_no_memory(interp);
  f->value = d;
  return Value::object(f);
}

// An int or float operand as a double: 1 ok, 0 not a number type, -1 error (int too large).
int operand(Interp& interp, Value v, double* out) {
  if (is_float(v)) { *out = float_value(v); return 1; }
  if (is_int(v)) return int_to_double_checked(interp, v, out) ? 1 : -1;
  return 0;
}

Value zero_div(Interp& interp, const char* msg) { return raise(interp, interp.exc_types.ZeroDivisionError, "%s", msg); }

// CPython's float_divmod: floor quotient and modulo with the sign of the divisor.
void divmod_d(double vx, double wx, double* floordiv, double* mod) {
  double m = std::fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m != 0.0) {
    if ((wx < 0) != (m < 0)) { m += wx; div -= 1.0; }
  } else {
    m = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    double f = std::floor(div);
    if (div - f > 0.5) f += 1.0;
    div = f;
  } else {
    div = std::copysign(0.0, vx / wx);
  }
  *floordiv = div;
  *mod = m;
}

}  // namespace

Value float_pow(Interp& interp, double a, double b) {
  if (b == 0.0) return make_float(interp, 1.0);
  if (std::isnan(a)) return make_float(interp, a);
  if (std::isnan(b)) return make_float(interp, a == 1.0 ? 1.0 : b);
  if (std::isinf(b)) {
    double aa = std::fabs(a);
    if (aa == 1.0) return make_float(interp, 1.0);
    if ((b > 0) == (aa > 1.0)) return make_float(interp, std::fabs(b));
    return make_float(interp, 0.0);
  }
  bool b_odd = std::fmod(std::fabs(b), 2.0) == 1.0;
  if (std::isinf(a)) {
    if (b > 0) return make_float(interp, b_odd ? a : std::fabs(a));
    return make_float(interp, b_odd ? std::copysign(0.0, a) : 0.0);
  }
  if (a == 0.0) {
    if (b < 0) return zero_div(interp, "0.0 cannot be raised to a negative power");
    return make_float(interp, b_odd ? a : 0.0);
  }
  bool negate = false;
  if (a < 0) {
    // CPython returns a complex here; coil has no complex type.
    if (b != std::floor(b))
      return raise(interp, interp.exc_types.ValueError, "negative number cannot be raised to a fractional power");
    a = -a;
    negate = b_odd;
  }
  if (a == 1.0) return make_float(interp, negate ? -1.0 : 1.0);
  double r = std::pow(a, b);
  if (std::isinf(r)) {
    Tuple* args = tuple_pack(interp, {Value::small_int(34), str_value(interp, "Numerical result out of range")});
    if (args == nullptr) return Value::null();
    return raise_with_args(interp, interp.exc_types.OverflowError, args);
  }
  return make_float(interp, negate ? -r : r);
}

Value float_binary(Interp& interp, BinOp op, Value a, Value b) {
  if (!is_float(a) && !is_float(b)) return interp.not_implemented;
  double x, y;
  int ra = operand(interp, a, &x);
  if (ra <= 0) return ra < 0 ? Value::null() : interp.not_implemented;
  int rb = operand(interp, b, &y);
  if (rb <= 0) return rb < 0 ? Value::null() : interp.not_implemented;
  switch (op) {
    case BinOp::Add: return make_float(interp, x + y);
    case BinOp::Sub: return make_float(interp, x - y);
    case BinOp::Mul: return make_float(interp, x * y);
    case BinOp::TrueDiv:
      if (y == 0.0) return zero_div(interp, "float division by zero");
      return make_float(interp, x / y);
    case BinOp::FloorDiv: {
      if (y == 0.0) return zero_div(interp, "float floor division by zero");
      double q, m;
      divmod_d(x, y, &q, &m);
      return make_float(interp, q);
    }
    case BinOp::Mod: {
      if (y == 0.0) return zero_div(interp, "float modulo");
      double q, m;
      divmod_d(x, y, &q, &m);
      return make_float(interp, m);
    }
    case BinOp::Pow: return float_pow(interp, x, y);
    default: return interp.not_implemented;
  }
}

Value float_divmod(Interp& interp, Value a, Value b) {
  double x, y;
  int ra = operand(interp, a, &x);
  if (ra <= 0) return ra < 0 ? Value::null() : interp.not_implemented;
  int rb = operand(interp, b, &y);
  if (rb <= 0) return rb < 0 ? Value::null() : interp.not_implemented;
  if (y == 0.0) return zero_div(interp, "float divmod()");
  double q, m;
  divmod_d(x, y, &q, &m);
  Value fq = make_float(interp, q), fm = make_float(interp, m);
  if (fq.is_null() || fm.is_null()) return Value::null();
  Tuple* t = tuple_pack(interp, {fq, fm});
  return t == nullptr ? Value::null() : Value::object(t);
}

Value float_compare(Interp& interp, Value a, Value b, CmpOp op) {
  int c;
  bool swapped = false;
  if (!is_float(a)) { std::swap(a, b); swapped = true; }
  if (!is_float(a)) return interp.not_implemented;
  double x = float_value(a);
  if (is_float(b)) {
    double y = float_value(b);
    if (std::isnan(x) || std::isnan(y)) return Value::boolean(op == CmpOp::Ne);
    c = (x > y) - (x < y);
  } else if (is_int(b)) {
    int r = int_compare_double(b, x);   // b vs x
    if (r == 2) return Value::boolean(op == CmpOp::Ne);
    c = -r;
  } else {
    return interp.not_implemented;
  }
  if (swapped) c = -c;
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

int64_t float_hash(double v) {
  // CPython's _Py_HashDouble with modulus 2**61 - 1 (nan hashes to 0 here: no identity).
  constexpr int kBits = 61;
  constexpr uint64_t kMod = (uint64_t(1) << kBits) - 1;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) { sign = -1; m = -m; }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kMod) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kMod) x -= kMod;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kMod) | x >> (kBits - e);
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

bool to_double(Interp& interp, Value v, double* out) {
  if (is_float(v)) { *out = float_value(v); return true; }
  if (is_int(v)) return int_to_double_checked(interp, v, out);
  Value m = lookup_special(interp, v, interp.names.__float__);
  if (!m.is_null()) {
    Value r = call_special(interp, v, interp.names.__float__, {});
    if (r.is_null()) return false;
    if (!is_float(r)) {
      raise(interp, interp.exc_types.TypeError, "%s.__float__ returned non-float (type %s)", type_name(interp, v),
            type_name(interp, r));
      return false;
    }
    *out = float_value(r);
    return true;
  }
  if (interp.has_error()) return false;
  if (!lookup_special(interp, v, interp.names.__index__).is_null()) {
    int64_t n;
    Value iv = call_special(interp, v, interp.names.__index__, {});
    if (iv.is_null()) return false;
    if (!is_int(iv)) {
      raise(interp, interp.exc_types.TypeError, "__index__ returned non-int (type %s)", type_name(interp, iv));
      return false;
    }
    if (int_to_int64(iv, &n)) { *out = double(n); return true; }
    return int_to_double_checked(interp, iv, out);
  }
  if (!interp.has_error())
    raise(interp, interp.exc_types.TypeError, "must be real number, not %s", type_name(interp, v));
  return false;
}

Value float_unary(Interp& interp, UnaryOp op, Value v) {
  double d = float_value(v);
  switch (op) {
    case UnaryOp::Neg: return make_float(interp, -d);
    case UnaryOp::Pos: return v.as_object()->type == interp.types.float_ ? v : make_float(interp, d);
    case UnaryOp::Abs: return make_float(interp, std::fabs(d));
    default:
      return raise(interp, interp.exc_types.TypeError, "bad operand type for unary ~: '%s'", type_name(interp, v));
  }
}

Value float_floor_int(Interp& interp, double d) { return int_from_double(interp, std::floor(d)); }
Value float_ceil_int(Interp& interp, double d) { return int_from_double(interp, std::ceil(d)); }

Value float_round(Interp& interp, double x, Value ndigits) {
  if (ndigits.is_null() || ndigits.is_none()) {
    double r = std::round(x);
    if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
    return int_from_double(interp, r);
  }
  int64_t n;
  if (!to_index(interp, ndigits, &n)) {
    if (!error_matches(interp, interp.exc_types.OverflowError)) return Value::null();
    clear_error(interp);
    n = int_sign(ndigits) < 0 ? INT64_MIN : INT64_MAX;
  }
  if (!std::isfinite(x) || x == 0.0) return make_float(interp, x);
  if (n > 323) return make_float(interp, x);
  if (n < -308) return make_float(interp, 0.0 * x);
  // Exact: y = round_half_even(x * 10**n), then y / 10**n correctly rounded.
  int e;
  double m = std::frexp(std::fabs(x), &e);
  mpz_t num, den, q, r, p;
  mpz_inits(num, den, q, r, p, nullptr);
  mpz_set_d(num, std::ldexp(m, 53));
  e -= 53;
  mpz_set_ui(den, 1);
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(n < 0 ? -n : n));
  if (n >= 0) mpz_mul(num, num, p); else mpz_mul(den, den, p);
  if (e >= 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  double result;
  bool overflow = false;
  if (n >= 0) {
    // q / 10**n, correctly rounded (q has at least as many bits as needed).
    long k = 60 - long(mpz_sizeinbase(q, 2)) + long(mpz_sizeinbase(p, 2));
    if (k < 0) k = 0;
    mpz_mul_2exp(q, q, static_cast<mp_bitcnt_t>(k));
    mpz_tdiv_qr(q, r, q, p);
    result = mpz_scaled_to_double(q, mpz_sgn(r) != 0, k);
  } else {
    mpz_mul(q, q, p);
    result = mpz_scaled_to_double(q, false, 0);
    overflow = std::isinf(result);
  }
  mpz_clears(num, den, q, r, p, nullptr);
  if (overflow) return raise(interp, interp.exc_types.OverflowError, "rounded value too large to represent");
  return make_float(interp, std::copysign(result, x));
}

Value float_from_value(Interp& interp, Value x) {
  if (is_float(x)) return x.as_object()->type == interp.types.float_ ? x : make_float(interp, float_value(x));
  if (is_str(x) || is_bytes_like(interp, x)) {
    std::string_view t = is_str(x) ? x.as<Str>()->view() : bytes_view(x);
    double d;
    if (!parse_float_text(t, &d)) {
      std::string r;
      if (is_str(x)) r = str_repr(t);
      else if (!repr_into(interp, x, r)) return Value::null();
      return raise(interp, interp.exc_types.ValueError, "could not convert string to float: %s", r.c_str());
    }
    return make_float(interp, d);
  }
  if (is_int(x)) {
    double d;
    if (!int_to_double_checked(interp, x, &d)) return Value::null();
    return make_float(interp, d);
  }
  if (lookup_special(interp, x, interp.names.__float__).is_null() &&
      lookup_special(interp, x, interp.names.__index__).is_null()) {
    if (interp.has_error()) return Value::null();
    return raise(interp, interp.exc_types.TypeError, "float() argument must be a string or a real number, not '%s'",
                 type_name(interp, x));
  }
  double d;
  if (!to_double(interp, x, &d)) return Value::null();
  return make_float(interp, d);
}

}  // namespace coil

// ---- the float type ---------------------------------------------------------------------

namespace coil {

namespace {

bool self_float(Interp& interp, const Value* args, size_t nargs, const char* name, double* out) {
  if (nargs == 0 || !is_float(args[0])) {
    raise(interp, interp.exc_types.TypeError, "descriptor '%s' for 'float' objects doesn't apply to a '%s' object",
          name, nargs == 0 ? "NoneType" : type_name(interp, args[0]));
    return false;
  }
  *out = float_value(args[0]);
  return true;
}

bool noargs(Interp& interp, const char* name, size_t nargs, Tuple* kw) {
  return check_no_kwargs(interp, name, kw) && check_nargs(interp, name, nargs - 1, 0, 0);
}

Value float_repr_slot(Interp& interp, Value self) { return str_value(interp, float_repr(float_value(self))); }
int64_t float_hash_slot(Interp&, Value self) { return float_hash(float_value(self)); }
int float_bool_slot(Interp&, Value self) { return float_value(self) != 0.0; }

Value float_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!parse_args(interp, ArgSpec{"float", {"x"}, 0, 1}, args, nargs, kwnames, a)) return Value::null();
  Value v = a[0].is_null() ? make_float(interp, 0.0) : float_from_value(interp, a[0]);
  if (v.is_null() || cls == interp.types.float_) return v;
  return make_float_of_type(interp, cls, float_value(v));
}

Value float_getattr_slot(Interp& interp, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real") return self.as_object()->type == interp.types.float_ ? self : make_float(interp, float_value(self));
  if (n == "imag") return make_float(interp, 0.0);
  return generic_getattr(interp, self, name);
}

int float_setattr_slot(Interp& interp, Value self, Str* name, Value v) {
  std::string_view n = name->view();
  if (n == "real" || n == "imag") {
    std::string s(n);
    raise(interp, interp.exc_types.AttributeError, "attribute '%s' of 'float' objects is not writable", s.c_str());
    return -1;
  }
  return generic_setattr(interp, self, name, v);
}

Value m_is_integer(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double d;
  if (!noargs(interp, "is_integer()", nargs, kw) || !self_float(interp, args, nargs, "is_integer", &d)) return Value::null();
  return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

Value m_as_integer_ratio(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double d;
  if (!noargs(interp, "as_integer_ratio()", nargs, kw) || !self_float(interp, args, nargs, "as_integer_ratio", &d))
    return Value::null();
  if (std::isinf(d)) return raise(interp, interp.exc_types.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(interp, interp.exc_types.ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  int64_t num = int64_t(std::ldexp(m, 53));
  e -= 53;
  while (num != 0 && (num & 1) == 0 && e < 0) { num /= 2; e++; }
  if (num == 0) e = 0;
  mpz_t n, den;
  mpz_init_set_si(n, long(num));
  mpz_init_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(n, n, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  Value vn = make_int_from_mpz(interp, n), vd = make_int_from_mpz(interp, den);
  mpz_clear(n);
  mpz_clear(den);
  if (vn.is_null() || vd.is_null()) return Value::null();
  Tuple* t = tuple_pack(interp, {vn, vd});
  return t == nullptr ? Value::null() : Value::object(t);
}

Value m_hex(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double d;
  if (!noargs(interp, "hex()", nargs, kw) || !self_float(interp, args, nargs, "hex", &d)) return Value::null();
  if (std::isnan(d) || std::isinf(d)) return str_value(interp, float_repr(d));
  std::string out = std::signbit(d) ? "-" : "";
  if (d == 0.0) return str_value(interp, out + "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(d), &e);
  int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char hex[] = "0123456789abcdef";
  out += "0x";
  out += hex[int(m)];
  m -= int(m);
  out += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
    m *= 16.0;
    out += hex[int(m)];
    m -= int(m);
  }
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return str_value(interp, out);
}

Value m_fromhex(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  // classmethod: args[0] is the class.
  if (!check_no_kwargs(interp, "fromhex", kw) || !check_nargs(interp, "fromhex()", nargs - 1, 1, 1)) return Value::null();
  if (!is_str(args[1])) return raise(interp, interp.exc_types.TypeError, "must be str, not %s", type_name(interp, args[1]));
  std::string s(args[1].as<Str>()->view());
  size_t b = s.find_first_not_of(" \t\n\r\f\v"), e = s.find_last_not_of(" \t\n\r\f\v");
  s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  double d;
  if (parse_float_text(s, &d) && (s.find_first_of("iInN") != std::string::npos)) {
    // inf / nan spelled out
  } else {
    std::string t = s;
    size_t sign = (!t.empty() && (t[0] == '-' || t[0] == '+')) ? 1 : 0;
    if (t.compare(sign, 2, "0x") != 0 && t.compare(sign, 2, "0X") != 0) t.insert(sign, "0x");
    char* endp = nullptr;
    d = std::strtod(t.c_str(), &endp);
    if (s.empty() || endp == nullptr || *endp != '\0')
      return raise(interp, interp.exc_types.ValueError, "invalid hexadecimal floating-point string");
    if (std::isinf(d))
      return raise(interp, interp.exc_types.OverflowError, "hexadecimal value too large to represent as a float");
  }
  Value f = make_float(interp, d);
  if (f.is_null() || args[0] == Value::object(interp.types.float_)) return f;
  return call(interp, args[0], {f});
}

Value m_conjugate(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double d;
  if (!noargs(interp, "conjugate()", nargs, kw) || !self_float(interp, args, nargs, "conjugate", &d)) return Value::null();
  return args[0].as_object()->type == interp.types.float_ ? args[0] : make_float(interp, d);
}

Value m_round(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(interp, ArgSpec{"__round__", {"self", "ndigits"}, 1, 2}, args, nargs, kw, a)) return Value::null();
  double d;
  if (!self_float(interp, a, 1, "__round__", &d)) return Value::null();
  return float_round(interp, d, a[1]);
}

Value m_trunc(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double d;
  if (!noargs(interp, "__trunc__()", nargs, kw) || !self_float(interp, args, nargs, "__trunc__", &d)) return Value::null();
  return int_from_double(interp, d);
}

Value m_floor(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double d;
  if (!noargs(interp, "__floor__()", nargs, kw) || !self_float(interp, args, nargs, "__floor__", &d)) return Value::null();
  return float_floor_int(interp, d);
}

Value m_ceil(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double d;
  if (!noargs(interp, "__ceil__()", nargs, kw) || !self_float(interp, args, nargs, "__ceil__", &d)) return Value::null();
  return float_ceil_int(interp, d);
}

Value m_float(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double d;
  if (!noargs(interp, "__float__()", nargs, kw) || !self_float(interp, args, nargs, "__float__", &d)) return Value::null();
  return args[0].as_object()->type == interp.types.float_ ? args[0] : make_float(interp, d);
}

Value m_format(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double d;
  if (!check_no_kwargs(interp, "__format__", kw) || !check_nargs(interp, "__format__", nargs - 1, 1, 1) ||
      !self_float(interp, args, nargs, "__format__", &d))
    return Value::null();
  if (!is_str(args[1]))
    return raise(interp, interp.exc_types.TypeError, "__format__() argument must be str, not %s", type_name(interp, args[1]));
  std::string_view spec = args[1].as<Str>()->view();
  // A subclass: str(self) for an empty spec (its own __str__/__repr__), its name in errors.
  if (args[0].is_object() && args[0].as_object()->type != interp.types.float_) {
    if (spec.empty()) return to_str(interp, args[0]);
    return format_float(interp, d, spec, type_name(interp, args[0]));
  }
  return format_float(interp, d, spec);
}

Value m_getnewargs(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double d;
  if (!noargs(interp, "__getnewargs__()", nargs, kw) || !self_float(interp, args, nargs, "__getnewargs__", &d))
    return Value::null();
  Value f = make_float(interp, d);
  if (f.is_null()) return f;
  Tuple* t = tuple_pack(interp, {f});
  return t == nullptr ? Value::null() : Value::object(t);
}

Value m_divmod(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "__divmod__", kw) || !check_nargs(interp, "__divmod__", nargs - 1, 1, 1)) return Value::null();
  return float_divmod(interp, args[0], args[1]);
}

Value m_rdivmod(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "__rdivmod__", kw) || !check_nargs(interp, "__rdivmod__", nargs - 1, 1, 1)) return Value::null();
  return float_divmod(interp, args[1], args[0]);
}

const MethodDef kFloatMethods[] = {
  {"is_integer", m_is_integer}, {"as_integer_ratio", m_as_integer_ratio}, {"hex", m_hex},
  {"fromhex", m_fromhex, MethodDef::ClassMethod}, {"conjugate", m_conjugate},
  {"__round__", m_round}, {"__trunc__", m_trunc}, {"__floor__", m_floor}, {"__ceil__", m_ceil},
  {"__int__", m_trunc}, {"__float__", m_float}, {"__format__", m_format},
  {"__getnewargs__", m_getnewargs}, {"__divmod__", m_divmod}, {"__rdivmod__", m_rdivmod},
};

}  // namespace

bool init_float_type(Interp& interp) {
  Type* t = interp.types.float_;
  t->instance_kind = Kind::Float;
  t->instance_size = sizeof(Float);
  t->type_flags |= kTypeBaseType;
  t->new_ = float_new_slot;
  t->repr = float_repr_slot;
  t->hash = float_hash_slot;
  t->compare = float_compare;
  t->binary = float_binary;
  t->unary = float_unary;
  t->to_bool = float_bool_slot;
  t->getattr = float_getattr_slot;
  t->setattr = float_setattr_slot;
  return add_methods(interp, t, kFloatMethods, sizeof kFloatMethods / sizeof kFloatMethods[0]);
}

}  // namespace coil
