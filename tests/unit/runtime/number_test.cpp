// Unit tests for int and float (runtime/int*.cpp, float.cpp, format_float.cpp): floor division
// and modulo signs, the small/BigInt boundary around 2**62, hashes, true division rounding,
// float repr and round(). Expected values were obtained from CPython 3.11.
#include <gtest/gtest.h>
#include <cmath>
#include <string>
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/interpreter.h"
#include "runtime/number.h"
#include "runtime/str.h"

namespace coil {
namespace {

std::string pending_error(Interp& interp) {
  Value e = fetch_error(interp);
  return e.is_null() ? "" : format_exception_only(interp, e);
}

Value I(Interp& interp, const char* text) { return int_from_string(interp, text, 10); }
std::string S(Value v) { return int_to_string(v); }

TEST(Int, FloorDivisionAndModuloSigns) {
  Interpreter interp;
  struct Case { int64_t a, b, q, r; } cases[] = {
    {7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {6, 3, 2, 0}, {-6, 3, -2, 0},
  };
  for (const Case& c : cases) {
    Value q = int_binary(interp, BinOp::FloorDiv, Value::small_int(c.a), Value::small_int(c.b));
    Value r = int_binary(interp, BinOp::Mod, Value::small_int(c.a), Value::small_int(c.b));
    EXPECT_EQ(q.as_small_int(), c.q) << c.a << "//" << c.b;
    EXPECT_EQ(r.as_small_int(), c.r) << c.a << "%" << c.b;
  }
  EXPECT_TRUE(int_binary(interp, BinOp::FloorDiv, Value::small_int(1), Value::small_int(0)).is_null());
  EXPECT_EQ(pending_error(interp), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_TRUE(int_binary(interp, BinOp::Mod, Value::small_int(1), Value::small_int(0)).is_null());
  EXPECT_EQ(pending_error(interp), "ZeroDivisionError: integer modulo by zero");
  EXPECT_TRUE(int_binary(interp, BinOp::TrueDiv, Value::small_int(1), Value::small_int(0)).is_null());
  EXPECT_EQ(pending_error(interp), "ZeroDivisionError: division by zero");
}

TEST(Int, SmallBigBoundary) {
  Interpreter interp;
  Value max = Value::small_int(Value::kMaxSmall);
  Value big = int_binary(interp, BinOp::Add, max, Value::small_int(1));
  ASSERT_TRUE(is_kind(big, Kind::Int));
  EXPECT_EQ(S(big), "4611686018427387904");
  Value back = int_binary(interp, BinOp::Sub, big, Value::small_int(1));
  EXPECT_TRUE(back.is_small_int());   // normalized back to an immediate
  EXPECT_EQ(back, max);
  Value min = Value::small_int(Value::kMinSmall);
  Value neg = int_unary(interp, UnaryOp::Neg, min);
  EXPECT_EQ(S(neg), "4611686018427387904");
  EXPECT_EQ(S(int_binary(interp, BinOp::FloorDiv, min, Value::small_int(-1))), "4611686018427387904");
  Value sq = int_binary(interp, BinOp::Mul, max, max);
  EXPECT_EQ(S(sq), "21267647932558653957237540927630737409");
  EXPECT_EQ(S(int_binary(interp, BinOp::Pow, Value::small_int(2), Value::small_int(100))),
            "1267650600228229401496703205376");
  EXPECT_EQ(S(int_binary(interp, BinOp::LShift, Value::small_int(1), Value::small_int(62))), "4611686018427387904");
  EXPECT_EQ(S(int_binary(interp, BinOp::RShift, I(interp, "-1267650600228229401496703205376"), Value::small_int(3))),
            "-158456325028528675187087900672");
}

TEST(Int, BitwiseOnNegatives) {
  Interpreter interp;
  EXPECT_EQ(int_binary(interp, BinOp::And, Value::small_int(-5), Value::small_int(3)).as_small_int(), 3);
  EXPECT_EQ(int_binary(interp, BinOp::Or, Value::small_int(-5), Value::small_int(3)).as_small_int(), -5);
  EXPECT_EQ(int_binary(interp, BinOp::Xor, Value::small_int(-5), Value::small_int(3)).as_small_int(), -8);
  EXPECT_EQ(int_unary(interp, UnaryOp::Invert, Value::small_int(5)).as_small_int(), -6);
  Value b = int_binary(interp, BinOp::And, Value::true_(), Value::false_());
  EXPECT_TRUE(b.is_false());
  EXPECT_TRUE(int_binary(interp, BinOp::LShift, Value::small_int(1), Value::small_int(-1)).is_null());
  EXPECT_EQ(pending_error(interp), "ValueError: negative shift count");
}

TEST(Int, Hash) {
  Interpreter interp;
  EXPECT_EQ(int_hash(Value::small_int(-1)), -2);
  EXPECT_EQ(int_hash(I(interp, "2305843009213693952")), 1);          // 2**61
  EXPECT_EQ(int_hash(I(interp, "2305843009213693951")), 0);          // 2**61-1
  EXPECT_EQ(int_hash(I(interp, "-2305843009213693952")), -2);
  EXPECT_EQ(float_hash(1.5), 1152921504606846977);
  EXPECT_EQ(float_hash(0.1), 230584300921369408);
  EXPECT_EQ(float_hash(1e100), 1822893315824342674);
  EXPECT_EQ(float_hash(INFINITY), 314159);
  EXPECT_EQ(float_hash(3.0), int_hash(Value::small_int(3)));
}

TEST(Int, TrueDivisionIsCorrectlyRounded) {
  Interpreter interp;
  Value big = I(interp, "1000000000000000000000000000000");   // 10**30
  Value q = int_binary(interp, BinOp::TrueDiv, big, Value::small_int(7));
  ASSERT_TRUE(is_float(q));
  EXPECT_EQ(float_repr(float_value(q)), "1.4285714285714285e+29");
  std::string digits = "1" + std::string(400, '0');
  Value huge = I(interp, digits.c_str());
  EXPECT_TRUE(int_binary(interp, BinOp::TrueDiv, huge, Value::small_int(3)).is_null());
  EXPECT_EQ(pending_error(interp), "OverflowError: integer division result too large for a float");
  Value tiny = int_binary(interp, BinOp::TrueDiv, Value::small_int(1), huge);
  EXPECT_EQ(float_value(tiny), 0.0);
}

TEST(Int, FromString) {
  Interpreter interp;
  EXPECT_EQ(int_from_string(interp, "0x1f", 16).as_small_int(), 31);
  EXPECT_EQ(int_from_string(interp, "0x1f", 0).as_small_int(), 31);
  EXPECT_EQ(int_from_string(interp, " 1_000 ", 10).as_small_int(), 1000);
  EXPECT_EQ(int_from_string(interp, "-0b101", 0).as_small_int(), -5);
  EXPECT_TRUE(int_from_string(interp, "1__0", 10).is_null());
  EXPECT_EQ(pending_error(interp), "ValueError: invalid literal for int() with base 10: '1__0'");
  EXPECT_TRUE(int_from_string(interp, "010", 0).is_null());
  EXPECT_EQ(pending_error(interp), "ValueError: invalid literal for int() with base 0: '010'");
  EXPECT_TRUE(int_from_string(interp, "12", 1).is_null());
  EXPECT_EQ(pending_error(interp), "ValueError: int() base must be >= 2 and <= 36, or 0");
  EXPECT_TRUE(int_from_string(interp, std::string(5000, '1'), 10).is_null());
  EXPECT_EQ(pending_error(interp),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
            "use sys.set_int_max_str_digits() to increase the limit");
}

TEST(Float, Repr) {
  struct Case { double d; const char* text; } cases[] = {
    {1e16, "1e+16"}, {1e-7, "1e-07"}, {0.1, "0.1"}, {100.0, "100.0"}, {1.5e300, "1.5e+300"},
    {INFINITY, "inf"}, {-INFINITY, "-inf"}, {NAN, "nan"}, {-0.0, "-0.0"}, {0.1 + 0.2, "0.30000000000000004"},
    {1e15, "1000000000000000.0"}, {1e-4, "0.0001"}, {5e-324, "5e-324"}, {123456789012345678.0, "1.2345678901234568e+17"},
    {1.7976931348623157e308, "1.7976931348623157e+308"}, {-1e22, "-1e+22"},
  };
  for (const Case& c : cases) EXPECT_EQ(float_repr(c.d), c.text);
}

TEST(Float, Round) {
  Interpreter interp;
  EXPECT_EQ(float_value(float_round(interp, 2.675, Value::small_int(2))), 2.67);
  EXPECT_EQ(float_value(float_round(interp, 1234.5678, Value::small_int(-2))), 1200.0);
  Value z = float_round(interp, -0.4, Value::small_int(0));
  EXPECT_TRUE(std::signbit(float_value(z)));
  EXPECT_EQ(float_round(interp, 2.5, Value()).as_small_int(), 2);
  EXPECT_EQ(float_round(interp, -0.5, Value()).as_small_int(), 0);
  EXPECT_TRUE(float_round(interp, 1.5e308, Value::small_int(-308)).is_null());
  EXPECT_EQ(pending_error(interp), "OverflowError: rounded value too large to represent");
  EXPECT_EQ(int_round(interp, Value::small_int(25), Value::small_int(-1)).as_small_int(), 20);
  EXPECT_EQ(int_round(interp, Value::small_int(15), Value::small_int(-1)).as_small_int(), 20);
  EXPECT_EQ(int_round(interp, Value::small_int(-25), Value::small_int(-1)).as_small_int(), -20);
}

TEST(Float, ArithmeticErrors) {
  Interpreter interp;
  Value one = make_float(interp, 1.0), zero = make_float(interp, 0.0);
  EXPECT_TRUE(float_binary(interp, BinOp::TrueDiv, one, zero).is_null());
  EXPECT_EQ(pending_error(interp), "ZeroDivisionError: float division by zero");
  EXPECT_TRUE(float_binary(interp, BinOp::FloorDiv, one, zero).is_null());
  EXPECT_EQ(pending_error(interp), "ZeroDivisionError: float floor division by zero");
  EXPECT_TRUE(float_binary(interp, BinOp::Mod, one, zero).is_null());
  EXPECT_EQ(pending_error(interp), "ZeroDivisionError: float modulo");
  EXPECT_TRUE(float_binary(interp, BinOp::Pow, zero, make_float(interp, -1.0)).is_null());
  EXPECT_EQ(pending_error(interp), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_TRUE(float_pow(interp, 10.0, 400.0).is_null());
  EXPECT_EQ(pending_error(interp), "OverflowError: (34, 'Numerical result out of range')");
  Value m = float_binary(interp, BinOp::Mod, make_float(interp, -7.5), Value::small_int(2));
  EXPECT_EQ(float_value(m), 0.5);
  m = float_binary(interp, BinOp::Mod, make_float(interp, 7.5), Value::small_int(-2));
  EXPECT_EQ(float_value(m), -0.5);
}

TEST(Float, ExactComparisonWithInts) {
  Interpreter interp;
  Value p53 = I(interp, "9007199254740993");   // 2**53 + 1
  EXPECT_TRUE(int_compare(interp, p53, make_float(interp, 9007199254740992.0), CmpOp::Gt).is_true());
  EXPECT_TRUE(int_compare(interp, p53, make_float(interp, 9007199254740992.0), CmpOp::Eq).is_false());
  std::string digits = "1" + std::string(400, '0');
  Value huge = I(interp, digits.c_str());
  EXPECT_TRUE(float_compare(interp, make_float(interp, INFINITY), huge, CmpOp::Gt).is_true());
  EXPECT_TRUE(float_compare(interp, make_float(interp, NAN), Value::small_int(1), CmpOp::Ne).is_true());
}

TEST(Float, ParseText) {
  double d;
  EXPECT_TRUE(parse_float_text(" 1e5 ", &d));
  EXPECT_EQ(d, 100000.0);
  EXPECT_TRUE(parse_float_text("1_0.5", &d));
  EXPECT_EQ(d, 10.5);
  EXPECT_TRUE(parse_float_text("-Infinity", &d));
  EXPECT_TRUE(std::isinf(d) && d < 0);
  EXPECT_TRUE(parse_float_text("1e500", &d));
  EXPECT_TRUE(std::isinf(d));
  EXPECT_FALSE(parse_float_text("abc", &d));
  EXPECT_FALSE(parse_float_text("1__0", &d));
  EXPECT_FALSE(parse_float_text("1e", &d));
  EXPECT_FALSE(parse_float_text(".", &d));
}

}  // namespace
}  // namespace coil
