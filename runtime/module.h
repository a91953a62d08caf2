// Module objects and the import system (sys.modules, builtin modules, .py files on sys.path).
#pragma once
#include <string_view>
#include "runtime/interpreter.h"

namespace coil {

struct Module : Object {
  Dict* dict;     // the module namespace (its globals)
  Str* name;
};

Module* module_new(Interp&, Str* name);
// A builtin module's initializer fills the module's dict; registered by name in
// runtime/module_registry.cpp (sys, time, math, random, json, asyncio, …).
using ModuleInitFn = bool (*)(Interp&, Module* m);
// import name (dotted), as IMPORT_NAME does: sys.modules, then builtin modules, then
// NAME.py / NAME/__init__.py on sys.path. Returns the top-level package unless `fromlist`
// is non-empty (CPython semantics). ModuleNotFoundError "No module named 'x'".
Value import_module(Interp&, Str* name, Value fromlist, int level, Module* importer);
Value import_from(Interp&, Value module, Str* name);

}  // namespace coil
