// Python function objects: construction, the `function` type (attributes, repr, binding,
// calling) and native-method registration (add_methods / add_functions).
#include "runtime/function.h"

#include <cstdio>
#include <cstring>
#include "runtime/call.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "vm/vm_types.h"

namespace coil {

Cell* cell_new(Interp& interp, Value v) {
  auto* c = gc_new<Cell>(interp.heap, interp.types.cell, Kind::Cell);
  if (c == nullptr) { raise_no_memory(interp); return nullptr; }
  c->value = v;
  return c;
}

Function* function_new(Interp& interp, Code* code, Dict* globals) {
  auto* f = gc_new<Function>(interp.heap, interp.types.function, Kind::Function);
  if (f == nullptr) { raise_no_memory(interp); return nullptr; }
  f->code = code;
  f->globals = globals;
  f->builtins = interp.builtins;
  f->name = code->name;
  f->qualname = code->qualname;
  f->module = Value::none();
  if (globals != nullptr && interp.names.__name__ != nullptr) {
    Value m = dict_get_str(globals, interp.names.__name__);
    if (!m.is_null()) f->module = m;
  }
  f->doc = code->docstring.is_null() ? Value::none() : code->docstring;
  return f;
}

NativeFunction* native_function_new(Interp& interp, const char* name, NativeFn fn, Value self) {
  auto* f = gc_new<NativeFunction>(interp.heap, interp.types.builtin_function, Kind::NativeFunction);
  if (f == nullptr) { raise_no_memory(interp); return nullptr; }
  f->fn = fn;
  f->name = name;
  f->self = self;
  return f;
}

NativeFunction* native_method_new(Interp& interp, Type* owner, const char* name, NativeFn fn) {
  auto* f = gc_new<NativeFunction>(interp.heap, interp.types.method_descriptor, Kind::NativeFunction);
  if (f == nullptr) { raise_no_memory(interp); return nullptr; }
  f->fn = fn;
  f->name = name;
  f->owner = owner;
  return f;
}

Value bound_method_new(Interp& interp, Value func, Value self) {
  auto* m = gc_new<BoundMethod>(interp.heap, interp.types.method, Kind::BoundMethod);
  if (m == nullptr) return raise_no_memory(interp);
  m->func = func;
  m->self = self;
  return Value::object(m);
}

bool add_methods(Interp& interp, Type* type, const MethodDef* defs, size_t n) {
  for (size_t i = 0; i < n; i++) {
    // Class and static methods are plain builtin functions (no receiver check); the
    // classmethod wrapper supplies the class as the first argument.
    NativeFunction* nf = defs[i].kind == MethodDef::Method ? native_method_new(interp, type, defs[i].name, defs[i].fn)
                                                           : native_function_new(interp, defs[i].name, defs[i].fn);
    if (nf == nullptr) return false;
    nf->owner = type;
    Value v = Value::object(nf);
    if (defs[i].kind == MethodDef::ClassMethod) v = classmethod_new(interp, v);
    else if (defs[i].kind == MethodDef::StaticMethod) v = staticmethod_new(interp, v);
    if (v.is_null()) return false;
    Str* key = intern(interp, defs[i].name);
    if (key == nullptr || !dict_set_str(interp, type->dict, key, v)) return false;
  }
  return true;
}

bool add_functions(Interp& interp, Dict* ns, const MethodDef* defs, size_t n) {
  for (size_t i = 0; i < n; i++) {
    NativeFunction* nf = native_function_new(interp, defs[i].name, defs[i].fn);
    if (nf == nullptr) return false;
    Str* key = intern(interp, defs[i].name);
    if (key == nullptr || !dict_set_str(interp, ns, key, Value::object(nf))) return false;
  }
  return true;
}

namespace {

void function_trace(Object* self, Tracer& t) {
  auto* f = static_cast<Function*>(self);
  t.mark(f->code);
  t.mark(f->globals);
  t.mark(f->builtins);
  t.mark(f->name);
  t.mark(f->qualname);
  t.mark(f->defaults);
  t.mark(f->kwdefaults);
  t.mark(f->closure);
  t.mark(f->annotations);
  t.mark(f->dict);
  t.mark(f->module);
  t.mark(f->doc);
}

Value function_repr(Interp& interp, Value self) {
  auto* f = self.as<Function>();
  char buf[48];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(f));
  std::string s = "<function ";
  s += f->qualname->view();
  s += buf;
  return str_value(interp, s);
}

Value function_getattr(Interp& interp, Value self, Str* name) {
  auto* f = self.as<Function>();
  std::string_view n = name->view();
  if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
    if (n == "__name__") return Value::object(f->name);
    if (n == "__qualname__") return Value::object(f->qualname);
    if (n == "__doc__") return f->doc;
    if (n == "__module__") return f->module;
    if (n == "__code__") return Value::object(f->code);
    if (n == "__globals__") return Value::object(f->globals);
    if (n == "__builtins__") return f->builtins ? Value::object(f->builtins) : Value::none();
    if (n == "__defaults__") return f->defaults ? Value::object(f->defaults) : Value::none();
    if (n == "__kwdefaults__") return f->kwdefaults ? Value::object(f->kwdefaults) : Value::none();
    if (n == "__closure__") return f->closure ? Value::object(f->closure) : Value::none();
    if (n == "__annotations__") {
      if (f->annotations == nullptr) {
        f->annotations = dict_new(interp);
        if (f->annotations == nullptr) return Value::null();
      }
      return Value::object(f->annotations);
    }
    if (n == "__dict__") {
      if (f->dict == nullptr) {
        f->dict = dict_new(interp);
        if (f->dict == nullptr) return Value::null();
      }
      return Value::object(f->dict);
    }
  }
  return generic_getattr(interp, self, name);
}

int function_setattr(Interp& interp, Value self, Str* name, Value v) {
  auto* f = self.as<Function>();
  std::string_view n = name->view();
  if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
    if (n == "__name__" || n == "__qualname__") {
      if (v.is_null() || !is_str(v)) {
        raise(interp, interp.exc_types.TypeError, "%s must be set to a string object",
              n == "__name__" ? "__name__" : "__qualname__");
        return -1;
      }
      (n == "__name__" ? f->name : f->qualname) = v.as<Str>();
      return 0;
    }
    if (n == "__doc__") { f->doc = v.is_null() ? Value::none() : v; return 0; }
    if (n == "__module__") { f->module = v.is_null() ? Value::none() : v; return 0; }
    if (n == "__code__") {
      if (v.is_null() || !is_kind(v, Kind::Code)) {
        raise(interp, interp.exc_types.TypeError, "__code__ must be set to a code object");
        return -1;
      }
      f->code = v.as<Code>();
      return 0;
    }
    if (n == "__defaults__") {
      if (v.is_null() || v.is_none()) { f->defaults = nullptr; return 0; }
      if (!is_tuple(v)) {
        raise(interp, interp.exc_types.TypeError, "__defaults__ must be set to a tuple object");
        return -1;
      }
      f->defaults = v.as<Tuple>()->size ? v.as<Tuple>() : nullptr;
      return 0;
    }
    if (n == "__kwdefaults__") {
      if (v.is_null() || v.is_none()) { f->kwdefaults = nullptr; return 0; }
      if (!is_dict(v)) {
        raise(interp, interp.exc_types.TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
      }
      f->kwdefaults = v.as<Dict>();
      return 0;
    }
    if (n == "__annotations__") {
      if (v.is_null() || v.is_none()) { f->annotations = nullptr; return 0; }
      if (!is_dict(v)) {
        raise(interp, interp.exc_types.TypeError, "__annotations__ must be set to a dict object");
        return -1;
      }
      f->annotations = v.as<Dict>();
      return 0;
    }
    if (n == "__dict__") {
      if (v.is_null() || !is_dict(v)) {
        raise(interp, interp.exc_types.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
              v.is_null() ? "NoneType" : type_name(interp, v));
        return -1;
      }
      f->dict = v.as<Dict>();
      return 0;
    }
    if (n == "__closure__" || n == "__globals__" || n == "__builtins__") {
      raise(interp, interp.exc_types.AttributeError, "readonly attribute");
      return -1;
    }
  }
  if (f->dict == nullptr && !v.is_null()) {
    f->dict = dict_new(interp);
    if (f->dict == nullptr) return -1;
  }
  return generic_setattr(interp, self, name, v);
}

Value function_descr_get(Interp& interp, Value descr, Value obj, Type* owner) {
  if (obj.is_null() || obj.is_none()) return descr;
  return bound_method_new(interp, descr, obj);
}

Value function_call(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call_function(interp, self.as<Function>(), args, nargs, kwnames);
}

// Offset of Function::dict, for generic_getattr/generic_setattr's instance-dict lookup.
int32_t function_dict_offset() {
  alignas(Function) static const char probe[sizeof(Function)] = {};
  const auto* f = reinterpret_cast<const Function*>(probe);
  return int32_t(reinterpret_cast<const char*>(&f->dict) - probe);
}

}  // namespace

bool init_function_object_type(Interp& interp) {
  Type* t = interp.types.function;
  t->trace = function_trace;
  t->repr = function_repr;
  t->getattr = function_getattr;
  t->setattr = function_setattr;
  t->descr_get = function_descr_get;
  t->call = function_call;
  t->dict_offset = function_dict_offset();
  t->type_flags &= ~kTypeBaseType;
  t->type_flags |= kTypeAbstractNew;
  return true;
}

bool init_function_types(Interp& interp) {
  return vm_init(interp) && init_function_object_type(interp) && init_native_function_types(interp) &&
         init_code_type(interp) && init_generator_types(interp) && init_traceback_types(interp);
}

}  // namespace coil
