// The tokenizer proper: re2c recognizes names, keywords and operators; numbers and strings
// are scanned by hand to reproduce CPython 3.11's exact error messages and positions.
#include <cstdio>
#include <string>

#include "lexer/lexer.h"
#include "lexer/utf8.h"

namespace coil::lexer {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_xdigit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_potential_identifier_char(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
         u == '_' || u >= 128;
}
bool starts_with(const char* p, const char* s) {
  while (*s)
    if (*p++ != *s++) return false;
  return true;
}

}  // namespace

Lexer::Lexer(std::string_view text, int first_line, int first_col, uint32_t first_offset)
    : text_(text),
      cur_(text.data()),
      line_start_(text.data()),
      line_(1),
      first_line_(first_line),
      first_col_(first_col),
      first_offset_(first_offset) {}

Token Lexer::make(TokenKind k, const char* b, const char* e) {
  Token t;
  t.kind = k;
  t.begin = static_cast<uint32_t>(b - text_.data()) + first_offset_;
  t.end = static_cast<uint32_t>(e - text_.data()) + first_offset_;
  t.line = t.end_line = first_line_ + line_ - 1;
  int shift = line_ == 1 ? first_col_ : 0;
  t.col = static_cast<int>(b - line_start_) + shift;
  t.end_col = static_cast<int>(e - line_start_) + shift;
  if (*b == '\0' && (k == TokenKind::EndMarker || k == TokenKind::Dedent) && line_ > 1) {
    // At the end of the file CPython's tokenizer is still on the last line, with no column.
    t.line = t.end_line = first_line_ + line_ - 2;
    t.col = t.end_col = -1;
  }
  return t;
}

// For tokens spanning lines (triple-quoted strings): `b` is on the line the token started on,
// which the caller passes back as line_/line_start_ before the call.
Token Lexer::make_at_line_end(TokenKind k, const char* b, const char* e, int end_line,
                              const char* end_line_start) {
  Token t = make(k, b, e);
  t.end_line = first_line_ + end_line - 1;
  t.end_col = static_cast<int>(e - end_line_start) + (end_line == 1 ? first_col_ : 0);
  return t;
}

Token Lexer::fail(LexError::Kind kind, const char* type, std::string msg, int offset,
                  int end_offset) {
  LexError e;
  e.kind = kind;
  e.type = type;
  e.message = std::move(msg);
  e.line = e.end_line = first_line_ + line_ - 1;
  e.offset = offset;
  e.end_offset = end_offset == -2 ? offset : end_offset;
  error_ = std::move(e);
  Token t = make(TokenKind::Error, cur_, cur_);
  done_ = true;
  last_ = t;
  return t;
}

Token Lexer::next() {
  if (done_) return last_;
  for (;;) {
    if (atbol_) {
      if (!indentation()) return last_;
    }
    if (pending_ != 0) {
      TokenKind k = pending_ < 0 ? TokenKind::Dedent : TokenKind::Indent;
      pending_ += pending_ < 0 ? 1 : -1;
      return make(k, cur_, cur_);
    }
    Token t = scan();
    // scan() returns a Newline-kind token with begin == end == 0 to mean "blank line, go on".
    if (t.kind == TokenKind::Newline && t.begin == UINT32_MAX) continue;
    if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::Error) {
      done_ = true;
      last_ = t;
    }
    return t;
  }
}

// Indentation at the start of a logical line, as tok_get() in CPython (tab size 8, and the
// "alternate" tab size 1 that detects inconsistent tabs/spaces).
bool Lexer::indentation() {
  atbol_ = false;
  int col = 0, altcol = 0, cont_line_col = 0;
  const char* p = cur_;
  for (;;) {
    char c = *p;
    if (c == ' ') {
      col++, altcol++, p++;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      altcol = altcol + 1;
      p++;
    } else if (c == '\f') {
      col = altcol = 0;
      p++;
    } else if (c == '\\') {
      // Indentation cannot be split with backslashes: the first one fixes the level.
      cont_line_col = cont_line_col ? cont_line_col : col;
      if (p[1] != '\n') {
        cur_ = p + 2;
        fail(LexError::Kind::Deferred, "SyntaxError",
             "unexpected character after line continuation character", col_bytes(p + 2), 0);
        return false;
      }
      if (p[2] == '\0') {
        cur_ = p + 2;
        // No token has started: CPython reports no column (and prints no caret).
        fail(LexError::Kind::Deferred, "SyntaxError", "unexpected EOF while parsing", 0, -1);
        return false;
      }
      p += 2;
      new_line(p);
    } else {
      break;
    }
  }
  cur_ = p;
  blankline_ = (*p == '#' || *p == '\n');
  if (blankline_ || level_ != 0) return true;
  if (cont_line_col) col = altcol = cont_line_col;
  if (col == indstack_[indent_]) {
    if (altcol != altindstack_[indent_]) goto tab_error;
  } else if (col > indstack_[indent_]) {
    if (indent_ + 1 >= kMaxIndent) {
      fail(LexError::Kind::Deferred, "IndentationError", "too many levels of indentation", 1, 0);
      return false;
    }
    if (altcol <= altindstack_[indent_]) goto tab_error;
    pending_++;
    indstack_[++indent_] = col;
    altindstack_[indent_] = altcol;
  } else {
    while (indent_ > 0 && col < indstack_[indent_]) {
      pending_--;
      indent_--;
    }
    if (col != indstack_[indent_]) {
      // CPython points just past the end of the line (its buffer holds the line and '\n').
      const char* e = p;
      while (*e != '\n' && *e != '\0') e++;
      fail(LexError::Kind::Deferred, "IndentationError",
           "unindent does not match any outer indentation level", col_bytes(e) + 1, -1);
      return false;
    }
    if (altcol != altindstack_[indent_]) goto tab_error;
  }
  return true;

tab_error:
  fail(LexError::Kind::Deferred, "TabError", "inconsistent use of tabs and spaces in indentation",
       1, 0);
  return false;
}

Token Lexer::scan() {
again:
  while (*cur_ == ' ' || *cur_ == '\t' || *cur_ == '\f') cur_++;
  const char* start = cur_;
  const char* YYCURSOR = cur_;
  const char* YYMARKER = cur_;
  TokenKind k;

#define TOK(kind) do { k = TokenKind::kind; goto done; } while (0)
  /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:indent:string = "  ";

    id_start = [a-zA-Z_\x80-\xff];
    id_cont = [a-zA-Z0-9_\x80-\xff];
    str_prefix = [rRuUfFbB] | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB];

    "\x00" {
      cur_ = start;
      if (level_ > 0) {
        LexError e;
        e.kind = LexError::Kind::UnclosedBracket;
        e.open_char = parenstack_[level_ - 1];
        e.open_line = parenline_[level_ - 1];
        e.open_col = parencol_[level_ - 1];
        e.line = e.open_line;
        error_ = e;
        Token t = make(TokenKind::Error, start, start);
        done_ = true;
        last_ = t;
        return t;
      }
      return make(TokenKind::EndMarker, start, start);
    }
    "#" [^\n\x00]* { cur_ = YYCURSOR; goto again; }
    "\n" {
      cur_ = YYCURSOR;
      if (blankline_ || level_ > 0) {
        new_line(cur_);
        atbol_ = true;
        Token skip;
        skip.kind = TokenKind::Newline;
        skip.begin = UINT32_MAX;
        return skip;
      }
      // CPython's NEWLINE token is empty, placed at the '\n'.
      Token t = make(TokenKind::Newline, start, start);
      t.end = t.begin + 1;
      new_line(cur_);
      atbol_ = true;
      return t;
    }
    "\\" {
      if (*YYCURSOR != '\n') {
        cur_ = YYCURSOR + 1;
        return fail(LexError::Kind::Deferred, "SyntaxError",
                    "unexpected character after line continuation character",
                    col_bytes(cur_), 0);
      }
      if (YYCURSOR[1] == '\0') {
        cur_ = YYCURSOR + 1;
        return fail(LexError::Kind::Deferred, "SyntaxError", "unexpected EOF while parsing",
                    col_bytes(YYCURSOR) + 1, -1);
      }
      cur_ = YYCURSOR + 1;
      new_line(cur_);
      goto again;
    }

    "False" { TOK(KwFalse); }       "None" { TOK(KwNone); }         "True" { TOK(KwTrue); }
    "and" { TOK(KwAnd); }           "as" { TOK(KwAs); }             "assert" { TOK(KwAssert); }
    "async" { TOK(KwAsync); }       "await" { TOK(KwAwait); }       "break" { TOK(KwBreak); }
    "class" { TOK(KwClass); }       "continue" { TOK(KwContinue); } "def" { TOK(KwDef); }
    "del" { TOK(KwDel); }           "elif" { TOK(KwElif); }         "else" { TOK(KwElse); }
    "except" { TOK(KwExcept); }     "finally" { TOK(KwFinally); }   "for" { TOK(KwFor); }
    "from" { TOK(KwFrom); }         "global" { TOK(KwGlobal); }     "if" { TOK(KwIf); }
    "import" { TOK(KwImport); }     "in" { TOK(KwIn); }             "is" { TOK(KwIs); }
    "lambda" { TOK(KwLambda); }     "nonlocal" { TOK(KwNonlocal); } "not" { TOK(KwNot); }
    "or" { TOK(KwOr); }             "pass" { TOK(KwPass); }         "raise" { TOK(KwRaise); }
    "return" { TOK(KwReturn); }     "try" { TOK(KwTry); }           "while" { TOK(KwWhile); }
    "with" { TOK(KwWith); }         "yield" { TOK(KwYield); }

    str_prefix? ['"] { return scan_string(start, YYCURSOR - 1); }
    [a-zA-Z_] [a-zA-Z0-9_]* { TOK(Name); }
    id_start id_cont* { return scan_name_tail(start, YYCURSOR); }
    [0-9] { return scan_number(start, YYCURSOR); }
    "." [0-9] { return scan_number(start, YYCURSOR); }

    "(" { k = TokenKind::LPar; goto open; }
    "[" { k = TokenKind::LSqb; goto open; }
    "{" { k = TokenKind::LBrace; goto open; }
    ")" { k = TokenKind::RPar; goto close; }
    "]" { k = TokenKind::RSqb; goto close; }
    "}" { k = TokenKind::RBrace; goto close; }

    ":" { TOK(Colon); }        "," { TOK(Comma); }        ";" { TOK(Semi); }
    "+" { TOK(Plus); }         "-" { TOK(Minus); }        "*" { TOK(Star); }
    "/" { TOK(Slash); }        "|" { TOK(VBar); }         "&" { TOK(Amper); }
    "<" { TOK(Less); }         ">" { TOK(Greater); }      "=" { TOK(Equal); }
    "." { TOK(Dot); }          "%" { TOK(Percent); }      "==" { TOK(EqEqual); }
    "!=" { TOK(NotEqual); }    "<=" { TOK(LessEqual); }   ">=" { TOK(GreaterEqual); }
    "~" { TOK(Tilde); }        "^" { TOK(Circumflex); }   "<<" { TOK(LeftShift); }
    ">>" { TOK(RightShift); }  "**" { TOK(DoubleStar); }  "+=" { TOK(PlusEqual); }
    "-=" { TOK(MinEqual); }    "*=" { TOK(StarEqual); }   "/=" { TOK(SlashEqual); }
    "%=" { TOK(PercentEqual); }   "&=" { TOK(AmperEqual); }    "|=" { TOK(VBarEqual); }
    "^=" { TOK(CircumflexEqual); }   "<<=" { TOK(LeftShiftEqual); }
    ">>=" { TOK(RightShiftEqual); }  "**=" { TOK(DoubleStarEqual); }
    "//" { TOK(DoubleSlash); }  "//=" { TOK(DoubleSlashEqual); }   "@" { TOK(At); }
    "@=" { TOK(AtEqual); }      "->" { TOK(RArrow); }   "..." { TOK(Ellipsis); }
    ":=" { TOK(ColonEqual); }
    "!" { TOK(Exclamation); }   "$" { TOK(Dollar); }    "?" { TOK(Question); }
    "`" { TOK(Backquote); }     "<>" { TOK(LessGreater); }

    * { return bad_character(start); }
  */
#undef TOK

open:
  if (level_ >= kMaxLevel) {
    cur_ = YYCURSOR;
    return eager("too many nested parentheses", cur_);
  }
  parenstack_[level_] = *start;
  parenline_[level_] = first_line_ + line_ - 1;
  parencol_[level_] = col_bytes(start);
  level_++;
  goto done;

close:
  cur_ = YYCURSOR;
  if (level_ == 0) return eager(std::string("unmatched '") + *start + "'", cur_);
  {
    level_--;
    char opening = parenstack_[level_];
    char c = *start;
    if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
          (opening == '{' && c == '}'))) {
      std::string msg = std::string("closing parenthesis '") + c +
                        "' does not match opening parenthesis '" + opening + "'";
      if (parenline_[level_] != first_line_ + line_ - 1)
        msg += " on line " + std::to_string(parenline_[level_]);
      return eager(std::move(msg), cur_);
    }
  }
  goto done;

done:
  cur_ = YYCURSOR;
  return make(k, start, cur_);
}

// A name containing non-ASCII bytes: every code point must be an identifier character.
Token Lexer::scan_name_tail(const char* start, const char* p) {
  std::string_view rest(start, static_cast<size_t>(p - start));
  size_t i = 0;
  while (i < rest.size()) {
    int len;
    int32_t cp = decode_utf8(rest, i, &len);
    if (cp >= 0x80 && !is_identifier_code_point(static_cast<uint32_t>(cp))) {
      cur_ = start + i + len;
      char hex[16];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
      if (!is_printable_code_point(static_cast<uint32_t>(cp)))
        return eager(std::string("invalid non-printable character U+") + hex, cur_);
      std::string msg = "invalid character '" + std::string(rest.substr(i, len)) + "' (U+" + hex + ")";
      return eager(std::move(msg), cur_);
    }
    i += len;
  }
  cur_ = p;
  return make(TokenKind::Name, start, p);
}

Token Lexer::bad_character(const char* start) {
  int len;
  int32_t cp = decode_utf8(std::string_view(start, 4), 0, &len);
  cur_ = start + len;
  if (cp >= 0 && !is_printable_code_point(static_cast<uint32_t>(cp))) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
    return eager(std::string("invalid non-printable character U+") + hex, cur_);
  }
  // Any other stray byte: CPython hands it to the parser as an operator, which rejects it.
  return make(TokenKind::Dollar, start, cur_);
}

// CPython's verify_end_of_number(): a number glued to a name is an error, except before the
// keywords that can legally follow a number (where CPython only warns).
bool Lexer::verify_end_of_number(const char*& p, const char* kind, Token* err) {
  char c = *p;
  bool keyword_follows = false;
  if (c == 'a') keyword_follows = starts_with(p + 1, "nd");
  else if (c == 'e') keyword_follows = starts_with(p + 1, "lse");
  else if (c == 'f') keyword_follows = starts_with(p + 1, "or");
  else if (c == 'i') keyword_follows = p[1] == 'f' || p[1] == 'n' || p[1] == 's';
  else if (c == 'o') keyword_follows = p[1] == 'r';
  else if (c == 'n') keyword_follows = starts_with(p + 1, "ot");
  if (keyword_follows) return true;
  if (static_cast<unsigned char>(c) < 128 && is_potential_identifier_char(c)) {
    cur_ = p;
    *err = eager(std::string("invalid ") + kind + " literal", p);
    return false;
  }
  return true;
}

// Mirrors the number branch of CPython's tok_get(). `p` is just past the first character
// (a digit, or the digit after a leading '.').
Token Lexer::scan_number(const char* start, const char* p) {
  Token err;
  auto decimal_tail = [&](const char*& q) -> bool {
    // q is just past a digit
    for (;;) {
      while (is_digit(*q)) q++;
      if (*q != '_') return true;
      q++;
      if (!is_digit(*q)) {
        cur_ = q;
        err = eager("invalid decimal literal", q);
        return false;
      }
    }
  };
  auto finish = [&](const char* q) {
    cur_ = q;
    return make(TokenKind::Number, start, q);
  };

  if (*start == '.') goto fraction_digits;
  if (*start == '0') {
    char c = *p;
    if (c == 'x' || c == 'X') {
      p++;
      do {
        if (*p == '_') p++;
        if (!is_xdigit(*p)) {
          cur_ = p;
          return eager("invalid hexadecimal literal", p);
        }
        while (is_xdigit(*p)) p++;
      } while (*p == '_');
      if (!verify_end_of_number(p, "hexadecimal", &err)) return err;
      return finish(p);
    }
    if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
      bool octal = c == 'o' || c == 'O';
      char limit = octal ? '8' : '2';
      const char* what = octal ? "octal" : "binary";
      p++;
      do {
        if (*p == '_') p++;
        if (*p < '0' || *p >= limit) {
          if (is_digit(*p)) {
            cur_ = p + 1;
            return eager(std::string("invalid digit '") + *p + "' in " + what + " literal", p + 1);
          }
          cur_ = p;
          return eager(std::string("invalid ") + what + " literal", p);
        }
        while (*p >= '0' && *p < limit) p++;
      } while (*p == '_');
      if (is_digit(*p)) {
        cur_ = p + 1;
        return eager(std::string("invalid digit '") + *p + "' in " + what + " literal", p + 1);
      }
      if (!verify_end_of_number(p, what, &err)) return err;
      return finish(p);
    }
    // "0", "00", "0_0", or old-style octal (an error), or a float starting with 0.
    bool nonzero = false;
    for (;;) {
      if (*p == '_') {
        p++;
        if (!is_digit(*p)) {
          cur_ = p;
          return eager("invalid decimal literal", p);
        }
      }
      if (*p != '0') break;
      p++;
    }
    const char* zeros_end = p;
    if (is_digit(*p)) {
      nonzero = true;
      p++;
      if (!decimal_tail(p)) return err;
    }
    if (*p == '.') {
      p++;
      goto fraction;
    }
    if (*p == 'e' || *p == 'E') goto exponent;
    if (*p == 'j' || *p == 'J') goto imaginary;
    if (nonzero) {
      cur_ = p;
      return fail(LexError::Kind::Eager, "SyntaxError",
                  "leading zeros in decimal integer literals are not permitted; use an 0o "
                  "prefix for octal integers",
                  col_bytes(start) + 1, col_bytes(zeros_end) + 1);
    }
    if (!verify_end_of_number(p, "decimal", &err)) return err;
    return finish(p);
  }
  // Decimal starting with 1-9.
  if (!decimal_tail(p)) return err;
  if (*p == '.') {
    p++;
    goto fraction;
  }
  goto after_fraction;

fraction_digits:
  // ".5": p is past the first fraction digit.
  if (!decimal_tail(p)) return err;
  goto after_fraction;

fraction:
  if (is_digit(*p)) {
    p++;
    if (!decimal_tail(p)) return err;
  }

after_fraction:
  if (*p == 'e' || *p == 'E') {
  exponent:
    const char* e = p;
    p++;
    if (*p == '+' || *p == '-') {
      p++;
      if (!is_digit(*p)) {
        cur_ = p;
        return eager("invalid decimal literal", p);
      }
    } else if (!is_digit(*p)) {
      // "1e" not followed by digits: fine only when the 'e' starts a keyword ("1else").
      const char* q = e;
      if (!verify_end_of_number(q, "decimal", &err)) return err;
      return finish(e);
    }
    p++;
    if (!decimal_tail(p)) return err;
  }
  if (*p == 'j' || *p == 'J') {
  imaginary:
    p++;
    if (!verify_end_of_number(p, "imaginary", &err)) return err;
    return finish(p);
  }
  if (!verify_end_of_number(p, "decimal", &err)) return err;
  return finish(p);
}

// Finds the end of a string literal (escapes are decoded later, by the parser's action, so that
// errors inside a literal come in source order with the parser's own errors).
Token Lexer::scan_string(const char* start, const char* quote) {
  char q = *quote;
  const char* p = quote + 1;
  int quote_size = 1, end_quote_size = 0;
  if (*p == q) {
    if (p[1] == q) {
      quote_size = 3;
      p += 2;
    } else {
      end_quote_size = 1;  // empty string
      p++;
    }
  }
  int start_line = line_;
  const char* start_line_start = line_start_;
  while (end_quote_size != quote_size) {
    char c = *p;
    if (c == '\0' || (quote_size == 1 && c == '\n')) {
      int detected = first_line_ + line_ - 1 - (c == '\0' ? 1 : 0);
      line_ = start_line;
      line_start_ = start_line_start;
      cur_ = start + 1;
      if (quote_size == 3)
        return eager("unterminated triple-quoted string literal (detected at line " +
                         std::to_string(detected) + ")",
                     cur_);
      return eager("unterminated string literal (detected at line " + std::to_string(detected) +
                       ")",
                   cur_);
    }
    p++;
    if (c == q) {
      end_quote_size++;
    } else {
      end_quote_size = 0;
      if (c == '\n') {
        new_line(p);
      } else if (c == '\\') {
        if (*p == '\n') {
          p++;
          new_line(p);
        } else if (*p != '\0') {
          p++;
        }
      }
    }
  }
  cur_ = p;
  int end_line = line_;
  const char* end_line_start = line_start_;
  line_ = start_line;
  line_start_ = start_line_start;
  Token t = make_at_line_end(TokenKind::String, start, p, end_line, end_line_start);
  line_ = end_line;
  line_start_ = end_line_start;
  return t;
}

std::string_view token_spelling(TokenKind k) {
#define COIL_TOKEN_SPELLING(name, spelling) spelling,
  static constexpr std::string_view kSpellings[] = {COIL_TOKEN_ALL(COIL_TOKEN_SPELLING)};
#undef COIL_TOKEN_SPELLING
  return kSpellings[static_cast<size_t>(k)];
}

}  // namespace coil::lexer
