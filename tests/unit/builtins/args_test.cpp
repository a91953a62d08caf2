// Unit tests for native argument parsing (runtime/args.cpp): parse_args, check_no_kwargs and
// check_nargs must produce CPython 3.11's messages. Expected texts were obtained by running
// the same calls under python3 (e.g. round(), sum(), isclose(), len(), getattr()).
#include <gtest/gtest.h>
#include <string>

#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/interpreter.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {
namespace {

std::string take_error(Interp& interp) {
  Value e = fetch_error(interp);
  if (e.is_null()) return "";
  std::string text = format_exception_only(interp, e);
  while (!text.empty() && text.back() == '\n') text.pop_back();   // with or without the newline
  return text;
}

Tuple* names(Interp& interp, std::initializer_list<const char*> ns) {
  Tuple* t = tuple_new(interp, ns.size());
  size_t i = 0;
  for (const char* n : ns) t->items[i++] = Value::object(intern(interp, n));
  return t;
}

TEST(ParseArgs, PositionalFastPath) {
  Interpreter interp;
  Value args[2] = {Value::small_int(1), Value::small_int(2)};
  Value out[2];
  const ArgSpec spec{"round", {"number", "ndigits"}, 1};
  ASSERT_TRUE(parse_args(interp, spec, args, 2, nullptr, out));
  EXPECT_EQ(out[0], Value::small_int(1));
  EXPECT_EQ(out[1], Value::small_int(2));
  ASSERT_TRUE(parse_args(interp, spec, args, 1, nullptr, out));
  EXPECT_TRUE(out[1].is_null());
}

TEST(ParseArgs, Messages) {
  Interpreter interp;
  Value out[4];
  Value args[4] = {Value::small_int(1), Value::small_int(2), Value::small_int(3), Value::small_int(4)};
  const ArgSpec round_spec{"round", {"number", "ndigits"}, 1};
  EXPECT_FALSE(parse_args(interp, round_spec, args, 0, nullptr, out));
  EXPECT_EQ(take_error(interp), "TypeError: round() missing required argument 'number' (pos 1)");
  EXPECT_FALSE(parse_args(interp, round_spec, args, 3, nullptr, out));
  EXPECT_EQ(take_error(interp), "TypeError: round() takes at most 2 arguments (3 given)");
  // round(1, number=1)
  EXPECT_FALSE(parse_args(interp, round_spec, args, 1, names(interp, {"number"}), out));
  EXPECT_EQ(take_error(interp), "TypeError: argument for round() given by name ('number') and position (1)");
  // round(number=1, ndigits=2, x=1)
  EXPECT_FALSE(parse_args(interp, round_spec, args, 0, names(interp, {"number", "ndigits", "x"}), out));
  EXPECT_EQ(take_error(interp), "TypeError: round() takes at most 2 keyword arguments (3 given)");
  // round(1, x=2)
  EXPECT_FALSE(parse_args(interp, round_spec, args, 1, names(interp, {"x"}), out));
  EXPECT_EQ(take_error(interp), "TypeError: 'x' is an invalid keyword argument for round()");

  const ArgSpec sum_spec{"sum", {"iterable", "start"}, 1, 1};
  EXPECT_FALSE(parse_args(interp, sum_spec, args, 0, nullptr, out));
  EXPECT_EQ(take_error(interp), "TypeError: sum() takes at least 1 positional argument (0 given)");

  const ArgSpec isclose_spec{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 0, 2};
  EXPECT_FALSE(parse_args(interp, isclose_spec, args, 3, nullptr, out));
  EXPECT_EQ(take_error(interp), "TypeError: isclose() takes exactly 2 positional arguments (3 given)");
  EXPECT_FALSE(parse_args(interp, isclose_spec, args, 1, nullptr, out));
  EXPECT_EQ(take_error(interp), "TypeError: isclose() missing required argument 'b' (pos 2)");
  // Keyword-only by name works.
  ASSERT_TRUE(parse_args(interp, isclose_spec, args, 2, names(interp, {"abs_tol"}), out)) << take_error(interp);
  EXPECT_EQ(out[3], Value::small_int(3));
  EXPECT_TRUE(out[2].is_null());
}

TEST(CheckArgs, Messages) {
  Interpreter interp;
  EXPECT_FALSE(check_nargs(interp, "len()", 2, 1, 1));
  EXPECT_EQ(take_error(interp), "TypeError: len() takes exactly one argument (2 given)");
  EXPECT_FALSE(check_nargs(interp, "globals()", 1, 0, 0));
  EXPECT_EQ(take_error(interp), "TypeError: globals() takes no arguments (1 given)");
  EXPECT_FALSE(check_nargs(interp, "getattr", 1, 2, 3));
  EXPECT_EQ(take_error(interp), "TypeError: getattr expected at least 2 arguments, got 1");
  EXPECT_FALSE(check_nargs(interp, "sorted", 0, 1, 1));
  EXPECT_EQ(take_error(interp), "TypeError: sorted expected 1 argument, got 0");
  EXPECT_FALSE(check_nargs(interp, "dir", 2, 0, 1));
  EXPECT_EQ(take_error(interp), "TypeError: dir expected at most 1 argument, got 2");
  EXPECT_FALSE(check_nargs(interp, "divmod", 1, 2, 2));
  EXPECT_EQ(take_error(interp), "TypeError: divmod expected 2 arguments, got 1");
  EXPECT_TRUE(check_nargs(interp, "divmod", 2, 2, 2));
  EXPECT_FALSE(check_no_kwargs(interp, "len", names(interp, {"x"})));
  EXPECT_EQ(take_error(interp), "TypeError: len() takes no keyword arguments");
  EXPECT_TRUE(check_no_kwargs(interp, "len", nullptr));
}

}  // namespace
}  // namespace coil
