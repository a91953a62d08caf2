// Text forms of doubles, as CPython's PyOS_double_to_string / format_float_short: repr (shortest
// round-trip), 'e' 'f' 'g' with precision; and parsing float('...') text.
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include "runtime/number.h"
#include "runtime/text.h"

namespace coil {

namespace {

// Decimal digits of a double and the position of the decimal point: value = 0.DIGITS * 10^decpt.
struct Digits {
  std::string d;
  int decpt = 0;
};

// From std::to_chars scientific output "d.ddde±XX" (sign already removed).
Digits from_scientific(const char* b, const char* e) {
  Digits r;
  const char* x = static_cast<const char*>(std::memchr(b, 'e', size_t(e - b)));
  for (const char* p = b; p < x; p++)
    if (*p != '.') r.d += *p;
  // to_chars does not NUL-terminate: parse the exponent within [x+1, e).
  const char* q = x + 1;
  if (q < e && *q == '+') q++;
  int exp = 0;
  std::from_chars(q, e, exp);
  r.decpt = exp + 1;
  return r;
}

Digits shortest(double a) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
  return from_scientific(buf, res.ptr);
}

Digits rounded(double a, int significant) {
  std::string buf(size_t(significant) + 32, '\0');
  auto res = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific, significant - 1);
  return from_scientific(buf.data(), res.ptr);
}

// CPython's format_float_short layout step. vend: how many digit positions to show (zeros pad).
std::string layout(const Digits& dg, bool use_exp, bool add_dot_0, int min_vend, bool alternate, bool upper) {
  const std::string& digits = dg.d;
  int nd = int(digits.size());
  int decpt = dg.decpt;
  int exp = 0;
  if (use_exp) { exp = decpt - 1; decpt = 1; }
  int vend = nd > decpt ? nd : decpt;
  if (!use_exp && add_dot_0 && vend < decpt + 1) vend = decpt + 1;
  if (vend < min_vend) vend = min_vend;
  std::string out;
  if (decpt <= 0) {
    out += "0.";
    out.append(size_t(-decpt), '0');
    out += digits;
    if (vend > nd) out.append(size_t(vend - nd), '0');
  } else {
    if (decpt <= nd) out.append(digits, 0, size_t(decpt));
    else { out += digits; out.append(size_t(decpt - nd), '0'); }
    if (vend > decpt) {
      out += '.';
      if (nd > decpt) out.append(digits, size_t(decpt), std::string::npos);
      int have = nd > decpt ? nd : decpt;
      if (vend > have) out.append(size_t(vend - have), '0');
    } else if (alternate) {
      out += '.';
    }
  }
  if (use_exp) {
    out += upper ? 'E' : 'e';
    out += exp < 0 ? '-' : '+';
    int ax = exp < 0 ? -exp : exp;
    if (ax < 10) out += '0';
    out += std::to_string(ax);
  }
  return out;
}

}  // namespace

std::string double_to_text(double d, char mode, int precision, bool alternate, bool add_dot_0, bool upper) {
  std::string out;
  if (std::signbit(d) && !std::isnan(d)) out += '-';
  double a = std::fabs(d);
  if (std::isnan(d)) return upper ? "NAN" : "nan";
  if (std::isinf(d)) return out + (upper ? "INF" : "inf");
  switch (mode) {
    case 'r': {
      Digits dg = shortest(a);
      bool use_exp = dg.decpt <= -4 || dg.decpt > 16;
      return out + layout(dg, use_exp, add_dot_0, 0, alternate, upper);
    }
    case 'e': {
      Digits dg = rounded(a, precision + 1);
      return out + layout(dg, true, false, precision + 1, alternate, upper);
    }
    case 'f': {
      std::string buf(size_t(precision) + 340, '\0');
      auto res = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed, precision);
      out.append(buf.data(), size_t(res.ptr - buf.data()));
      if (alternate && precision == 0) out += '.';
      return out;
    }
    default: {   // 'g'
      int p = precision == 0 ? 1 : precision;
      Digits dg = rounded(a, p);
      // dtoa's mode 2 drops trailing zeros; '#' pads them back to p digits.
      while (dg.d.size() > 1 && dg.d.back() == '0') dg.d.pop_back();
      if (dg.d == "0") dg.decpt = 1;
      bool use_exp = dg.decpt <= -4 || dg.decpt > (add_dot_0 ? p - 1 : p);
      // '#' keeps p significant digits (digit positions count from the first one).
      return out + layout(dg, use_exp, add_dot_0, alternate ? p : 0, alternate, upper);
    }
  }
}

std::string float_repr(double d) { return double_to_text(d, 'r', 0, false, true); }

bool parse_float_text(std::string_view text, double* out) {
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) { const char* q = p; if (!text::is_space(text::utf8_next(q))) break; p = q; }
  while (end > p) { const char* q = end; text::utf8_prev(q); const char* t = q; if (!text::is_space(text::utf8_next(t))) break; end = q; }
  std::string s;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) { neg = *p == '-'; p++; }
  std::string_view rest(p, size_t(end - p));
  auto ieq = [&](const char* w) {
    size_t n = std::strlen(w);
    if (rest.size() != n) return false;
    for (size_t i = 0; i < n; i++) if ((rest[i] | 0x20) != w[i]) return false;
    return true;
  };
  if (ieq("inf") || ieq("infinity")) { *out = neg ? -HUGE_VAL : HUGE_VAL; return true; }
  if (ieq("nan")) { *out = neg ? -NAN : NAN; return true; }
  // digits [. digits] [e [sign] digits], underscores only between digits; Unicode digits allowed.
  int state = 0;   // 0 int part, 1 fraction, 2 exponent sign, 3 exponent digits
  bool prev_digit = false, int_digits = false, frac_digits = false, exp_digits = false;
  while (p < end) {
    const char* q = p;
    uint32_t cp = text::utf8_next(q);
    int dv = text::decimal_value(cp);
    if (dv >= 0) {
      s += char('0' + dv);
      prev_digit = true;
      if (state == 0) int_digits = true;
      else if (state == 1) frac_digits = true;
      else { state = 3; exp_digits = true; }
    } else if (cp == '_') {
      if (!prev_digit) return false;
      const char* r = q;
      if (r >= end || text::decimal_value(text::utf8_next(r)) < 0) return false;
      prev_digit = false;
    } else if (cp == '.' && state == 0) {
      s += '.';
      state = 1;
      prev_digit = false;
    } else if ((cp == 'e' || cp == 'E') && state <= 1 && (int_digits || frac_digits)) {
      s += 'e';
      state = 2;
      prev_digit = false;
      if (q < end && (*q == '+' || *q == '-')) { s += *q; q++; }
    } else {
      return false;
    }
    p = q;
  }
  if (!int_digits && !frac_digits) return false;
  if (state >= 2 && !exp_digits) return false;
  double v = std::strtod(s.c_str(), nullptr);
  *out = neg ? -v : v;
  return true;
}

}  // namespace coil
