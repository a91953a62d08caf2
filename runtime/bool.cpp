// bool: the int subclass whose only values are the True/False immediates. & | ^ between
// bools stay bool (int_binary handles that); everything else is int arithmetic.
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/int_internal.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/types_init.h"

namespace coil {

namespace {

Value bool_repr_slot(Interp& interp, Value self) {
  return str_value(interp, self.is_true() ? "True" : "False");
}

Value bool_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "bool", kwnames) || !check_nargs(interp, "bool", nargs, 0, 1)) return Value::null();
  if (nargs == 0) return Value::false_();
  int t = truthy(interp, args[0]);
  if (t < 0) return Value::null();
  return Value::boolean(t);
}

}  // namespace

bool init_bool_type(Interp& interp) {
  Type* t = interp.types.bool_;
  t->instance_kind = Kind::Int;
  t->instance_size = sizeof(BigInt);
  t->type_flags &= ~uint32_t(kTypeBaseType);   // "type 'bool' is not an acceptable base type"
  t->new_ = bool_new_slot;
  t->repr = bool_repr_slot;
  t->str = bool_repr_slot;
  t->binary = int_binary;   // True & False is bool; True + 1 is int
  return true;
}

}  // namespace coil
