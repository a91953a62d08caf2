// Private start-up glue of the VM's types: the per-file init functions that
// init_function_types (runtime/function.cpp) calls in order.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

bool init_function_object_type(Interp&);   // function (runtime/function.cpp)
bool init_native_function_types(Interp&);  // builtin_function, method_descriptor, method, cell (vm/callable_types.cpp)
bool init_code_type(Interp&);              // code (vm/code.cpp)
bool init_generator_types(Interp&);        // generator, coroutine, async_generator, coroutine_wrapper,
                                           // async_generator_asend (vm/generator_types.cpp)
bool init_traceback_types(Interp&);        // traceback, frame (vm/traceback.cpp)

}  // namespace coil
