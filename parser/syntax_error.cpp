// SyntaxError construction for other stages and the exact text CPython 3.11 prints for an
// uncaught SyntaxError (Python/pythonrun.c: print_exception and print_error_text).
#include <algorithm>
#include <string>

#include "lexer/utf8.h"
#include "parser/parse.h"

namespace coil::parser {

namespace {

std::string_view nth_line(std::string_view source, int line) {
  size_t b = 0;
  for (int k = 1; k < line; k++) {
    size_t nl = source.find('\n', b);
    if (nl == std::string_view::npos) return {};
    b = nl + 1;
  }
  if (b > source.size()) return {};
  size_t e = source.find('\n', b);
  if (e == std::string_view::npos) e = source.size();
  std::string_view s = source.substr(b, e - b);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

}  // namespace

SyntaxError make_syntax_error(std::string_view source, std::string_view filename,
                              std::string_view message, int line, int col, int end_line,
                              int end_col, std::string_view type) {
  SyntaxError e;
  e.type = std::string(type);
  e.message = std::string(message);
  e.filename = std::string(filename);
  if (end_line == 0) {
    end_line = line;
    end_col = col + 1;
  }
  e.line = line;
  e.end_line = end_line;
  std::string_view text = nth_line(source, line);
  e.source_line = std::string(text);
  // Like CPython's compiler running a file: 1-based UTF-8 byte offsets.
  e.column = col + 1;
  e.end_column = end_col + 1;
  return e;
}

SyntaxError make_syntax_error(std::string_view source, std::string_view filename,
                              std::string_view message, const ast::Node& at) {
  return make_syntax_error(source, filename, message, at.line, at.col, at.end_line, at.end_col);
}

std::string format_syntax_error(const SyntaxError& err) {
  std::string out;
  if (err.line > 0) {
    out += "  File \"" + (err.filename.empty() ? std::string("<string>") : err.filename) +
           "\", line " + std::to_string(err.line) + "\n";
    long offset = err.column;
    long end_offset = err.end_column;
    long end_line = err.end_line;
    if (err.type != "SyntaxError") {  // subclasses: CPython ignores the end position
      end_line = err.line;
      end_offset = -1;
    }
    long line_size = static_cast<long>(err.source_line.size()) + 1;  // the line and its newline
    if (end_line > err.line) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;

    std::string_view text = err.source_line;
    offset--;
    while (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f')) {
      text.remove_prefix(1);
      offset--;
    }
    long len = static_cast<long>(text.size());
    if (offset > len) offset = len;
    out += "    ";
    out += text;
    out += "\n";
    if (offset >= 0) {
      out += "    ";
      out.append(static_cast<size_t>(offset), ' ');
      out.append(static_cast<size_t>(carets), '^');
      out += "\n";
    }
  }
  out += err.type + ": " + err.message + "\n";
  return out;
}

}  // namespace coil::parser
