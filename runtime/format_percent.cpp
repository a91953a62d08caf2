// printf-style formatting: `fmt % values` for str and bytes, with CPython's conversions
// (s r a d i u o x X e E f F g G c %), flags, `*` widths, `%(key)s` mappings and messages.
#include <cmath>
#include <string>
#include "runtime/bytes.h"
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/int_internal.h"
#include "runtime/number.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/text.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

struct Flags {
  bool left = false, plus = false, space = false, alt = false, zero = false;
  int64_t width = -1, prec = -1;
};

class Percent {
 public:
  Percent(Interp& in, std::string_view fmt, Value values, bool bytes)
      : interp_(in), fmt_(fmt), values_(values), bytes_(bytes) {
    if (is_tuple(values)) {
      items_ = values.as<Tuple>()->items;
      count_ = values.as<Tuple>()->size;
    } else {
      single_ = values;
      items_ = &single_;
      count_ = 1;
      Type* t = type_of(in, values);
      if (t->getitem != nullptr && !is_str(values) && !(bytes && is_bytes_like(in, values))) mapping_ = values;
    }
  }

  bool run(std::string& out) {
    size_t i = 0, n = fmt_.size();
    while (i < n) {
      char c = fmt_[i];
      if (c != '%') { out += c; i++; continue; }
      size_t start = i++;
      if (i >= n) return fail(interp_.exc_types.ValueError, "incomplete format");
      Value arg;
      bool have_key = false;
      if (fmt_[i] == '(') {
        if (mapping_.is_null()) return fail(interp_.exc_types.TypeError, "format requires a mapping");
        int level = 1;
        size_t k = ++i;
        while (i < n && level > 0) {
          if (fmt_[i] == '(') level++;
          else if (fmt_[i] == ')') level--;
          i++;
        }
        if (level > 0) return fail(interp_.exc_types.ValueError, "incomplete format key");
        std::string_view key = fmt_.substr(k, i - 1 - k);
        Value kv = bytes_ ? bytes_new(interp_, key) : str_value(interp_, key);
        if (kv.is_null()) return false;
        arg = getitem(interp_, mapping_, kv);
        if (arg.is_null()) return false;
        have_key = true;
      }
      Flags f;
      for (; i < n; i++) {
        char ch = fmt_[i];
        if (ch == '-') f.left = true;
        else if (ch == '+') f.plus = true;
        else if (ch == ' ') f.space = true;
        else if (ch == '#') f.alt = true;
        else if (ch == '0') f.zero = true;
        else break;
      }
      if (!read_number(i, &f.width, have_key)) return false;
      if (f.width < -1) { f.left = true; f.width = -f.width; }
      if (i < n && fmt_[i] == '.') {
        i++;
        f.prec = 0;
        if (!read_number(i, &f.prec, have_key)) return false;
        if (f.prec < 0) f.prec = 0;
      }
      while (i < n && (fmt_[i] == 'h' || fmt_[i] == 'l' || fmt_[i] == 'L')) i++;
      if (i >= n) return fail(interp_.exc_types.ValueError, "incomplete format");
      char conv = fmt_[i++];
      if (conv == '%' && i == start + 2) { out += '%'; continue; }   // "%%" only
      if (!have_key) {
        arg = next_arg();
        if (arg.is_null()) return false;
      }
      if (!convert(conv, arg, f, out, i - 1)) return false;
    }
    if (next_ < count_ && mapping_.is_null())
      return fail(interp_.exc_types.TypeError, bytes_ ? "not all arguments converted during bytes formatting"
                                                      : "not all arguments converted during string formatting");
    return true;
  }

 private:
  bool fail(Type* t, const char* msg) {
    raise(interp_, t, "%s", msg);
    return false;
  }

  Value next_arg() {
    if (next_ >= count_) {
      raise(interp_, interp_.exc_types.TypeError, "not enough arguments for format string");
      return Value::null();
    }
    return items_[next_++];
  }

  bool read_number(size_t& i, int64_t* out, bool have_key) {
    if (i < fmt_.size() && fmt_[i] == '*') {
      i++;
      Value v = next_arg();
      if (v.is_null()) return false;
      if (!is_int(v)) return fail(interp_.exc_types.TypeError, "* wants int");
      if (!int_to_int64(v, out)) return fail(interp_.exc_types.ValueError, "width too big");
      return true;
    }
    bool any = false;
    int64_t n = 0;
    while (i < fmt_.size() && fmt_[i] >= '0' && fmt_[i] <= '9') {
      n = n * 10 + (fmt_[i++] - '0');
      if (n > 0x7FFFFFFF) return fail(interp_.exc_types.ValueError, "width too big");
      any = true;
    }
    if (any) *out = n;
    return true;
  }

  // Appends body padded to the width; `sign_len` chars of body precede where zeros go.
  void emit(std::string& out, const std::string& body, const Flags& f, bool numeric, size_t sign_len) {
    size_t len = bytes_ ? body.size() : utf8_length(body);
    if (f.width < 0 || size_t(f.width) <= len) { out += body; return; }
    size_t pad = size_t(f.width) - len;
    if (f.left) { out += body; out.append(pad, ' '); return; }
    if (numeric && f.zero) {
      out.append(body, 0, sign_len);
      out.append(pad, '0');
      out.append(body, sign_len, std::string::npos);
      return;
    }
    out.append(pad, ' ');
    out += body;
  }

  bool as_text(Value arg, char conv, std::string& text) {
    if (bytes_) {
      if (conv == 'r' || conv == 'a') {
        Value r = ascii_of(interp_, arg);
        if (r.is_null()) return false;
        text = std::string(r.as<Str>()->view());
        return true;
      }
      if (is_bytes_like(interp_, arg)) { text = std::string(bytes_view(arg)); return true; }
      Str* name = intern(interp_, "__bytes__");
      if (name != nullptr && !lookup_special(interp_, arg, name).is_null()) {
        Value b = call_special(interp_, arg, name, {});
        if (b.is_null()) return false;
        if (!is_bytes(b)) {
          raise(interp_, interp_.exc_types.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(interp_, b));
          return false;
        }
        text = std::string(bytes_view(b));
        return true;
      }
      raise(interp_, interp_.exc_types.TypeError,
            "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", type_name(interp_, arg));
      return false;
    }
    Value r = conv == 's' ? to_str(interp_, arg) : conv == 'r' ? repr(interp_, arg) : ascii_of(interp_, arg);
    if (r.is_null()) return false;
    text = std::string(r.as<Str>()->view());
    return true;
  }

  bool convert(char conv, Value arg, const Flags& f, std::string& out, size_t index) {
    switch (conv) {
      case 's': case 'r': case 'a': case 'b': {
        if (conv == 'b' && !bytes_) break;
        std::string text;
        if (!as_text(arg, conv == 'b' ? 's' : conv, text)) return false;
        if (f.prec >= 0) {
          if (bytes_) { if (size_t(f.prec) < text.size()) text.resize(size_t(f.prec)); }
          else {
            size_t len = utf8_length(text);
            if (size_t(f.prec) < len) {
              const char* p = text.data();
              for (int64_t k = 0; k < f.prec; k++) text::utf8_next(p);
              text.resize(size_t(p - text.data()));
            }
          }
        }
        emit(out, text, f, false, 0);
        return true;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        Value iv;
        if (is_int(arg)) iv = arg;
        else if (conv != 'o' && conv != 'x' && conv != 'X' && is_float(arg)) iv = int_from_double(interp_, float_value(arg));
        else {
          bool has_index = !lookup_special(interp_, arg, interp_.names.__index__).is_null();
          bool has_int = conv != 'o' && conv != 'x' && conv != 'X' &&
                         !lookup_special(interp_, arg, interp_.names.__int__).is_null();
          if (interp_.has_error()) return false;
          if (!has_index && !has_int) {
            if (conv == 'o' || conv == 'x' || conv == 'X')
              raise(interp_, interp_.exc_types.TypeError, "%%%c format: an integer is required, not %s", conv,
                    type_name(interp_, arg));
            else
              raise(interp_, interp_.exc_types.TypeError, "%%%c format: a real number is required, not %s", conv,
                    type_name(interp_, arg));
            return false;
          }
          iv = int_new_value(interp_, arg);
        }
        if (iv.is_null()) return false;
        int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
        std::string digits;
        if (base == 10) { if (!int_to_decimal(interp_, iv, digits)) return false; }
        else digits = int_to_string(iv, base);
        bool neg = digits[0] == '-';
        if (neg) digits.erase(0, 1);
        if (conv == 'X') for (char& c : digits) c = char(std::toupper(static_cast<unsigned char>(c)));
        if (f.prec >= 0 && digits.size() < size_t(f.prec)) digits.insert(0, size_t(f.prec) - digits.size(), '0');
        std::string sign = neg ? "-" : f.plus ? "+" : f.space ? " " : "";
        const char* prefix = (f.alt && base != 10) ? (conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X") : "";
        std::string body = sign;
        body += prefix;
        body += digits;
        emit(out, body, f, true, body.size() - digits.size());
        return true;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (!to_double(interp_, arg, &d)) return false;
        int prec = f.prec < 0 ? 6 : int(f.prec);
        char mode = char(std::tolower(conv));
        bool upper = conv == 'E' || conv == 'F' || conv == 'G';
        std::string text = double_to_text(d, mode, prec, f.alt, false, upper);
        bool neg = text[0] == '-';
        if (neg) text.erase(0, 1);
        std::string sign = neg ? "-" : f.plus ? "+" : f.space ? " " : "";
        emit(out, sign + text, f, true, sign.size());   // CPython zero-pads inf/nan too
        return true;
      }
      case 'c': {
        std::string text;
        if (bytes_) {
          if (is_bytes_like(interp_, arg) && bytes_view(arg).size() == 1) text = std::string(bytes_view(arg));
          else if (is_int(arg)) {
            int64_t n;
            if (!int_to_int64(arg, &n) || n < 0 || n > 255)
              return fail(interp_.exc_types.OverflowError, "%c arg not in range(256)");
            text = std::string(1, char(n));
          } else {
            return fail(interp_.exc_types.TypeError, "%c requires an integer in range(256) or a single byte");
          }
        } else if (is_str(arg) && arg.as<Str>()->length == 1) {
          text = std::string(arg.as<Str>()->view());
        } else if (is_int(arg)) {
          int64_t n;
          if (!int_to_int64(arg, &n) || n < 0 || n > 0x10FFFF)
            return fail(interp_.exc_types.OverflowError, "%c arg not in range(0x110000)");
          utf8_append(text, uint32_t(n));
        } else {
          return fail(interp_.exc_types.TypeError, "%c requires int or char");
        }
        emit(out, text, f, false, 0);
        return true;
      }
      default:
        break;
    }
    unsigned char uc = static_cast<unsigned char>(conv);
    if (uc >= 32 && uc < 127)
      raise(interp_, interp_.exc_types.ValueError, "unsupported format character '%c' (0x%x) at index %zu", conv, uc, index);
    else
      raise(interp_, interp_.exc_types.ValueError, "unsupported format character '\\x%x' (0x%x) at index %zu", uc, uc, index);
    return false;
  }

  Interp& interp_;
  std::string_view fmt_;
  Value values_;
  bool bytes_;
  Value single_;
  const Value* items_ = nullptr;
  size_t count_ = 0;
  size_t next_ = 0;
  Value mapping_;
};

}  // namespace

Value percent_format(Interp& interp, std::string_view fmt, Value values) {
  Percent p(interp, fmt, values, false);
  std::string out;
  out.reserve(fmt.size() + 16);
  if (!p.run(out)) return Value::null();
  return str_value(interp, out);
}

Value bytes_percent_format(Interp& interp, std::string_view fmt, Value values) {
  Percent p(interp, fmt, values, true);
  std::string out;
  if (!p.run(out)) return Value::null();
  return bytes_new(interp, out);
}

}  // namespace coil
