// The builtin iterator objects (list/tuple/range/dict/set iterators, enumerate, zip, map,
// filter, reversed, callable_iterator, seq_iterator) and iteration helpers for everyone.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

struct Dict;
struct Set;
struct List;

// list_iterator, tuple_iterator, list_reverseiterator, seq_iterator and the `reversed`
// object over a sequence all share this layout (Kind::Iterator). `seq` becomes null once
// exhausted so the sequence can be collected and the iterator stays exhausted.
struct SeqIter : Object {
  Value seq;
  int64_t index;          // next index (reverse iterators count down; -1 = done)
};

struct RangeIter : Object {    // range_iterator
  int64_t next;
  int64_t step;
  uint64_t remaining;
  // Ranges beyond int64 iterate with ints (rare): used when `big` is non-null.
  Value big_next, big_step, big_remaining;
  bool big;
};

struct DictIter : Object {     // dict_keyiterator / dict_valueiterator / dict_itemiterator
  Dict* dict;                  // null once exhausted
  size_t pos;                  // entry position (forward), or entries left (reverse)
  size_t used;                 // dict size at creation: "changed size during iteration"
  size_t remaining;            // for __length_hint__
  bool reverse;
};

struct SetIter : Object {      // set_iterator
  Set* set;                    // null once exhausted
  size_t pos;
  size_t used;
  size_t remaining;
};

struct EnumerateIter : Object {
  Value it;
  int64_t index;               // fast counter while it fits a small int
  Value big_index;             // the counter as an int once it does not (or start was big)
};

struct ZipIter : Object {
  Tuple* iters;
  bool strict;
  bool done;
};

struct MapIter : Object {
  Value func;
  Tuple* iters;
};

struct FilterIter : Object {
  Value func;                  // None: truthiness of the item itself
  Value it;
};

struct CallableIter : Object {
  Value func;                  // null once exhausted
  Value sentinel;
};

// Iterator constructors. All return null with an exception pending on failure.
// `type` picks list_iterator / tuple_iterator / seq_iterator (forward, from index 0).
Value seq_iter_new(Interp&, Type* type, Value seq);
// list_reverseiterator or `reversed` over a sequence: from index len-1 down to 0.
Value seq_reverse_iter_new(Interp&, Type* type, Value seq, int64_t len);
Value seq_iterator_new(Interp&, Value seq);                      // iter() over __getitem__
Value callable_iterator_new(Interp&, Value callable, Value sentinel);  // iter(f, sentinel)
// kind: 0 keys, 1 values, 2 items.
Value dict_iter_new(Interp&, Dict* d, int kind, bool reverse);
Value set_iter_new(Interp&, Set* s);

// Helpers for the VM and builtins.
// list(iterable) as a new List (a copy even for lists). Null on error.
Value sequence_to_list(Interp&, Value iterable);
// tuple(iterable): the tuple itself for an exact tuple, fast for lists. Null on error.
Tuple* sequence_to_tuple(Interp&, Value iterable);
// UNPACK_SEQUENCE: exactly n values into out[0..n) ("cannot unpack non-iterable int object",
// "not enough values to unpack (expected 3, got 2)", "too many values to unpack (expected 2)").
bool unpack_iterable(Interp&, Value iterable, size_t n, Value* out);
// UNPACK_EX: `before` values, a list of the rest, then `after` values (out holds
// before + 1 + after Values). "not enough values to unpack (expected at least 3, got 2)".
bool unpack_iterable_ex(Interp&, Value iterable, size_t before, size_t after, Value* out);

}  // namespace coil
