// str core: creation, interning, hashing, UTF-8 helpers and repr().
// The type's slots and methods live in str_methods*.cpp; this file is what the rest of the runtime calls.
#include "runtime/str.h"

#include <cstring>
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/text.h"

namespace coil {

namespace {

// Counts code points and tells whether every byte is ASCII. The ASCII prefix (usually all of
// it) is skipped 8 bytes at a time.
void measure(const char* p, size_t n, size_t* length, bool* ascii) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  while (i < n && static_cast<unsigned char>(p[i]) < 0x80) i++;
  if (i == n) { *length = n; *ascii = true; return; }
  size_t cont = 0;   // p[i] is the first non-ASCII byte
  for (; i < n; i++) cont += (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
  *length = n - cont;
  *ascii = false;
}

Str* alloc_raw(Interp& interp, Type* type, size_t bytes) {
  Str* s = gc_new<Str>(interp.heap, type, Kind::Str, bytes + 1);
  if (s == nullptr) { raise_no_memory(interp); return nullptr; }
  s->size = bytes;
  s->data = s->inline_data();
  return s;
}

}  // namespace

namespace text {

int64_t hash_bytes(const char* data, size_t n) {
  // A multiply-xorshift over 8-byte words (wyhash-like mixing): fast, good spread, stable.
  uint64_t h = 0x243F6A8885A308D3ull ^ (n * 0x9E3779B97F4A7C15ull);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, data + i, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  for (size_t k = 0; i < n; i++, k += 8) tail |= uint64_t(static_cast<unsigned char>(data[i])) << k;
  h = (h ^ tail) * 0x94D049BB133111EBull;
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  // 32 bits, so a str caches it in Object::aux (keeping the header at 48 bytes).
  int32_t r = static_cast<int32_t>(static_cast<uint32_t>(h));
  return r == -1 ? -2 : r;
}

Str* str_alloc(Interp& interp, size_t bytes) {
  return alloc_raw(interp, interp.types.str, bytes);
}

Value str_finish(Str* s) {
  size_t len;
  bool ascii;
  s->data[s->size] = 0;
  measure(s->data, s->size, &len, &ascii);
  s->length = len;
  if (ascii) s->flags |= kStrAscii;
  return Value::object(s);
}

Value str_new_of_type(Interp& interp, Type* cls, std::string_view t) {
  if (cls == interp.types.str || cls == nullptr) return str_value(interp, t);
  // A subclass instance: the heap reserves its __dict__ slot after the inline text.
  Str* s = alloc_raw(interp, cls, t.size());
  if (s == nullptr) return Value::null();
  if (!t.empty()) std::memcpy(s->data, t.data(), t.size());
  return str_finish(s);
}

Value str_ascii(Interp& interp, std::string_view t) {
  if (t.size() <= 1) return str_value(interp, t);   // the shared empty and 1-char strs
  Str* s = alloc_raw(interp, interp.types.str, t.size());
  if (s == nullptr) return Value::null();
  std::memcpy(s->data, t.data(), t.size());
  s->data[t.size()] = 0;
  s->length = t.size();
  s->flags |= kStrAscii;
  return Value::object(s);
}

Value str_result(Interp& interp, Str* orig, std::string_view t) {
  if (orig->type == interp.types.str && t.data() == orig->data && t.size() == orig->size)
    return Value::object(orig);
  // A piece of an ASCII str is ASCII: no need to measure it again.
  if (orig->is_ascii() && t.data() >= orig->data && t.data() + t.size() <= orig->data + orig->size)
    return str_ascii(interp, t);
  return str_value(interp, t);
}

}  // namespace text

Str* str_new(Interp& interp, std::string_view t) {
  if (t.empty() && interp.empty_str != nullptr) return interp.empty_str;
  if (t.size() == 1 && static_cast<unsigned char>(t[0]) < 128) {
    Value cached = interp.small_strs[static_cast<unsigned char>(t[0])];
    if (!cached.is_null()) return cached.as<Str>();
  }
  Str* s = alloc_raw(interp, interp.types.str, t.size());
  if (s == nullptr) return nullptr;
  if (!t.empty()) std::memcpy(s->data, t.data(), t.size());
  text::str_finish(s);
  if (t.empty() && interp.empty_str == nullptr) interp.empty_str = s;
  return s;
}

Value str_value(Interp& interp, std::string_view t) {
  Str* s = str_new(interp, t);
  return s == nullptr ? Value::null() : Value::object(s);
}

Str* str_from_codepoint(Interp& interp, uint32_t cp) {
  if (cp < 128) {
    Value& slot = interp.small_strs[cp];
    if (slot.is_null()) {
      char c = static_cast<char>(cp);
      Str* s = alloc_raw(interp, interp.types.str, 1);
      if (s == nullptr) return nullptr;
      s->data[0] = c;
      text::str_finish(s);
      slot = Value::object(s);
    }
    return slot.as<Str>();
  }
  std::string buf;
  utf8_append(buf, cp);
  return str_new(interp, buf);
}

Str* str_compact(Interp& interp, Str* s) {
  if (s == nullptr || !(s->flags & kStrShared)) return s;
  return str_new(interp, s->view());
}

Str* intern_str(Interp& interp, Str* s) {
  if (s == nullptr || (s->flags & kStrInterned)) return s;
  if (interp.interned == nullptr) return s;   // very early bootstrap: nothing to share yet
  Value found = dict_get_str(interp.interned, s);
  if (!found.is_null()) return found.as<Str>();
  // Only exact strs are interned: a subclass instance would leak its type into identifiers.
  // A shared-buffer string is copied too: names are printed with %s (they must stay
  // NUL-terminated) and an interned string should not pin a growable buffer forever.
  if (s->type != interp.types.str || (s->flags & kStrShared)) {
    s = str_new(interp, s->view());
    if (s == nullptr) return nullptr;
  }
  if (!dict_set_str(interp, interp.interned, s, Value::object(s))) return nullptr;
  s->flags |= kStrInterned;
  return s;
}

Str* intern(Interp& interp, std::string_view t) {
  Str* s = str_new(interp, t);
  if (s == nullptr) return nullptr;
  return intern_str(interp, s);
}

int64_t str_hash_compute(Str* s) {
  int64_t h = text::hash_bytes(s->data, s->size);
  s->aux = static_cast<uint32_t>(h);
  s->flags |= kStrHashed;
  return h;
}

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  if ((a->flags & kStrInterned) && (b->flags & kStrInterned)) return false;
  if ((a->flags & b->flags & kStrHashed) && a->aux != b->aux) return false;
  return std::memcmp(a->data, b->data, a->size) == 0;
}

size_t utf8_length(std::string_view s) {
  size_t len;
  bool ascii;
  measure(s.data(), s.size(), &len, &ascii);
  return len;
}

bool utf8_valid(std::string_view sv) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(sv.data());
  size_t n = sv.size(), i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) { i++; continue; }
    size_t need;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; }
    else return false;
    for (size_t k = 1; k <= need; k++) {
      if (i + k >= n || (s[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
    // Lone surrogates (ED A0..BF) are not valid UTF-8 in CPython's strict decoder, but coil's
    // own strs may carry them (from '\ud800' literals), so they are accepted here.
    i += need + 1;
  }
  return true;
}

size_t utf8_offset(const Str* s, size_t index) {
  if (s->is_ascii()) return index < s->size ? index : s->size;
  const char* p = s->data;
  const char* end = s->data + s->size;
  // Walk from whichever end is nearer.
  if (index > s->length / 2 && index <= s->length) {
    const char* q = end;
    for (size_t k = s->length; k > index; k--) text::utf8_prev(q);
    return size_t(q - s->data);
  }
  for (size_t k = 0; k < index && p < end; k++) text::utf8_next(p);
  return size_t(p - s->data);
}

uint32_t str_codepoint_at(const Str* s, size_t index) {
  if (s->is_ascii()) return static_cast<unsigned char>(s->data[index]);
  const char* p = s->data + utf8_offset(s, index);
  return text::utf8_next(p);
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

void append_hex(std::string& out, char kind, uint32_t cp, int digits) {
  static const char hex[] = "0123456789abcdef";
  out += '\\';
  out += kind;
  for (int i = digits - 1; i >= 0; i--) out += hex[(cp >> (4 * i)) & 0xF];
}

}  // namespace

// CPython's unicode_repr: single quotes unless the text has ' and no ", escapes for \\, the
// quote, \t \n \r, other non-printables as \xhh / \uhhhh / \Uhhhhhhhh; printable Unicode kept.
std::string str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      p++;
      if (c == static_cast<unsigned char>(quote) || c == '\\') { out += '\\'; out += char(c); }
      else if (c == '\t') out += "\\t";
      else if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c < 0x20 || c == 0x7F) append_hex(out, 'x', c, 2);
      else out += char(c);
      continue;
    }
    const char* start = p;
    uint32_t cp = text::utf8_next(p);
    if (text::is_printable(cp)) out.append(start, size_t(p - start));
    else if (cp < 0x100) append_hex(out, 'x', cp, 2);
    else if (cp < 0x10000) append_hex(out, 'u', cp, 4);
    else append_hex(out, 'U', cp, 8);
  }
  out += quote;
  return out;
}

}  // namespace coil
