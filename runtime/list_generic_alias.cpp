// `list[int]`, `dict[str, int]` …: __class_getitem__ of the builtin containers, returning a
// types.GenericAlias whose repr, call, attributes and `|` behave like CPython's.
// The GenericAlias type is made on first use and kept in the `data` of list.__class_getitem__.
#include <string>
#include <vector>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_union.h"
#include "runtime/types_init.h"

namespace coil {

namespace {

struct GenericAlias : Object {   // Kind::Native
  Value origin;
  Tuple* args;
};

// int → "int", a user class → "mod.Name", anything else → repr().
bool type_repr_into(Interp& interp, Value v, std::string& out) {
  if (v.raw() == interp.ellipsis.raw()) {
    out += "...";
    return true;
  }
  if (!is_kind(v, Kind::Type)) return repr_into(interp, v, out);
  Value module = getattr_opt(interp, v, interp.names.__module__);
  Value qualname = getattr_opt(interp, v, interp.names.__qualname__);
  if (interp.has_error()) return false;
  if (!is_str(qualname)) return repr_into(interp, v, out);
  if (is_str(module) && module.as<Str>()->view() != "builtins") {
    out += module.as<Str>()->view();
    out += ".";
  }
  out += qualname.as<Str>()->view();
  return true;
}

Value alias_repr(Interp& interp, Value self) {
  GenericAlias* g = self.as<GenericAlias>();
  std::string out;
  if (!type_repr_into(interp, g->origin, out)) return Value::null();
  out += "[";
  for (size_t i = 0; i < g->args->size; i++) {
    if (i) out += ", ";
    if (!type_repr_into(interp, g->args->items[i], out)) return Value::null();
  }
  if (g->args->size == 0) out += "()";
  out += "]";
  return str_value(interp, out);
}

Value alias_call(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(interp, self.as<GenericAlias>()->origin, args, nargs, kwnames);
}

// The type variables among the arguments, in order, once each (CPython's
// _Py_make_parameters): an argument with __typing_subst__, or another alias's parameters.
Value alias_parameters(Interp& interp, Tuple* args) {
  Str* subst = intern(interp, "__typing_subst__");
  Str* params_name = intern(interp, "__parameters__");
  if (subst == nullptr || params_name == nullptr) return Value::null();
  std::vector<Value> out;
  auto add = [&](Value v) {
    for (Value have : out)
      if (have == v) return;
    out.push_back(v);
  };
  for (size_t i = 0; i < args->size; i++) {
    Value a = args->items[i];
    if (is_kind(a, Kind::Type)) continue;
    Value f = getattr_opt(interp, a, subst);
    if (interp.has_error()) return Value::null();
    if (!f.is_null()) {
      add(a);
      continue;
    }
    Value sub = getattr_opt(interp, a, params_name);
    if (interp.has_error()) return Value::null();
    if (is_tuple(sub))
      for (size_t j = 0; j < sub.as<Tuple>()->size; j++) add(sub.as<Tuple>()->items[j]);
  }
  Tuple* t = tuple_from(interp, out.data(), out.size());
  return t != nullptr ? Value::object(t) : raise_no_memory(interp);
}

// Like CPython's ga_getattro: the alias's own attributes, everything else from the origin
// (list[int].append is list.append).
Value alias_getattr(Interp& interp, Value self, Str* name) {
  GenericAlias* g = self.as<GenericAlias>();
  std::string_view n = name->view();
  if (n == "__origin__") return g->origin;
  if (n == "__args__") return Value::object(g->args);
  if (n == "__parameters__") return alias_parameters(interp, g->args);
  if (n == "__unpacked__") return Value::boolean(false);
  static constexpr std::string_view kOwn[] = {"__class__", "__mro_entries__", "__reduce_ex__", "__reduce__",
                                              "__copy__", "__deepcopy__", "__typing_unpacked_tuple_args__"};
  for (std::string_view own : kOwn)
    if (n == own) return generic_getattr(interp, self, name);
  return getattr(interp, g->origin, name);
}

Value alias_binary(Interp& interp, BinOp op, Value a, Value b) {
  if (op != BinOp::Or) return interp.not_implemented;
  return union_or(interp, a, b);
}

GenericAlias* alias_make(Interp& interp, Type* t, Value origin, Value args) {
  Tuple* params = is_tuple(args) ? args.as<Tuple>() : tuple_pack(interp, {args});
  if (params == nullptr) {
    raise_no_memory(interp);
    return nullptr;
  }
  GenericAlias* g = gc_new<GenericAlias>(interp.heap, t, Kind::Native);
  if (g == nullptr) {
    raise_no_memory(interp);
    return nullptr;
  }
  g->origin = origin;
  g->args = params;
  return g;
}

// types.GenericAlias(origin, args)
Value alias_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size != 0)
    return raise(interp, interp.exc_types.TypeError, "GenericAlias() takes no keyword arguments");
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
  GenericAlias* g = alias_make(interp, cls, args[0], args[1]);
  return g != nullptr ? Value::object(g) : Value::null();
}

Value alias_instancecheck(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  return raise(interp, interp.exc_types.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

Value alias_subclasscheck(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  return raise(interp, interp.exc_types.TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

// class C(list[int]): the alias stands for its origin among the bases (PEP 560).
Value alias_mro_entries(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "__mro_entries__", kwnames)) return Value::null();
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "__mro_entries__() takes exactly one argument (%zu given)",
                 nargs - 1);
  Tuple* t = tuple_pack(interp, {args[0].as<GenericAlias>()->origin});
  return t != nullptr ? Value::object(t) : raise_no_memory(interp);
}

Value alias_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_kind(a, Kind::Native) || !is_kind(b, Kind::Native) ||
      a.as_object()->type != b.as_object()->type)
    return interp.not_implemented;
  GenericAlias* x = a.as<GenericAlias>();
  GenericAlias* y = b.as<GenericAlias>();
  int eq = equal(interp, x->origin, y->origin);
  if (eq > 0) eq = equal(interp, Value::object(x->args), Value::object(y->args));
  if (eq < 0) return Value::null();
  return Value::boolean((eq == 1) == (op == CmpOp::Eq));
}

int64_t alias_hash(Interp& interp, Value self) {
  GenericAlias* g = self.as<GenericAlias>();
  int64_t a = hash(interp, g->origin);
  if (a == -1) return -1;
  int64_t b = hash(interp, Value::object(g->args));
  if (b == -1) return -1;
  int64_t h = a ^ b;
  return h == -1 ? -2 : h;
}

void alias_trace(Object* self, Tracer& t) {
  GenericAlias* g = static_cast<GenericAlias*>(self);
  t.mark(g->origin);
  t.mark(g->args);
}

// The GenericAlias type, created (and readied) the first time it is needed.
Type* alias_type(Interp& interp) {
  Value cm = type_lookup(interp.types.list, interp.names.__class_getitem__);
  if (!is_kind(cm, Kind::ClassMethod) || !is_kind(cm.as<ClassMethod>()->func, Kind::NativeFunction)) {
    raise(interp, interp.exc_types.SystemError, "list.__class_getitem__ is missing");
    return nullptr;
  }
  NativeFunction* f = cm.as<ClassMethod>()->func.as<NativeFunction>();
  if (is_kind(f->data, Kind::Type)) return f->data.as<Type>();
  Type* t = type_new_builtin(interp, "types.GenericAlias", interp.types.object, Kind::Native, sizeof(GenericAlias), 0);
  if (t == nullptr) return nullptr;
  // The name keeps CPython's tp_name for messages; __name__ / repr use the qualname.
  t->name = intern(interp, "types.GenericAlias");
  if (t->name == nullptr) return nullptr;
  t->repr = alias_repr;
  t->call = alias_call;
  t->getattr = alias_getattr;
  t->compare = alias_compare;
  t->hash = alias_hash;
  t->binary = alias_binary;
  t->new_ = alias_new;
  t->trace = alias_trace;
  if (!type_ready(interp, t)) return nullptr;
  static const MethodDef methods[] = {{"__mro_entries__", alias_mro_entries},
                                      {"__instancecheck__", alias_instancecheck},
                                      {"__subclasscheck__", alias_subclasscheck}};
  if (!add_methods(interp, t, methods, sizeof methods / sizeof methods[0])) return nullptr;
  f->data = Value::object(t);
  return t;
}

// cls.__class_getitem__(item): a classmethod, args[0] is the class.
Value class_getitem(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "__class_getitem__", kwnames)) return Value::null();
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "__class_getitem__() takes exactly one argument (%zu given)",
                 nargs - 1);
  Type* t = alias_type(interp);
  if (t == nullptr) return Value::null();
  GenericAlias* g = alias_make(interp, t, args[0], args[1]);
  return g != nullptr ? Value::object(g) : Value::null();
}

}  // namespace

bool init_generic_alias(Interp& interp) {
  static const MethodDef methods[] = {{"__class_getitem__", class_getitem, MethodDef::ClassMethod}};
  BuiltinTypes& T = interp.types;
  for (Type* t : {T.list, T.dict, T.tuple, T.set, T.frozenset, T.enumerate})
    if (!add_methods(interp, t, methods, 1)) return false;
  return true;
}

}  // namespace coil
