// int core: creation (small or BigInt), conversions to C integers, doubles and text, parsing
// int(text, base), and CPython's hash. Arithmetic is in int_arith.cpp, the type in int_type.cpp.
#include "runtime/int.h"

#include <cmath>
#include <cstring>
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/int_internal.h"
#include "runtime/number.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/text.h"

namespace coil {

namespace {

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

}  // namespace

// ---- BigInt objects ----------------------------------------------------------------------

BigInt* bigint_alloc(Interp& interp, Type* cls) {
  size_t size = sizeof(BigInt);
  if (cls != nullptr && cls->instance_size > size) size = cls->instance_size;
  BigInt* b = static_cast<BigInt*>(interp.heap.allocate(cls ? cls : interp.types.int_, Kind::Int, size));
  if (b == nullptr) { raise_no_memory(interp); return nullptr; }
  mpz_init(b->value);
  return b;
}

void bigint_account(Interp& interp, BigInt* b) {
  interp.heap.account(ptrdiff_t(mpz_size(b->value) * sizeof(mp_limb_t)));
}

void bigint_finalize(Interp& interp, Object* self) {
  BigInt* b = static_cast<BigInt*>(self);
  interp.heap.account(-ptrdiff_t(mpz_size(b->value) * sizeof(mp_limb_t)));
  mpz_clear(b->value);
}

Value make_int_of_type(Interp& interp, Type* cls, Value v) {
  if (cls == nullptr || cls == interp.types.int_) return v;
  BigInt* b = bigint_alloc(interp, cls);
  if (b == nullptr) return Value::null();
  int_to_mpz(v, b->value);
  bigint_account(interp, b);
  return Value::object(b);
}

Value make_int(Interp& interp, int64_t n) {
  if (Value::fits_small(n)) return Value::small_int(n);
  BigInt* b = bigint_alloc(interp, interp.types.int_);
  if (b == nullptr) return Value::null();
  mpz_set_si(b->value, long(n));
  bigint_account(interp, b);
  return Value::object(b);
}

Value make_int_from_u64(Interp& interp, uint64_t n) {
  if (n <= uint64_t(Value::kMaxSmall)) return Value::small_int(int64_t(n));
  BigInt* b = bigint_alloc(interp, interp.types.int_);
  if (b == nullptr) return Value::null();
  mpz_set_ui(b->value, static_cast<unsigned long>(n));
  bigint_account(interp, b);
  return Value::object(b);
}

Value make_int_from_mpz(Interp& interp, const mpz_t n) {
  if (mpz_fits_slong_p(n)) {
    long v = mpz_get_si(n);
    if (Value::fits_small(v)) return Value::small_int(v);
  }
  BigInt* b = bigint_alloc(interp, interp.types.int_);
  if (b == nullptr) return Value::null();
  mpz_set(b->value, n);
  bigint_account(interp, b);
  return Value::object(b);
}

bool is_int_like(Value v) { return is_int(v); }

int int_sign(Value v) {
  if (v.is_small_int()) { int64_t n = v.as_small_int(); return (n > 0) - (n < 0); }
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  return mpz_sgn(v.as<BigInt>()->value);
}

bool int_to_int64(Value v, int64_t* out) {
  if (v.is_small_int()) { *out = v.as_small_int(); return true; }
  if (v.is_bool()) { *out = v.is_true(); return true; }
  if (!is_kind(v, Kind::Int)) return false;
  const mpz_t& z = v.as<BigInt>()->value;
  if (!mpz_fits_slong_p(z)) return false;
  *out = mpz_get_si(z);
  return true;
}

void int_to_mpz(Value v, mpz_t out) {
  if (v.is_small_int()) mpz_set_si(out, long(v.as_small_int()));
  else if (v.is_bool()) mpz_set_si(out, v.is_true() ? 1 : 0);
  else mpz_set(out, v.as<BigInt>()->value);
}

bool to_index(Interp& interp, Value v, int64_t* out) {
  if (v.is_small_int()) { *out = v.as_small_int(); return true; }
  Value iv = v;
  if (!is_int(v)) {
    if (lookup_special(interp, v, interp.names.__index__).is_null()) {
      if (!interp.has_error())
        raise(interp, interp.exc_types.TypeError, "'%s' object cannot be interpreted as an integer",
              type_name(interp, v));
      return false;
    }
    iv = call_special(interp, v, interp.names.__index__, {});
    if (iv.is_null()) return false;
    if (!is_int(iv)) {
      raise(interp, interp.exc_types.TypeError, "__index__ returned non-int (type %s)", type_name(interp, iv));
      return false;
    }
  }
  if (int_to_int64(iv, out)) return true;
  raise(interp, interp.exc_types.OverflowError, "Python int too large to convert to C ssize_t");
  return false;
}

// ---- text -------------------------------------------------------------------------------

std::string int_to_string(Value v, int base) {
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  int64_t n;
  if (int_to_int64(v, &n)) {
    char buf[72];
    char* p = buf + sizeof buf;
    uint64_t u = n < 0 ? uint64_t(0) - uint64_t(n) : uint64_t(n);
    do { *--p = digits[u % unsigned(base)]; u /= unsigned(base); } while (u);
    if (n < 0) *--p = '-';
    return std::string(p, size_t(buf + sizeof buf - p));
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  std::string out(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(out.data(), base, z);
  out.resize(std::strlen(out.c_str()));
  mpz_clear(z);
  return out;
}

bool int_to_decimal(Interp& interp, Value v, std::string& out) {
  if (!v.is_small_int() && !v.is_bool()) {
    const mpz_t& z = v.as<BigInt>()->value;
    size_t est = mpz_sizeinbase(z, 10);
    if (est > size_t(kIntMaxStrDigits) + 1) goto too_long;
    std::string s = int_to_string(v, 10);
    size_t ndig = s.size() - (s[0] == '-');
    if (ndig > size_t(kIntMaxStrDigits)) goto too_long;
    out += s;
    return true;
  }
  out += int_to_string(v, 10);
  return true;
too_long:
  raise(interp, interp.exc_types.ValueError,
        "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to "
        "increase the limit", kIntMaxStrDigits);
  return false;
}

namespace {

int digit_value(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return int(cp - '0');
  if (cp >= 'a' && cp <= 'z') return int(cp - 'a' + 10);
  if (cp >= 'A' && cp <= 'Z') return int(cp - 'A' + 10);
  if (cp >= 0x80) return text::decimal_value(cp);
  return 99;
}

Value invalid_literal(Interp& interp, std::string_view text, int base) {
  std::string r = str_repr(text);
  if (r.size() > 200) r.resize(200);   // CPython's %.200R
  return raise(interp, interp.exc_types.ValueError, "invalid literal for int() with base %d: %s", base, r.c_str());
}

}  // namespace

Value int_from_string(Interp& interp, std::string_view text, int base) {
  if (base != 0 && (base < 2 || base > 36))
    return raise(interp, interp.exc_types.ValueError, "int() base must be >= 2 and <= 36, or 0");
  const char* p = text.data();
  const char* end = p + text.size();
  // Strip Unicode whitespace on both sides.
  while (p < end) { const char* q = p; if (!text::is_space(text::utf8_next(q))) break; p = q; }
  while (end > p) { const char* q = end; text::utf8_prev(q); const char* t = q; if (!text::is_space(text::utf8_next(t))) break; end = q; }
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) { neg = *p == '-'; p++; }
  int b = base;
  bool prefixed = false;
  if (p + 1 < end && p[0] == '0') {
    char c = char(p[1] | 0x20);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb != 0 && (base == 0 || base == pb)) { b = pb; p += 2; prefixed = true; }
  }
  bool zero_lead_check = false;
  if (b == 0) { b = 10; zero_lead_check = true; }
  // Collect digits (ASCII), validating underscores: only between digits or after a prefix.
  std::string digits;
  digits.reserve(size_t(end - p));
  // "0x_1f" is fine: one underscore may follow the prefix as if it were a digit.
  if (prefixed && p < end && *p == '_') p++;
  bool last_underscore = false;
  bool any = false;
  while (p < end) {
    const char* q = p;
    uint32_t cp = text::utf8_next(q);
    if (cp == '_') {
      if (!any || last_underscore) return invalid_literal(interp, text, base);
      last_underscore = true;
      p = q;
      continue;
    }
    int d = digit_value(cp);
    if (d >= b) return invalid_literal(interp, text, base);
    digits += "0123456789abcdefghijklmnopqrstuvwxyz"[d];
    any = true;
    last_underscore = false;
    p = q;
  }
  if (!any || last_underscore) return invalid_literal(interp, text, base);
  if (zero_lead_check && digits[0] == '0' && digits.find_first_not_of('0') != std::string::npos)
    return invalid_literal(interp, text, base);
  if ((b & (b - 1)) != 0 && digits.size() > size_t(kIntMaxStrDigits))
    return raise(interp, interp.exc_types.ValueError,
                 "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; use "
                 "sys.set_int_max_str_digits() to increase the limit", kIntMaxStrDigits, digits.size());
  if (b == 10 && digits.size() <= 18) {
    int64_t v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return Value::small_int(neg ? -v : v);
  }
  mpz_t z;
  mpz_init(z);
  mpz_set_str(z, digits.c_str(), b);
  if (neg) mpz_neg(z, z);
  Value r = make_int_from_mpz(interp, z);
  mpz_clear(z);
  return r;
}

// ---- doubles ----------------------------------------------------------------------------

// q * 2^-k (q >= 0, `sticky` = nonzero bits were dropped below q), correctly rounded to a
// double (half to even). Infinity when too large.
double mpz_scaled_to_double(const mpz_t q, bool sticky, long k) {
  if (mpz_sgn(q) == 0) return 0.0;
  long bits = long(mpz_sizeinbase(q, 2));
  long e = bits - 1 - k;                    // exponent of the leading bit
  long lsb = e - 52 > -1074 ? e - 52 : -1074;  // exponent of the last kept bit
  long drop = lsb + k;                      // bits of q below that
  if (e > 1023) return HUGE_VAL;
  if (drop <= 0) return std::ldexp(mpz_get_d(q), int(-k));   // exact
  mpz_t m;
  mpz_init(m);
  mpz_tdiv_q_2exp(m, q, static_cast<mp_bitcnt_t>(drop));
  bool half = mpz_tstbit(q, static_cast<mp_bitcnt_t>(drop - 1));
  bool below = sticky || (drop >= 2 && mpz_scan1(q, 0) < static_cast<mp_bitcnt_t>(drop - 1));
  if (half && (below || mpz_odd_p(m))) mpz_add_ui(m, m, 1);
  double r = std::ldexp(mpz_get_d(m), int(lsb));
  mpz_clear(m);
  return r;
}

double int_to_double(Interp& interp, Value v, bool* overflow) {
  *overflow = false;
  int64_t n;
  if (int_to_int64(v, &n)) return double(n);
  const mpz_t& z = v.as<BigInt>()->value;
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, z);
  double d = mpz_scaled_to_double(a, false, 0);
  mpz_clear(a);
  if (std::isinf(d)) *overflow = true;
  return mpz_sgn(z) < 0 ? -d : d;
}

bool int_to_double_checked(Interp& interp, Value v, double* out) {
  bool overflow;
  *out = int_to_double(interp, v, &overflow);
  if (overflow) {
    raise(interp, interp.exc_types.OverflowError, "int too large to convert to float");
    return false;
  }
  return true;
}

Value int_from_double(Interp& interp, double d) {
  if (std::isinf(d)) return raise(interp, interp.exc_types.OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(interp, interp.exc_types.ValueError, "cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (t >= -4.0e18 && t <= 4.0e18) return make_int(interp, int64_t(t));
  mpz_t z;
  mpz_init_set_d(z, t);
  Value r = make_int_from_mpz(interp, z);
  mpz_clear(z);
  return r;
}

int int_compare_double(Value i, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  int64_t n;
  if (int_to_int64(i, &n) && n > -(int64_t(1) << 53) && n < (int64_t(1) << 53)) {
    double x = double(n);
    return (x > d) - (x < d);
  }
  double f = std::floor(d);
  mpz_t a, b;
  mpz_init(a);
  mpz_init_set_d(b, f);
  int_to_mpz(i, a);
  int c = mpz_cmp(a, b);
  mpz_clear(a);
  mpz_clear(b);
  if (c != 0) return c > 0 ? 1 : -1;
  return d > f ? -1 : 0;   // i == floor(d): i < d iff d has a fraction
}

// ---- hash -------------------------------------------------------------------------------

int64_t int_hash(Value v) {
  int64_t n;
  if (v.is_small_int() || v.is_bool()) {
    int_to_int64(v, &n);
    uint64_t u = n < 0 ? uint64_t(0) - uint64_t(n) : uint64_t(n);
    int64_t h = int64_t(u % kHashModulus);
    if (n < 0) h = -h;
    return h == -1 ? -2 : h;
  }
  const mpz_t& z = v.as<BigInt>()->value;
  int64_t h = int64_t(mpz_tdiv_ui(z, static_cast<unsigned long>(kHashModulus)));
  if (mpz_sgn(z) < 0) h = -h;
  return h == -1 ? -2 : h;
}

}  // namespace coil
