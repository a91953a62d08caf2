// Entry points of the compiler (symbol table, then code generation) and the conversion of
// front-end and compiler SyntaxErrors into Python exception objects.
#include "compiler/compiler.h"

#include "compiler/codegen.h"
#include "compiler/symtable.h"
#include "parser/parse.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil::compiler {

namespace {

// Sets a SyntaxError (or IndentationError/TabError) built like CPython's as the pending
// exception: args (msg, (filename, lineno, offset, text, end_lineno, end_offset)), and the
// same values as attributes.
void raise_syntax_error(Interp& interp, const parser::SyntaxError& err) {
  // Source nested too deeply is not a syntax error in CPython: a plain RecursionError
  // ("maximum recursion depth exceeded during compilation") or MemoryError, no location.
  if (err.type == "RecursionError" || err.type == "MemoryError") {
    Type* t = err.type == "MemoryError" ? interp.exc_types.MemoryError : interp.exc_types.RecursionError;
    raise_str(interp, t, err.message);
    return;
  }
  Type* type = interp.exc_types.SyntaxError;
  if (err.type == "IndentationError") type = interp.exc_types.IndentationError;
  else if (err.type == "TabError") type = interp.exc_types.TabError;
  Value msg = str_value(interp, err.message);
  Value filename = str_value(interp, err.filename);
  Value text = Value::none();
  if (err.line > 0) text = str_value(interp, err.source_line + "\n");
  if (msg.is_null() || filename.is_null() || text.is_null()) {
    raise_no_memory(interp);
    return;
  }
  Value lineno = Value::small_int(err.line);
  Value offset = Value::small_int(err.column);
  Value end_lineno = Value::small_int(err.end_line);
  Value end_offset = Value::small_int(err.end_column);
  Tuple* details = tuple_pack(interp, {filename, lineno, offset, text, end_lineno, end_offset});
  if (details == nullptr) {
    raise_no_memory(interp);
    return;
  }
  Tuple* args = tuple_pack(interp, {msg, Value::object(details)});
  if (args == nullptr) {
    raise_no_memory(interp);
    return;
  }
  BaseException* e = exception_new(interp, type, args);
  if (e == nullptr) {
    raise_no_memory(interp);
    return;
  }
  if (e->dict == nullptr) e->dict = dict_new(interp);
  if (e->dict == nullptr) {
    raise_no_memory(interp);
    return;
  }
  bool ok = dict_set_cstr(interp, e->dict, "msg", msg) &&
            dict_set_cstr(interp, e->dict, "filename", filename) &&
            dict_set_cstr(interp, e->dict, "lineno", lineno) &&
            dict_set_cstr(interp, e->dict, "offset", offset) &&
            dict_set_cstr(interp, e->dict, "text", text) &&
            dict_set_cstr(interp, e->dict, "end_lineno", end_lineno) &&
            dict_set_cstr(interp, e->dict, "end_offset", end_offset) &&
            dict_set_cstr(interp, e->dict, "print_file_and_line", Value::none());
  if (!ok) return;
  raise_value(interp, Value::object(e));
}

}  // namespace

Code* compile_module(Interp& interp, const ast::Module& mod, std::string_view filename,
                     std::string_view source, const Options& opts) {
  SymbolTable st;
  if (!st.build(mod)) {
    const SymtableError& err = st.error();
    raise_syntax_error(interp, parser::make_syntax_error(source, filename, err.message, err.where));
    return nullptr;
  }
  Codegen cg(interp, st, filename, source, opts);
  Code* code = cg.module(mod);
  if (code == nullptr) {
    if (cg.syntax_error()) {
      const SourcePosition& p = cg.error_where();
      raise_syntax_error(interp, parser::make_syntax_error(source, filename, cg.error_message(), p.line,
                                                           p.col, p.end_line, p.end_col));
    } else if (!interp.has_error()) {
      raise_no_memory(interp);
    }
    return nullptr;
  }
  return code;
}

namespace {

Code* parse_and_compile(Interp& interp, std::string_view source, std::string_view filename,
                        parser::Mode mode, const Options& opts) {
  parser::ParseResult r = parser::parse(source, filename, mode);
  if (r.error) {
    raise_syntax_error(interp, *r.error);
    return nullptr;
  }
  return compile_module(interp, *r.module, filename, source, opts);
}

}  // namespace

Code* compile_source(Interp& interp, std::string_view source, std::string_view filename,
                     const Options& opts) {
  return parse_and_compile(interp, source, filename, parser::Mode::File, opts);
}

Code* compile_eval(Interp& interp, std::string_view source, std::string_view filename,
                   const Options& opts) {
  return parse_and_compile(interp, source, filename, parser::Mode::Eval, opts);
}

}  // namespace coil::compiler
