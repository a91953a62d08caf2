// Assignment, deletion and loop targets: parsed as expressions, then given Store/Del context
// here, with CPython's messages for whatever cannot be a target.
#include "parser/builder.h"
#include "parser/driver.h"

namespace coil::parser {

using namespace coil::ast;

namespace {

Loc loc_of(const Node* n) { return Loc{n->line, n->col, n->end_line, n->end_col}; }

bool same_start(const Node* n, const Loc& l) { return n->line == l.line && n->col == l.col; }

// Is `e` at CPython's bitwise_or level (so `e = x` may be a mistyped comparison)?
bool is_bitwise_or_level(const Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolOp:
    case ExprKind::Compare:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::Starred:
    case ExprKind::NamedExpr:
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      return false;
    case ExprKind::UnaryOp:
      return e->as<UnaryOp>()->op != UnaryOperator::Not;
    case ExprKind::Tuple:
      return false;  // callers check parenthesized tuples separately
    default:
      return true;
  }
}

// The leftmost operand of an expression, for the "starts with a list/tuple/True..." check.
const Expr* leftmost_child(const Expr* e) {
  switch (e->kind) {
    case ExprKind::BinOp: return e->as<BinOp>()->left;
    case ExprKind::Call: return e->as<Call>()->func;
    case ExprKind::Attribute: return e->as<Attribute>()->value;
    case ExprKind::Subscript: return e->as<Subscript>()->value;
    case ExprKind::Compare: return e->as<Compare>()->left;
    case ExprKind::BoolOp: return e->as<BoolOp>()->values[0];
    case ExprKind::IfExp: return e->as<IfExp>()->body;
    default: return nullptr;
  }
}

// CPython's `!(list|tuple|genexp|'True'|'None'|'False')` lookahead at the start of `e`, where
// `l` is e's span including any parentheses around it.
bool starts_with_display_or_keyword(const Expr* e, const Loc& l) {
  if (!same_start(e, l)) return false;  // starts with a group's '(' : not a tuple
  for (;;) {
    const Expr* c = leftmost_child(e);
    if (!c || c->line != e->line || c->col != e->col) break;
    e = c;
  }
  switch (e->kind) {
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::GeneratorExp:
      return true;
    case ExprKind::Constant: {
      auto k = e->as<Constant>()->value_kind;
      return k == ConstantKind::True || k == ConstantKind::False || k == ConstantKind::None;
    }
    default:
      return false;
  }
}

// The first bitwise_or-level operand at the start of an assigned value, or null.
const Expr* leading_bitwise_or(const Expr* e) {
  for (;;) {
    switch (e->kind) {
      case ExprKind::Tuple:
        if (e->as<Tuple>()->elts.empty()) return e;
        if (e->as<Tuple>()->elts[0]->col == e->col && e->as<Tuple>()->elts[0]->line == e->line) {
          e = e->as<Tuple>()->elts[0];
          continue;
        }
        return e;  // parenthesized tuple: an atom
      case ExprKind::Compare: e = e->as<Compare>()->left; continue;
      case ExprKind::BoolOp: e = e->as<BoolOp>()->values[0]; continue;
      case ExprKind::IfExp: e = e->as<IfExp>()->body; continue;
      case ExprKind::Starred:
      case ExprKind::Lambda:
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        return nullptr;
      case ExprKind::UnaryOp:
        return e->as<UnaryOp>()->op == UnaryOperator::Not ? nullptr : e;
      default:
        return e;
    }
  }
}

}  // namespace

const char* Builder::expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (e->as<Constant>()->value_kind) {
        case ConstantKind::None: return "None";
        case ConstantKind::False: return "False";
        case ConstantKind::True: return "True";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// CPython's _PyPegen_get_invalid_target().
Expr* Builder::invalid_target(Expr* e, TargetKind kind) {
  switch (e->kind) {
    case ExprKind::List:
      for (Expr* x : e->as<List>()->elts)
        if (Expr* bad = invalid_target(x, kind)) return bad;
      return nullptr;
    case ExprKind::Tuple:
      for (Expr* x : e->as<Tuple>()->elts)
        if (Expr* bad = invalid_target(x, kind)) return bad;
      return nullptr;
    case ExprKind::Starred:
      if (kind == TargetKind::Del) return e;
      return invalid_target(e->as<Starred>()->value, kind);
    case ExprKind::Compare:
      // `for a in b` parses `a in b` as a comparison in CPython; look at its left side.
      if (kind == TargetKind::For) {
        if (e->as<Compare>()->ops[0] == CmpOp::In)
          return invalid_target(e->as<Compare>()->left, kind);
        return nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

bool Builder::report_invalid_target(Expr* e, TargetKind kind) {
  Expr* bad = invalid_target(e, kind);
  if (!bad) {
    drv_.error_at(loc_of(e), "invalid syntax");
    return false;
  }
  const char* fmt = kind == TargetKind::Del ? "cannot delete " : "cannot assign to ";
  drv_.error_at(loc_of(bad), std::string(fmt) + expr_name(bad));
  return false;
}

bool Builder::set_context(Expr* e, ExprContext ctx, TargetKind kind) {
  switch (e->kind) {
    case ExprKind::Name: e->as<Name>()->ctx = ctx; return true;
    case ExprKind::Attribute: e->as<Attribute>()->ctx = ctx; return true;
    case ExprKind::Subscript: e->as<Subscript>()->ctx = ctx; return true;
    case ExprKind::Starred:
      if (kind == TargetKind::Del) return report_invalid_target(e, kind);
      e->as<Starred>()->ctx = ctx;
      return set_context(e->as<Starred>()->value, ctx, kind);
    case ExprKind::List:
      for (Expr* x : e->as<List>()->elts)
        if (!set_context(x, ctx, kind)) return false;
      e->as<List>()->ctx = ctx;
      return true;
    case ExprKind::Tuple:
      for (Expr* x : e->as<Tuple>()->elts)
        if (!set_context(x, ctx, kind)) return false;
      e->as<Tuple>()->ctx = ctx;
      return true;
    default:
      return report_invalid_target(e, kind);
  }
}

Stmt* Builder::assign(Expr* first, const Loc& first_loc, ExprSeq rest, const Loc& l) {
  // Every item but the last is a target.
  Expr* value = rest.last();
  Expr* prev = first;
  bool is_first = true;
  ExprSeq targets{};
  for (auto* c = rest.head;; c = c->next) {
    if (prev->kind == ExprKind::Yield || prev->kind == ExprKind::YieldFrom) {
      if (!(is_first && !same_start(prev, first_loc))) {
        drv_.error_at(loc_of(prev), "assignment to yield expression not possible");
        return nullptr;
      }
    }
    if (is_first && invalid_target(prev, TargetKind::Star) &&
        (prev->kind != ExprKind::Tuple || !same_start(prev, first_loc) ||
         prev->as<Tuple>()->elts.empty() || !same_start(prev->as<Tuple>()->elts[0], first_loc))) {
      // CPython's invalid_named_expression: `f() = 1` may be a mistyped comparison.
      const Expr* rhs = leading_bitwise_or(c->value);
      bool rhs_ok = rhs && !(rhs == c->value && c->next);
      bool lhs_ok = (is_bitwise_or_level(prev) || !same_start(prev, first_loc)) &&
                    !starts_with_display_or_keyword(prev, first_loc);
      if (rhs_ok && lhs_ok) {
        drv_.error_at(loc_of(prev), std::string("cannot assign to ") + expr_name(prev) +
                                        " here. Maybe you meant '==' instead of '='?");
        return nullptr;
      }
    }
    if (!set_context(prev, ExprContext::Store, TargetKind::Star)) return nullptr;
    targets = push(targets, prev);
    is_first = false;
    if (!c->next) break;
    prev = c->value;
  }
  auto* s = at(arena_.make<Assign>(), l);
  s->targets = span(targets);
  s->value = value;
  return s;
}

Stmt* Builder::ann_assign(Expr* target, const Loc& tloc, Expr* ann, Expr* value, const Loc& l) {
  bool simple = false;
  switch (target->kind) {
    case ExprKind::Name:
      simple = same_start(target, tloc);
      target->as<Name>()->ctx = ExprContext::Store;
      break;
    case ExprKind::Attribute:
      target->as<Attribute>()->ctx = ExprContext::Store;
      break;
    case ExprKind::Subscript:
      target->as<Subscript>()->ctx = ExprContext::Store;
      break;
    case ExprKind::Tuple:
      drv_.error_at(loc_of(target), "only single target (not tuple) can be annotated");
      return nullptr;
    case ExprKind::List:
      drv_.error_at(loc_of(target), "only single target (not list) can be annotated");
      return nullptr;
    default:
      drv_.error_at(loc_of(target), "illegal target for annotation");
      return nullptr;
  }
  auto* s = at(arena_.make<AnnAssign>(), l);
  s->target = target;
  s->annotation = ann;
  s->value = value;
  s->simple = simple;
  return s;
}

Stmt* Builder::aug_assign(Expr* target, const Loc& tloc, Operator op, Expr* value,
                          const Loc& l) {
  switch (target->kind) {
    case ExprKind::Name: target->as<Name>()->ctx = ExprContext::Store; break;
    case ExprKind::Attribute: target->as<Attribute>()->ctx = ExprContext::Store; break;
    case ExprKind::Subscript: target->as<Subscript>()->ctx = ExprContext::Store; break;
    default:
      drv_.error_at(loc_of(target), std::string("'") + expr_name(target) +
                                        "' is an illegal expression for augmented assignment");
      return nullptr;
  }
  auto* s = at(arena_.make<AugAssign>(), l);
  s->target = target;
  s->op = op;
  s->value = value;
  return s;
}

}  // namespace coil::parser
