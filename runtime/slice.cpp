// slice objects and CPython's index clamping (PySlice_Unpack + PySlice_AdjustIndices).
#include "runtime/slice.h"
#include <cstdint>
#include <string>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

namespace coil {

namespace {

constexpr int64_t kSsizeMax = INT64_MAX;
constexpr int64_t kSsizeMin = INT64_MIN;

// An int clamped to the int64 range, as PyNumber_AsSsize_t(v, NULL) does for slices.
int64_t clamp_int(Value v) {
  int64_t n;
  if (int_to_int64(v, &n)) return n;
  return int_sign(v) < 0 ? kSsizeMin : kSsizeMax;
}

// _PyEval_SliceIndex: None keeps the default; ints and __index__ objects are clamped.
bool slice_part(Interp& interp, Value v, int64_t* out) {
  if (v.is_none()) return true;
  if (v.is_small_int()) { *out = v.as_small_int(); return true; }
  if (is_int_like(v)) { *out = v.is_bool() ? (v.is_true() ? 1 : 0) : clamp_int(v); return true; }
  Value method = lookup_special(interp, v, interp.names.__index__);
  if (method.is_null()) {
    if (interp.has_error()) return false;
    raise(interp, interp.exc_types.TypeError,
          "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value r = call_special(interp, v, interp.names.__index__, {});
  if (r.is_null()) return false;
  if (!is_int_like(r)) {
    raise(interp, interp.exc_types.TypeError, "__index__ returned non-int (type %s)", type_name(interp, r));
    return false;
  }
  *out = r.is_bool() ? (r.is_true() ? 1 : 0) : clamp_int(r);
  return true;
}

Value slice_repr(Interp& interp, Value self) {
  Slice* s = self.as<Slice>();
  std::string out = "slice(";
  if (!repr_into(interp, s->start, out)) return Value::null();
  out += ", ";
  if (!repr_into(interp, s->stop, out)) return Value::null();
  out += ", ";
  if (!repr_into(interp, s->step, out)) return Value::null();
  out += ")";
  return str_value(interp, out);
}

Value slice_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if (!is_slice(a) || !is_slice(b)) return interp.not_implemented;
  if (a == b && (op == CmpOp::Eq || op == CmpOp::Ne)) return Value::boolean(op == CmpOp::Eq);
  Slice* x = a.as<Slice>();
  Slice* y = b.as<Slice>();
  Value xs[3] = {x->start, x->stop, x->step};
  Value ys[3] = {y->start, y->stop, y->step};
  return sequence_compare(
      interp, 3, 3, [&](size_t i, Value* v) { if (i >= 3) return false; *v = xs[i]; return true; },
      [&](size_t i, Value* v) { if (i >= 3) return false; *v = ys[i]; return true; }, op);
}

Value slice_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0)
    return raise(interp, interp.exc_types.TypeError, "slice() takes no keyword arguments");
  if (nargs == 0) return raise(interp, interp.exc_types.TypeError, "slice expected at least 1 argument, got 0");
  if (nargs > 3)
    return raise(interp, interp.exc_types.TypeError, "slice expected at most 3 arguments, got %zu", nargs);
  if (nargs == 1) return slice_new(interp, Value::none(), args[0], Value::none());
  return slice_new(interp, args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

Value slice_getattr(Interp& interp, Value self, Str* name) {
  Slice* s = self.as<Slice>();
  std::string_view n = name->view();
  if (n == "start") return s->start;
  if (n == "stop") return s->stop;
  if (n == "step") return s->step;
  return generic_getattr(interp, self, name);
}

// slice.indices(length): the clamped (start, stop, step) triple.
Value slice_indices_method(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "indices", kwnames)) return Value::null();
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "slice.indices() takes exactly one argument (%zu given)", nargs - 1);
  int64_t length;
  if (!to_index(interp, args[1], &length)) return Value::null();
  if (length < 0) return raise(interp, interp.exc_types.ValueError, "length should not be negative");
  int64_t start, stop, step, n;
  if (!slice_indices(interp, args[0], length, &start, &stop, &step, &n)) return Value::null();
  // PySlice_AdjustIndices leaves -1 for an empty negative-step slice; indices() reports the
  // same values CPython's slice.indices does (it clamps with its own, equivalent rules).
  Tuple* t = tuple_new(interp, 3);
  if (t == nullptr) return Value::null();
  t->items[0] = make_int(interp, start);
  t->items[1] = make_int(interp, stop);
  t->items[2] = make_int(interp, step);
  return Value::object(t);
}

void slice_trace(Object* self, Tracer& t) {
  Slice* s = static_cast<Slice*>(self);
  t.mark(s->start);
  t.mark(s->stop);
  t.mark(s->step);
}

}  // namespace

Value slice_new(Interp& interp, Value start, Value stop, Value step) {
  Slice* s = gc_new<Slice>(interp.heap, interp.types.slice, Kind::Slice);
  if (s == nullptr) return raise_no_memory(interp);
  s->start = start;
  s->stop = stop;
  s->step = step;
  return Value::object(s);
}

bool slice_indices(Interp& interp, Value slice, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* slicelength) {
  Slice* s = slice.as<Slice>();
  int64_t st = 1;
  if (!s->step.is_none()) {
    if (!slice_part(interp, s->step, &st)) return false;
    if (st == 0) {
      raise(interp, interp.exc_types.ValueError, "slice step cannot be zero");
      return false;
    }
    if (st < -kSsizeMax) st = -kSsizeMax;   // so that -step cannot overflow
  }
  int64_t lo = st < 0 ? kSsizeMax : 0;
  int64_t hi = st < 0 ? kSsizeMin : kSsizeMax;
  if (!slice_part(interp, s->start, &lo)) return false;
  if (!slice_part(interp, s->stop, &hi)) return false;

  if (lo < 0) {
    lo += length;
    if (lo < 0) lo = st < 0 ? -1 : 0;
  } else if (lo >= length) {
    lo = st < 0 ? length - 1 : length;
  }
  if (hi < 0) {
    hi += length;
    if (hi < 0) hi = st < 0 ? -1 : 0;
  } else if (hi >= length) {
    hi = st < 0 ? length - 1 : length;
  }
  int64_t n = 0;
  if (st < 0) {
    if (hi < lo) n = (lo - hi - 1) / (-st) + 1;
  } else if (lo < hi) {
    n = (hi - lo - 1) / st + 1;
  }
  *start = lo;
  *stop = hi;
  *step = st;
  *slicelength = n;
  return true;
}

bool init_slice_type(Interp& interp) {
  Type* t = interp.types.slice;
  t->instance_kind = Kind::Slice;
  t->instance_size = sizeof(Slice);
  t->type_flags = (t->type_flags & ~uint32_t(kTypeBaseType)) | kTypeUnhashable;
  t->new_ = slice_new_slot;
  t->repr = slice_repr;
  t->hash = hash_unhashable;
  t->compare = slice_compare;
  t->getattr = slice_getattr;
  t->trace = slice_trace;
  static const MethodDef methods[] = {
      {"indices", slice_indices_method},
  };
  return add_methods(interp, t, methods, sizeof(methods) / sizeof(methods[0]));
}

}  // namespace coil
