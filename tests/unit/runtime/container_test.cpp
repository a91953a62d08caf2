// Unit tests for lists (stable sort, error propagation, mutation during sort), sets,
// slice_indices' clamping, ranges and unpacking (runtime/list*.cpp, set*.cpp, slice.cpp,
// range.cpp, iter_util.cpp).
#include <gtest/gtest.h>
#include <string>
#include <vector>
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/interpreter.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {
namespace {

std::string pending_error(Interp& interp) {
  Value e = fetch_error(interp);
  return e.is_null() ? "" : format_exception_only(interp, e);
}

std::string repr_of(Interp& interp, Value v) {
  std::string out;
  if (!repr_into(interp, v, out)) return "<error " + pending_error(interp) + ">";
  return out;
}

List* int_list(Interp& interp, std::initializer_list<int64_t> xs) {
  List* l = list_new(interp);
  for (int64_t x : xs) list_append(interp, l, Value::small_int(x));
  return l;
}

// key=lambda t: t[0]
Value first_item(Interp& interp, const Value* args, size_t nargs, Tuple*) {
  return args[0].as<Tuple>()->items[0];
}

TEST(ListSort, StableWithKey) {
  Interpreter interp;
  List* l = list_new(interp);
  const int64_t keys[] = {3, 1, 2, 1, 3, 2, 1, 0, 2, 3};
  for (int64_t i = 0; i < 10; i++)
    list_append(interp, l, Value::object(tuple_pack(interp, {Value::small_int(keys[i]), Value::small_int(i)})));
  Value key = Value::object(native_function_new(interp, "first", first_item));
  ASSERT_TRUE(list_sort(interp, l, key, false));
  EXPECT_EQ(repr_of(interp, Value::object(l)),
            "[(0, 7), (1, 1), (1, 3), (1, 6), (2, 2), (2, 5), (2, 8), (3, 0), (3, 4), (3, 9)]");
  ASSERT_TRUE(list_sort(interp, l, key, true));   // reverse keeps equal items in order too
  EXPECT_EQ(repr_of(interp, Value::object(l)),
            "[(3, 0), (3, 4), (3, 9), (2, 2), (2, 5), (2, 8), (1, 1), (1, 3), (1, 6), (0, 7)]");
}

TEST(ListSort, SpecializedAndLarge) {
  Interpreter interp;
  List* ints = list_new(interp);
  List* floats = list_new(interp);
  List* strs = list_new(interp);
  uint64_t x = 12345;
  for (int i = 0; i < 5000; i++) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    int64_t n = int64_t(x >> 40) - (int64_t(1) << 23);
    list_append(interp, ints, Value::small_int(n));
    list_append(interp, floats, make_float(interp, double(n) / 7.0));
    list_append(interp, strs, Value::object(str_new(interp, std::to_string(n))));
  }
  ASSERT_TRUE(list_sort(interp, ints, Value::none(), false));
  ASSERT_TRUE(list_sort(interp, floats, Value::none(), true));
  ASSERT_TRUE(list_sort(interp, strs, Value::none(), false));
  for (size_t i = 1; i < 5000; i++) {
    EXPECT_LE(ints->items[i - 1].as_small_int(), ints->items[i].as_small_int());
    EXPECT_GE(float_value(floats->items[i - 1]), float_value(floats->items[i]));
    EXPECT_LE(strs->items[i - 1].as<Str>()->view(), strs->items[i].as<Str>()->view());
  }
  // Mixed int/float goes through the generic comparison.
  List* mixed = list_new(interp);
  list_append(interp, mixed, make_float(interp, 2.5));
  list_append(interp, mixed, Value::small_int(1));
  list_append(interp, mixed, Value::small_int(3));
  ASSERT_TRUE(list_sort(interp, mixed, Value::none(), false));
  EXPECT_EQ(repr_of(interp, Value::object(mixed)), "[1, 2.5, 3]");
}

TEST(ListSort, ComparisonErrorPropagates) {
  Interpreter interp;
  List* l = int_list(interp, {3, 1, 2});
  list_append(interp, l, Value::object(str_new(interp, "a")));
  list_append(interp, l, Value::small_int(0));
  EXPECT_FALSE(list_sort(interp, l, Value::none(), false));
  EXPECT_EQ(pending_error(interp), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(l->size, 5u);   // still a permutation of the items
}

// A key function that raises on its third call (state: the bound self, a list of calls).
Value key_raising(Interp& interp, const Value* args, size_t nargs, Tuple*) {
  List* calls = args[0].as<List>();
  list_append(interp, calls, Value::none());
  if (calls->size == 3) return raise(interp, interp.exc_types.ValueError, "bad key");
  return args[1];
}

TEST(ListSort, KeyErrorLeavesListIntact) {
  Interpreter interp;
  List* l = int_list(interp, {5, 4, 3, 2, 1});
  List* calls = list_new(interp);
  Value key = Value::object(native_function_new(interp, "k", key_raising, Value::object(calls)));
  EXPECT_FALSE(list_sort(interp, l, key, false));
  EXPECT_EQ(pending_error(interp), "ValueError: bad key");
  EXPECT_EQ(repr_of(interp, Value::object(l)), "[5, 4, 3, 2, 1]");
}

// A key function that appends to the list being sorted (bound as self).
Value key_mutating(Interp& interp, const Value* args, size_t nargs, Tuple*) {
  list_append(interp, args[0].as<List>(), Value::small_int(99));
  return args[1];
}

TEST(ListSort, ModifiedDuringSort) {
  Interpreter interp;
  List* l = int_list(interp, {2, 1, 3});
  Value key = Value::object(native_function_new(interp, "k", key_mutating, Value::object(l)));
  EXPECT_FALSE(list_sort(interp, l, key, false));
  EXPECT_EQ(pending_error(interp), "ValueError: list modified during sort");
  EXPECT_EQ(l->size, 3u);
  EXPECT_EQ(repr_of(interp, Value::object(l)), "[1, 2, 3]");
}

TEST(List, ReprRecursionAndExtend) {
  Interpreter interp;
  List* l = int_list(interp, {1, 2});
  list_append(interp, l, Value::object(l));
  EXPECT_EQ(repr_of(interp, Value::object(l)), "[1, 2, [...]]");
  List* m = int_list(interp, {1, 2, 3});
  ASSERT_TRUE(list_extend(interp, m, Value::object(m)));   // m.extend(m)
  EXPECT_EQ(repr_of(interp, Value::object(m)), "[1, 2, 3, 1, 2, 3]");
  ASSERT_TRUE(list_extend(interp, m, Value::object(tuple_pack(interp, {Value::none()}))));
  EXPECT_EQ(m->size, 7u);
}

TEST(Set, AddDiscardContainsAndOrder) {
  Interpreter interp;
  Set* s = set_new(interp, interp.types.set);
  for (int64_t i : {5, 3, 1, 3, 9, 7, 1}) ASSERT_GE(set_add(interp, s, Value::small_int(i)), 0);
  EXPECT_EQ(s->used, 5u);
  EXPECT_EQ(repr_of(interp, Value::object(s)), "{1, 3, 5, 7, 9}");   // CPython's order for small ints
  EXPECT_EQ(set_contains(interp, s, Value::small_int(7)), 1);
  EXPECT_EQ(set_contains(interp, s, make_float(interp, 7.0)), 1);
  EXPECT_EQ(set_discard(interp, s, Value::small_int(7)), 1);
  EXPECT_EQ(set_discard(interp, s, Value::small_int(7)), 0);
  EXPECT_EQ(set_contains(interp, s, Value::small_int(7)), 0);
  for (int64_t i = 100; i < 10000; i++) ASSERT_EQ(set_add(interp, s, Value::small_int(i)), 1);
  for (int64_t i = 100; i < 10000; i += 2) ASSERT_EQ(set_discard(interp, s, Value::small_int(i)), 1);
  EXPECT_EQ(s->used, 4u + 4950u);
  EXPECT_EQ(set_add(interp, s, Value::object(list_new(interp))), -1);
  EXPECT_EQ(pending_error(interp), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(repr_of(interp, Value::object(set_new(interp, interp.types.set))), "set()");
  EXPECT_EQ(repr_of(interp, Value::object(set_new(interp, interp.types.frozenset))), "frozenset()");
}

TEST(Set, OperatorsAndFrozensetHash) {
  Interpreter interp;
  Set* a = set_new(interp, interp.types.set);
  Set* b = set_new(interp, interp.types.frozenset);
  for (int64_t i : {1, 2, 3, 4}) set_add(interp, a, Value::small_int(i));
  for (int64_t i : {3, 4, 5}) set_add(interp, b, Value::small_int(i));
  Value va = Value::object(a), vb = Value::object(b);
  EXPECT_EQ(repr_of(interp, binary_op(interp, BinOp::Or, va, vb)), "{1, 2, 3, 4, 5}");
  EXPECT_EQ(repr_of(interp, binary_op(interp, BinOp::And, va, vb)), "{3, 4}");
  EXPECT_EQ(repr_of(interp, binary_op(interp, BinOp::Sub, va, vb)), "{1, 2}");
  EXPECT_EQ(repr_of(interp, binary_op(interp, BinOp::Xor, va, vb)), "{1, 2, 5}");
  EXPECT_EQ(repr_of(interp, binary_op(interp, BinOp::Sub, vb, va)), "frozenset({5})");
  // Equal frozensets built in different orders hash equal.
  Set* f1 = set_new(interp, interp.types.frozenset);
  Set* f2 = set_new(interp, interp.types.frozenset);
  for (int64_t i = 0; i < 100; i++) set_add(interp, f1, Value::small_int(i));
  for (int64_t i = 99; i >= 0; i--) set_add(interp, f2, Value::small_int(i));
  EXPECT_EQ(hash(interp, Value::object(f1)), hash(interp, Value::object(f2)));
  EXPECT_EQ(equal(interp, Value::object(f1), Value::object(f2)), 1);
  EXPECT_EQ(hash(interp, va), -1);
  EXPECT_EQ(pending_error(interp), "TypeError: unhashable type: 'set'");
  Value lt = compare(interp, Value::object(f1), vb, CmpOp::Lt);
  EXPECT_TRUE(lt.is_false());
  Set* small = set_new(interp, interp.types.set);
  set_add(interp, small, Value::small_int(3));
  EXPECT_TRUE(compare(interp, Value::object(small), vb, CmpOp::Lt).is_true());
  EXPECT_TRUE(compare(interp, vb, Value::object(small), CmpOp::Ge).is_true());
}

struct SliceCase {
  Value start, stop, step;
  int64_t length;
  int64_t r_start, r_stop, r_step, r_len;
};

TEST(Slice, IndicesMatchCPython) {
  Interpreter interp;
  Value N = Value::none();
  auto I = [](int64_t n) { return Value::small_int(n); };
  // Expected values from CPython's slice(...).indices(length) and len(range(length)[s]).
  const SliceCase cases[] = {
      {N, N, N, 10, 0, 10, 1, 10},        {N, N, I(-1), 10, 9, -1, -1, 10},
      {I(-3), N, N, 10, 7, 10, 1, 3},     {I(-30), I(30), N, 10, 0, 10, 1, 10},
      {I(30), I(-30), I(-1), 10, 9, -1, -1, 10}, {I(2), I(8), I(3), 10, 2, 8, 3, 2},
      {I(8), I(2), I(-3), 10, 8, 2, -3, 2},  {I(5), I(5), N, 10, 5, 5, 1, 0},
      {N, N, I(2), 0, 0, 0, 2, 0},         {N, N, I(-2), 0, -1, -1, -2, 0},
      {I(-1), I(-5), I(-1), 4, 3, -1, -1, 4}, {I(1), N, I(-1), 5, 1, -1, -1, 2},
  };
  for (const SliceCase& c : cases) {
    Value s = slice_new(interp, c.start, c.stop, c.step);
    int64_t a, b, st, n;
    ASSERT_TRUE(slice_indices(interp, s, c.length, &a, &b, &st, &n));
    EXPECT_EQ(a, c.r_start);
    EXPECT_EQ(b, c.r_stop);
    EXPECT_EQ(st, c.r_step);
    EXPECT_EQ(n, c.r_len);
  }
  int64_t a, b, st, n;
  EXPECT_FALSE(slice_indices(interp, slice_new(interp, N, N, I(0)), 5, &a, &b, &st, &n));
  EXPECT_EQ(pending_error(interp), "ValueError: slice step cannot be zero");
  EXPECT_FALSE(slice_indices(interp, slice_new(interp, make_float(interp, 1.5), N, N), 5, &a, &b, &st, &n));
  EXPECT_EQ(pending_error(interp),
            "TypeError: slice indices must be integers or None or have an __index__ method");
  EXPECT_EQ(repr_of(interp, slice_new(interp, I(1), N, I(2))), "slice(1, None, 2)");
}

TEST(Range, LengthContainsIterate) {
  Interpreter interp;
  auto I = [](int64_t n) { return Value::small_int(n); };
  Value r = range_new(interp, I(10), I(0), I(-3));
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(length(interp, r), 4);
  EXPECT_EQ(repr_of(interp, r), "range(10, 0, -3)");
  EXPECT_EQ(contains(interp, r, I(7)), 1);
  EXPECT_EQ(contains(interp, r, I(0)), 0);
  EXPECT_EQ(contains(interp, r, I(-2)), 0);
  EXPECT_EQ(repr_of(interp, sequence_to_list(interp, r)), "[10, 7, 4, 1]");
  EXPECT_EQ(repr_of(interp, getitem(interp, r, I(-1))), "1");
  EXPECT_TRUE(getitem(interp, r, I(4)).is_null());
  EXPECT_EQ(pending_error(interp), "IndexError: range object index out of range");
  EXPECT_EQ(repr_of(interp, getitem(interp, r, slice_new(interp, Value::none(), Value::none(), I(-1)))),
            "range(1, 13, 3)");
  EXPECT_TRUE(range_new(interp, I(0), I(1), I(0)).is_null());
  EXPECT_EQ(pending_error(interp), "ValueError: range() arg 3 must not be zero");
  Value e = range_new(interp, I(5), I(5), I(1));
  EXPECT_EQ(length(interp, e), 0);
  EXPECT_EQ(equal(interp, e, range_new(interp, I(0), I(0), I(7))), 1);
}

TEST(Unpack, MessagesMatchCPython) {
  Interpreter interp;
  Value out[3];
  Value l2 = Value::object(int_list(interp, {1, 2}));
  EXPECT_FALSE(unpack_iterable(interp, l2, 3, out));
  EXPECT_EQ(pending_error(interp), "ValueError: not enough values to unpack (expected 3, got 2)");
  EXPECT_FALSE(unpack_iterable(interp, l2, 1, out));
  EXPECT_EQ(pending_error(interp), "ValueError: too many values to unpack (expected 1)");
  EXPECT_FALSE(unpack_iterable(interp, Value::small_int(5), 2, out));
  EXPECT_EQ(pending_error(interp), "TypeError: cannot unpack non-iterable int object");
  Value r = range_new(interp, Value::small_int(0), Value::small_int(2), Value::small_int(1));
  ASSERT_TRUE(unpack_iterable(interp, r, 2, out));
  EXPECT_EQ(out[1].as_small_int(), 1);
  EXPECT_FALSE(unpack_iterable(interp, r, 3, out));
  EXPECT_EQ(pending_error(interp), "ValueError: not enough values to unpack (expected 3, got 2)");
  Value l5 = Value::object(int_list(interp, {1, 2, 3, 4, 5}));
  ASSERT_TRUE(unpack_iterable_ex(interp, l5, 1, 1, out));
  EXPECT_EQ(repr_of(interp, out[1]), "[2, 3, 4]");
  EXPECT_EQ(out[2].as_small_int(), 5);
  EXPECT_FALSE(unpack_iterable_ex(interp, l2, 2, 1, out));
  EXPECT_EQ(pending_error(interp), "ValueError: not enough values to unpack (expected at least 3, got 2)");
}

}  // namespace
}  // namespace coil
