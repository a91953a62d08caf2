// Helpers shared by the containers and offered to the VM and builtins: sequence
// materialization (list(x), tuple(x)), UNPACK_SEQUENCE / UNPACK_EX, index/slice keys,
// `seq * n` counts, repr recursion guards.
#include <cstring>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/tuple.h"

namespace coil {

int64_t hash_unhashable(Interp& interp, Value self) {
  raise(interp, interp.exc_types.TypeError, "unhashable type: '%s'", type_name(interp, self));
  return -1;
}

namespace {

// An int (already int-like) as int64, or raise `overflow_type` "cannot fit 'int' into an
// index-sized integer".
bool int_index(Interp& interp, Value v, Type* overflow_type, int64_t* out) {
  if (v.is_small_int()) { *out = v.as_small_int(); return true; }
  if (v.is_bool()) { *out = v.is_true() ? 1 : 0; return true; }
  if (int_to_int64(v, out)) return true;
  raise(interp, overflow_type, "cannot fit '%s' into an index-sized integer", type_name(interp, v));
  return false;
}

// Calls __index__ when the type has one: 1 = *out set, 0 = no __index__, -1 = error.
int call_index(Interp& interp, Value v, Type* overflow_type, int64_t* out) {
  Value m = lookup_special(interp, v, interp.names.__index__);
  if (m.is_null()) return interp.has_error() ? -1 : 0;
  Value r = call_special(interp, v, interp.names.__index__, {});
  if (r.is_null()) return -1;
  if (!is_int_like(r)) {
    raise(interp, interp.exc_types.TypeError, "__index__ returned non-int (type %s)", type_name(interp, r));
    return -1;
  }
  return int_index(interp, r, overflow_type, out) ? 1 : -1;
}

}  // namespace

int sequence_key(Interp& interp, Value key, int64_t* out, const char* what) {
  if (key.is_small_int()) { *out = key.as_small_int(); return 1; }
  if (is_kind(key, Kind::Slice)) return 0;
  if (is_int_like(key)) return int_index(interp, key, interp.exc_types.IndexError, out) ? 1 : -1;
  int r = call_index(interp, key, interp.exc_types.IndexError, out);
  if (r != 0) return r;
  raise(interp, interp.exc_types.TypeError, "%s indices must be integers or slices, not %s", what,
        type_name(interp, key));
  return -1;
}

int sequence_repeat_count(Interp& interp, Value count, int64_t* out) {
  if (count.is_small_int()) { *out = count.as_small_int(); return 1; }
  if (is_int_like(count)) return int_index(interp, count, interp.exc_types.OverflowError, out) ? 1 : -1;
  int r = call_index(interp, count, interp.exc_types.OverflowError, out);
  if (r != 0) return r;
  if (type_of(interp, count)->type_flags & kTypeHeap) return 0;   // its __rmul__ may apply
  raise(interp, interp.exc_types.TypeError, "can't multiply sequence by non-int of type '%s'",
        type_name(interp, count));
  return -1;
}

bool sequence_range_args(Interp& interp, const Value* args, size_t n, int64_t length, int64_t* start,
                         int64_t* stop) {
  for (size_t i = 0; i < n && i < 2; i++) {
    Value v = args[i];
    int64_t x;
    if (v.is_small_int()) {
      x = v.as_small_int();
    } else if (is_int_like(v)) {
      if (v.is_bool()) x = v.is_true();
      else if (!int_to_int64(v, &x)) x = int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
    } else {
      int r = call_index(interp, v, interp.exc_types.OverflowError, &x);
      if (r < 0) return false;
      if (r == 0) {
        raise(interp, interp.exc_types.TypeError, "slice indices must be integers or have an __index__ method");
        return false;
      }
    }
    if (x < 0) {
      x += length;
      if (x < 0) x = 0;
    }
    (i == 0 ? *start : *stop) = x;
  }
  return true;
}

ReprGuard::ReprGuard(Interp& in, Object* o) : interp_(in), obj_(o), state_(1) {
  if (o->flags & kReprActive) { state_ = 0; return; }
  if (!enter_recursion(in, " while getting the repr of an object")) { state_ = -1; return; }
  o->flags |= kReprActive;
}

ReprGuard::~ReprGuard() {
  if (state_ != 1) return;
  obj_->flags &= uint16_t(~kReprActive);
  leave_recursion(interp_);
}

bool enter_recursion(Interp& interp, const char* where) {
  if (interp.call_depth >= interp.recursion_limit) {
    raise(interp, interp.exc_types.RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
  }
  interp.call_depth++;
  return true;
}

Value next_item(Interp& interp, Value it) {
  Value v = iter_next(interp, it);
  if (v.is_null() && interp.has_error() && error_matches(interp, interp.exc_types.StopIteration)) clear_error(interp);
  return v;
}

Value sequence_to_list(Interp& interp, Value iterable) {
  if (is_list(iterable) || is_tuple(iterable)) {
    const Value* items = is_list(iterable) ? iterable.as<List>()->items : iterable.as<Tuple>()->items;
    size_t n = is_list(iterable) ? iterable.as<List>()->size : iterable.as<Tuple>()->size;
    List* l = list_from(interp, items, n);
    return l == nullptr ? Value::null() : Value::object(l);
  }
  List* l = list_new(interp, 0);
  if (l == nullptr || !list_extend(interp, l, iterable)) return Value::null();
  return Value::object(l);
}

Tuple* sequence_to_tuple(Interp& interp, Value iterable) {
  if (is_tuple(iterable)) {
    Tuple* t = iterable.as<Tuple>();
    if (t->type == interp.types.tuple) return t;
    return tuple_from(interp, t->items, t->size);
  }
  if (is_list(iterable)) return tuple_from(interp, iterable.as<List>()->items, iterable.as<List>()->size);
  Value l = sequence_to_list(interp, iterable);
  if (l.is_null()) return nullptr;
  return tuple_from(interp, l.as<List>()->items, l.as<List>()->size);
}

namespace {

Value unpack_iter(Interp& interp, Value iterable) {
  Value it = get_iter(interp, iterable);
  if (it.is_null() && error_matches(interp, interp.exc_types.TypeError)) {
    Type* t = type_of(interp, iterable);
    if (t->iter == nullptr && t->getitem == nullptr) {
      clear_error(interp);
      raise(interp, interp.exc_types.TypeError, "cannot unpack non-iterable %s object", type_name(interp, iterable));
    }
  }
  return it;
}

}  // namespace

bool unpack_iterable(Interp& interp, Value iterable, size_t n, Value* out) {
  if (is_list(iterable) || is_tuple(iterable)) {
    const Value* items = is_list(iterable) ? iterable.as<List>()->items : iterable.as<Tuple>()->items;
    size_t size = is_list(iterable) ? iterable.as<List>()->size : iterable.as<Tuple>()->size;
    if (size == n) {
      if (n) std::memcpy(out, items, n * sizeof(Value));
      return true;
    }
    if (size < n)
      raise(interp, interp.exc_types.ValueError, "not enough values to unpack (expected %zu, got %zu)", n, size);
    else
      raise(interp, interp.exc_types.ValueError, "too many values to unpack (expected %zu)", n);
    return false;
  }
  Value it = unpack_iter(interp, iterable);
  if (it.is_null()) return false;
  for (size_t i = 0; i < n; i++) {
    Value v = next_item(interp, it);
    if (v.is_null()) {
      if (!interp.has_error())
        raise(interp, interp.exc_types.ValueError, "not enough values to unpack (expected %zu, got %zu)", n, i);
      return false;
    }
    out[i] = v;
  }
  Value extra = next_item(interp, it);
  if (extra.is_null()) return !interp.has_error();
  raise(interp, interp.exc_types.ValueError, "too many values to unpack (expected %zu)", n);
  return false;
}

bool unpack_iterable_ex(Interp& interp, Value iterable, size_t before, size_t after, Value* out) {
  Value it = unpack_iter(interp, iterable);
  if (it.is_null()) return false;
  for (size_t i = 0; i < before; i++) {
    Value v = next_item(interp, it);
    if (v.is_null()) {
      if (!interp.has_error())
        raise(interp, interp.exc_types.ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
              before + after, i);
      return false;
    }
    out[i] = v;
  }
  Value rest = sequence_to_list(interp, it);
  if (rest.is_null()) return false;
  List* l = rest.as<List>();
  if (l->size < after) {
    raise(interp, interp.exc_types.ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
          before + after, before + l->size);
    return false;
  }
  l->size -= after;
  for (size_t j = 0; j < after; j++) out[before + 1 + j] = l->items[l->size + j];
  out[before] = rest;
  return true;
}

}  // namespace coil
