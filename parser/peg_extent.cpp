// A token-level recursive descent over CPython's expression grammar (python.gram, 3.11),
// returning only extents: enough for error rules such as "':' expected after dictionary key".
#include "parser/peg_extent.h"

namespace coil::parser {

using lexer::TokenKind;

namespace {

constexpr int kBinaryLevels = 6;  // | ^ & shift sum term

bool is_level_op(TokenKind k, int level) {
  switch (level) {
    case 0: return k == TokenKind::VBar;
    case 1: return k == TokenKind::Circumflex;
    case 2: return k == TokenKind::Amper;
    case 3: return k == TokenKind::LeftShift || k == TokenKind::RightShift;
    case 4: return k == TokenKind::Plus || k == TokenKind::Minus;
    default:
      return k == TokenKind::Star || k == TokenKind::Slash || k == TokenKind::DoubleSlash ||
             k == TokenKind::Percent || k == TokenKind::At;
  }
}

}  // namespace

size_t PegExtent::expression(size_t i) const {
  Depth d(*this);
  if (d.too_deep()) return kFail;
  if (kind(i) == TokenKind::KwLambda) return lambdef(i);
  size_t e = disjunction(i);
  if (e == kFail || kind(e) != TokenKind::KwIf) return e;
  size_t c = disjunction(e + 1);
  if (c == kFail || kind(c) != TokenKind::KwElse) return e;
  size_t r = expression(c + 1);
  return r == kFail ? e : r;
}

size_t PegExtent::disjunction(size_t i) const {
  size_t e = conjunction(i);
  while (e != kFail && kind(e) == TokenKind::KwOr) {
    size_t r = conjunction(e + 1);
    if (r == kFail) break;
    e = r;
  }
  return e;
}

size_t PegExtent::conjunction(size_t i) const {
  size_t e = inversion(i);
  while (e != kFail && kind(e) == TokenKind::KwAnd) {
    size_t r = inversion(e + 1);
    if (r == kFail) break;
    e = r;
  }
  return e;
}

size_t PegExtent::inversion(size_t i) const {
  Depth d(*this);
  if (d.too_deep()) return kFail;
  return kind(i) == TokenKind::KwNot ? inversion(i + 1) : comparison(i);
}

size_t PegExtent::comparison(size_t i) const {
  size_t e = bitwise_or(i);
  while (e != kFail) {
    TokenKind k = kind(e);
    size_t op = 0;
    switch (k) {
      case TokenKind::EqEqual: case TokenKind::NotEqual: case TokenKind::Less:
      case TokenKind::LessEqual: case TokenKind::Greater: case TokenKind::GreaterEqual:
      case TokenKind::KwIn:
        op = 1;
        break;
      case TokenKind::KwIs: op = kind(e + 1) == TokenKind::KwNot ? 2 : 1; break;
      case TokenKind::KwNot: op = kind(e + 1) == TokenKind::KwIn ? 2 : 0; break;
      default: break;
    }
    if (op == 0) break;
    size_t r = bitwise_or(e + op);
    if (r == kFail) break;
    e = r;
  }
  return e;
}

// The left-recursive binary rules, as PEG grows them: an operator whose right operand does
// not parse is left for the caller.
size_t PegExtent::binary(size_t i, int level) const {
  if (level == kBinaryLevels) return factor(i);
  size_t e = binary(i, level + 1);
  while (e != kFail && is_level_op(kind(e), level)) {
    size_t r = binary(e + 1, level + 1);
    if (r == kFail) break;
    e = r;
  }
  return e;
}

size_t PegExtent::factor(size_t i) const {
  Depth d(*this);
  if (d.too_deep()) return kFail;
  TokenKind k = kind(i);
  if (k == TokenKind::Plus || k == TokenKind::Minus || k == TokenKind::Tilde) return factor(i + 1);
  size_t p = kind(i) == TokenKind::KwAwait ? primary(i + 1) : primary(i);
  if (p == kFail || kind(p) != TokenKind::DoubleStar) return p;
  size_t f = factor(p + 1);
  return f == kFail ? p : f;
}

size_t PegExtent::primary(size_t i) const {
  size_t e = atom(i);
  while (e != kFail) {
    TokenKind k = kind(e);
    size_t r = kFail;
    if (k == TokenKind::Dot && kind(e + 1) == TokenKind::Name) {
      r = e + 2;
    } else if (k == TokenKind::LPar) {
      r = call(e);
    } else if (k == TokenKind::LSqb) {
      r = slices(e + 1);
      r = r != kFail && kind(r) == TokenKind::RSqb ? r + 1 : kFail;
    }
    if (r == kFail) break;
    e = r;
  }
  return e;
}

size_t PegExtent::atom(size_t i) const {
  Depth d(*this);
  if (d.too_deep()) return kFail;
  switch (kind(i)) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::KwTrue:
    case TokenKind::KwFalse: case TokenKind::KwNone: case TokenKind::Ellipsis:
      return i + 1;
    case TokenKind::String: {
      size_t j = i;
      while (kind(j) == TokenKind::String) j++;
      return j;
    }
    case TokenKind::LPar: return paren(i);
    case TokenKind::LSqb: return list(i);
    case TokenKind::LBrace: return brace(i);
    default: return kFail;
  }
}

// lambda_params, loosely: names, defaults, '*', '**', '/' and commas up to the ':'.
size_t PegExtent::lambdef(size_t i) const {
  size_t j = i + 1;
  while (kind(j) != TokenKind::Colon) {
    TokenKind k = kind(j);
    if (k == TokenKind::Star || k == TokenKind::DoubleStar) {
      j++;
      if (kind(j) == TokenKind::Name) j++;
      else if (k == TokenKind::DoubleStar) return kFail;
    } else if (k == TokenKind::Slash) {
      j++;
    } else if (k == TokenKind::Name) {
      j++;
      if (kind(j) == TokenKind::Equal) {
        j = expression(j + 1);
        if (j == kFail) return kFail;
      }
    } else {
      return kFail;
    }
    if (kind(j) == TokenKind::Comma) j++;
    else if (kind(j) != TokenKind::Colon) return kFail;
  }
  return expression(j + 1);
}

size_t PegExtent::named_expression(size_t i) const {
  if (kind(i) == TokenKind::Name && kind(i + 1) == TokenKind::ColonEqual) return expression(i + 2);
  size_t e = expression(i);
  return e != kFail && kind(e) == TokenKind::ColonEqual ? kFail : e;
}

size_t PegExtent::star_named_expression(size_t i) const {
  return kind(i) == TokenKind::Star ? bitwise_or(i + 1) : named_expression(i);
}

// 'yield' 'from' expression | 'yield' [star_expressions]
size_t PegExtent::yield_expr(size_t i) const {
  if (kind(i + 1) == TokenKind::KwFrom) return expression(i + 2);
  size_t e = i + 1;
  for (;;) {
    size_t r = kind(e) == TokenKind::Star ? bitwise_or(e + 1) : expression(e);
    if (r == kFail) return e;
    e = r;
    if (kind(e) != TokenKind::Comma) return e;
    e++;
  }
}

size_t PegExtent::for_if_clauses(size_t i) const {
  size_t e = i;
  for (;;) {
    size_t j = e;
    if (kind(j) == TokenKind::KwAsync) j++;
    if (kind(j) != TokenKind::KwFor) break;
    j = star_targets(j + 1);
    if (j == kFail || kind(j) != TokenKind::KwIn) return kFail;
    j = disjunction(j + 1);
    if (j == kFail) return kFail;
    while (kind(j) == TokenKind::KwIf) {
      size_t c = disjunction(j + 1);
      if (c == kFail) break;
      j = c;
    }
    e = j;
  }
  return e == i ? kFail : e;
}

// star_targets, loosely: '*'? primary, separated by commas.
size_t PegExtent::star_targets(size_t i) const {
  size_t e = i;
  for (;;) {
    size_t j = kind(e) == TokenKind::Star ? e + 1 : e;
    size_t r = primary(j);
    if (r == kFail) return e == i ? kFail : e;
    e = r;
    if (kind(e) != TokenKind::Comma) return e;
    e++;
  }
}

size_t PegExtent::rest(size_t e, TokenKind closer, bool dict) const {
  while (e != kFail && kind(e) == TokenKind::Comma) {
    size_t j = e + 1;
    if (kind(j) == closer) return j;
    if (!dict) {
      e = star_named_expression(j);
    } else if (kind(j) == TokenKind::DoubleStar) {
      e = bitwise_or(j + 1);
    } else {
      e = expression(j);
      e = e != kFail && kind(e) == TokenKind::Colon ? expression(e + 1) : kFail;
    }
  }
  return e != kFail && kind(e) == closer ? e : kFail;
}

// tuple | group | genexp
size_t PegExtent::paren(size_t i) const {
  size_t j = i + 1;
  if (kind(j) == TokenKind::RPar) return j + 1;
  if (kind(j) == TokenKind::KwYield) {
    size_t y = yield_expr(j);
    return y != kFail && kind(y) == TokenKind::RPar ? y + 1 : kFail;
  }
  bool starred = kind(j) == TokenKind::Star;
  size_t e = star_named_expression(j);
  if (e == kFail) return kFail;
  TokenKind k = kind(e);
  if (!starred && (k == TokenKind::KwFor || (k == TokenKind::KwAsync && kind(e + 1) == TokenKind::KwFor))) {
    e = for_if_clauses(e);
  } else if (k == TokenKind::Comma) {
    e = rest(e, TokenKind::RPar, false);
  } else if (starred) {
    return kFail;
  }
  return e != kFail && kind(e) == TokenKind::RPar ? e + 1 : kFail;
}

// list | listcomp
size_t PegExtent::list(size_t i) const {
  size_t j = i + 1;
  if (kind(j) == TokenKind::RSqb) return j + 1;
  bool starred = kind(j) == TokenKind::Star;
  size_t e = star_named_expression(j);
  if (e == kFail) return kFail;
  TokenKind k = kind(e);
  if (!starred && (k == TokenKind::KwFor || (k == TokenKind::KwAsync && kind(e + 1) == TokenKind::KwFor)))
    e = for_if_clauses(e);
  else
    e = rest(e, TokenKind::RSqb, false);
  return e != kFail && kind(e) == TokenKind::RSqb ? e + 1 : kFail;
}

// dict | set | dictcomp | setcomp
size_t PegExtent::brace(size_t i) const {
  size_t j = i + 1;
  if (kind(j) == TokenKind::RBrace) return j + 1;
  size_t e;
  bool dict = false;
  if (kind(j) == TokenKind::DoubleStar) {
    e = bitwise_or(j + 1);
    dict = true;
  } else {
    bool starred = kind(j) == TokenKind::Star;
    e = star_named_expression(j);
    if (e == kFail) return kFail;
    if (!starred && kind(e) == TokenKind::Colon) {
      e = expression(e + 1);
      dict = true;
    }
    TokenKind k = kind(e);
    if (e != kFail && !starred &&
        (k == TokenKind::KwFor || (k == TokenKind::KwAsync && kind(e + 1) == TokenKind::KwFor))) {
      e = for_if_clauses(e);
      return e != kFail && kind(e) == TokenKind::RBrace ? e + 1 : kFail;
    }
  }
  e = rest(e, TokenKind::RBrace, dict);
  return e == kFail ? kFail : e + 1;
}

// primary genexp | primary '(' [arguments] ')', with CPython's order: positional and '*'
// arguments, then keywords and '*', then keywords and '**'.
size_t PegExtent::call(size_t i) const {
  size_t j = i + 1;
  if (kind(j) == TokenKind::RPar) return j + 1;
  TokenKind k0 = kind(j);
  // The first positional argument, parsed once: it may start a generator expression.
  size_t first = kFail;
  if (k0 != TokenKind::Star && k0 != TokenKind::DoubleStar &&
      !(k0 == TokenKind::Name && kind(j + 1) == TokenKind::Equal)) {
    first = named_expression(j);
    if (first == kFail) return kFail;
    if (kind(first) == TokenKind::KwFor ||
        (kind(first) == TokenKind::KwAsync && kind(first + 1) == TokenKind::KwFor)) {
      size_t n = for_if_clauses(first);
      return n != kFail && kind(n) == TokenKind::RPar ? n + 1 : kFail;
    }
  }
  int phase = 0;
  for (;;) {
    TokenKind k = kind(j);
    size_t e;
    if (first != kFail) {
      e = first;
      first = kFail;
      if (kind(e) == TokenKind::Equal) return kFail;
    } else if (k == TokenKind::Star) {
      if (phase == 2) return kFail;
      e = expression(j + 1);
    } else if (k == TokenKind::DoubleStar) {
      phase = 2;
      e = expression(j + 1);
    } else if (k == TokenKind::Name && kind(j + 1) == TokenKind::Equal) {
      if (phase == 0) phase = 1;
      e = expression(j + 2);
    } else {
      if (phase != 0) return kFail;
      e = named_expression(j);
      if (e != kFail && kind(e) == TokenKind::Equal) return kFail;
    }
    if (e == kFail) return kFail;
    if (kind(e) == TokenKind::RPar) return e + 1;
    if (kind(e) != TokenKind::Comma) return kFail;
    j = e + 1;
    if (kind(j) == TokenKind::RPar) return j + 1;
  }
}

// slice !',' | ','.(slice | starred_expression)+ [','], up to the ']'.
size_t PegExtent::slices(size_t i) const {
  size_t j = i;
  for (;;) {
    size_t e = kind(j) == TokenKind::Star ? expression(j + 1) : slice(j);
    if (e == kFail) return kFail;
    if (kind(e) != TokenKind::Comma) return e;
    j = e + 1;
    if (kind(j) == TokenKind::RSqb) return j;
  }
}

// [expression] ':' [expression] [':' [expression]] | named_expression
size_t PegExtent::slice(size_t i) const {
  size_t e = i;
  if (kind(i) != TokenKind::Colon) {
    // One parse serves both alternatives (parsing twice would be exponential in nesting).
    if (kind(i) == TokenKind::Name && kind(i + 1) == TokenKind::ColonEqual) return expression(i + 2);
    e = expression(i);
    if (e == kFail || kind(e) == TokenKind::ColonEqual) return kFail;
    if (kind(e) != TokenKind::Colon) return e;
  }
  e++;  // the ':'
  size_t r = expression(e);
  if (r != kFail) e = r;
  if (kind(e) != TokenKind::Colon) return e;
  e++;
  r = expression(e);
  return r != kFail ? r : e;
}

void PegExtent::unwrap_group(size_t& first, size_t& end) const {
  while (end > first + 2 && kind(first) == TokenKind::LPar && kind(end - 1) == TokenKind::RPar) {
    size_t inner = kind(first + 1) == TokenKind::KwYield ? yield_expr(first + 1)
                                                          : named_expression(first + 1);
    if (inner != end - 1) return;  // a tuple, a generator expression, or not one group
    first++;
    end--;
  }
}

}  // namespace coil::parser
