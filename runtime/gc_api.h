// Python-visible hooks into the collector (the gc module's collect()).
// The collector itself is runtime/gc.h; this header is for the builtins/stdlib side.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

// gc.collect(): runs a full collection now and returns the number of objects freed (an int).
// Does nothing (returns 0) while interp.nogc_depth > 0, i.e. when a native up the C++ stack
// holds unrooted Values.
Value gc_collect(Interp&);

}  // namespace coil
