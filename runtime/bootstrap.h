// Start-up helpers of runtime/interpreter.cpp: creating the builtin type shells, names and
// singletons before the areas' init functions run.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

// Allocates every Type of types.def and exceptions.def (names, bases, default layouts), the
// empty tuple/str, the one-character strings, interp.interned with names.def, and the
// NotImplemented / Ellipsis singletons. False on MemoryError.
bool bootstrap_types(Interp&);

}  // namespace coil
