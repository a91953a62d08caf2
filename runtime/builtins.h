// The builtins module: its functions (split by theme over runtime/builtins_*.cpp) and the
// helpers they share. init_builtins (runtime/builtins_init.cpp) assembles the namespace.
#pragma once
#include <string>
#include "runtime/interpreter.h"

namespace coil {

// Each adds its group of functions to the builtins namespace `ns`. False on MemoryError.
bool add_io_builtins(Interp&, Dict* ns);        // print, input, open (builtins_io.cpp)
bool add_core_builtins(Interp&, Dict* ns);      // len, repr, id, hash, chr, ord, isinstance … (builtins_core.cpp)
bool add_numeric_builtins(Interp&, Dict* ns);   // abs, round, divmod, pow, sum, min, max (builtins_numeric.cpp)
bool add_iter_builtins(Interp&, Dict* ns);      // iter, next, sorted, any, all (builtins_iter.cpp)
bool add_attr_builtins(Interp&, Dict* ns);      // getattr, setattr, hasattr, delattr, vars, dir, globals, locals
bool add_exec_builtins(Interp&, Dict* ns);      // exec, eval, compile-free helpers, __import__, __build_class__

// operator.index(v): the int itself for ints (bools become 0/1), else __index__'s result.
// "'str' object cannot be interpreted as an integer". Null with the error pending.
Value index_value(Interp&, Value v);

// Writes `text` to sys.stdout as print() does (fast path for the builtin text file).
// False with an exception pending (sys.stdout lost: RuntimeError "lost sys.stdout").
bool write_stdout(Interp&, std::string_view text);

// The sorted list of names for dir(obj) (obj null: the current scope). Null on error.
Value dir_of(Interp&, Value obj);

}  // namespace coil
