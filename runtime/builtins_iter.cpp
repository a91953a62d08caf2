// Iteration builtins: iter, next, sorted, any, all.
#include <string>

#include "runtime/builtins.h"
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/import.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/vm.h"

namespace coil {

namespace {

Value builtin_iter(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "iter", kw) || !check_nargs(interp, "iter", nargs, 1, 2)) return Value();
  if (nargs == 1) return get_iter(interp, args[0]);
  if (!is_callable(interp, args[0])) {
    return raise(interp, interp.exc_types.TypeError, "iter(v, w): v must be callable");
  }
  return callable_iterator_new(interp, args[0], args[1]);
}

Value builtin_next(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "next", kw) || !check_nargs(interp, "next", nargs, 1, 2)) return Value();
  Type* t = type_of(interp, args[0]);
  if (t->next == nullptr) {
    return raise(interp, interp.exc_types.TypeError, "'%s' object is not an iterator", type_name(interp, args[0]));
  }
  // A __next__ written in Python is called directly so that the StopIteration it raises
  // (with its value) reaches the caller unchanged; the slot would turn it into "exhausted".
  Value v;
  Value py_next = (t->type_flags & kTypeHeap) ? type_lookup(t, interp.names.__next__) : Value();
  if (!py_next.is_null() && is_kind(py_next, Kind::Function)) {
    v = call_special(interp, args[0], interp.names.__next__, {});
    if (v.is_null() && nargs == 2 && error_matches(interp, interp.exc_types.StopIteration)) {
      clear_error(interp);
      return args[1];
    }
    return v;
  }
  v = iter_next(interp, args[0]);
  if (!v.is_null()) return v;
  if (interp.has_error()) {
    if (nargs == 2 && error_matches(interp, interp.exc_types.StopIteration)) {
      clear_error(interp);
      return args[1];
    }
    return Value();
  }
  if (nargs == 2) return args[1];
  return raise_value(interp, Value::object(interp.exc_types.StopIteration));
}

// sorted(iterable, /, *, key=None, reverse=False): list(iterable).sort(**kwargs), exactly as
// CPython does, so the keyword errors name sort() like CPython's.
Value builtin_sorted(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1) return raise(interp, interp.exc_types.TypeError, "sorted expected 1 argument, got %zu", nargs);
  Value list = sequence_to_list(interp, args[0]);
  if (list.is_null()) return Value();
  if (kw == nullptr || kw->size == 0) {
    if (!list_sort(interp, list.as<List>(), Value::none(), false)) return Value();
    return list;
  }
  Value sort = getattr(interp, list, intern(interp, "sort"));
  if (sort.is_null()) return Value();
  if (call(interp, sort, args + nargs, 0, kw).is_null()) return Value();
  return list;
}

Value any_all(Interp& interp, const Value* args, size_t nargs, Tuple* kw, bool want, const char* name) {
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, name, nargs, 1, 1)) return Value();
  Root it(interp, get_iter(interp, args[0]));   // rooted: see iter_next_clean
  if (it.get().is_null()) return Value();
  for (;;) {
    Value item = iter_next_clean(interp, it);
    if (item.is_null()) {
      if (interp.has_error()) return Value();
      return Value::boolean(!want);
    }
    int t = item.is_bool() ? item.is_true() : truthy(interp, item);
    if (t < 0) return Value();
    if (bool(t) == want) return Value::boolean(want);
  }
}

Value builtin_any(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  return any_all(interp, args, nargs, kw, true, "any()");
}
Value builtin_all(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  return any_all(interp, args, nargs, kw, false, "all()");
}

Value builtin_aiter(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "aiter", kw) || !check_nargs(interp, "aiter()", nargs, 1, 1)) return Value();
  Value r = call_special(interp, args[0], interp.names.__aiter__, {});
  if (!r.is_null() || interp.has_error()) return r;
  return raise(interp, interp.exc_types.TypeError, "'%s' object is not an async iterable", type_name(interp, args[0]));
}

// anext(iterator[, default]): the awaitable of __anext__. With a default, that awaitable is
// wrapped by a small coroutine (stdlib/_coil_anext.py) that returns the default on
// StopAsyncIteration, in place of CPython's anext_awaitable type.
Value builtin_anext(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "anext", kw) || !check_nargs(interp, "anext", nargs, 1, 2)) return Value();
  Value r = call_special(interp, args[0], interp.names.__anext__, {});
  if (r.is_null()) {
    if (interp.has_error()) return r;
    return raise(interp, interp.exc_types.TypeError, "'%s' object is not an async iterator", type_name(interp, args[0]));
  }
  if (nargs == 1) return r;
  Value helper_module = import_absolute(interp, "_coil_anext");
  if (helper_module.is_null()) return helper_module;
  Value helper = getattr(interp, helper_module, intern(interp, "anext_default"));
  if (helper.is_null()) return helper;
  Value call_args[2] = {r, args[1]};
  return call(interp, helper, call_args, 2);
}

const MethodDef kIterBuiltins[] = {
    {"aiter", builtin_aiter}, {"anext", builtin_anext},
    {"iter", builtin_iter}, {"next", builtin_next}, {"sorted", builtin_sorted},
    {"any", builtin_any},   {"all", builtin_all},
};

}  // namespace

bool add_iter_builtins(Interp& interp, Dict* ns) {
  return add_functions(interp, ns, kIterBuiltins, sizeof kIterBuiltins / sizeof kIterBuiltins[0]);
}

}  // namespace coil
