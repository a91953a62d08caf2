// Iterators over the builtin containers: list/tuple (forward), list_reverseiterator, the
// `reversed` and seq_iterator objects (through __getitem__), range_iterator, dict key/value/
// item iterators (forward and reversed) and set_iterator. None allocates per step except
// the (key, value) tuples of dict items and ints beyond the small range.
#include <cstdint>
#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

Value iter_self(Interp&, Value self) { return self; }

// ---- sequences ----

Value list_iter_next(Interp&, Value self) {
  SeqIter* it = self.as<SeqIter>();
  if (it->seq.is_null()) return Value::null();
  List* l = it->seq.as<List>();
  if (uint64_t(it->index) < l->size) return l->items[it->index++];
  it->seq = Value::null();
  return Value::null();
}

Value tuple_iter_next(Interp&, Value self) {
  SeqIter* it = self.as<SeqIter>();
  if (it->seq.is_null()) return Value::null();
  Tuple* t = it->seq.as<Tuple>();
  if (uint64_t(it->index) < t->size) return t->items[it->index++];
  it->seq = Value::null();
  return Value::null();
}

Value list_reverse_next(Interp&, Value self) {
  SeqIter* it = self.as<SeqIter>();
  if (it->seq.is_null()) return Value::null();
  List* l = it->seq.as<List>();
  if (it->index >= 0 && uint64_t(it->index) < l->size) return l->items[it->index--];
  it->seq = Value::null();
  return Value::null();
}

// seq[index] through the protocol; IndexError and StopIteration end the iteration.
Value getitem_or_end(Interp& interp, SeqIter* it) {
  Value v = getitem(interp, it->seq, make_int(interp, it->index));
  if (v.is_null()) {
    if (error_matches(interp, interp.exc_types.IndexError) || error_matches(interp, interp.exc_types.StopIteration)) {
      clear_error(interp);
      it->seq = Value::null();
    }
  }
  return v;
}

Value seq_iter_next(Interp& interp, Value self) {
  SeqIter* it = self.as<SeqIter>();
  if (it->seq.is_null()) return Value::null();
  Value v = getitem_or_end(interp, it);
  if (!v.is_null()) it->index++;
  return v;
}

// The `reversed` object over a sequence without __reversed__.
Value reversed_next(Interp& interp, Value self) {
  SeqIter* it = self.as<SeqIter>();
  if (it->seq.is_null()) return Value::null();
  if (it->index < 0) {
    it->seq = Value::null();
    return Value::null();
  }
  if (is_tuple(it->seq)) {
    Tuple* t = it->seq.as<Tuple>();
    if (uint64_t(it->index) < t->size) return t->items[it->index--];
    it->seq = Value::null();
    return Value::null();
  }
  Value v = getitem_or_end(interp, it);
  if (!v.is_null()) it->index--;
  return v;
}

void seq_iter_trace(Object* self, Tracer& t) { t.mark(static_cast<SeqIter*>(self)->seq); }

// ---- range ----

Value range_iter_next(Interp& interp, Value self) {
  RangeIter* it = self.as<RangeIter>();
  if (!it->big) {
    if (it->remaining == 0) return Value::null();
    int64_t v = it->next;
    it->next = int64_t(uint64_t(it->next) + uint64_t(it->step));   // may wrap after the last item
    it->remaining--;
    return Value::fits_small(v) ? Value::small_int(v) : make_int(interp, v);
  }
  if (int_sign(it->big_remaining) == 0) return Value::null();
  Value v = it->big_next;
  Value next = int_binary(interp, BinOp::Add, v, it->big_step);
  if (next.is_null()) return next;
  Value rem = int_binary(interp, BinOp::Sub, it->big_remaining, Value::small_int(1));
  if (rem.is_null()) return rem;
  it->big_next = next;
  it->big_remaining = rem;
  return v;
}

void range_iter_trace(Object* self, Tracer& t) {
  RangeIter* it = static_cast<RangeIter*>(self);
  t.mark(it->big_next);
  t.mark(it->big_step);
  t.mark(it->big_remaining);
}

// ---- dict ----

// Finds the next live entry for a dict iterator; null at the end or on a size change.
DictEntry* dict_iter_step(Interp& interp, DictIter* it) {
  Dict* d = it->dict;
  if (d == nullptr) return nullptr;
  if (d->used != it->used) {
    raise(interp, interp.exc_types.RuntimeError, "dictionary changed size during iteration");
    it->used = size_t(-1);   // sticky, as CPython
    return nullptr;
  }
  DictEntry* e = nullptr;
  if (!it->reverse) {
    size_t i = it->pos;
    while (i < d->nentries && d->entries[i].key.is_null()) i++;
    if (i < d->nentries) {
      e = &d->entries[i];
      it->pos = i + 1;
    }
  } else {
    size_t i = it->pos;   // entries not yet visited, counting from the end
    if (i > d->nentries) i = d->nentries;
    while (i > 0 && d->entries[i - 1].key.is_null()) i--;
    if (i > 0) {
      e = &d->entries[i - 1];
      it->pos = i - 1;
    }
  }
  if (e == nullptr) {
    it->dict = nullptr;
    return nullptr;
  }
  if (it->remaining == 0) {
    raise(interp, interp.exc_types.RuntimeError, "dictionary keys changed during iteration");
    it->dict = nullptr;
    return nullptr;
  }
  it->remaining--;
  return e;
}

Value dict_key_next(Interp& interp, Value self) {
  DictEntry* e = dict_iter_step(interp, self.as<DictIter>());
  return e == nullptr ? Value::null() : e->key;
}

Value dict_value_next(Interp& interp, Value self) {
  DictEntry* e = dict_iter_step(interp, self.as<DictIter>());
  return e == nullptr ? Value::null() : e->value;
}

Value dict_item_next(Interp& interp, Value self) {
  DictEntry* e = dict_iter_step(interp, self.as<DictIter>());
  if (e == nullptr) return Value::null();
  Tuple* t = tuple_pack(interp, {e->key, e->value});
  return t == nullptr ? Value::null() : Value::object(t);
}

void dict_iter_trace(Object* self, Tracer& t) { t.mark(static_cast<DictIter*>(self)->dict); }

// ---- set ----

Value set_iter_next(Interp& interp, Value self) {
  SetIter* it = self.as<SetIter>();
  Set* s = it->set;
  if (s == nullptr) return Value::null();
  if (s->used != it->used) {
    raise(interp, interp.exc_types.RuntimeError, "Set changed size during iteration");
    it->used = size_t(-1);
    return Value::null();
  }
  Value key;
  if (!set_next(s, &it->pos, &key)) {
    it->set = nullptr;
    return Value::null();
  }
  if (it->remaining) it->remaining--;
  return key;
}

void set_iter_trace(Object* self, Tracer& t) { t.mark(static_cast<SetIter*>(self)->set); }

// __length_hint__ for the iterators that know it cheaply.
Value length_hint(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  Object* o = args[0].as_object();
  Type* t = o->type;
  int64_t n = 0;
  if (t == interp.types.list_iterator || t == interp.types.tuple_iterator) {
    SeqIter* it = static_cast<SeqIter*>(o);
    if (!it->seq.is_null()) {
      int64_t size = is_list(it->seq) ? int64_t(it->seq.as<List>()->size) : int64_t(it->seq.as<Tuple>()->size);
      n = size > it->index ? size - it->index : 0;
    }
  } else if (t == interp.types.list_reverseiterator) {
    SeqIter* it = static_cast<SeqIter*>(o);
    if (!it->seq.is_null() && it->index >= 0 && uint64_t(it->index) < it->seq.as<List>()->size) n = it->index + 1;
  } else if (t == interp.types.range_iterator) {
    RangeIter* it = static_cast<RangeIter*>(o);
    if (it->big) return it->big_remaining;
    return make_int(interp, int64_t(it->remaining));
  } else if (t == interp.types.set_iterator) {
    SetIter* it = static_cast<SetIter*>(o);
    n = it->set == nullptr ? 0 : int64_t(it->remaining);
  } else {
    DictIter* it = static_cast<DictIter*>(o);
    n = it->dict == nullptr || it->dict->used != it->used ? 0 : int64_t(it->remaining);
  }
  return Value::small_int(n);
}

bool setup(Interp& interp, Type* t, NextFn next, TraceFn trace, size_t size, bool hint) {
  t->instance_kind = Kind::Iterator;
  t->instance_size = uint32_t(size);
  t->type_flags &= ~uint32_t(kTypeBaseType);
  t->type_flags |= kTypeAbstractNew;
  t->iter = iter_self;
  t->next = next;
  t->trace = trace;
  if (!hint) return true;
  static const MethodDef methods[] = {{"__length_hint__", length_hint}};
  return add_methods(interp, t, methods, 1);
}

}  // namespace

Value seq_iter_new(Interp& interp, Type* type, Value seq) {
  SeqIter* it = gc_new<SeqIter>(interp.heap, type, Kind::Iterator);
  if (it == nullptr) return raise_no_memory(interp);
  it->seq = seq;
  it->index = 0;
  return Value::object(it);
}

Value seq_reverse_iter_new(Interp& interp, Type* type, Value seq, int64_t len) {
  SeqIter* it = gc_new<SeqIter>(interp.heap, type, Kind::Iterator);
  if (it == nullptr) return raise_no_memory(interp);
  it->seq = seq;
  it->index = len - 1;
  return Value::object(it);
}

Value seq_iterator_new(Interp& interp, Value seq) { return seq_iter_new(interp, interp.types.seq_iterator, seq); }

Value range_iter_new(Interp& interp, Range* r, bool reverse) {
  RangeIter* it = gc_new<RangeIter>(interp.heap, interp.types.range_iterator, Kind::Iterator);
  if (it == nullptr) return raise_no_memory(interp);
  if (r->small && !(reverse && r->istep == INT64_MIN)) {
    it->remaining = uint64_t(r->ilen);
    if (!reverse) {
      it->next = r->istart;
      it->step = r->istep;
    } else {
      it->next = r->ilen == 0 ? r->istart : int64_t(__int128(r->istart) + __int128(r->ilen - 1) * r->istep);
      it->step = -r->istep;
    }
    return Value::object(it);
  }
  it->big = true;
  it->big_remaining = r->length;
  if (!reverse) {
    it->big_next = r->start;
    it->big_step = r->step;
    return Value::object(it);
  }
  Value last = int_binary(interp, BinOp::Sub, r->length, Value::small_int(1));
  if (last.is_null()) return last;
  last = int_binary(interp, BinOp::Mul, last, r->step);
  if (last.is_null()) return last;
  it->big_next = int_binary(interp, BinOp::Add, r->start, last);
  it->big_step = int_binary(interp, BinOp::Sub, Value::small_int(0), r->step);
  if (it->big_next.is_null() || it->big_step.is_null()) return Value::null();
  return Value::object(it);
}

Value dict_iter_new(Interp& interp, Dict* d, int kind, bool reverse) {
  Type* t = kind == 0 ? interp.types.dict_keyiterator
          : kind == 1 ? interp.types.dict_valueiterator
                      : interp.types.dict_itemiterator;
  DictIter* it = gc_new<DictIter>(interp.heap, t, Kind::Iterator);
  if (it == nullptr) return raise_no_memory(interp);
  it->dict = d;
  it->used = d->used;
  it->remaining = d->used;
  it->reverse = reverse;
  it->pos = reverse ? d->nentries : 0;
  return Value::object(it);
}

Value set_iter_new(Interp& interp, Set* s) {
  SetIter* it = gc_new<SetIter>(interp.heap, interp.types.set_iterator, Kind::Iterator);
  if (it == nullptr) return raise_no_memory(interp);
  it->set = s;
  it->used = s->used;
  it->remaining = s->used;
  return Value::object(it);
}

bool init_seq_iterators(Interp& interp) {
  BuiltinTypes& t = interp.types;
  return setup(interp, t.list_iterator, list_iter_next, seq_iter_trace, sizeof(SeqIter), true) &&
         setup(interp, t.tuple_iterator, tuple_iter_next, seq_iter_trace, sizeof(SeqIter), true) &&
         setup(interp, t.list_reverseiterator, list_reverse_next, seq_iter_trace, sizeof(SeqIter), true) &&
         setup(interp, t.seq_iterator, seq_iter_next, seq_iter_trace, sizeof(SeqIter), false) &&
         setup(interp, t.range_iterator, range_iter_next, range_iter_trace, sizeof(RangeIter), true) &&
         setup(interp, t.dict_keyiterator, dict_key_next, dict_iter_trace, sizeof(DictIter), true) &&
         setup(interp, t.dict_valueiterator, dict_value_next, dict_iter_trace, sizeof(DictIter), true) &&
         setup(interp, t.dict_itemiterator, dict_item_next, dict_iter_trace, sizeof(DictIter), true) &&
         setup(interp, t.set_iterator, set_iter_next, set_iter_trace, sizeof(SetIter), true);
}

// The `reversed` type's next/trace are shared with the sequence iterators above.
NextFn reversed_next_fn() { return reversed_next; }
TraceFn seq_iter_trace_fn() { return seq_iter_trace; }

}  // namespace coil
