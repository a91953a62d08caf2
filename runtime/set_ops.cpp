// Set algebra as CPython does it (same iteration choices, so results iterate in the same
// order): union, intersection, difference, symmetric difference, subset tests, and the
// operator slots | & - ^ with their in-place forms.
#include <string>
#include <utility>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/tuple.h"

namespace coil {

// A new set or frozenset (never a subclass) matching t's base, filled from iterable (may be null).
Set* set_make_base(Interp& interp, Type* t, Value iterable) {
  Type* base = is_subtype(t, interp.types.set) ? interp.types.set : interp.types.frozenset;
  Set* s = set_new(interp, base);
  if (s == nullptr) return nullptr;
  if (!iterable.is_null() && !set_update(interp, s, iterable)) return nullptr;
  return s;
}

Set* set_copy_base(Interp& interp, Set* so) { return set_make_base(interp, so->type, Value::object(so)); }

namespace {

// Calls f(key, hash) for each element of `elements`: a set's entries with their stored hashes,
// any other iterable's items hashed as they come. f returns 1 to go on, 0 to stop, -1 on
// error; the result is 1 when every element was seen, else what f returned last.
template <class F>
int for_each_hashed(Interp& interp, Value elements, F&& f) {
  if (is_anyset(elements)) {
    size_t pos = 0;
    SetEntry* e;
    while (set_next_entry(elements.as<Set>(), &pos, &e)) {
      int r = f(e->key, e->hash);
      if (r <= 0) return r;
    }
    return 1;
  }
  Value it = get_iter(interp, elements);
  if (it.is_null()) return -1;
  for (;;) {
    Value key = next_item(interp, it);
    if (key.is_null()) return interp.has_error() ? -1 : 1;
    int64_t h = dict_key_hash(interp, key);
    if (h == -1) return -1;
    int r = f(key, h);
    if (r <= 0) return r;
  }
}

}  // namespace

Set* set_intersection(Interp& interp, Set* so, Value other) {
  Set* result = set_make_base(interp, so->type, Value::null());
  if (result == nullptr) return nullptr;
  // Walk the smaller set (other when sizes tie), looking each key up in the larger.
  Value walked = other;
  Set* probed = so;
  if (is_anyset(other) && other.as<Set>()->used > so->used) {
    walked = Value::object(so);
    probed = other.as<Set>();
  }
  int r = for_each_hashed(interp, walked, [&](Value key, int64_t h) {
    int found = set_contains_entry(interp, probed, key, h);
    if (found < 0 || (found && set_add_entry(interp, result, key, h) < 0)) return -1;
    return 1;
  });
  return r < 0 ? nullptr : result;
}

bool set_intersection_update(Interp& interp, Set* so, Value other) {
  Set* tmp = set_intersection(interp, so, other);
  if (tmp == nullptr) return false;
  // Swap the tables: tmp (garbage now) takes the old one and frees it when collected.
  std::swap(so->table, tmp->table);
  std::swap(so->used, tmp->used);
  std::swap(so->fill, tmp->fill);
  std::swap(so->mask, tmp->mask);
  so->aux = 0;
  return true;
}

bool set_difference_update(Interp& interp, Set* so, Value other) {
  if (other.is_object() && other.as_object() == so) {
    set_clear_table(interp, so);
    return true;
  }
  int r = for_each_hashed(interp, other, [&](Value key, int64_t h) {
    return set_discard_entry(interp, so, key, h) < 0 ? -1 : 1;
  });
  if (r < 0) return false;
  if (so->fill - so->used <= so->mask / 4) return true;
  return set_table_resize(interp, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Set* set_difference(Interp& interp, Set* so, Value other) {
  size_t other_size;
  if (is_anyset(other)) other_size = other.as<Set>()->used;
  else if (is_dict(other) && other.as_object()->type == interp.types.dict) other_size = other.as<Dict>()->used;
  else other_size = size_t(-1);
  if (other_size == size_t(-1) || (so->used >> 2) > other_size) {
    Set* result = set_copy_base(interp, so);
    if (result == nullptr || !set_difference_update(interp, result, other)) return nullptr;
    return result;
  }
  Set* result = set_make_base(interp, so->type, Value::null());
  if (result == nullptr) return nullptr;
  size_t pos = 0;
  SetEntry* e;
  while (set_next_entry(so, &pos, &e)) {
    Value key = e->key;
    int64_t h = e->hash;
    int r;
    if (is_dict(other)) {
      int64_t ix = dict_find(interp, other.as<Dict>(), key, h);
      r = ix == -3 ? -1 : ix >= 0;
    } else {
      r = set_contains_entry(interp, other.as<Set>(), key, h);
    }
    if (r < 0) return nullptr;
    if (!r && set_add_entry(interp, result, key, h) < 0) return nullptr;
  }
  return result;
}

bool set_symmetric_difference_update(Interp& interp, Set* so, Value other) {
  if (other.is_object() && other.as_object() == so) {
    set_clear_table(interp, so);
    return true;
  }
  // Remove the key if present, else add it.
  auto toggle = [&](Value key, int64_t h) {
    int r = set_discard_entry(interp, so, key, h);
    if (r < 0 || (r == 0 && set_add_entry(interp, so, key, h) < 0)) return -1;
    return 1;
  };
  if (is_dict(other)) {
    Dict* d = other.as<Dict>();
    for (size_t i = 0; i < d->nentries; i++) {
      DictEntry e = d->entries[i];
      if (!e.key.is_null() && toggle(e.key, e.hash) < 0) return false;
    }
    return true;
  }
  // Any other iterable becomes a set first, so a repeated item toggles once.
  if (!is_anyset(other)) {
    Set* o = set_make_base(interp, so->type, other);
    if (o == nullptr) return false;
    other = Value::object(o);
  }
  return for_each_hashed(interp, other, toggle) >= 0;
}

Set* set_symmetric_difference(Interp& interp, Set* so, Value other) {
  Set* result = set_make_base(interp, so->type, other);
  if (result == nullptr || !set_symmetric_difference_update(interp, result, Value::object(so))) return nullptr;
  return result;
}

// 1 / 0 / -1. `other` must be a set or frozenset.
int set_issubset_of(Interp& interp, Set* so, Set* other) {
  if (so->used > other->used) return 0;
  return for_each_hashed(interp, Value::object(so), [&](Value key, int64_t h) {
    return set_contains_entry(interp, other, key, h);
  });
}

namespace {

Value set_result(Set* s) { return s == nullptr ? Value::null() : Value::object(s); }

// A set view of any iterable (the set itself if it already is one).
Set* as_set(Interp& interp, Value other) {
  if (is_anyset(other)) return other.as<Set>();
  return set_make_base(interp, interp.types.set, other);
}

const char* owner_name(Value self) { return self.as_object()->kind == Kind::FrozenSet ? "frozenset" : "set"; }

// Errors name the method `set.method` or `frozenset.method` after self, as CPython's do.
bool no_kwargs(Interp& interp, Value self, const char* method, Tuple* kwnames) {
  if (kwnames == nullptr || kwnames->size == 0) return true;
  return check_no_kwargs(interp, (std::string(owner_name(self)) + "." + method).c_str(), kwnames);
}

// Applies the in-place `update` to `target` with each of args[first..nargs).
bool update_each(Interp& interp, Set* target, const Value* args, size_t first, size_t nargs,
                 bool (*update)(Interp&, Set*, Value)) {
  for (size_t i = first; i < nargs; i++)
    if (!update(interp, target, args[i])) return false;
  return true;
}

Value m_union(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(interp, args[0], "union", kwnames)) return Value::null();
  Set* result = set_copy_base(interp, args[0].as<Set>());
  if (result == nullptr || !update_each(interp, result, args, 1, nargs, set_update)) return Value::null();
  return Value::object(result);
}

Value m_intersection(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(interp, args[0], "intersection", kwnames)) return Value::null();
  Set* so = args[0].as<Set>();
  if (nargs == 1) return set_result(set_copy_base(interp, so));
  Set* result = so;
  for (size_t i = 1; i < nargs; i++) {
    result = set_intersection(interp, result, args[i]);
    if (result == nullptr) return Value::null();
  }
  return Value::object(result);
}

Value m_difference(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(interp, args[0], "difference", kwnames)) return Value::null();
  Set* so = args[0].as<Set>();
  if (nargs == 1) return set_result(set_copy_base(interp, so));
  Set* result = set_difference(interp, so, args[1]);
  if (result == nullptr || !update_each(interp, result, args, 2, nargs, set_difference_update))
    return Value::null();
  return Value::object(result);
}

// set.update, set.intersection_update and set.difference_update: any number of iterables.
template <bool (*Update)(Interp&, Set*, Value)>
Value m_update_with(Interp& interp, const char* name, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  if (!no_kwargs(interp, args[0], name, kwnames)) return Value::null();
  return update_each(interp, args[0].as<Set>(), args, 1, nargs, Update) ? Value::none() : Value::null();
}
Value m_update(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  return m_update_with<set_update>(interp, "update", args, nargs, kwnames);
}
Value m_intersection_update(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  return m_update_with<set_intersection_update>(interp, "intersection_update", args, nargs, kwnames);
}
Value m_difference_update(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  return m_update_with<set_difference_update>(interp, "difference_update", args, nargs, kwnames);
}

// For the methods taking exactly one argument; errors name them `set.method` or
// `frozenset.method` after self.
bool exactly_one(Interp& interp, const Value* args, const char* method, size_t nargs,
                 Tuple* kwnames) {
  if (nargs == 2 && (kwnames == nullptr || kwnames->size == 0)) return true;
  std::string name = std::string(owner_name(args[0])) + "." + method;
  if (!check_no_kwargs(interp, name.c_str(), kwnames)) return false;
  raise(interp, interp.exc_types.TypeError, "%s() takes exactly one argument (%zu given)",
        name.c_str(), nargs - 1);
  return false;
}

Value m_symmetric_difference(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one(interp, args, "symmetric_difference", nargs, kwnames)) return Value::null();
  return set_result(set_symmetric_difference(interp, args[0].as<Set>(), args[1]));
}

Value m_symmetric_difference_update(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one(interp, args, "symmetric_difference_update", nargs, kwnames)) return Value::null();
  if (!set_symmetric_difference_update(interp, args[0].as<Set>(), args[1])) return Value::null();
  return Value::none();
}

Value bool_result(int r) { return r < 0 ? Value::null() : Value::boolean(r); }

Value m_issubset(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one(interp, args, "issubset", nargs, kwnames)) return Value::null();
  Set* other = as_set(interp, args[1]);
  if (other == nullptr) return Value::null();
  return bool_result(set_issubset_of(interp, args[0].as<Set>(), other));
}

Value m_issuperset(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one(interp, args, "issuperset", nargs, kwnames)) return Value::null();
  Set* so = args[0].as<Set>();
  if (is_anyset(args[1])) return bool_result(set_issubset_of(interp, args[1].as<Set>(), so));
  return bool_result(for_each_hashed(interp, args[1], [&](Value key, int64_t h) {
    return set_contains_entry(interp, so, key, h);
  }));
}

Value m_isdisjoint(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one(interp, args, "isdisjoint", nargs, kwnames)) return Value::null();
  // Walk the smaller set (self when sizes tie), looking each key up in the larger.
  Set* so = args[0].as<Set>();
  Value walked = args[1];
  Set* probed = so;
  if (is_anyset(walked) && so->used <= walked.as<Set>()->used) {
    probed = walked.as<Set>();
    walked = Value::object(so);
  }
  return bool_result(for_each_hashed(interp, walked, [&](Value key, int64_t h) {
    int found = set_contains_entry(interp, probed, key, h);
    return found < 0 ? -1 : 1 - found;
  }));
}

}  // namespace

// The | & - ^ operators between two sets/frozensets; the result follows the left operand.
Value set_binary(Interp& interp, BinOp op, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return interp.not_implemented;
  Set* so = a.as<Set>();
  switch (op) {
    case BinOp::Or: {
      Set* r = set_copy_base(interp, so);
      if (r == nullptr || !set_merge(interp, r, b.as<Set>())) return Value::null();
      return Value::object(r);
    }
    case BinOp::And: return set_result(set_intersection(interp, so, b));
    case BinOp::Sub: return set_result(set_difference(interp, so, b));
    case BinOp::Xor: return set_result(set_symmetric_difference(interp, so, b));
    default: return interp.not_implemented;
  }
}

Value set_inplace(Interp& interp, BinOp op, Value a, Value b) {
  if (!is_kind(a, Kind::Set) || !is_anyset(b)) return interp.not_implemented;
  Set* so = a.as<Set>();
  bool ok;
  switch (op) {
    case BinOp::Or: ok = set_merge(interp, so, b.as<Set>()); break;
    case BinOp::And: ok = set_intersection_update(interp, so, b); break;
    case BinOp::Sub: ok = set_difference_update(interp, so, b); break;
    case BinOp::Xor: ok = set_symmetric_difference_update(interp, so, b); break;
    default: return interp.not_implemented;
  }
  return ok ? a : Value::null();
}

bool init_set_ops(Interp& interp) {
  static const MethodDef common[] = {
      {"union", m_union},
      {"intersection", m_intersection},
      {"difference", m_difference},
      {"symmetric_difference", m_symmetric_difference},
      {"issubset", m_issubset},
      {"issuperset", m_issuperset},
      {"isdisjoint", m_isdisjoint},
  };
  static const MethodDef mutating[] = {
      {"update", m_update},
      {"intersection_update", m_intersection_update},
      {"difference_update", m_difference_update},
      {"symmetric_difference_update", m_symmetric_difference_update},
  };
  size_t nc = sizeof(common) / sizeof(common[0]);
  return add_methods(interp, interp.types.set, common, nc) &&
         add_methods(interp, interp.types.frozenset, common, nc) &&
         add_methods(interp, interp.types.set, mutating, sizeof(mutating) / sizeof(mutating[0]));
}

}  // namespace coil
