// Exception objects (BaseException and all subclasses share this layout) and tracebacks.
#pragma once
#include <string>
#include "runtime/interpreter.h"

namespace coil {

struct Code;

struct Traceback : Object {       // Kind::Native, type traceback
  Traceback* next;                 // tb_next (towards the frame that raised)
  Code* code;
  int32_t line;                    // tb_lineno
  int32_t instruction;             // index of the instruction (positions for carets)
};

struct BaseException : Object {   // Kind::Exception
  Tuple* args;
  Value traceback;                 // Traceback or None
  Value cause;                     // __cause__ or None
  Value context;                   // __context__ or None
  bool suppress_context;
  Dict* dict;                      // instance attributes (user subclasses, e.filename …)
  // ExceptionGroup / BaseExceptionGroup:
  Value message;                   // str
  Value exceptions;                // tuple of exceptions
  // StopIteration.value / SystemExit.code are derived from args.
};

inline bool is_exception(Value v) { return is_kind(v, Kind::Exception); }
// Creates an instance of exception type `type` with args (no Python __init__ is run).
BaseException* exception_new(Interp&, Type* type, Tuple* args);
// Prepends a traceback entry for the frame currently unwinding (code, instruction index).
void traceback_add(Interp&, BaseException* e, Code* code, int instruction);
// CPython's formatting of an uncaught exception, chain included:
// "Traceback (most recent call last):\n  File \"x.py\", line 3, in f\n    src\n...\nTypeError: msg\n"
// Calls str() on the exception, so it may run Python code; never raises (falls back to a
// plain message).
std::string format_exception(Interp&, Value exc);
// "TypeError: msg" / "KeyError: 'k'" — the last line of the above.
std::string format_exception_only(Interp&, Value exc);
bool exception_matches(Interp&, Value exc, Value type_or_tuple);   // isinstance semantics

}  // namespace coil
