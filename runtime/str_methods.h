// Internal glue between the str files: each str_methods*.cpp registers its part of the str
// type's method table, and the shared argument helpers they use.
#pragma once
#include <string_view>
#include "runtime/str.h"

namespace coil {

// Registration, called by init_str_types (runtime/str_methods_type.cpp).
bool str_add_search_methods(Interp&, Type* str_type);   // find/split/join/replace/strip … (str_methods.cpp)
bool str_add_case_methods(Interp&, Type* str_type);     // upper/is*/center/encode/translate … (str_methods_case.cpp)
bool bytes_add_methods(Interp&);                         // bytes and bytearray methods (str_methods_bytes.cpp)

// The receiver of a str method (args[0]): a Str, or null with TypeError raised
// ("descriptor 'upper' for 'str' objects doesn't apply to a 'int' object").
Str* str_self(Interp&, const Value* args, size_t nargs, const char* method);

// An index or a slice key for a sequence of `length` items: 1 = integer index (not yet
// range-checked, negative allowed) in *index; 0 = slice, with CPython's clamped
// start/step and the item count; -1 = error raised. `what` names the sequence for the
// TypeError ("string indices must be integers, not 'float'").
int seq_index_or_slice(Interp&, Value key, int64_t length, const char* what, int64_t* index,
                       int64_t* start, int64_t* step, int64_t* count);

// CPython's "slice indices must be integers or None or have an __index__ method" conversion
// for the optional start/end arguments of find/count/startswith …: clamps into [0, length].
bool adjust_range(Interp&, Value start, Value end, int64_t length, int64_t* lo, int64_t* hi);

}  // namespace coil
