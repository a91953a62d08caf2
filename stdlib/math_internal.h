// Internal glue of the math module: argument conversion and error rules shared by
// stdlib/math.cpp (float functions) and stdlib/math_int.cpp (integer functions).
#pragma once
#include "runtime/interpreter.h"

namespace coil {

// PyFloat_AsDouble: float, int (OverflowError "int too large to convert to float"),
// __float__, __index__; else TypeError "must be real number, not str".
bool math_arg(Interp&, Value v, double* out);
// ValueError "math domain error" / OverflowError "math range error". Return null.
Value math_domain_error(Interp&);
Value math_range_error(Interp&);

// Adds gcd, lcm, factorial, comb, perm, isqrt, prod to the math namespace (math_int.cpp).
bool add_math_int_functions(Interp&, Dict* ns);

}  // namespace coil
