// str methods that map characters: case conversion, the is*() predicates, padding
// (center/ljust/rjust/zfill), expandtabs, splitlines, encode, maketrans/translate.
#include <string>
#include "runtime/bytes.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str_methods.h"
#include "runtime/text.h"

namespace coil {

namespace {

using text::utf8_next;

Str* self_noargs(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, name, kw)) return nullptr;
  if (nargs != 1) {
    raise(interp, interp.exc_types.TypeError, "str.%s() takes no arguments (%d given)", name, int(nargs) - 1);
    return nullptr;
  }
  return str_self(interp, args, nargs, name);
}

// Applies fn(out, cp, prev_cased) per code point; ASCII strings take a byte loop.
template <class Fn>
Value map_chars(Interp& interp, Str* s, Fn fn) {
  std::string out;
  out.reserve(s->size);
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    const char* start = p;
    uint32_t cp = utf8_next(p);
    fn(out, cp, start, p);
  }
  return text::str_result(interp, s, out);
}

// An ASCII str with every byte passed through fn, written straight into the new str.
template <class Fn>
Value map_ascii(Interp& interp, Str* s, Fn fn) {
  if (s->size == 0) return Value::object(interp.empty_str);
  Str* r = text::str_alloc(interp, s->size);
  if (r == nullptr) return Value::null();
  for (size_t i = 0; i < s->size; i++) r->data[i] = fn(s->data[i]);
  r->data[s->size] = 0;
  r->length = s->size;
  r->flags |= kStrAscii;
  return Value::object(r);
}

bool final_sigma(const Str* s, const char* before, const char* after) {
  // Σ lowercases to ς at the end of a word: a cased letter before it, none right after.
  const char* b = before;
  bool cased_before = false;
  if (b > s->data) { text::utf8_prev(b); const char* t = b; cased_before = text::is_cased(utf8_next(t)); }
  bool cased_after = false;
  if (after < s->data + s->size) { const char* t = after; cased_after = text::is_cased(utf8_next(t)); }
  return cased_before && !cased_after;
}

// Lowercases one code point at [start, after) of s, with the final-sigma rule.
void lower_at(std::string& out, const Str* s, const char* start, const char* after, uint32_t cp) {
  if (cp == 0x3A3 && final_sigma(s, start, after)) utf8_append(out, 0x3C2);
  else text::append_lower(out, cp);
}

Value m_lower(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, "lower", args, nargs, kw);
  if (s == nullptr) return Value::null();
  if (s->is_ascii()) return map_ascii(interp, s, [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; });
  std::string out;
  const char* p = s->data;
  while (p < s->data + s->size) {
    const char* start = p;
    uint32_t cp = utf8_next(p);
    if (cp == 0x3A3 && final_sigma(s, start, p)) utf8_append(out, 0x3C2);
    else text::append_lower(out, cp);
  }
  return str_value(interp, out);
}

Value m_upper(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, "upper", args, nargs, kw);
  if (s == nullptr) return Value::null();
  if (s->is_ascii()) return map_ascii(interp, s, [](char c) { return c >= 'a' && c <= 'z' ? char(c - 32) : c; });
  return map_chars(interp, s, [](std::string& o, uint32_t cp, const char*, const char*) { text::append_upper(o, cp); });
}

Value m_casefold(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, "casefold", args, nargs, kw);
  if (s == nullptr) return Value::null();
  return map_chars(interp, s, [](std::string& o, uint32_t cp, const char*, const char*) { text::append_casefold(o, cp); });
}

Value m_swapcase(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, "swapcase", args, nargs, kw);
  if (s == nullptr) return Value::null();
  return map_chars(interp, s, [s](std::string& o, uint32_t cp, const char* b, const char* a) {
    if (text::is_upper(cp)) lower_at(o, s, b, a, cp);
    else if (text::is_lower(cp)) text::append_upper(o, cp);
    else utf8_append(o, cp);
  });
}

Value m_title(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, "title", args, nargs, kw);
  if (s == nullptr) return Value::null();
  bool prev_cased = false;
  return map_chars(interp, s, [&](std::string& o, uint32_t cp, const char* b, const char* a) {
    if (prev_cased) lower_at(o, s, b, a, cp);
    else text::append_title(o, cp);
    prev_cased = text::is_cased(cp);
  });
}

Value m_capitalize(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, "capitalize", args, nargs, kw);
  if (s == nullptr) return Value::null();
  bool first = true;
  return map_chars(interp, s, [&](std::string& o, uint32_t cp, const char* b, const char* a) {
    if (first) text::append_title(o, cp);
    else lower_at(o, s, b, a, cp);
    first = false;
  });
}

// The is*() predicates: true when non-empty and every code point passes.
template <bool (*Pred)(uint32_t)>
Value all_chars(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, name, args, nargs, kw);
  if (s == nullptr) return Value::null();
  if (s->size == 0) return Value::false_();
  for (const char* p = s->data; p < s->data + s->size;)
    if (!Pred(utf8_next(p))) return Value::false_();
  return Value::true_();
}

bool alnum(uint32_t cp) { return text::is_alpha(cp) || text::is_numeric(cp); }

Value m_isdigit(Interp& in, const Value* a, size_t n, Tuple* k) { return all_chars<text::is_digit>(in, "isdigit", a, n, k); }
Value m_isdecimal(Interp& in, const Value* a, size_t n, Tuple* k) { return all_chars<text::is_decimal>(in, "isdecimal", a, n, k); }
Value m_isnumeric(Interp& in, const Value* a, size_t n, Tuple* k) { return all_chars<text::is_numeric>(in, "isnumeric", a, n, k); }
Value m_isalpha(Interp& in, const Value* a, size_t n, Tuple* k) { return all_chars<text::is_alpha>(in, "isalpha", a, n, k); }
Value m_isalnum(Interp& in, const Value* a, size_t n, Tuple* k) { return all_chars<alnum>(in, "isalnum", a, n, k); }
Value m_isspace(Interp& in, const Value* a, size_t n, Tuple* k) { return all_chars<text::is_space>(in, "isspace", a, n, k); }

Value m_isprintable(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, "isprintable", args, nargs, kw);
  if (s == nullptr) return Value::null();
  for (const char* p = s->data; p < s->data + s->size;)
    if (!text::is_printable(utf8_next(p))) return Value::false_();
  return Value::true_();
}

Value m_isascii(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, "isascii", args, nargs, kw);
  return s == nullptr ? Value::null() : Value::boolean(s->is_ascii());
}

Value m_isidentifier(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, "isidentifier", args, nargs, kw);
  if (s == nullptr) return Value::null();
  if (s->size == 0) return Value::false_();
  const char* p = s->data;
  if (!text::is_id_start(utf8_next(p))) return Value::false_();
  while (p < s->data + s->size)
    if (!text::is_id_continue(utf8_next(p))) return Value::false_();
  return Value::true_();
}

// isupper / islower: at least one cased character and none of the other case.
Value case_pred(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, bool upper) {
  Str* s = self_noargs(interp, name, args, nargs, kw);
  if (s == nullptr) return Value::null();
  bool cased = false;
  for (const char* p = s->data; p < s->data + s->size;) {
    uint32_t cp = utf8_next(p);
    if (upper ? (text::is_lower(cp) || text::is_title(cp)) : (text::is_upper(cp) || text::is_title(cp)))
      return Value::false_();
    if (!cased) cased = upper ? text::is_upper(cp) : text::is_lower(cp);
  }
  return Value::boolean(cased);
}

Value m_isupper(Interp& in, const Value* a, size_t n, Tuple* k) { return case_pred(in, "isupper", a, n, k, true); }
Value m_islower(Interp& in, const Value* a, size_t n, Tuple* k) { return case_pred(in, "islower", a, n, k, false); }

Value m_istitle(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* s = self_noargs(interp, "istitle", args, nargs, kw);
  if (s == nullptr) return Value::null();
  bool cased = false, prev_cased = false;
  for (const char* p = s->data; p < s->data + s->size;) {
    uint32_t cp = utf8_next(p);
    if (text::is_upper(cp) || text::is_title(cp)) {
      if (prev_cased) return Value::false_();
      prev_cased = cased = true;
    } else if (text::is_lower(cp)) {
      if (!prev_cased) return Value::false_();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased);
}

// center / ljust / rjust(width[, fillchar]).
Value pad_common(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw, char how) {
  if (!check_no_kwargs(interp, name, kw)) return Value::null();
  if (nargs < 2 || nargs > 3)
    return raise(interp, interp.exc_types.TypeError, nargs < 2 ? "%s expected at least 1 argument, got %d"
                                                               : "%s expected at most 2 arguments, got %d",
                 name, int(nargs) - 1);
  Str* s = str_self(interp, args, nargs, name);
  if (s == nullptr) return Value::null();
  int64_t width;
  if (!to_index(interp, args[1], &width)) return Value::null();
  std::string_view fill = " ";
  if (nargs == 3) {
    if (!is_str(args[2]))
      return raise(interp, interp.exc_types.TypeError, "%s() argument 2 must be str, not %s", name,
                   type_name(interp, args[2]));
    if (args[2].as<Str>()->length != 1)
      return raise(interp, interp.exc_types.TypeError, "The fill character must be exactly one character long");
    fill = args[2].as<Str>()->view();
  }
  int64_t len = int64_t(s->length);
  if (width <= len) return text::str_result(interp, s, s->view());
  int64_t marg = width - len, left;
  if (how == '<') left = 0;
  else if (how == '>') left = marg;
  else left = marg / 2 + (marg & width & 1);
  std::string out;
  out.reserve(size_t(marg) * fill.size() + s->size);
  for (int64_t i = 0; i < left; i++) out.append(fill);
  out.append(s->view());
  for (int64_t i = left; i < marg; i++) out.append(fill);
  return str_value(interp, out);
}

Value m_center(Interp& in, const Value* a, size_t n, Tuple* k) { return pad_common(in, "center", a, n, k, '^'); }
Value m_ljust(Interp& in, const Value* a, size_t n, Tuple* k) { return pad_common(in, "ljust", a, n, k, '<'); }
Value m_rjust(Interp& in, const Value* a, size_t n, Tuple* k) { return pad_common(in, "rjust", a, n, k, '>'); }

Value m_zfill(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "zfill", kw) || !check_nargs(interp, "zfill()", nargs - 1, 1, 1)) return Value::null();
  Str* s = str_self(interp, args, nargs, "zfill");
  if (s == nullptr) return Value::null();
  int64_t width;
  if (!to_index(interp, args[1], &width)) return Value::null();
  int64_t len = int64_t(s->length);
  if (width <= len) return text::str_result(interp, s, s->view());
  std::string out;
  std::string_view v = s->view();
  size_t sign = (!v.empty() && (v[0] == '+' || v[0] == '-')) ? 1 : 0;
  out.append(v.substr(0, sign));
  out.append(size_t(width - len), '0');
  out.append(v.substr(sign));
  return str_value(interp, out);
}

Value m_expandtabs(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(interp, ArgSpec{"expandtabs", {"self", "tabsize"}, 1, 1}, args, nargs, kw, a)) return Value::null();
  Str* s = str_self(interp, a, 1, "expandtabs");
  if (s == nullptr) return Value::null();
  int64_t tab = 8;
  if (!a[1].is_null() && !to_index(interp, a[1], &tab)) return Value::null();
  std::string out;
  int64_t col = 0;
  for (const char* p = s->data; p < s->data + s->size;) {
    const char* start = p;
    uint32_t cp = utf8_next(p);
    if (cp == '\t') {
      if (tab > 0) { int64_t n = tab - col % tab; out.append(size_t(n), ' '); col += n; }
    } else {
      out.append(start, size_t(p - start));
      col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
    }
  }
  return text::str_result(interp, s, out);
}

Value m_splitlines(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(interp, ArgSpec{"splitlines", {"self", "keepends"}, 1, 1}, args, nargs, kw, a)) return Value::null();
  Str* s = str_self(interp, a, 1, "splitlines");
  if (s == nullptr) return Value::null();
  int keep = 0;
  if (!a[1].is_null() && (keep = truthy(interp, a[1])) < 0) return Value::null();
  List* out = list_new(interp);
  if (out == nullptr) return Value::null();
  const char* p = s->data;
  const char* end = p + s->size;
  const char* line = p;
  while (p < end) {
    const char* q = p;
    uint32_t cp = utf8_next(q);
    if (!text::is_linebreak(cp)) { p = q; continue; }
    const char* eol = q;
    if (cp == '\r' && q < end && *q == '\n') eol = q + 1;
    Value piece = text::str_result(interp, s, std::string_view(line, size_t((keep ? eol : p) - line)));
    if (piece.is_null() || !list_append(interp, out, piece)) return Value::null();
    line = p = eol;
  }
  if (line < end) {
    Value piece = text::str_result(interp, s, std::string_view(line, size_t(end - line)));
    if (piece.is_null() || !list_append(interp, out, piece)) return Value::null();
  }
  return Value::object(out);
}

Value m_encode(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(interp, ArgSpec{"encode", {"self", "encoding", "errors"}, 1, 1}, args, nargs, kw, a))
    return Value::null();
  Str* s = str_self(interp, a, 1, "encode");
  if (s == nullptr) return Value::null();
  return str_encode(interp, s->view(), a[1], a[2]);
}

// str.maketrans(x[, y[, z]]) → dict of code point → code point / str / None.
Value m_maketrans(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "maketrans", kw)) return Value::null();
  if (nargs < 1 || nargs > 3)
    return raise(interp, interp.exc_types.TypeError, nargs < 1 ? "maketrans expected at least 1 argument, got 0"
                                                               : "maketrans expected at most 3 arguments, got %d",
                 int(nargs));
  Dict* d = dict_new(interp);
  if (d == nullptr) return Value::null();
  if (nargs == 1) {
    if (!is_dict(args[0]))
      return raise(interp, interp.exc_types.TypeError, "if you give only one argument to maketrans it must be a dict");
    size_t pos = 0;
    Value k, v;
    while (dict_next(args[0].as<Dict>(), &pos, &k, &v)) {
      Value key = k;
      if (is_str(k)) {
        if (k.as<Str>()->length != 1)
          return raise(interp, interp.exc_types.ValueError, "string keys in translate table must be of length 1");
        key = make_int(interp, str_codepoint_at(k.as<Str>(), 0));
      } else if (!is_int(k)) {
        return raise(interp, interp.exc_types.TypeError, "keys in translate table must be strings or integers");
      }
      if (!dict_set(interp, d, key, v)) return Value::null();
    }
    return Value::object(d);
  }
  for (size_t i = 0; i < nargs; i++)
    if (!is_str(args[i]))
      return raise(interp, interp.exc_types.TypeError, i == 0 ? "maketrans() argument 1 must be str, not %s"
                                                       : i == 1 ? "maketrans() argument 2 must be str, not %s"
                                                                : "maketrans() argument 3 must be str, not %s",
                   type_name(interp, args[i]));
  Str* x = args[0].as<Str>();
  Str* y = args[1].as<Str>();
  if (x->length != y->length)
    return raise(interp, interp.exc_types.ValueError, "the first two maketrans arguments must have equal length");
  const char* p = x->data;
  const char* q = y->data;
  while (p < x->data + x->size) {
    uint32_t a = utf8_next(p), b = utf8_next(q);
    if (!dict_set(interp, d, make_int(interp, a), make_int(interp, b))) return Value::null();
  }
  if (nargs == 3) {
    Str* z = args[2].as<Str>();
    for (const char* r = z->data; r < z->data + z->size;)
      if (!dict_set(interp, d, make_int(interp, utf8_next(r)), Value::none())) return Value::null();
  }
  return Value::object(d);
}

Value m_translate(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "translate", kw) || !check_nargs(interp, "translate()", nargs - 1, 1, 1))
    return Value::null();
  Str* s = str_self(interp, args, nargs, "translate");
  if (s == nullptr) return Value::null();
  Value table = args[1];
  std::string out;
  for (const char* p = s->data; p < s->data + s->size;) {
    const char* start = p;
    uint32_t cp = utf8_next(p);
    Value r = getitem(interp, table, make_int(interp, cp));
    if (r.is_null()) {
      if (error_matches(interp, interp.exc_types.LookupError)) {
        clear_error(interp);
        out.append(start, size_t(p - start));
        continue;
      }
      return Value::null();
    }
    if (r.is_none()) continue;
    if (is_str(r)) { out.append(r.as<Str>()->view()); continue; }
    if (is_int(r)) {
      int64_t c;
      if (!int_to_int64(r, &c) || c < 0 || c > 0x10FFFF)
        return raise(interp, interp.exc_types.ValueError, "character mapping must be in range(0x110000)");
      utf8_append(out, uint32_t(c));
      continue;
    }
    return raise(interp, interp.exc_types.TypeError, "character mapping must return integer, None or str");
  }
  return text::str_result(interp, s, out);
}

const MethodDef kCaseMethods[] = {
  {"lower", m_lower}, {"upper", m_upper}, {"casefold", m_casefold}, {"swapcase", m_swapcase},
  {"title", m_title}, {"capitalize", m_capitalize},
  {"isdigit", m_isdigit}, {"isdecimal", m_isdecimal}, {"isnumeric", m_isnumeric},
  {"isalpha", m_isalpha}, {"isalnum", m_isalnum}, {"isspace", m_isspace},
  {"isprintable", m_isprintable}, {"isascii", m_isascii}, {"isidentifier", m_isidentifier},
  {"isupper", m_isupper}, {"islower", m_islower}, {"istitle", m_istitle},
  {"center", m_center}, {"ljust", m_ljust}, {"rjust", m_rjust}, {"zfill", m_zfill},
  {"expandtabs", m_expandtabs}, {"splitlines", m_splitlines}, {"encode", m_encode},
  {"maketrans", m_maketrans, MethodDef::StaticMethod}, {"translate", m_translate},
};

}  // namespace

bool str_add_case_methods(Interp& interp, Type* t) {
  return add_methods(interp, t, kCaseMethods, sizeof kCaseMethods / sizeof kCaseMethods[0]);
}

}  // namespace coil
