// set/frozenset storage: CPython's open-addressed table (linear probes then perturbation,
// deleted slots as dummies, resize at 60% fill) so that iteration order matches CPython's.
#include "runtime/set.h"
#include <cstdlib>
#include <cstring>
#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/protocol.h"
#include "runtime/str.h"

namespace coil {

namespace {

constexpr size_t kLinearProbes = 9;
constexpr size_t kMinSize = 8;

inline bool is_dummy(Value k) { return k.raw() == kSetDummy.raw(); }
inline bool is_live(const SetEntry& e) { return !e.key.is_null() && !is_dummy(e.key); }

SetEntry* alloc_table(Interp& interp, size_t size) {
  SetEntry* t = static_cast<SetEntry*>(std::calloc(size, sizeof(SetEntry)));
  if (t == nullptr) { raise_no_memory(interp); return nullptr; }
  interp.heap.account(ptrdiff_t(size * sizeof(SetEntry)));
  return t;
}

void free_table(Interp& interp, SetEntry* t, size_t size) {
  if (t == nullptr) return;
  std::free(t);
  interp.heap.account(-ptrdiff_t(size * sizeof(SetEntry)));
}

// Inserts into a table known to hold neither this key nor any dummy.
void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
  uint64_t perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* e = &table[i];
    if (e->key.is_null()) goto found;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; j++) {
        e++;
        if (e->key.is_null()) goto found;
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    e->key = key;
    e->hash = hash;
    return;
  }
}

// Makes sure the table exists (sets start with 8 slots, allocated on first use).
inline bool ensure_table(Interp& interp, Set* s) {
  if (s->table != nullptr) return true;
  s->table = alloc_table(interp, kMinSize);
  if (s->table == nullptr) return false;
  s->mask = kMinSize - 1;
  return true;
}

inline bool keys_equal_fast(Interp& interp, Value a, Value b, int* out) {
  if (a.is_object() && b.is_object() && a.as_object()->type == interp.types.str &&
      b.as_object()->type == interp.types.str) {
    *out = str_equal(a.as<Str>(), b.as<Str>());
    return true;
  }
  if (a.is_small_int() && b.is_small_int()) { *out = 0; return true; }
  return false;
}

}  // namespace

bool set_table_resize(Interp& interp, Set* s, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  SetEntry* table = alloc_table(interp, newsize);
  if (table == nullptr) return false;
  SetEntry* old = s->table;
  size_t old_size = old == nullptr ? 0 : s->mask + 1;
  size_t newmask = newsize - 1;
  for (size_t i = 0; i < old_size; i++)
    if (is_live(old[i])) insert_clean(table, newmask, old[i].key, old[i].hash);
  s->fill = s->used;
  s->table = table;
  s->mask = newmask;
  free_table(interp, old, old_size);
  return true;
}

// Finds key: the live entry, or null if missing; *error on a raising __eq__.
SetEntry* set_lookkey(Interp& interp, Set* s, Value key, int64_t hash, bool* error) {
  *error = false;
restart:
  if (s->table == nullptr) return nullptr;
  SetEntry* table = s->table;
  size_t mask = s->mask;
  uint64_t perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* e = &table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (;;) {
      if (e->key.is_null()) return nullptr;
      if (e->hash == hash && !is_dummy(e->key)) {
        Value start = e->key;
        if (start == key) return e;
        int eq;
        if (!keys_equal_fast(interp, start, key, &eq)) {
          eq = equal(interp, start, key);
          if (eq < 0) { *error = true; return nullptr; }
          if (s->table != table || s->mask != mask || e->key != start) goto restart;
        }
        if (eq) return e;
      }
      if (probes-- == 0) break;
      e++;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int set_add_entry(Interp& interp, Set* s, Value key, int64_t hash) {
  if (!ensure_table(interp, s)) return -1;
restart:
  SetEntry* table = s->table;
  size_t mask = s->mask;
  uint64_t perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  SetEntry* freeslot = nullptr;
  for (;;) {
    SetEntry* e = &table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (;;) {
      if (e->key.is_null()) {
        if (freeslot != nullptr) {
          freeslot->key = key;
          freeslot->hash = hash;
          s->used++;
          return 1;
        }
        e->key = key;
        e->hash = hash;
        s->fill++;
        s->used++;
        if (s->fill * 5 < mask * 3) return 1;
        return set_table_resize(interp, s, s->used > 50000 ? s->used * 2 : s->used * 4) ? 1 : -1;
      }
      if (is_dummy(e->key)) {
        if (freeslot == nullptr) freeslot = e;
      } else if (e->hash == hash) {
        Value start = e->key;
        if (start == key) return 0;
        int eq;
        if (!keys_equal_fast(interp, start, key, &eq)) {
          eq = equal(interp, start, key);
          if (eq < 0) return -1;
          if (s->table != table || s->mask != mask || e->key != start) goto restart;
        }
        if (eq) return 0;
      }
      if (probes-- == 0) break;
      e++;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int set_discard_entry(Interp& interp, Set* s, Value key, int64_t hash) {
  bool error;
  SetEntry* e = set_lookkey(interp, s, key, hash, &error);
  if (error) return -1;
  if (e == nullptr) return 0;
  e->key = kSetDummy;
  e->hash = -1;
  s->used--;
  return 1;
}

int set_contains_entry(Interp& interp, Set* s, Value key, int64_t hash) {
  bool error;
  SetEntry* e = set_lookkey(interp, s, key, hash, &error);
  if (error) return -1;
  return e != nullptr;
}

Set* set_new(Interp& interp, Type* type) {
  Kind kind = is_subtype(type, interp.types.frozenset) ? Kind::FrozenSet : Kind::Set;
  Set* s = gc_new<Set>(interp.heap, type, kind, instance_extra(type, sizeof(Set)));
  if (s == nullptr) { raise_no_memory(interp); return nullptr; }
  s->hash = -1;
  return s;
}

int set_add(Interp& interp, Set* s, Value key) {
  int64_t h = dict_key_hash(interp, key);
  if (h == -1) return -1;
  return set_add_entry(interp, s, key, h);
}

int set_contains(Interp& interp, Set* s, Value key) {
  int64_t h = dict_key_hash(interp, key);
  if (h == -1) return -1;
  return set_contains_entry(interp, s, key, h);
}

int set_discard(Interp& interp, Set* s, Value key) {
  int64_t h = dict_key_hash(interp, key);
  if (h == -1) return -1;
  return set_discard_entry(interp, s, key, h);
}

bool set_next(Set* s, size_t* pos, Value* key) {
  size_t i = *pos;
  size_t size = s->table == nullptr ? 0 : s->mask + 1;
  while (i < size && !is_live(s->table[i])) i++;
  if (i >= size) { *pos = i; return false; }
  *key = s->table[i].key;
  *pos = i + 1;
  return true;
}

bool set_next_entry(Set* s, size_t* pos, SetEntry** entry) {
  size_t i = *pos;
  size_t size = s->table == nullptr ? 0 : s->mask + 1;
  while (i < size && !is_live(s->table[i])) i++;
  if (i >= size) { *pos = i; return false; }
  *entry = &s->table[i];
  *pos = i + 1;
  return true;
}

// CPython's set_merge: one resize up front; a straight copy into an empty same-size table.
bool set_merge(Interp& interp, Set* s, Set* other) {
  if (other == s || other->used == 0) return true;
  if (!ensure_table(interp, s)) return false;
  if ((s->fill + other->used) * 5 >= s->mask * 3 &&
      !set_table_resize(interp, s, (s->used + other->used) * 2))
    return false;
  size_t osize = other->mask + 1;
  if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
    for (size_t i = 0; i < osize; i++)
      if (!other->table[i].key.is_null()) s->table[i] = other->table[i];
    s->fill = other->fill;
    s->used = other->used;
    return true;
  }
  if (s->fill == 0) {
    s->fill = s->used = other->used;
    for (size_t i = 0; i < osize; i++)
      if (is_live(other->table[i])) insert_clean(s->table, s->mask, other->table[i].key, other->table[i].hash);
    return true;
  }
  for (size_t i = 0; i < osize; i++) {
    SetEntry e = other->table[i];
    if (is_live(e) && set_add_entry(interp, s, e.key, e.hash) < 0) return false;
  }
  return true;
}

bool set_update(Interp& interp, Set* s, Value iterable) {
  if (is_anyset(iterable)) return set_merge(interp, s, iterable.as<Set>());
  if (is_dict(iterable)) {
    Dict* d = iterable.as<Dict>();
    if (!ensure_table(interp, s)) return false;
    if ((s->fill + d->used) * 5 >= s->mask * 3 && !set_table_resize(interp, s, (s->used + d->used) * 2))
      return false;
    for (size_t i = 0; i < d->nentries; i++) {
      DictEntry e = d->entries[i];
      if (!e.key.is_null() && set_add_entry(interp, s, e.key, e.hash) < 0) return false;
    }
    return true;
  }
  Value it = get_iter(interp, iterable);
  if (it.is_null()) return false;
  for (;;) {
    Value key = next_item(interp, it);
    if (key.is_null()) return !interp.has_error();
    if (set_add(interp, s, key) < 0) return false;
  }
}

void set_clear_table(Interp& interp, Set* s) {
  free_table(interp, s->table, s->table == nullptr ? 0 : s->mask + 1);
  s->table = nullptr;
  s->mask = s->used = s->fill = 0;
  s->aux = 0;
}

void set_trace(Object* self, Tracer& t) {
  Set* s = static_cast<Set*>(self);
  if (s->table == nullptr) return;
  for (size_t i = 0; i <= s->mask; i++) t.mark(s->table[i].key);   // the dummy is not an object
}

void set_finalize(Interp& interp, Object* self) { set_clear_table(interp, static_cast<Set*>(self)); }

}  // namespace coil
