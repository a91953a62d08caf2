// list: the growable array — allocation and growth, the type's slots (repr, compare, the
// sequence protocol with slices, + * += *=). Methods live in list_methods.cpp, sort in list_sort.cpp.
#include "runtime/list.h"
#include <cstdlib>
#include <cstring>
#include <string>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/error.h"
#include "runtime/iterators.h"
#include "runtime/protocol.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {

// ---- storage ----

bool list_resize_storage(Interp& interp, List* l, size_t capacity) {
  if (capacity == l->capacity) return true;
  if (capacity > (size_t(1) << 58)) { raise_no_memory(interp); return false; }
  Value* p = capacity == 0 ? nullptr : static_cast<Value*>(std::realloc(l->items, capacity * sizeof(Value)));
  if (capacity != 0 && p == nullptr) { raise_no_memory(interp); return false; }
  if (capacity == 0) std::free(l->items);
  interp.heap.account((ptrdiff_t(capacity) - ptrdiff_t(l->capacity)) * ptrdiff_t(sizeof(Value)));
  l->items = p;
  l->capacity = capacity;
  return true;
}

bool list_reserve(Interp& interp, List* l, size_t capacity) {
  if (capacity <= l->capacity) return true;
  return list_resize_storage(interp, l, capacity);
}

// Room for `extra` more items with CPython's over-allocation (~1/8), so appends are O(1).
bool list_grow(Interp& interp, List* l, size_t extra) {
  size_t need = l->size + extra;
  if (need <= l->capacity) return true;
  size_t cap = (need + (need >> 3) + 6) & ~size_t(3);
  if (need - l->size > l->size && extra > 1) cap = (need + 3) & ~size_t(3);  // big extend: exact
  return list_resize_storage(interp, l, cap);
}

List* list_alloc(Interp& interp, Type* cls, size_t capacity) {
  List* l = gc_new<List>(interp.heap, cls, Kind::List, instance_extra(cls, sizeof(List)));
  if (l == nullptr) { raise_no_memory(interp); return nullptr; }
  if (capacity && !list_resize_storage(interp, l, capacity)) return nullptr;
  return l;
}

List* list_new(Interp& interp, size_t capacity) { return list_alloc(interp, interp.types.list, capacity); }

List* list_from(Interp& interp, const Value* items, size_t n) {
  List* l = list_new(interp, n);
  if (l == nullptr) return nullptr;
  if (n) std::memcpy(l->items, items, n * sizeof(Value));
  l->size = n;
  return l;
}

bool list_append(Interp& interp, List* l, Value v) {
  if (l->size == l->capacity && !list_grow(interp, l, 1)) return false;
  l->items[l->size++] = v;
  return true;
}

bool list_extend(Interp& interp, List* l, Value iterable) {
  if (is_list(iterable) || is_tuple(iterable)) {
    // Exact-layout fast path; l.extend(l) reads the size before growing.
    const Value* src;
    size_t n;
    if (is_list(iterable)) { src = iterable.as<List>()->items; n = iterable.as<List>()->size; }
    else { src = iterable.as<Tuple>()->items; n = iterable.as<Tuple>()->size; }
    if (n == 0) return true;
    if (!list_grow(interp, l, n)) return false;
    if (iterable.as_object() == l) src = l->items;   // realloc may have moved it
    std::memmove(l->items + l->size, src, n * sizeof(Value));
    l->size += n;
    return true;
  }
  Value it = get_iter(interp, iterable);
  if (it.is_null()) return false;
  Type* t = type_of(interp, it);
  for (;;) {
    Value v = t->next != nullptr ? t->next(interp, it) : next_item(interp, it);
    if (v.is_null()) {
      if (!interp.has_error()) return true;
      if (!error_matches(interp, interp.exc_types.StopIteration)) return false;
      clear_error(interp);
      return true;
    }
    if (!list_append(interp, l, v)) return false;
  }
}

void list_clear_items(Interp& interp, List* l) {
  l->size = 0;
  list_resize_storage(interp, l, 0);
}

// ---- slots ----

namespace {

Value list_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  List* l = list_alloc(interp, cls, 0);
  return l == nullptr ? Value::null() : Value::object(l);
}

int list_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(interp, interp.exc_types.TypeError, "list() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    raise(interp, interp.exc_types.TypeError, "list expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  List* l = self.as<List>();
  if (l->size) list_clear_items(interp, l);
  if (nargs == 0) return 0;
  return list_extend(interp, l, args[0]) ? 0 : -1;
}

Value list_repr(Interp& interp, Value self) {
  List* l = self.as<List>();
  if (l->size == 0) return str_value(interp, "[]");
  ReprGuard guard(interp, l);
  if (guard.state() == 0) return str_value(interp, "[...]");
  if (guard.state() < 0) return Value::null();
  std::string out = "[";
  for (size_t i = 0; i < l->size; i++) {   // re-read: a __repr__ may mutate the list
    if (i) out += ", ";
    if (!repr_into(interp, l->items[i], out)) return Value::null();
  }
  out += "]";
  return str_value(interp, out);
}

Value list_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if (!is_list(a) || !is_list(b)) return interp.not_implemented;
  List* x = a.as<List>();
  List* y = b.as<List>();
  return sequence_compare(
      interp, x->size, y->size,
      [x](size_t i, Value* v) { if (i >= x->size) return false; *v = x->items[i]; return true; },
      [y](size_t i, Value* v) { if (i >= y->size) return false; *v = y->items[i]; return true; }, op);
}

int64_t list_len(Interp&, Value self) { return int64_t(self.as<List>()->size); }

Value list_slice(Interp& interp, List* l, int64_t start, int64_t step, int64_t n) {
  List* r = list_new(interp, size_t(n));
  if (r == nullptr) return Value::null();
  if (step == 1) {
    if (n) std::memcpy(r->items, l->items + start, size_t(n) * sizeof(Value));
  } else {
    for (int64_t j = 0, p = start; j < n; j++, p += step) r->items[j] = l->items[p];
  }
  r->size = size_t(n);
  return Value::object(r);
}

Value list_getitem(Interp& interp, Value self, Value key) {
  List* l = self.as<List>();
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += int64_t(l->size);
    if (uint64_t(i) >= l->size) return raise(interp, interp.exc_types.IndexError, "list index out of range");
    return l->items[i];
  }
  int64_t i;
  int k = sequence_key(interp, key, &i, "list");
  if (k < 0) return Value::null();
  if (k == 1) {
    if (i < 0) i += int64_t(l->size);
    if (i < 0 || i >= int64_t(l->size)) return raise(interp, interp.exc_types.IndexError, "list index out of range");
    return l->items[i];
  }
  int64_t start, stop, step, n;
  if (!slice_indices(interp, key, int64_t(l->size), &start, &stop, &step, &n)) return Value::null();
  return list_slice(interp, l, start, step, n);
}

// del l[slice]
bool list_delete_slice(Interp& interp, List* l, int64_t start, int64_t step, int64_t n) {
  if (n <= 0) return true;
  if (step < 0) {   // same items, walked forwards
    start = start + (n - 1) * step;
    step = -step;
  }
  if (step == 1) {
    std::memmove(l->items + start, l->items + start + n, (l->size - size_t(start + n)) * sizeof(Value));
  } else {
    size_t w = size_t(start), next_del = size_t(start);
    int64_t deleted = 0;
    for (size_t r = size_t(start); r < l->size; r++) {
      if (deleted < n && r == next_del) { deleted++; next_del += size_t(step); continue; }
      l->items[w++] = l->items[r];
    }
  }
  l->size -= size_t(n);
  if (l->size < l->capacity / 4) list_resize_storage(interp, l, l->size + (l->size >> 3) + 8);
  return true;
}

// l[slice] = iterable
bool list_assign_slice(Interp& interp, List* l, Value key, Value v) {
  // Materialize the right side first (it may be l itself, or a generator reading l).
  Value seq;
  if (is_list(v) || is_tuple(v)) {
    seq = v.as_object() == l ? sequence_to_list(interp, v) : v;
  } else {
    Value it = get_iter(interp, v);
    if (it.is_null()) {
      if (error_matches(interp, interp.exc_types.TypeError)) {
        int64_t a, b, c, d;
        bool extended = slice_indices(interp, key, 0, &a, &b, &c, &d) && c != 1;
        clear_error(interp);
        raise(interp, interp.exc_types.TypeError,
              extended ? "must assign iterable to extended slice" : "can only assign an iterable");
      }
      return false;
    }
    seq = sequence_to_list(interp, it);
  }
  if (seq.is_null()) return false;
  int64_t start, stop, step, n;
  if (!slice_indices(interp, key, int64_t(l->size), &start, &stop, &step, &n)) return false;
  // Read the source after slice_indices: an __index__ could have changed it.
  const Value* src = is_list(seq) ? seq.as<List>()->items : seq.as<Tuple>()->items;
  int64_t m = int64_t(is_list(seq) ? seq.as<List>()->size : seq.as<Tuple>()->size);
  if (step == 1) {
    if (stop < start) stop = start;
    int64_t delta = m - (stop - start);
    if (delta > 0 && !list_grow(interp, l, size_t(delta))) return false;
    std::memmove(l->items + stop + delta, l->items + stop, (l->size - size_t(stop)) * sizeof(Value));
    if (m) std::memcpy(l->items + start, src, size_t(m) * sizeof(Value));
    l->size = size_t(int64_t(l->size) + delta);
    return true;
  }
  if (m != n) {
    raise(interp, interp.exc_types.ValueError,
          "attempt to assign sequence of size %lld to extended slice of size %lld", (long long)m, (long long)n);
    return false;
  }
  for (int64_t j = 0, p = start; j < n; j++, p += step) l->items[p] = src[j];
  return true;
}

int list_setitem(Interp& interp, Value self, Value key, Value v) {
  List* l = self.as<List>();
  int64_t i;
  int k;
  if (key.is_small_int()) { i = key.as_small_int(); k = 1; }
  else k = sequence_key(interp, key, &i, "list");
  if (k < 0) return -1;
  if (k == 1) {
    if (i < 0) i += int64_t(l->size);
    if (i < 0 || i >= int64_t(l->size)) {
      raise(interp, interp.exc_types.IndexError, "list assignment index out of range");
      return -1;
    }
    if (v.is_null()) {
      std::memmove(l->items + i, l->items + i + 1, (l->size - size_t(i) - 1) * sizeof(Value));
      l->size--;
    } else {
      l->items[i] = v;
    }
    return 0;
  }
  if (v.is_null()) {
    int64_t start, stop, step, n;
    if (!slice_indices(interp, key, int64_t(l->size), &start, &stop, &step, &n)) return -1;
    return list_delete_slice(interp, l, start, step, n) ? 0 : -1;
  }
  return list_assign_slice(interp, l, key, v) ? 0 : -1;
}

int list_contains(Interp& interp, Value self, Value item) {
  List* l = self.as<List>();
  for (size_t i = 0; i < l->size; i++) {
    int eq = equal(interp, l->items[i], item);
    if (eq != 0) return eq;
  }
  return 0;
}

Value list_iter(Interp& interp, Value self) { return seq_iter_new(interp, interp.types.list_iterator, self); }

Value list_repeat(Interp& interp, List* l, int64_t n) {
  size_t size = l->size;
  if (n <= 0 || size == 0) {
    List* r = list_new(interp, 0);
    return r == nullptr ? Value::null() : Value::object(r);
  }
  if (uint64_t(n) > (uint64_t(1) << 40) / size) return raise_no_memory(interp);
  List* r = list_new(interp, size * size_t(n));
  if (r == nullptr) return Value::null();
  if (size == 1) {
    for (int64_t k = 0; k < n; k++) r->items[k] = l->items[0];
  } else {
    for (int64_t k = 0; k < n; k++) std::memcpy(r->items + k * size, l->items, size * sizeof(Value));
  }
  r->size = size * size_t(n);
  return Value::object(r);
}

Value list_binary(Interp& interp, BinOp op, Value a, Value b) {
  if (op == BinOp::Add) {
    if (!is_list(a)) return interp.not_implemented;
    if (!is_list(b)) {
      if (type_of(interp, b)->type_flags & kTypeHeap) return interp.not_implemented;
      return raise(interp, interp.exc_types.TypeError, "can only concatenate list (not \"%s\") to list",
                   type_name(interp, b));
    }
    List* x = a.as<List>();
    List* y = b.as<List>();
    List* r = list_new(interp, x->size + y->size);
    if (r == nullptr) return Value::null();
    if (x->size) std::memcpy(r->items, x->items, x->size * sizeof(Value));
    if (y->size) std::memcpy(r->items + x->size, y->items, y->size * sizeof(Value));
    r->size = x->size + y->size;
    return Value::object(r);
  }
  if (op == BinOp::Mul) {
    Value seq = is_list(a) ? a : b;
    Value count = is_list(a) ? b : a;
    int64_t n;
    int r = sequence_repeat_count(interp, count, &n);
    if (r <= 0) return r == 0 ? interp.not_implemented : Value::null();
    return list_repeat(interp, seq.as<List>(), n);
  }
  return interp.not_implemented;
}

Value list_inplace(Interp& interp, BinOp op, Value a, Value b) {
  if (!is_list(a)) return interp.not_implemented;
  List* l = a.as<List>();
  if (op == BinOp::Add) {
    if (!list_extend(interp, l, b)) return Value::null();
    return a;
  }
  if (op == BinOp::Mul) {
    int64_t n;
    int r = sequence_repeat_count(interp, b, &n);
    if (r <= 0) return r == 0 ? interp.not_implemented : Value::null();
    if (n <= 0 || l->size == 0) { list_clear_items(interp, l); return a; }
    size_t size = l->size;
    if (uint64_t(n) > (uint64_t(1) << 40) / size) return raise_no_memory(interp);
    if (!list_reserve(interp, l, size * size_t(n))) return Value::null();
    for (int64_t k = 1; k < n; k++) std::memcpy(l->items + k * size, l->items, size * sizeof(Value));
    l->size = size * size_t(n);
    return a;
  }
  return interp.not_implemented;
}

void list_trace(Object* self, Tracer& t) {
  List* l = static_cast<List*>(self);
  t.mark_range(l->items, l->size);
}

void list_finalize(Interp& interp, Object* self) {
  List* l = static_cast<List*>(self);
  std::free(l->items);
  interp.heap.account(-ptrdiff_t(l->capacity * sizeof(Value)));
  l->items = nullptr;
  l->capacity = l->size = 0;
}

}  // namespace

bool init_list_type(Interp& interp) {
  Type* t = interp.types.list;
  t->instance_kind = Kind::List;
  t->instance_size = sizeof(List);
  t->type_flags |= kTypeUnhashable;
  t->new_ = list_new_slot;
  t->init = list_init;
  t->repr = list_repr;
  t->hash = hash_unhashable;
  t->compare = list_compare;
  t->len = list_len;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->contains = list_contains;
  t->iter = list_iter;
  t->binary = list_binary;
  t->inplace = list_inplace;
  t->trace = list_trace;
  t->finalize = list_finalize;
  return init_list_methods(interp);
}

}  // namespace coil
