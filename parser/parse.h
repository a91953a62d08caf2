// The front end's public entry point: source text in, ast::Module or a SyntaxError out.
// Also formats SyntaxErrors exactly as CPython 3.11 prints them and dumps ASTs for tests.
//
// What the parser reports versus what it leaves to the compiler:
//  * The parser reports every lexical and grammatical error, invalid assignment/deletion targets,
//    argument-order errors (`positional argument follows keyword argument`, `non-default
//    argument follows default argument`, `duplicate argument 'x' in function definition`),
//    `'break' outside loop`, `'continue' not properly in loop` (CPython raises these two from
//    its compiler; we do it here since it only needs nesting),
//    and the nesting limits below.
//  * The parser ACCEPTS, and the compiler must reject (scope-level errors):
//    `return` / `yield` / `yield from` outside a function, `await` / `async for` / `async with` /
//    async comprehensions outside an async function (top-level await is a compiler flag),
//    `nonlocal` at module level or naming an unknown variable, `name 'x' is used prior to
//    global declaration`, `name 'x' is parameter and global`, and so on. Use
//    make_syntax_error() to build the error so it prints like the parser's own.
//
// Limits (beyond them parse() returns an error; no input can overflow the C++ stack here, and
// the compiler may recurse over the AST -- depth at most kMaxStmtDepth + kMaxExprDepth --
// without checks of its own):
//  * brackets nested deeper than 200: SyntaxError "too many nested parentheses" (CPython's
//    tokenizer limit);
//  * 100 levels of indentation: IndentationError "too many levels of indentation" (CPython's);
//  * an expression more than kMaxExprDepth AST levels deep (`1+1+...`, `-----x`, `a.b.c...`),
//    or statements nested more than kMaxStmtDepth deep (long elif chains): the error has
//    type "RecursionError", message "maximum recursion depth exceeded during compilation" and
//    no location (line 0), which is what CPython prints for such programs (it allows ~2900
//    levels; MemoryError for some shapes).
//    Every ast::Expr / ast::Stmt carries its `depth` (height), always within these limits.
//
// Not supported: complex literals (`1j` -> SyntaxError "complex numbers are not supported by
// coil"), the `match` statement (parsed as an ordinary name, so `match x:` is invalid syntax),
// type comments, and \N{...} escapes outside a small table of common names.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "parser/ast.h"

namespace coil::parser {

inline constexpr int kMaxParenDepth = 200;
inline constexpr int kMaxIndentDepth = 99;
inline constexpr int kMaxExprDepth = 1000;
inline constexpr int kMaxStmtDepth = 1000;

// Everything needed to print CPython's report.
struct SyntaxError {
  std::string type;             // "SyntaxError", "IndentationError" or "TabError"; rarely
                                // "RecursionError" (nesting limits) or "MemoryError"
  std::string message;          // e.g. "invalid syntax", "'(' was never closed"
  std::string filename;
  int line = 0, column = 0;     // 1-based, as CPython's e.lineno / e.offset (offset in characters)
  int end_line = 0, end_column = 0;
  std::string source_line;      // the offending line, without its newline ("" if none)
};

struct ParseResult {
  ast::Module* module = nullptr;        // null exactly when `error` is set
  std::unique_ptr<ast::Arena> arena;    // owns module and everything in it
  std::optional<SyntaxError> error;
};

enum class Mode {
  File,  // a module: statements
  Eval,  // a single expression (for eval()); leading/trailing blank lines allowed
};

// Never throws and never crashes, whatever the bytes (invalid UTF-8 and NUL bytes included).
ParseResult parse(std::string_view source, std::string_view filename, Mode mode = Mode::File);

// CPython's exact stderr text for an uncaught SyntaxError (without "Traceback" lines), ending in
// a newline:
//     File "x.py", line 3
//       if x = 1:
//          ^^^^^
//   SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
std::string format_syntax_error(const SyntaxError& err);

// Builds a SyntaxError whose position comes from AST coordinates (1-based lines, 0-based UTF-8
// byte columns, as on ast::Node); fills source_line from `source` and converts columns to
// CPython's 1-based character offsets. Pass end_line = 0 for "same as start, one past col".
// `type` may be "SyntaxError" (default), "IndentationError" or "TabError".
SyntaxError make_syntax_error(std::string_view source, std::string_view filename,
                              std::string_view message, int line, int col, int end_line = 0,
                              int end_col = 0, std::string_view type = "SyntaxError");

// Convenience for the compiler: position taken from a node.
SyntaxError make_syntax_error(std::string_view source, std::string_view filename,
                              std::string_view message, const ast::Node& at);

// The tree in exactly the text of CPython 3.11's ast.dump(tree) -- with include_attributes=True
// when `with_locations` -- so tests can take expected values from python3. A Mode::Eval
// module dumps as Expression(body=...).
std::string dump(const ast::Module& module, bool with_locations = false);
std::string dump(const ast::Expr& expr, bool with_locations = false);
std::string dump(const ast::Stmt& stmt, bool with_locations = false);

}  // namespace coil::parser
