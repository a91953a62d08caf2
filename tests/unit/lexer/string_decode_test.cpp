// String and bytes literal decoding: escapes, raw strings, \N{...} names and CPython's errors.
#include <gtest/gtest.h>

#include <string>

#include "lexer/string_decode.h"

namespace {

using coil::lexer::decode_bytes;
using coil::lexer::decode_str;
using coil::lexer::DecodeError;

std::string str(std::string_view body, bool raw = false) {
  std::string out;
  DecodeError err;
  if (!decode_str(body, raw, out, &err)) return "ERR:" + err.message;
  return out;
}

std::string bytes(std::string_view body, bool raw = false) {
  std::string out;
  DecodeError err;
  if (!decode_bytes(body, raw, out, &err)) return "ERR:" + err.message;
  return out;
}

TEST(StringDecode, SimpleEscapes) {
  EXPECT_EQ(str(R"(a\nb\tc\\d\'e\"f\a\b\f\v\r)"), "a\nb\tc\\d'e\"f\a\b\f\v\r");
  EXPECT_EQ(str("line\\\ncont"), "linecont");
  EXPECT_EQ(str(R"(\0\101\7777)"), std::string("\0", 1) + "A\xc7\xbf" "7");
}

TEST(StringDecode, HexAndUnicode) {
  EXPECT_EQ(str(R"(\x41\u00e9\U0001F600)"), "A\xc3\xa9\xf0\x9f\x98\x80");
  EXPECT_EQ(str(R"(\N{BULLET}\N{em dash}\N{SNOWMAN}\N{GREEK SMALL LETTER ALPHA})"),
            "\xe2\x80\xa2\xe2\x80\x94\xe2\x98\x83\xce\xb1");
  EXPECT_EQ(str(R"(\N{LATIN SMALL LETTER E WITH ACUTE}\N{NBSP})"), "\xc3\xa9\xc2\xa0");
}

TEST(StringDecode, UnknownEscapesAreKept) {
  EXPECT_EQ(str(R"(\q\d\N)" "x"), "ERR:(unicode error) 'unicodeescape' codec can't decode bytes in "
                                 "position 4-5: malformed \\N character escape");
  EXPECT_EQ(str(R"(\q\d)"), R"(\q\d)");
}

TEST(StringDecode, Errors) {
  EXPECT_EQ(str(R"(\N{foo})"), "ERR:(unicode error) 'unicodeescape' codec can't decode bytes in "
                               "position 0-6: unknown Unicode character name");
  EXPECT_EQ(str(R"(ab\x4)"), "ERR:(unicode error) 'unicodeescape' codec can't decode bytes in "
                             "position 2-4: truncated \\xXX escape");
  EXPECT_EQ(str(R"(\U00110000)"), "ERR:(unicode error) 'unicodeescape' codec can't decode bytes "
                                  "in position 0-9: illegal Unicode character");
  EXPECT_EQ(str("\xc3\xa9\\N{foo}"), "ERR:(unicode error) 'unicodeescape' codec can't decode bytes "
                                     "in position 10-16: unknown Unicode character name");
}

TEST(StringDecode, Raw) {
  EXPECT_EQ(str(R"(\n\N{x})", true), R"(\n\N{x})");
  EXPECT_EQ(bytes(R"(\x00)", true), R"(\x00)");
}

TEST(StringDecode, Bytes) {
  EXPECT_EQ(bytes(R"(a\x00\xff\n\777\N{x})"), std::string("a\0\xff\n\xff\\N{x}", 10));
  EXPECT_EQ(bytes("\xc3\xa9"), "ERR:bytes can only contain ASCII literal characters");
  EXPECT_EQ(bytes(R"(\x4)"), "ERR:(value error) invalid \\x escape at position 0");
}

TEST(StringDecode, SplitToken) {
  auto t = coil::lexer::split_string_token("Rb'''x'''");
  EXPECT_TRUE(t.is_bytes);
  EXPECT_TRUE(t.is_raw);
  EXPECT_FALSE(t.is_fstring);
  EXPECT_EQ(t.quote_size, 3);
  EXPECT_EQ(t.body, "x");
  t = coil::lexer::split_string_token("f''");
  EXPECT_TRUE(t.is_fstring);
  EXPECT_EQ(t.quote_size, 1);
  EXPECT_EQ(t.body, "");
}

}  // namespace
