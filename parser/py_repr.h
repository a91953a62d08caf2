// Python's repr() of the constant kinds the parser produces, so AST dumps read exactly like
// CPython's ast.dump() output (used by tests and debugging, not on the hot path).
#pragma once

#include <string>
#include <string_view>

namespace coil::parser {

std::string repr_str(std::string_view utf8);
std::string repr_bytes(std::string_view bytes);
std::string repr_float(double v);
// Digits in base 2, 8, 10 or 16 to decimal text.
std::string int_to_decimal(std::string_view digits, int base);

}  // namespace coil::parser
