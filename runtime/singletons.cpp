// The singleton types: NoneType (None is an immediate), NotImplementedType and ellipsis (heap
// singletons made at start-up). Calling the type returns the singleton.
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type_internal.h"

namespace coil {

namespace {

bool no_args(Interp& interp, Type* cls, size_t nargs, Tuple* kwnames) {
  if (nargs > 0 || (kwnames != nullptr && kwnames->size > 0)) {
    raise(interp, interp.exc_types.TypeError, "%s takes no arguments", cls->name->data);
    return false;
  }
  return true;
}

Value none_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  return no_args(interp, cls, nargs, kwnames) ? Value::none() : Value::null();
}
Value none_repr(Interp& interp, Value self) { return str_value(interp, "None"); }
int none_bool(Interp& interp, Value self) { return 0; }
int64_t none_hash(Interp& interp, Value self) { return 0xFCA86420; }   // constant, as 3.12 does

Value ni_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  return no_args(interp, cls, nargs, kwnames) ? interp.not_implemented : Value::null();
}
Value ni_repr(Interp& interp, Value self) { return str_value(interp, "NotImplemented"); }

Value ellipsis_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  return no_args(interp, cls, nargs, kwnames) ? interp.ellipsis : Value::null();
}
Value ellipsis_repr(Interp& interp, Value self) { return str_value(interp, "Ellipsis"); }

}  // namespace

bool init_singleton_types(Interp& interp) {
  BuiltinTypes& T = interp.types;
  T.none->new_ = none_new;
  T.none->repr = none_repr;
  T.none->to_bool = none_bool;
  T.none->hash = none_hash;
  T.none->type_flags &= ~uint32_t(kTypeBaseType);
  T.not_implemented->new_ = ni_new;
  T.not_implemented->repr = ni_repr;
  T.not_implemented->type_flags &= ~uint32_t(kTypeBaseType);
  T.ellipsis->new_ = ellipsis_new;
  T.ellipsis->repr = ellipsis_repr;
  T.ellipsis->type_flags &= ~uint32_t(kTypeBaseType);
  return true;
}

}  // namespace coil
