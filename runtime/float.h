// float: a boxed IEEE double. repr is the shortest round-tripping form (std::to_chars).
#pragma once
#include <string>
#include "runtime/interpreter.h"

namespace coil {

struct Float : Object {
  double value;
};

inline bool is_float(Value v) { return is_kind(v, Kind::Float); }
inline double float_value(Value v) { return v.as<Float>()->value; }
Value make_float(Interp&, double d);
std::string float_repr(double d);                    // CPython's repr(float)
Value float_binary(Interp&, BinOp op, Value a, Value b);  // int/float mixes; NotImplemented otherwise
Value float_compare(Interp&, Value a, Value b, CmpOp op);
int64_t float_hash(double d);                         // equal to int hash for integral values
// Converts an int or float (or __float__/__index__ object) to double, raising TypeError.
bool to_double(Interp&, Value v, double* out);

}  // namespace coil
