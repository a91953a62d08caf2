// init_builtins: assembles the builtins namespace (functions, types, exceptions, constants),
// the text_file type, the `builtins` module and the early part of `sys`.
#include "runtime/builtins.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/textio.h"
#include "runtime/types_init.h"
#include "stdlib/sys.h"

namespace coil {

namespace {

bool bind(Interp& interp, Dict* ns, const char* name, Value v) {
  return !v.is_null() && dict_set_str(interp, ns, intern(interp, name), v);
}

bool bind_types(Interp& interp, Dict* ns) {
  BuiltinTypes& t = interp.types;
  struct { const char* name; Type* type; } table[] = {
      {"object", t.object},       {"type", t.type},           {"int", t.int_},
      {"float", t.float_},        {"str", t.str},             {"bool", t.bool_},
      {"bytes", t.bytes},         {"bytearray", t.bytearray}, {"list", t.list},
      {"tuple", t.tuple},         {"dict", t.dict},           {"set", t.set},
      {"frozenset", t.frozenset}, {"range", t.range},         {"slice", t.slice},
      {"property", t.property},   {"classmethod", t.classmethod}, {"staticmethod", t.staticmethod},
      {"super", t.super},         {"enumerate", t.enumerate}, {"zip", t.zip},
      {"map", t.map},             {"filter", t.filter},       {"reversed", t.reversed},
  };
  for (auto& row : table) {
    if (row.type != nullptr && !bind(interp, ns, row.name, Value::object(row.type))) return false;
  }
#define COIL_EXCEPTION(id, base) \
  if (interp.exc_types.id != nullptr && !bind(interp, ns, #id, Value::object(interp.exc_types.id))) return false;
#include "runtime/exceptions.def"
#undef COIL_EXCEPTION
  // CPython's aliases of OSError.
  return bind(interp, ns, "EnvironmentError", Value::object(interp.exc_types.OSError)) &&
         bind(interp, ns, "IOError", Value::object(interp.exc_types.OSError));
}

}  // namespace

bool init_builtins(Interp& interp) {
  if (!init_textfile_type(interp)) return false;
  if (interp.builtins == nullptr) interp.builtins = dict_new(interp);
  if (interp.modules == nullptr) interp.modules = dict_new(interp);
  Dict* ns = interp.builtins;
  if (ns == nullptr || interp.modules == nullptr) return false;

  Str* name = intern(interp, "builtins");
  if (name == nullptr) return false;
  if (!bind(interp, ns, "__name__", Value::object(name)) ||
      !bind(interp, ns, "__doc__", str_value(interp, "Built-in functions, types, exceptions, and other objects.")) ||
      !bind(interp, ns, "__package__", Value::object(interp.empty_str)) ||
      !bind(interp, ns, "__spec__", Value::none()) || !bind(interp, ns, "__loader__", Value::none()) ||
      !bind(interp, ns, "None", Value::none()) || !bind(interp, ns, "True", Value::true_()) ||
      !bind(interp, ns, "False", Value::false_()) || !bind(interp, ns, "Ellipsis", interp.ellipsis) ||
      !bind(interp, ns, "NotImplemented", interp.not_implemented) || !bind(interp, ns, "__debug__", Value::true_())) {
    return false;
  }
  if (!add_io_builtins(interp, ns) || !add_core_builtins(interp, ns) || !add_numeric_builtins(interp, ns) ||
      !add_iter_builtins(interp, ns) || !add_attr_builtins(interp, ns) || !add_exec_builtins(interp, ns) ||
      !bind_types(interp, ns)) {
    return false;
  }

  // The builtins module shares the namespace dict with interp.builtins.
  Module* m = module_new(interp, name);
  if (m == nullptr) return false;
  m->dict = ns;
  if (!dict_set_str(interp, interp.modules, name, Value::object(m))) return false;

  return create_sys_module(interp);
}

}  // namespace coil
