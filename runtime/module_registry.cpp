// The table of builtin (C++) modules, created on first import (never at start-up, so
// `coil -c pass` stays fast). To add a module: one row here and its init function.
#include <cstring>
#include "runtime/import.h"

namespace coil {

namespace {

// Constant data, not interpreter state: every Interpreter creates its own module objects.
const BuiltinModuleDef kBuiltinModules[] = {
    {"sys", init_sys_module},
    {"time", init_time_module},
    {"math", init_math_module},
    {"random", init_random_module},
    {"json", init_json_module},
    {"gc", init_gc_module},
    {"_asyncio", init_asyncio_native_module},   // the asyncio core; the package is embedded Python
    {nullptr, nullptr},
};

}  // namespace

const BuiltinModuleDef* builtin_module_table() { return kBuiltinModules; }

ModuleInitFn find_builtin_module(std::string_view name) {
  for (const BuiltinModuleDef* d = kBuiltinModules; d->name != nullptr; d++) {
    if (d->init != nullptr && name == d->name) return d->init;
  }
  return nullptr;
}

}  // namespace coil
