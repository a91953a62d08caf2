// Adjacent string literals to one Constant or JoinedStr, and f-string parsing, following
// CPython 3.11's string_parser.c: each replacement field is parsed by a sub-Driver over the
// text "(<expr>)", positioned where the field's '{' is.
#include <string>

#include "lexer/string_decode.h"
#include "parser/driver.h"

namespace coil::parser {

using namespace coil::ast;

namespace {

// Collects the pieces of a (possibly f-) string: a pending literal and finished values.
struct FState {
  std::string last;  // literal text not yet turned into a Constant
  ExprSeq values{};
  bool fmode = false;
};

struct FContext {
  Driver* drv;
  Builder* b;
  Loc whole;                 // all the tokens of the run: location of every part, as CPython
  Loc err;                   // where CPython reports f-string errors: the token after the run
  const lexer::Token* tok;   // the token being scanned
  std::string_view token_text;
  size_t body_offset;
};

bool fail(FContext& c, const char* msg) {
  c.drv->error_at(c.err, msg);
  return false;
}

void flush_literal(FContext& c, FState& st) {
  if (st.last.empty()) return;
  st.values = c.b->push(st.values, c.b->constant_str(st.last, c.whole));
  st.last.clear();
}

bool parse_fstring(FContext& c, std::string_view body, size_t& i, bool raw, int level,
                   FState& st);

// CPython's fstring_find_literal(): returns 1 when a doubled brace ended the literal early.
int find_literal(FContext& c, std::string_view body, size_t& i, bool raw, int level,
                 FState& st) {
  size_t start = i, n = body.size();
  int result = 0;
  size_t lit_end;
  while (i < n) {
    char ch = body[i++];
    if (!raw && ch == '\\' && i < n) {
      ch = body[i++];
      if (ch == 'N') {
        // "\N{NAME}": its braces are not a replacement field.
        if (i < n && body[i++] == '{') {
          while (i < n && body[i++] != '}') {
          }
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (level == 0) {
        if (i < n && body[i] == ch) {
          lit_end = i;  // keep one brace
          i++;
          result = 1;
          goto done;
        }
        if (ch == '}') {
          i--;
          c.drv->error_at(c.err, "f-string: single '}' is not allowed");
          return -1;
        }
      }
      i--;
      break;
    }
  }
  lit_end = i;
done:
  if (lit_end > start) {
    std::string_view chunk = body.substr(start, lit_end - start);
    lexer::DecodeError err;
    if (!lexer::decode_str(chunk, raw, st.last, &err)) {
      c.drv->error_at(c.err, err.message);
      return -1;
    }
  }
  return result;
}

// Line, column and file offset of body[i] within the current token.
void position_in_token(const FContext& c, size_t i, int* line, int* col, uint32_t* offset) {
  size_t k = c.body_offset + i;
  int l = c.tok->line;
  size_t line_start = 0;
  bool first_line = true;
  for (size_t j = 0; j < k; j++)
    if (c.token_text[j] == '\n') {
      l++;
      line_start = j + 1;
      first_line = false;
    }
  *line = l;
  *col = first_line ? c.tok->col + static_cast<int>(k) : static_cast<int>(k - line_start);
  *offset = c.tok->begin + static_cast<uint32_t>(k);
}

// CPython's fstring_find_expr(): body[i] is the '{'.
bool find_expr(FContext& c, std::string_view body, size_t& i, bool raw, int level, FState& st) {
  if (level >= 2) return fail(c, "f-string: expressions nested too deeply");
  size_t brace = i;
  i++;
  size_t expr_start = i, n = body.size();
  char quote = 0;
  int string_type = 0;
  char parens[200];
  int depth = 0;
  for (; i < n; i++) {
    char ch = body[i];
    if (ch == '\\') return fail(c, "f-string expression part cannot include a backslash");
    if (quote) {
      if (ch == quote) {
        if (string_type == 3) {
          if (i + 2 < n && body[i + 1] == ch && body[i + 2] == ch) {
            i += 2;
            quote = 0;
            string_type = 0;
          }
        } else {
          quote = 0;
          string_type = 0;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (i + 2 < n && body[i + 1] == ch && body[i + 2] == ch) {
        string_type = 3;
        i += 2;
      } else {
        string_type = 1;
      }
      quote = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (depth >= 200) return fail(c, "f-string: too many nested parenthesis");
      parens[depth++] = ch;
    } else if (ch == '#') {
      return fail(c, "f-string expression part cannot include '#'");
    } else if (depth == 0 &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (i + 1 < n) {
        char next = body[i + 1];
        if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
            (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
          i++;
          continue;
        }
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (!depth) {
        std::string msg = std::string("f-string: unmatched '") + ch + "'";
        c.drv->error_at(c.err, msg);
        return false;
      }
      char opening = parens[--depth];
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
            (opening == '{' && ch == '}'))) {
        std::string msg = std::string("f-string: closing parenthesis '") + ch +
                          "' does not match opening parenthesis '" + opening + "'";
        c.drv->error_at(c.err, msg);
        return false;
      }
    }
  }
  size_t expr_end = i;
  if (quote) return fail(c, "f-string: unterminated string");
  if (depth) {
    std::string msg = std::string("f-string: unmatched '") + parens[depth - 1] + "'";
    c.drv->error_at(c.err, msg);
    return false;
  }
  if (i >= n) return fail(c, "f-string: expecting '}'");

  // Compile the expression first, so its errors come before the conversion's or spec's.
  std::string_view expr = body.substr(expr_start, expr_end - expr_start);
  size_t k = 0;
  while (k < expr.size() && (expr[k] == ' ' || expr[k] == '\t' || expr[k] == '\n' || expr[k] == '\f'))
    k++;
  if (k == expr.size()) {
    char e = body[expr_end];
    if (e == '!' || e == ':' || e == '=') {
      std::string msg = std::string("f-string: expression required before '") + e + "'";
      c.drv->error_at(c.err, msg);
      return false;
    }
    return fail(c, "f-string: empty expression not allowed");
  }
  int line, col;
  uint32_t offset;
  position_in_token(c, brace, &line, &col, &offset);
  Expr* value = c.drv->fstring_field(expr, line, col, offset);
  if (!value) return false;

  std::string_view expr_text;
  if (body[i] == '=') {
    i++;
    while (i < n && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r' ||
                     body[i] == '\f' || body[i] == '\v'))
      i++;
    if (i >= n) return fail(c, "f-string: expecting '}'");
    expr_text = body.substr(expr_start, i - expr_start);
  }
  int conversion = -1;
  if (body[i] == '!') {
    i++;
    if (i >= n) return fail(c, "f-string: expecting '}'");
    conversion = static_cast<unsigned char>(body[i]);
    i++;
    if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
      return fail(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  }
  Expr* spec = nullptr;
  if (i >= n) return fail(c, "f-string: expecting '}'");
  if (body[i] == ':') {
    i++;
    if (i >= n) return fail(c, "f-string: expecting '}'");
    // CPython places a format spec and its parts at the current token, not the whole run.
    FContext sc = c;
    sc.whole = Loc{c.tok->line, c.tok->col, c.tok->end_line, c.tok->end_col};
    FState inner;
    inner.fmode = true;
    if (!parse_fstring(sc, body, i, raw, level + 1, inner)) return false;
    flush_literal(sc, inner);
    spec = c.b->joined_str(inner.values, sc.whole);
    if (!spec) return false;
  }
  if (i >= n || body[i] != '}') return fail(c, "f-string: expecting '}'");
  i++;
  if (!expr_text.empty() && !spec && conversion == -1) conversion = 'r';

  // The "x=" text joins the preceding literal, then the value follows.
  st.last.append(expr_text);
  flush_literal(c, st);
  Expr* fv = c.b->formatted_value(value, conversion, spec, c.whole);
  if (!fv) return false;
  st.values = c.b->push(st.values, fv);
  return true;
}

// CPython's _PyPegen_FstringParser_ConcatFstring() for one body (or one format spec).
bool parse_fstring(FContext& c, std::string_view body, size_t& i, bool raw, int level,
                   FState& st) {
  st.fmode = true;
  for (;;) {
    int r = find_literal(c, body, i, raw, level, st);
    if (r < 0) return false;
    if (r == 1) continue;
    if (i >= body.size() || body[i] == '}') break;
    // body[i] == '{'
    if (!find_expr(c, body, i, raw, level, st)) return false;
  }
  if (level == 0 && i + 1 < body.size()) return fail(c, "f-string: unexpected end of string");
  if (level != 0 && (i >= body.size() || body[i] != '}')) return fail(c, "f-string: expecting '}'");
  return true;
}

}  // namespace

Expr* Driver::strings(TokRange r, const Loc& l) {
  Builder& b = builder_;
  // CPython reports most literal errors at the token after the run of strings.
  Loc err = l;
  if (r.last + 1 < static_cast<int>(tokens_.size())) {
    const lexer::Token& t = tokens_[static_cast<size_t>(r.last + 1)];
    err = Loc{t.line, t.col, t.end_line, t.end_col};
  }
  bool bytes_mode = false;
  bool u_prefix = false;
  FState st;
  std::string bytes;
  for (int k = r.first; k <= r.last; k++) {
    const lexer::Token& t = tokens_[static_cast<size_t>(k)];
    std::string_view text = token_text(k);
    lexer::StringToken s = lexer::split_string_token(text);
    if (k == r.first) {
      bytes_mode = s.is_bytes;
      u_prefix = s.is_u;
    } else if (s.is_bytes != bytes_mode) {
      error_at(err, "cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    lexer::DecodeError derr;
    if (s.is_bytes) {
      if (!lexer::decode_bytes(s.body, s.is_raw, bytes, &derr)) {
        error_at(derr.at_token ? Loc{t.line, t.col, t.end_line, t.end_col} : err, derr.message);
        return nullptr;
      }
    } else if (s.is_fstring) {
      FContext c{this, &b, l, err, &t, text, s.body_offset};
      size_t i = 0;
      if (!parse_fstring(c, s.body, i, s.is_raw, 0, st)) return nullptr;
    } else {
      if (!lexer::decode_str(s.body, s.is_raw, st.last, &derr)) {
        error_at(err, derr.message);
        return nullptr;
      }
    }
  }
  if (bytes_mode) return b.constant_bytes(bytes, l);
  if (!st.fmode) {
    Expr* e = b.constant_str(st.last, l);
    e->as<Constant>()->u_prefix = u_prefix;
    return e;
  }
  FContext c{this, &b, l, err, nullptr, {}, 0};
  flush_literal(c, st);
  return b.joined_str(st.values, l);
}

// Parses one replacement field's expression as CPython does: the text "(expr)" with the '('
// standing where the '{' is.
Expr* Driver::fstring_field(std::string_view expr, int line, int col, uint32_t offset) {
  // In the arena: the sub-AST points into this text.
  char* buf = static_cast<char*>(arena_.allocate(expr.size() + 4, 1));
  buf[0] = '(';
  std::copy(expr.begin(), expr.end(), buf + 1);
  buf[expr.size() + 1] = ')';
  buf[expr.size() + 2] = '\n';
  buf[expr.size() + 3] = '\0';
  std::string_view sub(buf, expr.size() + 3);
  Driver d(arena_, sub, filename_, Start::FString, line, col, offset, fstring_depth_ + 1);
  if (!d.run()) {
    if (!error_) error_ = d.error();
    return nullptr;
  }
  return d.expression();
}

}  // namespace coil::parser
