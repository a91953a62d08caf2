// Start-up of an Interpreter's builtin types: the bootstrap allocates every Type shell listed
// in types.def / exceptions.def, then each area's init function fills in slots and methods.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

// Called in this order by Interpreter::Interpreter (runtime/interpreter.cpp). Each returns
// false on failure (MemoryError); the shells already exist, with names, bases and
// type == interp.types.type, and interp.names are interned.
bool init_object_types(Interp&);     // object, type, NoneType, NotImplementedType, ellipsis, property, classmethod, staticmethod, super, module
bool init_str_types(Interp&);        // str, str_iterator
bool init_number_types(Interp&);     // int, bool, float
bool init_bytes_types(Interp&);      // bytes, bytearray, bytes_iterator
bool init_container_types(Interp&);  // tuple, list, dict, set, frozenset, range, slice, their iterators and views,
                                     // enumerate, zip, map, filter, reversed, callable_iterator, seq_iterator
bool init_function_types(Interp&);   // function, builtin_function, method_descriptor, method, cell, code,
                                     // generator, coroutine, async_generator, coroutine_wrapper,
                                     // async_generator_asend, traceback, frame
bool init_exception_types(Interp&);  // everything in exceptions.def
bool init_builtins(Interp&);         // the builtins namespace, sys (with sys.modules), text_file, module registry

// After slots and dict entries are set: computes __mro__, inherits unset slots from the base,
// and adds dunder wrappers (e.g. list.__len__) for slots the type defines.
bool type_ready(Interp&, Type* t);

}  // namespace coil
