// The builtin iterator types whose constructor is the builtin itself: enumerate, zip
// (strict=), map, filter, reversed, and callable_iterator (iter(f, sentinel)).
#include <string>
#include <vector>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

Value iter_self(Interp&, Value self) { return self; }

Value invalid_keyword(Interp& interp, Str* name, const char* func) {
  std::string msg = "'";
  msg += name->view();
  msg += "' is an invalid keyword argument for ";
  msg += func;
  msg += "()";
  return raise_str(interp, interp.exc_types.TypeError, msg);
}

bool no_kwargs(Interp& interp, const char* func, Tuple* kwnames) {
  if (kwnames == nullptr || kwnames->size == 0) return true;
  raise(interp, interp.exc_types.TypeError, "%s() takes no keyword arguments", func);
  return false;
}

// Iterators of `args`, as a tuple.
Tuple* iterators_of(Interp& interp, const Value* args, size_t n) {
  Tuple* t = tuple_new(interp, n);
  if (t == nullptr) return nullptr;
  for (size_t i = 0; i < n; i++) {
    Value it = get_iter(interp, args[i]);
    if (it.is_null()) return nullptr;
    t->items[i] = it;
  }
  return t;
}

// ---- enumerate(iterable, start=0) ----

Value enumerate_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value iterable, start;
  size_t nkw = kwnames == nullptr ? 0 : kwnames->size;
  if (nargs + nkw > 2)
    return raise(interp, interp.exc_types.TypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkw);
  if (nargs >= 1) iterable = args[0];
  if (nargs >= 2) start = args[1];
  for (size_t k = 0; k < nkw; k++) {
    Str* name = kwnames->items[k].as<Str>();
    Value v = args[nargs + k];
    if (name->view() == "iterable" && iterable.is_null()) iterable = v;
    else if (name->view() == "start" && start.is_null()) start = v;
    else if (name->view() == "iterable" || name->view() == "start")
      return raise(interp, interp.exc_types.TypeError, "argument for enumerate() given by name ('%s') and position (%d)",
                   name->data, name->view() == "iterable" ? 1 : 2);
    else return invalid_keyword(interp, name, "enumerate");
  }
  if (iterable.is_null())
    return raise(interp, interp.exc_types.TypeError, "enumerate() missing required argument 'iterable'");
  Value it = get_iter(interp, iterable);
  if (it.is_null()) return Value::null();
  EnumerateIter* e = gc_new<EnumerateIter>(interp.heap, cls, Kind::Iterator, instance_extra(cls, sizeof(EnumerateIter)));
  if (e == nullptr) return raise_no_memory(interp);
  e->it = it;
  if (!start.is_null()) {
    if (!is_int_like(start)) {
      Value m = lookup_special(interp, start, interp.names.__index__);
      if (m.is_null()) {
        if (interp.has_error()) return Value::null();
        return raise(interp, interp.exc_types.TypeError, "'%s' object cannot be interpreted as an integer",
                     type_name(interp, start));
      }
      start = call_special(interp, start, interp.names.__index__, {});
      if (start.is_null()) return start;
    }
    if (start.is_bool()) start = Value::small_int(start.is_true() ? 1 : 0);
    if (!start.is_small_int()) e->big_index = start;
    else e->index = start.as_small_int();
  }
  return Value::object(e);
}

Value enumerate_next(Interp& interp, Value self) {
  EnumerateIter* e = self.as<EnumerateIter>();
  Value item = next_item(interp, e->it);
  if (item.is_null()) return item;
  Value index;
  if (e->big_index.is_null() && e->index < Value::kMaxSmall) {
    index = Value::small_int(e->index++);
  } else {
    if (e->big_index.is_null()) e->big_index = Value::small_int(e->index);
    index = e->big_index;
    Value next = int_binary(interp, BinOp::Add, index, Value::small_int(1));
    if (next.is_null()) return next;
    e->big_index = next;
  }
  Tuple* t = tuple_pack(interp, {index, item});
  return t == nullptr ? Value::null() : Value::object(t);
}

void enumerate_trace(Object* self, Tracer& t) {
  EnumerateIter* e = static_cast<EnumerateIter*>(self);
  t.mark(e->it);
  t.mark(e->big_index);
}

// ---- zip(*iterables, strict=False) ----

Value zip_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  bool strict = false;
  size_t nkw = kwnames == nullptr ? 0 : kwnames->size;
  for (size_t k = 0; k < nkw; k++) {
    Str* name = kwnames->items[k].as<Str>();
    if (name->view() != "strict") return invalid_keyword(interp, name, "zip");
    int t = truthy(interp, args[nargs + k]);
    if (t < 0) return Value::null();
    strict = t != 0;
  }
  Tuple* iters = iterators_of(interp, args, nargs);
  if (iters == nullptr) return Value::null();
  ZipIter* z = gc_new<ZipIter>(interp.heap, cls, Kind::Iterator, instance_extra(cls, sizeof(ZipIter)));
  if (z == nullptr) return raise_no_memory(interp);
  z->iters = iters;
  z->strict = strict;
  return Value::object(z);
}

// strict: iterator i ran out first (i > 0), or iterator 0 ran out and some later one did not.
Value zip_strict_check(Interp& interp, ZipIter* z, size_t i) {
  z->done = true;
  if (i > 0) {
    if (i == 1) return raise(interp, interp.exc_types.ValueError, "zip() argument 2 is shorter than argument 1");
    return raise(interp, interp.exc_types.ValueError, "zip() argument %zu is shorter than arguments 1-%zu", i + 1, i);
  }
  for (size_t j = 1; j < z->iters->size; j++) {
    Value v = next_item(interp, z->iters->items[j]);
    if (v.is_null()) {
      if (interp.has_error()) return Value::null();
      continue;
    }
    if (j == 1) return raise(interp, interp.exc_types.ValueError, "zip() argument 2 is longer than argument 1");
    return raise(interp, interp.exc_types.ValueError, "zip() argument %zu is longer than arguments 1-%zu", j + 1, j);
  }
  return Value::null();
}

Value zip_next(Interp& interp, Value self) {
  ZipIter* z = self.as<ZipIter>();
  size_t n = z->iters->size;
  if (n == 0 || z->done) return Value::null();
  Tuple* result = tuple_new(interp, n);
  if (result == nullptr) return Value::null();
  for (size_t i = 0; i < n; i++) {
    Value v = next_item(interp, z->iters->items[i]);
    if (v.is_null()) {
      if (interp.has_error()) return v;
      if (z->strict) return zip_strict_check(interp, z, i);
      z->done = true;
      return v;
    }
    result->items[i] = v;
  }
  return Value::object(result);
}

void zip_trace(Object* self, Tracer& t) { t.mark(static_cast<ZipIter*>(self)->iters); }

// ---- map(func, *iterables) ----

Value map_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (cls == interp.types.map && !no_kwargs(interp, "map", kwnames)) return Value::null();
  if (nargs < 2) return raise(interp, interp.exc_types.TypeError, "map() must have at least two arguments.");
  Tuple* iters = iterators_of(interp, args + 1, nargs - 1);
  if (iters == nullptr) return Value::null();
  MapIter* m = gc_new<MapIter>(interp.heap, cls, Kind::Iterator, instance_extra(cls, sizeof(MapIter)));
  if (m == nullptr) return raise_no_memory(interp);
  m->func = args[0];
  m->iters = iters;
  return Value::object(m);
}

Value map_next(Interp& interp, Value self) {
  MapIter* m = self.as<MapIter>();
  size_t n = m->iters->size;
  Value small[4];
  Value* argv = small;
  std::vector<Value> big;
  if (n > 4) {
    big.resize(n);
    argv = big.data();
  }
  for (size_t i = 0; i < n; i++) {
    argv[i] = next_item(interp, m->iters->items[i]);
    if (argv[i].is_null()) return Value::null();
  }
  return call(interp, m->func, argv, n);
}

void map_trace(Object* self, Tracer& t) {
  MapIter* m = static_cast<MapIter*>(self);
  t.mark(m->func);
  t.mark(m->iters);
}

// ---- filter(func or None, iterable) ----

Value filter_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (cls == interp.types.filter && !no_kwargs(interp, "filter", kwnames)) return Value::null();
  if (nargs != 2) return raise(interp, interp.exc_types.TypeError, "filter expected 2 arguments, got %zu", nargs);
  Value it = get_iter(interp, args[1]);
  if (it.is_null()) return it;
  FilterIter* f = gc_new<FilterIter>(interp.heap, cls, Kind::Iterator, instance_extra(cls, sizeof(FilterIter)));
  if (f == nullptr) return raise_no_memory(interp);
  f->func = args[0];
  f->it = it;
  return Value::object(f);
}

Value filter_next(Interp& interp, Value self) {
  FilterIter* f = self.as<FilterIter>();
  for (;;) {
    Value item = next_item(interp, f->it);
    if (item.is_null()) return item;
    int ok;
    if (f->func.is_none() || f->func == Value::object(interp.types.bool_)) {
      ok = truthy(interp, item);
    } else {
      Value r = call(interp, f->func, &item, 1);
      if (r.is_null()) return r;
      ok = truthy(interp, r);
    }
    if (ok < 0) return Value::null();
    if (ok) return item;
  }
}

void filter_trace(Object* self, Tracer& t) {
  FilterIter* f = static_cast<FilterIter*>(self);
  t.mark(f->func);
  t.mark(f->it);
}

// ---- reversed(seq) ----

Value reversed_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (cls == interp.types.reversed && !no_kwargs(interp, "reversed", kwnames)) return Value::null();
  if (nargs != 1) return raise(interp, interp.exc_types.TypeError, "reversed expected 1 argument, got %zu", nargs);
  Value seq = args[0];
  Value method = lookup_special(interp, seq, interp.names.__reversed__);
  if (!method.is_null() && !method.is_none()) return call_special(interp, seq, interp.names.__reversed__, {});
  if (interp.has_error()) return Value::null();
  Type* t = type_of(interp, seq);
  bool sequence = method.is_null() && t->getitem != nullptr && !is_kind(seq, Kind::Dict) &&
                  (t->len != nullptr || !lookup_special(interp, seq, interp.names.__len__).is_null());
  if (!sequence) {
    if (interp.has_error()) return Value::null();
    return raise(interp, interp.exc_types.TypeError, "'%s' object is not reversible", type_name(interp, seq));
  }
  int64_t n = length(interp, seq);
  if (n < 0) return Value::null();
  SeqIter* it = gc_new<SeqIter>(interp.heap, cls, Kind::Iterator, instance_extra(cls, sizeof(SeqIter)));
  if (it == nullptr) return raise_no_memory(interp);
  it->seq = seq;
  it->index = n - 1;
  return Value::object(it);
}

Value reversed_length_hint(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  SeqIter* it = args[0].as<SeqIter>();
  if (it->seq.is_null() || it->index < 0) return Value::small_int(0);
  int64_t n = length(interp, it->seq);
  if (n < 0) return Value::null();
  return Value::small_int(n < it->index + 1 ? 0 : it->index + 1);
}

// ---- callable_iterator: iter(func, sentinel) ----

Value callable_iter_next(Interp& interp, Value self) {
  CallableIter* c = self.as<CallableIter>();
  if (c->func.is_null()) return Value::null();
  Value v = call(interp, c->func, nullptr, 0);
  if (v.is_null()) {
    if (error_matches(interp, interp.exc_types.StopIteration)) {
      clear_error(interp);
      c->func = Value::null();
    }
    return v;
  }
  int eq = equal(interp, v, c->sentinel);
  if (eq < 0) return Value::null();
  if (eq) {
    c->func = Value::null();
    c->sentinel = Value::null();
    return Value::null();
  }
  return v;
}

void callable_iter_trace(Object* self, Tracer& t) {
  CallableIter* c = static_cast<CallableIter*>(self);
  t.mark(c->func);
  t.mark(c->sentinel);
}

void setup(Type* t, NewFn new_, NextFn next, TraceFn trace, size_t size) {
  t->instance_kind = Kind::Iterator;
  t->instance_size = uint32_t(size);
  t->new_ = new_;
  t->iter = iter_self;
  t->next = next;
  t->trace = trace;
  if (new_ == nullptr) {
    t->type_flags &= ~uint32_t(kTypeBaseType);
    t->type_flags |= kTypeAbstractNew;
  }
}

}  // namespace

Value callable_iterator_new(Interp& interp, Value callable, Value sentinel) {
  CallableIter* c = gc_new<CallableIter>(interp.heap, interp.types.callable_iterator, Kind::Iterator);
  if (c == nullptr) return raise_no_memory(interp);
  c->func = callable;
  c->sentinel = sentinel;
  return Value::object(c);
}

bool init_func_iterators(Interp& interp) {
  BuiltinTypes& t = interp.types;
  setup(t.enumerate, enumerate_new, enumerate_next, enumerate_trace, sizeof(EnumerateIter));
  setup(t.zip, zip_new, zip_next, zip_trace, sizeof(ZipIter));
  setup(t.map, map_new, map_next, map_trace, sizeof(MapIter));
  setup(t.filter, filter_new, filter_next, filter_trace, sizeof(FilterIter));
  setup(t.reversed, reversed_new, reversed_next_fn(), seq_iter_trace_fn(), sizeof(SeqIter));
  setup(t.callable_iterator, nullptr, callable_iter_next, callable_iter_trace, sizeof(CallableIter));
  static const MethodDef reversed_methods[] = {{"__length_hint__", reversed_length_hint}};
  return add_methods(interp, t.reversed, reversed_methods, 1);
}

}  // namespace coil
