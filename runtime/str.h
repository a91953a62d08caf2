// str: immutable Unicode text stored as UTF-8, with its length in code points and cached hash.
// ASCII strings (the common case) index in O(1); others walk the UTF-8 bytes.
#pragma once
#include <string>
#include <string_view>
#include "runtime/interpreter.h"

namespace coil {

// kStrHashed: Object::aux holds the hash. kStrBuilt: made by concatenation (a hint that more
// appends follow). kStrShared: `data` points into a StrBuf (runtime/str_buffer.h).
enum StrFlags : uint16_t {
  kStrAscii = 1, kStrInterned = 2, kStrHashed = 4, kStrBuilt = 8, kStrShared = 16,
};

// Most strs keep their text inline, right after this header. Long strings built by repeated
// `+` instead point into an over-allocated buffer shared with the strings they were extended
// from, so `s += t` in a loop is linear (see str_concat). Object::aux caches the hash.
struct Str : Object {
  size_t length;       // code points
  size_t size;         // UTF-8 bytes, excluding the trailing NUL
  // UTF-8. NUL-terminated (data[size] == 0) except for a shared-buffer string that has since
  // been extended by a longer one: code must use `size`, never strlen or a bare %s.
  char* data;

  std::string_view view() const { return {data, size}; }
  bool is_ascii() const { return flags & kStrAscii; }
  char* inline_data() { return reinterpret_cast<char*>(this + 1); }
};

// Creation. `text` must be valid UTF-8 (callers decoding outside input validate first).
Str* str_new(Interp&, std::string_view text);
Value str_value(Interp&, std::string_view text);        // as a Value (null on MemoryError)
Str* str_from_codepoint(Interp&, uint32_t cp);           // shares 1-char ASCII strings
Str* intern(Interp&, std::string_view text);             // the same Str for equal text
Str* intern_str(Interp&, Str* s);                       // interns s itself (or returns the existing one)

// s itself, or for a shared-buffer string an inline copy: NUL-terminated and pinning no
// buffer. For strs kept as names whose bytes are printed with %s (a class's __name__).
// Null + MemoryError.
Str* str_compact(Interp&, Str* s);
// A NUL-terminated copy of s's text for a printf-style %s argument, valid until the end of
// the full expression: raise(..., "name '%s'", str_cstr(name)).
inline const char* str_cstr(const Str* s, std::string&& buf = std::string()) {
  if (!(s->flags & kStrShared)) return s->data;   // inline text is always terminated
  buf.assign(s->data, s->size);
  return buf.c_str();
}

// a + b for two strs (the str `+` slot; BUILD_STRING-style joins use str_concat_n).
// Linear when used in a loop: see the comment on Str. Null + MemoryError.
Value str_concat(Interp&, Str* a, Str* b);
// The concatenation of n strs (items must all be strs), in one allocation. Null + MemoryError.
Value str_concat_n(Interp&, const Value* items, size_t n);

int64_t str_hash_compute(Str* s);                       // str_hash's slow path
// Stable within a run, never -1; fits in 32 bits (cached in Object::aux).
inline int64_t str_hash(Str* s) {
  return (s->flags & kStrHashed) ? int64_t(int32_t(s->aux)) : str_hash_compute(s);
}
bool str_equal(const Str* a, const Str* b);             // fast for interned/identical
inline bool is_str(Value v) { return is_kind(v, Kind::Str); }

// UTF-8 helpers used across the runtime.
size_t utf8_length(std::string_view s);                  // code points
bool utf8_valid(std::string_view s);
size_t utf8_offset(const Str* s, size_t index);          // byte offset of code point `index`
uint32_t str_codepoint_at(const Str* s, size_t index);
void utf8_append(std::string& out, uint32_t cp);

// repr() of a str following CPython's quoting and escaping rules.
std::string str_repr(std::string_view s);

}  // namespace coil
