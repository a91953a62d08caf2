// Helpers shared by the compiler's unit tests: compile a snippet, find a nested code object by
// qualname, read back a pending SyntaxError as "msg (lineno, offset, end_lineno, end_offset)".
#pragma once
#include <string>
#include <string_view>
#include "compiler/compiler.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"

namespace coil::compiler::testing {

inline Code* compile(Interp& interp, std::string_view src, bool top_level_await = false) {
  Options opts;
  opts.allow_top_level_await = top_level_await;
  return compile_source(interp, src, "t.py", opts);
}

// Depth-first search of the code tree for the code object with this qualname.
inline Code* find_code(Code* c, std::string_view qualname) {
  if (c == nullptr) return nullptr;
  if (c->qualname->view() == qualname) return c;
  for (size_t i = 0; i < c->consts->size; i++) {
    Value v = c->consts->items[i];
    if (!is_kind(v, Kind::Code)) continue;
    if (Code* found = find_code(v.as<Code>(), qualname)) return found;
  }
  return nullptr;
}

inline std::string dis_of(Interp& interp, std::string_view src, std::string_view qualname) {
  Code* c = find_code(compile(interp, src), qualname);
  return c == nullptr ? "<no such code>" : disassemble(interp, c, false);
}

// The pending SyntaxError as "msg (lineno, offset, end_lineno, end_offset)", or "OK" when the
// source compiles.
inline std::string syntax_error_of(Interp& interp, std::string_view src, bool top_level_await = false) {
  if (compile(interp, src, top_level_await) != nullptr) return "OK";
  Value exc = fetch_error(interp);
  if (!is_exception(exc)) return "<no exception>";
  auto* e = exc.as<BaseException>();
  if (e->args == nullptr || e->args->size != 2 || !is_str(e->args->items[0]) || !is_tuple(e->args->items[1]))
    return "<bad args>";
  Tuple* d = e->args->items[1].as<Tuple>();
  auto num = [&](size_t i) { return std::to_string(d->items[i].as_small_int()); };
  return std::string(e->args->items[0].as<Str>()->view()) + " (" + num(1) + ", " + num(2) + ", " +
         num(4) + ", " + num(5) + ")";
}

}  // namespace coil::compiler::testing
