// How far CPython's PEG expression rules (without their invalid_* alternatives) reach from a
// token. Some of CPython's error rules name the expression they parsed before failing; the
// LALR parser never builds it, so diagnostics re-read the tokens with this recursive descent.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "lexer/token.h"

namespace coil::parser {

class PegExtent {
 public:
  static constexpr size_t kFail = SIZE_MAX;

  explicit PegExtent(const std::vector<lexer::Token>& toks) : toks_(toks) {}

  // Each returns the index past the rule's last token, or kFail when the rule does not match
  // at `i` (PEG: the longest alternative that matches, with backtracking inside).
  size_t expression(size_t i) const;
  size_t bitwise_or(size_t i) const { return binary(i, 0); }

  // [first, end) narrowed to the tokens of CPython's AST node: a parenthesized group is
  // represented by what is inside it.
  void unwrap_group(size_t& first, size_t& end) const;

 private:
  lexer::TokenKind kind(size_t i) const {
    return i < toks_.size() ? toks_[i].kind : lexer::TokenKind::EndMarker;
  }
  // Guards the C stack against pathological nesting; a bail-out counts as "no match".
  struct Depth {
    const PegExtent& p;
    explicit Depth(const PegExtent& x) : p(x) { p.depth_++; }
    ~Depth() { p.depth_--; }
    bool too_deep() const { return p.depth_ > 1000; }
  };

  size_t disjunction(size_t i) const;
  size_t conjunction(size_t i) const;
  size_t inversion(size_t i) const;
  size_t comparison(size_t i) const;
  size_t binary(size_t i, int level) const;
  size_t factor(size_t i) const;
  size_t primary(size_t i) const;
  size_t atom(size_t i) const;
  size_t lambdef(size_t i) const;
  size_t named_expression(size_t i) const;
  size_t star_named_expression(size_t i) const;
  size_t yield_expr(size_t i) const;
  size_t for_if_clauses(size_t i) const;
  size_t star_targets(size_t i) const;
  size_t paren(size_t i) const;
  size_t list(size_t i) const;
  size_t brace(size_t i) const;
  size_t call(size_t i) const;
  size_t slices(size_t i) const;
  size_t slice(size_t i) const;
  // After a first item ending at e: `(',' item)* [',']` up to `closer`; the closer's index.
  size_t rest(size_t e, lexer::TokenKind closer, bool dict) const;

  const std::vector<lexer::Token>& toks_;
  mutable int depth_ = 0;
};

}  // namespace coil::parser
