// json.dumps: CPython's encoder output byte for byte (type checks in json.encoder's order,
// float repr, \uXXXX escapes with surrogate pairs, indent/separators/sort_keys, circular
// reference detection, default=).
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/text.h"
#include "runtime/tuple.h"
#include "stdlib/json_internal.h"

namespace coil {

namespace {

void hex4(std::string& out, uint32_t u) {
  char buf[8];
  snprintf(buf, sizeof buf, "\\u%04x", u);
  out += buf;
}

void encode_string(std::string_view s, bool ensure_ascii, std::string& out) {
  out += '"';
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      p++;
      switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        default: break;
      }
      if (c < 0x20 || (ensure_ascii && c == 0x7f)) hex4(out, c);
      else out += char(c);
      continue;
    }
    const char* start = p;
    uint32_t cp = text::utf8_next(p);
    if (!ensure_ascii) {
      out.append(start, size_t(p - start));
    } else if (cp >= 0x10000) {
      uint32_t v = cp - 0x10000;
      hex4(out, 0xD800 | (v >> 10));
      hex4(out, 0xDC00 | (v & 0x3FF));
    } else {
      hex4(out, cp);
    }
  }
  out += '"';
}

class Encoder {
 public:
  Encoder(Interp& interp, const JsonEncodeOptions& opts, std::string& out) : interp_(interp), opts_(opts), out_(out) {}

  bool encode(Value v, int level) {
    if (is_str(v)) { encode_string(v.as<Str>()->view(), opts_.ensure_ascii, out_); return true; }
    if (v.is_none()) { out_ += "null"; return true; }
    if (v.is_true()) { out_ += "true"; return true; }
    if (v.is_false()) { out_ += "false"; return true; }
    if (v.is_small_int() || is_kind(v, Kind::Int)) { out_ += int_to_string(v); return true; }
    if (is_float(v)) return encode_float(float_value(v), out_);
    if (is_kind(v, Kind::List) || is_kind(v, Kind::Tuple)) return encode_list(v, level);
    if (is_kind(v, Kind::Dict)) return encode_dict(v.as<Dict>(), level);
    return encode_default(v, level);
  }

 private:
  bool encode_float(double d, std::string& out) {
    if (std::isnan(d) || std::isinf(d)) {
      if (!opts_.allow_nan) {
        raise(interp_, interp_.exc_types.ValueError, "Out of range float values are not JSON compliant");
        return false;
      }
      out += std::isnan(d) ? "NaN" : (d > 0 ? "Infinity" : "-Infinity");
      return true;
    }
    out += float_repr(d);
    return true;
  }

  bool enter(Value v) {
    if (int(stack_.size()) + interp_.call_depth >= interp_.recursion_limit) {
      raise(interp_, interp_.exc_types.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
      return false;
    }
    if (opts_.check_circular) {
      for (Object* o : stack_) {
        if (o == v.as_object()) {
          raise(interp_, interp_.exc_types.ValueError, "Circular reference detected");
          return false;
        }
      }
    }
    stack_.push_back(v.as_object());
    return true;
  }
  void leave() { stack_.pop_back(); }

  void newline(int level) {
    out_ += '\n';
    for (int i = 0; i < level; i++) out_ += opts_.indent;
  }

  bool encode_list(Value v, int level) {
    size_t n = is_kind(v, Kind::List) ? v.as<List>()->size : v.as<Tuple>()->size;
    if (n == 0) { out_ += "[]"; return true; }
    if (!enter(v)) return false;
    out_ += '[';
    if (opts_.has_indent) newline(level + 1);
    for (size_t i = 0;; i++) {
      // Re-read the size each step: default() may mutate the list.
      size_t size = is_kind(v, Kind::List) ? v.as<List>()->size : v.as<Tuple>()->size;
      if (i >= size) break;
      if (i) {
        out_ += opts_.item_separator;
        if (opts_.has_indent) newline(level + 1);
      }
      Value item = is_kind(v, Kind::List) ? v.as<List>()->items[i] : v.as<Tuple>()->items[i];
      if (!encode(item, level + 1)) return false;
    }
    if (opts_.has_indent) newline(level);
    out_ += ']';
    leave();
    return true;
  }

  // A dict key as JSON text; false + skip=true when skipkeys drops it.
  bool key_text(Value k, std::string& text, bool* skip) {
    *skip = false;
    if (is_str(k)) { text.assign(k.as<Str>()->view()); return true; }
    if (is_float(k)) return encode_float(float_value(k), text);
    if (k.is_true()) { text = "true"; return true; }
    if (k.is_false()) { text = "false"; return true; }
    if (k.is_none()) { text = "null"; return true; }
    if (k.is_small_int() || is_kind(k, Kind::Int)) { text = int_to_string(k); return true; }
    if (opts_.skipkeys) { *skip = true; return true; }
    raise(interp_, interp_.exc_types.TypeError, "keys must be str, int, float, bool or None, not %s", type_name(interp_, k));
    return false;
  }

  bool encode_dict(Dict* d, int level) {
    if (d->used == 0) { out_ += "{}"; return true; }
    if (!enter(Value::object(d))) return false;
    // Snapshot the items (sorted if asked): user code (default=) must not break iteration.
    List* items = list_new(interp_, d->used);
    if (items == nullptr) { raise_no_memory(interp_); return false; }
    size_t pos = 0;
    Value k, val;
    while (dict_next(d, &pos, &k, &val)) {
      Tuple* pair = tuple_pack(interp_, {k, val});
      if (pair == nullptr || !list_append(interp_, items, Value::object(pair))) return false;
    }
    if (opts_.sort_keys && !list_sort(interp_, items, Value(), false)) return false;
    out_ += '{';
    if (opts_.has_indent) newline(level + 1);
    bool first = true;
    for (size_t i = 0; i < items->size; i++) {
      Tuple* pair = items->items[i].as<Tuple>();
      std::string key;
      bool skip;
      if (!key_text(pair->items[0], key, &skip)) return false;
      if (skip) continue;
      if (!first) {
        out_ += opts_.item_separator;
        if (opts_.has_indent) newline(level + 1);
      }
      first = false;
      encode_string(key, opts_.ensure_ascii, out_);
      out_ += opts_.key_separator;
      if (!encode(pair->items[1], level + 1)) return false;
    }
    if (opts_.has_indent) newline(level);
    out_ += '}';
    leave();
    return true;
  }

  bool encode_default(Value v, int level) {
    if (opts_.default_fn.is_null()) {
      raise(interp_, interp_.exc_types.TypeError, "Object of type %s is not JSON serializable", type_name(interp_, v));
      return false;
    }
    if (!v.is_object()) {
      Value r = call(interp_, opts_.default_fn, &v, 1);
      return !r.is_null() && encode(r, level);
    }
    if (!enter(v)) return false;
    Value r = call(interp_, opts_.default_fn, &v, 1);
    if (r.is_null() || !encode(r, level)) return false;
    leave();
    return true;
  }

  Interp& interp_;
  const JsonEncodeOptions& opts_;
  std::string& out_;
  std::vector<Object*> stack_;
};

}  // namespace

bool json_encode(Interp& interp, Value v, const JsonEncodeOptions& opts, std::string& out) {
  Encoder e(interp, opts, out);
  return e.encode(v, 0);
}

}  // namespace coil
