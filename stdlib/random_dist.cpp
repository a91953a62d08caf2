// random.Random's sequence and distribution methods, written to consume the generator exactly as
// CPython's random.py does (same calls to random()/getrandbits in the same order), so results
// match CPython's for the same seed: randrange, randint, choice, choices, shuffle, sample,
// uniform, triangular, gauss, normalvariate, lognormvariate, expovariate.
#include <cmath>
#include <unordered_set>
#include <vector>

#include "runtime/builtins.h"
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/number.h"
#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/math_internal.h"
#include "stdlib/random_internal.h"

namespace coil {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;

// _index() with randrange's fallback for integral floats.
Value rr_index(Interp& interp, Value v, const char* what) {
  Value i = index_value(interp, v);
  if (!i.is_null()) return i;
  if (!error_matches(interp, interp.exc_types.TypeError) || !is_float(v)) return Value();
  clear_error(interp);
  double d = float_value(v);
  if (d != std::floor(d) || !std::isfinite(d)) {
    return raise(interp, interp.exc_types.ValueError, "non-integer %s for randrange()", what);
  }
  return int_from_double(interp, d);
}

Value randrange(Interp& interp, RandomObj* r, Value start, Value stop, Value step) {
  Value istart = rr_index(interp, start, "arg 1");
  if (istart.is_null()) return Value();
  if (stop.is_null() || stop.is_none()) {
    if (!step.is_null()) return raise(interp, interp.exc_types.TypeError, "Missing a non-None stop argument");
    if (int_sign(istart) > 0) return mt_randbelow(interp, r, istart);
    return raise(interp, interp.exc_types.ValueError, "empty range for randrange()");
  }
  Value istop = rr_index(interp, stop, "stop");
  if (istop.is_null()) return Value();
  Value width = binary_op(interp, BinOp::Sub, istop, istart);
  if (width.is_null()) return Value();
  Value istep = step.is_null() ? Value::small_int(1) : rr_index(interp, step, "step");
  if (istep.is_null()) return Value();
  if (istep.is_small_int() && istep.as_small_int() == 1) {
    if (int_sign(width) > 0) {
      Value k = mt_randbelow(interp, r, width);
      if (k.is_null()) return Value();
      return binary_op(interp, BinOp::Add, istart, k);
    }
    std::string a = int_to_string(istart), b = int_to_string(istop), c = int_to_string(width);
    return raise(interp, interp.exc_types.ValueError, "empty range for randrange() (%s, %s, %s)", a.c_str(), b.c_str(),
                 c.c_str());
  }
  int sign = int_sign(istep);
  if (sign == 0) return raise(interp, interp.exc_types.ValueError, "zero step for randrange()");
  // n = (width + istep -/+ 1) // istep
  Value adj = binary_op(interp, BinOp::Add, width, istep);
  if (adj.is_null()) return Value();
  adj = binary_op(interp, sign > 0 ? BinOp::Sub : BinOp::Add, adj, Value::small_int(1));
  if (adj.is_null()) return Value();
  Value n = binary_op(interp, BinOp::FloorDiv, adj, istep);
  if (n.is_null()) return Value();
  if (int_sign(n) <= 0) return raise(interp, interp.exc_types.ValueError, "empty range for randrange()");
  Value k = mt_randbelow(interp, r, n);
  if (k.is_null()) return Value();
  Value off = binary_op(interp, BinOp::Mul, istep, k);
  if (off.is_null()) return Value();
  return binary_op(interp, BinOp::Add, istart, off);
}

Value m_randrange(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "randrange");
  if (r == nullptr) return Value();
  Value a[3];
  const ArgSpec spec{"randrange", {"start", "stop", "step"}, 1};
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  // Fast path: small non-negative ranges with the default step.
  if (a[2].is_null() && a[0].is_small_int() && (a[1].is_null() || a[1].is_small_int())) {
    int64_t lo = a[1].is_null() ? 0 : a[0].as_small_int();
    int64_t hi = a[1].is_null() ? a[0].as_small_int() : a[1].as_small_int();
    if (hi > lo && hi - lo > 0) return make_int(interp, lo + int64_t(mt_randbelow_u64(r, uint64_t(hi - lo))));
  }
  return randrange(interp, r, a[0], a[1], a[2]);
}

Value m_randint(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "randint");
  if (r == nullptr) return Value();
  Value a[2];
  const ArgSpec spec{"randint", {"a", "b"}, 2};
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  if (a[0].is_small_int() && a[1].is_small_int() && a[1].as_small_int() >= a[0].as_small_int()) {
    int64_t lo = a[0].as_small_int(), span = a[1].as_small_int() - lo + 1;
    return make_int(interp, lo + int64_t(mt_randbelow_u64(r, uint64_t(span))));
  }
  Value b1 = binary_op(interp, BinOp::Add, a[1], Value::small_int(1));
  if (b1.is_null()) return Value();
  return randrange(interp, r, a[0], b1, Value());
}

Value m_choice(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "choice");
  if (r == nullptr) return Value();
  if (!check_no_kwargs(interp, "choice", kw) || !check_nargs(interp, "choice()", nargs - 1, 1, 1)) return Value();
  int64_t n = length(interp, args[1]);
  if (n < 0) return Value();
  if (n == 0) return raise(interp, interp.exc_types.IndexError, "Cannot choose from an empty sequence");
  Value i = make_int(interp, int64_t(mt_randbelow_u64(r, uint64_t(n))));
  return getitem(interp, args[1], i);
}

Value m_shuffle(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "shuffle");
  if (r == nullptr) return Value();
  if (!check_no_kwargs(interp, "shuffle", kw) || !check_nargs(interp, "shuffle()", nargs - 1, 1, 1)) return Value();
  Value x = args[1];
  int64_t n = length(interp, x);
  if (n < 0) return Value();
  for (int64_t i = n - 1; i >= 1; i--) {
    int64_t j = int64_t(mt_randbelow_u64(r, uint64_t(i + 1)));
    if (is_list(x) && type_of(interp, x) == interp.types.list && size_t(i) < x.as<List>()->size) {
      List* l = x.as<List>();
      std::swap(l->items[i], l->items[j]);
      continue;
    }
    Value vi = getitem(interp, x, Value::small_int(i));
    if (vi.is_null()) return Value();
    Value vj = getitem(interp, x, Value::small_int(j));
    if (vj.is_null()) return Value();
    if (setitem(interp, x, Value::small_int(i), vj) < 0 || setitem(interp, x, Value::small_int(j), vi) < 0) {
      return Value();
    }
  }
  return Value::none();
}

// bisect.bisect_right on a vector of doubles.
size_t bisect_right(const std::vector<double>& a, double x, size_t lo, size_t hi) {
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// The running sums of an iterable of numbers (itertools.accumulate), as doubles.
bool accumulate(Interp& interp, Value iterable, std::vector<double>& out) {
  Value it = get_iter(interp, iterable);
  if (it.is_null()) return false;
  double total = 0;
  for (;;) {
    Value v = iter_next(interp, it);
    if (v.is_null()) return !interp.has_error();
    double d;
    if (!math_arg(interp, v, &d)) return false;
    total += d;
    out.push_back(total);
  }
}

Value m_choices(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "choices");
  if (r == nullptr) return Value();
  Value a[4];
  const ArgSpec spec{"choices", {"population", "weights", "cum_weights", "k"}, 1, 0, 2};
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  Value population = a[0];
  int64_t k = 1;
  if (!a[3].is_null() && !to_index(interp, a[3], &k)) return Value();
  int64_t n = length(interp, population);
  if (n < 0) return Value();
  List* out = list_new(interp, k > 0 ? size_t(k) : 0);
  if (out == nullptr) return raise_no_memory(interp);
  Value weights = (a[1].is_null() || a[1].is_none()) ? Value() : a[1];
  Value cum = (a[2].is_null() || a[2].is_none()) ? Value() : a[2];
  std::vector<double> cw;
  if (cum.is_null()) {
    if (weights.is_null()) {
      double nf = double(n);
      for (int64_t i = 0; i < k; i++) {
        double idx = std::floor(mt_random(r) * nf);
        Value item = getitem(interp, population, make_int(interp, int64_t(idx)));
        if (item.is_null() || !list_append(interp, out, item)) return Value();
      }
      return Value::object(out);
    }
    if (!accumulate(interp, weights, cw)) {
      if (is_int(weights) && error_matches(interp, interp.exc_types.TypeError)) {
        clear_error(interp);
        std::string ks = int_to_string(weights);
        return raise(interp, interp.exc_types.TypeError, "The number of choices must be a keyword argument: k=%s",
                     ks.c_str());
      }
      return Value();
    }
  } else {
    if (!weights.is_null()) return raise(interp, interp.exc_types.TypeError, "Cannot specify both weights and cumulative weights");
    Tuple* t = sequence_to_tuple(interp, cum);
    if (t == nullptr) return Value();
    for (size_t i = 0; i < t->size; i++) {
      double d;
      if (!math_arg(interp, t->items[i], &d)) return Value();
      cw.push_back(d);
    }
  }
  if (int64_t(cw.size()) != n) return raise(interp, interp.exc_types.ValueError, "The number of weights does not match the population");
  double total = cw.empty() ? 0.0 : cw.back() + 0.0;
  if (cw.empty()) return raise(interp, interp.exc_types.IndexError, "list index out of range");
  if (total <= 0.0) return raise(interp, interp.exc_types.ValueError, "Total of weights must be greater than zero");
  if (!std::isfinite(total)) return raise(interp, interp.exc_types.ValueError, "Total of weights must be finite");
  size_t hi = size_t(n - 1);
  for (int64_t i = 0; i < k; i++) {
    size_t idx = bisect_right(cw, mt_random(r) * total, 0, hi);
    Value item = getitem(interp, population, make_int(interp, int64_t(idx)));
    if (item.is_null() || !list_append(interp, out, item)) return Value();
  }
  return Value::object(out);
}

Value m_sample(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "sample");
  if (r == nullptr) return Value();
  Value a[3];
  const ArgSpec spec{"sample", {"population", "k", "counts"}, 2, 0, 2};
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  Value population = a[0];
  if (is_anyset(population) || is_dict(population) || type_of(interp, population)->getitem == nullptr) {
    return raise(interp, interp.exc_types.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  int64_t n = length(interp, population);
  if (n < 0) return Value();
  int64_t k;
  if (!to_index(interp, a[1], &k)) return Value();
  if (!a[2].is_null() && !a[2].is_none()) {
    std::vector<double> cum;
    if (!accumulate(interp, a[2], cum)) return Value();
    if (int64_t(cum.size()) != n) return raise(interp, interp.exc_types.ValueError, "The number of counts does not match the population");
    double total = cum.back();
    cum.pop_back();
    if (total != std::floor(total)) return raise(interp, interp.exc_types.TypeError, "Counts must be integers");
    if (total <= 0) return raise(interp, interp.exc_types.ValueError, "Total of counts must be greater than zero");
    // selections = self.sample(range(total), k=k)
    Value range_args[2] = {Value(), make_int(interp, int64_t(total))};
    Value range = call(interp, Value::object(interp.types.range), &range_args[1], 1);
    if (range.is_null()) return Value();
    Value inner_args[3] = {args[0], range, a[1]};
    Value selections = m_sample(interp, inner_args, 3, nullptr);
    if (selections.is_null()) return Value();
    List* sel = selections.as<List>();
    List* out = list_new(interp, sel->size);
    if (out == nullptr) return raise_no_memory(interp);
    for (size_t i = 0; i < sel->size; i++) {
      double s;
      if (!math_arg(interp, sel->items[i], &s)) return Value();
      size_t idx = bisect_right(cum, s, 0, cum.size());
      Value item = getitem(interp, population, make_int(interp, int64_t(idx)));
      if (item.is_null() || !list_append(interp, out, item)) return Value();
    }
    return Value::object(out);
  }
  if (k < 0 || k > n) return raise(interp, interp.exc_types.ValueError, "Sample larger than population or is negative");
  List* result = list_new(interp, size_t(k));
  if (result == nullptr) return raise_no_memory(interp);
  int64_t setsize = 21;
  if (k > 5) setsize += int64_t(std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    Value pool_v = sequence_to_list(interp, population);
    if (pool_v.is_null()) return Value();
    List* pool = pool_v.as<List>();
    for (int64_t i = 0; i < k; i++) {
      int64_t j = int64_t(mt_randbelow_u64(r, uint64_t(n - i)));
      if (!list_append(interp, result, pool->items[j])) return Value();
      pool->items[j] = pool->items[n - i - 1];
    }
  } else {
    std::unordered_set<int64_t> selected;
    for (int64_t i = 0; i < k; i++) {
      int64_t j = int64_t(mt_randbelow_u64(r, uint64_t(n)));
      while (selected.count(j)) j = int64_t(mt_randbelow_u64(r, uint64_t(n)));
      selected.insert(j);
      Value item = getitem(interp, population, make_int(interp, j));
      if (item.is_null() || !list_append(interp, result, item)) return Value();
    }
  }
  return Value::object(result);
}

// Methods taking float arguments with defaults: binds up to 3 floats.
bool float_args(Interp& interp, const ArgSpec& spec, const Value* args, size_t nargs, Tuple* kw, double* out,
                bool* given = nullptr) {
  Value a[3];
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return false;
  for (size_t i = 0; i < spec.names.size(); i++) {
    if (given) given[i] = !a[i].is_null() && !a[i].is_none();
    if (!a[i].is_null() && !a[i].is_none() && !math_arg(interp, a[i], &out[i])) return false;
  }
  return true;
}

Value m_uniform(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "uniform");
  if (r == nullptr) return Value();
  Value a[2];
  const ArgSpec spec{"uniform", {"a", "b"}, 2};
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  // a + (b - a) * self.random(), with Python arithmetic (ints stay exact until the product).
  Value diff = binary_op(interp, BinOp::Sub, a[1], a[0]);
  if (diff.is_null()) return Value();
  Value prod = binary_op(interp, BinOp::Mul, diff, make_float(interp, mt_random(r)));
  if (prod.is_null()) return Value();
  return binary_op(interp, BinOp::Add, a[0], prod);
}

Value m_triangular(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "triangular");
  if (r == nullptr) return Value();
  double v[3] = {0.0, 1.0, 0.0};
  bool given[3];
  const ArgSpec spec{"triangular", {"low", "high", "mode"}, 0};
  if (!float_args(interp, spec, args, nargs, kw, v, given)) return Value();
  double low = v[0], high = v[1];
  double u = mt_random(r);
  if (high - low == 0) return make_float(interp, low);
  double c = given[2] ? (v[2] - low) / (high - low) : 0.5;
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return make_float(interp, low + (high - low) * std::sqrt(u * c));
}

double normalvariate(RandomObj* r, double mu, double sigma) {
  const double nv_magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = mt_random(r);
    double u2 = 1.0 - mt_random(r);
    z = nv_magic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

Value m_normalvariate(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "normalvariate");
  if (r == nullptr) return Value();
  double v[2] = {0.0, 1.0};
  const ArgSpec spec{"normalvariate", {"mu", "sigma"}, 0};
  if (!float_args(interp, spec, args, nargs, kw, v)) return Value();
  return make_float(interp, normalvariate(r, v[0], v[1]));
}

Value m_lognormvariate(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "lognormvariate");
  if (r == nullptr) return Value();
  double v[2] = {0.0, 1.0};
  const ArgSpec spec{"lognormvariate", {"mu", "sigma"}, 2};
  if (!float_args(interp, spec, args, nargs, kw, v)) return Value();
  return make_float(interp, std::exp(normalvariate(r, v[0], v[1])));
}

Value m_gauss(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "gauss");
  if (r == nullptr) return Value();
  double v[2] = {0.0, 1.0};
  const ArgSpec spec{"gauss", {"mu", "sigma"}, 0};
  if (!float_args(interp, spec, args, nargs, kw, v)) return Value();
  double z;
  Value next = r->gauss_next;
  r->gauss_next = Value();
  if (next.is_null()) {
    double x2pi = mt_random(r) * (2.0 * kPi);
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - mt_random(r)));
    z = std::cos(x2pi) * g2rad;
    r->gauss_next = make_float(interp, std::sin(x2pi) * g2rad);
  } else {
    z = float_value(next);
  }
  return make_float(interp, v[0] + z * v[1]);
}

Value m_expovariate(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = random_self(interp, args, nargs, "expovariate");
  if (r == nullptr) return Value();
  double v[1] = {1.0};
  const ArgSpec spec{"expovariate", {"lambd"}, 1};
  if (!float_args(interp, spec, args, nargs, kw, v)) return Value();
  double u = mt_random(r);
  if (v[0] == 0) return raise(interp, interp.exc_types.ZeroDivisionError, "float division by zero");
  return make_float(interp, -std::log(1.0 - u) / v[0]);
}

}  // namespace

const MethodDef kRandomDistMethods[] = {
    {"randrange", m_randrange},   {"randint", m_randint},         {"choice", m_choice},
    {"choices", m_choices},       {"shuffle", m_shuffle},         {"sample", m_sample},
    {"uniform", m_uniform},       {"triangular", m_triangular},   {"gauss", m_gauss},
    {"normalvariate", m_normalvariate}, {"lognormvariate", m_lognormvariate}, {"expovariate", m_expovariate},
};
const size_t kRandomDistMethodCount = sizeof kRandomDistMethods / sizeof kRandomDistMethods[0];

}  // namespace coil
