// Callable objects: Python functions, native (C++) functions and methods, bound methods, cells.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

struct Code;

struct Cell : Object {
  Value value;             // null = empty
};

struct Function : Object {
  Code* code;
  Dict* globals;
  Dict* builtins;
  Str* name;               // __name__ (settable)
  Str* qualname;           // __qualname__
  Tuple* defaults;         // __defaults__ or null
  Dict* kwdefaults;        // __kwdefaults__ or null
  Tuple* closure;          // tuple of Cells, or null
  Dict* annotations;       // __annotations__ or null
  Dict* dict;              // function attributes, or null until first set
  Value module;            // __module__
  Value doc;               // __doc__
};

// Native function signature. args holds nargs positional values followed by
// len(kwnames) keyword values (kwnames may be null). For methods args[0] is self.
// Returns the result, or Value::null() with an exception pending.
using NativeFn = Value (*)(Interp&, const Value* args, size_t nargs, Tuple* kwnames);

struct NativeFunction : Object {   // types: builtin_function (never binds) or method_descriptor (binds)
  NativeFn fn;
  const char* name;        // static text
  Str* qualname;           // "list.append" (lazily made) or null
  Value self;              // builtin_function only: a bound receiver (module functions: null)
  Value data;              // anything the native needs (traced): e.g. the owning type
  Type* owner;             // method_descriptor: the type it belongs to (for the TypeError on a wrong self)
  const char* doc;
};

struct BoundMethod : Object {
  Value func;              // __func__
  Value self;              // __self__
};

Cell* cell_new(Interp&, Value v);
Function* function_new(Interp&, Code* code, Dict* globals);
// A module-level native function (e.g. `len`). `self` is bound as args[0] when non-null.
NativeFunction* native_function_new(Interp&, const char* name, NativeFn fn, Value self = Value());
// A native method for type `owner`'s dict: binds like a Python function when accessed on an instance.
NativeFunction* native_method_new(Interp&, Type* owner, const char* name, NativeFn fn);
Value bound_method_new(Interp&, Value func, Value self);

// Describes a native method for bulk registration: { "append", list_append_method, "doc" }.
struct MethodDef {
  const char* name;
  NativeFn fn;
  enum Kind { Method, ClassMethod, StaticMethod } kind = Method;
};
// Adds methods to a type's dict. Returns false on MemoryError.
bool add_methods(Interp&, Type* type, const MethodDef* defs, size_t n);
// Adds functions to a module namespace (builtins, math, …).
bool add_functions(Interp&, Dict* ns, const MethodDef* defs, size_t n);

}  // namespace coil
