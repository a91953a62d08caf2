// Internal glue shared by the container files (tuple, list, dict, set, range, slice, iterators):
// the per-type init functions that init_container_types calls, and small helpers they share.
#pragma once
#include <string>
#include "runtime/interpreter.h"
#include "runtime/protocol.h"

namespace coil {

struct List;
struct Tuple;

// Per-file initializers, called by init_container_types (runtime/iter_init.cpp).
bool init_tuple_type(Interp&);
bool init_list_type(Interp&);
bool init_dict_type(Interp&);
bool init_dict_views(Interp&);
bool init_set_types(Interp&);
bool init_range_type(Interp&);
bool init_slice_type(Interp&);
bool init_seq_iterators(Interp&);    // list/tuple/range/dict/set iterators (runtime/iter_seq.cpp)
bool init_func_iterators(Interp&);   // enumerate, zip, map, filter, reversed, callable/seq iterators
bool init_generic_alias(Interp&);    // list[int] & co. (runtime/list_generic_alias.cpp)

// list internals shared by list.cpp, list_methods.cpp and list_sort.cpp.
List* list_alloc(Interp&, Type* cls, size_t capacity);      // empty list of class cls
bool list_resize_storage(Interp&, List* l, size_t capacity);  // exact capacity (>= size)
bool list_grow(Interp&, List* l, size_t extra);              // room for `extra` more, amortized
void list_clear_items(Interp&, List* l);
bool init_list_methods(Interp&);

// dict internals shared by dict.cpp, dict_type.cpp, dict_views.cpp and the iterators.
struct Dict;
Dict* dict_alloc(Interp&, Type* cls, size_t capacity);       // empty dict of class cls
int64_t dict_key_hash(Interp&, Value key);                   // -1 = error (unhashable)
int64_t dict_find(Interp&, Dict* d, Value key, int64_t hash);  // entry index, -1 missing, -3 error
int64_t dict_find_str(const Dict* d, Str* key, int64_t hash);  // never raises
bool dict_insert(Interp&, Dict* d, Value key, int64_t hash, Value value);
void dict_remove_entry(Dict* d, int64_t ix, int64_t hash);
void dict_trace(Object* self, Tracer& t);
void dict_finalize(Interp&, Object* self);

// set internals shared by set.cpp, set_type.cpp, set_ops.cpp, dict_views.cpp and iterators.
// Deleted slots hold this immediate (never a real value, never traced) with hash -1.
struct Set;
struct SetEntry;
inline constexpr Value kSetDummy = Value::from_raw(0x1E);
bool set_table_resize(Interp&, Set* s, size_t minused);
SetEntry* set_lookkey(Interp&, Set* s, Value key, int64_t hash, bool* error);
int set_add_entry(Interp&, Set* s, Value key, int64_t hash);       // 1 added, 0 present, -1
int set_discard_entry(Interp&, Set* s, Value key, int64_t hash);   // 1, 0, -1
int set_contains_entry(Interp&, Set* s, Value key, int64_t hash);  // 1, 0, -1
bool set_next_entry(Set* s, size_t* pos, SetEntry** entry);
bool set_merge(Interp&, Set* s, Set* other);
void set_clear_table(Interp&, Set* s);
void set_trace(Object* self, Tracer& t);
void set_finalize(Interp&, Object* self);
bool init_set_ops(Interp&);
// Set algebra (runtime/set_ops.cpp). Results are plain set/frozenset following the left
// operand's base type; null / false / -1 with an exception on error.
Set* set_make_base(Interp&, Type* t, Value iterable);   // iterable may be null
Set* set_copy_base(Interp&, Set* so);
Set* set_intersection(Interp&, Set* so, Value other);
Set* set_difference(Interp&, Set* so, Value other);
Set* set_symmetric_difference(Interp&, Set* so, Value other);
bool set_intersection_update(Interp&, Set* so, Value other);
bool set_difference_update(Interp&, Set* so, Value other);
bool set_symmetric_difference_update(Interp&, Set* so, Value other);
int set_issubset_of(Interp&, Set* so, Set* other);
Value set_binary(Interp&, BinOp op, Value a, Value b);
Value set_inplace(Interp&, BinOp op, Value a, Value b);

// range_iterator over r, forwards or (reverse) from the last item. Null on error.
struct Range;
Value range_iter_new(Interp&, Range* r, bool reverse);

// Slots of the `reversed` object (runtime/iter_seq.cpp), installed by iter_funcs.cpp.
NextFn reversed_next_fn();
TraceFn seq_iter_trace_fn();

// dict_keys / dict_values / dict_items (Kind::DictView), runtime/dict_views.cpp.
struct DictView : Object {
  Dict* dict;
};

// next(it) for consumers: null + no exception = exhausted. A StopIteration raised by the
// iterator (a generator returning a value, a Python __next__) also means exhausted, as
// CPython's PyIter_Next treats it.
Value next_item(Interp&, Value it);

// The hash slot of mutable containers: TypeError "unhashable type: 'list'".
int64_t hash_unhashable(Interp&, Value self);

// An index or a slice, as a sequence's __getitem__ sees it: 1 = integer in *out, 0 = slice,
// -1 = TypeError raised ("list indices must be integers or slices, not float"). `what` is
// the type name used in the message ("list", "tuple").
int sequence_key(Interp&, Value key, int64_t* out, const char* what);

// The count operand of `seq * n`: 1 = *out set, 0 = not an int and not ours to reject
// (return NotImplemented so a user class's __rmul__ runs), -1 = error raised
// ("can't multiply sequence by non-int of type 'float'").
int sequence_repeat_count(Interp&, Value count, int64_t* out);
// The optional start/stop arguments of index(x, start, stop), clamped like slice bounds.
bool sequence_range_args(Interp&, const Value* args, size_t n, int64_t length, int64_t* start,
                         int64_t* stop);

// Marks a container as being repr'd (so self-references print as [...]/{...}) and keeps the
// recursion depth bounded. Uses Object::flags bit kReprActive of the container's own kind.
enum ContainerFlags : uint16_t { kReprActive = 0x8000 };
class ReprGuard {
 public:
  ReprGuard(Interp& in, Object* o);
  ~ReprGuard();
  // 1 = go ahead, 0 = already being repr'd (print the ellipsis form), -1 = RecursionError raised.
  int state() const { return state_; }
 private:
  Interp& interp_;
  Object* obj_;
  int state_;
};

// Raises RecursionError when nesting is too deep (deep repr/compare of nested containers).
// Returns false with the error raised; on true the caller must call leave_recursion().
bool enter_recursion(Interp&, const char* where);
inline void leave_recursion(Interp& in) { in.call_depth--; }

// Lexicographic rich comparison of two item arrays (tuple/list) as CPython's: the first
// index whose items are not equal decides. Arrays are re-read through the callbacks each
// step because a list may change during an __eq__ call.
// get_a(i, &v) / get_b(i, &v) return false past the end.
template <class GetA, class GetB>
Value sequence_compare(Interp& interp, int64_t len_a, int64_t len_b, GetA get_a, GetB get_b,
                       CmpOp op) {
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && len_a != len_b) return Value::boolean(op == CmpOp::Ne);
  if (!enter_recursion(interp, " in comparison")) return Value::null();
  size_t i = 0;
  Value x, y;
  for (;; i++) {
    if (!get_a(i, &x) || !get_b(i, &y)) break;
    int eq = equal(interp, x, y);
    if (eq < 0) { leave_recursion(interp); return Value::null(); }
    if (eq == 0) {
      leave_recursion(interp);
      if (op == CmpOp::Eq) return Value::false_();
      if (op == CmpOp::Ne) return Value::true_();
      return compare(interp, x, y, op);
    }
  }
  leave_recursion(interp);
  // No differing item: the lengths decide (re-read: items may have gone meanwhile).
  bool more_a = get_a(i, &x), more_b = get_b(i, &y);
  int c = more_a == more_b ? 0 : (more_a ? 1 : -1);
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    case CmpOp::Ge: return Value::boolean(c >= 0);
  }
  return Value::false_();
}

// Allocation size for an instance of cls (a builtin or a subclass with a __dict__ slot).
inline size_t instance_extra(Type* cls, size_t base_size) {
  return cls->instance_size > base_size ? cls->instance_size - base_size : 0;
}

}  // namespace coil
