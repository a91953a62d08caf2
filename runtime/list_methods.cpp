// list's methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear,
// sort and __reversed__, with CPython's argument checks and messages.
#include <algorithm>
#include <cstring>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

// "list.append() takes exactly one argument (0 given)"
bool one_arg(Interp& interp, const char* name, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(interp, interp.exc_types.TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 2) {
    raise(interp, interp.exc_types.TypeError, "%s() takes exactly one argument (%zu given)", name, nargs - 1);
    return false;
  }
  return true;
}

bool no_args(Interp& interp, const char* name, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(interp, interp.exc_types.TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    raise(interp, interp.exc_types.TypeError, "%s() takes no arguments (%zu given)", name, nargs - 1);
    return false;
  }
  return true;
}

Value m_append(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 2 && kwnames == nullptr) {
    if (!list_append(interp, args[0].as<List>(), args[1])) return Value::null();
    return Value::none();
  }
  if (!one_arg(interp, "list.append", nargs, kwnames)) return Value::null();
  if (!list_append(interp, args[0].as<List>(), args[1])) return Value::null();
  return Value::none();
}

Value m_extend(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg(interp, "list.extend", nargs, kwnames)) return Value::null();
  if (!list_extend(interp, args[0].as<List>(), args[1])) return Value::null();
  return Value::none();
}

Value m_insert(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "insert", kwnames)) return Value::null();
  if (nargs != 3)
    return raise(interp, interp.exc_types.TypeError, "insert expected 2 arguments, got %zu", nargs - 1);
  List* l = args[0].as<List>();
  int64_t i;
  if (args[1].is_small_int()) i = args[1].as_small_int();
  else if (!to_index(interp, args[1], &i)) return Value::null();
  int64_t n = int64_t(l->size);
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  if (!list_grow(interp, l, 1)) return Value::null();
  std::memmove(l->items + i + 1, l->items + i, size_t(n - i) * sizeof(Value));
  l->items[i] = args[2];
  l->size++;
  return Value::none();
}

Value m_pop(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "pop", kwnames)) return Value::null();
  if (nargs > 2)
    return raise(interp, interp.exc_types.TypeError, "pop expected at most 1 argument, got %zu", nargs - 1);
  List* l = args[0].as<List>();
  int64_t i = -1;
  if (nargs == 2) {
    if (args[1].is_small_int()) i = args[1].as_small_int();
    else if (!to_index(interp, args[1], &i)) return Value::null();
  }
  if (l->size == 0) return raise(interp, interp.exc_types.IndexError, "pop from empty list");
  if (i < 0) i += int64_t(l->size);
  if (i < 0 || i >= int64_t(l->size)) return raise(interp, interp.exc_types.IndexError, "pop index out of range");
  Value v = l->items[i];
  std::memmove(l->items + i, l->items + i + 1, (l->size - size_t(i) - 1) * sizeof(Value));
  l->size--;
  if (l->size < l->capacity / 4 && l->capacity > 16) list_resize_storage(interp, l, l->size + (l->size >> 3) + 8);
  return v;
}

Value m_remove(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg(interp, "list.remove", nargs, kwnames)) return Value::null();
  List* l = args[0].as<List>();
  for (size_t i = 0; i < l->size; i++) {
    int eq = equal(interp, l->items[i], args[1]);
    if (eq < 0) return Value::null();
    if (eq && i < l->size) {
      std::memmove(l->items + i, l->items + i + 1, (l->size - i - 1) * sizeof(Value));
      l->size--;
      return Value::none();
    }
  }
  return raise(interp, interp.exc_types.ValueError, "list.remove(x): x not in list");
}

Value m_index(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "index", kwnames)) return Value::null();
  if (nargs < 2)
    return raise(interp, interp.exc_types.TypeError, "index expected at least 1 argument, got %zu", nargs - 1);
  if (nargs > 4)
    return raise(interp, interp.exc_types.TypeError, "index expected at most 3 arguments, got %zu", nargs - 1);
  List* l = args[0].as<List>();
  int64_t start = 0, stop = int64_t(l->size);
  if (!sequence_range_args(interp, args + 2, nargs - 2, int64_t(l->size), &start, &stop)) return Value::null();
  for (int64_t i = start; i < stop && i < int64_t(l->size); i++) {
    int eq = equal(interp, l->items[i], args[1]);
    if (eq < 0) return Value::null();
    if (eq) return Value::small_int(i);
  }
  std::string msg;
  if (!repr_into(interp, args[1], msg)) return Value::null();
  msg += " is not in list";
  return raise_str(interp, interp.exc_types.ValueError, msg);
}

Value m_count(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!one_arg(interp, "list.count", nargs, kwnames)) return Value::null();
  List* l = args[0].as<List>();
  int64_t c = 0;
  for (size_t i = 0; i < l->size; i++) {
    int eq = equal(interp, l->items[i], args[1]);
    if (eq < 0) return Value::null();
    c += eq;
  }
  return Value::small_int(c);
}

Value m_reverse(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_args(interp, "list.reverse", nargs, kwnames)) return Value::null();
  List* l = args[0].as<List>();
  if (l->size) std::reverse(l->items, l->items + l->size);
  return Value::none();
}

Value m_copy(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_args(interp, "list.copy", nargs, kwnames)) return Value::null();
  List* l = args[0].as<List>();
  List* r = list_from(interp, l->items, l->size);
  return r == nullptr ? Value::null() : Value::object(r);
}

Value m_clear(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_args(interp, "list.clear", nargs, kwnames)) return Value::null();
  list_clear_items(interp, args[0].as<List>());
  return Value::none();
}

Value m_reversed(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_args(interp, "list.__reversed__", nargs, kwnames)) return Value::null();
  return seq_reverse_iter_new(interp, interp.types.list_reverseiterator, args[0],
                              int64_t(args[0].as<List>()->size));
}

// sort(*, key=None, reverse=False)
Value m_sort(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 1) return raise(interp, interp.exc_types.TypeError, "sort() takes no positional arguments");
  Value key = Value::none();
  bool reverse = false;
  size_t nkw = kwnames == nullptr ? 0 : kwnames->size;
  for (size_t k = 0; k < nkw; k++) {
    Str* name = kwnames->items[k].as<Str>();
    Value v = args[nargs + k];
    if (name->view() == "key") {
      key = v;
    } else if (name->view() == "reverse") {
      int64_t r;
      if (v.is_bool()) r = v.is_true();
      else if (v.is_small_int()) r = v.as_small_int() != 0;
      else if (is_int_like(v)) r = int_sign(v) != 0;
      else if (!to_index(interp, v, &r)) return Value::null();   // CPython: reverse must be an int
      reverse = r != 0;
    } else {
      std::string msg = "'";
      msg += name->view();
      msg += "' is an invalid keyword argument for sort()";
      return raise_str(interp, interp.exc_types.TypeError, msg);
    }
  }
  if (!list_sort(interp, args[0].as<List>(), key, reverse)) return Value::null();
  return Value::none();
}

}  // namespace

bool init_list_methods(Interp& interp) {
  static const MethodDef methods[] = {
      {"append", m_append},   {"extend", m_extend},   {"insert", m_insert}, {"pop", m_pop},
      {"remove", m_remove},   {"index", m_index},     {"count", m_count},   {"reverse", m_reverse},
      {"copy", m_copy},       {"clear", m_clear},     {"sort", m_sort},     {"__reversed__", m_reversed},
  };
  return add_methods(interp, interp.types.list, methods, sizeof(methods) / sizeof(methods[0]));
}

}  // namespace coil
