// Unit tests for str (runtime/str*.cpp): creation and interning, code-point length and UTF-8
// indexing, repr quoting, hashing, and the Unicode tables behind the case methods.
#include <gtest/gtest.h>
#include <string>
#include "runtime/interpreter.h"
#include "runtime/str.h"
#include "runtime/text.h"

namespace coil {
namespace {

TEST(Str, LengthAndIndexing) {
  Interpreter interp;
  Str* s = str_new(interp, "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z");   // a é € 😀 z
  EXPECT_EQ(s->length, 5u);
  EXPECT_EQ(s->size, 11u);
  EXPECT_FALSE(s->is_ascii());
  EXPECT_EQ(str_codepoint_at(s, 0), 'a');
  EXPECT_EQ(str_codepoint_at(s, 1), 0xE9u);
  EXPECT_EQ(str_codepoint_at(s, 2), 0x20ACu);
  EXPECT_EQ(str_codepoint_at(s, 3), 0x1F600u);
  EXPECT_EQ(str_codepoint_at(s, 4), 'z');
  EXPECT_EQ(utf8_offset(s, 4), 10u);
  Str* a = str_new(interp, "hello");
  EXPECT_TRUE(a->is_ascii());
  EXPECT_EQ(utf8_offset(a, 3), 3u);
}

TEST(Str, InterningAndEquality) {
  Interpreter interp;
  Str* a = intern(interp, "some_identifier");
  Str* b = intern(interp, "some_identifier");
  EXPECT_EQ(a, b);
  Str* c = str_new(interp, "some_identifier");
  EXPECT_TRUE(str_equal(a, c));
  EXPECT_EQ(str_hash(a), str_hash(c));
  EXPECT_NE(str_hash(a), -1);
  EXPECT_EQ(str_from_codepoint(interp, 'x'), str_from_codepoint(interp, 'x'));   // shared 1-char strs
}

TEST(Str, Repr) {
  EXPECT_EQ(str_repr("abc"), "'abc'");
  EXPECT_EQ(str_repr("'"), "\"'\"");
  EXPECT_EQ(str_repr("'\""), "'\\'\"'");
  EXPECT_EQ(str_repr("a\nb\tc\\"), "'a\\nb\\tc\\\\'");
  EXPECT_EQ(str_repr(std::string("\x00\x7f", 2)), "'\\x00\\x7f'");
  EXPECT_EQ(str_repr("\xC2\x80\xC2\xA0\xC2\xAD"), "'\\x80\\xa0\\xad'");
  EXPECT_EQ(str_repr("\xE2\x80\xA8\xC3\xA9\xF0\x9F\x98\x80"), "'\\u2028\xC3\xA9\xF0\x9F\x98\x80'");
}

TEST(Str, UnicodeTables) {
  EXPECT_EQ(text::to_upper(0xE9), 0xC9u);       // é → É
  EXPECT_EQ(text::to_lower(0x3A3), 0x3C3u);     // Σ → σ
  EXPECT_EQ(text::to_upper(0x3C2), 0x3A3u);     // ς → Σ
  EXPECT_EQ(text::to_lower(0x416), 0x436u);     // Ж → ж
  EXPECT_EQ(text::to_upper(0x101), 0x100u);     // ā → Ā
  EXPECT_EQ(text::to_lower(0x1C5), 0x1C6u);     // ǅ → ǆ
  std::string up;
  text::append_upper(up, 0xDF);
  EXPECT_EQ(up, "SS");
  EXPECT_TRUE(text::is_space(0x3000));
  EXPECT_TRUE(text::is_alpha(0x4E2D));
  EXPECT_TRUE(text::is_decimal(0x663));
  EXPECT_TRUE(text::is_digit(0xB2));
  EXPECT_FALSE(text::is_decimal(0xB2));
  EXPECT_TRUE(text::is_numeric(0xBD));
  EXPECT_FALSE(text::is_printable(0x2028));
  EXPECT_TRUE(text::is_printable(0x1F600));
}

}  // namespace
}  // namespace coil
