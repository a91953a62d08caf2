// tuple: an immutable fixed-size array of Values allocated inline with the header.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

struct Tuple : Object {
  size_t size;
  Value items[];
};

inline bool is_tuple(Value v) { return is_kind(v, Kind::Tuple); }
// New tuple with every item None (fill before use). size 0 returns interp.empty_tuple.
Tuple* tuple_new(Interp&, size_t size);
Tuple* tuple_from(Interp&, const Value* items, size_t n);
Tuple* tuple_pack(Interp&, std::initializer_list<Value> items);

}  // namespace coil
