// The tokenizer: turns normalized source text into CPython's token stream, one token per call.
// Follows CPython 3.11's tokenizer.c closely (indentation, brackets, numbers, error texts).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "lexer/lex_error.h"
#include "lexer/token.h"

namespace coil::lexer {

inline constexpr int kMaxIndent = 100;  // CPython's MAXINDENT: 99 levels usable
inline constexpr int kMaxLevel = 200;   // CPython's MAXLEVEL: brackets open at once

class Lexer {
 public:
  // `text` must end with '\n' followed by a NUL sentinel (Source::text() does). Positions are
  // reported as if text[0] were at (first_line, first_col) and byte offset `first_offset` of
  // the real file; only the first line is shifted horizontally (f-string replacement fields).
  explicit Lexer(std::string_view text, int first_line = 1, int first_col = 0,
                 uint32_t first_offset = 0);

  // The next token. After an Error or EndMarker token, returns it again forever.
  Token next();

  // Set once an Error token has been returned.
  const std::optional<LexError>& error() const { return error_; }

  // Bytes of the text, for token texts: text().substr(tok.begin - first_offset, ...).
  std::string_view text() const { return text_; }
  uint32_t first_offset() const { return first_offset_; }
  std::string_view token_text(const Token& t) const {
    return text_.substr(t.begin - first_offset_, t.end - t.begin);
  }

 private:
  bool indentation();          // at the start of a line; false on error
  Token scan();                // one token after indentation handling
  Token make(TokenKind k, const char* b, const char* e);
  Token make_at_line_end(TokenKind k, const char* b, const char* e, int end_line,
                         const char* end_line_start);
  Token fail(LexError::Kind kind, const char* type, std::string msg, int offset,
             int end_offset = -2);
  Token eager(std::string msg, const char* at) {
    return fail(LexError::Kind::Eager, "SyntaxError", std::move(msg), col_chars(at));
  }
  int col_bytes(const char* p) const { return static_cast<int>(p - line_start_); }
  int col_chars(const char* p) const { return col_bytes(p); }  // the driver converts to chars
  void new_line(const char* next_line_start) { line_++; line_start_ = next_line_start; }

  Token scan_number(const char* start, const char* p);
  Token scan_string(const char* start, const char* quote);
  Token scan_name_tail(const char* start, const char* p);
  Token bad_character(const char* start);
  bool verify_end_of_number(const char*& p, const char* kind, Token* err);

  std::string_view text_;
  const char* cur_;
  const char* line_start_;
  int line_;
  int first_line_, first_col_;
  uint32_t first_offset_;

  bool atbol_ = true;
  bool blankline_ = false;
  bool done_ = false;
  int pending_ = 0;  // > 0: INDENTs to emit, < 0: DEDENTs
  int indent_ = 0;
  int indstack_[kMaxIndent] = {0};
  int altindstack_[kMaxIndent] = {0};
  int level_ = 0;
  char parenstack_[kMaxLevel] = {0};
  int parenline_[kMaxLevel] = {0};
  int parencol_[kMaxLevel] = {0};

  Token last_;
  std::optional<LexError> error_;
};

}  // namespace coil::lexer
