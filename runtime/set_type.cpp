// The set and frozenset types: constructors, repr, frozenset hash, comparisons (subset
// order), membership (a set key is retried as a frozenset), and the element methods
// add, discard, remove, pop, clear, copy.
#include <string>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/iterators.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

Value set_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Set* s = set_new(interp, cls);
  return s == nullptr ? Value::null() : Value::object(s);
}

int set_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0 && self.as_object()->type == interp.types.set) {
    raise(interp, interp.exc_types.TypeError, "set() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    raise(interp, interp.exc_types.TypeError, "set expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  Set* s = self.as<Set>();
  if (s->used) set_clear_table(interp, s);
  if (nargs == 0) return 0;
  return set_update(interp, s, args[0]) ? 0 : -1;
}

Value frozenset_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0 && cls == interp.types.frozenset)
    return raise(interp, interp.exc_types.TypeError, "frozenset() takes no keyword arguments");
  if (nargs > 1)
    return raise(interp, interp.exc_types.TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
  if (nargs == 1 && cls == interp.types.frozenset && args[0].is_object() &&
      args[0].as_object()->type == interp.types.frozenset)
    return args[0];
  Set* s = set_new(interp, cls);
  if (s == nullptr) return Value::null();
  if (nargs == 1 && !set_update(interp, s, args[0])) return Value::null();
  return Value::object(s);
}

// {1, 2} / set() / frozenset({1}) / MySet({1})
Value set_repr(Interp& interp, Value self) {
  Set* s = self.as<Set>();
  Type* t = s->type;
  bool plain = t == interp.types.set;
  std::string name(reinterpret_cast<Str*>(t->name)->view());
  if (s->used == 0) return str_value(interp, name + "()");
  ReprGuard guard(interp, s);
  if (guard.state() == 0) return str_value(interp, name + "(...)");
  if (guard.state() < 0) return Value::null();
  std::string out;
  if (!plain) out = name + "(";
  out += "{";
  bool first = true;
  size_t pos = 0;
  Value key;
  while (set_next(s, &pos, &key)) {
    if (!first) out += ", ";
    first = false;
    if (!repr_into(interp, key, out)) return Value::null();
  }
  out += "}";
  if (!plain) out += ")";
  return str_value(interp, out);
}

inline uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

// CPython's frozenset hash: order-independent, cached.
int64_t frozenset_hash(Interp& interp, Value self) {
  Set* s = self.as<Set>();
  if (s->hash != -1) return s->hash;
  uint64_t h = 0;
  size_t pos = 0;
  SetEntry* e;
  while (set_next_entry(s, &pos, &e)) h ^= shuffle_bits(uint64_t(e->hash));
  h ^= (uint64_t(s->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == uint64_t(-1)) h = 590923713ULL;
  s->hash = int64_t(h);
  return s->hash;
}

Value set_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if (!is_anyset(a) || !is_anyset(b)) return interp.not_implemented;
  Set* x = a.as<Set>();
  Set* y = b.as<Set>();
  int r;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (x->used != y->used) r = 0;
      else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) r = 0;
      else r = set_issubset_of(interp, x, y);
      if (r < 0) return Value::null();
      return Value::boolean((r == 1) == (op == CmpOp::Eq));
    case CmpOp::Le: r = set_issubset_of(interp, x, y); break;
    case CmpOp::Ge: r = set_issubset_of(interp, y, x); break;
    case CmpOp::Lt: r = x->used < y->used ? set_issubset_of(interp, x, y) : 0; break;
    case CmpOp::Gt: r = x->used > y->used ? set_issubset_of(interp, y, x) : 0; break;
    default: r = 0;
  }
  return r < 0 ? Value::null() : Value::boolean(r);
}

int64_t set_len(Interp&, Value self) { return int64_t(self.as<Set>()->used); }

// A mutable set used as a key is looked up as the equal frozenset, as CPython does.
template <class Op>
int with_frozen_retry(Interp& interp, Value key, Op op) {
  int r = op(key);
  if (r < 0 && is_kind(key, Kind::Set) && error_matches(interp, interp.exc_types.TypeError)) {
    clear_error(interp);
    Set* tmp = set_make_base(interp, interp.types.frozenset, key);
    if (tmp == nullptr) return -1;
    r = op(Value::object(tmp));
  }
  return r;
}

int set_contains_slot(Interp& interp, Value self, Value key) {
  Set* s = self.as<Set>();
  return with_frozen_retry(interp, key, [&](Value k) { return set_contains(interp, s, k); });
}

Value set_iter(Interp& interp, Value self) { return set_iter_new(interp, self.as<Set>()); }

bool one_arg(Interp& interp, const char* name, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, name, kwnames)) return false;
  if (nargs != 2) {
    raise(interp, interp.exc_types.TypeError, "%s() takes exactly one argument (%zu given)", name, nargs - 1);
    return false;
  }
  return true;
}

bool no_args(Interp& interp, const char* name, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, name, kwnames)) return false;
  if (nargs != 1) {
    raise(interp, interp.exc_types.TypeError, "%s() takes no arguments (%zu given)", name, nargs - 1);
    return false;
  }
  return true;
}

Value m_add(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg(interp, "set.add", nargs, kwnames)) return Value::null();
  if (set_add(interp, args[0].as<Set>(), args[1]) < 0) return Value::null();
  return Value::none();
}

Value m_discard(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg(interp, "set.discard", nargs, kwnames)) return Value::null();
  Set* s = args[0].as<Set>();
  int r = with_frozen_retry(interp, args[1], [&](Value k) { return set_discard(interp, s, k); });
  return r < 0 ? Value::null() : Value::none();
}

Value m_remove(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg(interp, "set.remove", nargs, kwnames)) return Value::null();
  Set* s = args[0].as<Set>();
  int r = with_frozen_retry(interp, args[1], [&](Value k) { return set_discard(interp, s, k); });
  if (r < 0) return Value::null();
  if (r == 0) return raise_key_error(interp, args[1]);
  return Value::none();
}

// Pops from a moving finger (Object::aux), as CPython does, so repeated pops are O(1).
Value m_pop(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_args(interp, "set.pop", nargs, kwnames)) return Value::null();
  Set* s = args[0].as<Set>();
  if (s->used == 0) return raise_str(interp, interp.exc_types.KeyError, "pop from an empty set");
  size_t i = s->aux & s->mask;
  while (s->table[i].key.is_null() || s->table[i].key.raw() == kSetDummy.raw()) {
    i++;
    if (i > s->mask) i = 0;
  }
  Value key = s->table[i].key;
  s->table[i].key = kSetDummy;
  s->table[i].hash = -1;
  s->used--;
  s->aux = uint32_t(i + 1);
  return key;
}

Value m_clear(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_args(interp, "set.clear", nargs, kwnames)) return Value::null();
  set_clear_table(interp, args[0].as<Set>());
  return Value::none();
}

Value m_copy(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  Set* s = args[0].as<Set>();
  bool frozen = s->kind == Kind::FrozenSet;
  if (!no_args(interp, frozen ? "frozenset.copy" : "set.copy", nargs, kwnames)) return Value::null();
  if (frozen && s->type == interp.types.frozenset) return args[0];
  Set* r = set_copy_base(interp, s);
  return r == nullptr ? Value::null() : Value::object(r);
}

void fill_common(Type* t) {
  t->repr = set_repr;
  t->compare = set_compare;
  t->len = set_len;
  t->contains = set_contains_slot;
  t->iter = set_iter;
  t->binary = set_binary;
  t->trace = set_trace;
  t->finalize = set_finalize;
}

}  // namespace

bool init_set_types(Interp& interp) {
  Type* s = interp.types.set;
  s->instance_kind = Kind::Set;
  s->instance_size = sizeof(Set);
  s->type_flags |= kTypeUnhashable;
  fill_common(s);
  s->new_ = set_new_slot;
  s->init = set_init;
  s->hash = hash_unhashable;
  s->inplace = set_inplace;
  Type* f = interp.types.frozenset;
  f->instance_kind = Kind::FrozenSet;
  f->instance_size = sizeof(Set);
  fill_common(f);
  f->new_ = frozenset_new_slot;
  f->hash = frozenset_hash;
  static const MethodDef set_methods[] = {
      {"add", m_add}, {"discard", m_discard}, {"remove", m_remove}, {"pop", m_pop},
      {"clear", m_clear}, {"copy", m_copy},
  };
  static const MethodDef frozen_methods[] = {{"copy", m_copy}};
  return add_methods(interp, s, set_methods, sizeof(set_methods) / sizeof(set_methods[0])) &&
         add_methods(interp, f, frozen_methods, 1) && init_set_ops(interp);
}

}  // namespace coil
