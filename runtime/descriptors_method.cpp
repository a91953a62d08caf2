// Calling the bound-method type: types.MethodType(function, instance), as CPython's
// method_new. The method type itself lives in vm/callable_types.cpp; this only adds its
// constructor, so `type(obj.f)(g, obj)` binds g to obj.
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/protocol.h"
#include "runtime/tuple.h"
#include "runtime/type_internal.h"

namespace coil {

namespace {

Value method_type_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0)
    return raise(interp, interp.exc_types.TypeError, "method() takes no keyword arguments");
  if (nargs != 2) return raise(interp, interp.exc_types.TypeError, "method expected 2 arguments, got %zu", nargs);
  if (!is_callable(interp, args[0]))
    return raise(interp, interp.exc_types.TypeError, "first argument must be callable");
  if (args[1].is_none()) return raise(interp, interp.exc_types.TypeError, "instance must not be None");
  return bound_method_new(interp, args[0], args[1]);
}

}  // namespace

bool init_method_constructor(Interp& interp) {
  interp.types.method->new_ = method_type_new;
  return true;
}

}  // namespace coil
