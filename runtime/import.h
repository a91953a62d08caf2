// The import system beyond the module.h contract: the entry points the VM's IMPORT_NAME /
// IMPORT_STAR use, the builtin-module registry, and running Python source as a module.
#pragma once
#include <string_view>
#include "runtime/module.h"

namespace coil {

struct Code;

// IMPORT_NAME: `import name` / `from name import fromlist` with `level` leading dots,
// relative to the importing module whose namespace is `globals` (may be null for level 0).
// Same result as import_module (module.h), which is this with importer->dict.
// Raises ModuleNotFoundError "No module named 'x'" / ImportError; returns null then.
Value import_name(Interp&, Str* name, Value fromlist, int level, Dict* globals);

// IMPORT_STAR: binds every public name of `module` (its __all__, or the names not starting
// with '_') in `target`. False with an exception pending.
bool import_star(Interp&, Value module, Dict* target);

// Imports a module by its absolute dotted name (no relative resolution, no fromlist):
// returns the module itself (not the top-level package). Null + exception.
Value import_absolute(Interp&, std::string_view name);

// ---- builtin (C++) modules ----
// One row of the registry (runtime/module_registry.cpp). A module may also have an embedded
// Python half (stdlib/*.py, see stdlib/embedded_sources.h) with the same name: the C++ init
// runs first, then the embedded source executes in the same module namespace.
struct BuiltinModuleDef {
  const char* name;
  ModuleInitFn init;     // may be null: an entry whose implementation is not linked in
};
// The registry, terminated by {nullptr, nullptr}.
const BuiltinModuleDef* builtin_module_table();
ModuleInitFn find_builtin_module(std::string_view name);

// The initializers of the modules in this part of the tree (stdlib/*.cpp).
bool init_sys_module(Interp&, Module* m);
bool init_time_module(Interp&, Module* m);
bool init_math_module(Interp&, Module* m);
bool init_random_module(Interp&, Module* m);
bool init_json_module(Interp&, Module* m);
bool init_gc_module(Interp&, Module* m);
// asyncio's C++ core (`_asyncio`, stdlib/asyncio/module.cpp), written elsewhere; the package
// itself is embedded Python (stdlib/asyncio/*.py). (Not weak: a weak reference would not pull
// the object out of libcoil.a.)
bool init_asyncio_native_module(Interp&, Module* m);

// ---- running source as a module ----
// Compiles `source` and executes it in module m's namespace (m is already in sys.modules).
// False with an exception pending (SyntaxError from the compiler, or what the code raised).
bool exec_module_source(Interp&, Module* m, std::string_view source, std::string_view filename);

// Module::flags bit set while the module body is executing (for CPython's "partially
// initialized module" ImportError message in circular imports).
constexpr uint16_t kModuleInitializing = 0x4000;

}  // namespace coil
