// Small UTF-8 helpers shared by the lexer, the literal decoders and the error formatter.
// Everything works on bytes; no locale, no tables beyond what identifiers need.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace coil::lexer {

// Appends the UTF-8 encoding of `cp` (which must be <= 0x10FFFF) to `out`.
void append_utf8(std::string& out, uint32_t cp);

// Decodes one code point at s[i]; sets `len` to its byte length. Returns -1 (len 1) for a
// malformed sequence. Surrogates encoded in UTF-8 count as malformed, as in CPython.
int32_t decode_utf8(std::string_view s, size_t i, int* len);

// Offset of the first malformed byte, or npos when `s` is valid UTF-8.
size_t find_invalid_utf8(std::string_view s);

// Number of code points in the first `bytes` bytes of `s` (continuation bytes not counted).
size_t count_chars(std::string_view s, size_t bytes);

// Could `cp` (>= 0x80) appear in a Python identifier? An approximation of XID_Continue that
// rejects the symbol, punctuation, space and emoji blocks; letters of any script pass.
bool is_identifier_code_point(uint32_t cp);

// A small part of the NFKC normalization Python applies to identifiers: fullwidth ASCII
// letters, digits and '_', MICRO SIGN -> GREEK MU, LONG S, and the fi/fl ligatures. Writes the
// normalized name to `out` and returns true only when it differs from `name`.
bool normalize_identifier(std::string_view name, std::string& out);

// Python's str.isprintable() for the characters the lexer reports ("invalid non-printable
// character"): controls and a few format characters.
bool is_printable_code_point(uint32_t cp);

}  // namespace coil::lexer
