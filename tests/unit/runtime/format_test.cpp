// Unit tests for the formatters (runtime/format*.cpp): the format-spec mini-language for int,
// float and str, str.format fields and errors, and %-formatting. Expected strings come from CPython 3.11.
#include <gtest/gtest.h>
#include <string>
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/interpreter.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {
namespace {

std::string pending_error(Interp& interp) {
  Value e = fetch_error(interp);
  return e.is_null() ? "" : format_exception_only(interp, e);
}

std::string text(Interp& interp, Value v) {
  if (v.is_null()) return "<error: " + pending_error(interp) + ">";
  return std::string(v.as<Str>()->view());
}

TEST(FormatSpec, Ints) {
  Interpreter interp;
  struct Case { int64_t v; const char* spec; const char* out; } cases[] = {
    {1234567, ",", "1,234,567"}, {-1234567, "0=12,", "-001,234,567"}, {1234, "012,", "0,000,001,234"},
    {1234, "09_", "0_001_234"}, {255, "#010x", "0x000000ff"}, {255, "_b", "1111_1111"}, {255, "#_b", "0b1111_1111"},
    {-255, "#x", "-0xff"}, {-5, " 5", "   -5"}, {5, " ", " 5"}, {3, "=^7", "===3==="}, {42, "=+8d", "+     42"},
    {-42, "0=8d", "-0000042"}, {65, "c", "A"}, {255, "X", "FF"}, {8, "#o", "0o10"}, {1234, "n", "1234"},
    {5, ".3%", "500.000%"}, {5, "e", "5.000000e+00"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(text(interp, format_int(interp, Value::small_int(c.v), c.spec)), c.out) << c.spec;
  EXPECT_EQ(text(interp, format_int(interp, Value::small_int(1), ".2d")),
            "<error: ValueError: Precision not allowed in integer format specifier>");
  EXPECT_EQ(text(interp, format_int(interp, Value::small_int(1), ",x")), "<error: ValueError: Cannot specify ',' with 'x'.>");
  EXPECT_EQ(text(interp, format_int(interp, Value::small_int(1), "abc")),
            "<error: ValueError: Invalid format specifier 'abc' for object of type 'int'>");
  EXPECT_EQ(text(interp, format_int(interp, Value::small_int(1), "+c")),
            "<error: ValueError: Sign not allowed with integer format specifier 'c'>");
  EXPECT_EQ(text(interp, format_int(interp, Value::small_int(1), ",_")),
            "<error: ValueError: Cannot specify both ',' and '_'.>");
}

TEST(FormatSpec, Floats) {
  Interpreter interp;
  struct Case { double v; const char* spec; const char* out; } cases[] = {
    {12345.678, ",.2f", "12,345.68"}, {1.0, "g", "1"}, {1e16, "", "1e+16"}, {123.0, ".3", "1.23e+02"},
    {100.0, ".3", "1e+02"}, {1.0, ".3", "1.0"}, {1234.0, ".4", "1.234e+03"}, {0.99999, ".2", "1.0"},
    {1e-5, "#g", "1.00000e-05"}, {1.0, "#.0f", "1."}, {-1.5, "010", "-0000001.5"}, {1.5, "=10", "       1.5"},
    {-0.0, "z.1f", "0.0"}, {-0.0001, "z.2f", "0.00"}, {0.1, "%", "10.000000%"}, {1234567.0, "n", "1.23457e+06"},
    {1e20, ",.0f", "100,000,000,000,000,000,000"}, {1.5, "x<8", "1.5xxxxx"}, {1.0, "E", "1.000000E+00"},
    {1234567.5, ",", "1,234,567.5"},
  };
  for (const Case& c : cases) EXPECT_EQ(text(interp, format_float(interp, c.v, c.spec)), c.out) << c.spec;
  EXPECT_EQ(text(interp, format_float(interp, 1.5, "d")),
            "<error: ValueError: Unknown format code 'd' for object of type 'float'>");
  EXPECT_EQ(text(interp, format_float(interp, 1.5, ".f")), "<error: ValueError: Format specifier missing precision>");
}

TEST(FormatSpec, Strs) {
  Interpreter interp;
  Value s = str_value(interp, "abc");
  EXPECT_EQ(text(interp, format_str(interp, s, ".2")), "ab");
  EXPECT_EQ(text(interp, format_str(interp, s, "^7.2")), "  ab   ");
  EXPECT_EQ(text(interp, format_str(interp, s, "05")), "abc00");
  EXPECT_EQ(text(interp, format_str(interp, str_value(interp, "\xC3\xA9"), "*^5")), "**\xC3\xA9**");
  EXPECT_EQ(text(interp, format_str(interp, s, "+")), "<error: ValueError: Sign not allowed in string format specifier>");
  EXPECT_EQ(text(interp, format_str(interp, s, "=5")),
            "<error: ValueError: '=' alignment not allowed in string format specifier>");
  EXPECT_EQ(text(interp, format_str(interp, s, "d")),
            "<error: ValueError: Unknown format code 'd' for object of type 'str'>");
}

TEST(StrFormat, Fields) {
  Interpreter interp;
  Value args[] = {str_value(interp, "x"), str_value(interp, "y")};
  EXPECT_EQ(text(interp, str_format(interp, "{1} {0} {1}", args, 2, nullptr)), "y x y");
  EXPECT_EQ(text(interp, str_format(interp, "{} {}", args, 2, nullptr)), "x y");
  EXPECT_EQ(text(interp, str_format(interp, "{{}} {{{}}}", args, 1, nullptr)), "{} {x}");
  EXPECT_EQ(text(interp, str_format(interp, "{!r:>6}", args, 1, nullptr)), "   'x'");
  Value nested[] = {Value::small_int(1), str_value(interp, ">5")};
  EXPECT_EQ(text(interp, str_format(interp, "{:{}}", nested, 2, nullptr)), "    1");
  EXPECT_EQ(text(interp, str_format(interp, "{} {}", args, 1, nullptr)),
            "<error: IndexError: Replacement index 1 out of range for positional args tuple>");
  EXPECT_EQ(text(interp, str_format(interp, "{0} {}", args, 2, nullptr)),
            "<error: ValueError: cannot switch from manual field specification to automatic field numbering>");
  EXPECT_EQ(text(interp, str_format(interp, "{} {0}", args, 2, nullptr)),
            "<error: ValueError: cannot switch from automatic field numbering to manual field specification>");
  EXPECT_EQ(text(interp, str_format(interp, "{", args, 0, nullptr)),
            "<error: ValueError: Single '{' encountered in format string>");
  EXPECT_EQ(text(interp, str_format(interp, "}", args, 0, nullptr)),
            "<error: ValueError: Single '}' encountered in format string>");
  Value three[] = {Value::small_int(1), Value::small_int(2), Value::small_int(3)};
  EXPECT_EQ(text(interp, str_format(interp, "{:{:{}}}", three, 3, nullptr)),
            "<error: ValueError: Max string recursion exceeded>");
  Tuple* kw = tuple_pack(interp, {Value::object(intern(interp, "name"))});
  Value kwargs[] = {str_value(interp, "Al")};
  EXPECT_EQ(text(interp, str_format(interp, "{name}!", kwargs, 0, kw)), "Al!");
  EXPECT_EQ(text(interp, str_format(interp, "{x}", kwargs, 0, kw)), "<error: KeyError: 'x'>");
}

TEST(Percent, Conversions) {
  Interpreter interp;
  Tuple* t = tuple_pack(interp, {make_float(interp, 2.25), Value::small_int(3), Value::small_int(-4), Value::small_int(5),
                                 Value::small_int(6)});
  EXPECT_EQ(text(interp, percent_format(interp, "%5.1f|%-5d|%05d|%+d|% d", Value::object(t))), "  2.2|3    |-0004|+5| 6");
  Tuple* h = tuple_pack(interp, {Value::small_int(255), Value::small_int(8), Value::small_int(255)});
  EXPECT_EQ(text(interp, percent_format(interp, "%#x %#o %X", Value::object(h))), "0xff 0o10 FF");
  EXPECT_EQ(text(interp, percent_format(interp, "%s %s", Value::object(tuple_pack(interp, {Value::small_int(1)})))),
            "<error: TypeError: not enough arguments for format string>");
  EXPECT_EQ(text(interp, percent_format(interp, "%s", Value::object(tuple_pack(interp, {Value::small_int(1), Value::small_int(2)})))),
            "<error: TypeError: not all arguments converted during string formatting>");
  EXPECT_EQ(text(interp, percent_format(interp, "%z", Value::small_int(1))),
            "<error: ValueError: unsupported format character 'z' (0x7a) at index 1>");
  EXPECT_EQ(text(interp, percent_format(interp, "%d", str_value(interp, "a"))),
            "<error: TypeError: %d format: a real number is required, not str>");
  EXPECT_EQ(text(interp, percent_format(interp, "%%%s", Value::small_int(1))), "%1");
  EXPECT_EQ(text(interp, percent_format(interp, "%(a)s", Value::small_int(1))), "<error: TypeError: format requires a mapping>");
}

}  // namespace
}  // namespace coil
