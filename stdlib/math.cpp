// The math module's float functions, with CPython's error rules: a NaN from a non-NaN
// argument is "math domain error", an infinity from a finite argument is "math range error"
// (overflowing functions) or a domain error. Integer functions are in math_int.cpp.
#include <cerrno>
#include <cmath>
#include <string>
#include <vector>

#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/number.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/iterators.h"
#include "stdlib/math_internal.h"

namespace coil {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kE = 2.718281828459045235360287471352662497757;

bool math_arg(Interp& interp, Value v, double* out) {
  if (is_float(v)) { *out = float_value(v); return true; }
  if (v.is_small_int()) { *out = double(v.as_small_int()); return true; }
  if (v.is_bool()) { *out = v.is_true() ? 1.0 : 0.0; return true; }
  if (is_int(v)) {
    bool overflow = false;
    *out = int_to_double(interp, v, &overflow);
    if (overflow) {
      raise(interp, interp.exc_types.OverflowError, "int too large to convert to float");
      return false;
    }
    return !interp.has_error();
  }
  Value f = call_special(interp, v, interp.names.__float__, {});
  if (!f.is_null()) {
    if (!is_float(f)) {
      raise(interp, interp.exc_types.TypeError, "%s.__float__ returned non-float (type %s)", type_name(interp, v),
            type_name(interp, f));
      return false;
    }
    *out = float_value(f);
    return true;
  }
  if (interp.has_error()) return false;
  Value i = call_special(interp, v, interp.names.__index__, {});
  if (!i.is_null() && is_int(i)) return math_arg(interp, i, out);
  if (interp.has_error()) return false;
  raise(interp, interp.exc_types.TypeError, "must be real number, not %s", type_name(interp, v));
  return false;
}

Value math_domain_error(Interp& interp) { return raise(interp, interp.exc_types.ValueError, "math domain error"); }
Value math_range_error(Interp& interp) { return raise(interp, interp.exc_types.OverflowError, "math range error"); }

namespace {

// CPython's math_1: the result checks after calling a libm function of one argument.
Value math_1(Interp& interp, const Value* args, size_t nargs, Tuple* kw, const char* name, double (*f)(double),
             bool can_overflow) {
  if (kw != nullptr && kw->size > 0) return raise(interp, interp.exc_types.TypeError, "math.%s() takes no keyword arguments", name);
  if (nargs != 1) {
    return raise(interp, interp.exc_types.TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
  }
  double x;
  if (!math_arg(interp, args[0], &x)) return Value();
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return math_domain_error(interp);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? math_range_error(interp) : math_domain_error(interp);
  if (std::isfinite(r) && errno == ERANGE && std::fabs(r) >= 1.5) return math_range_error(interp);
  return make_float(interp, r);
}

double m_degrees(double x) { return x * (180.0 / kPi); }
double m_radians(double x) { return x * (kPi / 180.0); }
double m_gamma(double x) {
  if (x == 0 || (x < 0 && x == std::floor(x)) || (std::isinf(x) && x < 0)) return NAN;
  return std::tgamma(x);
}
double m_lgamma(double x) {
  if (x <= 0 && x == std::floor(x) && std::isfinite(x)) return INFINITY;   // pole: CPython raises domain error
  return std::lgamma(x);
}
double m_exp2(double x) { return std::exp2(x); }

#define COIL_MATH1(name, expr, overflow)                                              \
  Value m_##name(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {         \
    return math_1(interp, args, nargs, kw, #name, [](double x) -> double { return expr; }, overflow); \
  }
COIL_MATH1(sqrt, std::sqrt(x), false)
COIL_MATH1(exp, std::exp(x), true)
COIL_MATH1(exp2, m_exp2(x), true)
COIL_MATH1(expm1, std::expm1(x), true)
COIL_MATH1(log1p, std::log1p(x), false)
COIL_MATH1(sin, std::sin(x), false)
COIL_MATH1(cos, std::cos(x), false)
COIL_MATH1(tan, std::tan(x), false)
COIL_MATH1(asin, std::asin(x), false)
COIL_MATH1(acos, std::acos(x), false)
COIL_MATH1(atan, std::atan(x), false)
COIL_MATH1(sinh, std::sinh(x), true)
COIL_MATH1(cosh, std::cosh(x), true)
COIL_MATH1(tanh, std::tanh(x), false)
COIL_MATH1(asinh, std::asinh(x), false)
COIL_MATH1(acosh, std::acosh(x), false)
COIL_MATH1(atanh, std::atanh(x), false)
COIL_MATH1(fabs, std::fabs(x), false)
COIL_MATH1(erf, std::erf(x), false)
COIL_MATH1(erfc, std::erfc(x), false)
COIL_MATH1(gamma, m_gamma(x), true)
COIL_MATH1(lgamma, m_lgamma(x), true)
COIL_MATH1(degrees, m_degrees(x), true)
COIL_MATH1(radians, m_radians(x), false)
COIL_MATH1(cbrt, std::cbrt(x), false)
#undef COIL_MATH1

// The log of any positive int or float; big ints via mantissa and exponent (CPython's loghelper).
bool log_of(Interp& interp, Value v, double (*f)(double), double* out) {
  if (is_int(v) && !v.is_small_int() && !v.is_bool()) {
    if (int_sign(v) <= 0) { math_domain_error(interp); return false; }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    long exp;
    double m = mpz_get_d_2exp(&exp, z);   // v = m * 2**exp, 0.5 <= m < 1
    mpz_clear(z);
    *out = f(m) + f(2.0) * double(exp);
    return true;
  }
  double x;
  if (!math_arg(interp, v, &x)) return false;
  if (std::isnan(x)) { *out = x; return true; }
  if (x <= 0) { math_domain_error(interp); return false; }
  *out = f(x);
  return true;
}

Value m_log(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if ((kw != nullptr && kw->size > 0) || nargs < 1 || nargs > 2) {
    if (kw != nullptr && kw->size > 0) return raise(interp, interp.exc_types.TypeError, "math.log() takes no keyword arguments");
    return raise(interp, interp.exc_types.TypeError, "math.log requires 1 to 2 arguments");
  }
  double num;
  if (!log_of(interp, args[0], [](double x) { return std::log(x); }, &num)) return Value();
  if (nargs == 1) return make_float(interp, num);
  double den;
  if (!log_of(interp, args[1], [](double x) { return std::log(x); }, &den)) return Value();
  if (den == 0) return raise(interp, interp.exc_types.ZeroDivisionError, "float division by zero");
  return make_float(interp, num / den);
}

Value m_log2(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "math.log2", kw) || !check_nargs(interp, "math.log2()", nargs, 1, 1)) return Value();
  double r;
  if (!log_of(interp, args[0], [](double x) { return std::log2(x); }, &r)) return Value();
  return make_float(interp, r);
}

Value m_log10(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "math.log10", kw) || !check_nargs(interp, "math.log10()", nargs, 1, 1)) return Value();
  double r;
  if (!log_of(interp, args[0], [](double x) { return std::log10(x); }, &r)) return Value();
  return make_float(interp, r);
}

// floor/ceil: ints are returned as they are, floats exactly, others through __floor__/__ceil__.
Value floor_ceil(Interp& interp, const Value* args, size_t nargs, Tuple* kw, bool floor) {
  const char* fname = floor ? "math.floor()" : "math.ceil()";
  if (!check_no_kwargs(interp, fname, kw) || !check_nargs(interp, fname, nargs, 1, 1)) return Value();
  Value v = args[0];
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (is_int(v) && type_of(interp, v) == interp.types.int_) return v;
  if (is_float(v) && type_of(interp, v) == interp.types.float_) {
    return floor ? float_floor_int(interp, float_value(v)) : float_ceil_int(interp, float_value(v));
  }
  Str* name = intern(interp, floor ? "__floor__" : "__ceil__");
  Value r = call_special(interp, v, name, {});
  if (!r.is_null() || interp.has_error()) return r;
  double x;
  if (!math_arg(interp, v, &x)) return Value();
  return floor ? float_floor_int(interp, x) : float_ceil_int(interp, x);
}

Value m_floor(Interp& interp, const Value* args, size_t nargs, Tuple* kw) { return floor_ceil(interp, args, nargs, kw, true); }
Value m_ceil(Interp& interp, const Value* args, size_t nargs, Tuple* kw) { return floor_ceil(interp, args, nargs, kw, false); }

Value m_trunc(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "math.trunc()", kw) || !check_nargs(interp, "math.trunc()", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (is_int(v) && type_of(interp, v) == interp.types.int_) return v;
  if (is_float(v) && type_of(interp, v) == interp.types.float_) return int_from_double(interp, std::trunc(float_value(v)));
  Value r = call_special(interp, v, intern(interp, "__trunc__"), {});
  if (!r.is_null() || interp.has_error()) return r;
  return raise(interp, interp.exc_types.TypeError, "type %s doesn't define __trunc__ method", type_name(interp, v));
}

Value m_isnan(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "math.isnan()", kw) || !check_nargs(interp, "math.isnan()", nargs, 1, 1)) return Value();
  double x;
  if (!math_arg(interp, args[0], &x)) return Value();
  return Value::boolean(std::isnan(x));
}
Value m_isinf(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "math.isinf()", kw) || !check_nargs(interp, "math.isinf()", nargs, 1, 1)) return Value();
  double x;
  if (!math_arg(interp, args[0], &x)) return Value();
  return Value::boolean(std::isinf(x));
}
Value m_isfinite(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "math.isfinite()", kw) || !check_nargs(interp, "math.isfinite()", nargs, 1, 1)) return Value();
  double x;
  if (!math_arg(interp, args[0], &x)) return Value();
  return Value::boolean(std::isfinite(x));
}

Value m_isclose(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  const ArgSpec spec{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 0, 2};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  double x, y, rel = 1e-09, abs_tol = 0.0;
  if (!math_arg(interp, a[0], &x) || !math_arg(interp, a[1], &y)) return Value();
  if (!a[2].is_null() && !math_arg(interp, a[2], &rel)) return Value();
  if (!a[3].is_null() && !math_arg(interp, a[3], &abs_tol)) return Value();
  if (rel < 0.0 || abs_tol < 0.0) return raise(interp, interp.exc_types.ValueError, "tolerances must be non-negative");
  if (x == y) return Value::true_();
  if (std::isinf(x) || std::isinf(y)) return Value::false_();
  double diff = std::fabs(y - x);
  return Value::boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || (diff <= abs_tol));
}

bool two_floats(Interp& interp, const Value* args, size_t nargs, Tuple* kw, const char* name, double* x, double* y) {
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, name, nargs, 2, 2)) return false;
  return math_arg(interp, args[0], x) && math_arg(interp, args[1], y);
}

Value m_pow(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double x, y, r;
  if (!two_floats(interp, args, nargs, kw, "pow", &x, &y)) return Value();
  int err = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) r = y == 0. ? 1. : x;
    else if (std::isnan(y)) r = x == 1. ? 1. : y;
    else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) r = odd_y ? x : std::fabs(x);
      else if (y == 0.) r = 1.;
      else r = odd_y ? std::copysign(0., x) : 0.;
    } else {
      if (std::fabs(x) == 1.0) r = 1.;
      else if (y > 0. && std::fabs(x) > 1.0) r = y;
      else if (y < 0. && std::fabs(x) < 1.0) r = -y;
      else r = 0.;
    }
  } else {
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
      if (std::isnan(r)) err = EDOM;
      else if (x == 0.) err = EDOM;
      else err = ERANGE;
    }
  }
  if (err == EDOM) return math_domain_error(interp);
  if (err == ERANGE) return math_range_error(interp);
  return make_float(interp, r);
}

Value m_fmod(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_floats(interp, args, nargs, kw, "fmod", &x, &y)) return Value();
  if (std::isinf(y) && std::isfinite(x)) return make_float(interp, x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return math_domain_error(interp);
  return make_float(interp, r);
}

Value m_remainder(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_floats(interp, args, nargs, kw, "remainder", &x, &y)) return Value();
  if (std::isnan(x)) return make_float(interp, x);
  if (std::isnan(y)) return make_float(interp, y);
  if (std::isinf(x) || y == 0.0) return math_domain_error(interp);
  return make_float(interp, std::remainder(x, y));
}

Value m_atan2(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double y, x;
  if (!two_floats(interp, args, nargs, kw, "atan2", &y, &x)) return Value();
  return make_float(interp, std::atan2(y, x));
}

Value m_copysign(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_floats(interp, args, nargs, kw, "copysign", &x, &y)) return Value();
  return make_float(interp, std::copysign(x, y));
}

Value m_nextafter(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_floats(interp, args, nargs, kw, "nextafter", &x, &y)) return Value();
  return make_float(interp, std::nextafter(x, y));
}

Value m_ulp(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "math.ulp()", kw) || !check_nargs(interp, "math.ulp()", nargs, 1, 1)) return Value();
  double x;
  if (!math_arg(interp, args[0], &x)) return Value();
  if (std::isnan(x)) return make_float(interp, x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(interp, x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return make_float(interp, x - std::nextafter(x, -INFINITY));
  return make_float(interp, next - x);
}

// Euclidean norm with CPython's care for overflow: scale by the largest coordinate.
double vector_norm(const std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || v.size() <= 1) return max;
  double csum = 1.0, frac = 0.0;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // Subnormal: scale up first.
    std::vector<double> scaled(v);
    for (double& x : scaled) x /= 4.9406564584124654e-324;
    return 4.9406564584124654e-324 * vector_norm(scaled, max / 4.9406564584124654e-324, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  for (double x : v) {
    x *= scale;
    x = x * x;
    double old = csum;
    csum += x;
    frac += (old - csum) + x;
  }
  double h = std::sqrt(csum - 1.0 + frac);
  return h / scale;
}

Value m_hypot(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "hypot", kw)) return Value();
  std::vector<double> v(nargs);
  double max = 0;
  bool nan = false;
  for (size_t i = 0; i < nargs; i++) {
    if (!math_arg(interp, args[i], &v[i])) return Value();
    v[i] = std::fabs(v[i]);
    nan |= std::isnan(v[i]);
    if (v[i] > max) max = v[i];
  }
  if (nargs == 2 && !nan) return make_float(interp, std::hypot(v[0], v[1]));
  return make_float(interp, vector_norm(v, max, nan));
}

Value m_dist(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "dist", kw) || !check_nargs(interp, "dist", nargs, 2, 2)) return Value();
  Tuple* p = sequence_to_tuple(interp, args[0]);
  if (p == nullptr) return Value();
  Tuple* q = sequence_to_tuple(interp, args[1]);
  if (q == nullptr) return Value();
  if (p->size != q->size) {
    return raise(interp, interp.exc_types.ValueError, "both points must have the same number of dimensions");
  }
  std::vector<double> v(p->size);
  double max = 0;
  bool nan = false;
  for (size_t i = 0; i < p->size; i++) {
    double a, b;
    if (!math_arg(interp, p->items[i], &a) || !math_arg(interp, q->items[i], &b)) return Value();
    v[i] = std::fabs(a - b);
    nan |= std::isnan(v[i]);
    if (v[i] > max) max = v[i];
  }
  return make_float(interp, vector_norm(v, max, nan));
}

Value m_modf(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "math.modf()", kw) || !check_nargs(interp, "math.modf()", nargs, 1, 1)) return Value();
  double x;
  if (!math_arg(interp, args[0], &x)) return Value();
  double ip;
  double frac;
  if (std::isinf(x)) { ip = x; frac = std::copysign(0.0, x); }
  else frac = std::modf(x, &ip);
  Tuple* t = tuple_pack(interp, {make_float(interp, frac), make_float(interp, ip)});
  return t ? Value::object(t) : raise_no_memory(interp);
}

Value m_frexp(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "math.frexp()", kw) || !check_nargs(interp, "math.frexp()", nargs, 1, 1)) return Value();
  double x;
  if (!math_arg(interp, args[0], &x)) return Value();
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  Tuple* t = tuple_pack(interp, {make_float(interp, m), make_int(interp, e)});
  return t ? Value::object(t) : raise_no_memory(interp);
}

Value m_ldexp(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "ldexp", kw) || !check_nargs(interp, "ldexp", nargs, 2, 2)) return Value();
  double x;
  if (!math_arg(interp, args[0], &x)) return Value();
  if (!is_int(args[1])) {
    return raise(interp, interp.exc_types.TypeError, "Expected an int as second argument to ldexp.");
  }
  int64_t e;
  if (!int_to_int64(args[1], &e)) e = int_sign(args[1]) > 0 ? INT32_MAX : INT32_MIN;
  if (e > INT32_MAX) e = INT32_MAX;
  if (e < INT32_MIN) e = INT32_MIN;
  if (x == 0 || !std::isfinite(x)) return make_float(interp, x);
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) return math_range_error(interp);
  return make_float(interp, r);
}

// fsum: Shewchuk's exact summation exactly as CPython's math_fsum (same partials, same
// half-even fix-up), so results match bit for bit.
Value m_fsum(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "math.fsum()", kw) || !check_nargs(interp, "math.fsum()", nargs, 1, 1)) return Value();
  Value it = get_iter(interp, args[0]);
  if (it.is_null()) return Value();
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Value item = iter_next(interp, it);
    if (item.is_null()) {
      if (interp.has_error()) return Value();
      break;
    }
    double x;
    if (!math_arg(interp, item, &x)) return Value();
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); j++) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) return raise(interp, interp.exc_types.OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(interp, interp.exc_types.ValueError, "-inf + inf in fsum");
    return make_float(interp, special_sum);
  }
  double hi = 0.0, lo = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return make_float(interp, hi);
}

const MethodDef kMathFunctions[] = {
    {"sqrt", m_sqrt},   {"exp", m_exp},       {"exp2", m_exp2},     {"expm1", m_expm1},
    {"log1p", m_log1p}, {"sin", m_sin},       {"cos", m_cos},       {"tan", m_tan},
    {"asin", m_asin},   {"acos", m_acos},     {"atan", m_atan},     {"sinh", m_sinh},
    {"cosh", m_cosh},   {"tanh", m_tanh},     {"asinh", m_asinh},   {"acosh", m_acosh},
    {"atanh", m_atanh}, {"fabs", m_fabs},     {"erf", m_erf},       {"erfc", m_erfc},
    {"gamma", m_gamma}, {"lgamma", m_lgamma}, {"degrees", m_degrees}, {"radians", m_radians},
    {"cbrt", m_cbrt},   {"log", m_log},       {"log2", m_log2},     {"log10", m_log10},
    {"floor", m_floor}, {"ceil", m_ceil},     {"trunc", m_trunc},   {"isnan", m_isnan},
    {"isinf", m_isinf}, {"isfinite", m_isfinite}, {"isclose", m_isclose}, {"pow", m_pow},
    {"fmod", m_fmod},   {"remainder", m_remainder}, {"atan2", m_atan2}, {"copysign", m_copysign},
    {"nextafter", m_nextafter}, {"ulp", m_ulp}, {"hypot", m_hypot}, {"dist", m_dist},
    {"modf", m_modf},   {"frexp", m_frexp},   {"ldexp", m_ldexp},   {"fsum", m_fsum},
};

}  // namespace

bool init_math_module(Interp& interp, Module* m) {
  Dict* d = m->dict;
  return add_functions(interp, d, kMathFunctions, sizeof kMathFunctions / sizeof kMathFunctions[0]) &&
         add_math_int_functions(interp, d) && dict_set_cstr(interp, d, "pi", make_float(interp, kPi)) &&
         dict_set_cstr(interp, d, "e", make_float(interp, kE)) &&
         dict_set_cstr(interp, d, "tau", make_float(interp, 2 * kPi)) &&
         dict_set_cstr(interp, d, "inf", make_float(interp, INFINITY)) &&
         dict_set_cstr(interp, d, "nan", make_float(interp, NAN));
}

}  // namespace coil
