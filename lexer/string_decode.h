// Decoding of string and bytes literal bodies: escapes, raw strings, \N{NAME}.
// Errors carry CPython's exact text; the caller decides where to point at.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace coil::lexer {

// The parts of a STRING token: prefix flags, quote length and the body between the quotes.
struct StringToken {
  bool is_bytes = false, is_raw = false, is_fstring = false, is_u = false;
  int quote_size = 1;
  std::string_view body;
  size_t body_offset = 0;  // of body within the token text
};
StringToken split_string_token(std::string_view token_text);

struct DecodeError {
  std::string message;   // e.g. "(unicode error) 'unicodeescape' codec can't decode ..."
  bool at_token = false; // true: CPython points at the string token itself
};

// Appends the decoded text of a str literal body (UTF-8) to `out`. False on error.
bool decode_str(std::string_view body, bool raw, std::string& out, DecodeError* err);
// Appends the decoded bytes of a bytes literal body to `out`. False on error.
bool decode_bytes(std::string_view body, bool raw, std::string& out, DecodeError* err);

// \N{name} lookup in coil's table (case-insensitive); -1 when unknown.
int32_t lookup_unicode_name(std::string_view name);

}  // namespace coil::lexer
