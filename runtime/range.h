// range objects: int64 fast path for everything, with exact int semantics (through the int
// type's arithmetic) for ranges whose bounds or length do not fit in 64 bits.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

struct Range : Object {     // Kind::Range
  Value start, stop, step;  // ints, as given (normalized by __index__)
  Value length;             // int: number of items
  // When `small` is set, start/step/length also fit here and every operation uses them.
  bool small;
  int64_t istart, istep, ilen;
};

inline bool is_range(Value v) { return is_kind(v, Kind::Range); }
// range(start, stop, step) from ints. Raises ValueError for a zero step.
Value range_new(Interp&, Value start, Value stop, Value step);

}  // namespace coil
