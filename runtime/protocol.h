// The abstract object protocol: what the VM and natives use to operate on any Value.
// Each function dispatches to type slots (with fast paths for the common builtin types).
#pragma once
#include <string>
#include "runtime/interpreter.h"

namespace coil {

Type* type_of(Interp&, Value v);            // never null (small ints → int, None → NoneType …)

Value repr(Interp&, Value v);               // a Str or null
Value to_str(Interp&, Value v);             // str(v): a Str or null
// Appends repr/str to a C++ string (fast for builtins). False on error.
bool repr_into(Interp&, Value v, std::string& out);
bool str_into(Interp&, Value v, std::string& out);
Value format(Interp&, Value v, Value spec);  // format(v, spec) / __format__
int64_t hash(Interp&, Value v);              // -1 on error ("unhashable type: 'list'")
int truthy(Interp&, Value v);                // 1, 0, -1

Value compare(Interp&, Value a, Value b, CmpOp op);   // rich comparison with reflection
int equal(Interp&, Value a, Value b);        // identity shortcut, then ==; 1, 0, -1
Value binary_op(Interp&, BinOp op, Value a, Value b);   // with reflected operands
Value inplace_op(Interp&, BinOp op, Value a, Value b);  // __iadd__ … then binary_op
Value unary_op(Interp&, UnaryOp op, Value v);

Value getattr(Interp&, Value obj, Str* name);            // AttributeError when missing
// As getattr, but a missing attribute returns null WITHOUT an exception (other errors: null
// with exception). Avoids building AttributeError for hasattr/getattr(x, n, default).
Value getattr_opt(Interp&, Value obj, Str* name);
int setattr(Interp&, Value obj, Str* name, Value v);     // 0 / -1
int delattr(Interp&, Value obj, Str* name);

Value getitem(Interp&, Value obj, Value key);
int setitem(Interp&, Value obj, Value key, Value v);
int delitem(Interp&, Value obj, Value key);
int contains(Interp&, Value container, Value item);      // `item in container`
int64_t length(Interp&, Value v);                        // len(); -1 on error

Value get_iter(Interp&, Value v);                        // iter(v): "'int' object is not iterable"
// next(it): null + no exception = exhausted; null + exception = error.
Value iter_next(Interp&, Value it);

bool isinstance(Interp&, Value v, Type* t);              // subclass-aware, fast
int isinstance_check(Interp&, Value v, Value type_or_tuple);  // isinstance() builtin; -1 on error
bool is_subtype(Type* a, Type* b);                       // b in a.__mro__
bool is_callable(Interp&, Value v);

}  // namespace coil
