// The int type: slots, the int() constructor (honoring subclasses), methods (bit_length,
// to_bytes/from_bytes, __round__, __format__ …), and init_number_types for int/bool/float.
#include <algorithm>
#include <cmath>
#include <cstring>
#include "runtime/bytes.h"
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/int_internal.h"
#include "runtime/number.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/types_init.h"

namespace coil {

namespace {

struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

// The plain int value of self (bool and subclass instances become exact ints).
Value plain_int(Interp& interp, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (v.as_object()->type == interp.types.int_) return v;
  return make_int_from_mpz(interp, v.as<BigInt>()->value);
}

bool self_int(Interp& interp, const Value* args, size_t nargs, const char* name) {
  if (nargs == 0 || !is_int(args[0])) {
    raise(interp, interp.exc_types.TypeError, "descriptor '%s' for 'int' objects doesn't apply to a '%s' object",
          name, nargs == 0 ? "NoneType" : type_name(interp, args[0]));
    return false;
  }
  return true;
}

bool noargs(Interp& interp, const char* name, const Value* args, size_t nargs, Tuple* kw) {
  return check_no_kwargs(interp, name, kw) && check_nargs(interp, name, nargs - 1, 0, 0) &&
         self_int(interp, args, nargs, name);
}

Value int_repr_slot(Interp& interp, Value self) {
  std::string out;
  if (!int_to_decimal(interp, self, out)) return Value::null();
  return str_value(interp, out);
}

int64_t int_hash_slot(Interp&, Value self) { return int_hash(self); }
int int_bool_slot(Interp&, Value self) { return int_sign(self) != 0; }

Value int_getattr_slot(Interp& interp, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real" || n == "numerator") return plain_int(interp, self);
  if (n == "imag") return Value::small_int(0);
  if (n == "denominator") return Value::small_int(1);
  return generic_getattr(interp, self, name);
}

int int_setattr_slot(Interp& interp, Value self, Str* name, Value v) {
  std::string_view n = name->view();
  if (n == "real" || n == "imag" || n == "numerator" || n == "denominator") {
    std::string s(n);
    raise(interp, interp.exc_types.AttributeError, "attribute '%s' of '%s' objects is not writable", s.c_str(),
          self.is_bool() ? "bool" : "int");
    return -1;
  }
  return generic_setattr(interp, self, name, v);
}

// int(x) for one argument without a base.
Value int_from_value(Interp& interp, Value x) {
  if (is_int(x)) return plain_int(interp, x);
  if (is_float(x)) return int_from_double(interp, float_value(x));
  if (is_str(x)) return int_from_string(interp, x.as<Str>()->view(), 10);
  if (is_bytes_like(interp, x)) return int_from_string(interp, bytes_view(x), 10);
  Str* names[] = {interp.names.__int__, interp.names.__index__};
  for (Str* n : names) {
    if (lookup_special(interp, x, n).is_null()) {
      if (interp.has_error()) return Value::null();
      continue;
    }
    Value r = call_special(interp, x, n, {});
    if (r.is_null()) return r;
    if (!is_int(r))
      return raise(interp, interp.exc_types.TypeError, "%s returned non-int (type %s)",
                   n == interp.names.__int__ ? "__int__" : "__index__", type_name(interp, r));
    return plain_int(interp, r);
  }
  Str* trunc = intern(interp, "__trunc__");
  if (trunc != nullptr && !lookup_special(interp, x, trunc).is_null()) {
    Value r = call_special(interp, x, trunc, {});
    if (r.is_null()) return r;
    if (is_int(r)) return plain_int(interp, r);
    return raise(interp, interp.exc_types.TypeError, "__trunc__ returned non-Integral (type %s)", type_name(interp, r));
  }
  if (interp.has_error()) return Value::null();
  return raise(interp, interp.exc_types.TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '%s'", type_name(interp, x));
}

Value int_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_args(interp, ArgSpec{"int", {"x", "base"}, 0, 1}, args, nargs, kwnames, a)) return Value::null();
  Value v;
  if (a[1].is_null()) {
    v = a[0].is_null() ? Value::small_int(0) : int_from_value(interp, a[0]);
  } else {
    if (a[0].is_null()) return raise(interp, interp.exc_types.TypeError, "int() missing string argument");
    int64_t base;
    if (!to_index(interp, a[1], &base)) return Value::null();
    if (base != 0 && (base < 2 || base > 36))
      return raise(interp, interp.exc_types.ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(a[0])) v = int_from_string(interp, a[0].as<Str>()->view(), int(base));
    else if (is_bytes_like(interp, a[0])) v = int_from_string(interp, bytes_view(a[0]), int(base));
    else return raise(interp, interp.exc_types.TypeError, "int() can't convert non-string with explicit base");
  }
  if (v.is_null()) return v;
  return make_int_of_type(interp, cls, v);
}

Value m_bit_length(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!noargs(interp, "bit_length()", args, nargs, kw)) return Value::null();
  int64_t n;
  if (int_to_int64(args[0], &n)) {
    uint64_t u = n < 0 ? uint64_t(0) - uint64_t(n) : uint64_t(n);
    return Value::small_int(u == 0 ? 0 : 64 - __builtin_clzll(u));
  }
  return make_int(interp, int64_t(mpz_sizeinbase(args[0].as<BigInt>()->value, 2)));
}

Value m_bit_count(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!noargs(interp, "bit_count()", args, nargs, kw)) return Value::null();
  Mpz z;
  int_to_mpz(args[0], z.v);
  mpz_abs(z.v, z.v);
  return make_int(interp, int64_t(mpz_popcount(z.v)));
}

bool parse_byteorder(Interp& interp, Value v, bool* little) {
  if (v.is_null()) { *little = false; return true; }
  if (!is_str(v)) {
    raise(interp, interp.exc_types.TypeError, "to_bytes() argument 'byteorder' must be str, not %s", type_name(interp, v));
    return false;
  }
  std::string_view s = v.as<Str>()->view();
  if (s == "little") { *little = true; return true; }
  if (s == "big") { *little = false; return true; }
  raise(interp, interp.exc_types.ValueError, "byteorder must be either 'little' or 'big'");
  return false;
}

Value m_to_bytes(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  if (!parse_args(interp, ArgSpec{"to_bytes", {"self", "length", "byteorder", "signed"}, 1, 1, 3}, args, nargs, kw, a))
    return Value::null();
  if (!self_int(interp, a, 1, "to_bytes")) return Value::null();
  int64_t length = 1;
  if (!a[1].is_null() && !to_index(interp, a[1], &length)) return Value::null();
  if (length < 0) return raise(interp, interp.exc_types.ValueError, "length argument must be non-negative");
  bool little, is_signed = false;
  if (!parse_byteorder(interp, a[2], &little)) return Value::null();
  if (!a[3].is_null()) { int t = truthy(interp, a[3]); if (t < 0) return Value::null(); is_signed = t; }
  Mpz z;
  int_to_mpz(a[0], z.v);
  if (mpz_sgn(z.v) < 0 && !is_signed)
    return raise(interp, interp.exc_types.OverflowError, "can't convert negative int to unsigned");
  // Range check: unsigned < 2**(8n); signed in [-2**(8n-1), 2**(8n-1)).
  Mpz lim;
  mpz_set_ui(lim.v, 1);
  bool fits;
  if (!is_signed) {
    mpz_mul_2exp(lim.v, lim.v, static_cast<mp_bitcnt_t>(8 * length));
    fits = mpz_cmp(z.v, lim.v) < 0;
  } else if (length == 0) {
    fits = mpz_sgn(z.v) == 0;
  } else {
    mpz_mul_2exp(lim.v, lim.v, static_cast<mp_bitcnt_t>(8 * length - 1));
    Mpz neg;
    mpz_neg(neg.v, lim.v);
    fits = mpz_cmp(z.v, lim.v) < 0 && mpz_cmp(z.v, neg.v) >= 0;
    if (fits && mpz_sgn(z.v) < 0) {   // two's complement
      mpz_mul_2exp(lim.v, lim.v, 1);
      mpz_add(z.v, z.v, lim.v);
    }
  }
  if (!fits) return raise(interp, interp.exc_types.OverflowError, "int too big to convert");
  std::string buf(size_t(length), '\0');
  size_t count = 0;
  if (mpz_sgn(z.v) != 0) {
    std::string tmp(mpz_sizeinbase(z.v, 256) + 1, '\0');
    mpz_export(tmp.data(), &count, 1, 1, 1, 0, z.v);   // big-endian magnitude
    std::memcpy(buf.data() + (size_t(length) - count), tmp.data(), count);
  }
  if (little) std::reverse(buf.begin(), buf.end());
  return bytes_new(interp, buf);
}

Value m_from_bytes(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  if (!parse_args(interp, ArgSpec{"from_bytes", {"cls", "bytes", "byteorder", "signed"}, 2, 1, 3}, args, nargs, kw, a))
    return Value::null();
  bool little, is_signed = false;
  if (!parse_byteorder(interp, a[2], &little)) return Value::null();
  if (!a[3].is_null()) { int t = truthy(interp, a[3]); if (t < 0) return Value::null(); is_signed = t; }
  Value b = a[1];
  if (!is_bytes_like(interp, b)) {
    b = call(interp, Value::object(interp.types.bytes), {b});
    if (b.is_null()) return b;
  }
  std::string data(bytes_view(b));
  if (little) std::reverse(data.begin(), data.end());
  Mpz z;
  if (!data.empty()) mpz_import(z.v, data.size(), 1, 1, 1, 0, data.data());
  if (is_signed && !data.empty() && (static_cast<unsigned char>(data[0]) & 0x80)) {
    Mpz lim;
    mpz_set_ui(lim.v, 1);
    mpz_mul_2exp(lim.v, lim.v, static_cast<mp_bitcnt_t>(8 * data.size()));
    mpz_sub(z.v, z.v, lim.v);
  }
  Value v = make_int_from_mpz(interp, z.v);
  if (v.is_null() || a[0] == Value::object(interp.types.int_)) return v;
  return call(interp, a[0], {v});
}

Value m_identity(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!noargs(interp, "__int__()", args, nargs, kw)) return Value::null();
  return plain_int(interp, args[0]);
}

Value m_float(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!noargs(interp, "__float__()", args, nargs, kw)) return Value::null();
  double d;
  if (!int_to_double_checked(interp, args[0], &d)) return Value::null();
  return make_float(interp, d);
}

Value m_round(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(interp, ArgSpec{"__round__", {"self", "ndigits"}, 1, 2}, args, nargs, kw, a)) return Value::null();
  if (!self_int(interp, a, 1, "__round__")) return Value::null();
  return int_round(interp, a[0], a[1]);
}

Value m_format(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "__format__", kw) || !check_nargs(interp, "__format__", nargs - 1, 1, 1) ||
      !self_int(interp, args, nargs, "__format__"))
    return Value::null();
  if (!is_str(args[1]))
    return raise(interp, interp.exc_types.TypeError, "__format__() argument must be str, not %s", type_name(interp, args[1]));
  return format_int(interp, args[0], args[1].as<Str>()->view());
}

Value m_as_integer_ratio(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!noargs(interp, "as_integer_ratio()", args, nargs, kw)) return Value::null();
  Value n = plain_int(interp, args[0]);
  if (n.is_null()) return n;
  Tuple* t = tuple_pack(interp, {n, Value::small_int(1)});
  return t == nullptr ? Value::null() : Value::object(t);
}

Value m_getnewargs(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!noargs(interp, "__getnewargs__()", args, nargs, kw)) return Value::null();
  Value n = plain_int(interp, args[0]);
  if (n.is_null()) return n;
  Tuple* t = tuple_pack(interp, {n});
  return t == nullptr ? Value::null() : Value::object(t);
}

Value m_divmod(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "__divmod__", kw) || !check_nargs(interp, "__divmod__", nargs - 1, 1, 1)) return Value::null();
  if (!is_int(args[1])) return interp.not_implemented;
  return number_divmod(interp, args[0], args[1]);
}

Value m_rdivmod(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "__rdivmod__", kw) || !check_nargs(interp, "__rdivmod__", nargs - 1, 1, 1)) return Value::null();
  if (!is_int(args[1])) return interp.not_implemented;
  return number_divmod(interp, args[1], args[0]);
}

Value m_pow(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "__pow__", kw) || !check_nargs(interp, "__pow__", nargs - 1, 1, 2)) return Value::null();
  if (nargs == 3 && !args[2].is_none()) {
    if (!is_int(args[1]) || !is_int(args[2])) return interp.not_implemented;
    return int_pow_mod(interp, args[0], args[1], args[2]);
  }
  return int_binary(interp, BinOp::Pow, args[0], args[1]);
}

const MethodDef kIntMethods[] = {
  {"bit_length", m_bit_length}, {"bit_count", m_bit_count}, {"to_bytes", m_to_bytes},
  {"from_bytes", m_from_bytes, MethodDef::ClassMethod}, {"conjugate", m_identity},
  {"__index__", m_identity}, {"__int__", m_identity}, {"__trunc__", m_identity},
  {"__floor__", m_identity}, {"__ceil__", m_identity}, {"__float__", m_float},
  {"__round__", m_round}, {"__format__", m_format}, {"as_integer_ratio", m_as_integer_ratio},
  {"__getnewargs__", m_getnewargs}, {"__divmod__", m_divmod}, {"__rdivmod__", m_rdivmod},
  {"__pow__", m_pow},
};

}  // namespace

Value int_new_value(Interp& interp, Value x) { return int_from_value(interp, x); }

bool init_number_types(Interp& interp) {
  Type* t = interp.types.int_;
  t->instance_kind = Kind::Int;
  t->instance_size = sizeof(BigInt);
  t->type_flags |= kTypeBaseType;
  t->new_ = int_new_slot;
  t->repr = int_repr_slot;
  t->hash = int_hash_slot;
  t->compare = int_compare;
  t->binary = int_binary;
  t->unary = int_unary;
  t->to_bool = int_bool_slot;
  t->getattr = int_getattr_slot;
  t->setattr = int_setattr_slot;
  t->finalize = bigint_finalize;
  if (!add_methods(interp, t, kIntMethods, sizeof kIntMethods / sizeof kIntMethods[0])) return false;
  return init_bool_type(interp) && init_float_type(interp);
}

}  // namespace coil
