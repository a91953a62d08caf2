// The source text as the lexer sees it: UTF-8 checked, newlines normalized, a final newline.
// Also the line table used to quote lines in error messages and to convert columns.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/lex_error.h"

namespace coil::lexer {

class Source {
 public:
  // Never fails; an unusable input (NUL bytes, invalid UTF-8) is reported by error().
  // `\r\n` and lone `\r` become `\n`, a UTF-8 BOM is dropped, a final `\n` is added.
  explicit Source(std::string_view raw, std::string_view filename = "<string>");

  // The normalized text; text().data()[text().size()] is a NUL sentinel.
  std::string_view text() const { return text_; }
  const std::optional<LexError>& error() const { return error_; }
  // True when the raw text did not end with a newline and one was added.
  bool newline_added() const { return newline_added_; }

  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // Line n (1-based) without its newline; empty past the end.
  std::string_view line(int n) const;
  size_t line_start(int n) const { return line_starts_[n - 1]; }

 private:
  std::string text_;
  std::vector<uint32_t> line_starts_;
  std::optional<LexError> error_;
  bool newline_added_ = false;
};

}  // namespace coil::lexer
