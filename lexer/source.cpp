// Source normalization: one pass to check UTF-8 and NUL bytes, one to fix newlines.
// Error texts follow CPython 3.11 running a file.
#include "lexer/source.h"

#include <cstdio>
#include <cstring>

#include "lexer/utf8.h"

namespace coil::lexer {

Source::Source(std::string_view raw, std::string_view filename) {
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
  text_.reserve(raw.size() + 2);
  bool has_cr = std::memchr(raw.data(), '\r', raw.size()) != nullptr;
  if (!has_cr) {
    text_.assign(raw);
  } else {
    for (size_t i = 0; i < raw.size(); i++) {
      char c = raw[i];
      if (c == '\r') {
        if (i + 1 < raw.size() && raw[i + 1] == '\n') i++;
        c = '\n';
      }
      text_.push_back(c);
    }
  }
  if (text_.empty() || text_.back() != '\n') {
    text_.push_back('\n');
    newline_added_ = true;
  }
  line_starts_.reserve(text_.size() / 32 + 2);
  const char* base = text_.data();
  const char* end = base + text_.size();
  for (const char* p = base; p < end;) {
    line_starts_.push_back(static_cast<uint32_t>(p - base));
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
    p = nl + 1;
  }
  if (line_starts_.empty()) line_starts_.push_back(0);
  if (const void* nul = std::memchr(base, '\0', text_.size())) {
    const char* z = static_cast<const char*>(nul);
    int line = 1;
    for (const char* p = base; p < z; p++) line += *p == '\n';
    LexError e;
    e.message = "source code cannot contain null bytes";
    e.line = line;
    error_ = e;
  }

  size_t bad = find_invalid_utf8(text_);
  if (bad != std::string_view::npos && !error_) {
    int bad_line = 1;
    for (size_t i = 0; i < bad; i++) bad_line += text_[i] == '\n';
    char hex[8];
    std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(text_[bad]));
    LexError e;
    e.message = "Non-UTF-8 code starting with '\\x" + std::string(hex) + "' in file " +
                std::string(filename) + " on line " + std::to_string(bad_line) +
                ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    e.line = 0;  // CPython reports no location for this one
    error_ = e;
  }
}

std::string_view Source::line(int n) const {
  if (n < 1 || n > line_count()) return {};
  size_t b = line_starts_[n - 1];
  size_t e = text_.find('\n', b);
  if (e == std::string::npos) e = text_.size();
  return std::string_view(text_).substr(b, e - b);
}

}  // namespace coil::lexer
