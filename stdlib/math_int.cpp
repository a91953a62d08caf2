// The math module's integer functions on arbitrary-size ints (GMP): gcd, lcm, factorial,
// comb, perm, isqrt, and prod.
#include <gmp.h>

#include "runtime/builtins.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/math_internal.h"

namespace coil {

namespace {

// RAII for an mpz_t local.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

bool to_mpz(Interp& interp, Value v, mpz_t out) {
  Value i = index_value(interp, v);
  if (i.is_null()) return false;
  int_to_mpz(i, out);
  return true;
}

Value gcd_lcm(Interp& interp, const Value* args, size_t nargs, Tuple* kw, bool lcm) {
  if (!check_no_kwargs(interp, lcm ? "lcm" : "gcd", kw)) return Value();
  Mpz acc, x;
  mpz_set_ui(acc.z, lcm ? 1 : 0);
  for (size_t i = 0; i < nargs; i++) {
    if (!to_mpz(interp, args[i], x.z)) return Value();
    if (lcm) {
      if (mpz_sgn(acc.z) == 0) continue;   // stays 0, but later args are still type-checked
      mpz_lcm(acc.z, acc.z, x.z);
    } else {
      mpz_gcd(acc.z, acc.z, x.z);
    }
  }
  mpz_abs(acc.z, acc.z);
  return make_int_from_mpz(interp, acc.z);
}

Value m_gcd(Interp& interp, const Value* args, size_t nargs, Tuple* kw) { return gcd_lcm(interp, args, nargs, kw, false); }
Value m_lcm(Interp& interp, const Value* args, size_t nargs, Tuple* kw) { return gcd_lcm(interp, args, nargs, kw, true); }

Value m_factorial(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "factorial", kw) || !check_nargs(interp, "math.factorial()", nargs, 1, 1)) return Value();
  Value i = index_value(interp, args[0]);
  if (i.is_null()) return Value();
  int64_t n;
  if (!int_to_int64(i, &n)) {
    if (int_sign(i) < 0) return raise(interp, interp.exc_types.ValueError, "factorial() not defined for negative values");
    return raise(interp, interp.exc_types.OverflowError, "factorial() argument should not exceed 9223372036854775807");
  }
  if (n < 0) return raise(interp, interp.exc_types.ValueError, "factorial() not defined for negative values");
  Mpz r;
  mpz_fac_ui(r.z, (unsigned long)n);
  return make_int_from_mpz(interp, r.z);
}

// n and k for comb/perm: non-negative ints.
bool n_k(Interp& interp, Value nv, Value kv, Mpz& n, Mpz& k) {
  if (!to_mpz(interp, nv, n.z)) return false;
  if (!kv.is_null() && !to_mpz(interp, kv, k.z)) return false;
  if (mpz_sgn(n.z) < 0) {
    raise(interp, interp.exc_types.ValueError, "n must be a non-negative integer");
    return false;
  }
  if (!kv.is_null() && mpz_sgn(k.z) < 0) {
    raise(interp, interp.exc_types.ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Value m_comb(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "comb", kw) || !check_nargs(interp, "comb", nargs, 2, 2)) return Value();
  Mpz n, k, r;
  if (!n_k(interp, args[0], args[1], n, k)) return Value();
  if (mpz_cmp(k.z, n.z) > 0) return Value::small_int(0);
  // C(n, k) == C(n, n-k): use the smaller one (it must fit an unsigned long for GMP).
  Mpz nk;
  mpz_sub(nk.z, n.z, k.z);
  if (mpz_cmp(nk.z, k.z) < 0) mpz_set(k.z, nk.z);
  if (!mpz_fits_ulong_p(k.z)) {
    return raise(interp, interp.exc_types.OverflowError, "min(n - k, k) must not exceed %ld", (long)INT64_MAX);
  }
  mpz_bin_ui(r.z, n.z, mpz_get_ui(k.z));
  return make_int_from_mpz(interp, r.z);
}

Value m_perm(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "perm", kw) || !check_nargs(interp, "perm", nargs, 1, 2)) return Value();
  Value kv = (nargs == 2 && !args[1].is_none()) ? args[1] : Value();
  Mpz n, k, r;
  if (!n_k(interp, args[0], kv, n, k)) return Value();
  if (kv.is_null()) mpz_set(k.z, n.z);
  if (mpz_cmp(k.z, n.z) > 0) return Value::small_int(0);
  if (!mpz_fits_ulong_p(k.z)) return raise(interp, interp.exc_types.OverflowError, "k must not exceed %ld", (long)INT64_MAX);
  // n * (n-1) * ... * (n-k+1)
  unsigned long kk = mpz_get_ui(k.z);
  mpz_set_ui(r.z, 1);
  Mpz f;
  mpz_set(f.z, n.z);
  for (unsigned long i = 0; i < kk; i++) {
    mpz_mul(r.z, r.z, f.z);
    mpz_sub_ui(f.z, f.z, 1);
  }
  return make_int_from_mpz(interp, r.z);
}

Value m_isqrt(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "isqrt", kw) || !check_nargs(interp, "math.isqrt()", nargs, 1, 1)) return Value();
  Mpz n;
  if (!to_mpz(interp, args[0], n.z)) return Value();
  if (mpz_sgn(n.z) < 0) return raise(interp, interp.exc_types.ValueError, "isqrt() argument must be nonnegative");
  mpz_sqrt(n.z, n.z);
  return make_int_from_mpz(interp, n.z);
}

// prod(iterable, /, *, start=1): int64 fast path, then the generic `*`.
Value m_prod(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  const ArgSpec spec{"prod", {"iterable", "start"}, 1, 1, 1};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  Value result = a[1].is_null() ? Value::small_int(1) : a[1];
  Value it = get_iter(interp, a[0]);
  if (it.is_null()) return Value();
  for (;;) {
    Value item = iter_next(interp, it);
    if (item.is_null()) {
      if (interp.has_error()) return Value();
      return result;
    }
    if (result.is_small_int() && item.is_small_int()) {
      int64_t r;
      if (!__builtin_mul_overflow(result.as_small_int(), item.as_small_int(), &r) && Value::fits_small(r)) {
        result = Value::small_int(r);
        continue;
      }
    }
    result = binary_op(interp, BinOp::Mul, result, item);
    if (result.is_null()) return Value();
  }
}

const MethodDef kMathIntFunctions[] = {
    {"gcd", m_gcd},   {"lcm", m_lcm},     {"factorial", m_factorial}, {"comb", m_comb},
    {"perm", m_perm}, {"isqrt", m_isqrt}, {"prod", m_prod},
};

}  // namespace

bool add_math_int_functions(Interp& interp, Dict* ns) {
  return add_functions(interp, ns, kMathIntFunctions, sizeof kMathIntFunctions / sizeof kMathIntFunctions[0]);
}

}  // namespace coil
