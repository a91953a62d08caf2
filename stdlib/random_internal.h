// Internal glue of the random module: the Mersenne Twister state object and the helpers the
// distribution functions (random_dist.cpp) share with the core (random.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include "runtime/interpreter.h"

namespace coil {

struct MethodDef;

// A random.Random instance: CPython's MT19937 state, so equal seeds give equal numbers.
struct RandomObj : Object {   // Kind::Native, type random.Random
  uint32_t mt[624];
  int index;
  Value gauss_next;           // null = None
};

uint32_t mt_next(RandomObj* r);                 // genrand_uint32
double mt_random(RandomObj* r);                 // random(): 53-bit float in [0, 1)
Value mt_getrandbits(Interp&, RandomObj* r, int64_t k);   // non-negative int of k bits
// _randbelow(n) for an int n > 0 (any size). Null + exception on error.
Value mt_randbelow(Interp&, RandomObj* r, Value n);
uint64_t mt_randbelow_u64(RandomObj* r, uint64_t n);      // n > 0, fast path

// The receiver of a Random method (args[0]); null with TypeError raised otherwise.
RandomObj* random_self(Interp&, const Value* args, size_t nargs, const char* method);

// Distribution / sequence methods (random_dist.cpp), appended to the Random type.
extern const MethodDef kRandomDistMethods[];
extern const size_t kRandomDistMethodCount;

// SHA-512 of data (64 raw bytes), for seeding from str/bytes (random_sha512.cpp).
std::string sha512(std::string_view data);

}  // namespace coil
