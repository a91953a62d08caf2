// Calling any callable from C++, and parsing native-function arguments.
#pragma once
#include <initializer_list>
#include "runtime/interpreter.h"

namespace coil {

// Calls `callable` (function, native, type, bound method, object with __call__).
// Python functions run in a nested VM loop; collection is held off until it returns (the
// caller's C++ locals are not roots), so natives need no Root for their temporaries.
Value call(Interp&, Value callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
Value call(Interp&, Value callable, std::initializer_list<Value> args);
// As call(), but the caller promises every Value it still needs is reachable from a root
// (Root, a frame, the loop's queues): the collector may run inside. For long-running
// drivers: the event loop, module execution, the host API.
Value call_clean(Interp&, Value callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
// obj.name(*args)
Value call_method(Interp&, Value obj, Str* name, std::initializer_list<Value> args);
// Looks up a special method on the TYPE (not the instance), as CPython does for dunders.
// Returns null without an exception when absent.
Value lookup_special(Interp&, Value obj, Str* name);
// Calls a special method found by lookup_special with self prepended. Null + no exception
// when the method is absent (check has_error to tell the two apart).
Value call_special(Interp&, Value obj, Str* name, std::initializer_list<Value> args);

// Argument parsing for natives: binds positional and keyword arguments to `names` as
// CPython's argument clinic does, with its error messages ("f() takes at most 2 arguments
// (3 given)", "f() got an unexpected keyword argument 'x'", "f() missing required argument 'x' (pos 1)").
// `out` receives one Value per name; missing optional ones stay null.
// required: how many leading names must be given; positional_only: how many leading names
// cannot be passed by keyword; keyword_only_from: index from which names are keyword-only.
struct ArgSpec {
  const char* func_name;
  std::initializer_list<const char*> names;
  int required = 0;
  int positional_only = 0;
  int keyword_only_from = -1;   // -1: none
};
bool parse_args(Interp&, const ArgSpec& spec, const Value* args, size_t nargs, Tuple* kwnames, Value* out);
// Quick checks for natives without keywords: "len() takes exactly one argument (2 given)".
bool check_no_kwargs(Interp&, const char* func_name, Tuple* kwnames);
bool check_nargs(Interp&, const char* func_name, size_t nargs, size_t min, size_t max);

}  // namespace coil
