// set and frozenset: open-addressed hash sets of Values.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

struct SetEntry {
  int64_t hash;
  Value key;      // null = empty; a dummy marker object = deleted (see set.cpp)
};

struct Set : Object {    // Kind::Set or Kind::FrozenSet
  SetEntry* table;
  size_t used;           // live keys
  size_t fill;           // live + deleted slots
  size_t mask;           // table size - 1
  int64_t hash;          // frozenset: -1 until computed
};

inline bool is_anyset(Value v) { return is_kind(v, Kind::Set) || is_kind(v, Kind::FrozenSet); }
Set* set_new(Interp&, Type* type);              // type = interp.types.set or .frozenset (or subclass)
int set_add(Interp&, Set* s, Value key);         // 1 added, 0 present, -1 error
int set_contains(Interp&, Set* s, Value key);    // 1, 0, -1
int set_discard(Interp&, Set* s, Value key);     // 1 removed, 0 missing, -1 error
bool set_next(Set* s, size_t* pos, Value* key);
bool set_update(Interp&, Set* s, Value iterable);

}  // namespace coil
