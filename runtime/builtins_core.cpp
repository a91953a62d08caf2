// Core builtins on single objects: len, repr, ascii, id, hash, callable, chr, ord, hex, oct,
// bin, format, isinstance, issubclass.
#include <string>

#include "runtime/builtins.h"
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type_union.h"
#include "runtime/bytes.h"

namespace coil {

namespace {

Value builtin_len(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "len", kw) || !check_nargs(interp, "len()", nargs, 1, 1)) return Value();
  int64_t n = length(interp, args[0]);
  if (n < 0) return Value();
  return make_int(interp, n);
}

Value builtin_repr(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "repr", kw) || !check_nargs(interp, "repr()", nargs, 1, 1)) return Value();
  return repr(interp, args[0]);
}

Value builtin_ascii(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "ascii", kw) || !check_nargs(interp, "ascii()", nargs, 1, 1)) return Value();
  return ascii_of(interp, args[0]);
}

Value builtin_id(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "id", kw) || !check_nargs(interp, "id()", nargs, 1, 1)) return Value();
  // Heap objects: their address. Immediates (small ints, None, bools): the raw word, which
  // never collides with an address (addresses are 8-aligned, immediates are not).
  return make_int_from_u64(interp, args[0].raw());
}

Value builtin_hash(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "hash", kw) || !check_nargs(interp, "hash()", nargs, 1, 1)) return Value();
  int64_t h = hash(interp, args[0]);
  if (h == -1 && interp.has_error()) return Value();
  return make_int(interp, h);
}

Value builtin_callable(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "callable", kw) || !check_nargs(interp, "callable()", nargs, 1, 1)) return Value();
  return Value::boolean(is_callable(interp, args[0]));
}

Value builtin_chr(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "chr", kw) || !check_nargs(interp, "chr()", nargs, 1, 1)) return Value();
  Value i = index_value(interp, args[0]);
  if (i.is_null()) return Value();
  int64_t cp;
  if (!int_to_int64(i, &cp) || cp < INT32_MIN || cp > INT32_MAX) {
    return raise(interp, interp.exc_types.OverflowError, "Python int too large to convert to C int");
  }
  if (cp < 0 || cp > 0x10FFFF) return raise(interp, interp.exc_types.ValueError, "chr() arg not in range(0x110000)");
  if (cp >= 0xD800 && cp <= 0xDFFF) {
    // coil's str is UTF-8 and cannot hold lone surrogates.
    return raise(interp, interp.exc_types.ValueError, "chr() arg is a surrogate code point, which coil does not support");
  }
  Str* s = str_from_codepoint(interp, uint32_t(cp));
  return s ? Value::object(s) : raise_no_memory(interp);
}

Value builtin_ord(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "ord", kw) || !check_nargs(interp, "ord()", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (s->length != 1) {
      return raise(interp, interp.exc_types.TypeError, "ord() expected a character, but string of length %zu found",
                   s->length);
    }
    return make_int(interp, str_codepoint_at(s, 0));
  }
  if (is_bytes_like(interp, v)) {
    std::string_view b = bytes_view(v);
    if (b.size() != 1) {
      return raise(interp, interp.exc_types.TypeError, "ord() expected a character, but string of length %zu found",
                   b.size());
    }
    return make_int(interp, uint8_t(b[0]));
  }
  return raise(interp, interp.exc_types.TypeError, "ord() expected string of length 1, but %s found",
               type_name(interp, v));
}

// hex/oct/bin: prefix after the sign, digits from int_to_string.
Value int_with_prefix(Interp& interp, const Value* args, size_t nargs, Tuple* kw, const char* name, int base,
                      const char* prefix) {
  std::string fname = std::string(name) + "()";
  if (!check_no_kwargs(interp, name, kw) || !check_nargs(interp, fname.c_str(), nargs, 1, 1)) return Value();
  Value i = index_value(interp, args[0]);
  if (i.is_null()) return Value();
  std::string digits = int_to_string(i, base);
  bool neg = !digits.empty() && digits[0] == '-';
  std::string body = neg ? digits.substr(1) : digits;
  if (body.size() >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'o' || body[1] == 'b')) body = body.substr(2);
  std::string out = neg ? "-" : "";
  out += prefix;
  out += body;
  return str_value(interp, out);
}

Value builtin_hex(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  return int_with_prefix(interp, args, nargs, kw, "hex", 16, "0x");
}
Value builtin_oct(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  return int_with_prefix(interp, args, nargs, kw, "oct", 8, "0o");
}
Value builtin_bin(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  return int_with_prefix(interp, args, nargs, kw, "bin", 2, "0b");
}

Value builtin_format(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  const ArgSpec spec{"format", {"value", "format_spec"}, 1, 2};
  if (kw == nullptr || kw->size == 0) {
    if (!check_nargs(interp, "format", nargs, 1, 2)) return Value();
    a[0] = args[0];
    if (nargs > 1) a[1] = args[1];
  } else if (!parse_args(interp, spec, args, nargs, kw, a)) {
    return Value();
  }
  Value fs = a[1].is_null() ? Value::object(interp.empty_str) : a[1];
  if (!is_str(fs)) {
    return raise(interp, interp.exc_types.TypeError, "format() argument 2 must be str, not %s", type_name(interp, fs));
  }
  return format(interp, a[0], fs);
}

Value builtin_isinstance(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "isinstance", kw) || !check_nargs(interp, "isinstance", nargs, 2, 2)) return Value();
  int r = isinstance_check(interp, args[0], args[1]);
  if (r < 0) return Value();
  return Value::boolean(r);
}

bool is_type(Value v) { return is_kind(v, Kind::Type); }

// CPython's object_issubclass: a class whose metaclass is exactly `type` is checked along the
// MRO; a union or tuple checks each member; anything else (a metaclass defining
// __subclasscheck__, ABCMeta …) is asked through __subclasscheck__.
int subclass_check(Interp& interp, Value derived, Value cls, int depth) {
  if (is_type(cls) && type_of(interp, cls) == interp.types.type) {
    if (derived == cls) return 1;
    if (!is_type(derived)) {
      raise(interp, interp.exc_types.TypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    return is_subtype(derived.as<Type>(), cls.as<Type>()) ? 1 : 0;
  }
  if (Tuple* members = union_args(interp, cls)) cls = Value::object(members);
  if (is_kind(cls, Kind::Tuple)) {
    if (depth > interp.recursion_limit) {
      raise(interp, interp.exc_types.RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
      return -1;
    }
    Tuple* t = cls.as<Tuple>();
    for (size_t i = 0; i < t->size; i++) {
      int r = subclass_check(interp, derived, t->items[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  Value r = call_special(interp, cls, intern(interp, "__subclasscheck__"), {derived});
  if (!r.is_null()) return truthy(interp, r);
  if (interp.has_error()) return -1;
  if (!is_type(derived)) {
    raise(interp, interp.exc_types.TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  raise(interp, interp.exc_types.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

Value builtin_issubclass(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "issubclass", kw) || !check_nargs(interp, "issubclass", nargs, 2, 2)) return Value();
  int r = subclass_check(interp, args[0], args[1], 0);
  if (r < 0) return Value();
  return Value::boolean(r);
}

const MethodDef kCoreBuiltins[] = {
    {"len", builtin_len},           {"repr", builtin_repr},       {"ascii", builtin_ascii},
    {"id", builtin_id},             {"hash", builtin_hash},       {"callable", builtin_callable},
    {"chr", builtin_chr},           {"ord", builtin_ord},         {"hex", builtin_hex},
    {"oct", builtin_oct},           {"bin", builtin_bin},         {"format", builtin_format},
    {"isinstance", builtin_isinstance}, {"issubclass", builtin_issubclass},
};

}  // namespace

Value index_value(Interp& interp, Value v) {
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (v.is_small_int() || is_kind(v, Kind::Int)) return v;
  Value r = call_special(interp, v, interp.names.__index__, {});
  if (r.is_null()) {
    if (interp.has_error()) return Value();
    return raise(interp, interp.exc_types.TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name(interp, v));
  }
  if (!is_int(r)) {
    return raise(interp, interp.exc_types.TypeError, "__index__ returned non-int (type %s)", type_name(interp, r));
  }
  if (r.is_bool()) return Value::small_int(r.is_true() ? 1 : 0);
  return r;
}

bool add_core_builtins(Interp& interp, Dict* ns) {
  return add_functions(interp, ns, kCoreBuiltins, sizeof kCoreBuiltins / sizeof kCoreBuiltins[0]);
}

}  // namespace coil
