// bytes and bytearray methods (decode, hex/fromhex, join, split, find/count, replace, strip,
// case, startswith …) — the byte-string counterparts of the str methods, sharing their helpers.
#include <algorithm>
#include <cstring>
#include <vector>
#include "runtime/bytes.h"
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/text.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

Value like(Interp& interp, Value self, std::string_view data) {
  return is_bytes(self) ? bytes_new(interp, data) : bytearray_new(interp, data);
}

bool self_bytes(Interp& interp, const Value* args, size_t nargs, const char* name) {
  if (nargs == 0 || !is_bytes_like(interp, args[0])) {
    raise(interp, interp.exc_types.TypeError, "descriptor '%s' requires a 'bytes' object but received a '%s'", name,
          nargs == 0 ? "NoneType" : type_name(interp, args[0]));
    return false;
  }
  return true;
}

// A bytes-like argument (TypeError "a bytes-like object is required, not 'str'").
bool buffer_arg(Interp& interp, Value v, std::string_view* out) {
  if (is_bytes_like(interp, v)) { *out = bytes_view(v); return true; }
  raise(interp, interp.exc_types.TypeError, "a bytes-like object is required, not '%s'", type_name(interp, v));
  return false;
}

Value m_decode(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(interp, ArgSpec{"decode", {"self", "encoding", "errors"}, 1, 1}, args, nargs, kw, a)) return Value::null();
  if (!self_bytes(interp, a, 1, "decode")) return Value::null();
  return bytes_decode(interp, a[0], a[1], a[2]);
}

Value m_hex(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(interp, ArgSpec{"hex", {"self", "sep", "bytes_per_sep"}, 1, 1}, args, nargs, kw, a)) return Value::null();
  if (!self_bytes(interp, a, 1, "hex")) return Value::null();
  static const char hex[] = "0123456789abcdef";
  std::string_view d = bytes_view(a[0]);
  std::string sep;
  if (!a[1].is_null()) {
    if (is_str(a[1])) sep = std::string(a[1].as<Str>()->view());
    else if (is_bytes_like(interp, a[1])) sep = std::string(bytes_view(a[1]));
    if (sep.size() != 1) return raise(interp, interp.exc_types.ValueError, "sep must be length 1.");
  }
  int64_t per = 1;
  if (!a[2].is_null() && !to_index(interp, a[2], &per)) return Value::null();
  std::string out;
  size_t n = d.size();
  size_t group = size_t(per < 0 ? -per : per);
  for (size_t i = 0; i < n; i++) {
    if (!sep.empty() && i > 0 && group > 0) {
      // Groups counted from the right for positive bytes_per_sep, from the left for negative.
      size_t pos = per > 0 ? n - i : i;
      if (pos % group == 0) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(d[i]);
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return str_value(interp, out);
}

Value m_fromhex(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "fromhex", kw) || !check_nargs(interp, "fromhex()", nargs - 1, 1, 1)) return Value::null();
  if (!is_str(args[1]))
    return raise(interp, interp.exc_types.TypeError, "fromhex() argument must be str, not %s", type_name(interp, args[1]));
  std::string_view s = args[1].as<Str>()->view();
  std::string out;
  auto hexval = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    c = char(c | 0x20);
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
  };
  for (size_t i = 0; i < s.size();) {
    if (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) { i++; continue; }
    int hi = hexval(s[i]);
    if (hi < 0)
      return raise(interp, interp.exc_types.ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i);
    if (i + 1 >= s.size() || hexval(s[i + 1]) < 0)
      return raise(interp, interp.exc_types.ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i + 1);
    out += char(hi * 16 + hexval(s[i + 1]));
    i += 2;
  }
  Value cls = args[0];
  if (cls == Value::object(interp.types.bytes)) return bytes_new(interp, out);
  if (cls == Value::object(interp.types.bytearray)) return bytearray_new(interp, out);
  Value b = bytes_new(interp, out);
  if (b.is_null()) return b;
  return call(interp, cls, {b});
}

Value m_join(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "join", kw) || !check_nargs(interp, "join()", nargs - 1, 1, 1)) return Value::null();
  if (!self_bytes(interp, args, nargs, "join")) return Value::null();
  std::string_view sep = bytes_view(args[0]);
  Value it = get_iter(interp, args[1]);
  if (it.is_null()) return it;
  std::string out;
  for (size_t i = 0;; i++) {
    Value v = iter_next(interp, it);
    if (v.is_null()) { if (interp.has_error()) return v; break; }
    if (!is_bytes_like(interp, v))
      return raise(interp, interp.exc_types.TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                   type_name(interp, v));
    if (i > 0) out.append(sep);
    out.append(bytes_view(v));
  }
  return like(interp, args[0], out);
}

bool is_ws(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Value split_impl(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, bool reverse) {
  Value a[3];
  if (!parse_args(interp, ArgSpec{name, {"self", "sep", "maxsplit"}, 1, 1}, args, nargs, kw, a)) return Value::null();
  if (!self_bytes(interp, a, 1, name)) return Value::null();
  int64_t maxsplit = -1;
  if (!a[2].is_null() && !to_index(interp, a[2], &maxsplit)) return Value::null();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view s = bytes_view(a[0]);
  std::vector<std::string_view> parts;
  if (a[1].is_null() || a[1].is_none()) {
    if (!reverse) {
      size_t i = 0;
      while (i < s.size()) {
        while (i < s.size() && is_ws(s[i])) i++;
        if (i >= s.size()) break;
        if (maxsplit-- == 0) { parts.push_back(s.substr(i)); break; }
        size_t j = i;
        while (j < s.size() && !is_ws(s[j])) j++;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      size_t e = s.size();
      while (e > 0) {
        while (e > 0 && is_ws(s[e - 1])) e--;
        if (e == 0) break;
        if (maxsplit-- == 0) { parts.push_back(s.substr(0, e)); break; }
        size_t b = e;
        while (b > 0 && !is_ws(s[b - 1])) b--;
        parts.push_back(s.substr(b, e - b));
        e = b;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    std::string_view sep;
    if (!buffer_arg(interp, a[1], &sep)) return Value::null();
    if (sep.empty()) return raise(interp, interp.exc_types.ValueError, "empty separator");
    if (!reverse) {
      size_t pos = 0;
      while (maxsplit-- > 0) {
        size_t f = text::find_bytes(s, sep, pos);
        if (f == std::string_view::npos) break;
        parts.push_back(s.substr(pos, f - pos));
        pos = f + sep.size();
      }
      parts.push_back(s.substr(pos));
    } else {
      size_t end = s.size();
      while (maxsplit-- > 0) {
        size_t f = end >= sep.size() ? s.substr(0, end).rfind(sep) : std::string_view::npos;
        if (f == std::string_view::npos) break;
        parts.push_back(s.substr(f + sep.size(), end - f - sep.size()));
        end = f;
      }
      parts.push_back(s.substr(0, end));
      std::reverse(parts.begin(), parts.end());
    }
  }
  List* out = list_new(interp, parts.size());
  if (out == nullptr) return Value::null();
  for (std::string_view p : parts) {
    Value v = like(interp, a[0], p);
    if (v.is_null() || !list_append(interp, out, v)) return Value::null();
  }
  return Value::object(out);
}

Value m_split(Interp& in, const Value* a, size_t n, Tuple* k) { return split_impl(in, "split", a, n, k, false); }
Value m_rsplit(Interp& in, const Value* a, size_t n, Tuple* k) { return split_impl(in, "rsplit", a, n, k, true); }

// find/rfind/index/rindex/count over bytes: sub may be bytes-like or an int.
Value search_impl(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, char what) {
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, name, nargs - 1, 1, 3)) return Value::null();
  if (!self_bytes(interp, args, nargs, name)) return Value::null();
  std::string_view s = bytes_view(args[0]);
  std::string subbuf;
  std::string_view sub;
  if (is_bytes_like(interp, args[1])) {
    sub = bytes_view(args[1]);
  } else {
    int64_t n;
    if (!to_index(interp, args[1], &n)) {
      clear_error(interp);
      return raise(interp, interp.exc_types.TypeError, "argument should be integer or bytes-like object, not '%s'",
                   type_name(interp, args[1]));
    }
    if (n < 0 || n > 255) return raise(interp, interp.exc_types.ValueError, "byte must be in range(0, 256)");
    subbuf = std::string(1, char(n));
    sub = subbuf;
  }
  int64_t lo, hi;
  if (!adjust_range(interp, nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(), int64_t(s.size()), &lo, &hi))
    return Value::null();
  if (what == 'c') {
    if (lo > int64_t(s.size()) || hi < lo) return Value::small_int(0);
    std::string_view hay = s.substr(size_t(lo), size_t(hi - lo));
    if (sub.empty()) return make_int(interp, int64_t(hay.size()) + 1);
    int64_t c = 0;
    for (size_t p = text::find_bytes(hay, sub); p != std::string_view::npos; p = text::find_bytes(hay, sub, p + sub.size())) c++;
    return make_int(interp, c);
  }
  size_t r = std::string_view::npos;
  if (lo <= int64_t(s.size()) && hi >= lo) {
    std::string_view hay = s.substr(size_t(lo), size_t(hi - lo));
    r = (what == 'r' || what == 'R') ? hay.rfind(sub) : text::find_bytes(hay, sub);
  }
  if (r == std::string_view::npos) {
    if (what == 'I' || what == 'R') return raise(interp, interp.exc_types.ValueError, "subsection not found");
    return Value::small_int(-1);
  }
  return make_int(interp, int64_t(r) + lo);
}

Value m_find(Interp& in, const Value* a, size_t n, Tuple* k) { return search_impl(in, "find", a, n, k, 'f'); }
Value m_rfind(Interp& in, const Value* a, size_t n, Tuple* k) { return search_impl(in, "rfind", a, n, k, 'r'); }
Value m_index(Interp& in, const Value* a, size_t n, Tuple* k) { return search_impl(in, "index", a, n, k, 'I'); }
Value m_rindex(Interp& in, const Value* a, size_t n, Tuple* k) { return search_impl(in, "rindex", a, n, k, 'R'); }
Value m_count(Interp& in, const Value* a, size_t n, Tuple* k) { return search_impl(in, "count", a, n, k, 'c'); }

Value affix_impl(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, bool ends) {
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, name, nargs - 1, 1, 3)) return Value::null();
  if (!self_bytes(interp, args, nargs, name)) return Value::null();
  std::string_view s = bytes_view(args[0]);
  int64_t lo, hi;
  if (!adjust_range(interp, nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(), int64_t(s.size()), &lo, &hi))
    return Value::null();
  auto test = [&](std::string_view p) {
    if (lo > int64_t(s.size()) || hi - lo < int64_t(p.size())) return false;
    std::string_view hay = s.substr(size_t(lo), size_t(hi - lo));
    return ends ? hay.substr(hay.size() - p.size()) == p : hay.substr(0, p.size()) == p;
  };
  if (is_tuple(args[1])) {
    Tuple* t = args[1].as<Tuple>();
    for (size_t i = 0; i < t->size; i++) {
      std::string_view p;
      if (!buffer_arg(interp, t->items[i], &p)) return Value::null();
      if (test(p)) return Value::true_();
    }
    return Value::false_();
  }
  if (!is_bytes_like(interp, args[1]))
    return raise(interp, interp.exc_types.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                 type_name(interp, args[1]));
  return Value::boolean(test(bytes_view(args[1])));
}

Value m_startswith(Interp& in, const Value* a, size_t n, Tuple* k) { return affix_impl(in, "startswith", a, n, k, false); }
Value m_endswith(Interp& in, const Value* a, size_t n, Tuple* k) { return affix_impl(in, "endswith", a, n, k, true); }

Value m_replace(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "replace", kw) || !check_nargs(interp, "replace", nargs - 1, 2, 3)) return Value::null();
  if (!self_bytes(interp, args, nargs, "replace")) return Value::null();
  std::string_view s = bytes_view(args[0]), o, r;
  if (!buffer_arg(interp, args[1], &o) || !buffer_arg(interp, args[2], &r)) return Value::null();
  int64_t count = -1;
  if (nargs > 3 && !to_index(interp, args[3], &count)) return Value::null();
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (o.empty()) {
    size_t i = 0;
    while (count-- > 0) {
      out.append(r);
      if (i >= s.size()) break;
      out += s[i++];
    }
    out.append(s.substr(i));
  } else {
    size_t pos = 0;
    for (size_t f = s.find(o); f != std::string_view::npos && count-- > 0; f = s.find(o, pos)) {
      out.append(s.substr(pos, f - pos));
      out.append(r);
      pos = f + o.size();
    }
    out.append(s.substr(pos));
  }
  return like(interp, args[0], out);
}

Value strip_impl(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, int which) {
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, name, nargs - 1, 0, 1)) return Value::null();
  if (!self_bytes(interp, args, nargs, name)) return Value::null();
  std::string_view s = bytes_view(args[0]);
  std::string_view chars = " \t\n\r\x0b\x0c";
  if (nargs > 1 && !args[1].is_none() && !buffer_arg(interp, args[1], &chars)) return Value::null();
  size_t b = 0, e = s.size();
  if (which & 1) while (b < e && chars.find(s[b]) != std::string_view::npos) b++;
  if (which & 2) while (e > b && chars.find(s[e - 1]) != std::string_view::npos) e--;
  return like(interp, args[0], s.substr(b, e - b));
}

Value m_strip(Interp& in, const Value* a, size_t n, Tuple* k) { return strip_impl(in, "strip", a, n, k, 3); }
Value m_lstrip(Interp& in, const Value* a, size_t n, Tuple* k) { return strip_impl(in, "lstrip", a, n, k, 1); }
Value m_rstrip(Interp& in, const Value* a, size_t n, Tuple* k) { return strip_impl(in, "rstrip", a, n, k, 2); }

template <int Mode>   // 0 lower, 1 upper
Value case_impl(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  const char* name = Mode == 0 ? "lower" : "upper";
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, name, nargs - 1, 0, 0)) return Value::null();
  if (!self_bytes(interp, args, nargs, name)) return Value::null();
  std::string s(bytes_view(args[0]));
  for (char& c : s) {
    if (Mode == 0 && c >= 'A' && c <= 'Z') c = char(c + 32);
    if (Mode == 1 && c >= 'a' && c <= 'z') c = char(c - 32);
  }
  return like(interp, args[0], s);
}

template <int Pred>   // 0 digit, 1 alpha, 2 space, 3 alnum, 4 upper, 5 lower
Value is_impl(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "is", kw) || !self_bytes(interp, args, nargs, "is")) return Value::null();
  std::string_view s = bytes_view(args[0]);
  if (s.empty()) return Value::false_();
  bool cased = false;
  for (char c : s) {
    bool d = c >= '0' && c <= '9', up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
    bool ok = Pred == 0 ? d : Pred == 1 ? (up || lo) : Pred == 2 ? is_ws(c) : Pred == 3 ? (d || up || lo)
              : Pred == 4 ? !lo : !up;
    if (!ok) return Value::false_();
    if ((Pred == 4 && up) || (Pred == 5 && lo)) cased = true;
  }
  return Value::boolean(Pred >= 4 ? cased : true);
}

bool upper_c(char c) { return c >= 'A' && c <= 'Z'; }
bool lower_c(char c) { return c >= 'a' && c <= 'z'; }

template <int Mode>   // 0 title, 1 capitalize, 2 swapcase
Value recase_impl(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  const char* name = Mode == 0 ? "title" : Mode == 1 ? "capitalize" : "swapcase";
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, name, nargs - 1, 0, 0)) return Value::null();
  if (!self_bytes(interp, args, nargs, name)) return Value::null();
  std::string s(bytes_view(args[0]));
  bool prev_cased = false;
  for (size_t i = 0; i < s.size(); i++) {
    char& c = s[i];
    bool up = upper_c(c), lo = lower_c(c);
    if (Mode == 2) { if (up) c = char(c + 32); else if (lo) c = char(c - 32); continue; }
    bool make_upper = Mode == 0 ? !prev_cased : i == 0;
    if (make_upper && lo) c = char(c - 32);
    else if (!make_upper && up) c = char(c + 32);
    prev_cased = up || lo;
  }
  return like(interp, args[0], s);
}

Value m_splitlines(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(interp, ArgSpec{"splitlines", {"self", "keepends"}, 1, 1}, args, nargs, kw, a)) return Value::null();
  if (!self_bytes(interp, a, 1, "splitlines")) return Value::null();
  int keep = 0;
  if (!a[1].is_null() && (keep = truthy(interp, a[1])) < 0) return Value::null();
  std::string_view s = bytes_view(a[0]);
  List* out = list_new(interp);
  if (out == nullptr) return Value::null();
  size_t line = 0, i = 0;
  while (i < s.size()) {
    if (s[i] != '\n' && s[i] != '\r') { i++; continue; }
    size_t eol = i + ((s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1);
    Value v = like(interp, a[0], s.substr(line, (keep ? eol : i) - line));
    if (v.is_null() || !list_append(interp, out, v)) return Value::null();
    line = i = eol;
  }
  if (line < s.size()) {
    Value v = like(interp, a[0], s.substr(line));
    if (v.is_null() || !list_append(interp, out, v)) return Value::null();
  }
  return Value::object(out);
}

Value partition_impl(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, bool reverse) {
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, name, nargs - 1, 1, 1)) return Value::null();
  if (!self_bytes(interp, args, nargs, name)) return Value::null();
  std::string_view s = bytes_view(args[0]), sep;
  if (!buffer_arg(interp, args[1], &sep)) return Value::null();
  if (sep.empty()) return raise(interp, interp.exc_types.ValueError, "empty separator");
  size_t f = reverse ? s.rfind(sep) : text::find_bytes(s, sep);
  Value parts[3];
  if (f == std::string_view::npos) {
    parts[0] = like(interp, args[0], reverse ? "" : s);
    parts[1] = like(interp, args[0], "");
    parts[2] = like(interp, args[0], reverse ? s : "");
  } else {
    parts[0] = like(interp, args[0], s.substr(0, f));
    parts[1] = like(interp, args[0], sep);
    parts[2] = like(interp, args[0], s.substr(f + sep.size()));
  }
  for (Value& v : parts) if (v.is_null()) return v;
  Tuple* t = tuple_from(interp, parts, 3);
  return t == nullptr ? Value::null() : Value::object(t);
}

Value m_partition(Interp& in, const Value* a, size_t n, Tuple* k) { return partition_impl(in, "partition", a, n, k, false); }
Value m_rpartition(Interp& in, const Value* a, size_t n, Tuple* k) { return partition_impl(in, "rpartition", a, n, k, true); }

Value pad_impl(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, char how) {
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, name, nargs - 1, 1, 2)) return Value::null();
  if (!self_bytes(interp, args, nargs, name)) return Value::null();
  int64_t width;
  if (!to_index(interp, args[1], &width)) return Value::null();
  char fill = ' ';
  if (nargs > 2) {
    if (!is_bytes_like(interp, args[2]) || bytes_view(args[2]).size() != 1)
      return raise(interp, interp.exc_types.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                   type_name(interp, args[2]));
    fill = bytes_view(args[2])[0];
  }
  std::string_view s = bytes_view(args[0]);
  if (width <= int64_t(s.size())) return like(interp, args[0], s);
  size_t marg = size_t(width) - s.size(), left;
  if (how == '<') left = 0;
  else if (how == '>') left = marg;
  else left = marg / 2 + (marg & size_t(width) & 1);
  std::string out(left, fill);
  out += s;
  out.append(marg - left, fill);
  return like(interp, args[0], out);
}

Value m_center(Interp& in, const Value* a, size_t n, Tuple* k) { return pad_impl(in, "center", a, n, k, '^'); }
Value m_ljust(Interp& in, const Value* a, size_t n, Tuple* k) { return pad_impl(in, "ljust", a, n, k, '<'); }
Value m_rjust(Interp& in, const Value* a, size_t n, Tuple* k) { return pad_impl(in, "rjust", a, n, k, '>'); }

Value m_zfill(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "zfill", kw) || !check_nargs(interp, "zfill", nargs - 1, 1, 1)) return Value::null();
  if (!self_bytes(interp, args, nargs, "zfill")) return Value::null();
  int64_t width;
  if (!to_index(interp, args[1], &width)) return Value::null();
  std::string_view s = bytes_view(args[0]);
  if (width <= int64_t(s.size())) return like(interp, args[0], s);
  size_t sign = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  std::string out(s.substr(0, sign));
  out.append(size_t(width) - s.size(), '0');
  out += s.substr(sign);
  return like(interp, args[0], out);
}

template <bool Suffix>
Value affix_remove(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  const char* name = Suffix ? "removesuffix" : "removeprefix";
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, name, nargs - 1, 1, 1)) return Value::null();
  if (!self_bytes(interp, args, nargs, name)) return Value::null();
  std::string_view s = bytes_view(args[0]), a;
  if (!buffer_arg(interp, args[1], &a)) return Value::null();
  if (!a.empty() && a.size() <= s.size()) {
    if (!Suffix && s.substr(0, a.size()) == a) s.remove_prefix(a.size());
    if (Suffix && s.substr(s.size() - a.size()) == a) s.remove_suffix(a.size());
  }
  return like(interp, args[0], s);
}

Value m_isascii(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!self_bytes(interp, args, nargs, "isascii")) return Value::null();
  for (char c : bytes_view(args[0])) if (static_cast<unsigned char>(c) >= 0x80) return Value::false_();
  return Value::true_();
}

Value m_istitle(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!self_bytes(interp, args, nargs, "istitle")) return Value::null();
  bool cased = false, prev = false;
  for (char c : bytes_view(args[0])) {
    if (upper_c(c)) { if (prev) return Value::false_(); prev = cased = true; }
    else if (lower_c(c)) { if (!prev) return Value::false_(); prev = cased = true; }
    else prev = false;
  }
  return Value::boolean(cased);
}

Value m_getnewargs(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!self_bytes(interp, args, nargs, "__getnewargs__")) return Value::null();
  Value b = bytes_new(interp, bytes_view(args[0]));
  if (b.is_null()) return b;
  Tuple* t = tuple_pack(interp, {b});
  return t == nullptr ? Value::null() : Value::object(t);
}

// bytearray mutators.
bool self_ba(Interp& interp, const Value* args, size_t nargs, const char* name) {
  if (nargs == 0 || !is_bytearray(interp, args[0])) {
    raise(interp, interp.exc_types.TypeError, "descriptor '%s' requires a 'bytearray' object", name);
    return false;
  }
  return true;
}

bool ba_append_bytes(Interp& interp, ByteArray* a, std::string_view d) {
  if (a->size + d.size() > a->capacity) {
    size_t cap = a->capacity < 8 ? 8 : a->capacity;
    while (cap < a->size + d.size()) cap *= 2;
    char* p = static_cast<char*>(std::realloc(a->data, cap));
    if (p == nullptr) { raise_no_memory(interp); return false; }
    interp.heap.account(ptrdiff_t(cap) - ptrdiff_t(a->capacity));
    a->data = p;
    a->capacity = cap;
  }
  if (!d.empty()) std::memcpy(a->data + a->size, d.data(), d.size());
  a->size += d.size();
  return true;
}

Value m_append(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "append", kw) || !check_nargs(interp, "append()", nargs - 1, 1, 1) ||
      !self_ba(interp, args, nargs, "append"))
    return Value::null();
  int64_t n;
  if (!to_index(interp, args[1], &n)) return Value::null();
  if (n < 0 || n > 255) return raise(interp, interp.exc_types.ValueError, "byte must be in range(0, 256)");
  char c = char(n);
  if (!ba_append_bytes(interp, args[0].as<ByteArray>(), std::string_view(&c, 1))) return Value::null();
  return Value::none();
}

Value m_extend(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "extend", kw) || !check_nargs(interp, "extend()", nargs - 1, 1, 1) ||
      !self_ba(interp, args, nargs, "extend"))
    return Value::null();
  std::string data;
  if (is_bytes_like(interp, args[1])) {
    data = std::string(bytes_view(args[1]));
  } else {
    Value b = call(interp, Value::object(interp.types.bytes), {args[1]});
    if (b.is_null()) return b;
    data = std::string(bytes_view(b));
  }
  if (!ba_append_bytes(interp, args[0].as<ByteArray>(), data)) return Value::null();
  return Value::none();
}

Value m_pop(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "pop", kw) || !check_nargs(interp, "pop", nargs - 1, 0, 1) ||
      !self_ba(interp, args, nargs, "pop"))
    return Value::null();
  ByteArray* a = args[0].as<ByteArray>();
  int64_t i = -1;
  if (nargs > 1 && !to_index(interp, args[1], &i)) return Value::null();
  if (a->size == 0) return raise(interp, interp.exc_types.IndexError, "pop from empty bytearray");
  if (i < 0) i += int64_t(a->size);
  if (i < 0 || i >= int64_t(a->size)) return raise(interp, interp.exc_types.IndexError, "pop index out of range");
  unsigned char c = static_cast<unsigned char>(a->data[i]);
  std::memmove(a->data + i, a->data + i + 1, a->size - size_t(i) - 1);
  a->size--;
  return Value::small_int(c);
}

Value m_clear(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!self_ba(interp, args, nargs, "clear")) return Value::null();
  args[0].as<ByteArray>()->size = 0;
  return Value::none();
}

Value m_copy(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!self_ba(interp, args, nargs, "copy")) return Value::null();
  return bytearray_new(interp, bytes_view(args[0]));
}

const MethodDef kShared[] = {
  {"decode", m_decode}, {"hex", m_hex}, {"fromhex", m_fromhex, MethodDef::ClassMethod},
  {"join", m_join}, {"split", m_split}, {"rsplit", m_rsplit},
  {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex}, {"count", m_count},
  {"startswith", m_startswith}, {"endswith", m_endswith}, {"replace", m_replace},
  {"strip", m_strip}, {"lstrip", m_lstrip}, {"rstrip", m_rstrip},
  {"lower", case_impl<0>}, {"upper", case_impl<1>},
  {"isdigit", is_impl<0>}, {"isalpha", is_impl<1>}, {"isspace", is_impl<2>}, {"isalnum", is_impl<3>},
  {"isupper", is_impl<4>}, {"islower", is_impl<5>},
  {"title", recase_impl<0>}, {"capitalize", recase_impl<1>}, {"swapcase", recase_impl<2>},
  {"splitlines", m_splitlines}, {"partition", m_partition}, {"rpartition", m_rpartition},
  {"center", m_center}, {"ljust", m_ljust}, {"rjust", m_rjust}, {"zfill", m_zfill},
  {"removeprefix", affix_remove<false>}, {"removesuffix", affix_remove<true>},
  {"isascii", m_isascii}, {"istitle", m_istitle},
};

const MethodDef kBytesOnly[] = {
  {"__getnewargs__", m_getnewargs},
};

const MethodDef kByteArrayOnly[] = {
  {"append", m_append}, {"extend", m_extend}, {"pop", m_pop}, {"clear", m_clear}, {"copy", m_copy},
};

}  // namespace

bool bytes_add_methods(Interp& interp) {
  constexpr size_t n = sizeof kShared / sizeof kShared[0];
  return add_methods(interp, interp.types.bytes, kShared, n) &&
         add_methods(interp, interp.types.bytearray, kShared, n) &&
         add_methods(interp, interp.types.bytes, kBytesOnly, 1) &&
         add_methods(interp, interp.types.bytearray, kByteArrayOnly, sizeof kByteArrayOnly / sizeof kByteArrayOnly[0]);
}

}  // namespace coil
