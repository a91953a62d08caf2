// The sys module, and "struct sequences" (tuple subclasses with named fields such as
// sys.version_info and time.struct_time) that other stdlib modules build with it.
#pragma once
#include <initializer_list>
#include "runtime/interpreter.h"

namespace coil {

struct Module;

// Creates interp.sys_module with what must exist before any import: stdin/stdout/stderr
// (and __stdin__ …), argv, path, modules. Called by init_builtins. The rest of sys is filled
// on first `import sys` (init_sys_module), after every builtin type is ready.
bool create_sys_module(Interp&);

// A tuple subclass named module.name with one read-only property per field and CPython's
// struct-sequence repr "time.struct_time(tm_year=2024, ...)". Null + exception on failure.
Type* struct_seq_type(Interp&, const char* module, const char* name, std::initializer_list<const char*> fields);
// An instance holding `n` values (n == number of fields).
Value struct_seq_new(Interp&, Type* type, const Value* values, size_t n);

// sys.get_int_max_str_digits() as stored by sys.set_int_max_str_digits (default 4300).
int64_t sys_int_max_str_digits(Interp&);

}  // namespace coil
