// list: a growable array of Values; the item array lives outside the heap (accounted).
#pragma once
#include "runtime/interpreter.h"

namespace coil {

struct List : Object {
  Value* items;
  size_t size;
  size_t capacity;
};

inline bool is_list(Value v) { return is_kind(v, Kind::List); }
List* list_new(Interp&, size_t capacity = 0);
List* list_from(Interp&, const Value* items, size_t n);
bool list_append(Interp&, List* l, Value v);     // false = MemoryError raised
bool list_reserve(Interp&, List* l, size_t capacity);
// Extends from any iterable (fast for list/tuple). Returns false with an exception pending.
bool list_extend(Interp&, List* l, Value iterable);
// Stable sort with optional key function and reverse, as list.sort. Returns false on error.
bool list_sort(Interp&, List* l, Value key, bool reverse);

}  // namespace coil
