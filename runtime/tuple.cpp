// tuple: immutable inline arrays — creation, the type's slots (repr, hash, compare, sequence
// protocol, + and *) and its methods (count, index).
#include "runtime/tuple.h"
#include <cstring>
#include <string>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/slice.h"
#include "runtime/str.h"

namespace coil {

namespace {

// A tuple of `n` None items of class `cls` (tuple or a subclass, whose instances carry
// extra bytes, e.g. a __dict__ slot, after the inline items).
Tuple* tuple_alloc(Interp& interp, Type* cls, size_t n) {
  // A subclass's __dict__ slot is appended by Heap::allocate (var-size layout).
  size_t extra = n * sizeof(Value);
  Tuple* t = gc_new<Tuple>(interp.heap, cls, Kind::Tuple, extra);
  if (t == nullptr) { raise_no_memory(interp); return nullptr; }
  t->size = n;
  for (size_t i = 0; i < n; i++) t->items[i] = Value::none();
  return t;
}

Value tuple_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0 && cls == interp.types.tuple)
    return raise(interp, interp.exc_types.TypeError, "tuple() takes no keyword arguments");
  if (nargs > 1)
    return raise(interp, interp.exc_types.TypeError, "tuple expected at most 1 argument, got %zu", nargs);
  Tuple* items = nargs == 0 ? interp.empty_tuple : sequence_to_tuple(interp, args[0]);
  if (items == nullptr) return Value::null();
  if (cls == interp.types.tuple) return Value::object(items);
  Tuple* t = tuple_alloc(interp, cls, items->size);
  if (t == nullptr) return Value::null();
  if (items->size) std::memcpy(t->items, items->items, items->size * sizeof(Value));
  return Value::object(t);
}

Value tuple_repr(Interp& interp, Value self) {
  Tuple* t = self.as<Tuple>();
  if (t->size == 0) return str_value(interp, "()");
  if (!enter_recursion(interp, " while getting the repr of an object")) return Value::null();
  std::string out = "(";
  for (size_t i = 0; i < t->size; i++) {
    if (i) out += ", ";
    if (!repr_into(interp, t->items[i], out)) { leave_recursion(interp); return Value::null(); }
  }
  leave_recursion(interp);
  out += t->size == 1 ? ",)" : ")";
  return str_value(interp, out);
}

// CPython's xxHash-based tuple hash, so equal tuples hash equal (and match CPython's values
// when the item hashes do).
int64_t tuple_hash(Interp& interp, Value self) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  Tuple* t = self.as<Tuple>();
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < t->size; i++) {
    int64_t h = hash(interp, t->items[i]);
    if (h == -1) return -1;
    acc += uint64_t(h) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += t->size ^ (kPrime5 ^ 3527539UL);
  if (acc == uint64_t(-1)) return 1546275796;
  return int64_t(acc);
}

Value tuple_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return interp.not_implemented;
  Tuple* x = a.as<Tuple>();
  Tuple* y = b.as<Tuple>();
  return sequence_compare(
      interp, x->size, y->size,
      [x](size_t i, Value* v) { if (i >= x->size) return false; *v = x->items[i]; return true; },
      [y](size_t i, Value* v) { if (i >= y->size) return false; *v = y->items[i]; return true; }, op);
}

int64_t tuple_len(Interp&, Value self) { return int64_t(self.as<Tuple>()->size); }

Value tuple_getitem(Interp& interp, Value self, Value key) {
  Tuple* t = self.as<Tuple>();
  int64_t i;
  int k = sequence_key(interp, key, &i, "tuple");
  if (k < 0) return Value::null();
  if (k == 1) {
    if (i < 0) i += int64_t(t->size);
    if (i < 0 || i >= int64_t(t->size))
      return raise(interp, interp.exc_types.IndexError, "tuple index out of range");
    return t->items[i];
  }
  int64_t start, stop, step, n;
  if (!slice_indices(interp, key, int64_t(t->size), &start, &stop, &step, &n)) return Value::null();
  if (step == 1 && n == int64_t(t->size) && t->type == interp.types.tuple) return self;
  Tuple* r = tuple_new(interp, size_t(n));
  if (r == nullptr) return Value::null();
  for (int64_t j = 0, p = start; j < n; j++, p += step) r->items[j] = t->items[p];
  return Value::object(r);
}

int tuple_contains(Interp& interp, Value self, Value item) {
  Tuple* t = self.as<Tuple>();
  for (size_t i = 0; i < t->size; i++) {
    int eq = equal(interp, t->items[i], item);
    if (eq != 0) return eq;
  }
  return 0;
}

Value tuple_iter(Interp& interp, Value self) {
  return seq_iter_new(interp, interp.types.tuple_iterator, self);
}

Value tuple_repeat(Interp& interp, Tuple* t, int64_t n) {
  if (n <= 0 || t->size == 0) return Value::object(interp.empty_tuple);
  if (n == 1 && t->type == interp.types.tuple) return Value::object(t);
  if (uint64_t(n) > (uint64_t(1) << 40) / t->size) return raise_no_memory(interp);
  Tuple* r = tuple_new(interp, t->size * size_t(n));
  if (r == nullptr) return Value::null();
  for (int64_t k = 0; k < n; k++) std::memcpy(r->items + k * t->size, t->items, t->size * sizeof(Value));
  return Value::object(r);
}

Value tuple_binary(Interp& interp, BinOp op, Value a, Value b) {
  if (op == BinOp::Add) {
    if (!is_tuple(a)) return interp.not_implemented;
    if (!is_tuple(b)) {
      if (type_of(interp, b)->type_flags & kTypeHeap) return interp.not_implemented;
      return raise(interp, interp.exc_types.TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                   type_name(interp, b));
    }
    Tuple* x = a.as<Tuple>();
    Tuple* y = b.as<Tuple>();
    if (y->size == 0 && x->type == interp.types.tuple) return a;
    if (x->size == 0 && y->type == interp.types.tuple) return b;
    Tuple* r = tuple_new(interp, x->size + y->size);
    if (r == nullptr) return Value::null();
    std::memcpy(r->items, x->items, x->size * sizeof(Value));
    std::memcpy(r->items + x->size, y->items, y->size * sizeof(Value));
    return Value::object(r);
  }
  if (op == BinOp::Mul) {
    Value seq = is_tuple(a) ? a : b;
    Value count = is_tuple(a) ? b : a;
    int64_t n;
    int r = sequence_repeat_count(interp, count, &n);
    if (r <= 0) return r == 0 ? interp.not_implemented : Value::null();
    return tuple_repeat(interp, seq.as<Tuple>(), n);
  }
  return interp.not_implemented;
}

Value tuple_count(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "count", kwnames)) return Value::null();
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "tuple.count() takes exactly one argument (%zu given)", nargs - 1);
  Tuple* t = args[0].as<Tuple>();
  int64_t c = 0;
  for (size_t i = 0; i < t->size; i++) {
    int eq = equal(interp, t->items[i], args[1]);
    if (eq < 0) return Value::null();
    c += eq;
  }
  return Value::small_int(c);
}

Value tuple_index(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "index", kwnames)) return Value::null();
  if (nargs < 2)
    return raise(interp, interp.exc_types.TypeError, "index expected at least 1 argument, got %zu", nargs - 1);
  if (nargs > 4)
    return raise(interp, interp.exc_types.TypeError, "index expected at most 3 arguments, got %zu", nargs - 1);
  Tuple* t = args[0].as<Tuple>();
  int64_t start = 0, stop = int64_t(t->size);
  if (!sequence_range_args(interp, args + 2, nargs - 2, int64_t(t->size), &start, &stop)) return Value::null();
  for (int64_t i = start; i < stop && i < int64_t(t->size); i++) {
    int eq = equal(interp, t->items[i], args[1]);
    if (eq < 0) return Value::null();
    if (eq) return Value::small_int(i);
  }
  return raise(interp, interp.exc_types.ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_getnewargs(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  Tuple* t = args[0].as<Tuple>();
  Tuple* copy = tuple_from(interp, t->items, t->size);
  if (copy == nullptr) return Value::null();
  Tuple* r = tuple_pack(interp, {Value::object(copy)});
  return r == nullptr ? Value::null() : Value::object(r);
}

void tuple_trace(Object* self, Tracer& tr) {
  Tuple* t = static_cast<Tuple*>(self);
  tr.mark_range(t->items, t->size);
}

}  // namespace

Tuple* tuple_new(Interp& interp, size_t size) {
  if (size == 0 && interp.empty_tuple != nullptr) return interp.empty_tuple;
  Tuple* t = gc_new<Tuple>(interp.heap, interp.types.tuple, Kind::Tuple, size * sizeof(Value));
  if (t == nullptr) { raise_no_memory(interp); return nullptr; }
  t->size = size;
  for (size_t i = 0; i < size; i++) t->items[i] = Value::none();
  if (size == 0) interp.empty_tuple = t;
  return t;
}

Tuple* tuple_from(Interp& interp, const Value* items, size_t n) {
  Tuple* t = tuple_new(interp, n);
  if (t != nullptr && n) std::memcpy(t->items, items, n * sizeof(Value));
  return t;
}

Tuple* tuple_pack(Interp& interp, std::initializer_list<Value> items) {
  return tuple_from(interp, items.begin(), items.size());
}

bool init_tuple_type(Interp& interp) {
  Type* t = interp.types.tuple;
  t->instance_kind = Kind::Tuple;
  t->instance_size = sizeof(Tuple);
  t->new_ = tuple_new_slot;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->compare = tuple_compare;
  t->len = tuple_len;
  t->getitem = tuple_getitem;
  t->contains = tuple_contains;
  t->iter = tuple_iter;
  t->binary = tuple_binary;
  t->trace = tuple_trace;
  static const MethodDef methods[] = {
      {"count", tuple_count},
      {"index", tuple_index},
      {"__getnewargs__", tuple_getnewargs},
  };
  return add_methods(interp, t, methods, sizeof(methods) / sizeof(methods[0]));
}

}  // namespace coil
