// Intermediate values the grammar passes between rules before they become AST nodes:
// arena lists, call arguments, parameters, comparison chains, dotted names.
#pragma once

#include <string_view>

#include "parser/ast.h"
#include "parser/loc.h"
#include "parser/seq.h"

namespace coil::parser {

using StmtSeq = Seq<ast::Stmt*>;
using ExprSeq = Seq<ast::Expr*>;
using NameSeq = Seq<std::string_view>;
using AliasSeq = Seq<ast::Alias*>;
using WithItemSeq = Seq<ast::WithItem*>;
using HandlerSeq = Seq<ast::ExceptHandler*>;
using CompSeq = Seq<ast::Comprehension*>;
using KeywordSeq = Seq<ast::Keyword*>;

// Index of the first and last token of a run of adjacent string literals.
struct TokRange {
  int first, last;
};

// `a.b.c` as written in an import (spaces around the dots are allowed): a NameSeq of parts.

struct Param {
  enum Kind : uint8_t { Plain, Star, DoubleStar, Slash };
  Kind kind = Plain;
  ast::Arg* arg = nullptr;       // null for a bare `*` and for `/`
  ast::Expr* def = nullptr;      // default value
  Loc loc;
};
using ParamSeq = Seq<Param>;

struct CallArgs {
  ExprSeq args{};
  KeywordSeq keywords{};
  ast::Expr* last = nullptr;         // the latest argument's value (for error messages)
  bool seen_keyword = false;         // a `name=value`
  bool seen_keyword_unpack = false;  // a `**value`
  bool seen_bare_genexp = false;     // an unparenthesized generator expression
  Loc genexp_loc;
  Loc genexp_for_loc;
  int count = 0;
};

struct CmpItem {
  ast::CmpOp op;
  ast::Expr* right;
};
using CmpSeq = Seq<CmpItem>;

struct DictItem {
  ast::Expr* key;  // null for `**value`
  ast::Expr* value;
};
using DictSeq = Seq<DictItem>;

}  // namespace coil::parser
