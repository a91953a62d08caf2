// slice objects (BUILD_SLICE, slice()) and the index-clamping helper every sequence uses.
// slice_indices follows CPython's PySlice_GetIndicesEx rules exactly.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

struct Slice : Object {   // Kind::Slice
  Value start;            // None when omitted
  Value stop;
  Value step;
};

inline bool is_slice(Value v) { return is_kind(v, Kind::Slice); }

// slice(start, stop, step) with None for omitted parts. Null on MemoryError.
Value slice_new(Interp&, Value start, Value stop, Value step);

// Resolves a slice against a sequence of `length` items: clamped start/stop, step and the
// number of items selected. Raises (returns false) for "slice step cannot be zero" and for
// non-integer parts ("slice indices must be integers or None or have an __index__ method").
bool slice_indices(Interp&, Value slice, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* slicelength);

}  // namespace coil
