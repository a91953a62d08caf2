// str: immutable Unicode text stored as UTF-8, with its length in code points and cached hash.
// ASCII strings (the common case) index in O(1); others walk the UTF-8 bytes.
#pragma once
#include <string>
#include <string_view>
#include "runtime/interpreter.h"

namespace coil {

enum StrFlags : uint16_t { kStrAscii = 1, kStrInterned = 2 };

struct Str : Object {
  int64_t hash;        // -1 until computed
  size_t length;       // code points
  size_t size;         // UTF-8 bytes, excluding the trailing NUL
  char data[];         // UTF-8, NUL-terminated

  std::string_view view() const { return {data, size}; }
  bool is_ascii() const { return flags & kStrAscii; }
};

// Creation. `text` must be valid UTF-8 (callers decoding outside input validate first).
Str* str_new(Interp&, std::string_view text);
Value str_value(Interp&, std::string_view text);        // as a Value (null on MemoryError)
Str* str_from_codepoint(Interp&, uint32_t cp);           // shares 1-char ASCII strings
Str* intern(Interp&, std::string_view text);             // the same Str for equal text
Str* intern_str(Interp&, Str* s);                       // interns s itself (or returns the existing one)

int64_t str_hash(Str* s);                               // siphash-free, stable within a run
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
