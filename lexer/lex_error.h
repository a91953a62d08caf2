// A tokenizer error, positioned the way CPython's tokenizer positions it.
// The parser driver turns it into a parser::SyntaxError (converting bytes to characters).
#pragma once

#include <string>

namespace coil::lexer {

struct LexError {
  enum class Kind : uint8_t {
    // Raised on the spot by CPython's tokenizer (syntaxerror()): such an error anywhere in the
    // file wins over any parser error, because CPython tokenizes the rest of the file first.
    Eager,
    // Reported only when the parser reaches it (tab/indent errors, unexpected EOF).
    Deferred,
    // End of input inside brackets: "'(' was never closed" (see open_* below).
    UnclosedBracket,
  };
  Kind kind = Kind::Eager;
  const char* type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string message;
  // CPython's lineno/offset/end_lineno/end_offset, except that offsets count UTF-8 bytes of
  // the line; the driver converts them to characters. line 0 means "no location".
  int line = 0, offset = 0, end_line = 0, end_offset = 0;
  // For UnclosedBracket: the innermost open bracket.
  char open_char = 0;
  int open_line = 0, open_col = 0;  // col is 0-based bytes
};

}  // namespace coil::lexer
