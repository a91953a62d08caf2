// Code objects: what the compiler produces for a module, function, class body, lambda or
// comprehension — bytecode, constants, names, exception table and source positions.
#pragma once
#include <cstdint>
#include <string>
#include <vector>
#include "runtime/interpreter.h"
#include "vm/opcodes.h"

namespace coil {

enum CodeFlags : uint32_t {
  kCodeOptimized      = 1u << 0,   // locals are fast slots (functions); else LOAD_NAME via a dict
  kCodeNewLocals      = 1u << 1,
  kCodeVarargs        = 1u << 2,   // has *args
  kCodeVarkeywords    = 1u << 3,   // has **kwargs
  kCodeNested         = 1u << 4,
  kCodeGenerator      = 1u << 5,   // calling it makes a generator
  kCodeCoroutine      = 1u << 7,   // async def: calling it makes a coroutine
  kCodeAsyncGenerator = 1u << 9,   // async def with yield
  kCodeTopLevelAwait  = 1u << 13,  // module body that awaits: run as a coroutine (asyncio.run semantics)
};

struct ExceptionTableEntry {
  uint32_t start, end;   // protected instruction range [start, end)
  uint32_t target;       // handler instruction index
  uint32_t depth;        // value-stack depth to unwind to (not counting locals)
  bool lasti;            // push the faulting instruction index before the exception
};

struct CodeCaches;   // vm/inline_cache.h

struct SourcePosition {
  int32_t line, end_line;    // 1-based; 0 = none (artificial instruction)
  int32_t col, end_col;      // 0-based UTF-8 byte columns, as CPython's co_positions()
};

// Everything about a code object that is not a Python value lives here, owned by Code.
struct CodeBody {
  std::vector<uint32_t> insns;
  std::vector<SourcePosition> positions;     // one per instruction
  std::vector<ExceptionTableEntry> exception_table;
  // For each cell variable: the argument index it is initialised from, or -1 (cellvars that
  // are also parameters, as CPython's cell2arg).
  std::vector<int32_t> cell2arg;
  // The VM's inline caches and call facts (vm/inline_cache.h), made on the first run; owned
  // (freed and traced by the code type).
  CodeCaches* caches = nullptr;
};

// localsplus layout of a frame: [varnames (args first)...][cellvars...][freevars...][stack...]
struct Code : Object {
  CodeBody* body;            // owned; freed by the finalizer
  Str* name;                 // co_name: "f", "<module>", "<lambda>", "<listcomp>", "<genexpr>", class name
  Str* qualname;             // co_qualname: "A.f.<locals>.g"
  Str* filename;
  Value source;              // the whole source text (a Str) for traceback lines, shared by all codes of a file; may be None
  Tuple* consts;             // ints, floats, strs, bytes, None/True/False/Ellipsis, tuples of constants, Code objects
  Tuple* names;              // attribute/global/import names (interned Strs)
  Tuple* varnames;           // local variable names, parameters first (interned Strs)
  Tuple* cellvars;           // names of cells created by this code
  Tuple* freevars;           // names of cells received through the closure
  int32_t argcount;          // positional parameters, including positional-only
  int32_t posonlyargcount;
  int32_t kwonlyargcount;
  int32_t nlocals;           // = varnames->size
  int32_t stacksize;         // maximum value-stack depth
  int32_t firstlineno;
  uint32_t code_flags;       // CodeFlags
  Value docstring;           // None or the first string constant of the body

  size_t nlocalsplus() const;  // nlocals + cellvars + freevars
};

Code* code_new(Interp&);     // all fields empty/None; the compiler fills them
// The source position of instruction `index` (for tracebacks).
SourcePosition code_position(const Code* c, size_t index);
// A readable listing like CPython's dis.dis() (unit tests and `coil --dis`).
std::string disassemble(Interp&, const Code* c, bool recursive = true);

}  // namespace coil
