// The format-spec mini-language: parsing `[[fill]align][sign][z][#][0][width][grouping]
// [.precision][type]` and rendering ints, floats and strs with it, as CPython's formatter_unicode.c.
#include <charconv>
#include <cmath>
#include <cstring>
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/int_internal.h"
#include "runtime/number.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/text.h"

namespace coil {

namespace {

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

Value unknown_code(Interp& interp, char type, const char* type_name) {
  unsigned char c = static_cast<unsigned char>(type);
  if (c > 32 && c < 128)
    return raise(interp, interp.exc_types.ValueError, "Unknown format code '%c' for object of type '%s'", c, type_name);
  return raise(interp, interp.exc_types.ValueError, "Unknown format code '\\x%x' for object of type '%s'", c, type_name);
}

// Pads `body` (already containing sign/prefix/digits) to the spec's width.
// `split` is where '=' alignment inserts the padding (after sign and prefix).
std::string pad(const FormatSpec& spec, const std::string& body, size_t split, char default_align) {
  size_t len = utf8_length(body);
  if (spec.width < 0 || size_t(spec.width) <= len) return body;
  size_t n = size_t(spec.width) - len;
  std::string fill;
  utf8_append(fill, spec.fill);
  char align = spec.align ? spec.align : default_align;
  size_t left = 0, right = 0;
  switch (align) {
    case '<': right = n; break;
    case '^': left = n / 2; right = n - left; break;
    case '=': {
      std::string out = body.substr(0, split);
      for (size_t i = 0; i < n; i++) out += fill;
      out += body.substr(split);
      return out;
    }
    default: left = n; break;
  }
  std::string out;
  out.reserve(body.size() + n * fill.size());
  for (size_t i = 0; i < left; i++) out += fill;
  out += body;
  for (size_t i = 0; i < right; i++) out += fill;
  return out;
}

// Inserts `sep` every `group` digits from the right; with min_width > 0 (zero padding with
// '=' alignment) pads with zeros, still grouped, up to that many characters.
std::string group_digits(const std::string& digits, char sep, int group, size_t min_width) {
  std::string d = digits;
  for (;;) {
    std::string out;
    size_t n = d.size();
    for (size_t i = 0; i < n; i++) {
      if (i > 0 && sep && (n - i) % size_t(group) == 0) out += sep;
      out += d[i];
    }
    if (out.size() >= min_width) return out;
    d.insert(d.begin(), '0');
  }
}

// Lays out a number: sign, prefix ("0x"), integer digits (grouped), the rest (".5e+10", "%").
std::string render_number(const FormatSpec& spec, bool negative, const std::string& prefix, const std::string& digits,
                          const std::string& rest, int group) {
  std::string sign;
  if (negative) sign = "-";
  else if (spec.sign == '+') sign = "+";
  else if (spec.sign == ' ') sign = " ";
  size_t min_width = 0;
  if (spec.fill == '0' && (spec.align == '=') && spec.width > 0) {
    int64_t w = spec.width - int64_t(sign.size() + prefix.size() + utf8_length(rest));
    if (w > 0) min_width = size_t(w);
  }
  std::string grouped;
  if (spec.grouping || min_width) grouped = group_digits(digits, spec.grouping, group, min_width);
  else grouped = digits;
  std::string body = sign + prefix + grouped + rest;
  return pad(spec, body, sign.size() + prefix.size(), '>');
}

}  // namespace

bool parse_format_spec(Interp& interp, std::string_view spec, const char* type_name, FormatSpec* out,
                       char default_type) {
  FormatSpec f;
  const char* p = spec.data();
  const char* end = p + spec.size();
  // [[fill]align]: the fill is any code point.
  if (p < end) {
    const char* q = p;
    uint32_t first = text::utf8_next(q);
    if (q < end && is_align(static_cast<unsigned char>(*q))) {
      f.fill = first;
      f.fill_given = true;
      f.align = *q;
      p = q + 1;
    } else if (is_align(first)) {
      f.align = char(first);
      p = q;
    }
  }
  if (p < end && (*p == '+' || *p == '-' || *p == ' ')) f.sign = *p++;
  if (p < end && *p == 'z') { f.no_neg_zero = true; p++; }
  if (p < end && *p == '#') { f.alternate = true; p++; }
  if (!f.fill_given && p < end && *p == '0') {
    f.fill = '0';
    f.fill_given = true;
    if (!f.align) { f.align = '='; f.zero_align = true; }   // numbers only; format_str undoes it
    p++;
  }
  auto read_int = [&](int64_t* v) -> int {
    const char* s = p;
    int64_t n = 0;
    while (p < end && *p >= '0' && *p <= '9') {
      if (n > (INT64_MAX - 9) / 10 || n > 0x7FFFFFFFFFFFll / 10) {
        raise(interp, interp.exc_types.ValueError, "Too many decimal digits in format string");
        return -1;
      }
      n = n * 10 + (*p++ - '0');
    }
    if (p == s) return 0;
    *v = n;
    return 1;
  };
  if (read_int(&f.width) < 0) return false;
  if (p < end && (*p == ',' || *p == '_')) {
    f.grouping = *p++;
    if (p < end && (*p == ',' || *p == '_')) {
      if (*p == f.grouping) raise(interp, interp.exc_types.ValueError, "Cannot specify '%c' with '%c'.", *p, *p);
      else raise(interp, interp.exc_types.ValueError, "Cannot specify both ',' and '_'.");
      return false;
    }
  }
  if (p < end && *p == '.') {
    p++;
    int r = read_int(&f.precision);
    if (r < 0) return false;
    if (r == 0) {
      raise(interp, interp.exc_types.ValueError, "Format specifier missing precision");
      return false;
    }
  }
  if (end - p > 1) {
    std::string s(spec);
    raise(interp, interp.exc_types.ValueError, "Invalid format specifier '%s' for object of type '%s'", s.c_str(), type_name);
    return false;
  }
  if (p < end) f.type = *p;
  if (f.grouping) {
    switch (f.type ? f.type : default_type) {
      case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        char t = f.type ? f.type : default_type;
        if (static_cast<unsigned char>(t) > 32 && static_cast<unsigned char>(t) < 128)
          raise(interp, interp.exc_types.ValueError, "Cannot specify '%c' with '%c'.", f.grouping, t);
        else
          raise(interp, interp.exc_types.ValueError, "Cannot specify '%c' with '\\x%x'.", f.grouping, unsigned(static_cast<unsigned char>(t)));
        return false;
    }
  }
  *out = f;
  return true;
}

Value format_int(Interp& interp, Value v, std::string_view spec_text) {
  if (spec_text.empty() && v.is_small_int()) {   // f"{n}": the most common case by far
    char buf[24];
    char* end = std::to_chars(buf, buf + sizeof buf, v.as_small_int()).ptr;
    return text::str_ascii(interp, std::string_view(buf, size_t(end - buf)));
  }
  if (spec_text.empty()) {
    // int.__format__ with an empty spec is str(self): a subclass's (or bool's) __str__.
    if (!v.is_small_int() && type_of(interp, v) != interp.types.int_) return to_str(interp, v);
    std::string s;
    if (!int_to_decimal(interp, v, s)) return Value::null();
    return str_value(interp, s);
  }
  FormatSpec spec;
  const char* tname = type_name(interp, v);
  if (!parse_format_spec(interp, spec_text, tname, &spec, 'd')) return Value::null();
  char type = spec.type ? spec.type : 'd';
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!int_to_double_checked(interp, v, &d)) return Value::null();
      return format_float(interp, d, spec_text);
    }
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    default:
      return unknown_code(interp, type, tname);
  }
  if (spec.precision >= 0)
    return raise(interp, interp.exc_types.ValueError, "Precision not allowed in integer format specifier");
  if (spec.no_neg_zero)
    return raise(interp, interp.exc_types.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (type == 'c') {
    if (spec.sign)
      return raise(interp, interp.exc_types.ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate)
      return raise(interp, interp.exc_types.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t n;
    if (!int_to_int64(v, &n))
      return raise(interp, interp.exc_types.OverflowError, "Python int too large to convert to C long");
    if (n < 0 || n > 0x10FFFF)
      return raise(interp, interp.exc_types.OverflowError, "%%c arg not in range(0x110000)");
    std::string body;
    utf8_append(body, uint32_t(n));
    return str_value(interp, pad(spec, body, 0, '>'));
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  std::string digits;
  if (v.is_small_int() && base == 10) {
    char buf[24];
    digits.assign(buf, std::to_chars(buf, buf + sizeof buf, v.as_small_int()).ptr);
  } else {
    digits = int_to_string(v, base);
  }
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (base == 10 && digits.size() > size_t(kIntMaxStrDigits))
    return raise(interp, interp.exc_types.ValueError,
                 "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to "
                 "increase the limit", kIntMaxStrDigits);
  if (type == 'X') for (char& c : digits) c = char(std::toupper(static_cast<unsigned char>(c)));
  std::string prefix;
  if (spec.alternate && base != 10) prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
  int group = base == 10 ? 3 : 4;
  return str_value(interp, render_number(spec, negative, prefix, digits, "", group));
}

Value format_float(Interp& interp, double d, std::string_view spec_text, const char* tname) {
  if (spec_text.empty()) return str_value(interp, float_repr(d));
  FormatSpec spec;
  if (!parse_format_spec(interp, spec_text, tname, &spec)) return Value::null();
  char type = spec.type;
  bool add_dot_0 = false;
  int precision = int(spec.precision);
  char mode;
  switch (type) {
    case 0:
      add_dot_0 = true;
      if (precision < 0) mode = 'r';
      else mode = 'g';
      break;
    case 'e': case 'E': mode = 'e'; break;
    case 'f': case 'F': case '%': mode = 'f'; break;
    case 'g': case 'G': case 'n': mode = 'g'; break;
    default: return unknown_code(interp, type, tname);
  }
  if (precision < 0 && mode != 'r') precision = 6;
  if (precision > 10000) return raise(interp, interp.exc_types.ValueError, "precision too big");
  double x = type == '%' ? d * 100.0 : d;
  bool upper = type == 'E' || type == 'F' || type == 'G';
  std::string text = double_to_text(x, mode, precision, spec.alternate, add_dot_0, upper);
  bool negative = !text.empty() && text[0] == '-';
  if (negative) text.erase(0, 1);
  if (negative && spec.no_neg_zero && text.find_first_of("123456789") == std::string::npos &&
      text.find_first_of("ni") == std::string::npos && text.find_first_of("NI") == std::string::npos)
    negative = false;
  if (type == '%') text += '%';
  // Integer digits are grouped; everything from the point / exponent / letters on is kept.
  size_t k = 0;
  while (k < text.size() && text[k] >= '0' && text[k] <= '9') k++;
  std::string digits = text.substr(0, k), rest = text.substr(k);
  if (digits.empty()) { digits = rest; rest.clear(); }   // inf / nan: nothing to group
  FormatSpec s2 = spec;
  if (!std::isfinite(d)) s2.grouping = 0;
  return str_value(interp, render_number(s2, negative, "", digits, rest, 3));
}

Value format_str(Interp& interp, Value sv, std::string_view spec_text) {
  Str* s = sv.as<Str>();
  // str.__format__ with an empty spec is str(self): a subclass's __str__.
  if (spec_text.empty()) return s->type == interp.types.str ? sv : to_str(interp, sv);
  FormatSpec spec;
  const char* tname = type_name(interp, sv);
  if (!parse_format_spec(interp, spec_text, tname, &spec, 's')) return Value::null();
  if (spec.type != 0 && spec.type != 's') return unknown_code(interp, spec.type, tname);
  if (spec.sign) return raise(interp, interp.exc_types.ValueError, "Sign not allowed in string format specifier");
  if (spec.no_neg_zero)
    return raise(interp, interp.exc_types.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate)
    return raise(interp, interp.exc_types.ValueError, "Alternate form (#) not allowed in string format specifier");
  if (spec.zero_align) spec.align = 0;   // '0' means fill only, for strings
  if (spec.align == '=')
    return raise(interp, interp.exc_types.ValueError, "'=' alignment not allowed in string format specifier");
  // Nothing to pad or cut: CPython hands back the object itself (a subclass stays one).
  if ((spec.width < 0 || size_t(spec.width) <= s->length) &&
      (spec.precision < 0 || size_t(spec.precision) >= s->length))
    return sv;
  std::string body;
  if (spec.precision >= 0 && size_t(spec.precision) < s->length) body.assign(s->data, utf8_offset(s, size_t(spec.precision)));
  else body.assign(s->view());
  return str_value(interp, pad(spec, body, 0, '<'));
}

}  // namespace coil
