// Numeric helpers beyond the int.h / float.h contracts: unary ops, pow with a modulus, round,
// exact int/float conversions and the float text forms the formatter builds on.
#pragma once
#include <string>
#include <string_view>
#include "runtime/float.h"
#include "runtime/int.h"

namespace coil {

// -x, +x, ~x, abs(x) for ints (bool included: -True == -1).
Value int_unary(Interp&, UnaryOp op, Value v);
Value float_unary(Interp&, UnaryOp op, Value v);

// pow(a, b, m) for ints (negative b with an invertible base, as CPython 3.8+). Raises
// "pow() 3rd argument cannot be 0", "base is not invertible for the given modulus".
// Non-int arguments: TypeError "pow() 3rd argument not allowed unless all arguments are integers".
Value int_pow_mod(Interp&, Value base, Value exp, Value mod);

// round(v) / round(v, ndigits) for ints and floats (ndigits null = the one-argument form,
// which returns an int).
Value int_round(Interp&, Value v, Value ndigits);
Value float_round(Interp&, double x, Value ndigits);

// int(x) for any x without a base (str, bytes, float, __int__, __index__, __trunc__).
Value int_new_value(Interp&, Value x);
// int(x) for a float: truncation, "cannot convert float infinity to integer" / "... NaN ...".
Value int_from_double(Interp&, double d);
// The float nearest to a/b, correctly rounded; OverflowError "integer division result too
// large for a float".
Value int_true_divide(Interp&, Value a, Value b);
// Correctly rounded int -> double (float(n)); OverflowError "int too large to convert to float".
bool int_to_double_checked(Interp&, Value v, double* out);
// Exact comparison of an int with a double: -1, 0, 1 (nan: 2).
int int_compare_double(Value i, double d);

// float(text) parsing with CPython's rules (whitespace, underscores, inf/nan); false if invalid.
bool parse_float_text(std::string_view text, double* out);
// float(x) for any x (str, bytes, int, float, __float__, __index__). Raises like CPython.
Value float_from_value(Interp&, Value x);

// Decimal text of a double. mode 'r': repr; 'e'/'f'/'g' with `precision` (and for 'g' the
// alternate flag keeps trailing zeros); upper=true uses 'E' / 'INF' / 'NAN'.
// add_dot_0: append ".0" to integral fixed forms (repr and format's no-type form).
std::string double_to_text(double d, char mode, int precision, bool alternate, bool add_dot_0,
                           bool upper = false);

// float.__trunc__/__floor__/__ceil__ results as ints (the math engineer's floor/ceil use them).
Value float_floor_int(Interp&, double d);
Value float_ceil_int(Interp&, double d);

// divmod(a, b) for ints and floats (NotImplemented for other types).
Value number_divmod(Interp&, Value a, Value b);
Value float_divmod(Interp&, Value a, Value b);
// a ** b for doubles with CPython's special cases and errors.
Value float_pow(Interp&, double a, double b);

// The CPython limit on int <-> decimal string conversion (sys.set_int_max_str_digits).
constexpr int kIntMaxStrDigits = 4300;

}  // namespace coil
