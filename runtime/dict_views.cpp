// dict views: d.keys(), d.values(), d.items() — live views with len, iteration, membership,
// reversed() and repr; keys and items views also act as sets (& | - ^, comparisons,
// isdisjoint), with results built as CPython builds them.
#include <string>
#include <utility>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

enum ViewKind { kKeys = 0, kValues = 1, kItems = 2 };

ViewKind view_kind(Interp& interp, Value v) {
  Type* t = v.as_object()->type;
  if (t == interp.types.dict_keys) return kKeys;
  if (t == interp.types.dict_values) return kValues;
  return kItems;
}

// A keys or items view (the set-like ones).
bool is_set_view(Interp& interp, Value v) {
  return is_kind(v, Kind::DictView) && view_kind(interp, v) != kValues;
}

Value view_new(Interp& interp, Dict* d, Type* t) {
  DictView* v = gc_new<DictView>(interp.heap, t, Kind::DictView);
  if (v == nullptr) return raise_no_memory(interp);
  v->dict = d;
  return Value::object(v);
}

Value m_keys(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "keys", kwnames) || !check_nargs(interp, "dict.keys()", nargs - 1, 0, 0))
    return Value::null();
  return view_new(interp, args[0].as<Dict>(), interp.types.dict_keys);
}

Value m_values(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "values", kwnames) || !check_nargs(interp, "dict.values()", nargs - 1, 0, 0))
    return Value::null();
  return view_new(interp, args[0].as<Dict>(), interp.types.dict_values);
}

Value m_items(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "items", kwnames) || !check_nargs(interp, "dict.items()", nargs - 1, 0, 0))
    return Value::null();
  return view_new(interp, args[0].as<Dict>(), interp.types.dict_items);
}

int64_t view_len(Interp&, Value self) { return int64_t(self.as<DictView>()->dict->used); }

Value view_iter(Interp& interp, Value self) {
  return dict_iter_new(interp, self.as<DictView>()->dict, view_kind(interp, self), false);
}

Value view_reversed(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "__reversed__", kwnames)) return Value::null();
  return dict_iter_new(interp, args[0].as<DictView>()->dict, view_kind(interp, args[0]), true);
}

int view_contains(Interp& interp, Value self, Value item) {
  Dict* d = self.as<DictView>()->dict;
  switch (view_kind(interp, self)) {
    case kKeys: {
      Value v;
      return dict_lookup(interp, d, item, &v);
    }
    case kItems: {
      if (!is_tuple(item) || item.as<Tuple>()->size != 2) return 0;
      Value v;
      int r = dict_lookup(interp, d, item.as<Tuple>()->items[0], &v);
      if (r <= 0) return r;
      return equal(interp, v, item.as<Tuple>()->items[1]);
    }
    case kValues:
      for (size_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (e.key.is_null()) continue;
        int eq = equal(interp, e.value, item);
        if (eq != 0) return eq;
      }
      return 0;
  }
  return 0;
}

// dict_keys(['a', 'b'])
Value view_repr(Interp& interp, Value self) {
  Object* o = self.as_object();
  std::string out(reinterpret_cast<Str*>(o->type->name)->view());
  ReprGuard guard(interp, o);
  if (guard.state() == 0) return str_value(interp, "...");
  if (guard.state() < 0) return Value::null();
  Value items = sequence_to_list(interp, self);
  if (items.is_null()) return items;
  out += "(";
  if (!repr_into(interp, items, out)) return Value::null();
  out += ")";
  return str_value(interp, out);
}

// set(x), fast for a keys view (straight from the dict).
Set* to_set(Interp& interp, Value x) {
  if (is_kind(x, Kind::DictView) && view_kind(interp, x) == kKeys)
    return set_make_base(interp, interp.types.set, Value::object(x.as<DictView>()->dict));
  return set_make_base(interp, interp.types.set, x);
}

Value intersect(Interp& interp, Value self, Value other) {
  if (!is_set_view(interp, self)) std::swap(self, other);
  int64_t len_self = view_len(interp, self);
  if (is_kind(other, Kind::Set) && other.as_object()->type == interp.types.set &&
      len_self <= int64_t(other.as<Set>()->used)) {
    Set* r = set_intersection(interp, other.as<Set>(), self);
    return r == nullptr ? Value::null() : Value::object(r);
  }
  if (is_set_view(interp, other) && view_len(interp, other) > len_self) std::swap(self, other);
  Set* result = set_new(interp, interp.types.set);
  if (result == nullptr) return Value::null();
  Value it = get_iter(interp, other);
  if (it.is_null()) return it;
  for (;;) {
    Value key = next_item(interp, it);
    if (key.is_null()) return interp.has_error() ? key : Value::object(result);
    int r = view_contains(interp, self, key);
    if (r < 0) return Value::null();
    if (r && set_add(interp, result, key) < 0) return Value::null();
  }
}

Value view_binary(Interp& interp, BinOp op, Value a, Value b) {
  if (!is_set_view(interp, a) && !is_set_view(interp, b)) return interp.not_implemented;
  if (op == BinOp::And) return intersect(interp, a, b);
  if (op != BinOp::Or && op != BinOp::Sub && op != BinOp::Xor) return interp.not_implemented;
  Set* result = to_set(interp, a);
  if (result == nullptr) return Value::null();
  bool ok = op == BinOp::Or    ? set_update(interp, result, b)
            : op == BinOp::Sub ? set_difference_update(interp, result, b)
                               : set_symmetric_difference_update(interp, result, b);
  return ok ? Value::object(result) : Value::null();
}

// Every item of a is in b (through b's `in`).
int all_contained_in(Interp& interp, Value a, Value b) {
  Value it = get_iter(interp, a);
  if (it.is_null()) return -1;
  for (;;) {
    Value item = next_item(interp, it);
    if (item.is_null()) return interp.has_error() ? -1 : 1;
    int r = contains(interp, b, item);
    if (r <= 0) return r;
  }
}

CmpOp reflect(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
  }
}

Value view_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if (!is_set_view(interp, a)) {
    if (!is_set_view(interp, b)) return interp.not_implemented;
    std::swap(a, b);
    op = reflect(op);
  }
  if (!is_anyset(b) && !is_set_view(interp, b)) return interp.not_implemented;
  int64_t la = length(interp, a), lb = length(interp, b);
  if (la < 0 || lb < 0) return Value::null();
  int r = 0;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      r = la == lb ? all_contained_in(interp, a, b) : 0;
      if (r < 0) return Value::null();
      return Value::boolean((r == 1) == (op == CmpOp::Eq));
    case CmpOp::Lt: r = la < lb ? all_contained_in(interp, a, b) : 0; break;
    case CmpOp::Le: r = la <= lb ? all_contained_in(interp, a, b) : 0; break;
    case CmpOp::Gt: r = la > lb ? all_contained_in(interp, b, a) : 0; break;
    case CmpOp::Ge: r = la >= lb ? all_contained_in(interp, b, a) : 0; break;
  }
  return r < 0 ? Value::null() : Value::boolean(r);
}

Value view_isdisjoint(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "isdisjoint", kwnames)) return Value::null();
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "isdisjoint() takes exactly one argument (%zu given)", nargs - 1);
  Value it = get_iter(interp, args[1]);
  if (it.is_null()) return it;
  for (;;) {
    Value item = next_item(interp, it);
    if (item.is_null()) return interp.has_error() ? item : Value::true_();
    int r = view_contains(interp, args[0], item);
    if (r < 0) return Value::null();
    if (r) return Value::false_();
  }
}

void view_trace(Object* self, Tracer& t) { t.mark(static_cast<DictView*>(self)->dict); }

bool setup(Interp& interp, Type* t, bool set_like) {
  t->instance_kind = Kind::DictView;
  t->instance_size = sizeof(DictView);
  t->type_flags &= ~uint32_t(kTypeBaseType);
  t->type_flags |= kTypeAbstractNew;
  t->repr = view_repr;
  t->len = view_len;
  t->iter = view_iter;
  t->contains = view_contains;
  t->trace = view_trace;
  if (set_like) {
    t->binary = view_binary;
    t->compare = view_compare;
    t->hash = hash_unhashable;
    t->type_flags |= kTypeUnhashable;
  }
  static const MethodDef common[] = {{"__reversed__", view_reversed}};
  static const MethodDef set_methods[] = {{"isdisjoint", view_isdisjoint}};
  return add_methods(interp, t, common, 1) && (!set_like || add_methods(interp, t, set_methods, 1));
}

}  // namespace

bool init_dict_views(Interp& interp) {
  static const MethodDef dict_methods[] = {
      {"keys", m_keys},
      {"values", m_values},
      {"items", m_items},
  };
  return setup(interp, interp.types.dict_keys, true) && setup(interp, interp.types.dict_values, false) &&
         setup(interp, interp.types.dict_items, true) &&
         add_methods(interp, interp.types.dict, dict_methods, sizeof(dict_methods) / sizeof(dict_methods[0]));
}

}  // namespace coil
