// BaseExceptionGroup / ExceptionGroup: construction rules, str, derive/split/subgroup, and the
// except* helpers (exception_group.h) built on split.
#include "runtime/exception_group.h"

#include <string>
#include <unordered_set>
#include <vector>
#include "runtime/call.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type_internal.h"

namespace coil {

bool is_anyset_like(Interp& interp, Value v);

namespace {

bool is_group(Interp& interp, Value v) {
  return is_exception(v) && is_subtype(v.as_object()->type, interp.exc_types.BaseExceptionGroup);
}

Tuple* group_excs(Value eg) {
  Value e = eg.as<BaseException>()->exceptions;
  return is_tuple(e) ? e.as<Tuple>() : nullptr;
}

Value eg_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  ExceptionTypes& E = interp.exc_types;
  const char* cname = "BaseExceptionGroup";
  if (kwnames != nullptr && kwnames->size > 0)
    return raise(interp, E.TypeError, "%s() takes no keyword arguments", cls->name->data);
  if (nargs != 2)
    return raise(interp, E.TypeError, "%s.__new__() takes exactly 2 arguments (%zu given)", cname, nargs);
  Value message = args[0], excs = args[1];
  if (!is_str(message))
    return raise(interp, E.TypeError, "%s.__new__() argument 1 must be str, not %s", cname, type_name(interp, message));
  Type* et = type_of(interp, excs);
  if (et->getitem == nullptr || is_dict(excs) || is_anyset_like(interp, excs))
    return raise(interp, E.TypeError, "second argument (exceptions) must be a sequence");
  Tuple* items = sequence_to_tuple(interp, excs);
  if (items == nullptr) return Value::null();
  if (items->size == 0) return raise(interp, E.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (size_t i = 0; i < items->size; i++) {
    Value e = items->items[i];
    if (!is_exception(e))
      return raise(interp, E.ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
    if (!isinstance(interp, e, E.Exception)) nested_base = true;
  }
  if (cls == E.BaseExceptionGroup) {
    if (!nested_base) cls = E.ExceptionGroup;
  } else if (cls == E.ExceptionGroup) {
    if (nested_base) return raise(interp, E.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nested_base && is_subtype(cls, E.Exception)) {
    return raise(interp, E.TypeError, "Cannot nest BaseExceptions in '%s'", cls->name->data);
  }
  Tuple* a = tuple_from(interp, args, 2);
  if (a == nullptr) return Value::null();
  auto* g = static_cast<BaseException*>(interp.heap.allocate(cls, Kind::Exception, cls->instance_size));
  if (g == nullptr) return raise_no_memory(interp);
  g->args = a;
  g->traceback = g->cause = g->context = Value::none();
  g->message = message;
  g->exceptions = Value::object(items);
  return Value::object(g);
}

int eg_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(interp, interp.exc_types.TypeError, "%s() takes no keyword arguments", type_name(interp, self));
    return -1;
  }
  Tuple* a = tuple_from(interp, args, nargs);
  if (a == nullptr) return -1;
  self.as<BaseException>()->args = a;
  return 0;
}

Value eg_str(Interp& interp, Value self) {
  auto* g = self.as<BaseException>();
  std::string s;
  if (!str_into(interp, g->message.is_null() ? Value::none() : g->message, s)) return Value::null();
  Tuple* ex = group_excs(self);
  size_t n = ex != nullptr ? ex->size : 0;
  s += " (" + std::to_string(n) + (n == 1 ? " sub-exception)" : " sub-exceptions)");
  return str_value(interp, s);
}

Value get_message(Interp& interp, Value self) {
  Value m = self.as<BaseException>()->message;
  return m.is_null() ? Value::none() : m;
}
Value get_exceptions(Interp& interp, Value self) {
  Value e = self.as<BaseException>()->exceptions;
  return e.is_null() ? Value::none() : e;
}

// ---- split -------------------------------------------------------------------------------------

enum class MatchKind { Type, Predicate, LeafIds };

struct Matcher {
  MatchKind kind;
  Value value;
  const std::unordered_set<const Object*>* ids = nullptr;
};

bool is_exception_class(Interp& interp, Value v) {
  return is_kind(v, Kind::Type) && is_subtype(v.as<Type>(), interp.exc_types.BaseException);
}

bool make_matcher(Interp& interp, Value v, Matcher* m) {
  if (is_exception_class(interp, v)) { *m = {MatchKind::Type, v}; return true; }
  if (is_tuple(v)) {
    Tuple* t = v.as<Tuple>();
    bool ok = true;
    for (size_t i = 0; i < t->size && ok; i++) ok = is_exception_class(interp, t->items[i]);
    if (ok) { *m = {MatchKind::Type, v}; return true; }
  } else if (is_callable(interp, v) && !is_kind(v, Kind::Type)) {
    *m = {MatchKind::Predicate, v};
    return true;
  }
  raise(interp, interp.exc_types.TypeError, "expected a function, exception type or tuple of exception types");
  return false;
}

int matches(Interp& interp, const Matcher& m, Value exc) {
  switch (m.kind) {
    case MatchKind::Type: return exception_matches(interp, exc, m.value) ? 1 : 0;
    case MatchKind::Predicate: {
      Value r = call(interp, m.value, &exc, 1);
      if (r.is_null()) return -1;
      return truthy(interp, r);
    }
    case MatchKind::LeafIds: return !is_group(interp, exc) && m.ids->count(exc.as_object()) ? 1 : 0;
  }
  return 0;
}

// A group like `eg` holding `items` (derive + copied metadata); None for an empty list.
Value subset(Interp& interp, Value eg, const std::vector<Value>& items) {
  if (items.empty()) return Value::none();
  List* l = list_from(interp, items.data(), items.size());
  if (l == nullptr) return Value::null();
  Value lv = Value::object(l);
  Value derived = call_method(interp, eg, intern(interp, "derive"), {lv});
  if (derived.is_null()) return derived;
  if (!is_group(interp, derived))
    return raise(interp, interp.exc_types.TypeError, "derive must return an instance of BaseExceptionGroup");
  auto* src = eg.as<BaseException>();
  auto* dst = derived.as<BaseException>();
  dst->traceback = src->traceback;
  dst->cause = src->cause;
  dst->context = src->context;
  dst->suppress_context = src->suppress_context;
  Value notes = exception_get_attr(interp, eg, "__notes__");
  if (!notes.is_null()) {
    Value copy = is_list(notes) ? Value::object(list_from(interp, notes.as<List>()->items, notes.as<List>()->size)) : notes;
    if (copy.is_null() || !exception_set_attr(interp, derived, "__notes__", copy)) return Value::null();
  }
  return derived;
}

bool split_rec(Interp& interp, Value exc, const Matcher& m, bool want_rest, Value* match, Value* rest) {
  *match = Value::none();
  *rest = Value::none();
  int r = matches(interp, m, exc);
  if (r < 0) return false;
  if (r) { *match = exc; return true; }
  if (!is_group(interp, exc)) {
    if (want_rest) *rest = exc;
    return true;
  }
  Tuple* ex = group_excs(exc);
  std::vector<Value> mlist, rlist;
  for (size_t i = 0; ex != nullptr && i < ex->size; i++) {
    Value mm, rr;
    if (!split_rec(interp, ex->items[i], m, want_rest, &mm, &rr)) return false;
    if (!mm.is_none()) mlist.push_back(mm);
    if (want_rest && !rr.is_none()) rlist.push_back(rr);
  }
  *match = subset(interp, exc, mlist);
  if (match->is_null()) return false;
  if (want_rest) {
    *rest = subset(interp, exc, rlist);
    if (rest->is_null()) return false;
  }
  return true;
}

Value eg_split(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_nargs(interp, "split", nargs - 1, 1, 1)) return Value::null();
  Matcher m;
  if (!make_matcher(interp, args[1], &m)) return Value::null();
  Value match, rest;
  if (!split_rec(interp, args[0], m, true, &match, &rest)) return Value::null();
  Tuple* t = tuple_pack(interp, {match, rest});
  return t != nullptr ? Value::object(t) : Value::null();
}

Value eg_subgroup(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_nargs(interp, "subgroup", nargs - 1, 1, 1)) return Value::null();
  Matcher m;
  if (!make_matcher(interp, args[1], &m)) return Value::null();
  Value match, rest;
  if (!split_rec(interp, args[0], m, false, &match, &rest)) return Value::null();
  return match;
}

Value eg_derive(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_nargs(interp, "derive", nargs - 1, 1, 1)) return Value::null();
  return exception_group_new(interp, args[0].as<BaseException>()->message, args[1]);
}

void collect_leaves(Interp& interp, Value exc, std::unordered_set<const Object*>& ids) {
  if (!is_exception(exc)) return;
  if (!is_group(interp, exc)) {
    ids.insert(exc.as_object());
    return;
  }
  Tuple* ex = group_excs(exc);
  for (size_t i = 0; ex != nullptr && i < ex->size; i++) collect_leaves(interp, ex->items[i], ids);
}

bool same_metadata(Interp& interp, Value a, Value b) {
  auto* x = a.as<BaseException>();
  auto* y = b.as<BaseException>();
  Value na = exception_get_attr(interp, a, "__notes__");
  Value nb = exception_get_attr(interp, b, "__notes__");
  return na == nb && x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

}  // namespace

Value exception_group_new(Interp& interp, Value message, Value exceptions) {
  Value args[2] = {message, exceptions};
  return call(interp, Value::object(interp.exc_types.BaseExceptionGroup), args, 2);
}

bool exception_group_split(Interp& interp, Value eg, Value match_type, Value* match, Value* rest) {
  *match = Value::none();
  *rest = Value::none();
  // except* T: T must be exception classes, and not groups.
  auto check = [&](Value t) {
    if (!is_exception_class(interp, t)) {
      raise(interp, interp.exc_types.TypeError,
            "catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
    if (is_subtype(t.as<Type>(), interp.exc_types.BaseExceptionGroup)) {
      raise(interp, interp.exc_types.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
    return true;
  };
  if (is_tuple(match_type)) {
    Tuple* t = match_type.as<Tuple>();
    for (size_t i = 0; i < t->size; i++)
      if (!check(t->items[i])) return false;
  } else if (!check(match_type)) {
    return false;
  }
  if (eg.is_none() || eg.is_null()) return true;
  if (exception_matches(interp, eg, match_type)) {
    if (is_group(interp, eg)) {
      *match = eg;
      return true;
    }
    Tuple* one = tuple_pack(interp, {eg});
    if (one == nullptr) return false;
    Value wrapped = exception_group_new(interp, Value::object(interp.empty_str), Value::object(one));
    if (wrapped.is_null()) return false;
    wrapped.as<BaseException>()->traceback = eg.as<BaseException>()->traceback;
    *match = wrapped;
    return true;
  }
  if (is_group(interp, eg)) {
    Matcher m{MatchKind::Type, match_type};
    return split_rec(interp, eg, m, true, match, rest);
  }
  return true;
}

Value exception_group_prep_reraise(Interp& interp, Value orig, Value raised_list) {
  if (!is_list(raised_list)) return raise(interp, interp.exc_types.SystemError, "PREP_RERAISE_STAR: not a list");
  List* excs = raised_list.as<List>();
  if (excs->size == 0) return Value::none();
  if (!is_group(interp, orig)) return excs->items[0];
  std::vector<Value> raised, reraised;
  for (size_t i = 0; i < excs->size; i++) {
    Value e = excs->items[i];
    if (e.is_none() || !is_exception(e)) continue;
    (same_metadata(interp, e, orig) ? reraised : raised).push_back(e);
  }
  // The re-raised leaves, projected back onto the original group's shape.
  std::unordered_set<const Object*> ids;
  for (Value e : reraised) collect_leaves(interp, e, ids);
  Value reraised_eg = Value::none();
  if (!ids.empty()) {
    Matcher m{MatchKind::LeafIds, Value::none(), &ids};
    Value rest;
    if (!split_rec(interp, orig, m, false, &reraised_eg, &rest)) return Value::null();
  }
  if (raised.empty()) return reraised_eg;
  if (!reraised_eg.is_none()) raised.push_back(reraised_eg);
  if (raised.size() == 1) return raised[0];
  List* l = list_from(interp, raised.data(), raised.size());
  if (l == nullptr) return Value::null();
  return exception_group_new(interp, Value::object(interp.empty_str), Value::object(l));
}

bool is_anyset_like(Interp& interp, Value v) {
  return is_kind(v, Kind::Set) || is_kind(v, Kind::FrozenSet);
}

bool init_exception_group_type(Interp& interp) {
  Type* t = interp.exc_types.BaseExceptionGroup;
  t->new_ = eg_new;
  t->init = eg_init;
  t->str = eg_str;
  static const MethodDef methods[] = {{"split", eg_split}, {"subgroup", eg_subgroup}, {"derive", eg_derive}};
  if (!add_methods(interp, t, methods, 3)) return false;
  static const GetSetDef getsets[] = {{"message", get_message}, {"exceptions", get_exceptions}};
  return add_getsets(interp, t, getsets, 2);
}

}  // namespace coil
