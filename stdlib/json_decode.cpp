// json.loads: a recursive-descent parser over the UTF-8 text with the error messages and
// positions of CPython's C scanner (positions are reported in characters, not bytes).
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/json_internal.h"

namespace coil {

namespace {

class Decoder {
 public:
  Decoder(Interp& interp, Value doc, const JsonDecodeOptions& opts)
      : interp_(interp), doc_(doc), opts_(opts), s_(doc.as<Str>()->view()) {}

  Value parse_document() {
    if (s_.size() >= 3 && s_.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      return error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    }
    size_t pos = skip_ws(0);
    Value v = parse_value(pos, &pos);
    if (v.is_null()) return Value();
    pos = skip_ws(pos);
    if (pos != s_.size()) return error("Extra data", pos);
    return v;
  }

 private:
  size_t skip_ws(size_t pos) const {
    while (pos < s_.size() && (s_[pos] == ' ' || s_[pos] == '\t' || s_[pos] == '\n' || s_[pos] == '\r')) pos++;
    return pos;
  }

  // Raises JSONDecodeError(msg, doc, pos) with pos converted to a character index.
  Value error(const char* msg, size_t byte_pos) {
    if (interp_.has_error()) return Value();
    size_t chars = 0;
    for (size_t i = 0; i < byte_pos && i < s_.size(); i++) {
      if ((static_cast<unsigned char>(s_[i]) & 0xC0) != 0x80) chars++;
    }
    Value m = str_value(interp_, msg);
    if (m.is_null()) return Value();
    Value exc = call(interp_, Value::object(opts_.error_type), {m, doc_, make_int(interp_, int64_t(chars))});
    if (exc.is_null()) return Value();
    return raise_value(interp_, exc);
  }

  bool match(size_t pos, const char* word) const {
    size_t n = strlen(word);
    return s_.size() - pos >= n && s_.compare(pos, n, word) == 0;
  }

  Value parse_value(size_t pos, size_t* end) {
    if (depth_ + interp_.call_depth >= interp_.recursion_limit) {
      return raise(interp_, interp_.exc_types.RecursionError, "maximum recursion depth exceeded while decoding a JSON document");
    }
    if (pos >= s_.size()) return error("Expecting value", pos);
    char c = s_[pos];
    switch (c) {
      case '"': return parse_string(pos + 1, end);
      case '{': { depth_++; Value v = parse_object(pos + 1, end); depth_--; return v; }
      case '[': { depth_++; Value v = parse_array(pos + 1, end); depth_--; return v; }
      case 'n':
        if (match(pos, "null")) { *end = pos + 4; return Value::none(); }
        break;
      case 't':
        if (match(pos, "true")) { *end = pos + 4; return Value::true_(); }
        break;
      case 'f':
        if (match(pos, "false")) { *end = pos + 5; return Value::false_(); }
        break;
      case 'N':
        if (match(pos, "NaN")) { *end = pos + 3; return constant("NaN", NAN); }
        break;
      case 'I':
        if (match(pos, "Infinity")) { *end = pos + 8; return constant("Infinity", INFINITY); }
        break;
      case '-':
        if (match(pos, "-Infinity")) { *end = pos + 9; return constant("-Infinity", -INFINITY); }
        break;
      default:
        break;
    }
    return parse_number(pos, end);
  }

  Value constant(const char* name, double d) {
    if (!opts_.parse_constant.is_null()) {
      Value s = str_value(interp_, name);
      if (s.is_null()) return Value();
      return call(interp_, opts_.parse_constant, &s, 1);
    }
    return make_float(interp_, d);
  }

  static bool digit(char c) { return c >= '0' && c <= '9'; }

  Value parse_number(size_t start, size_t* end) {
    size_t i = start, n = s_.size();
    if (i < n && s_[i] == '-') {
      i++;
      if (i >= n) return error("Expecting value", start);
    }
    if (i < n && s_[i] >= '1' && s_[i] <= '9') {
      i++;
      while (i < n && digit(s_[i])) i++;
    } else if (i < n && s_[i] == '0') {
      i++;
    } else {
      return error("Expecting value", start);
    }
    bool is_float = false;
    if (i + 1 < n && s_[i] == '.' && digit(s_[i + 1])) {
      is_float = true;
      i += 2;
      while (i < n && digit(s_[i])) i++;
    }
    if (i + 1 < n && (s_[i] == 'e' || s_[i] == 'E')) {
      size_t e_start = i;
      i++;
      if (i + 1 < n && (s_[i] == '-' || s_[i] == '+')) i++;
      while (i < n && digit(s_[i])) i++;
      if (digit(s_[i - 1])) is_float = true;
      else i = e_start;
    }
    *end = i;
    std::string text(s_.substr(start, i - start));
    Value hook = is_float ? opts_.parse_float : opts_.parse_int;
    if (!hook.is_null()) {
      Value s = str_value(interp_, text);
      if (s.is_null()) return Value();
      return call(interp_, hook, &s, 1);
    }
    if (is_float) return make_float(interp_, strtod(text.c_str(), nullptr));
    return int_from_string(interp_, text, 10);
  }

  static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // Four hex digits at pos; -1 if any is not hex.
  int hex4(size_t pos) const {
    int v = 0;
    for (size_t k = 0; k < 4; k++) {
      int h = hexval(s_[pos + k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  // pos: just after the opening quote.
  Value parse_string(size_t pos, size_t* end) {
    size_t begin = pos - 1, n = s_.size();
    std::string out;
    for (;;) {
      size_t chunk = pos;
      while (pos < n && s_[pos] != '"' && s_[pos] != '\\' && static_cast<unsigned char>(s_[pos]) >= 0x20) pos++;
      out.append(s_.data() + chunk, pos - chunk);
      if (pos >= n) return error("Unterminated string starting at", begin);
      char c = s_[pos];
      if (c == '"') {
        *end = pos + 1;
        return str_value(interp_, out);
      }
      if (c != '\\') return error("Invalid control character at", pos);
      size_t bs = pos;
      pos++;
      if (pos >= n) return error("Unterminated string starting at", begin);
      c = s_[pos];
      if (c != 'u') {
        switch (c) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          default: return error("Invalid \\escape", bs);
        }
        pos++;
        continue;
      }
      // \uXXXX, with surrogate pairs joined.
      size_t hex = pos + 1;
      if (hex + 4 >= n) return error("Invalid \\uXXXX escape", pos);
      int cp = hex4(hex);
      if (cp < 0) return error("Invalid \\uXXXX escape", pos);
      pos = hex + 4;
      uint32_t code = uint32_t(cp);
      if (code >= 0xD800 && code <= 0xDBFF && pos + 6 < n && s_[pos] == '\\' && s_[pos + 1] == 'u') {
        int lo = hex4(pos + 2);
        if (lo < 0) return error("Invalid \\uXXXX escape", pos + 1);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          code = 0x10000 + ((code - 0xD800) << 10) + (uint32_t(lo) - 0xDC00);
          pos += 6;
        }
      }
      // coil's str is UTF-8 and cannot hold a lone surrogate: it becomes U+FFFD.
      if (code >= 0xD800 && code <= 0xDFFF) code = 0xFFFD;
      utf8_append(out, code);
    }
  }

  Value parse_object(size_t pos, size_t* end) {
    bool pairs_hook = !opts_.object_pairs_hook.is_null();
    Dict* d = pairs_hook ? nullptr : dict_new(interp_);
    List* pairs = pairs_hook ? list_new(interp_) : nullptr;
    if (d == nullptr && pairs == nullptr) return raise_no_memory(interp_);
    pos = skip_ws(pos);
    if (pos < s_.size() && s_[pos] == '}') {
      *end = pos + 1;
      return finish_object(d, pairs);
    }
    for (;;) {
      if (pos >= s_.size() || s_[pos] != '"') return error("Expecting property name enclosed in double quotes", pos);
      Value key = parse_string(pos + 1, &pos);
      if (key.is_null()) return Value();
      Str* ks = intern_str(interp_, key.as<Str>());   // keys repeat: share them
      if (ks != nullptr) key = Value::object(ks);
      pos = skip_ws(pos);
      if (pos >= s_.size() || s_[pos] != ':') return error("Expecting ':' delimiter", pos);
      pos = skip_ws(pos + 1);
      Value v = parse_value(pos, &pos);
      if (v.is_null()) return Value();
      if (pairs_hook) {
        Tuple* t = tuple_pack(interp_, {key, v});
        if (t == nullptr || !list_append(interp_, pairs, Value::object(t))) return Value();
      } else if (!dict_set(interp_, d, key, v)) {
        return Value();
      }
      pos = skip_ws(pos);
      if (pos < s_.size() && s_[pos] == '}') {
        *end = pos + 1;
        return finish_object(d, pairs);
      }
      if (pos >= s_.size() || s_[pos] != ',') return error("Expecting ',' delimiter", pos);
      pos = skip_ws(pos + 1);
    }
  }

  Value finish_object(Dict* d, List* pairs) {
    if (pairs != nullptr) {
      Value arg = Value::object(pairs);
      return call(interp_, opts_.object_pairs_hook, &arg, 1);
    }
    Value obj = Value::object(d);
    if (!opts_.object_hook.is_null()) return call(interp_, opts_.object_hook, &obj, 1);
    return obj;
  }

  Value parse_array(size_t pos, size_t* end) {
    List* l = list_new(interp_);
    if (l == nullptr) return raise_no_memory(interp_);
    pos = skip_ws(pos);
    if (pos < s_.size() && s_[pos] == ']') {
      *end = pos + 1;
      return Value::object(l);
    }
    for (;;) {
      Value v = parse_value(pos, &pos);
      if (v.is_null()) return Value();
      if (!list_append(interp_, l, v)) return Value();
      pos = skip_ws(pos);
      if (pos < s_.size() && s_[pos] == ']') {
        *end = pos + 1;
        return Value::object(l);
      }
      if (pos >= s_.size() || s_[pos] != ',') return error("Expecting ',' delimiter", pos);
      pos = skip_ws(pos + 1);
    }
  }

  Interp& interp_;
  Value doc_;
  const JsonDecodeOptions& opts_;
  std::string_view s_;
  int depth_ = 0;
};

}  // namespace

Value json_decode(Interp& interp, Value doc, const JsonDecodeOptions& opts) {
  Decoder d(interp, doc, opts);
  return d.parse_document();
}

}  // namespace coil
