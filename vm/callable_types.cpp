// The native callable types and friends: builtin_function (module functions and methods
// bound to a receiver), method_descriptor (native methods in a type's dict), method (bound
// Python methods) and cell.
#include <cstdio>
#include <string>
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/vm_internal.h"
#include "vm/vm_types.h"

namespace coil {

namespace {

std::string native_qualname(const NativeFunction* f) {
  Type* owner = f->owner;
  if (owner == nullptr && f->self.is_object() && f->self.as_object()->kind != Kind::Module)
    owner = f->self.as_object()->type;
  if (owner != nullptr && owner->name != nullptr) return std::string(owner->name->view()) + "." + f->name;
  return f->name;
}

std::string hex_addr(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

// ---- builtin_function

void native_trace(Object* self, Tracer& t) {
  auto* f = static_cast<NativeFunction*>(self);
  t.mark(f->qualname);
  t.mark(f->self);
  t.mark(f->data);
  t.mark(f->owner);
}

Value builtin_repr(Interp& interp, Value self) {
  auto* f = self.as<NativeFunction>();
  if (f->self.is_null() || is_kind(f->self, Kind::Module)) {
    return str_value(interp, std::string("<built-in function ") + f->name + ">");
  }
  std::string s = std::string("<built-in method ") + f->name + " of " + type_name(interp, f->self) + " object at " +
                  hex_addr(f->self.is_object() ? f->self.as_object() : nullptr) + ">";
  return str_value(interp, s);
}

Value builtin_call(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(interp, self, args, nargs, kwnames);
}

Value native_common_attr(Interp& interp, NativeFunction* f, std::string_view n) {
  if (n == "__name__") return str_value(interp, f->name);
  if (n == "__qualname__") return str_value(interp, native_qualname(f));
  if (n == "__doc__") return f->doc ? str_value(interp, f->doc) : Value::none();
  if (n == "__text_signature__") return Value::none();
  return Value::null();
}

Value builtin_getattr(Interp& interp, Value self, Str* name) {
  auto* f = self.as<NativeFunction>();
  std::string_view n = name->view();
  Value v = native_common_attr(interp, f, n);
  if (!v.is_null() || interp.has_error()) return v;
  if (n == "__self__") return f->self.is_null() ? Value::none() : f->self;
  if (n == "__module__") {
    if (f->self.is_null()) return str_value(interp, "builtins");
    if (is_kind(f->self, Kind::Module)) return getattr(interp, f->self, interp.names.__name__);
    return Value::none();
  }
  return generic_getattr(interp, self, name);
}

Value builtin_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_kind(b, Kind::NativeFunction)) return interp.not_implemented;
  auto* x = a.as<NativeFunction>();
  auto* y = b.as<NativeFunction>();
  bool eq = x->fn == y->fn && x->self == y->self;
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}

int64_t builtin_hash(Interp& interp, Value self) {
  auto* f = self.as<NativeFunction>();
  int64_t h = int64_t(reinterpret_cast<uintptr_t>(f->fn) >> 4) ^ int64_t(f->self.raw() >> 4);
  return h == -1 ? -2 : h;
}

// ---- method_descriptor

Value descriptor_repr(Interp& interp, Value self) {
  auto* f = self.as<NativeFunction>();
  std::string s = std::string("<method '") + f->name + "' of '" + (f->owner ? std::string(f->owner->name->view()) : std::string("?")) + "' objects>";
  return str_value(interp, s);
}

Value descriptor_get(Interp& interp, Value descr, Value obj, Type* owner) {
  if (obj.is_null()) return descr;
  auto* f = descr.as<NativeFunction>();
  Type* ot = type_of(interp, obj);
  if (f->owner != nullptr && ot != f->owner && !is_subtype(ot, f->owner)) {
    return raise(interp, interp.exc_types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 f->name, cstr(f->owner->name), type_name(interp, obj));
  }
  NativeFunction* b = native_function_new(interp, f->name, f->fn, obj);
  if (b == nullptr) return Value::null();
  b->owner = nullptr;
  b->data = f->data;
  b->doc = f->doc;
  return Value::object(b);
}

Value descriptor_call(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* f = self.as<NativeFunction>();
  if (!native_check_self(interp, f, args, nargs)) return Value::null();
  return f->fn(interp, args, nargs, kwnames);
}

Value descriptor_getattr(Interp& interp, Value self, Str* name) {
  auto* f = self.as<NativeFunction>();
  std::string_view n = name->view();
  Value v = native_common_attr(interp, f, n);
  if (!v.is_null() || interp.has_error()) return v;
  if (n == "__objclass__") return f->owner ? Value::object(f->owner) : Value::none();
  return generic_getattr(interp, self, name);
}

// ---- method (bound Python method)

void method_trace(Object* self, Tracer& t) {
  auto* m = static_cast<BoundMethod*>(self);
  t.mark(m->func);
  t.mark(m->self);
}

Value method_repr(Interp& interp, Value self) {
  auto* m = self.as<BoundMethod>();
  std::string s = "<bound method ";
  Value q = getattr_opt(interp, m->func, interp.names.__qualname__);
  if (q.is_null() && interp.has_error()) return q;
  if (q.is_null() || !is_str(q)) q = getattr_opt(interp, m->func, interp.names.__name__);
  if (!q.is_null() && is_str(q)) s += q.as<Str>()->view();
  else s += "?";
  s += " of ";
  if (!repr_into(interp, m->self, s)) return Value::null();
  s += ">";
  return str_value(interp, s);
}

Value method_call(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(interp, self, args, nargs, kwnames);
}

Value method_getattr(Interp& interp, Value self, Str* name) {
  auto* m = self.as<BoundMethod>();
  std::string_view n = name->view();
  if (n == "__func__") return m->func;
  if (n == "__self__") return m->self;
  if (n == "__name__" || n == "__qualname__" || n == "__module__" || n == "__doc__") return getattr(interp, m->func, name);
  Value v = generic_getattr(interp, self, name);
  if (!v.is_null() || !error_matches(interp, interp.exc_types.AttributeError)) return v;
  clear_error(interp);
  return getattr(interp, m->func, name);
}

Value method_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_kind(b, Kind::BoundMethod)) return interp.not_implemented;
  auto* x = a.as<BoundMethod>();
  auto* y = b.as<BoundMethod>();
  bool eq = x->self == y->self;
  if (eq) {
    int r = equal(interp, x->func, y->func);
    if (r < 0) return Value::null();
    eq = r == 1;
  }
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}

int64_t method_hash(Interp& interp, Value self) {
  auto* m = self.as<BoundMethod>();
  int64_t h = hash(interp, m->func);
  if (h == -1) return -1;
  h ^= int64_t(m->self.raw() >> 4);
  return h == -1 ? -2 : h;
}

// ---- cell

void cell_trace(Object* self, Tracer& t) { t.mark(static_cast<Cell*>(self)->value); }

Value cell_repr(Interp& interp, Value self) {
  auto* c = self.as<Cell>();
  std::string s = "<cell at " + hex_addr(c) + ": ";
  if (c->value.is_null()) {
    s += "empty>";
  } else {
    s += type_name(interp, c->value);
    s += " object at ";
    s += hex_addr(c->value.is_object() ? static_cast<const void*>(c->value.as_object())
                                       : reinterpret_cast<const void*>(c->value.raw()));
    s += ">";
  }
  return str_value(interp, s);
}

Value cell_getattr(Interp& interp, Value self, Str* name) {
  auto* c = self.as<Cell>();
  if (name->view() == "cell_contents") {
    if (c->value.is_null()) return raise(interp, interp.exc_types.ValueError, "Cell is empty");
    return c->value;
  }
  return generic_getattr(interp, self, name);
}

int cell_setattr(Interp& interp, Value self, Str* name, Value v) {
  if (name->view() == "cell_contents") {
    self.as<Cell>()->value = v;
    return 0;
  }
  return generic_setattr(interp, self, name, v);
}

void not_subclassable(Type* t) {
  t->type_flags &= ~kTypeBaseType;
  t->type_flags |= kTypeAbstractNew;
}

}  // namespace

bool native_check_self(Interp& interp, NativeFunction* f, const Value* args, size_t npos) {
  Type* owner = f->owner;
  if (owner == nullptr) return true;
  if (npos == 0) {
    raise_str(interp, interp.exc_types.TypeError, "unbound method " + native_qualname(f) + "() needs an argument");
    return false;
  }
  Type* t = type_of(interp, args[0]);
  if (t != owner && !is_subtype(t, owner)) {
    raise(interp, interp.exc_types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
          f->name, cstr(owner->name), type_name(interp, args[0]));
    return false;
  }
  return true;
}

bool init_native_function_types(Interp& interp) {
  Type* bf = interp.types.builtin_function;
  bf->trace = native_trace;
  bf->repr = builtin_repr;
  bf->call = builtin_call;
  bf->getattr = builtin_getattr;
  bf->compare = builtin_compare;
  bf->hash = builtin_hash;
  not_subclassable(bf);

  Type* md = interp.types.method_descriptor;
  md->trace = native_trace;
  md->repr = descriptor_repr;
  md->call = descriptor_call;
  md->getattr = descriptor_getattr;
  md->descr_get = descriptor_get;
  not_subclassable(md);

  Type* m = interp.types.method;
  m->trace = method_trace;
  m->repr = method_repr;
  m->call = method_call;
  m->getattr = method_getattr;
  m->compare = method_compare;
  m->hash = method_hash;
  not_subclassable(m);

  Type* c = interp.types.cell;
  c->trace = cell_trace;
  c->repr = cell_repr;
  c->getattr = cell_getattr;
  c->setattr = cell_setattr;
  not_subclassable(c);
  return true;
}

}  // namespace coil
