// Token kinds and the Token record the lexer hands to the parser.
// One X-macro list gives the enum, the spelling table and the keyword set.
#pragma once

#include <cstdint>
#include <string_view>

namespace coil::lexer {

// X(enum name, spelling). Order matters only within groups (see is_keyword/is_operator).
#define COIL_TOKEN_STRUCTURAL(X)                                                                  \
  X(EndMarker, "ENDMARKER") X(Newline, "NEWLINE") X(Indent, "INDENT") X(Dedent, "DEDENT")          \
  X(Name, "NAME") X(Number, "NUMBER") X(String, "STRING") X(Error, "ERRORTOKEN")

#define COIL_TOKEN_KEYWORDS(X)                                                                    \
  X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and") X(KwAs, "as")            \
  X(KwAssert, "assert") X(KwAsync, "async") X(KwAwait, "await") X(KwBreak, "break")                \
  X(KwClass, "class") X(KwContinue, "continue") X(KwDef, "def") X(KwDel, "del") X(KwElif, "elif")  \
  X(KwElse, "else") X(KwExcept, "except") X(KwFinally, "finally") X(KwFor, "for")                  \
  X(KwFrom, "from") X(KwGlobal, "global") X(KwIf, "if") X(KwImport, "import") X(KwIn, "in")        \
  X(KwIs, "is") X(KwLambda, "lambda") X(KwNonlocal, "nonlocal") X(KwNot, "not") X(KwOr, "or")      \
  X(KwPass, "pass") X(KwRaise, "raise") X(KwReturn, "return") X(KwTry, "try") X(KwWhile, "while")  \
  X(KwWith, "with") X(KwYield, "yield")

#define COIL_TOKEN_OPERATORS(X)                                                                   \
  X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{") X(RBrace, "}")                \
  X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+") X(Minus, "-") X(Star, "*") X(Slash, "/")   \
  X(VBar, "|") X(Amper, "&") X(Less, "<") X(Greater, ">") X(Equal, "=") X(Dot, ".")                \
  X(Percent, "%") X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=") X(GreaterEqual, ">=")      \
  X(Tilde, "~") X(Circumflex, "^") X(LeftShift, "<<") X(RightShift, ">>") X(DoubleStar, "**")      \
  X(PlusEqual, "+=") X(MinEqual, "-=") X(StarEqual, "*=") X(SlashEqual, "/=")                      \
  X(PercentEqual, "%=") X(AmperEqual, "&=") X(VBarEqual, "|=") X(CircumflexEqual, "^=")            \
  X(LeftShiftEqual, "<<=") X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=")                     \
  X(DoubleSlash, "//") X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->")      \
  X(Ellipsis, "...") X(ColonEqual, ":=")                                                            \
  /* characters CPython tokenizes as OP but no rule accepts: always a syntax error */               \
  X(Exclamation, "!") X(Dollar, "$") X(Question, "?") X(Backquote, "`")            \
  X(LessGreater, "<>")

#define COIL_TOKEN_ALL(X) COIL_TOKEN_STRUCTURAL(X) COIL_TOKEN_KEYWORDS(X) COIL_TOKEN_OPERATORS(X)

#define COIL_TOKEN_ENUM(name, spelling) name,
enum class TokenKind : uint8_t { COIL_TOKEN_ALL(COIL_TOKEN_ENUM) Count };
#undef COIL_TOKEN_ENUM

// "NAME", "if", "+=", ... (for token dumps and messages).
std::string_view token_spelling(TokenKind k);
inline bool is_keyword(TokenKind k) { return k >= TokenKind::KwFalse && k <= TokenKind::KwYield; }

// Positions follow CPython: 1-based lines, 0-based columns in UTF-8 bytes, end exclusive.
// `begin`/`end` are byte offsets into the lexer's normalized source (Source::text()).
// INDENT and DEDENT are empty tokens at the first non-blank character of their line.
struct Token {
  TokenKind kind = TokenKind::EndMarker;
  uint32_t begin = 0, end = 0;
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

}  // namespace coil::lexer
