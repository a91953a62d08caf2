// The front end's public entry point: source text in, ast::Module or a SyntaxError out.
// Also formats SyntaxErrors exactly as CPython 3.11 prints them and dumps ASTs for tests.
//
// What the parser reports versus what it leaves to the compiler:
//  * The parser reports every lexical and grammatical error with CPython's message (the
//    "invalid_*" rules of its grammar: invalid targets, "expected ':'", "Perhaps you forgot a
//    comma?", argument and parameter order, f-string errors, ...), plus three errors CPython
//    raises after parsing, reported only when the parse otherwise succeeds (first in source
//    order): "duplicate argument 'x' in function definition", "'break' outside loop" /
//    "'continue' not properly in loop", and "default 'except:' must be last".
//  * The parser ACCEPTS, and the compiler must reject (CPython's symtable/compiler errors):
//    return / yield / yield from outside a function, await / async for / async with / async
//    comprehensions outside an async function (top-level await is a compiler flag), nonlocal
//    and global misuse, "keyword argument repeated", "multiple starred expressions in
//    assignment", "starred assignment target must be in a list or tuple", "can't use starred
//    expression here", "cannot assign to __debug__", "too many statically nested blocks", ...
//    Build those with make_syntax_error() so they print like the parser's own.
//
// Limits (beyond them parse() returns an error; no input can overflow the C++ stack here, and
// the compiler may recurse over the AST -- depth at most kMaxStmtDepth + kMaxExprDepth --
// without checks of its own):
//  * brackets nested deeper than kMaxParenDepth: SyntaxError "too many nested parentheses"
//    (CPython's tokenizer limit);
//  * kMaxIndentDepth + 1 levels of indentation: IndentationError "too many levels of
//    indentation" (CPython's limit too);
//  * an expression more than kMaxExprDepth AST levels deep (`1+1+...`, `-----x`, `a.b.c...`),
//    or statements nested more than kMaxStmtDepth deep (long elif chains): the error has
//    type "RecursionError", message "maximum recursion depth exceeded during compilation" and
//    no location (line 0) -- what CPython prints for such programs (it allows ~2900 levels).
//  Every ast::Expr / ast::Stmt carries its `depth` (height), always within these limits.
//
// Not supported: complex literals (`1j` -> SyntaxError "complex numbers are not supported by
// coil"), the `match` statement (`match` is an ordinary name, so `match x:` is invalid
// syntax), type comments, `# -*- coding: ... -*-` declarations (sources are UTF-8), full
// NFKC normalization of identifiers (only fullwidth ASCII, MICRO SIGN, LONG S and the fi/fl
// ligatures are normalized), the SyntaxWarnings CPython prints (e.g. for `1if`),
// and \N{...} names outside the table in lexer/unicode_names_table.inc (Latin, Greek,
// Cyrillic letters, punctuation, currency, arrows, math, shapes, common symbols, emoticons).
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
  // CPython's e.lineno / e.offset / e.end_lineno / e.end_offset as seen when it runs a file:
  // 1-based; offsets count UTF-8 bytes for parser errors and characters for tokenizer errors
  // (CPython's own mix). line 0 means no location (only "Type: message" is printed); an
  // offset <= 0 prints no caret.
  int line = 0, column = 0;
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
  Eval,  // eval() input: CPython's `expressions` (no starred items), leading spaces and tabs
         // ignored as eval() does, trailing newlines allowed
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
// byte columns, as on ast::Node); fills source_line from `source` (the text given to parse())
// and makes the offsets 1-based, as CPython's compiler does. Pass end_line = 0 for "same as
// start, one past col".
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
