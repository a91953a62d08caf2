// The dict type: constructor, slots (repr, ==, the mapping protocol with __missing__, |, |=)
// and methods (get, setdefault, update, pop, popitem, copy, clear, fromkeys, __reversed__).
#include <string>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

bool set_item_any(Interp& interp, Value target, Value key, Value value) {
  if (is_dict(target)) return dict_set(interp, target.as<Dict>(), key, value);
  return setitem(interp, target, key, value) == 0;
}

// Merges the pairs of an iterable ("dictionary update sequence element #0 has length 1;
// 2 is required").
bool merge_pairs(Interp& interp, Dict* d, Value iterable) {
  Value it = get_iter(interp, iterable);
  if (it.is_null()) return false;
  for (int64_t n = 0;; n++) {
    Value item = next_item(interp, it);
    if (item.is_null()) return !interp.has_error();
    Value pair[2];
    if (is_tuple(item) || is_list(item)) {
      size_t size = is_tuple(item) ? item.as<Tuple>()->size : item.as<List>()->size;
      const Value* items = is_tuple(item) ? item.as<Tuple>()->items : item.as<List>()->items;
      if (size != 2) {
        raise(interp, interp.exc_types.ValueError,
              "dictionary update sequence element #%lld has length %zu; 2 is required", (long long)n, size);
        return false;
      }
      pair[0] = items[0];
      pair[1] = items[1];
    } else {
      Value seq = sequence_to_list(interp, item);
      if (seq.is_null()) {
        if (error_matches(interp, interp.exc_types.TypeError)) {
          clear_error(interp);
          raise(interp, interp.exc_types.TypeError,
                "cannot convert dictionary update sequence element #%lld to a sequence", (long long)n);
        }
        return false;
      }
      List* l = seq.as<List>();
      if (l->size != 2) {
        raise(interp, interp.exc_types.ValueError,
              "dictionary update sequence element #%lld has length %zu; 2 is required", (long long)n, l->size);
        return false;
      }
      pair[0] = l->items[0];
      pair[1] = l->items[1];
    }
    if (!dict_set(interp, d, pair[0], pair[1])) return false;
  }
}

// The keyword arguments of dict(...) / d.update(...).
bool merge_kwargs(Interp& interp, Dict* d, const Value* values, Tuple* kwnames) {
  if (kwnames == nullptr) return true;
  for (size_t k = 0; k < kwnames->size; k++)
    if (!dict_set(interp, d, kwnames->items[k], values[k])) return false;
  return true;
}

Value dict_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Dict* d = dict_alloc(interp, cls, 0);
  return d == nullptr ? Value::null() : Value::object(d);
}

int dict_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 1) {
    raise(interp, interp.exc_types.TypeError, "dict expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  Dict* d = self.as<Dict>();
  if (nargs == 1 && !dict_update(interp, d, args[0])) return -1;
  return merge_kwargs(interp, d, args + nargs, kwnames) ? 0 : -1;
}

Value dict_repr(Interp& interp, Value self) {
  Dict* d = self.as<Dict>();
  if (d->used == 0) return str_value(interp, "{}");
  ReprGuard guard(interp, d);
  if (guard.state() == 0) return str_value(interp, "{...}");
  if (guard.state() < 0) return Value::null();
  std::string out = "{";
  bool first = true;
  for (size_t i = 0; i < d->nentries; i++) {   // re-read: a __repr__ may mutate the dict
    DictEntry e = d->entries[i];
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    if (!repr_into(interp, e.key, out)) return Value::null();
    out += ": ";
    if (!repr_into(interp, e.value, out)) return Value::null();
  }
  out += "}";
  return str_value(interp, out);
}

// 1 equal, 0 not, -1 error: same size and every key maps to an equal value.
int dict_equal(Interp& interp, Dict* a, Dict* b) {
  if (a->used != b->used) return 0;
  if (!enter_recursion(interp, " in comparison")) return -1;
  for (size_t i = 0; i < a->nentries; i++) {
    DictEntry e = a->entries[i];
    if (e.key.is_null()) continue;
    int64_t ix = dict_find(interp, b, e.key, e.hash);
    if (ix == -3) { leave_recursion(interp); return -1; }
    if (ix < 0) { leave_recursion(interp); return 0; }
    int eq = equal(interp, e.value, b->entries[ix].value);
    if (eq <= 0) { leave_recursion(interp); return eq; }
  }
  leave_recursion(interp);
  return 1;
}

Value dict_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return interp.not_implemented;
  int eq = dict_equal(interp, a.as<Dict>(), b.as<Dict>());
  if (eq < 0) return Value::null();
  return Value::boolean((eq == 1) == (op == CmpOp::Eq));
}

int64_t dict_len(Interp&, Value self) { return int64_t(self.as<Dict>()->used); }

Value dict_getitem(Interp& interp, Value self, Value key) {
  Dict* d = self.as<Dict>();
  Value v;
  int r = dict_lookup(interp, d, key, &v);
  if (r > 0) return v;
  if (r < 0) return Value::null();
  if (d->type != interp.types.dict) {
    Value missing = lookup_special(interp, self, interp.names.__missing__);
    if (!missing.is_null()) return call_special(interp, self, interp.names.__missing__, {key});
    if (interp.has_error()) return Value::null();
  }
  return raise_key_error(interp, key);
}

int dict_setitem(Interp& interp, Value self, Value key, Value v) {
  Dict* d = self.as<Dict>();
  if (!v.is_null()) return dict_set(interp, d, key, v) ? 0 : -1;
  int r = dict_del(interp, d, key);
  if (r == 0) raise_key_error(interp, key);
  return r > 0 ? 0 : -1;
}

int dict_contains(Interp& interp, Value self, Value key) {
  Value v;
  return dict_lookup(interp, self.as<Dict>(), key, &v);
}

Value dict_iter(Interp& interp, Value self) { return dict_iter_new(interp, self.as<Dict>(), 0, false); }

Value dict_binary(Interp& interp, BinOp op, Value a, Value b) {
  if (op != BinOp::Or || !is_dict(a) || !is_dict(b)) return interp.not_implemented;
  Dict* r = dict_copy(interp, a.as<Dict>());
  if (r == nullptr || !dict_update(interp, r, b)) return Value::null();
  return Value::object(r);
}

Value dict_inplace(Interp& interp, BinOp op, Value a, Value b) {
  if (op != BinOp::Or || !is_dict(a)) return interp.not_implemented;
  if (!dict_update(interp, a.as<Dict>(), b)) return Value::null();
  return a;
}

// ---- methods ----

bool arg_count(Interp& interp, const char* name, size_t given, size_t min, size_t max) {
  if (given < min) {
    raise(interp, interp.exc_types.TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
          min == 1 ? "" : "s", given);
    return false;
  }
  if (given > max) {
    raise(interp, interp.exc_types.TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
          max == 1 ? "" : "s", given);
    return false;
  }
  return true;
}

Value m_get(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "get", kwnames) || !arg_count(interp, "get", nargs - 1, 1, 2)) return Value::null();
  Value v;
  int r = dict_lookup(interp, args[0].as<Dict>(), args[1], &v);
  if (r < 0) return Value::null();
  if (r > 0) return v;
  return nargs == 3 ? args[2] : Value::none();
}

Value m_setdefault(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "setdefault", kwnames) || !arg_count(interp, "setdefault", nargs - 1, 1, 2))
    return Value::null();
  Dict* d = args[0].as<Dict>();
  int64_t h = dict_key_hash(interp, args[1]);
  if (h == -1) return Value::null();
  int64_t ix = dict_find(interp, d, args[1], h);
  if (ix == -3) return Value::null();
  if (ix >= 0) return d->entries[ix].value;
  Value dflt = nargs == 3 ? args[2] : Value::none();
  if (!dict_insert(interp, d, args[1], h, dflt)) return Value::null();
  return dflt;
}

Value m_update(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 2)
    return raise(interp, interp.exc_types.TypeError, "update expected at most 1 argument, got %zu", nargs - 1);
  Dict* d = args[0].as<Dict>();
  if (nargs == 2 && !dict_update(interp, d, args[1])) return Value::null();
  if (!merge_kwargs(interp, d, args + nargs, kwnames)) return Value::null();
  return Value::none();
}

Value m_pop(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "pop", kwnames) || !arg_count(interp, "pop", nargs - 1, 1, 2)) return Value::null();
  Dict* d = args[0].as<Dict>();
  int64_t h = dict_key_hash(interp, args[1]);
  if (h == -1) return Value::null();
  int64_t ix = dict_find(interp, d, args[1], h);
  if (ix == -3) return Value::null();
  if (ix < 0) {
    if (nargs == 3) return args[2];
    return raise_key_error(interp, args[1]);
  }
  Value v = d->entries[ix].value;
  dict_remove_entry(d, ix, h);
  return v;
}

Value m_popitem(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "popitem", kwnames)) return Value::null();
  if (nargs != 1)
    return raise(interp, interp.exc_types.TypeError, "dict.popitem() takes no arguments (%zu given)", nargs - 1);
  Dict* d = args[0].as<Dict>();
  if (d->used == 0) return raise_str(interp, interp.exc_types.KeyError, "popitem(): dictionary is empty");
  size_t i = d->nentries;
  while (i > 0 && d->entries[i - 1].key.is_null()) i--;
  DictEntry e = d->entries[i - 1];
  Tuple* t = tuple_pack(interp, {e.key, e.value});
  if (t == nullptr) return Value::null();
  dict_remove_entry(d, int64_t(i - 1), e.hash);
  d->nentries = i - 1;   // LIFO: the next insertion reuses the slot
  return Value::object(t);
}

Value m_copy(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "copy", kwnames)) return Value::null();
  if (nargs != 1)
    return raise(interp, interp.exc_types.TypeError, "dict.copy() takes no arguments (%zu given)", nargs - 1);
  Dict* r = dict_copy(interp, args[0].as<Dict>());
  return r == nullptr ? Value::null() : Value::object(r);
}

Value m_clear(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "clear", kwnames)) return Value::null();
  if (nargs != 1)
    return raise(interp, interp.exc_types.TypeError, "dict.clear() takes no arguments (%zu given)", nargs - 1);
  dict_clear(interp, args[0].as<Dict>());
  return Value::none();
}

Value m_reversed(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "__reversed__", kwnames)) return Value::null();
  if (nargs != 1)
    return raise(interp, interp.exc_types.TypeError, "dict.__reversed__() takes no arguments (%zu given)", nargs - 1);
  return dict_iter_new(interp, args[0].as<Dict>(), 0, true);
}

// dict.fromkeys(iterable, value=None): a classmethod, args[0] is the class.
Value m_fromkeys(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "fromkeys", kwnames) || !arg_count(interp, "fromkeys", nargs - 1, 1, 2))
    return Value::null();
  Value value = nargs == 3 ? args[2] : Value::none();
  Value target = call(interp, args[0], nullptr, 0);
  if (target.is_null()) return Value::null();
  Value it = get_iter(interp, args[1]);
  if (it.is_null()) return Value::null();
  for (;;) {
    Value key = next_item(interp, it);
    if (key.is_null()) return interp.has_error() ? Value::null() : target;
    if (!set_item_any(interp, target, key, value)) return Value::null();
  }
}

}  // namespace

bool dict_update(Interp& interp, Dict* d, Value other) {
  if (is_dict(other)) {
    Dict* o = other.as<Dict>();
    if (o == d) return true;
    for (size_t i = 0; i < o->nentries; i++) {
      DictEntry e = o->entries[i];
      if (e.key.is_null()) continue;
      if (!dict_insert(interp, d, e.key, e.hash, e.value)) return false;
      if (i >= o->nentries) break;
    }
    return true;
  }
  // A mapping: anything with keys().
  Value keys_method = getattr_opt(interp, other, interp.names.keys);
  if (keys_method.is_null()) {
    if (interp.has_error()) return false;
    return merge_pairs(interp, d, other);
  }
  Value keys = call(interp, keys_method, nullptr, 0);
  if (keys.is_null()) return false;
  Value it = get_iter(interp, keys);
  if (it.is_null()) return false;
  for (;;) {
    Value key = next_item(interp, it);
    if (key.is_null()) return !interp.has_error();
    Value v = getitem(interp, other, key);
    if (v.is_null() || !dict_set(interp, d, key, v)) return false;
  }
}

bool init_dict_type(Interp& interp) {
  Type* t = interp.types.dict;
  t->instance_kind = Kind::Dict;
  t->instance_size = sizeof(Dict);
  t->type_flags |= kTypeUnhashable;
  t->new_ = dict_new_slot;
  t->init = dict_init;
  t->repr = dict_repr;
  t->hash = hash_unhashable;
  t->compare = dict_compare;
  t->len = dict_len;
  t->getitem = dict_getitem;
  t->setitem = dict_setitem;
  t->contains = dict_contains;
  t->iter = dict_iter;
  t->binary = dict_binary;
  t->inplace = dict_inplace;
  t->trace = dict_trace;
  t->finalize = dict_finalize;
  static const MethodDef methods[] = {
      {"get", m_get},
      {"setdefault", m_setdefault},
      {"update", m_update},
      {"pop", m_pop},
      {"popitem", m_popitem},
      {"copy", m_copy},
      {"clear", m_clear},
      {"__reversed__", m_reversed},
      {"fromkeys", m_fromkeys, MethodDef::ClassMethod},
  };
  return add_methods(interp, t, methods, sizeof(methods) / sizeof(methods[0]));
}

}  // namespace coil
