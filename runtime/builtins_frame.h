// sys._getframe: the running Python frames as frame objects (f_globals, f_locals, f_lineno,
// f_code, f_back), for code that finds its caller's module (namedtuple, enum, warnings).
#pragma once
#include "runtime/interpreter.h"

namespace coil {

// sys._getframe(depth=0, /): the frame `depth` calls below the caller, with its f_back chain.
// ValueError "call stack is not deep enough" past the outermost frame.
Value sys_getframe(Interp&, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace coil
