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

Set* set_intersection(Interp& interp, Set* so, Value other) {
  Set* result = set_make_base(interp, so->type, Value::null());
  if (result == nullptr) return nullptr;
  if (is_anyset(other)) {
    Set* a = so;
    Set* b = other.as<Set>();
    if (b->used > a->used) std::swap(a, b);   // walk the smaller one
    size_t pos = 0;
    SetEntry* e;
    while (set_next_entry(b, &pos, &e)) {
      Value key = e->key;
      int64_t h = e->hash;
      int r = set_contains_entry(interp, a, key, h);
      if (r < 0) return nullptr;
      if (r && set_add_entry(interp, result, key, h) < 0) return nullptr;
    }
    return result;
  }
  Value it = get_iter(interp, other);
  if (it.is_null()) return nullptr;
  for (;;) {
    Value key = next_item(interp, it);
    if (key.is_null()) return interp.has_error() ? nullptr : result;
    int64_t h = dict_key_hash(interp, key);
    if (h == -1) return nullptr;
    int r = set_contains_entry(interp, so, key, h);
    if (r < 0) return nullptr;
    if (r && set_add_entry(interp, result, key, h) < 0) return nullptr;
  }
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
  if (is_anyset(other)) {
    Set* o = other.as<Set>();
    size_t pos = 0;
    SetEntry* e;
    while (set_next_entry(o, &pos, &e))
      if (set_discard_entry(interp, so, e->key, e->hash) < 0) return false;
  } else {
    Value it = get_iter(interp, other);
    if (it.is_null()) return false;
    for (;;) {
      Value key = next_item(interp, it);
      if (key.is_null()) {
        if (interp.has_error()) return false;
        break;
      }
      if (set_discard(interp, so, key) < 0) return false;
    }
  }
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
  if (is_dict(other)) {
    Dict* d = other.as<Dict>();
    for (size_t i = 0; i < d->nentries; i++) {
      DictEntry e = d->entries[i];
      if (e.key.is_null()) continue;
      int r = set_discard_entry(interp, so, e.key, e.hash);
      if (r < 0) return false;
      if (r == 0 && set_add_entry(interp, so, e.key, e.hash) < 0) return false;
    }
    return true;
  }
  Set* o;
  if (is_anyset(other)) {
    o = other.as<Set>();
  } else {
    o = set_make_base(interp, so->type, other);
    if (o == nullptr) return false;
  }
  size_t pos = 0;
  SetEntry* e;
  while (set_next_entry(o, &pos, &e)) {
    Value key = e->key;
    int64_t h = e->hash;
    int r = set_discard_entry(interp, so, key, h);
    if (r < 0) return false;
    if (r == 0 && set_add_entry(interp, so, key, h) < 0) return false;
  }
  return true;
}

Set* set_symmetric_difference(Interp& interp, Set* so, Value other) {
  Set* result = set_make_base(interp, so->type, other);
  if (result == nullptr || !set_symmetric_difference_update(interp, result, Value::object(so))) return nullptr;
  return result;
}

// 1 / 0 / -1. `other` must be a set or frozenset.
int set_issubset_of(Interp& interp, Set* so, Set* other) {
  if (so->used > other->used) return 0;
  size_t pos = 0;
  SetEntry* e;
  while (set_next_entry(so, &pos, &e)) {
    int r = set_contains_entry(interp, other, e->key, e->hash);
    if (r <= 0) return r;
  }
  return 1;
}

namespace {

Value set_result(Set* s) { return s == nullptr ? Value::null() : Value::object(s); }

// A set view of any iterable (the set itself if it already is one).
Set* as_set(Interp& interp, Value other) {
  if (is_anyset(other)) return other.as<Set>();
  return set_make_base(interp, interp.types.set, other);
}

bool no_kwargs(Interp& interp, const char* name, Tuple* kwnames) {
  return check_no_kwargs(interp, name, kwnames);
}

Value m_union(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(interp, "union", kwnames)) return Value::null();
  Set* result = set_copy_base(interp, args[0].as<Set>());
  if (result == nullptr) return Value::null();
  for (size_t i = 1; i < nargs; i++)
    if (!set_update(interp, result, args[i])) return Value::null();
  return Value::object(result);
}

Value m_update(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(interp, "update", kwnames)) return Value::null();
  for (size_t i = 1; i < nargs; i++)
    if (!set_update(interp, args[0].as<Set>(), args[i])) return Value::null();
  return Value::none();
}

Value m_intersection(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(interp, "intersection", kwnames)) return Value::null();
  Set* so = args[0].as<Set>();
  if (nargs == 1) return set_result(set_copy_base(interp, so));
  Set* result = so;
  for (size_t i = 1; i < nargs; i++) {
    result = set_intersection(interp, result, args[i]);
    if (result == nullptr) return Value::null();
  }
  return Value::object(result);
}

Value m_intersection_update(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(interp, "intersection_update", kwnames)) return Value::null();
  for (size_t i = 1; i < nargs; i++)
    if (!set_intersection_update(interp, args[0].as<Set>(), args[i])) return Value::null();
  return Value::none();
}

Value m_difference(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(interp, "difference", kwnames)) return Value::null();
  Set* so = args[0].as<Set>();
  if (nargs == 1) return set_result(set_copy_base(interp, so));
  Set* result = set_difference(interp, so, args[1]);
  if (result == nullptr) return Value::null();
  for (size_t i = 2; i < nargs; i++)
    if (!set_difference_update(interp, result, args[i])) return Value::null();
  return Value::object(result);
}

Value m_difference_update(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(interp, "difference_update", kwnames)) return Value::null();
  for (size_t i = 1; i < nargs; i++)
    if (!set_difference_update(interp, args[0].as<Set>(), args[i])) return Value::null();
  return Value::none();
}

bool exactly_one(Interp& interp, const char* name, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(interp, name, kwnames)) return false;
  if (nargs != 2) {
    raise(interp, interp.exc_types.TypeError, "%s() takes exactly one argument (%zu given)", name, nargs - 1);
    return false;
  }
  return true;
}

Value m_symmetric_difference(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = args[0].as_object()->kind == Kind::FrozenSet ? "frozenset.symmetric_difference"
                                                                  : "set.symmetric_difference";
  if (!exactly_one(interp, name, nargs, kwnames)) return Value::null();
  return set_result(set_symmetric_difference(interp, args[0].as<Set>(), args[1]));
}

Value m_symmetric_difference_update(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exactly_one(interp, "set.symmetric_difference_update", nargs, kwnames)) return Value::null();
  if (!set_symmetric_difference_update(interp, args[0].as<Set>(), args[1])) return Value::null();
  return Value::none();
}

const char* owner_name(Value self) { return self.as_object()->kind == Kind::FrozenSet ? "frozenset" : "set"; }

Value m_issubset(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string name = std::string(owner_name(args[0])) + ".issubset";
  if (!exactly_one(interp, name.c_str(), nargs, kwnames)) return Value::null();
  Set* other = as_set(interp, args[1]);
  if (other == nullptr) return Value::null();
  int r = set_issubset_of(interp, args[0].as<Set>(), other);
  return r < 0 ? Value::null() : Value::boolean(r);
}

Value m_issuperset(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string name = std::string(owner_name(args[0])) + ".issuperset";
  if (!exactly_one(interp, name.c_str(), nargs, kwnames)) return Value::null();
  Set* so = args[0].as<Set>();
  if (is_anyset(args[1])) {
    int r = set_issubset_of(interp, args[1].as<Set>(), so);
    return r < 0 ? Value::null() : Value::boolean(r);
  }
  Value it = get_iter(interp, args[1]);
  if (it.is_null()) return Value::null();
  for (;;) {
    Value key = next_item(interp, it);
    if (key.is_null()) return interp.has_error() ? Value::null() : Value::true_();
    int r = set_contains(interp, so, key);
    if (r < 0) return Value::null();
    if (!r) return Value::false_();
  }
}

Value m_isdisjoint(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string name = std::string(owner_name(args[0])) + ".isdisjoint";
  if (!exactly_one(interp, name.c_str(), nargs, kwnames)) return Value::null();
  Set* so = args[0].as<Set>();
  if (is_anyset(args[1])) {
    Set* a = so;
    Set* b = args[1].as<Set>();
    if (a->used > b->used) std::swap(a, b);
    size_t pos = 0;
    SetEntry* e;
    while (set_next_entry(a, &pos, &e)) {
      int r = set_contains_entry(interp, b, e->key, e->hash);
      if (r < 0) return Value::null();
      if (r) return Value::false_();
    }
    return Value::true_();
  }
  Value it = get_iter(interp, args[1]);
  if (it.is_null()) return Value::null();
  for (;;) {
    Value key = next_item(interp, it);
    if (key.is_null()) return interp.has_error() ? Value::null() : Value::true_();
    int r = set_contains(interp, so, key);
    if (r < 0) return Value::null();
    if (r) return Value::false_();
  }
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
