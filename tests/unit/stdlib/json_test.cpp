// json.dumps / json.loads against CPython: every expected text below was produced by running
// the same call under CPython 3.11.7 (python3).
#include <gtest/gtest.h>
#include <string>

#include "coil/coil.h"

namespace coil {
namespace {

std::string eval_repr(Vm& vm, const std::string& expr) {
  Result r = vm.eval(expr);
  if (!r.ok()) return "<" + r.error().type + ": " + r.error().message + ">";
  return r.value().repr();
}

class JsonTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(vm.exec("import json").ok()); }
  Vm vm;
};

TEST_F(JsonTest, Dumps) {
  EXPECT_EQ(eval_repr(vm, "json.dumps({'a': [1, 2.5, None, True], 'b': 'x'})"),
            "'{\"a\": [1, 2.5, null, true], \"b\": \"x\"}'");
  EXPECT_EQ(eval_repr(vm, "json.dumps('\\u00e9\\u2028\\U0001F600\\x7f\\x00\"')"),
            "'\"\\\\u00e9\\\\u2028\\\\ud83d\\\\ude00\\\\u007f\\\\u0000\\\\\"\"'");
  EXPECT_EQ(eval_repr(vm, "json.dumps({2: 1, 1.5: 2, True: 3, None: 4})"),
            "'{\"2\": 1, \"1.5\": 2, \"true\": 3, \"null\": 4}'");
  EXPECT_EQ(eval_repr(vm, "json.dumps({'b': 1, 'a': 2}, sort_keys=True, separators=(',', ':'))"),
            "'{\"a\":2,\"b\":1}'");
  EXPECT_EQ(eval_repr(vm, "json.dumps([float('nan'), float('inf'), -float('inf'), 1e100, 10**30])"),
            "'[NaN, Infinity, -Infinity, 1e+100, 1000000000000000000000000000000]'");
  EXPECT_EQ(eval_repr(vm, "json.dumps([1, [2, []], {}], indent=2)"),
            "'[\\n  1,\\n  [\\n    2,\\n    []\\n  ],\\n  {}\\n]'");
  EXPECT_EQ(eval_repr(vm, "json.dumps({'a': 1}, indent=0)"), "'{\\n\"a\": 1\\n}'");
  EXPECT_EQ(eval_repr(vm, "json.dumps('\\u00e9', ensure_ascii=False)"), "'\"\xC3\xA9\"'");
}

TEST_F(JsonTest, DumpsErrors) {
  EXPECT_EQ(eval_repr(vm, "json.dumps(set())"), "<TypeError: Object of type set is not JSON serializable>");
  EXPECT_EQ(eval_repr(vm, "json.dumps({(1, 2): 3})"), "<TypeError: keys must be str, int, float, bool or None, not tuple>");
  ASSERT_TRUE(vm.exec("a = []\na.append(a)").ok());
  EXPECT_EQ(eval_repr(vm, "json.dumps(a)"), "<ValueError: Circular reference detected>");
  EXPECT_EQ(eval_repr(vm, "json.dumps(float('nan'), allow_nan=False)"),
            "<ValueError: Out of range float values are not JSON compliant>");
  EXPECT_EQ(eval_repr(vm, "json.dumps(set(), default=sorted)"), "'[]'");
}

TEST_F(JsonTest, Loads) {
  EXPECT_EQ(eval_repr(vm, "json.loads('{\"a\": [1, 2.5, null, true, false], \"b\": \"\\\\u00e9\\\\ud83d\\\\ude00\"}')"),
            "{'a': [1, 2.5, None, True, False], 'b': '\xC3\xA9\xF0\x9F\x98\x80'}");
  EXPECT_EQ(eval_repr(vm, "json.loads('123456789012345678901234567890')"), "123456789012345678901234567890");
  EXPECT_EQ(eval_repr(vm, "json.loads(' [-0, 1.5e3, NaN, -Infinity] ')"), "[0, 1500.0, nan, -inf]");
  EXPECT_EQ(eval_repr(vm, "json.loads(b'[1]')"), "[1]");
}

TEST_F(JsonTest, RoundTrip) {
  EXPECT_EQ(eval_repr(vm, "json.loads(json.dumps({'k': [1, {'x': 'y\\n'}, 2.25, None]})) == {'k': [1, {'x': 'y\\n'}, 2.25, None]}"),
            "True");
}

TEST_F(JsonTest, DecodeErrors) {
  struct Case { const char* doc; const char* message; };
  const Case cases[] = {
      {"''", "Expecting value: line 1 column 1 (char 0)"},
      {"'{'", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"},
      {"'{\"a\"'", "Expecting ':' delimiter: line 1 column 5 (char 4)"},
      {"'{\"a\":1'", "Expecting ',' delimiter: line 1 column 7 (char 6)"},
      {"'{\"a\":1,}'", "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"},
      {"'[1,]'", "Expecting value: line 1 column 4 (char 3)"},
      {"'\"abc'", "Unterminated string starting at: line 1 column 1 (char 0)"},
      {"'\"a\\\\x\"'", "Invalid \\escape: line 1 column 3 (char 2)"},
      {"'\"\\\\u12\"'", "Invalid \\uXXXX escape: line 1 column 3 (char 2)"},
      {"'\"a\\nb\"'", "Invalid control character at: line 1 column 3 (char 2)"},
      {"'01'", "Extra data: line 1 column 2 (char 1)"},
      {"'[1]x'", "Extra data: line 1 column 4 (char 3)"},
      {"'  [\\n 1,\\n 2,\\n ]'", "Expecting value: line 4 column 2 (char 13)"},
      {"'\"\\u00e9\" x'", "Extra data: line 1 column 5 (char 4)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(eval_repr(vm, std::string("json.loads(") + c.doc + ")"), std::string("<JSONDecodeError: ") + c.message + ">")
        << c.doc;
  }
  ASSERT_TRUE(vm.exec("try:\n  json.loads('[1 2]')\nexcept ValueError as e:\n  err = e").ok());
  EXPECT_EQ(eval_repr(vm, "(err.msg, err.pos, err.lineno, err.colno)"), "(\"Expecting ',' delimiter\", 3, 1, 4)");
  EXPECT_EQ(eval_repr(vm, "json.loads(1)"), "<TypeError: the JSON object must be str, bytes or bytearray, not int>");
}

}  // namespace
}  // namespace coil
