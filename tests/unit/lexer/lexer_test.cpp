// Token streams for indentation, line joining, literals and operators, and the tokenizer's
// errors with CPython's messages and positions.
#include <gtest/gtest.h>

#include <string>

#include "lexer/lexer.h"
#include "lexer/source.h"

namespace {

using coil::lexer::Lexer;
using coil::lexer::LexError;
using coil::lexer::Source;
using coil::lexer::Token;
using coil::lexer::TokenKind;

// "NAME:x = NUMBER:1 NEWLINE ENDMARKER"; an error ends the list with "ERR:<message>".
std::string toks(std::string_view src) {
  Source s(src);
  Lexer lx(s.text());
  std::string out;
  for (;;) {
    Token t = lx.next();
    if (!out.empty()) out += ' ';
    if (t.kind == TokenKind::Error) {
      out += "ERR:" + lx.error()->message;
      return out;
    }
    out += std::string(coil::lexer::token_spelling(t.kind));
    if (t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String)
      out += ":" + std::string(lx.token_text(t));
    if (t.kind == TokenKind::EndMarker) return out;
  }
}

LexError error_of(std::string_view src) {
  Source s(src);
  Lexer lx(s.text());
  for (;;) {
    Token t = lx.next();
    if (t.kind == TokenKind::Error) return *lx.error();
    if (t.kind == TokenKind::EndMarker) return LexError{};
  }
}

TEST(Lexer, SimpleStatement) {
  EXPECT_EQ(toks("x = 1"), "NAME:x = NUMBER:1 NEWLINE ENDMARKER");
  EXPECT_EQ(toks(""), "ENDMARKER");
  EXPECT_EQ(toks("# only a comment\n\n"), "ENDMARKER");
}

TEST(Lexer, IndentDedent) {
  EXPECT_EQ(toks("if a:\n    b\n    if c:\n        d\ne\n"),
            "if NAME:a : NEWLINE INDENT NAME:b NEWLINE if NAME:c : NEWLINE INDENT NAME:d NEWLINE "
            "DEDENT DEDENT NAME:e NEWLINE ENDMARKER");
  // Dedents at end of file; blank and comment lines do not count.
  EXPECT_EQ(toks("if a:\n  b\n\n   # c\n"),
            "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT ENDMARKER");
}

TEST(Lexer, TabsAndFormFeed) {
  EXPECT_EQ(toks("if a:\n\tb\n\tc\n"), "if NAME:a : NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT ENDMARKER");
  EXPECT_EQ(toks("\fx\n"), "NAME:x NEWLINE ENDMARKER");
  LexError e = error_of("if a:\n\tb\n        c\n");
  EXPECT_EQ(e.type, std::string("TabError"));
  EXPECT_EQ(e.message, "inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(e.line, 3);
}

TEST(Lexer, ImplicitAndExplicitJoining) {
  EXPECT_EQ(toks("x = (1,\n\n   2)\n"), "NAME:x = ( NUMBER:1 , NUMBER:2 ) NEWLINE ENDMARKER");
  EXPECT_EQ(toks("x = 1 + \\\n  2\n"), "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE ENDMARKER");
  EXPECT_EQ(toks("[\n# c\n]\n"), "[ ] NEWLINE ENDMARKER");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(toks("0 00 1_000 0x_fF 0o17 0b10 1.5 .5 1. 1e5 1E-5 1_0.0_1e+1_0 3j"),
            "NUMBER:0 NUMBER:00 NUMBER:1_000 NUMBER:0x_fF NUMBER:0o17 NUMBER:0b10 NUMBER:1.5 "
            "NUMBER:.5 NUMBER:1. NUMBER:1e5 NUMBER:1E-5 NUMBER:1_0.0_1e+1_0 NUMBER:3j NEWLINE "
            "ENDMARKER");
  // A keyword may follow a number directly (CPython only warns).
  EXPECT_EQ(toks("1if x else 2"), "NUMBER:1 if NAME:x else NUMBER:2 NEWLINE ENDMARKER");
  EXPECT_EQ(toks("1else"), "NUMBER:1 else NEWLINE ENDMARKER");
}

TEST(Lexer, NumberErrors) {
  EXPECT_EQ(error_of("1abc").message, "invalid decimal literal");
  EXPECT_EQ(error_of("1abc").offset, 1);
  EXPECT_EQ(error_of("0x").message, "invalid hexadecimal literal");
  EXPECT_EQ(error_of("0b12").message, "invalid digit '2' in binary literal");
  EXPECT_EQ(error_of("0o8").message, "invalid digit '8' in octal literal");
  EXPECT_EQ(error_of("1__0").message, "invalid decimal literal");
  EXPECT_EQ(error_of("x = 1e").message, "invalid decimal literal");
  EXPECT_EQ(error_of("x = 1e").offset, 5);
  EXPECT_EQ(error_of("09").message,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
            "for octal integers");
}

TEST(Lexer, Strings) {
  EXPECT_EQ(toks("'a' \"b\" '''c\nd''' r'\\'' b'x' Rb'y' bR'z' f'{x}' Fr'w' u'v' \"\""),
            "STRING:'a' STRING:\"b\" STRING:'''c\nd''' STRING:r'\\'' STRING:b'x' STRING:Rb'y' "
            "STRING:bR'z' STRING:f'{x}' STRING:Fr'w' STRING:u'v' STRING:\"\" NEWLINE ENDMARKER");
  // `ur` is not a prefix: a name followed by a string.
  EXPECT_EQ(toks("ur'x'"), "NAME:ur STRING:'x' NEWLINE ENDMARKER");
}

TEST(Lexer, StringErrors) {
  LexError e = error_of("x = 'abc\ny = 1\n");
  EXPECT_EQ(e.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.offset, 5);
  e = error_of("x = '''abc\n\nfoo");
  EXPECT_EQ(e.message, "unterminated triple-quoted string literal (detected at line 3)");
  EXPECT_EQ(e.line, 1);
}

TEST(Lexer, Operators) {
  EXPECT_EQ(toks("a->b := c ** d // e @= f <<= g != h ... i"),
            "NAME:a -> NAME:b := NAME:c ** NAME:d // NAME:e @= NAME:f <<= NAME:g != NAME:h ... "
            "NAME:i NEWLINE ENDMARKER");
}

TEST(Lexer, Brackets) {
  EXPECT_EQ(error_of("x = 1)").message, "unmatched ')'");
  EXPECT_EQ(error_of("x = (1]").message,
            "closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(error_of("x = (1,\n2]").message,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  LexError e = error_of("x = [1,\n  2,\n");
  EXPECT_EQ(e.kind, LexError::Kind::UnclosedBracket);
  EXPECT_EQ(e.open_char, '[');
  EXPECT_EQ(e.open_line, 1);
  EXPECT_EQ(e.open_col, 4);
  EXPECT_EQ(error_of(std::string(201, '(')).message, "too many nested parentheses");
}

TEST(Lexer, IndentationErrors) {
  LexError e = error_of("if x:\n    a\n  b\n");
  EXPECT_EQ(e.type, std::string("IndentationError"));
  EXPECT_EQ(e.message, "unindent does not match any outer indentation level");
  std::string deep;
  for (int i = 0; i < 100; i++) deep += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  EXPECT_EQ(error_of(deep + std::string(100, ' ') + "pass\n").message, "too many levels of indentation");
}

TEST(Lexer, Characters) {
  EXPECT_EQ(error_of("x = \xe2\x82\xac").message, "invalid character '\xe2\x82\xac' (U+20AC)");
  EXPECT_EQ(error_of("x = \x01").message, "invalid non-printable character U+0001");
  EXPECT_EQ(toks("\xc3\xa9t\xc3\xa9 = 1"), "NAME:\xc3\xa9t\xc3\xa9 = NUMBER:1 NEWLINE ENDMARKER");
  EXPECT_EQ(toks("a $ b"), "NAME:a $ NAME:b NEWLINE ENDMARKER");
  EXPECT_EQ(error_of("x = 1 \\ 2").message, "unexpected character after line continuation character");
}

TEST(Lexer, Positions) {
  Source s("def f():\n    return 'a\nb' if x else y\n");
  Lexer lx(s.text());
  Token t;
  do t = lx.next(); while (t.kind != TokenKind::KwReturn);
  EXPECT_EQ(t.line, 2);
  EXPECT_EQ(t.col, 4);
  EXPECT_EQ(t.end_col, 10);
}

TEST(Source, Normalization) {
  Source s("\xef\xbb\xbfx = 1\r\ny = 2\rz");
  EXPECT_EQ(s.text(), "x = 1\ny = 2\nz\n");
  EXPECT_EQ(s.line_count(), 3);
  EXPECT_EQ(s.line(2), "y = 2");
  EXPECT_TRUE(s.newline_added());
  EXPECT_FALSE(s.error());
  Source bad(std::string_view("a\0b", 3));
  ASSERT_TRUE(bad.error());
  EXPECT_EQ(bad.error()->message, "source code cannot contain null bytes");
  Source utf("x = '\xff'\n", "f.py");
  ASSERT_TRUE(utf.error());
  EXPECT_EQ(utf.error()->line, 0);
}

}  // namespace
