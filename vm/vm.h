// The VM's API for the rest of coil: running code objects, calling Python functions, and
// questions about the running frame (globals(), locals(), super(), sys.exc_info(), positions).
#pragma once
#include "runtime/interpreter.h"
#include "vm/code.h"

namespace coil {

struct Function;

// Runs a module body (or exec() code) in `globals` with `locals` (null: the same dict as
// globals). Builtins come from interp.builtins. Collection may run inside (the caller keeps
// what it needs rooted, as for call_clean). Returns the code's return value, or null with an
// exception pending.
Value run_code(Interp&, Code* code, Dict* globals, Dict* locals = nullptr);

// Calls a Python function with nargs positional values followed by len(kwnames) keyword
// values, binding arguments with CPython's messages. A generator/coroutine function returns
// its new generator/coroutine object. Runs a nested VM loop; does NOT hold off collection
// (call() wraps it in NoGC; call_clean() does not). Can raise.
Value call_function(Interp&, Function* f, const Value* args, size_t nargs, Tuple* kwnames);

// Runs a class body function (from __build_class__) with `ns` as its locals dict; closure
// cells (and the __class__ cell) come from the function. Returns the body's return value
// (the __class__ cell or None), or null with an exception pending.
Value run_class_body(Interp&, Function* body, Dict* ns);

// Marks every live frame (also done automatically through interp.root_tracers, registered by
// init_function_types).
void trace_frames(Interp&, Tracer&);

// next(it) for natives that keep every Value they hold rooted (Root) or on a frame: a plain
// generator then runs WITHOUT holding off collection (iter_next runs it as call() does), so
// a long computation driven by e.g. sum(genexpr) can collect. Otherwise as iter_next: the next
// item, or null at the end (no exception) or with an exception pending.
Value iter_next_clean(Interp&, Value it);

// Where the innermost running Python frame is. code is null when no Python code runs.
struct CodePosition {
  Code* code;
  int instruction;   // index of the current instruction
  int line;          // 0 if unknown
};
CodePosition current_code_position(Interp&);

// Zero-argument super(): the calling frame's __class__ cell content and first argument.
// Returns false with RuntimeError raised ("super(): no arguments", "super(): __class__ cell
// not found", "super(): empty __class__ cell").
bool current_super_args(Interp&, Value* type, Value* self);

// globals(): the running frame's globals (null when no Python code is running).
Dict* current_globals(Interp&);
// locals(): the locals dict of a module/class body, or a fresh dict snapshot of a function's
// fast locals and cells. Null with an exception on MemoryError.
Value current_locals(Interp&);
// The same for any frame on the running chain (sys._getframe(n).f_locals).
Value frame_locals(Interp&, Frame* f);

// The exception being handled, as sys.exc_info() sees it: the innermost non-None handled
// exception along the chain of running generators. None when there is none.
Value current_handled_exception(Interp&);

}  // namespace coil
