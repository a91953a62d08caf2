// Descriptor objects: property, classmethod, staticmethod, super, and getset descriptors (native
// attributes of builtin types, e.g. BaseException.args). Layouts and constructors for natives.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

struct Property : Object {        // Kind::Property
  Value fget, fset, fdel, doc;     // null when absent
  Str* name;                       // from __set_name__ (for "property 'x' of 'A' object has no setter")
};

struct ClassMethod : Object {     // Kind::ClassMethod
  Value func;
  Dict* dict;
};

struct StaticMethod : Object {    // Kind::StaticMethod
  Value func;
  Dict* dict;
};

struct Super : Object {           // Kind::Super
  Type* type;                      // the class after which the MRO search starts
  Value obj;                       // the bound instance or class (null: unbound)
  Type* obj_type;                  // whose MRO is searched
};

// A native attribute on a builtin type. get returns null with an exception on error; set gets
// null for `del` and returns 0 / -1; a null set makes the attribute read-only.
using GetterFn = Value (*)(Interp&, Value self);
using SetterFn = int (*)(Interp&, Value self, Value v);
struct GetSetDef {
  const char* name;
  GetterFn get;
  SetterFn set = nullptr;
};
// Adds getset descriptors to a type's dict (data descriptors: they win over the instance dict).
bool add_getsets(Interp&, Type* type, const GetSetDef* defs, size_t n);

// Wraps a callable (null + MemoryError on failure).
Value classmethod_new(Interp&, Value func);
Value staticmethod_new(Interp&, Value func);

}  // namespace coil
