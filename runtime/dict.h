// dict: insertion-ordered hash table (CPython's compact layout: an index table into a dense
// entry array). Keys may be any hashable Value; Str keys take a fast path.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

struct DictEntry {
  int64_t hash;
  Value key;      // null = deleted entry
  Value value;
};

struct Dict : Object {
  DictEntry* entries;     // dense, in insertion order (with holes for deleted keys)
  size_t used;            // live entries
  size_t nentries;        // entries filled, live or deleted
  size_t capacity;        // allocated entries
  void* index;            // open-addressed index table (width depends on size)
  size_t index_size;      // power of two
  uint64_t version;       // bumped on every mutation (iteration checks, caches)
};

inline bool is_dict(Value v) { return is_kind(v, Kind::Dict); }
Dict* dict_new(Interp&, size_t capacity = 0);

// Lookup. Returns 1 found (*out set), 0 missing, -1 error (hash/eq raised).
int dict_lookup(Interp&, Dict* d, Value key, Value* out);
// Fast lookup by str key: never raises. Returns null if missing.
Value dict_get_str(Dict* d, Str* key);
Value dict_get_cstr(Interp&, Dict* d, const char* key);
// Insert or replace. Returns false with an exception pending (unhashable, MemoryError).
bool dict_set(Interp&, Dict* d, Value key, Value value);
bool dict_set_str(Interp&, Dict* d, Str* key, Value value);
bool dict_set_cstr(Interp&, Dict* d, const char* key, Value value);
// Delete. Returns 1 deleted, 0 missing (no exception), -1 error.
int dict_del(Interp&, Dict* d, Value key);
void dict_clear(Interp&, Dict* d);
Dict* dict_copy(Interp&, Dict* d);
// Iteration without allocation: `pos` starts at 0; returns false at the end.
bool dict_next(Dict* d, size_t* pos, Value* key, Value* value);
// d.update(other): other is a dict, a mapping with keys(), or an iterable of pairs.
bool dict_update(Interp&, Dict* d, Value other);

}  // namespace coil
