// Numeric builtins: abs, round, divmod, pow, sum, min, max.
// sum keeps an int64 or double accumulator while the items allow it (no allocation per item),
// falling back to the generic `+` exactly where CPython's sum does.
#include <string>

#include "runtime/builtins.h"
#include "runtime/bytes.h"
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/number.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace coil {

namespace {

Value builtin_abs(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "abs", kw) || !check_nargs(interp, "abs()", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (v.is_small_int()) {
    int64_t n = v.as_small_int();
    return make_int(interp, n < 0 ? -n : n);
  }
  return unary_op(interp, UnaryOp::Abs, v);
}

Value builtin_round(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  const ArgSpec spec{"round", {"number", "ndigits"}, 1};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  Value number = a[0];
  Value ndigits = (a[1].is_null() || a[1].is_none()) ? Value() : a[1];
  Type* t = type_of(interp, number);
  if (t == interp.types.int_ || t == interp.types.bool_) return int_round(interp, number, ndigits);
  if (t == interp.types.float_) return float_round(interp, float_value(number), ndigits);
  Value method = lookup_special(interp, number, interp.names.__round__);
  if (method.is_null()) {
    if (interp.has_error()) return Value();
    return raise(interp, interp.exc_types.TypeError, "type %s doesn't define __round__ method", type_name(interp, number));
  }
  if (ndigits.is_null()) return call_special(interp, number, interp.names.__round__, {});
  return call_special(interp, number, interp.names.__round__, {ndigits});
}

Value builtin_divmod(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "divmod", kw) || !check_nargs(interp, "divmod", nargs, 2, 2)) return Value();
  return number_divmod(interp, args[0], args[1]);
}

Value builtin_pow(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  const ArgSpec spec{"pow", {"base", "exp", "mod"}, 2};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  if (a[2].is_null() || a[2].is_none()) return binary_op(interp, BinOp::Pow, a[0], a[1]);
  auto builtin_number = [&](Value v) { return is_int(v) || type_of(interp, v) == interp.types.float_; };
  if (is_int(a[0]) && is_int(a[1]) && is_int(a[2])) return int_pow_mod(interp, a[0], a[1], a[2]);
  // Three-argument pow only ever uses the base's __pow__ (never __rpow__), as CPython.
  if (!builtin_number(a[0])) {
    Value r = call_special(interp, a[0], intern(interp, "__pow__"), {a[1], a[2]});
    if (!r.is_null() && r != interp.not_implemented) return r;
    if (interp.has_error()) return Value();
  }
  if (builtin_number(a[0]) && builtin_number(a[1]) && builtin_number(a[2])) {
    return int_pow_mod(interp, a[0], a[1], a[2]);   // "pow() 3rd argument not allowed unless all arguments are integers"
  }
  return raise(interp, interp.exc_types.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
               type_name(interp, a[0]), type_name(interp, a[1]), type_name(interp, a[2]));
}

// sum(iterable, /, start=0)
Value builtin_sum(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  const ArgSpec spec{"sum", {"iterable", "start"}, 1, 1};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  Value result = a[1].is_null() ? Value::small_int(0) : a[1];
  if (is_str(result)) {
    return raise(interp, interp.exc_types.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (is_bytes(result)) {
    return raise(interp, interp.exc_types.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  if (is_bytearray(interp, result)) {
    return raise(interp, interp.exc_types.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  // The items may come from a Python generator (sum(f(x) for x in xs)): resuming it with
  // collection allowed keeps a long sum from piling up garbage, so what sum holds is rooted.
  Root it(interp, get_iter(interp, a[0]));
  if (it.get().is_null()) return Value();
  Root acc(interp, result);

  enum { kInt, kFloat, kGeneric } mode = kGeneric;
  int64_t isum = 0;
  double fsum = 0;
  if (result.is_small_int()) { mode = kInt; isum = result.as_small_int(); }
  else if (type_of(interp, result) == interp.types.float_) { mode = kFloat; fsum = float_value(result); }

  for (;;) {
    Value item = iter_next_clean(interp, it);
    if (item.is_null()) {
      if (interp.has_error()) return Value();
      break;
    }
    if (mode == kInt) {
      if (item.is_small_int() || item.is_bool()) {
        int64_t v = item.is_bool() ? (item.is_true() ? 1 : 0) : item.as_small_int();
        int64_t r;
        if (!__builtin_add_overflow(isum, v, &r)) { isum = r; continue; }
      }
      // Leave the int path: materialize and continue generically (or as float).
      result = make_int(interp, isum);
      if (result.is_null()) return Value();
      acc.set(result);
      if (is_float(item) && type_of(interp, item) == interp.types.float_) {
        fsum = double(isum) + float_value(item);
        mode = kFloat;
        continue;
      }
      mode = kGeneric;
    } else if (mode == kFloat) {
      if (is_float(item) && type_of(interp, item) == interp.types.float_) { fsum += float_value(item); continue; }
      if (item.is_small_int()) { fsum += double(item.as_small_int()); continue; }
      if (item.is_bool()) { fsum += item.is_true() ? 1.0 : 0.0; continue; }
      result = make_float(interp, fsum);
      if (result.is_null()) return Value();
      acc.set(result);
      mode = kGeneric;
    }
    result = binary_op(interp, BinOp::Add, result, item);
    if (result.is_null()) return Value();
    acc.set(result);
  }
  if (mode == kInt) return make_int(interp, isum);
  if (mode == kFloat) return make_float(interp, fsum);
  return result;
}

// min()/max(): op is CmpOp::Lt for min, Gt for max (a later item replaces only when strictly
// better, so the first of equal items wins, as CPython).
Value min_max(Interp& interp, const Value* args, size_t nargs, Tuple* kw, CmpOp op, const char* name) {
  Value key, deflt;
  size_t nkw = kw ? kw->size : 0;
  for (size_t k = 0; k < nkw; k++) {
    std::string_view n = kw->items[k].as<Str>()->view();
    if (n == "key") key = args[nargs + k];
    else if (n == "default") deflt = args[nargs + k];
    else {
      return raise(interp, interp.exc_types.TypeError, "'%s' is an invalid keyword argument for %s()",
                   std::string(n).c_str(), name);
    }
  }
  if (nargs == 0) return raise(interp, interp.exc_types.TypeError, "%s expected at least 1 argument, got 0", name);
  if (nargs > 1 && !deflt.is_null()) {
    return raise(interp, interp.exc_types.TypeError,
                 "Cannot specify a default for %s() with multiple positional arguments", name);
  }
  if (!key.is_null() && key.is_none()) key = Value();
  // Rooted: items from a Python generator are produced with collection allowed (see sum).
  Root it(interp);
  if (nargs == 1) {
    it.set(get_iter(interp, args[0]));
    if (it.get().is_null()) return Value();
  }
  Root best_root(interp), best_key_root(interp);
  Value best, best_key;
  size_t i = 0;
  for (;;) {
    Value item;
    if (nargs == 1) {
      item = iter_next_clean(interp, it);
      if (item.is_null()) {
        if (interp.has_error()) return Value();
        break;
      }
    } else {
      if (i >= nargs) break;
      item = args[i++];
    }
    Value kv = item;
    if (!key.is_null()) {
      kv = call(interp, key, &item, 1);
      if (kv.is_null()) return Value();
    }
    if (best.is_null()) {
      best = item;
      best_key = kv;
      best_root.set(best);
      best_key_root.set(best_key);
      continue;
    }
    int better;
    if (kv.is_small_int() && best_key.is_small_int()) {
      better = op == CmpOp::Lt ? kv.as_small_int() < best_key.as_small_int()
                               : kv.as_small_int() > best_key.as_small_int();
    } else {
      Value c = compare(interp, kv, best_key, op);
      if (c.is_null()) return Value();
      better = c.is_bool() ? c.is_true() : truthy(interp, c);
      if (better < 0) return Value();
    }
    if (better) {
      best = item;
      best_key = kv;
      best_root.set(best);
      best_key_root.set(best_key);
    }
  }
  if (best.is_null()) {
    if (!deflt.is_null()) return deflt;
    return raise(interp, interp.exc_types.ValueError, "%s() arg is an empty sequence", name);
  }
  return best;
}

Value builtin_min(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  return min_max(interp, args, nargs, kw, CmpOp::Lt, "min");
}
Value builtin_max(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  return min_max(interp, args, nargs, kw, CmpOp::Gt, "max");
}

const MethodDef kNumericBuiltins[] = {
    {"abs", builtin_abs}, {"round", builtin_round}, {"divmod", builtin_divmod}, {"pow", builtin_pow},
    {"sum", builtin_sum}, {"min", builtin_min},     {"max", builtin_max},
};

}  // namespace

bool add_numeric_builtins(Interp& interp, Dict* ns) {
  return add_functions(interp, ns, kNumericBuiltins, sizeof kNumericBuiltins / sizeof kNumericBuiltins[0]);
}

}  // namespace coil
