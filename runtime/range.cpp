// range: construction (ints or __index__), len, indexing and slicing, O(1) membership for
// ints, count/index, equality and hash as CPython (by length, first item and step).
// Ranges beyond int64 keep exact semantics through int arithmetic, except that slicing them
// raises OverflowError (a documented limitation).
#include "runtime/range.h"
#include <string>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/protocol.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

namespace coil {

namespace {

using i128 = __int128;

Value int_op(Interp& interp, BinOp op, Value a, Value b) { return int_binary(interp, op, a, b); }
// -1 / 0 / 1 comparison of two ints; `err` set when the int type fails (MemoryError).
int int_cmp(Interp& interp, Value a, Value b) {
  Value lt = int_compare(interp, a, b, CmpOp::Lt);
  if (lt.is_true()) return -1;
  Value eq = int_compare(interp, a, b, CmpOp::Eq);
  return eq.is_true() ? 0 : 1;
}

// A plain int from an int, bool or __index__ object ("'float' object cannot be interpreted
// as an integer").
Value as_int(Interp& interp, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (is_int_like(v)) {
    int64_t n;
    if (int_to_int64(v, &n)) return make_int(interp, n);
    return v;
  }
  Value m = lookup_special(interp, v, interp.names.__index__);
  if (m.is_null()) {
    if (interp.has_error()) return Value::null();
    return raise(interp, interp.exc_types.TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name(interp, v));
  }
  Value r = call_special(interp, v, interp.names.__index__, {});
  if (r.is_null()) return Value::null();
  if (!is_int_like(r))
    return raise(interp, interp.exc_types.TypeError, "__index__ returned non-int (type %s)", type_name(interp, r));
  return as_int(interp, r);
}

Value range_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0)
    return raise(interp, interp.exc_types.TypeError, "range() takes no keyword arguments");
  if (nargs == 0) return raise(interp, interp.exc_types.TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3)
    return raise(interp, interp.exc_types.TypeError, "range expected at most 3 arguments, got %zu", nargs);
  Value v[3];
  for (size_t i = 0; i < nargs; i++) {
    v[i] = as_int(interp, args[i]);
    if (v[i].is_null()) return Value::null();
  }
  if (nargs == 1) return range_new(interp, Value::small_int(0), v[0], Value::small_int(1));
  return range_new(interp, v[0], v[1], nargs == 3 ? v[2] : Value::small_int(1));
}

Value range_repr(Interp& interp, Value self) {
  Range* r = self.as<Range>();
  std::string out = "range(";
  if (!repr_into(interp, r->start, out)) return Value::null();
  out += ", ";
  if (!repr_into(interp, r->stop, out)) return Value::null();
  if (!(r->step.is_small_int() && r->step.as_small_int() == 1)) {
    out += ", ";
    if (!repr_into(interp, r->step, out)) return Value::null();
  }
  out += ")";
  return str_value(interp, out);
}

int64_t range_len(Interp& interp, Value self) {
  Range* r = self.as<Range>();
  if (r->small) return r->ilen;
  int64_t n;
  if (int_to_int64(r->length, &n)) return n;
  raise(interp, interp.exc_types.OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

int range_bool(Interp& interp, Value self) {
  Range* r = self.as<Range>();
  if (r->small) return r->ilen != 0;
  return int_sign(r->length) != 0;
}

// start + i * step for an int i already known to be in range.
Value item_at(Interp& interp, Range* r, Value i) {
  if (r->small && i.is_small_int()) return make_int(interp, r->istart + i.as_small_int() * r->istep);
  Value off = int_op(interp, BinOp::Mul, i, r->step);
  if (off.is_null()) return off;
  return int_op(interp, BinOp::Add, r->start, off);
}

Value range_slice(Interp& interp, Range* r, Value key) {
  if (!r->small)
    return raise(interp, interp.exc_types.OverflowError, "slicing a range beyond 64 bits is not supported");
  int64_t start, stop, step, n;
  if (!slice_indices(interp, key, r->ilen, &start, &stop, &step, &n)) return Value::null();
  i128 first = i128(r->istart) + i128(start) * r->istep;
  i128 nstep = i128(step) * r->istep;
  i128 last = i128(r->istart) + i128(stop) * r->istep;   // CPython: start + stop_index * step
  (void)n;
  if (first > INT64_MAX || first < INT64_MIN || nstep > INT64_MAX || nstep < INT64_MIN || last > INT64_MAX ||
      last < INT64_MIN)
    return raise(interp, interp.exc_types.OverflowError, "slicing a range beyond 64 bits is not supported");
  return range_new(interp, make_int(interp, int64_t(first)), make_int(interp, int64_t(last)),
                   make_int(interp, int64_t(nstep)));
}

Value range_getitem(Interp& interp, Value self, Value key) {
  Range* r = self.as<Range>();
  if (r->small && key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += r->ilen;
    if (i < 0 || i >= r->ilen) return raise(interp, interp.exc_types.IndexError, "range object index out of range");
    return make_int(interp, r->istart + i * r->istep);
  }
  if (is_kind(key, Kind::Slice)) return range_slice(interp, r, key);
  Value i;
  if (is_int_like(key)) {
    i = as_int(interp, key);
  } else {
    Value m = lookup_special(interp, key, interp.names.__index__);
    if (m.is_null()) {
      if (interp.has_error()) return Value::null();
      return raise(interp, interp.exc_types.TypeError, "range indices must be integers or slices, not %s",
                   type_name(interp, key));
    }
    i = as_int(interp, key);
  }
  if (i.is_null()) return i;
  if (int_sign(i) < 0) {
    i = int_op(interp, BinOp::Add, i, r->length);
    if (i.is_null()) return i;
  }
  if (int_sign(i) < 0 || int_cmp(interp, i, r->length) >= 0)
    return raise(interp, interp.exc_types.IndexError, "range object index out of range");
  return item_at(interp, r, i);
}

// For an int x: 1 if x is one of the range's items.
int contains_int(Interp& interp, Range* r, Value x) {
  if (r->small && x.is_small_int()) {
    if (r->ilen == 0) return 0;
    i128 v = x.as_small_int();
    i128 off = v - r->istart;
    if (r->istep > 0 ? (off < 0 || off >= i128(r->ilen) * r->istep) : (off > 0 || off <= i128(r->ilen) * r->istep))
      return 0;
    return off % r->istep == 0;
  }
  if (int_sign(r->length) == 0) return 0;
  Value off = int_op(interp, BinOp::Sub, x, r->start);
  if (off.is_null()) return -1;
  if (int_sign(r->step) > 0) {
    if (int_sign(off) < 0 || int_cmp(interp, x, r->stop) >= 0) return 0;
  } else {
    if (int_sign(off) > 0 || int_cmp(interp, x, r->stop) <= 0) return 0;
  }
  Value rem = int_op(interp, BinOp::Mod, off, r->step);
  if (rem.is_null()) return -1;
  return int_sign(rem) == 0;
}

inline bool is_exact_int(Interp& interp, Value v) {
  return v.is_small_int() || v.is_bool() || (is_kind(v, Kind::Int) && v.as_object()->type == interp.types.int_);
}

// Linear search for non-int items (3.0 in range(5)): count (stop_at_first = false) or the
// index of the first match (-1 none). -2 on error.
int64_t linear_scan(Interp& interp, Range* r, Value x, bool stop_at_first) {
  Value it = get_iter(interp, Value::object(r));
  if (it.is_null()) return -2;
  int64_t count = 0;
  for (int64_t i = 0;; i++) {
    Value v = next_item(interp, it);
    if (v.is_null()) return interp.has_error() ? -2 : (stop_at_first ? -1 : count);
    int eq = equal(interp, v, x);
    if (eq < 0) return -2;
    if (eq) {
      if (stop_at_first) return i;
      count++;
    }
  }
}

int range_contains(Interp& interp, Value self, Value x) {
  Range* r = self.as<Range>();
  if (is_exact_int(interp, x)) {
    Value xi = x.is_bool() ? Value::small_int(x.is_true() ? 1 : 0) : x;
    return contains_int(interp, r, xi);
  }
  int64_t i = linear_scan(interp, r, x, true);
  return i == -2 ? -1 : i >= 0;
}

Value range_iter(Interp& interp, Value self) { return range_iter_new(interp, self.as<Range>(), false); }

// CPython compares ranges as sequences: same length, and (if non-empty) same first item
// and (if longer than one) same step.
int range_equal(Interp& interp, Range* a, Range* b) {
  if (a == b) return 1;
  if (int_cmp(interp, a->length, b->length) != 0) return 0;
  if (int_sign(a->length) == 0) return 1;
  if (int_cmp(interp, a->start, b->start) != 0) return 0;
  if (int_cmp(interp, a->length, Value::small_int(1)) == 0) return 1;
  return int_cmp(interp, a->step, b->step) == 0;
}

Value range_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if (!is_range(a) || !is_range(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return interp.not_implemented;
  int eq = range_equal(interp, a.as<Range>(), b.as<Range>());
  return Value::boolean((eq == 1) == (op == CmpOp::Eq));
}

int64_t range_hash(Interp& interp, Value self) {
  Range* r = self.as<Range>();
  Tuple* t = tuple_new(interp, 3);
  if (t == nullptr) return -1;
  t->items[0] = r->length;
  if (int_sign(r->length) != 0) {
    t->items[1] = r->start;
    if (int_cmp(interp, r->length, Value::small_int(1)) != 0) t->items[2] = r->step;
  }
  return hash(interp, Value::object(t));
}

Value range_getattr(Interp& interp, Value self, Str* name) {
  Range* r = self.as<Range>();
  std::string_view n = name->view();
  if (n == "start") return r->start;
  if (n == "stop") return r->stop;
  if (n == "step") return r->step;
  return generic_getattr(interp, self, name);
}

Value m_count(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "count", kwnames)) return Value::null();
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "range.count() takes exactly one argument (%zu given)", nargs - 1);
  Range* r = args[0].as<Range>();
  if (is_exact_int(interp, args[1])) {
    int c = range_contains(interp, args[0], args[1]);
    return c < 0 ? Value::null() : Value::small_int(c);
  }
  int64_t c = linear_scan(interp, r, args[1], false);
  return c == -2 ? Value::null() : make_int(interp, c);
}

Value m_index(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "index", kwnames)) return Value::null();
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "range.index() takes exactly one argument (%zu given)", nargs - 1);
  Range* r = args[0].as<Range>();
  Value x = args[1];
  if (is_exact_int(interp, x)) {
    Value xi = x.is_bool() ? Value::small_int(x.is_true() ? 1 : 0) : x;
    int c = contains_int(interp, r, xi);
    if (c < 0) return Value::null();
    if (c) {
      Value off = int_op(interp, BinOp::Sub, xi, r->start);
      if (off.is_null()) return off;
      return int_op(interp, BinOp::FloorDiv, off, r->step);
    }
    std::string msg;
    if (!repr_into(interp, x, msg)) return Value::null();
    return raise_str(interp, interp.exc_types.ValueError, msg + " is not in range");
  }
  int64_t i = linear_scan(interp, r, x, true);
  if (i == -2) return Value::null();
  if (i < 0) return raise(interp, interp.exc_types.ValueError, "sequence.index(x): x not in sequence");
  return make_int(interp, i);
}

Value m_reversed(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "__reversed__", kwnames)) return Value::null();
  return range_iter_new(interp, args[0].as<Range>(), true);
}

void range_trace(Object* self, Tracer& t) {
  Range* r = static_cast<Range*>(self);
  t.mark(r->start);
  t.mark(r->stop);
  t.mark(r->step);
  t.mark(r->length);
}

}  // namespace

Value range_new(Interp& interp, Value start, Value stop, Value step) {
  if (int_sign(step) == 0) return raise(interp, interp.exc_types.ValueError, "range() arg 3 must not be zero");
  Range* r = gc_new<Range>(interp.heap, interp.types.range, Kind::Range);
  if (r == nullptr) return raise_no_memory(interp);
  r->start = start;
  r->stop = stop;
  r->step = step;
  int64_t a, b, c;
  if (int_to_int64(start, &a) && int_to_int64(stop, &b) && int_to_int64(step, &c)) {
    i128 n = 0;
    if (c > 0 && a < b) n = (i128(b) - a - 1) / c + 1;
    else if (c < 0 && a > b) n = (i128(a) - b - 1) / (-i128(c)) + 1;
    r->length = make_int(interp, int64_t(n));   // at most 2^64 - 1: fits unless huge
    if (n <= INT64_MAX) {
      r->small = true;
      r->istart = a;
      r->istep = c;
      r->ilen = int64_t(n);
      return Value::object(r);
    }
  }
  // Exact path: length = (hi - lo - 1) // |step| + 1 when lo < hi.
  bool up = int_sign(step) > 0;
  Value lo = up ? start : stop, hi = up ? stop : start;
  Value astep = up ? step : int_op(interp, BinOp::Sub, Value::small_int(0), step);
  if (astep.is_null()) return astep;
  if (int_cmp(interp, lo, hi) >= 0) {
    r->length = Value::small_int(0);
  } else {
    Value d = int_op(interp, BinOp::Sub, hi, lo);
    if (d.is_null()) return d;
    d = int_op(interp, BinOp::Sub, d, Value::small_int(1));
    if (d.is_null()) return d;
    d = int_op(interp, BinOp::FloorDiv, d, astep);
    if (d.is_null()) return d;
    r->length = int_op(interp, BinOp::Add, d, Value::small_int(1));
    if (r->length.is_null()) return r->length;
  }
  return Value::object(r);
}

bool init_range_type(Interp& interp) {
  Type* t = interp.types.range;
  t->instance_kind = Kind::Range;
  t->instance_size = sizeof(Range);
  t->type_flags &= ~uint32_t(kTypeBaseType);
  t->new_ = range_new_slot;
  t->repr = range_repr;
  t->hash = range_hash;
  t->compare = range_compare;
  t->len = range_len;
  t->to_bool = range_bool;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->iter = range_iter;
  t->getattr = range_getattr;
  t->trace = range_trace;
  static const MethodDef methods[] = {
      {"count", m_count},
      {"index", m_index},
      {"__reversed__", m_reversed},
  };
  return add_methods(interp, t, methods, sizeof(methods) / sizeof(methods[0]));
}

}  // namespace coil
