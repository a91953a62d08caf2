// The compiler's public entry points: an AST (or source text) in, a module Code object out.
// Scope analysis, code generation and assembly live in the other files of this folder.
#pragma once
#include <string_view>
#include "parser/ast.h"
#include "runtime/interpreter.h"
#include "vm/code.h"

namespace coil::compiler {

struct Options {
  // guide/REPL mode: a module body may await (and async for/with); its Code is then flagged
  // kCodeTopLevelAwait|kCodeCoroutine and runs as a coroutine.
  bool allow_top_level_await = false;
};

// Returns the module Code, or null with a Python SyntaxError pending in interp (args
// (msg, (filename, lineno, offset, text, end_lineno, end_offset)) as CPython's, and the same
// values as attributes). In eval mode (mod.is_expression) the code returns the expression.
Code* compile_module(Interp&, const ast::Module& mod, std::string_view filename,
                     std::string_view source, const Options&);

// Parse + compile in one step; parse errors become SyntaxError (or IndentationError /
// TabError) exceptions the same way. Can raise.
Code* compile_source(Interp&, std::string_view source, std::string_view filename,
                     const Options&);

// As compile_source, for eval(): the source is a single expression.
Code* compile_eval(Interp&, std::string_view source, std::string_view filename,
                   const Options&);

}  // namespace coil::compiler
