// Helpers of the traceback printer (runtime/exception_format.cpp) that others may reuse:
// CPython 3.11's "Did you mean" suggestions for NameError and AttributeError.
#pragma once
#include <string>
#include "runtime/interpreter.h"

namespace coil {

// The name CPython would suggest for a NameError / AttributeError ("" when none): Levenshtein
// closest among dir(obj) (AttributeError) or the failing frame's locals, globals, builtins.
std::string suggestion_for(Interp&, Value exc);

}  // namespace coil
