// int: small ints live in the Value word; larger ones are BigInt heap objects holding a GMP mpz.
// Invariant: a BigInt never holds a value that fits a small int (results are normalized).
#pragma once
#include <gmp.h>
#include <string>
#include "runtime/interpreter.h"

namespace coil {

struct BigInt : Object {
  mpz_t value;
};

inline bool is_int(Value v) { return v.is_small_int() || is_kind(v, Kind::Int) || v.is_bool(); }
// True for int and its subclasses (including bool), not for float.
bool is_int_like(Value v);

Value make_int(Interp&, int64_t n);                 // small or big as needed
Value make_int_from_mpz(Interp&, const mpz_t n);    // normalizes to small when it fits
Value make_int_from_u64(Interp&, uint64_t n);
// Parses int(text, base) syntax (CPython's rules: whitespace, sign, underscores, 0x prefixes
// with base 0). Raises ValueError "invalid literal for int() with base 10: 'abc'".
Value int_from_string(Interp&, std::string_view text, int base);

// Converts to int64. Returns false (no exception) if it does not fit.
bool int_to_int64(Value v, int64_t* out);
// Converts to a C index (ssize). Raises OverflowError/TypeError as CPython's __index__ users do.
bool to_index(Interp&, Value v, int64_t* out);
void int_to_mpz(Value v, mpz_t out);                // out must be initialized
std::string int_to_string(Value v, int base = 10);
double int_to_double(Interp&, Value v, bool* overflow);
int int_sign(Value v);                              // -1, 0, 1

// The int type's arithmetic (used by the VM's fast paths when one side is big).
Value int_binary(Interp&, BinOp op, Value a, Value b);  // NotImplemented if b is not an int
Value int_compare(Interp&, Value a, Value b, CmpOp op);
int64_t int_hash(Value v);

}  // namespace coil
