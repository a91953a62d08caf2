// Text helpers shared by str, bytes and the formatters: UTF-8 decoding, building a Str in place,
// and the small Unicode tables (classification and case mapping) coil carries instead of ICU.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include "runtime/str.h"

namespace coil::text {

// Decodes the code point starting at p (valid UTF-8 assumed) and advances p past it.
inline uint32_t utf8_next(const char*& p) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(p);
  uint32_t c = s[0];
  if (c < 0x80) { p += 1; return c; }
  if (c < 0xE0) { p += 2; return ((c & 0x1F) << 6) | (s[1] & 0x3F); }
  if (c < 0xF0) { p += 3; return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); }
  p += 4;
  return ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}
// Steps p back to the start of the previous code point.
inline void utf8_prev(const char*& p) {
  do { --p; } while ((static_cast<unsigned char>(*p) & 0xC0) == 0x80);
}
inline size_t utf8_width(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

// s.find(needle, pos), through memchr / memmem (much faster than std::string_view::find, which
// compares candidate by candidate).
inline size_t find_bytes(std::string_view s, std::string_view needle, size_t pos = 0) {
  if (pos > s.size() || needle.size() > s.size() - pos) return std::string_view::npos;
  if (needle.empty()) return pos;
  const void* hit = needle.size() == 1 ? std::memchr(s.data() + pos, needle[0], s.size() - pos)
                                       : memmem(s.data() + pos, s.size() - pos, needle.data(), needle.size());
  return hit == nullptr ? std::string_view::npos : size_t(static_cast<const char*>(hit) - s.data());
}

// The hash used for str and bytes (equal bytes hash equally, as CPython's ASCII str/bytes do).
// Never returns -1; always fits in 32 bits (a str caches it in Object::aux).
int64_t hash_bytes(const char* data, size_t n);

// A Str of `bytes` UTF-8 bytes with uninitialized content (type str), for writers that know
// the size up front (join, replace, repeat). Call str_finish after filling it. Null + MemoryError.
Str* str_alloc(Interp&, size_t bytes);
// Computes length and the ASCII flag of a Str filled after str_alloc; returns it as a Value.
Value str_finish(Str* s);
// A Str of type `cls` (str or a subclass) holding text — the new_ slot for str subclasses.
Value str_new_of_type(Interp&, Type* cls, std::string_view text);
// A str of text known to be ASCII (skips the UTF-8 scan). Null + MemoryError.
Value str_ascii(Interp&, std::string_view text);
// Returns `text` as a Str Value: the same object when `orig` holds exactly it (avoids copies
// in strip/replace when nothing changed and orig is an exact str); a piece of an ASCII orig
// is made without rescanning.
Value str_result(Interp&, Str* orig, std::string_view text);

// Unicode character classes (an approximation of the Unicode database covering Latin, Greek,
// Cyrillic, the common punctuation and the CJK/Kana/Hangul letter blocks).
bool is_space(uint32_t cp);
bool is_alpha(uint32_t cp);
bool is_decimal(uint32_t cp);
int decimal_value(uint32_t cp);      // -1 if not a decimal digit
bool is_digit(uint32_t cp);
bool is_numeric(uint32_t cp);
bool is_upper(uint32_t cp);
bool is_lower(uint32_t cp);
bool is_title(uint32_t cp);          // titlecase letters (Dž …)
bool is_cased(uint32_t cp);
bool is_printable(uint32_t cp);
bool is_id_start(uint32_t cp);
bool is_id_continue(uint32_t cp);
bool is_linebreak(uint32_t cp);      // what str.splitlines splits on

// Case mapping. The full forms may expand ('ß'.upper() == 'SS'); they append to out.
uint32_t to_upper(uint32_t cp);
uint32_t to_lower(uint32_t cp);
void append_upper(std::string& out, uint32_t cp);
void append_lower(std::string& out, uint32_t cp);
void append_title(std::string& out, uint32_t cp);
void append_casefold(std::string& out, uint32_t cp);

}  // namespace coil::text
