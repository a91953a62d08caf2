// What to say when the LALR parser gets stuck. CPython's PEG grammar has "invalid_*" rules for
// its special messages; here they are recognized from the tokens around the failure and the
// parser's stack: "expected ':'", "expected an indented block after ...", "unexpected indent",
// "Perhaps you forgot a comma?", "Maybe you meant '==' ...", "Missing parentheses in call to
// 'print'", "expected 'else' after 'if' expression", "':' expected after dictionary key", ...
// else "invalid syntax" at the token.
#include <string>

#include "parser/driver.h"
#include "parser/peg_extent.h"

namespace coil::parser {

using lexer::TokenKind;
using K = gen::Parser::symbol_kind;

namespace {

Loc loc_of(const lexer::Token& t) { return Loc{t.line, t.col, t.end_line, t.end_col}; }
Loc loc_of(const ast::Node* n) { return Loc{n->line, n->col, n->end_line, n->end_col}; }

bool is_open(TokenKind k) { return k == TokenKind::LPar || k == TokenKind::LSqb || k == TokenKind::LBrace; }
bool is_close(TokenKind k) { return k == TokenKind::RPar || k == TokenKind::RSqb || k == TokenKind::RBrace; }
bool ends_line(TokenKind k) {
  return k == TokenKind::Newline || k == TokenKind::Indent || k == TokenKind::Dedent;
}

bool can_end_expression(TokenKind k) {
  switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
    case TokenKind::RPar: case TokenKind::RSqb: case TokenKind::RBrace:
    case TokenKind::KwTrue: case TokenKind::KwFalse: case TokenKind::KwNone:
    case TokenKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

bool can_start_expression(TokenKind k) {
  switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
    case TokenKind::LPar: case TokenKind::LSqb: case TokenKind::LBrace:
    case TokenKind::Minus: case TokenKind::Plus: case TokenKind::Tilde:
    case TokenKind::KwNot: case TokenKind::KwLambda: case TokenKind::KwAwait:
    case TokenKind::KwTrue: case TokenKind::KwFalse: case TokenKind::KwNone:
    case TokenKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

bool is_arith_binop(TokenKind k) {
  switch (k) {
    case TokenKind::Plus: case TokenKind::Minus: case TokenKind::Star: case TokenKind::Slash:
    case TokenKind::DoubleSlash: case TokenKind::Percent: case TokenKind::At:
    case TokenKind::DoubleStar: case TokenKind::LeftShift: case TokenKind::RightShift:
    case TokenKind::Amper: case TokenKind::VBar: case TokenKind::Circumflex:
      return true;
    default:
      return false;
  }
}

bool is_compare_or_bool(TokenKind k) {
  switch (k) {
    case TokenKind::Less: case TokenKind::Greater: case TokenKind::EqEqual:
    case TokenKind::NotEqual: case TokenKind::LessEqual: case TokenKind::GreaterEqual:
    case TokenKind::KwIn: case TokenKind::KwIs: case TokenKind::KwNot:
    case TokenKind::KwAnd: case TokenKind::KwOr:
      return true;
    default:
      return false;
  }
}

// The rightmost "disjunction" of an expression (what CPython's invalid rules call `a`).
const ast::Expr* rightmost_disjunction(const ast::Expr* e) {
  while (e) {
    if (e->kind == ast::ExprKind::Lambda) e = e->as<ast::Lambda>()->body;
    else if (e->kind == ast::ExprKind::NamedExpr) e = e->as<ast::NamedExpr>()->value;
    // `*a b`: CPython's rule starts at the operand (after the star).
    else if (e->kind == ast::ExprKind::Starred) e = e->as<ast::Starred>()->value;
    else break;
  }
  return e;
}

bool ends_at(const ast::Node* n, const lexer::Token& t) {
  return n->end_line == t.end_line && n->end_col == t.end_col;
}

// CPython's invalid_double_starred_kvpairs / invalid_kvpair for the dict display opened at
// `lbrace`, failing at token k: once the items before a ',' parse, a key the plain
// `expression` rule reads but no ':' follows (from the second item on), or a ':' with '}'
// or ',' after it. PEG memoization lets the key rule win over errors inside the key.
struct DictError {
  const char* msg = nullptr;
  Loc loc;
};

DictError dict_display_error(const std::vector<lexer::Token>& toks, size_t lbrace, size_t k) {
  PegExtent peg{toks};
  auto kind = [&](size_t i) { return i < toks.size() ? toks[i].kind : TokenKind::EndMarker; };
  size_t i = lbrace + 1;
  for (int item = 0;; item++) {
    size_t e;
    if (kind(i) == TokenKind::DoubleStar) {
      e = peg.bitwise_or(i + 1);
    } else {
      e = peg.expression(i);
      if (e == PegExtent::kFail) return {};
      if (kind(e) != TokenKind::Colon) {
        if (item == 0) return {};
        size_t first = i, end = e;
        peg.unwrap_group(first, end);
        // CPython's location: the key's first line, its last character, no end column.
        const lexer::Token& last = toks[end - 1];
        return {"':' expected after dictionary key",
                Loc{toks[first].line, last.end_col - 1, last.end_line, -1}};
      }
      if (kind(e + 1) == TokenKind::RBrace || kind(e + 1) == TokenKind::Comma)
        return {"expression expected after dictionary key and ':'", loc_of(toks[e])};
      e = peg.expression(e + 1);
    }
    if (e == PegExtent::kFail || kind(e) != TokenKind::Comma || e >= k) return {};
    i = e + 1;
  }
}

}  // namespace

namespace {

// Token-level scanning of an expression's extent, to size error ranges the way CPython's
// rules would (they parse `b=expression` after the failure point).
struct Scanner {
  const std::vector<lexer::Token>& toks;

  TokenKind kind(size_t i) const { return i < toks.size() ? toks[i].kind : TokenKind::EndMarker; }

  size_t matching_close(size_t i) const {
    int depth = 0;
    for (size_t j = i; j < toks.size(); j++) {
      TokenKind k = toks[j].kind;
      if (is_open(k)) depth++;
      else if (is_close(k) && --depth == 0) return j + 1;
      else if (k == TokenKind::Newline || k == TokenKind::EndMarker || k == TokenKind::Error) return j;
    }
    return toks.size();
  }

  // One operand: prefix operators, an atom, trailers. Returns i when there is none.
  size_t operand(size_t i) const {
    size_t j = i;
    while (kind(j) == TokenKind::Minus || kind(j) == TokenKind::Plus ||
           kind(j) == TokenKind::Tilde || kind(j) == TokenKind::KwAwait)
      j++;
    TokenKind k = kind(j);
    if (k == TokenKind::Name || k == TokenKind::Number || k == TokenKind::KwTrue ||
        k == TokenKind::KwFalse || k == TokenKind::KwNone || k == TokenKind::Ellipsis) {
      j++;
    } else if (k == TokenKind::String) {
      while (kind(j) == TokenKind::String) j++;
    } else if (is_open(k)) {
      j = matching_close(j);
    } else {
      return i;
    }
    for (;;) {
      TokenKind t = kind(j);
      if (t == TokenKind::Dot && kind(j + 1) == TokenKind::Name) j += 2;
      else if (t == TokenKind::LPar || t == TokenKind::LSqb) j = matching_close(j);
      else break;
    }
    return j;
  }

  // An expression from i; `full` allows comparisons, not/and/or and conditionals. Returns
  // the index past its last token (i when there is none).
  size_t expression(size_t i, bool full) const {
    size_t j = i;
    for (;;) {
      while (full && kind(j) == TokenKind::KwNot) j++;
      if (full && kind(j) == TokenKind::KwLambda) {
        while (j < toks.size() && kind(j) != TokenKind::Colon && !ends_line(kind(j))) j++;
        if (kind(j) != TokenKind::Colon) return j;
        j++;
        continue;
      }
      size_t e = operand(j);
      if (e == j) return j == i ? i : j - 1;
      j = e;
      TokenKind k = kind(j);
      if (is_arith_binop(k) || (full && (is_compare_or_bool(k) || k == TokenKind::KwIf ||
                                         k == TokenKind::KwElse))) {
        j++;
        if (k == TokenKind::KwIs && kind(j) == TokenKind::KwNot) j++;
        if (k == TokenKind::KwNot && kind(j) == TokenKind::KwIn) j++;
        continue;
      }
      return j;
    }
  }
};

}  // namespace

void Driver::syntax_error(const ParseFailure& f) {
  size_t k = static_cast<size_t>(f.token_index);
  const lexer::Token& T = tokens_[k];
  Scanner sc{tokens_};
  auto expects = [&](K::symbol_kind_type s) {
    for (int e : f.expected)
      if (e == s) return true;
    return false;
  };
  auto raw = [&](const char* type, std::string_view msg, int line, int offset, int end_line,
                 int end_offset) {
    if (!error_) error_ = make_error(type, msg, line, offset, end_line, end_offset);
  };
  // The first token of the logical line containing token i, the brackets open at i and
  // their depth.
  size_t line_start = k;
  while (line_start > 0 && !ends_line(tokens_[line_start - 1].kind)) line_start--;
  std::vector<size_t> open;
  for (size_t j = line_start; j < k; j++) {
    if (is_open(tokens_[j].kind)) open.push_back(j);
    else if (is_close(tokens_[j].kind) && !open.empty()) open.pop_back();
  }
  int depth = static_cast<int>(open.size());
  TokenKind innermost = open.empty() ? TokenKind::EndMarker : tokens_[open.back()].kind;
  size_t head = line_start;
  if (head < k && tokens_[head].kind == TokenKind::KwAsync) head++;
  TokenKind head_kind = head <= k ? tokens_[head].kind : TokenKind::EndMarker;

  if (T.kind == TokenKind::Error) {
    error_at(loc_of(T), "invalid syntax");  // run() reports the lexer's error instead
    return;
  }

  // "unexpected indent": CPython points at the end of the indentation, without a caret.
  if (T.kind == TokenKind::Indent) {
    raw("IndentationError", "unexpected indent", T.line, T.col, T.line, -1);
    return;
  }

  // Inside dict displays, innermost first.
  for (size_t n = open.size(); n-- > 0;) {
    if (tokens_[open[n]].kind != TokenKind::LBrace) continue;
    DictError d = dict_display_error(tokens_, open[n], k);
    if (d.msg) {
      error_at(d.loc, d.msg);
      return;
    }
  }

  // A block header's ':' NEWLINE not followed by INDENT.
  if (k >= 2 && tokens_[k - 1].kind == TokenKind::Newline &&
      tokens_[k - 2].kind == TokenKind::Colon && expects(K::S_INDENT)) {
    size_t h = k - 2;
    while (h > 0 && !ends_line(tokens_[h - 1].kind)) h--;
    if (tokens_[h].kind == TokenKind::KwAsync) h++;
    const lexer::Token& kw = tokens_[h];
    std::string what;
    switch (kw.kind) {
      case TokenKind::KwDef: what = "function definition"; break;
      case TokenKind::KwClass: what = "class definition"; break;
      case TokenKind::KwExcept:
        what = tokens_[h + 1].kind == TokenKind::Star ? "'except*' statement" : "'except' statement";
        break;
      default: what = "'" + std::string(lexer::token_spelling(kw.kind)) + "' statement"; break;
    }
    std::string msg = "expected an indented block after " + what + " on line " +
                      std::to_string(kw.line);
    raw("IndentationError", msg, T.line, T.col + 1, T.end_line, T.end_col + 1);
    return;
  }

  // A compound statement header missing its ':'. Some headers insist on it whatever follows
  // (CPython's forced tokens), the others only before the end of the line.
  if (expects(K::S_COLON) && depth == 0) {
    bool forced = head_kind == TokenKind::KwElse || head_kind == TokenKind::KwTry ||
                  head_kind == TokenKind::KwFinally ||
                  (head_kind == TokenKind::KwDef && k > head + 2 &&
                   (tokens_[k - 1].kind == TokenKind::RPar || !expects(K::S_RARROW)));
    bool at_eol = T.kind == TokenKind::Newline &&
                  (head_kind == TokenKind::KwIf || head_kind == TokenKind::KwElif ||
                   head_kind == TokenKind::KwWhile || head_kind == TokenKind::KwFor ||
                   head_kind == TokenKind::KwWith || head_kind == TokenKind::KwClass ||
                   head_kind == TokenKind::KwExcept || head_kind == TokenKind::KwDef);
    if (forced || at_eol) {
      error_at(loc_of(T), "expected ':'");
      return;
    }
  }
  if (head_kind == TokenKind::KwDef && k == head + 2 && T.kind != TokenKind::LPar) {
    error_at(loc_of(T), "expected '('");
    return;
  }
  // def f() -> :   the optional annotation fails, then the forced ':' does.
  if (head_kind == TokenKind::KwDef && depth == 0 && k > 0 &&
      tokens_[k - 1].kind == TokenKind::RArrow) {
    error_at(loc_of(tokens_[k - 1]), "expected ':'");
    return;
  }
  // def f(a=):
  if (k > 1 && tokens_[k - 1].kind == TokenKind::Equal && tokens_[k - 2].kind == TokenKind::Name &&
      ((head_kind == TokenKind::KwDef && depth == 1 &&
        (T.kind == TokenKind::Comma || T.kind == TokenKind::RPar)))) {
    error_at(loc_of(tokens_[k - 1]), "expected default value expression");
    return;
  }
  // lambda (x): ...
  if (k > 0 && tokens_[k - 1].kind == TokenKind::KwLambda && T.kind == TokenKind::LPar) {
    size_t close = sc.matching_close(k);
    const lexer::Token& last = tokens_[close > k ? close - 1 : k];
    error_at(Loc{T.line, T.col, last.end_line, last.end_col},
             "Lambda expression parameters cannot be parenthesized");
    return;
  }
  // f(a=1 for a in b): scan back over the argument for `name =`.
  if ((T.kind == TokenKind::KwFor || T.kind == TokenKind::KwAsync) && depth > 0 && k > 0) {
    int d = 0;
    size_t j = k;
    while (j > line_start) {
      TokenKind t = tokens_[j - 1].kind;
      if (is_close(t)) d++;
      else if (is_open(t)) {
        if (d == 0) break;
        d--;
      } else if (d == 0 && t == TokenKind::Comma) {
        break;
      }
      j--;
    }
    // tokens_[j] starts the argument
    if (j + 1 < k && tokens_[j].kind == TokenKind::Name && tokens_[j + 1].kind == TokenKind::Equal) {
      error_at(span(loc_of(tokens_[j]), loc_of(tokens_[j + 1])),
               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      return;
    }
  }

  // try: without except/finally.
  {
    size_t n = f.stack.size();
    if (n >= 3 && f.stack[n - 1].symbol == K::S_block && f.stack[n - 2].symbol == K::S_COLON &&
        f.stack[n - 3].symbol == K::S_TRY && T.kind != TokenKind::KwExcept &&
        T.kind != TokenKind::KwFinally) {
      error_at(loc_of(T), "expected 'except' or 'finally' block");
      return;
    }
    // `a if b` without else
    if (n >= 3 && f.stack[n - 2].symbol == K::S_IF && f.stack[n - 3].symbol == K::S_disjunction &&
        f.stack[n - 1].symbol == K::S_disjunction && T.kind != TokenKind::KwElse &&
        T.kind != TokenKind::Colon) {
      error_at(span(f.stack[n - 3].loc, f.stack[n - 1].loc), "expected 'else' after 'if' expression");
      return;
    }
  }

  const ParseFailure::Entry* top = f.stack.empty() ? nullptr : &f.stack.back();
  const lexer::Token* P = k > 0 ? &tokens_[k - 1] : nullptr;

  // print "x": CPython's legacy-statement hint.
  if (P && P->kind == TokenKind::Name && can_start_expression(T.kind) &&
      T.kind != TokenKind::LPar && (k < 2 || tokens_[k - 2].kind != TokenKind::Dot)) {
    std::string_view name = token_text(static_cast<int>(k - 1));
    if (name == "print" || name == "exec") {
      size_t e = sc.expression(k, true);
      while (e > k && sc.kind(e) == TokenKind::Comma && can_start_expression(sc.kind(e + 1))) {
        size_t e2 = sc.expression(e + 1, true);
        if (e2 == e + 1) break;
        e = e2;
      }
      const lexer::Token& last = tokens_[e > k ? e - 1 : k];
      std::string msg = "Missing parentheses in call to '" + std::string(name) +
                        "'. Did you mean " + std::string(name) + "(...)?";
      error_at(Loc{P->line, P->col, last.end_line, last.end_col}, msg);
      return;
    }
  }

  // `if x = 1:` and friends: '=' where a named expression was being parsed.
  if (T.kind == TokenKind::Equal && P && top && top->expr && ends_at(top->expr, *P)) {
    // The token before the left operand tells the context. An entry holding a list of items
    // spans all of them: there it is what precedes the last item (`{1: a = 2}` is a dict
    // value, `x[1:a = 2]` a slice bound, `[a, b = 2]` a named expression).
    bool items = top->symbol == K::S_star_named_expression_list ||
                 top->symbol == K::S_dict_items || top->symbol == K::S_slices ||
                 top->symbol == K::S_arguments || top->symbol == K::S_arg_list;
    Loc entry = items ? loc_of(top->expr) : top->loc;
    int before = token_after(Loc{0, 0, entry.line, entry.col}) - 1;
    TokenKind ctx = before >= 0 ? tokens_[static_cast<size_t>(before)].kind : TokenKind::EndMarker;
    bool named_context = ctx == TokenKind::KwIf || ctx == TokenKind::KwElif ||
                         ctx == TokenKind::KwWhile || ctx == TokenKind::At ||
                         (depth > 0 && (is_open(ctx) || ctx == TokenKind::Comma));
    if (items && top->expr->kind == ast::ExprKind::Slice) named_context = false;
    size_t rhs_end = sc.expression(k + 1, false);
    bool rhs_ok = rhs_end > k + 1 && sc.kind(k + 1) != TokenKind::KwNot &&
                  sc.kind(rhs_end) != TokenKind::Equal &&
                  sc.kind(rhs_end) != TokenKind::ColonEqual;
    if (named_context && rhs_ok) {
      const ast::Expr* a = top->expr;
      bool parenthesized = a->line != entry.line || a->col != entry.col;
      if (a->kind == ast::ExprKind::Name && !parenthesized) {
        const lexer::Token& last = tokens_[rhs_end - 1];
        error_at(Loc{a->line, a->col, last.end_line, last.end_col},
                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
      }
      bool bitwise = a->kind != ast::ExprKind::Compare && a->kind != ast::ExprKind::BoolOp &&
                     a->kind != ast::ExprKind::IfExp && a->kind != ast::ExprKind::Lambda &&
                     !(a->kind == ast::ExprKind::UnaryOp &&
                       a->as<ast::UnaryOp>()->op == ast::UnaryOperator::Not);
      TokenKind first = tokens_[static_cast<size_t>(before + 1)].kind;
      bool display_start = first == TokenKind::LSqb || first == TokenKind::KwTrue ||
                           first == TokenKind::KwFalse || first == TokenKind::KwNone ||
                           (a->kind == ast::ExprKind::Tuple && !parenthesized) ||
                           a->kind == ast::ExprKind::GeneratorExp;
      if ((bitwise || parenthesized) && !display_start) {
        error_at(loc_of(a), std::string("cannot assign to ") + Builder::expr_name(a) +
                                " here. Maybe you meant '==' instead of '='?");
        return;
      }
    }
  }

  // Two expressions side by side inside brackets.
  if (depth > 0 && P && can_end_expression(P->kind) && can_start_expression(T.kind) && top &&
      top->expr) {
    const ast::Expr* a = rightmost_disjunction(top->expr);
    // CPython does not get here through a conditional expression's else branch.
    if (top->expr->kind == ast::ExprKind::IfExp) a = nullptr;
    bool legacy = a && a->kind == ast::ExprKind::Name &&
                  (a->as<ast::Name>()->id == "print" || a->as<ast::Name>()->id == "exec");
    int a_tok = a ? token_after(Loc{0, 0, a->line, a->col}) : -1;
    bool name_string = a_tok >= 0 && tokens_[static_cast<size_t>(a_tok)].kind == TokenKind::Name &&
                       sc.kind(static_cast<size_t>(a_tok) + 1) == TokenKind::String;
    // `{**a b}`: a dict's '**' takes a bitwise_or, not an expression, so no comma hint.
    int before_a = a_tok - 1;
    bool dict_unpack = before_a >= 0 &&
                       tokens_[static_cast<size_t>(before_a)].kind == TokenKind::DoubleStar &&
                       innermost == TokenKind::LBrace;
    if (a && ends_at(a, *P) && !legacy && !name_string && !dict_unpack) {
      size_t e = sc.expression(k, true);
      if (e > k) {
        const lexer::Token& last = tokens_[e - 1];
        error_at(Loc{a->line, a->col, last.end_line, last.end_col},
                 "invalid syntax. Perhaps you forgot a comma?");
        // CPython read one token past b; an unclosed bracket before it wins.
        hint_line_ = e < tokens_.size() ? tokens_[e].line : last.line;
        return;
      }
    }
  }

  error_at(loc_of(T), "invalid syntax");
}

}  // namespace coil::parser
