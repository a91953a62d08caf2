// `int | str`: types.UnionType, the object `X | Y` makes from classes, None and generic
// aliases (3.10+), and the helpers isinstance()/issubclass() use to look inside one.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

// `a | b` when both are unionable (None, a class, a GenericAlias or a union): a union of the
// flattened, de-duplicated members, or the single member left (`int | int` is int).
// NotImplemented when either operand is not unionable; null + exception on failure.
Value union_or(Interp&, Value a, Value b);
// The members of v if v is a types.UnionType (None appears as NoneType), else null. Never raises.
Tuple* union_args(Interp&, Value v);
// type's binary slot: only `|` (returning NotImplemented for every other operator).
Value type_binary_or(Interp&, BinOp op, Value a, Value b);

}  // namespace coil
