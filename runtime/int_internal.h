// Internals shared by the int files (int.cpp, int_arith.cpp, int_type.cpp) and bool/float:
// BigInt allocation and accounting, and the exact int -> double rounding primitive.
#pragma once
#include <string>
#include "runtime/int.h"

namespace coil {

// A zero BigInt of type cls (int or a subclass; null = int). Null + MemoryError.
// Fill value, then call bigint_account.
BigInt* bigint_alloc(Interp&, Type* cls);
void bigint_account(Interp&, BigInt* b);        // reports the limbs to the heap
void bigint_finalize(Interp&, Object* self);    // the int type's finalize slot
// v (an int) as an instance of cls: v itself for exact int, else a BigInt-layout subclass object.
Value make_int_of_type(Interp&, Type* cls, Value v);
// Appends str(v) with CPython's 4300-digit limit (ValueError). False on error.
bool int_to_decimal(Interp&, Value v, std::string& out);
// q * 2^-k correctly rounded to double (q >= 0; sticky = nonzero bits below q were dropped).
double mpz_scaled_to_double(const mpz_t q, bool sticky, long k);

// Per-type initializers called by init_number_types (int_type.cpp).
bool init_float_type(Interp&);   // float.cpp
bool init_bool_type(Interp&);    // bool.cpp

}  // namespace coil
