// The random module's core: CPython's MT19937 generator (same seeding, same word order), so a
// given seed produces exactly CPython's numbers. random.Random is a native type; the module
// functions are bound methods of a hidden instance, as in CPython's random.py.
#include <cmath>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <gmp.h>
#include <unistd.h>

#include "runtime/builtins.h"
#include "runtime/bytes.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/types_init.h"
#include "stdlib/random_internal.h"

namespace coil {

namespace {

constexpr int N = 624;
constexpr int M = 397;

void init_genrand(RandomObj* r, uint32_t s) {
  r->mt[0] = s;
  int i;
  for (i = 1; i < N; i++) r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + uint32_t(i);
  r->index = i;
}

void init_by_array(RandomObj* r, const uint32_t* key, size_t len) {
  uint32_t* mt = r->mt;
  init_genrand(r, 19650218U);
  size_t i = 1, j = 0;
  for (size_t k = N > len ? N : len; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
    i++;
    j++;
    if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    if (j >= len) j = 0;
  }
  for (size_t k = N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
    i++;
    if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
  }
  mt[0] = 0x80000000U;
}

// seed() with no argument: 624 words from the OS, else time and pid (as CPython).
void seed_from_os(RandomObj* r) {
  uint32_t key[N];
  int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  ssize_t got = fd >= 0 ? ::read(fd, key, sizeof key) : -1;
  if (fd >= 0) ::close(fd);
  if (got != ssize_t(sizeof key)) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t k[5] = {uint32_t(ts.tv_sec), uint32_t(uint64_t(ts.tv_sec) >> 32), uint32_t(ts.tv_nsec),
                     uint32_t(getpid()), 0};
    init_by_array(r, k, 5);
    return;
  }
  init_by_array(r, key, N);
}

// Seeds from a non-negative integer held in z: its 32-bit words, least significant first.
void seed_from_mpz(RandomObj* r, mpz_t z) {
  size_t count = 0;
  size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
  std::vector<uint32_t> key(words ? words : 1, 0);
  if (mpz_sgn(z) != 0) mpz_export(key.data(), &count, -1, 4, 0, 0, z);
  init_by_array(r, key.data(), key.size());
}

// random.seed(a=None, version=2) with CPython's rules for each seed type.
bool do_seed(Interp& interp, RandomObj* r, Value a, int64_t version) {
  r->gauss_next = Value();
  if (a.is_null() || a.is_none()) {
    seed_from_os(r);
    return true;
  }
  mpz_t z;
  mpz_init(z);
  bool ok = true;
  if (is_int(a)) {
    Value i = index_value(interp, a);
    if (i.is_null()) { mpz_clear(z); return false; }
    int_to_mpz(i, z);
    mpz_abs(z, z);
  } else if (is_str(a) || is_bytes_like(interp, a)) {
    std::string bytes = is_str(a) ? std::string(a.as<Str>()->view()) : std::string(bytes_view(a));
    if (version == 2) {
      // a = int.from_bytes(a + sha512(a).digest(), 'big')
      std::string all = bytes + sha512(bytes);
      mpz_import(z, all.size(), 1, 1, 0, 0, all.data());
    } else {
      // Version 1 (str/bytes): CPython 2's hash-like loop.
      if (bytes.empty()) {
        mpz_set_ui(z, 0);
      } else {
        int64_t x = int64_t(uint8_t(bytes[0])) << 7;
        for (unsigned char c : bytes) x = int64_t((uint64_t(1000003) * uint64_t(x)) ^ c) & 0xFFFFFFFFFFFFFFFF;
        x ^= int64_t(bytes.size());
        if (x == -1) x = -2;
        mpz_set_si(z, x);
        mpz_abs(z, z);
      }
    }
  } else if (is_float(a)) {
    int64_t h = hash(interp, a);
    if (h == -1 && interp.has_error()) { mpz_clear(z); return false; }
    mpz_import(z, 1, -1, 8, 0, 0, &h);   // (size_t)hash
  } else {
    raise(interp, interp.exc_types.TypeError,
          "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    ok = false;
  }
  if (ok) seed_from_mpz(r, z);
  mpz_clear(z);
  return ok;
}

Value m_seed(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "seed");
  if (r == nullptr) return Value();
  Value a[2];
  const ArgSpec spec{"seed", {"a", "version"}, 0};
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  int64_t version = 2;
  if (!a[1].is_null() && !to_index(interp, a[1], &version)) return Value();
  if (!do_seed(interp, r, a[0], version)) return Value();
  return Value::none();
}

Value m_random(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "random");
  if (r == nullptr) return Value();
  if (!check_no_kwargs(interp, "random", kw) || !check_nargs(interp, "random()", nargs - 1, 0, 0)) return Value();
  return make_float(interp, mt_random(r));
}

Value m_getrandbits(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "getrandbits");
  if (r == nullptr) return Value();
  if (!check_no_kwargs(interp, "getrandbits", kw) || !check_nargs(interp, "getrandbits()", nargs - 1, 1, 1)) return Value();
  int64_t k;
  if (!to_index(interp, args[1], &k)) return Value();
  if (k < 0) return raise(interp, interp.exc_types.ValueError, "number of bits must be non-negative");
  return mt_getrandbits(interp, r, k);
}

Value m_getstate(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "getstate");
  if (r == nullptr) return Value();
  Tuple* state = tuple_new(interp, N + 1);
  if (state == nullptr) return raise_no_memory(interp);
  for (int i = 0; i < N; i++) state->items[i] = make_int(interp, r->mt[i]);
  state->items[N] = make_int(interp, r->index);
  Tuple* t = tuple_pack(interp, {Value::small_int(3), Value::object(state),
                                 r->gauss_next.is_null() ? Value::none() : r->gauss_next});
  return t ? Value::object(t) : raise_no_memory(interp);
}

Value m_setstate(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "setstate");
  if (r == nullptr) return Value();
  if (!check_nargs(interp, "setstate()", nargs - 1, 1, 1)) return Value();
  Tuple* t = sequence_to_tuple(interp, args[1]);
  if (t == nullptr) return Value();
  if (t->size != 3 || !is_tuple(t->items[1]) || t->items[1].as<Tuple>()->size != N + 1) {
    return raise(interp, interp.exc_types.ValueError, "state vector is the wrong size");
  }
  Tuple* s = t->items[1].as<Tuple>();
  for (int i = 0; i <= N; i++) {
    int64_t w;
    if (!to_index(interp, s->items[i], &w)) return Value();
    if (i < N) r->mt[i] = uint32_t(w);
    else {
      if (w < 0 || w > N) return raise(interp, interp.exc_types.ValueError, "invalid state");
      r->index = int(w);
    }
  }
  r->gauss_next = t->items[2].is_none() ? Value() : t->items[2];
  return Value::none();
}

const MethodDef kCoreMethods[] = {
    {"seed", m_seed}, {"random", m_random}, {"getrandbits", m_getrandbits},
    {"getstate", m_getstate}, {"setstate", m_setstate},
};

Value random_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 1) return raise(interp, interp.exc_types.TypeError, "Random() expected at most 1 argument, got %zu", nargs);
  RandomObj* r = gc_new<RandomObj>(interp.heap, cls, Kind::Native);
  if (r == nullptr) return raise_no_memory(interp);
  if (!do_seed(interp, r, nargs ? args[0] : Value(), 2)) return Value();
  return Value::object(r);
}

int random_init(Interp& interp, Value self, const Value* args, size_t nargs, Tuple* kw) { return 0; }

void random_trace(Object* self, Tracer& t) { t.mark(static_cast<RandomObj*>(self)->gauss_next); }

}  // namespace

uint32_t mt_next(RandomObj* r) {
  static constexpr uint32_t kMag01[2] = {0x0U, 0x9908b0dfU};
  uint32_t* mt = r->mt;
  uint32_t y;
  if (r->index >= N) {
    int kk;
    for (kk = 0; kk < N - M; kk++) {
      y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
      mt[kk] = mt[kk + M] ^ (y >> 1) ^ kMag01[y & 0x1U];
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
      mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ kMag01[y & 0x1U];
    }
    y = (mt[N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
    mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ kMag01[y & 0x1U];
    r->index = 0;
  }
  y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

double mt_random(RandomObj* r) {
  uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

Value mt_getrandbits(Interp& interp, RandomObj* r, int64_t k) {
  if (k == 0) return Value::small_int(0);
  if (k <= 32) return make_int(interp, int64_t(mt_next(r) >> (32 - k)));
  size_t words = size_t((k - 1) / 32 + 1);
  if (words <= 2) {
    uint64_t lo = mt_next(r);
    uint64_t hi = mt_next(r);
    int64_t rest = k - 32;
    if (rest < 32) hi >>= (32 - rest);
    return make_int_from_u64(interp, lo | (hi << 32));
  }
  std::vector<uint32_t> w(words);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t x = mt_next(r);
    if (k < 32) x >>= (32 - k);
    w[i] = x;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words, -1, 4, 0, 0, w.data());
  Value v = make_int_from_mpz(interp, z);
  mpz_clear(z);
  return v;
}

uint64_t mt_randbelow_u64(RandomObj* r, uint64_t n) {
  int k = 64 - __builtin_clzll(n);   // n.bit_length()
  for (;;) {
    uint64_t x;
    if (k <= 32) {
      x = mt_next(r) >> (32 - k);
    } else {
      uint64_t lo = mt_next(r), hi = mt_next(r);
      if (k < 64) hi >>= (64 - k);
      x = lo | (hi << 32);
    }
    if (x < n) return x;
  }
}

Value mt_randbelow(Interp& interp, RandomObj* r, Value n) {
  int64_t small;
  if (int_to_int64(n, &small)) {
    if (small <= 0) return Value::small_int(0);
    return make_int_from_u64(interp, mt_randbelow_u64(r, uint64_t(small)));
  }
  mpz_t nz;
  mpz_init(nz);
  int_to_mpz(n, nz);
  int64_t k = int64_t(mpz_sizeinbase(nz, 2));
  for (;;) {
    Value x = mt_getrandbits(interp, r, k);
    if (x.is_null()) { mpz_clear(nz); return Value(); }
    Value lt = int_compare(interp, x, n, CmpOp::Lt);
    if (lt.is_true()) { mpz_clear(nz); return x; }
  }
}

RandomObj* random_self(Interp& interp, const Value* args, size_t nargs, const char* method) {
  if (nargs >= 1 && args[0].is_object() && args[0].as_object()->kind == Kind::Native &&
      args[0].as_object()->type->instance_size == sizeof(RandomObj)) {
    return args[0].as<RandomObj>();
  }
  raise(interp, interp.exc_types.TypeError, "descriptor '%s' requires a 'random.Random' object", method);
  return nullptr;
}

bool init_random_module(Interp& interp, Module* m) {
  Type* t = type_new_builtin(interp, "Random", interp.types.object, Kind::Native, sizeof(RandomObj), 0);
  if (t == nullptr) return false;
  t->module = str_value(interp, "random");
  t->new_ = random_new;
  t->init = random_init;
  t->trace = random_trace;
  if (!add_methods(interp, t, kCoreMethods, sizeof kCoreMethods / sizeof kCoreMethods[0]) ||
      !add_methods(interp, t, kRandomDistMethods, kRandomDistMethodCount) || !type_ready(interp, t)) {
    return false;
  }
  Dict* d = m->dict;
  if (!dict_set_cstr(interp, d, "Random", Value::object(t))) return false;
  Value inst = random_new(interp, t, nullptr, 0, nullptr);
  if (inst.is_null() || !dict_set_cstr(interp, d, "_inst", inst)) return false;
  // Module-level functions are the hidden instance's bound methods (CPython's random.py).
  auto bind_all = [&](const MethodDef* defs, size_t n) {
    for (size_t i = 0; i < n; i++) {
      Value bm = getattr(interp, inst, intern(interp, defs[i].name));
      if (bm.is_null() || !dict_set_cstr(interp, d, defs[i].name, bm)) return false;
    }
    return true;
  };
  return bind_all(kCoreMethods, sizeof kCoreMethods / sizeof kCoreMethods[0]) &&
         bind_all(kRandomDistMethods, kRandomDistMethodCount);
}

}  // namespace coil
