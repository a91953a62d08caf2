// Parameter lists (def and lambda) and call arguments: parsed as flat lists of items, then
// checked in order here so the errors match CPython's wording and positions.
#include <string>

#include "parser/builder.h"
#include "parser/driver.h"

namespace coil::parser {

using namespace coil::ast;

namespace {
Loc loc_of(const Node* n) { return Loc{n->line, n->col, n->end_line, n->end_col}; }
}  // namespace

Param* Builder::param(Param::Kind kind, int name_tok, Expr* annotation, Expr* def,
                      const Loc& l) {
  Param* pp = arena_.make<Param>();
  Param& p = *pp;
  p.kind = kind;
  p.loc = l;
  p.def = def;
  if (name_tok >= 0) {
    const lexer::Token& t = drv_.token(name_tok);
    auto* a = at(arena_.make<Arg>(), Loc{t.line, t.col, t.end_line, t.end_col});
    a->name = tok_text(name_tok);
    a->annotation = annotation;
    if (annotation) {
      a->end_line = annotation->end_line;
      a->end_col = annotation->end_col;
    }
    p.arg = a;
  }
  return pp;
}

ParamSeq Builder::param_seq(ParamSeq s, Param* p) { return push(s, *p); }

// Where CPython reports a bare `*` with nothing after it: the '*' in a def, the token after
// it (skipping a comma) in a lambda.
Loc Builder::bare_star_error_loc(const Loc& star, bool is_lambda) {
  if (!is_lambda) return star;
  int i = drv_.token_after(star);
  if (i >= 0 && drv_.token(i).kind == lexer::TokenKind::Comma) i++;
  if (i < 0) return star;
  const lexer::Token& t = drv_.token(i);
  return Loc{t.line, t.col, t.end_line, t.end_col};
}

// Walks the items once, in order, as CPython's invalid_parameters rules would see them.
Arguments* Builder::arguments(ParamSeq params, bool is_lambda) {
  Seq<Arg*> posonly{}, args{}, kwonly{};
  ExprSeq defaults{}, kw_defaults{};
  Arg* vararg = nullptr;
  Arg* kwarg = nullptr;
  bool seen_star = false, seen_slash = false, seen_default = false, seen_kwarg = false;
  Loc bare_star_loc;
  bool bare_star_pending = false;
  for (auto* c = params.head; c; c = c->next) {
    const Param& p = c->value;
    if (seen_kwarg) {
      // CPython points at the parameter's first token: its name, '*' or '**'.
      Loc first = p.kind == Param::Plain ? loc_of(p.arg) : p.loc;
      first.end_line = first.line;
      first.end_col = first.col + (p.kind == Param::Plain ? static_cast<int>(p.arg->name.size())
                                   : p.kind == Param::DoubleStar ? 2 : 1);
      drv_.error_at(first, "arguments cannot follow var-keyword argument");
      return nullptr;
    }
    switch (p.kind) {
      case Param::Slash:
        if (seen_star) {
          drv_.error_at(p.loc, "/ must be ahead of *");
          return nullptr;
        }
        if (seen_slash) {
          drv_.error_at(p.loc, "/ may appear only once");
          return nullptr;
        }
        if (args.empty()) {
          drv_.error_at(p.loc, is_lambda ? "invalid syntax" : "invalid syntax");
          return nullptr;
        }
        seen_slash = true;
        posonly = args;
        args = Seq<Arg*>{};
        break;
      case Param::Star:
        if (seen_star) {
          drv_.error_at(Loc{p.loc.line, p.loc.col, p.loc.line, p.loc.col + 1},
                        "* argument may appear only once");
          return nullptr;
        }
        seen_star = true;
        if (p.arg) {
          vararg = p.arg;
        } else {
          bare_star_pending = true;
          bare_star_loc = p.loc;
        }
        break;
      case Param::DoubleStar:
        if (bare_star_pending) {
          drv_.error_at(bare_star_error_loc(bare_star_loc, is_lambda), "named arguments must follow bare *");
          return nullptr;
        }
        seen_kwarg = true;
        kwarg = p.arg;
        break;
      case Param::Plain:
        if (seen_star) {
          bare_star_pending = false;
          kwonly = push(kwonly, p.arg);
          kw_defaults = push(kw_defaults, p.def);
        } else {
          if (p.def) {
            seen_default = true;
            defaults = push(defaults, p.def);
          } else if (seen_default) {
            drv_.error_at(loc_of(p.arg), "non-default argument follows default argument");
            return nullptr;
          }
          args = push(args, p.arg);
        }
        break;
    }
  }
  if (bare_star_pending) {
    drv_.error_at(bare_star_error_loc(bare_star_loc, is_lambda), "named arguments must follow bare *");
    return nullptr;
  }
  {
    // Duplicate names are a symtable error in CPython: reported only if parsing succeeds.
    Seq<Arg*> every{};
    // In CPython's symtable order: posonly, args, kwonly, *args, **kwargs.
    for (auto* x = posonly.head; x; x = x->next) every = push(every, x->value);
    for (auto* x = args.head; x; x = x->next) every = push(every, x->value);
    for (auto* x = kwonly.head; x; x = x->next) every = push(every, x->value);
    if (vararg) every = push(every, vararg);
    if (kwarg) every = push(every, kwarg);
    for (auto* x = every.head; x; x = x->next) {
      bool dup = false;
      for (auto* y = every.head; y != x; y = y->next)
        if (y->value->name == x->value->name) dup = true;
      if (dup) {
        drv_.deferred_error_at(loc_of(x->value), "duplicate argument '" +
                                                     std::string(x->value->name) +
                                                     "' in function definition");
        break;
      }
    }
  }
  auto* a = arena_.make<Arguments>();
  a->posonlyargs = span(posonly);
  a->args = span(args);
  a->vararg = vararg;
  a->kwonlyargs = span(kwonly);
  a->kw_defaults = span(kw_defaults);
  a->kwarg = kwarg;
  a->defaults = span(defaults);
  return a;
}

// ---------------------------------------------------------------- call arguments

CallArgs* Builder::arg_positional(CallArgs* a, Expr* e, const Loc& l) {
  if (!a) a = arena_.make<CallArgs>();
  if (a->seen_bare_genexp) {
    drv_.error_at(a->genexp_loc, "Generator expression must be parenthesized");
    return nullptr;
  }
  if (a->seen_keyword_unpack || a->seen_keyword) {
    drv_.error_at(drv_.loc_after(loc_of(e)), a->seen_keyword_unpack
                                  ? "positional argument follows keyword argument unpacking"
                                  : "positional argument follows keyword argument");
    return nullptr;
  }
  a->args = push(a->args, e);
  a->last = e;
  a->count++;
  return a;
}

CallArgs* Builder::arg_genexp(CallArgs* a, Expr* elt, CompSeq gens, const Loc& for_loc,
                             const Loc& l) {
  if (!a) a = arena_.make<CallArgs>();
  // The error spans the element to the last `in`/`if` operand of the last clause.
  const Comprehension* last = gens.last();
  const Expr* end = last->ifs.empty() ? last->iter : last->ifs.back();
  Loc range{elt->line, elt->col, end->end_line, end->end_col};
  if (a->seen_bare_genexp) {  // CPython reports the first one
    drv_.error_at(a->genexp_loc, "Generator expression must be parenthesized");
    return nullptr;
  }
  if (a->count > 0) {
    drv_.error_at(range, "Generator expression must be parenthesized");
    return nullptr;
  }
  Expr* g = genexp(elt, gens, l);
  if (!g) return nullptr;
  a->args = push(a->args, g);
  a->last = g;
  a->count++;
  a->seen_bare_genexp = true;
  a->genexp_loc = range;
  // class A(x for x in y) reports its `for`
  a->genexp_for_loc = Loc{for_loc.line, for_loc.col, for_loc.line, for_loc.col + 3};
  return a;
}

CallArgs* Builder::arg_star(CallArgs* a, Expr* e, const Loc& l) {
  if (!a) a = arena_.make<CallArgs>();
  if (a->seen_bare_genexp) {
    drv_.error_at(a->genexp_loc, "Generator expression must be parenthesized");
    return nullptr;
  }
  if (a->seen_keyword_unpack) {
    drv_.error_at(Loc{l.line, l.col, l.line, l.col + 1},
                  "iterable argument unpacking follows keyword argument unpacking");
    return nullptr;
  }
  Expr* s = starred(e, l);
  if (!s) return nullptr;
  a->args = push(a->args, s);
  a->last = s;
  a->count++;
  return a;
}

CallArgs* Builder::arg_double_star(CallArgs* a, Expr* e, const Loc& l) {
  if (!a) a = arena_.make<CallArgs>();
  if (a->seen_bare_genexp) {
    drv_.error_at(a->genexp_loc, "Generator expression must be parenthesized");
    return nullptr;
  }
  auto* k = at(arena_.make<Keyword>(), l);
  k->value = e;
  a->keywords = push(a->keywords, k);
  a->last = k->value;
  a->seen_keyword_unpack = true;
  a->count++;
  return a;
}

CallArgs* Builder::arg_keyword(CallArgs* a, Expr* name, const Loc& name_loc, Expr* value,
                               const Loc& l) {
  if (!a) a = arena_.make<CallArgs>();
  if (a->seen_bare_genexp) {
    drv_.error_at(a->genexp_loc, "Generator expression must be parenthesized");
    return nullptr;
  }
  // `name` runs to the '=' for the errors below: CPython marks `a=`.
  Loc upto_eq{name->line, name->col, name_loc.end_line, name_loc.end_col};
  int eq_tok = drv_.token_after(name_loc);
  if (eq_tok >= 0) {
    upto_eq.end_line = drv_.token(eq_tok).end_line;
    upto_eq.end_col = drv_.token(eq_tok).end_col;
  }
  if (name->kind == ExprKind::Constant &&
      (name->as<Constant>()->value_kind == ConstantKind::True ||
       name->as<Constant>()->value_kind == ConstantKind::False ||
       name->as<Constant>()->value_kind == ConstantKind::None) &&
      name->col == name_loc.col && name->line == name_loc.line) {
    drv_.error_at(upto_eq, std::string("cannot assign to ") + expr_name(name));
    return nullptr;
  }
  if (name->kind != ExprKind::Name || name->col != name_loc.col || name->line != name_loc.line) {
    drv_.error_at(upto_eq, "expression cannot contain assignment, perhaps you meant \"==\"?");
    return nullptr;
  }
  auto* k = at(arena_.make<Keyword>(), l);
  k->arg = name->as<Name>()->id;
  k->value = value;
  a->keywords = push(a->keywords, k);
  a->last = k->value;
  a->seen_keyword = true;
  a->count++;
  return a;
}

}  // namespace coil::parser
