// Raising Python exceptions from C++: set the pending exception, return a sentinel.
// Nothing in the runtime throws C++ exceptions for Python errors.
#pragma once
#include <string>
#include "runtime/interpreter.h"

namespace coil {

// All return Value::null() so that `return raise(...)` reads naturally in natives.
// `fmt` is printf-style; %s takes a const char*. Use the helpers below for Python reprs.
Value raise(Interp&, Type* type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
Value raise_str(Interp&, Type* type, const std::string& message);
Value raise_value(Interp&, Value exc_or_type);    // `raise x` semantics (instantiates classes)
Value raise_with_args(Interp&, Type* type, Tuple* args);
Value raise_key_error(Interp&, Value key);        // KeyError(key): str() shows repr(key)
Value raise_stop_iteration(Interp&, Value value); // StopIteration(value)
Value raise_no_memory(Interp&);
// TypeError "unsupported operand type(s) for +: 'int' and 'str'"
Value raise_binop_type_error(Interp&, BinOp op, Value a, Value b);

// Takes and clears the pending exception (null if none).
Value fetch_error(Interp&);
void clear_error(Interp&);
// True if the pending exception is an instance of `type`.
bool error_matches(Interp&, Type* type);

// For messages: the Python type name of a value ("int", "NoneType", "MyClass").
const char* type_name(Interp&, Value v);

}  // namespace coil
