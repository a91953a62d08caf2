// parse(): the front end's entry point. Normalizes the source, runs one Driver, and guarantees
// that nothing escapes as a C++ exception.
#include "parser/parse.h"

#include <new>

#include "lexer/source.h"
#include "parser/driver.h"

namespace coil::parser {

ParseResult parse(std::string_view source, std::string_view filename, Mode mode) {
  ParseResult result;
  result.arena = std::make_unique<ast::Arena>();
  try {
    if (mode == Mode::Eval) {
      // eval() ignores leading spaces and tabs.
      while (!source.empty() && (source[0] == ' ' || source[0] == '\t')) source.remove_prefix(1);
    }
    lexer::Source src(source, filename);
    if (src.error()) {
      const lexer::LexError& e = *src.error();
      SyntaxError err;
      err.type = e.type;
      err.message = e.message;
      err.filename = std::string(filename);
      err.line = err.end_line = e.line;
      result.error = err;
      return result;
    }
    // The AST points into this copy of the text (identifiers, number digits).
    std::string_view text = result.arena->copy_string_terminated(src.text());
    Driver drv(*result.arena, text, filename,
               mode == Mode::Eval ? Driver::Start::Eval : Driver::Start::File);
    if (drv.run()) {
      result.module = drv.module();
    } else {
      result.error = drv.error();
    }
  } catch (const std::bad_alloc&) {
    result.module = nullptr;
    SyntaxError err;
    err.type = "MemoryError";
    err.filename = std::string(filename);
    result.error = err;
  }
  return result;
}

}  // namespace coil::parser
