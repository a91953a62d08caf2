// Running a program as __main__ (a file, a string, stdin) and turning its outcome into a process
// exit status: uncaught exceptions print CPython's traceback, SystemExit gives its code.
#pragma once
#include <string>
#include <string_view>
#include "runtime/interpreter.h"

namespace coil {

// What to do with the compiled program.
struct RunOptions {
  bool disassemble = false;       // print the module's disassembly instead of running it (--dis)
  // A module body that uses `await` runs as a coroutine under asyncio.run() (as CPython's
  // `python -m asyncio` would run it) instead of being a SyntaxError.
  bool top_level_await = true;
};

// Each returns the process exit status (0 ok, 1 uncaught exception or syntax error, n from
// SystemExit(n), 130 for KeyboardInterrupt) and never raises; stdout is flushed on return.
// run_file prints "coil: can't open file '/abs/x.py': [Errno 2] No such file or directory" and
// returns 2 when the file cannot be read.
int run_file(Interp&, const std::string& path, const RunOptions& opts = {});
int run_string(Interp&, std::string_view source, std::string_view filename = "<string>",
               const RunOptions& opts = {});
int run_stdin(Interp&, const RunOptions& opts = {});

// Creates (or returns) the __main__ module, registered in sys.modules, with __name__,
// __builtins__ and (if `file` is non-null) __file__. Null on MemoryError.
struct Module;
Module* main_module(Interp&, Value file);

// Runs source in module m's namespace as __main__ code: compile (printing a SyntaxError
// CPython's way), run, and handle the outcome. Returns the exit status as above.
int run_in_module(Interp&, Module* m, std::string_view source, std::string_view filename,
                  const RunOptions& opts = {});

// Runs compiled top-level code in module m: a body compiled with top-level await (its code is
// a coroutine) is run to completion by asyncio.run(); anything else runs as plain module code.
// Returns the result, or null with the exception pending.
struct Code;
Value run_toplevel(Interp&, Code* code, Module* m);

// For a pending exception at top level: SystemExit -> its status (printing a non-int code to
// stderr), anything else -> prints the traceback to stderr and returns 1 (130 for
// KeyboardInterrupt). Clears the exception. Flushes stdout first so output interleaves.
int handle_uncaught(Interp&);

// Flushes sys.stdout/sys.stderr; call before the process exits.
void finish_output(Interp&);

}  // namespace coil
