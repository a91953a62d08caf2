// BaseException: construction (args), str/repr, the chaining attributes (__cause__,
// __context__, __suppress_context__, __traceback__), with_traceback, add_note/__notes__, and
// the start-up of the whole exception hierarchy (exceptions.def).
#include <string>
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
#include "runtime/type.h"
#include "runtime/type_internal.h"
#include "runtime/types_init.h"

namespace coil {

bool init_exception_group_type(Interp&);   // exception_group.cpp
Type* oserror_subclass_for(Interp&, Value errno_value);   // exception_types.cpp

Dict* exception_dict(Interp& interp, Value exc) {
  auto* e = exc.as<BaseException>();
  if (e->dict == nullptr) e->dict = dict_new(interp);
  return e->dict;
}

bool exception_set_attr(Interp& interp, Value exc, const char* name, Value v) {
  if (!is_exception(exc)) return false;
  Dict* d = exception_dict(interp, exc);
  return d != nullptr && dict_set_cstr(interp, d, name, v);
}

Value exception_get_attr(Interp& interp, Value exc, const char* name) {
  if (!is_exception(exc)) return Value::null();
  Dict* d = exc.as<BaseException>()->dict;
  if (d == nullptr) return Value::null();
  Str* key = intern(interp, name);
  return key != nullptr ? dict_get_str(d, key) : Value::null();
}

namespace {

BaseException* exc_alloc(Interp& interp, Type* cls, Tuple* args) {
  auto* e = static_cast<BaseException*>(interp.heap.allocate(cls, Kind::Exception, cls->instance_size));
  if (e == nullptr) { raise_no_memory(interp); return nullptr; }
  e->args = args != nullptr ? args : interp.empty_tuple;
  e->traceback = Value::none();
  e->cause = Value::none();
  e->context = Value::none();
  e->message = Value::none();
  e->exceptions = Value::none();
  return e;
}

Value exc_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Tuple* a = tuple_from(interp, args, nargs);
  if (a == nullptr) return Value::null();
  BaseException* e = exc_alloc(interp, cls, a);
  return e != nullptr ? Value::object(e) : Value::null();
}

int exc_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(interp, interp.exc_types.TypeError, "%s() takes no keyword arguments", type_name(interp, self));
    return -1;
  }
  Tuple* a = tuple_from(interp, args, nargs);
  if (a == nullptr) return -1;
  self.as<BaseException>()->args = a;
  return 0;
}

Value exc_str(Interp& interp, Value self) {
  Tuple* a = self.as<BaseException>()->args;
  if (a == nullptr || a->size == 0) return Value::object(interp.empty_str);
  if (a->size == 1) return to_str(interp, a->items[0]);
  return to_str(interp, Value::object(a));
}

Value exc_repr(Interp& interp, Value self) {
  Tuple* a = self.as<BaseException>()->args;
  std::string s(type_of(interp, self)->name->view());
  if (a != nullptr && a->size == 1) {
    s += '(';
    if (!repr_into(interp, a->items[0], s)) return Value::null();
    s += ')';
  } else if (a == nullptr || a->size == 0) {
    s += "()";
  } else if (!repr_into(interp, Value::object(a), s)) {
    return Value::null();
  }
  return str_value(interp, s);
}

void exc_trace(Object* self, Tracer& t) {
  auto* e = static_cast<BaseException*>(self);
  t.mark(e->args);
  t.mark(e->traceback);
  t.mark(e->cause);
  t.mark(e->context);
  t.mark(e->dict);
  t.mark(e->message);
  t.mark(e->exceptions);
}

// ---- attributes --------------------------------------------------------------------------------

Value get_args(Interp& interp, Value self) {
  Tuple* a = self.as<BaseException>()->args;
  return Value::object(a != nullptr ? a : interp.empty_tuple);
}
int set_args(Interp& interp, Value self, Value v) {
  if (v.is_null()) {
    raise(interp, interp.exc_types.TypeError, "args may not be deleted");
    return -1;
  }
  Tuple* t = sequence_to_tuple(interp, v);
  if (t == nullptr) return -1;
  self.as<BaseException>()->args = t;
  return 0;
}

Value none_if_null(Value v) { return v.is_null() ? Value::none() : v; }

Value get_traceback(Interp& interp, Value self) { return none_if_null(self.as<BaseException>()->traceback); }
int set_traceback(Interp& interp, Value self, Value v) {
  if (v.is_null()) {
    raise(interp, interp.exc_types.TypeError, "__traceback__ may not be deleted");
    return -1;
  }
  if (!v.is_none() && type_of(interp, v) != interp.types.traceback) {
    raise(interp, interp.exc_types.TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  self.as<BaseException>()->traceback = v;
  return 0;
}

Value get_cause(Interp& interp, Value self) { return none_if_null(self.as<BaseException>()->cause); }
int set_cause(Interp& interp, Value self, Value v) {
  if (v.is_null()) {
    raise(interp, interp.exc_types.TypeError, "__cause__ may not be deleted");
    return -1;
  }
  if (!v.is_none() && !is_exception(v)) {
    raise(interp, interp.exc_types.TypeError, "exception cause must be None or derive from BaseException");
    return -1;
  }
  auto* e = self.as<BaseException>();
  e->cause = v;
  e->suppress_context = true;
  return 0;
}

Value get_context(Interp& interp, Value self) { return none_if_null(self.as<BaseException>()->context); }
int set_context(Interp& interp, Value self, Value v) {
  if (v.is_null()) {
    raise(interp, interp.exc_types.TypeError, "__context__ may not be deleted");
    return -1;
  }
  if (!v.is_none() && !is_exception(v)) {
    raise(interp, interp.exc_types.TypeError, "exception context must be None or derive from BaseException");
    return -1;
  }
  self.as<BaseException>()->context = v;
  return 0;
}

Value get_suppress(Interp& interp, Value self) { return Value::boolean(self.as<BaseException>()->suppress_context); }
int set_suppress(Interp& interp, Value self, Value v) {
  if (v.is_null()) {
    raise(interp, interp.exc_types.TypeError, "__suppress_context__ may not be deleted");
    return -1;
  }
  int t = truthy(interp, v);
  if (t < 0) return -1;
  self.as<BaseException>()->suppress_context = t != 0;
  return 0;
}

// ---- methods -----------------------------------------------------------------------------------

Value exc_with_traceback(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_nargs(interp, "with_traceback", nargs - 1, 1, 1)) return Value::null();
  if (set_traceback(interp, args[0], args[1]) < 0) return Value::null();
  return args[0];
}

Value exc_add_note(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_nargs(interp, "add_note", nargs - 1, 1, 1)) return Value::null();
  Value note = args[1];
  if (!is_str(note))
    return raise(interp, interp.exc_types.TypeError, "note must be a str, not '%s'", type_name(interp, note));
  Dict* d = exception_dict(interp, args[0]);
  if (d == nullptr) return Value::null();
  Value notes = dict_get_cstr(interp, d, "__notes__");
  if (notes.is_null()) {
    List* l = list_new(interp);
    if (l == nullptr || !dict_set_cstr(interp, d, "__notes__", Value::object(l))) return Value::null();
    notes = Value::object(l);
  }
  if (!is_list(notes)) return raise(interp, interp.exc_types.TypeError, "Cannot add note: __notes__ is not a list");
  if (!list_append(interp, notes.as<List>(), note)) return Value::null();
  return Value::none();
}

Value exc_reduce(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* e = args[0].as<BaseException>();
  Value t = Value::object(type_of(interp, args[0]));
  Value a = Value::object(e->args != nullptr ? e->args : interp.empty_tuple);
  Tuple* r = e->dict != nullptr ? tuple_pack(interp, {t, a, Value::object(e->dict)}) : tuple_pack(interp, {t, a});
  return r != nullptr ? Value::object(r) : Value::null();
}

// KeyError's str shows the key's repr when there is exactly one argument.
Value key_error_str(Interp& interp, Value self) {
  Tuple* a = self.as<BaseException>()->args;
  if (a != nullptr && a->size == 1) return repr(interp, a->items[0]);
  return exc_str(interp, self);
}

}  // namespace

BaseException* exception_new(Interp& interp, Type* type, Tuple* args) {
  if (type == interp.exc_types.OSError && args != nullptr && args->size >= 2) {
    Type* sub = oserror_subclass_for(interp, args->items[0]);
    if (sub != nullptr) type = sub;
  }
  BaseException* e = exc_alloc(interp, type, args);
  if (e == nullptr) return nullptr;
  // Run the nearest builtin initializer (fills OSError.errno, SyntaxError.msg …); no Python runs.
  Type* b = type;
  while (b != nullptr && (b->type_flags & kTypeHeap)) b = b->base;
  if (b != nullptr && b->init != nullptr && b->init != exc_init && args != nullptr) {
    if (b->init(interp, Value::object(e), args->items, args->size, nullptr) < 0) return nullptr;
  }
  return e;
}

bool exception_matches(Interp& interp, Value exc, Value type_or_tuple) {
  if (exc.is_null()) return false;
  if (is_kind(type_or_tuple, Kind::Type)) return isinstance(interp, exc, type_or_tuple.as<Type>());
  if (is_tuple(type_or_tuple)) {
    Tuple* t = type_or_tuple.as<Tuple>();
    for (size_t i = 0; i < t->size; i++)
      if (exception_matches(interp, exc, t->items[i])) return true;
  }
  return false;
}

bool init_exception_types(Interp& interp) {
  Type* be = interp.exc_types.BaseException;
  be->new_ = exc_new;
  be->init = exc_init;
  be->str = exc_str;
  be->repr = exc_repr;
  be->trace = exc_trace;
  static const MethodDef methods[] = {
      {"with_traceback", exc_with_traceback},
      {"add_note", exc_add_note},
      {"__reduce__", exc_reduce},
  };
  if (!add_methods(interp, be, methods, 3)) return false;
  static const GetSetDef getsets[] = {
      {"args", get_args, set_args},
      {"__traceback__", get_traceback, set_traceback},
      {"__cause__", get_cause, set_cause},
      {"__context__", get_context, set_context},
      {"__suppress_context__", get_suppress, set_suppress},
  };
  if (!add_getsets(interp, be, getsets, 5)) return false;
  interp.exc_types.KeyError->str = key_error_str;
  return init_exception_attrs(interp) && init_exception_group_type(interp);
}

}  // namespace coil
