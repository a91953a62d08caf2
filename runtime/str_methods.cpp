// str methods that search and cut: find/index/count, startswith/endswith, split/rsplit,
// join, replace, strip, partition, removeprefix/removesuffix; plus the shared index helpers.
#include <cstring>
#include <vector>
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/slice.h"
#include "runtime/str_methods.h"
#include "runtime/text.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

// Clamps a Python slice bound already converted to int64.
int64_t clamp_bound(int64_t v, int64_t length) {
  if (v < 0) { v += length; if (v < 0) v = 0; }
  if (v > length) v = length;
  return v;
}

// A slice bound: None/null → missing; ints and __index__ objects; huge values saturate.
bool slice_bound(Interp& interp, Value v, int64_t* out, bool* given) {
  *given = false;
  if (v.is_null() || v.is_none()) return true;
  if (!is_int(v) && lookup_special(interp, v, interp.names.__index__).is_null()) {
    if (!interp.has_error())
      raise(interp, interp.exc_types.TypeError,
            "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value iv = v;
  if (!is_int(v)) {
    iv = call_special(interp, v, interp.names.__index__, {});
    if (iv.is_null()) return false;
  }
  if (!int_to_int64(iv, out)) *out = int_sign(iv) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  *given = true;
  return true;
}

size_t byte_at(const Str* s, int64_t cp_index) { return utf8_offset(s, size_t(cp_index)); }

int64_t cp_index(const Str* s, size_t byte_off) {
  if (s->is_ascii()) return int64_t(byte_off);
  return int64_t(utf8_length(std::string_view(s->data, byte_off)));
}

Value mkint(Interp& interp, int64_t n) { return make_int(interp, n); }

Str* arg_str(Interp& interp, Value v, const char* what) {
  if (is_str(v)) return v.as<Str>();
  raise(interp, interp.exc_types.TypeError, "%s", what);
  return nullptr;
}

Str* need_str_arg(Interp& interp, Value v) {
  if (is_str(v)) return v.as<Str>();
  raise(interp, interp.exc_types.TypeError, "must be str, not %s", type_name(interp, v));
  return nullptr;
}

// The shared front of find/rfind/index/rindex/count: self, sub, optional start/end.
struct Search {
  Str* self;
  Str* sub;
  int64_t lo, hi;      // code point range
  size_t blo, bhi;     // the same as byte offsets
};

bool parse_search(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kwnames, Search* s) {
  if (!check_no_kwargs(interp, name, kwnames)) return false;
  if (nargs < 2 || nargs > 4) {
    raise(interp, interp.exc_types.TypeError, nargs < 2 ? "%s expected at least 1 argument, got %d"
                                                          : "%s expected at most 3 arguments, got %d",
          name, int(nargs) - 1);
    return false;
  }
  s->self = str_self(interp, args, nargs, name);
  if (s->self == nullptr) return false;
  s->sub = need_str_arg(interp, args[1]);
  if (s->sub == nullptr) return false;
  if (!adjust_range(interp, nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(),
                    int64_t(s->self->length), &s->lo, &s->hi))
    return false;
  s->blo = byte_at(s->self, s->lo);
  s->bhi = s->hi >= s->lo ? byte_at(s->self, s->hi) : s->blo;
  return true;
}

// Byte offset of sub in self within [blo, bhi), or npos.
size_t find_in(const Search& s, bool reverse) {
  if (s.hi < s.lo) return std::string_view::npos;
  std::string_view hay(s.self->data + s.blo, s.bhi - s.blo);
  size_t r = reverse ? hay.rfind(s.sub->view()) : text::find_bytes(hay, s.sub->view());
  return r == std::string_view::npos ? r : r + s.blo;
}

Value find_common(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw,
                  bool reverse, bool raise_missing) {
  Search s;
  if (!parse_search(interp, name, args, nargs, kw, &s)) return Value::null();
  if (s.lo > int64_t(s.self->length)) {
    if (raise_missing) return raise(interp, interp.exc_types.ValueError, "substring not found");
    return Value::small_int(-1);
  }
  size_t r = find_in(s, reverse);
  if (r == std::string_view::npos) {
    if (raise_missing) return raise(interp, interp.exc_types.ValueError, "substring not found");
    return Value::small_int(-1);
  }
  return mkint(interp, cp_index(s.self, r));
}

Value m_find(Interp& in, const Value* a, size_t n, Tuple* k) { return find_common(in, "find", a, n, k, false, false); }
Value m_rfind(Interp& in, const Value* a, size_t n, Tuple* k) { return find_common(in, "rfind", a, n, k, true, false); }
Value m_index(Interp& in, const Value* a, size_t n, Tuple* k) { return find_common(in, "index", a, n, k, false, true); }
Value m_rindex(Interp& in, const Value* a, size_t n, Tuple* k) { return find_common(in, "rindex", a, n, k, true, true); }

Value m_count(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Search s;
  if (!parse_search(interp, "count", args, nargs, kw, &s)) return Value::null();
  if (s.lo > int64_t(s.self->length) || s.hi < s.lo) return Value::small_int(0);
  if (s.sub->size == 0) return mkint(interp, s.hi - s.lo + 1);
  std::string_view hay(s.self->data + s.blo, s.bhi - s.blo);
  int64_t count = 0;
  for (size_t pos = text::find_bytes(hay, s.sub->view()); pos != std::string_view::npos;
       pos = text::find_bytes(hay, s.sub->view(), pos + s.sub->size))
    count++;
  return mkint(interp, count);
}

Value starts_ends(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, bool ends) {
  if (!check_no_kwargs(interp, name, kw)) return Value::null();
  if (nargs < 2 || nargs > 4)
    return raise(interp, interp.exc_types.TypeError, nargs < 2 ? "%s expected at least 1 argument, got %d"
                                                               : "%s expected at most 3 arguments, got %d",
                 name, int(nargs) - 1);
  Str* self = str_self(interp, args, nargs, name);
  if (self == nullptr) return Value::null();
  int64_t lo, hi;
  if (!adjust_range(interp, nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(),
                    int64_t(self->length), &lo, &hi))
    return Value::null();
  auto test = [&](Str* p) -> bool {
    if (lo > int64_t(self->length)) return false;
    if (hi - lo < int64_t(p->length)) return false;
    size_t blo = byte_at(self, lo), bhi = byte_at(self, hi);
    std::string_view hay(self->data + blo, bhi - blo);
    if (p->size > hay.size()) return false;
    return ends ? hay.substr(hay.size() - p->size) == p->view() : hay.substr(0, p->size) == p->view();
  };
  Value prefix = args[1];
  if (is_str(prefix)) return Value::boolean(test(prefix.as<Str>()));
  if (is_tuple(prefix)) {
    Tuple* t = prefix.as<Tuple>();
    for (size_t i = 0; i < t->size; i++) {
      if (!is_str(t->items[i]))
        return raise(interp, interp.exc_types.TypeError, "tuple for %s must only contain str, not %s", name,
                     type_name(interp, t->items[i]));
      if (test(t->items[i].as<Str>())) return Value::true_();
    }
    return Value::false_();
  }
  return raise(interp, interp.exc_types.TypeError, "%s first arg must be str or a tuple of str, not %s", name,
               type_name(interp, prefix));
}

Value m_startswith(Interp& in, const Value* a, size_t n, Tuple* k) { return starts_ends(in, "startswith", a, n, k, false); }
Value m_endswith(Interp& in, const Value* a, size_t n, Tuple* k) { return starts_ends(in, "endswith", a, n, k, true); }

bool append_piece(Interp& interp, List* out, Str* self, const char* b, const char* e) {
  Value v = text::str_result(interp, self, std::string_view(b, size_t(e - b)));
  return !v.is_null() && list_append(interp, out, v);
}

// Whitespace split (sep=None): runs of Unicode whitespace separate; no empty strings.
bool split_ws(Interp& interp, Str* self, int64_t maxsplit, List* out) {
  const char* p = self->data;
  const char* end = p + self->size;
  while (p < end) {
    const char* q = p;
    while (q < end) { const char* r = q; if (!text::is_space(text::utf8_next(r))) break; q = r; }
    p = q;
    if (p >= end) break;
    if (maxsplit == 0) {
      // The rest, with trailing whitespace stripped? No: CPython keeps the remainder as is
      // after leading whitespace for split().
      return append_piece(interp, out, self, p, end);
    }
    const char* w = p;
    while (w < end) { const char* r = w; if (text::is_space(text::utf8_next(r))) break; w = r; }
    if (!append_piece(interp, out, self, p, w)) return false;
    maxsplit--;
    p = w;
  }
  return true;
}

bool rsplit_ws(Interp& interp, Str* self, int64_t maxsplit, List* out) {
  const char* begin = self->data;
  const char* p = begin + self->size;
  while (p > begin) {
    const char* q = p;
    while (q > begin) { const char* r = q; text::utf8_prev(r); const char* t = r; if (!text::is_space(text::utf8_next(t))) break; q = r; }
    p = q;
    if (p <= begin) break;
    if (maxsplit == 0) return append_piece(interp, out, self, begin, p);
    const char* w = p;
    while (w > begin) { const char* r = w; text::utf8_prev(r); const char* t = r; if (text::is_space(text::utf8_next(t))) break; w = r; }
    if (!append_piece(interp, out, self, w, p)) return false;
    maxsplit--;
    p = w;
  }
  return true;
}

void reverse_list(List* l) {
  for (size_t i = 0, j = l->size; i + 1 < j; i++, j--) std::swap(l->items[i], l->items[j - 1]);
}

Value split_common(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, bool reverse) {
  Value a[3];
  if (!parse_args(interp, ArgSpec{name, {"self", "sep", "maxsplit"}, 1, 1}, args, nargs, kw, a))
    return Value::null();
  Str* self = str_self(interp, a, 1, name);
  if (self == nullptr) return Value::null();
  int64_t maxsplit = -1;
  if (!a[2].is_null() && !to_index(interp, a[2], &maxsplit)) return Value::null();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  List* out = list_new(interp);
  if (out == nullptr) return Value::null();
  if (a[1].is_null() || a[1].is_none()) {
    bool ok = reverse ? rsplit_ws(interp, self, maxsplit, out) : split_ws(interp, self, maxsplit, out);
    if (!ok) return Value::null();
    if (reverse) reverse_list(out);
    return Value::object(out);
  }
  Str* sep = need_str_arg(interp, a[1]);
  if (sep == nullptr) return Value::null();
  if (sep->size == 0) return raise(interp, interp.exc_types.ValueError, "empty separator");
  std::string_view s = self->view(), d = sep->view();
  if (!reverse) {
    size_t pos = 0;
    while (maxsplit-- > 0) {
      size_t f = text::find_bytes(s, d, pos);
      if (f == std::string_view::npos) break;
      if (!append_piece(interp, out, self, s.data() + pos, s.data() + f)) return Value::null();
      pos = f + d.size();
    }
    if (!append_piece(interp, out, self, s.data() + pos, s.data() + s.size())) return Value::null();
  } else {
    size_t end = s.size();
    while (maxsplit-- > 0 && end >= d.size()) {
      size_t f = s.substr(0, end).rfind(d);
      if (f == std::string_view::npos) break;
      if (!append_piece(interp, out, self, s.data() + f + d.size(), s.data() + end)) return Value::null();
      end = f;
    }
    if (!append_piece(interp, out, self, s.data(), s.data() + end)) return Value::null();
    reverse_list(out);
  }
  return Value::object(out);
}

Value m_split(Interp& in, const Value* a, size_t n, Tuple* k) { return split_common(in, "split", a, n, k, false); }
Value m_rsplit(Interp& in, const Value* a, size_t n, Tuple* k) { return split_common(in, "rsplit", a, n, k, true); }

// ''.join(iterable): one pass to collect and size, one allocation, one copy.
Value m_join(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "join", kw) || !check_nargs(interp, "join()", nargs - 1, 1, 1))
    return Value::null();
  Str* sep = str_self(interp, args, nargs, "join");
  if (sep == nullptr) return Value::null();
  Value seq = args[1];
  std::vector<Value> owned;
  const Value* items;
  size_t n;
  if (is_list(seq)) { items = seq.as<List>()->items; n = seq.as<List>()->size; }
  else if (is_tuple(seq)) { items = seq.as<Tuple>()->items; n = seq.as<Tuple>()->size; }
  else {
    Value it = get_iter(interp, seq);
    if (it.is_null()) {
      if (error_matches(interp, interp.exc_types.TypeError)) {
        clear_error(interp);
        return raise(interp, interp.exc_types.TypeError, "can only join an iterable");
      }
      return Value::null();
    }
    for (;;) {
      Value v = iter_next(interp, it);
      if (v.is_null()) { if (interp.has_error()) return Value::null(); break; }
      owned.push_back(v);
    }
    items = owned.data();
    n = owned.size();
  }
  if (n == 0) return Value::object(interp.empty_str);
  if (n == 1 && is_str(items[0]) && items[0].as<Str>()->type == interp.types.str) return items[0];
  size_t total = sep->size * (n - 1), length = sep->length * (n - 1);
  bool ascii = sep->is_ascii();
  for (size_t i = 0; i < n; i++) {
    if (!is_str(items[i]))
      return raise(interp, interp.exc_types.TypeError, "sequence item %zu: expected str instance, %s found", i,
                   type_name(interp, items[i]));
    Str* s = items[i].as<Str>();
    total += s->size;
    length += s->length;
    ascii = ascii && s->is_ascii();
  }
  Str* r = text::str_alloc(interp, total);
  if (r == nullptr) return Value::null();
  char* w = r->data;
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && sep->size) { std::memcpy(w, sep->data, sep->size); w += sep->size; }
    Str* s = items[i].as<Str>();
    std::memcpy(w, s->data, s->size);
    w += s->size;
  }
  r->data[total] = 0;
  r->length = length;
  if (ascii) r->flags |= kStrAscii;
  return Value::object(r);
}

Value m_replace(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "replace", kw)) return Value::null();
  if (nargs < 3 || nargs > 4)
    return raise(interp, interp.exc_types.TypeError, nargs < 3 ? "replace expected at least 2 arguments, got %d"
                                                               : "replace expected at most 3 arguments, got %d",
                 int(nargs) - 1);
  Str* self = str_self(interp, args, nargs, "replace");
  if (self == nullptr) return Value::null();
  Str* old = need_str_arg(interp, args[1]);
  if (old == nullptr) return Value::null();
  Str* rep = need_str_arg(interp, args[2]);
  if (rep == nullptr) return Value::null();
  int64_t count = -1;
  if (nargs > 3 && !to_index(interp, args[3], &count)) return Value::null();
  if (count < 0) count = INT64_MAX;
  std::string_view s = self->view(), o = old->view(), r = rep->view();
  std::string out;
  if (o.empty()) {
    // Insert rep before every code point and at the end, up to count times.
    const char* p = s.data();
    const char* end = p + s.size();
    while (count > 0) {
      out.append(r);
      count--;
      if (p >= end) break;
      const char* q = p;
      text::utf8_next(q);
      out.append(p, size_t(q - p));
      p = q;
    }
    out.append(p, size_t(end - p));
    return str_value(interp, out);
  }
  // Count the matches, then write the result straight into a str of the right size.
  size_t matches = 0;
  for (size_t f = text::find_bytes(s, o); f != std::string_view::npos && int64_t(matches) < count;
       f = text::find_bytes(s, o, f + o.size()))
    matches++;
  if (matches == 0) return text::str_result(interp, self, s);
  size_t size = s.size() - matches * o.size() + matches * r.size();
  if (size == 0) return Value::object(interp.empty_str);
  Str* res = text::str_alloc(interp, size);
  if (res == nullptr) return Value::null();
  char* w = res->data;
  size_t pos = 0;
  for (size_t k = 0; k < matches; k++) {
    size_t f = text::find_bytes(s, o, pos);
    std::memcpy(w, s.data() + pos, f - pos);
    w += f - pos;
    std::memcpy(w, r.data(), r.size());
    w += r.size();
    pos = f + o.size();
  }
  std::memcpy(w, s.data() + pos, s.size() - pos);
  res->data[size] = 0;
  res->length = self->length - matches * old->length + matches * rep->length;
  if (res->length == size) res->flags |= kStrAscii;   // one byte per code point
  return Value::object(res);
}

// strip / lstrip / rstrip: which = 1 left, 2 right, 3 both.
Value strip_common(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, int which) {
  if (!check_no_kwargs(interp, name, kw)) return Value::null();
  if (nargs > 2) return raise(interp, interp.exc_types.TypeError, "%s expected at most 1 argument, got %d", name, int(nargs) - 1);
  Str* self = str_self(interp, args, nargs, name);
  if (self == nullptr) return Value::null();
  Str* chars = nullptr;
  if (nargs == 2 && !args[1].is_none()) {
    if (!is_str(args[1]))
      return raise(interp, interp.exc_types.TypeError, "%s arg must be None or str", name);
    chars = args[1].as<Str>();
  }
  std::vector<uint32_t> set;
  if (chars != nullptr)
    for (const char* p = chars->data; p < chars->data + chars->size;) set.push_back(text::utf8_next(p));
  auto strip_it = [&](uint32_t cp) {
    if (chars == nullptr) return text::is_space(cp);
    for (uint32_t c : set) if (c == cp) return true;
    return false;
  };
  const char* b = self->data;
  const char* e = b + self->size;
  if (which & 1)
    while (b < e) { const char* q = b; if (!strip_it(text::utf8_next(q))) break; b = q; }
  if (which & 2)
    while (e > b) { const char* q = e; text::utf8_prev(q); const char* t = q; if (!strip_it(text::utf8_next(t))) break; e = q; }
  return text::str_result(interp, self, std::string_view(b, size_t(e - b)));
}

Value m_strip(Interp& in, const Value* a, size_t n, Tuple* k) { return strip_common(in, "strip", a, n, k, 3); }
Value m_lstrip(Interp& in, const Value* a, size_t n, Tuple* k) { return strip_common(in, "lstrip", a, n, k, 1); }
Value m_rstrip(Interp& in, const Value* a, size_t n, Tuple* k) { return strip_common(in, "rstrip", a, n, k, 2); }

Value partition_common(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, bool reverse) {
  if (!check_no_kwargs(interp, name, kw)) return Value::null();
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "str.%s() takes exactly one argument (%d given)", name, int(nargs) - 1);
  Str* self = str_self(interp, args, nargs, name);
  if (self == nullptr) return Value::null();
  Str* sep = need_str_arg(interp, args[1]);
  if (sep == nullptr) return Value::null();
  if (sep->size == 0) return raise(interp, interp.exc_types.ValueError, "empty separator");
  std::string_view s = self->view();
  size_t f = reverse ? s.rfind(sep->view()) : text::find_bytes(s, sep->view());
  Value parts[3];
  Value empty = Value::object(interp.empty_str);
  if (f == std::string_view::npos) {
    Value whole = text::str_result(interp, self, s);
    if (whole.is_null()) return whole;
    parts[0] = reverse ? empty : whole;
    parts[1] = empty;
    parts[2] = reverse ? whole : empty;
  } else {
    parts[0] = text::str_result(interp, self, s.substr(0, f));
    parts[1] = Value::object(sep);
    if (sep->type != interp.types.str) parts[1] = str_value(interp, sep->view());
    parts[2] = text::str_result(interp, self, s.substr(f + sep->size));
    if (parts[0].is_null() || parts[1].is_null() || parts[2].is_null()) return Value::null();
  }
  Tuple* t = tuple_from(interp, parts, 3);
  return t == nullptr ? Value::null() : Value::object(t);
}

Value m_partition(Interp& in, const Value* a, size_t n, Tuple* k) { return partition_common(in, "partition", a, n, k, false); }
Value m_rpartition(Interp& in, const Value* a, size_t n, Tuple* k) { return partition_common(in, "rpartition", a, n, k, true); }

Value affix_common(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, bool suffix) {
  if (!check_no_kwargs(interp, name, kw)) return Value::null();
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "str.%s() takes exactly one argument (%d given)", name, int(nargs) - 1);
  Str* self = str_self(interp, args, nargs, name);
  if (self == nullptr) return Value::null();
  Str* a = arg_str(interp, args[1], "");
  if (a == nullptr) {
    clear_error(interp);
    return raise(interp, interp.exc_types.TypeError, "%s() argument must be str, not %s", name, type_name(interp, args[1]));
  }
  std::string_view s = self->view(), p = a->view();
  if (!suffix && s.substr(0, p.size()) == p && p.size() <= s.size()) s.remove_prefix(p.size());
  else if (suffix && p.size() <= s.size() && s.substr(s.size() - p.size()) == p && !p.empty()) s.remove_suffix(p.size());
  return text::str_result(interp, self, s);
}

Value m_removeprefix(Interp& in, const Value* a, size_t n, Tuple* k) { return affix_common(in, "removeprefix", a, n, k, false); }
Value m_removesuffix(Interp& in, const Value* a, size_t n, Tuple* k) { return affix_common(in, "removesuffix", a, n, k, true); }

const MethodDef kSearchMethods[] = {
  {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex},
  {"count", m_count}, {"startswith", m_startswith}, {"endswith", m_endswith},
  {"split", m_split}, {"rsplit", m_rsplit}, {"join", m_join}, {"replace", m_replace},
  {"strip", m_strip}, {"lstrip", m_lstrip}, {"rstrip", m_rstrip},
  {"partition", m_partition}, {"rpartition", m_rpartition},
  {"removeprefix", m_removeprefix}, {"removesuffix", m_removesuffix},
};

}  // namespace

bool adjust_range(Interp& interp, Value start, Value end, int64_t length, int64_t* lo, int64_t* hi) {
  int64_t s = 0, e = length;
  bool given;
  if (!slice_bound(interp, start, &s, &given)) return false;
  if (given) s = s < 0 ? clamp_bound(s, length) : s;   // a start past the end stays (find → -1)
  if (!slice_bound(interp, end, &e, &given)) return false;
  if (given) e = clamp_bound(e, length);
  *lo = s;
  *hi = e;
  return true;
}

int seq_index_or_slice(Interp& interp, Value key, int64_t length, const char* what, int64_t* index,
                       int64_t* start, int64_t* step, int64_t* count) {
  if (key.is_small_int()) { *index = key.as_small_int(); return 1; }
  if (is_slice(key)) {
    int64_t stop;
    return slice_indices(interp, key, length, start, &stop, step, count) ? 0 : -1;
  }
  if (is_int(key) || !lookup_special(interp, key, interp.names.__index__).is_null()) {
    if (!to_index(interp, key, index)) {
      if (error_matches(interp, interp.exc_types.OverflowError)) {
        clear_error(interp);
        raise(interp, interp.exc_types.IndexError, "cannot fit '%s' into an index-sized integer", type_name(interp, key));
      }
      return -1;
    }
    return 1;
  }
  if (!interp.has_error())
    raise(interp, interp.exc_types.TypeError, "%s, not '%s'", what, type_name(interp, key));
  return -1;
}

bool str_add_search_methods(Interp& interp, Type* t) {
  return add_methods(interp, t, kSearchMethods, sizeof kSearchMethods / sizeof kSearchMethods[0]);
}

}  // namespace coil
