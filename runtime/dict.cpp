// dict storage: CPython's compact layout — a dense entry array in insertion order plus an
// open-addressed index table (int8/16/32/64 slots by size). Lookups probe with CPython's
// perturbation; str keys compare by identity, then hash, then bytes.
#include "runtime/dict.h"
#include <cstdlib>
#include <cstring>
#include "runtime/containers.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"

namespace coil {

namespace {

constexpr int64_t kEmpty = -1;
constexpr int64_t kDummy = -2;
constexpr size_t kMinIndex = 8;

inline size_t usable_for(size_t index_size) { return (index_size << 1) / 3; }

inline int width_for(size_t index_size) {
  if (index_size <= 128) return 1;
  if (index_size <= (size_t(1) << 15)) return 2;
  if (index_size <= (size_t(1) << 31)) return 4;
  return 8;
}

inline int64_t get_ix(const Dict* d, size_t i) {
  size_t s = d->index_size;
  if (s <= 128) return static_cast<const int8_t*>(d->index)[i];
  if (s <= (size_t(1) << 15)) return static_cast<const int16_t*>(d->index)[i];
  if (s <= (size_t(1) << 31)) return static_cast<const int32_t*>(d->index)[i];
  return static_cast<const int64_t*>(d->index)[i];
}

inline void set_ix(Dict* d, size_t i, int64_t ix) {
  size_t s = d->index_size;
  if (s <= 128) static_cast<int8_t*>(d->index)[i] = int8_t(ix);
  else if (s <= (size_t(1) << 15)) static_cast<int16_t*>(d->index)[i] = int16_t(ix);
  else if (s <= (size_t(1) << 31)) static_cast<int32_t*>(d->index)[i] = int32_t(ix);
  else static_cast<int64_t*>(d->index)[i] = ix;
}

inline size_t block_bytes(size_t index_size, size_t capacity) {
  return index_size * size_t(width_for(index_size)) + capacity * sizeof(DictEntry);
}

// Allocates empty tables of `index_size` slots (power of two), keeping no entries.
bool alloc_tables(Interp& interp, Dict* d, size_t index_size) {
  size_t cap = usable_for(index_size);
  size_t ibytes = index_size * size_t(width_for(index_size));
  char* block = static_cast<char*>(std::malloc(ibytes + cap * sizeof(DictEntry)));
  if (block == nullptr) { raise_no_memory(interp); return false; }
  std::memset(block, 0xff, ibytes);   // every slot kEmpty (-1 at any width)
  d->index = block;
  d->index_size = index_size;
  d->entries = reinterpret_cast<DictEntry*>(block + ibytes);
  d->capacity = cap;
  interp.heap.account(ptrdiff_t(ibytes + cap * sizeof(DictEntry)));
  return true;
}

void free_tables(Interp& interp, Dict* d) {
  if (d->index != nullptr) {
    std::free(d->index);
    interp.heap.account(-ptrdiff_t(block_bytes(d->index_size, d->capacity)));
  }
  d->index = nullptr;
  d->entries = nullptr;
  d->index_size = d->capacity = d->nentries = d->used = 0;
}

// First empty index slot for `hash` (no deleted slots are reused, as in CPython).
inline size_t find_empty_slot(const Dict* d, int64_t hash) {
  size_t mask = d->index_size - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  while (get_ix(d, i) != kEmpty) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// The smallest index size (power of two, at least 8) that is >= n.
inline size_t pow2_at_least(size_t n) {
  size_t size = kMinIndex;
  while (size < n) size <<= 1;
  return size;
}

// An index size whose usable part holds n entries.
inline size_t index_size_for(size_t n) {
  size_t size = kMinIndex;
  while (usable_for(size) < n) size <<= 1;
  return size;
}

// Rebuilds the tables with `size` index slots, compacting deleted holes.
bool resize(Interp& interp, Dict* d, size_t size) {
  void* old_block = d->index;
  DictEntry* old = d->entries;
  size_t old_n = d->nentries, old_index = d->index_size, old_cap = d->capacity;
  if (!alloc_tables(interp, d, size)) return false;   // d unchanged on failure
  size_t n = 0;
  for (size_t k = 0; k < old_n; k++) {
    if (old[k].key.is_null()) continue;
    d->entries[n] = old[k];
    set_ix(d, find_empty_slot(d, old[k].hash), int64_t(n));
    n++;
  }
  d->nentries = n;
  if (old_block != nullptr) {
    std::free(old_block);
    interp.heap.account(-ptrdiff_t(block_bytes(old_index, old_cap)));
  }
  return true;
}

inline int64_t str_key_hash(Str* s) { return str_hash(s); }

inline bool is_exact_str(Interp& interp, Value v) {
  return v.is_object() && v.as_object()->type == interp.types.str;
}

}  // namespace

// The hash a dict uses for `key`: cached for str, direct for small ints, else hash().
int64_t dict_key_hash(Interp& interp, Value key) {
  if (key.is_object() && key.as_object()->kind == Kind::Str && key.as_object()->type == interp.types.str)
    return str_key_hash(key.as<Str>());
  if (key.is_small_int()) {
    // CPython's int hash is the value itself below the modulus 2^61 - 1 (-1 becomes -2).
    int64_t n = key.as_small_int();
    constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
    if (n > -kModulus && n < kModulus) return n == -1 ? -2 : n;
    return int_hash(key);
  }
  return hash(interp, key);
}

namespace {

// The str-key probe loop for one index width (dispatched once, not per probe).
template <class IX>
inline int64_t find_str_in(const Dict* d, const IX* index, Str* key, int64_t hash) {
  size_t mask = d->index_size - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  const uint64_t want = Value::object(key).raw();
  for (;;) {
    int64_t ix = index[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[ix];
      if (e.key.raw() == want) return ix;
      if (e.hash == hash && is_kind(e.key, Kind::Str) && str_equal(e.key.as<Str>(), key)) return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

}  // namespace

// Finds the entry index of a str key, or -1. Never raises.
int64_t dict_find_str(const Dict* d, Str* key, int64_t hash) {
  size_t s = d->index_size;
  if (s == 0) return -1;
  if (s <= 128) return find_str_in(d, static_cast<const int8_t*>(d->index), key, hash);
  if (s <= (size_t(1) << 15)) return find_str_in(d, static_cast<const int16_t*>(d->index), key, hash);
  if (s <= (size_t(1) << 31)) return find_str_in(d, static_cast<const int32_t*>(d->index), key, hash);
  return find_str_in(d, static_cast<const int64_t*>(d->index), key, hash);
}

// Finds the entry index of `key` with hash `hash`: >= 0 found, -1 missing, -3 error.
// Restarts if an __eq__ mutated the dict, as CPython does.
int64_t dict_find(Interp& interp, Dict* d, Value key, int64_t hash) {
  if (is_exact_str(interp, key)) return dict_find_str(d, key.as<Str>(), hash);
restart:
  if (d->index_size == 0) return -1;
  size_t mask = d->index_size - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    int64_t ix = get_ix(d, i);
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry* e = &d->entries[ix];
      if (e->key == key) return ix;
      if (e->hash == hash && !(e->key.is_small_int() && key.is_small_int())) {
        Value stored = e->key;
        DictEntry* entries = d->entries;
        uint64_t version = d->version;
        int eq = equal(interp, stored, key);
        if (eq < 0) return -3;
        if (d->entries != entries || d->version != version || d->entries[ix].key != stored) goto restart;
        if (eq) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

bool dict_insert(Interp& interp, Dict* d, Value key, int64_t hash, Value value) {
  int64_t ix = dict_find(interp, d, key, hash);
  if (ix == -3) return false;
  if (ix >= 0) {
    d->entries[ix].value = value;
    d->version++;
    return true;
  }
  if (d->nentries >= d->capacity && !resize(interp, d, pow2_at_least(d->used * 3)))
    return false;
  size_t n = d->nentries;
  d->entries[n].hash = hash;
  d->entries[n].key = key;
  d->entries[n].value = value;
  set_ix(d, find_empty_slot(d, hash), int64_t(n));
  d->nentries = n + 1;
  d->used++;
  d->version++;
  return true;
}

// Removes the entry at `ix` found for `hash` (its index slot becomes a dummy).
void dict_remove_entry(Dict* d, int64_t ix, int64_t hash) {
  size_t mask = d->index_size - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  while (get_ix(d, i) != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  set_ix(d, i, kDummy);
  d->entries[ix].key = Value::null();
  d->entries[ix].value = Value::null();
  d->used--;
  d->version++;
}

Dict* dict_alloc(Interp& interp, Type* cls, size_t capacity) {
  Dict* d = gc_new<Dict>(interp.heap, cls, Kind::Dict, instance_extra(cls, sizeof(Dict)));
  if (d == nullptr) { raise_no_memory(interp); return nullptr; }
  if (capacity > 0) {
    if (!alloc_tables(interp, d, index_size_for(capacity))) return nullptr;
  }
  return d;
}

Dict* dict_new(Interp& interp, size_t capacity) { return dict_alloc(interp, interp.types.dict, capacity); }

int dict_lookup(Interp& interp, Dict* d, Value key, Value* out) {
  int64_t h = dict_key_hash(interp, key);
  if (h == -1) return -1;
  int64_t ix = dict_find(interp, d, key, h);
  if (ix == -3) return -1;
  if (ix < 0) return 0;
  *out = d->entries[ix].value;
  return 1;
}

Value dict_get_str(Dict* d, Str* key) {
  int64_t ix = dict_find_str(d, key, str_key_hash(key));
  return ix < 0 ? Value::null() : d->entries[ix].value;
}

Value dict_get_cstr(Interp& interp, Dict* d, const char* key) {
  Str* s = intern(interp, key);
  if (s == nullptr) { clear_error(interp); return Value::null(); }
  return dict_get_str(d, s);
}

bool dict_set(Interp& interp, Dict* d, Value key, Value value) {
  int64_t h = dict_key_hash(interp, key);
  if (h == -1) return false;
  return dict_insert(interp, d, key, h, value);
}

bool dict_set_str(Interp& interp, Dict* d, Str* key, Value value) {
  int64_t h = str_key_hash(key);
  int64_t ix = dict_find_str(d, key, h);
  if (ix >= 0) {
    d->entries[ix].value = value;
    d->version++;
    return true;
  }
  return dict_insert(interp, d, Value::object(key), h, value);
}

bool dict_set_cstr(Interp& interp, Dict* d, const char* key, Value value) {
  Str* s = intern(interp, key);
  if (s == nullptr) return false;
  return dict_set_str(interp, d, s, value);
}

int dict_del(Interp& interp, Dict* d, Value key) {
  int64_t h = dict_key_hash(interp, key);
  if (h == -1) return -1;
  int64_t ix = dict_find(interp, d, key, h);
  if (ix == -3) return -1;
  if (ix < 0) return 0;
  dict_remove_entry(d, ix, h);
  return 1;
}

void dict_clear(Interp& interp, Dict* d) {
  free_tables(interp, d);
  d->version++;
}

Dict* dict_copy(Interp& interp, Dict* d) {
  Dict* r = dict_new(interp, d->used);
  if (r == nullptr) return nullptr;
  for (size_t k = 0; k < d->nentries; k++) {
    const DictEntry& e = d->entries[k];
    if (e.key.is_null()) continue;
    size_t n = r->nentries;
    r->entries[n] = e;
    set_ix(r, find_empty_slot(r, e.hash), int64_t(n));
    r->nentries = n + 1;
    r->used++;
  }
  return r;
}

bool dict_next(Dict* d, size_t* pos, Value* key, Value* value) {
  size_t i = *pos;
  while (i < d->nentries && d->entries[i].key.is_null()) i++;
  if (i >= d->nentries) { *pos = i; return false; }
  *key = d->entries[i].key;
  if (value != nullptr) *value = d->entries[i].value;
  *pos = i + 1;
  return true;
}

void dict_trace(Object* self, Tracer& t) {
  Dict* d = static_cast<Dict*>(self);
  for (size_t k = 0; k < d->nentries; k++) {
    t.mark(d->entries[k].key);
    t.mark(d->entries[k].value);
  }
}

void dict_finalize(Interp& interp, Object* self) { free_tables(interp, static_cast<Dict*>(self)); }

}  // namespace coil
