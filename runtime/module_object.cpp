// The module type: module objects (a namespace dict and a name), their attribute access with
// PEP 562's module __getattr__, and repr. The import system is runtime/module.cpp.
#include <string>
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_internal.h"

namespace coil {

namespace {

// Object::flags bit of a module made by calling the module type from Python (types.ModuleType
// ('x')): with no loader and no __file__, CPython shows it as <module 'x'>, while the modules
// made in C++ (builtin modules) show "(built-in)". runtime/import.h uses 0x4000.
constexpr uint16_t kModuleFromCall = 0x2000;

Module* alloc_module(Interp& interp, Type* cls) {
  return static_cast<Module*>(interp.heap.allocate(cls, Kind::Module, cls->instance_size));
}

bool fill_module(Interp& interp, Module* m, Value name, Value doc) {
  if (m->dict == nullptr && (m->dict = dict_new(interp)) == nullptr) return false;
  m->name = is_str(name) ? name.as<Str>() : nullptr;
  Names& N = interp.names;
  return dict_set_str(interp, m->dict, N.__name__, name) && dict_set_str(interp, m->dict, N.__doc__, doc) &&
         dict_set_str(interp, m->dict, N.__package__, Value::none()) &&
         dict_set_cstr(interp, m->dict, "__loader__", Value::none()) &&
         dict_set_str(interp, m->dict, N.__spec__, Value::none());
}

Value module_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Module* m = alloc_module(interp, cls);
  if (m == nullptr) return raise_no_memory(interp);
  m->dict = dict_new(interp);
  if (m->dict == nullptr) return Value::null();
  m->flags |= kModuleFromCall;
  return Value::object(m);
}

int module_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_args(interp, {"module", {"name", "doc"}, 1}, args, nargs, kwnames, a)) return -1;
  if (!is_str(a[0])) {
    raise(interp, interp.exc_types.TypeError, "module.__init__() argument 'name' must be str, not %s",
          type_name(interp, a[0]));
    return -1;
  }
  return fill_module(interp, self.as<Module>(), a[0], a[1].is_null() ? Value::none() : a[1]) ? 0 : -1;
}

std::string module_name_text(Interp& interp, Module* m) {
  Value n = m->dict != nullptr ? dict_get_str(m->dict, interp.names.__name__) : Value::null();
  if (is_str(n)) return std::string(n.as<Str>()->view());
  if (m->name != nullptr) return std::string(m->name->view());
  return "?";
}

Value module_getattr(Interp& interp, Value self, Str* name) {
  Value r = generic_getattr(interp, self, name);
  if (!r.is_null() || !error_matches(interp, interp.exc_types.AttributeError)) return r;
  Module* m = self.as<Module>();
  clear_error(interp);
  // PEP 562: a module-level __getattr__ function.
  if (m->dict != nullptr) {
    Value ga = dict_get_str(m->dict, interp.names.__getattr__);
    if (!ga.is_null()) {
      Value n = Value::object(name);
      return call(interp, ga, &n, 1);
    }
  }
  std::string mod = module_name_text(interp, m);
  raise(interp, interp.exc_types.AttributeError, "module '%s' has no attribute '%s'", mod.c_str(), str_cstr(name));
  Value e = interp.exc;
  exception_set_attr(interp, e, "name", Value::object(name));
  exception_set_attr(interp, e, "obj", self);
  interp.exc = e;
  return Value::null();
}

Value module_repr(Interp& interp, Value self) {
  Module* m = self.as<Module>();
  std::string s = "<module ";
  Value n = m->dict != nullptr ? dict_get_str(m->dict, interp.names.__name__) : Value::null();
  if (n.is_null()) s += "'?'";
  else if (!repr_into(interp, n, s)) return Value::null();
  Value f = m->dict != nullptr ? dict_get_str(m->dict, interp.names.__file__) : Value::null();
  if (!f.is_null() && !f.is_none()) {
    s += " from ";
    if (!repr_into(interp, f, s)) return Value::null();
    s += ">";
  } else if (m->flags & kModuleFromCall) {
    s += ">";
  } else {
    s += " (built-in)>";
  }
  return str_value(interp, s);
}

void module_trace(Object* self, Tracer& t) {
  auto* m = static_cast<Module*>(self);
  t.mark(m->dict);
  t.mark(m->name);
}

Value module_dir(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1) return raise(interp, interp.exc_types.TypeError, "__dir__() takes no arguments");
  Module* m = args[0].as<Module>();
  Value keys = m->dict != nullptr ? call_method(interp, Value::object(m->dict), interp.names.keys, {}) : Value::null();
  if (keys.is_null()) return keys;
  Value list_type = Value::object(interp.types.list);
  return call(interp, list_type, &keys, 1);
}

}  // namespace

Module* module_new(Interp& interp, Str* name) {
  Module* m = alloc_module(interp, interp.types.module);
  if (m == nullptr) { raise_no_memory(interp); return nullptr; }
  if (!fill_module(interp, m, Value::object(name), Value::none())) return nullptr;
  return m;
}

bool init_module_type(Interp& interp) {
  Type* t = interp.types.module;
  t->instance_kind = Kind::Module;
  t->instance_size = sizeof(Module);
  t->dict_offset = member_offset(&Module::dict);
  t->new_ = module_new_slot;
  t->init = module_init;
  t->getattr = module_getattr;
  t->setattr = generic_setattr;
  t->repr = module_repr;
  t->trace = module_trace;
  static const MethodDef methods[] = {{"__dir__", module_dir}};
  return add_methods(interp, t, methods, 1);
}

}  // namespace coil
