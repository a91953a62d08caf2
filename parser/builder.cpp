// Node construction for expressions and statements, and the expression depth limit.
// Checks that need whole subtrees (targets, parameters, arguments) live in their own files.
#include "parser/builder.h"

#include <algorithm>

#include "lexer/utf8.h"
#include "parser/driver.h"

namespace coil::parser {

using namespace coil::ast;

// An identifier's text: a view into the arena's copy of the source, or for the rare non-ASCII
// name that NFKC changes (fullwidth letters, MICRO SIGN, ...) an arena copy of the normal form.
std::string_view Builder::tok_text(int tok) {
  std::string_view text = drv_.token_text(tok);
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      std::string normal;
      if (lexer::normalize_identifier(text, normal)) return arena_.copy_string(normal);
      break;
    }
  }
  return text;
}

namespace {

int depth_of(const Expr* e) { return e ? e->depth : 0; }

template <class F>
void for_each_child(const Expr* e, F&& f) {
  switch (e->kind) {
    case ExprKind::BoolOp: for (Expr* v : e->as<BoolOp>()->values) f(v); break;
    case ExprKind::NamedExpr: f(e->as<NamedExpr>()->target); f(e->as<NamedExpr>()->value); break;
    case ExprKind::BinOp: f(e->as<BinOp>()->left); f(e->as<BinOp>()->right); break;
    case ExprKind::UnaryOp: f(e->as<UnaryOp>()->operand); break;
    case ExprKind::Lambda: {
      auto* l = e->as<Lambda>();
      f(l->body);
      for (Expr* d : l->args->defaults) f(d);
      for (Expr* d : l->args->kw_defaults) f(d);
      break;
    }
    case ExprKind::IfExp: {
      auto* i = e->as<IfExp>();
      f(i->test); f(i->body); f(i->orelse);
      break;
    }
    case ExprKind::Dict:
      for (Expr* k : e->as<Dict>()->keys) f(k);
      for (Expr* v : e->as<Dict>()->values) f(v);
      break;
    case ExprKind::Set: for (Expr* v : e->as<Set>()->elts) f(v); break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::DictComp: {
      Span<Comprehension*> gens;
      if (e->kind == ExprKind::ListComp) { f(e->as<ListComp>()->elt); gens = e->as<ListComp>()->generators; }
      else if (e->kind == ExprKind::SetComp) { f(e->as<SetComp>()->elt); gens = e->as<SetComp>()->generators; }
      else if (e->kind == ExprKind::GeneratorExp) { f(e->as<GeneratorExp>()->elt); gens = e->as<GeneratorExp>()->generators; }
      else { f(e->as<DictComp>()->key); f(e->as<DictComp>()->value); gens = e->as<DictComp>()->generators; }
      for (Comprehension* c : gens) {
        f(c->target); f(c->iter);
        for (Expr* i : c->ifs) f(i);
      }
      break;
    }
    case ExprKind::Await: f(e->as<Await>()->value); break;
    case ExprKind::Yield: f(e->as<Yield>()->value); break;
    case ExprKind::YieldFrom: f(e->as<YieldFrom>()->value); break;
    case ExprKind::Compare:
      f(e->as<Compare>()->left);
      for (Expr* c : e->as<Compare>()->comparators) f(c);
      break;
    case ExprKind::Call:
      f(e->as<Call>()->func);
      for (Expr* a : e->as<Call>()->args) f(a);
      for (Keyword* k : e->as<Call>()->keywords) f(k->value);
      break;
    case ExprKind::FormattedValue: f(e->as<FormattedValue>()->value); f(e->as<FormattedValue>()->format_spec); break;
    case ExprKind::JoinedStr: for (Expr* v : e->as<JoinedStr>()->values) f(v); break;
    case ExprKind::Constant: break;
    case ExprKind::Attribute: f(e->as<Attribute>()->value); break;
    case ExprKind::Subscript: f(e->as<Subscript>()->value); f(e->as<Subscript>()->slice); break;
    case ExprKind::Starred: f(e->as<Starred>()->value); break;
    case ExprKind::Name: break;
    case ExprKind::List: for (Expr* v : e->as<List>()->elts) f(v); break;
    case ExprKind::Tuple: for (Expr* v : e->as<Tuple>()->elts) f(v); break;
    case ExprKind::Slice: {
      auto* s = e->as<Slice>();
      f(s->lower); f(s->upper); f(s->step);
      break;
    }
  }
}

}  // namespace

Expr* Builder::fin(Expr* e) {
  int d = 0;
  for_each_child(e, [&](const Expr* c) { d = std::max(d, depth_of(c)); });
  if (d + 1 > kMaxExprDepth) {
    drv_.error_without_location("RecursionError",
                                "maximum recursion depth exceeded during compilation");
    return nullptr;
  }
  e->depth = static_cast<uint16_t>(d + 1);
  return e;
}

namespace {
int max_depth(Span<Stmt*> body, int d) {
  for (const Stmt* s : body) d = std::max(d, static_cast<int>(s->depth));
  return d;
}
}  // namespace

Stmt* Builder::sfin(Stmt* s) {
  int d = 0;
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: d = max_depth(s->as<FunctionDef>()->body, d); break;
    case StmtKind::ClassDef: d = max_depth(s->as<ClassDef>()->body, d); break;
    case StmtKind::For:
    case StmtKind::AsyncFor:
      d = max_depth(s->as<For>()->body, max_depth(s->as<For>()->orelse, d));
      break;
    case StmtKind::While:
      d = max_depth(s->as<While>()->body, max_depth(s->as<While>()->orelse, d));
      break;
    case StmtKind::If: d = max_depth(s->as<If>()->body, max_depth(s->as<If>()->orelse, d)); break;
    case StmtKind::With:
    case StmtKind::AsyncWith: d = max_depth(s->as<With>()->body, d); break;
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* t = s->as<Try>();
      d = max_depth(t->body, max_depth(t->orelse, max_depth(t->finalbody, d)));
      for (const ExceptHandler* h : t->handlers) d = max_depth(h->body, d);
      break;
    }
    default: break;
  }
  if (d + 1 > kMaxStmtDepth) {
    drv_.error_without_location("RecursionError",
                                "maximum recursion depth exceeded during compilation");
    return nullptr;
  }
  s->depth = static_cast<uint16_t>(d + 1);
  return s;
}

// ---------------------------------------------------------------- expressions

Expr* Builder::name(int tok, const Loc& l) {
  auto* n = at(arena_.make<Name>(), l);
  n->id = tok_text(tok);
  return n;
}

Expr* Builder::constant(ConstantKind k, const Loc& l) {
  auto* c = at(arena_.make<Constant>(), l);
  c->value_kind = k;
  return c;
}

Expr* Builder::constant_str(std::string_view utf8, const Loc& l) {
  auto* c = at(arena_.make<Constant>(), l);
  c->value_kind = ConstantKind::Str;
  c->text = arena_.copy_string(utf8);
  return c;
}

Expr* Builder::constant_bytes(std::string_view bytes, const Loc& l) {
  auto* c = at(arena_.make<Constant>(), l);
  c->value_kind = ConstantKind::Bytes;
  c->text = arena_.copy_string(bytes);
  return c;
}

Expr* Builder::joined_str(ExprSeq values, const Loc& l) {
  auto* j = at(arena_.make<JoinedStr>(), l);
  j->values = span(values);
  return fin(j);
}

Expr* Builder::formatted_value(Expr* value, int conversion, Expr* spec, const Loc& l) {
  auto* f = at(arena_.make<FormattedValue>(), l);
  f->value = value;
  f->conversion = conversion;
  f->format_spec = spec;
  return fin(f);
}

Expr* Builder::tuple(ExprSeq elts, ExprContext ctx, const Loc& l) {
  auto* t = at(arena_.make<Tuple>(), l);
  t->elts = span(elts);
  t->ctx = ctx;
  return fin(t);
}

Expr* Builder::list(ExprSeq elts, const Loc& l) {
  auto* t = at(arena_.make<List>(), l);
  t->elts = span(elts);
  return fin(t);
}

Expr* Builder::set(ExprSeq elts, const Loc& l) {
  auto* t = at(arena_.make<Set>(), l);
  t->elts = span(elts);
  return fin(t);
}

Expr* Builder::dict(DictSeq items, const Loc& l) {
  auto* d = at(arena_.make<Dict>(), l);
  ExprSeq keys{}, values{};
  for (auto* c = items.head; c; c = c->next) {
    keys = push(keys, c->value.key);
    values = push(values, c->value.value);
  }
  d->keys = span(keys);
  d->values = span(values);
  return fin(d);
}

// `( x )` is x itself, as in CPython; a bare starred expression cannot be parenthesized.
Expr* Builder::group(Expr* inner, const Loc& l) {
  if (inner->kind == ExprKind::Starred) {
    drv_.error_at(Loc{inner->line, inner->col, inner->end_line, inner->end_col},
                  "cannot use starred expression here");
    return nullptr;
  }
  return inner;
}

Expr* Builder::starred(Expr* value, const Loc& l) {
  auto* s = at(arena_.make<Starred>(), l);
  s->value = value;
  return fin(s);
}

Expr* Builder::named_expr(Expr* target, Expr* value, const Loc& l) {
  if (target->kind != ExprKind::Name) {
    drv_.error_at(Loc{target->line, target->col, target->end_line, target->end_col},
                  std::string("cannot use assignment expressions with ") + expr_name(target));
    return nullptr;
  }
  target->as<Name>()->ctx = ExprContext::Store;
  auto* n = at(arena_.make<NamedExpr>(), l);
  n->target = target;
  n->value = value;
  return fin(n);
}

Expr* Builder::if_exp(Expr* test, Expr* body, Expr* orelse, const Loc& l) {
  auto* e = at(arena_.make<IfExp>(), l);
  e->test = test;
  e->body = body;
  e->orelse = orelse;
  return fin(e);
}

Expr* Builder::yield(Expr* value, const Loc& l) {
  auto* y = at(arena_.make<Yield>(), l);
  y->value = value;
  return fin(y);
}

Expr* Builder::yield_from(Expr* value, const Loc& l) {
  auto* y = at(arena_.make<YieldFrom>(), l);
  y->value = value;
  return fin(y);
}

Expr* Builder::await(Expr* value, const Loc& l) {
  auto* a = at(arena_.make<Await>(), l);
  a->value = value;
  return fin(a);
}

Expr* Builder::lambda(ParamSeq params, Expr* body, const Loc& l) {
  Arguments* args = arguments(params, true);
  if (!args) return nullptr;
  auto* lam = at(arena_.make<Lambda>(), l);
  lam->args = args;
  lam->body = body;
  return fin(lam);
}

Expr* Builder::bool_op(BoolOperator op, ExprSeq values, const Loc& l) {
  auto* b = at(arena_.make<BoolOp>(), l);
  b->op = op;
  b->values = span(values);
  return fin(b);
}

Expr* Builder::bool_chain(BoolOperator op, Expr* left, const Loc& left_loc, Expr* right,
                          const Loc& l) {
  bool extend = left->kind == ExprKind::BoolOp && left->as<BoolOp>()->op == op &&
                left->line == left_loc.line && left->col == left_loc.col;
  if (!extend) {
    auto* b = at(arena_.make<BoolOp>(), l);
    b->op = op;
    Expr** values = static_cast<Expr**>(arena_.allocate(sizeof(Expr*) * 4, alignof(Expr*)));
    values[0] = left;
    values[1] = right;
    b->values.data_ = values;
    b->values.size_ = 2;
    growing_ = b;
    growing_capacity_ = 4;
    return fin(b);
  }
  auto* b = left->as<BoolOp>();
  uint32_t n = b->values.size_;
  if (b != growing_ || n == growing_capacity_) {
    uint32_t cap = b == growing_ ? growing_capacity_ * 2 : n * 2;
    Expr** values = static_cast<Expr**>(arena_.allocate(sizeof(Expr*) * cap, alignof(Expr*)));
    std::copy(b->values.data_, b->values.data_ + n, values);
    b->values.data_ = values;
    growing_ = b;
    growing_capacity_ = cap;
  }
  b->values.data_[n] = right;
  b->values.size_ = n + 1;
  b->end_line = l.end_line;
  b->end_col = l.end_col;
  if (right->depth + 1 > b->depth) {
    if (right->depth + 1 > kMaxExprDepth) {
      drv_.error_without_location("RecursionError",
                                  "maximum recursion depth exceeded during compilation");
      return nullptr;
    }
    b->depth = static_cast<uint16_t>(right->depth + 1);
  }
  return b;
}

Expr* Builder::unary(UnaryOperator op, Expr* operand, const Loc& l) {
  auto* u = at(arena_.make<UnaryOp>(), l);
  u->op = op;
  u->operand = operand;
  return fin(u);
}

Expr* Builder::binop(Expr* left, Operator op, Expr* right, const Loc& l) {
  auto* b = at(arena_.make<BinOp>(), l);
  b->left = left;
  b->op = op;
  b->right = right;
  return fin(b);
}

Expr* Builder::compare(Expr* left, CmpSeq chain, const Loc& l) {
  auto* c = at(arena_.make<Compare>(), l);
  c->left = left;
  Seq<CmpOp> ops{};
  ExprSeq rights{};
  for (auto* cell = chain.head; cell; cell = cell->next) {
    ops = push(ops, cell->value.op);
    rights = push(rights, cell->value.right);
  }
  c->ops = span(ops);
  c->comparators = span(rights);
  return fin(c);
}

Expr* Builder::attribute(Expr* value, int name_tok, const Loc& l) {
  auto* a = at(arena_.make<Attribute>(), l);
  a->value = value;
  a->attr = tok_text(name_tok);
  return fin(a);
}

Expr* Builder::call(Expr* func, const CallArgs* args, const Loc& lpar, const Loc& l) {
  auto* c = at(arena_.make<Call>(), l);
  c->func = func;
  if (!args) return fin(c);
  c->args = span(args->args);
  c->keywords = span(args->keywords);
  // A lone generator argument spans the call's parentheses, as in CPython.
  if (args->seen_bare_genexp && c->args.size() == 1 && c->keywords.empty()) {
    Expr* g = c->args[0];
    g->line = lpar.line;
    g->col = lpar.col;
    g->end_line = l.end_line;
    g->end_col = l.end_col;
  }
  return fin(c);
}

Expr* Builder::subscript(Expr* value, Expr* slice, const Loc& l) {
  auto* s = at(arena_.make<Subscript>(), l);
  s->value = value;
  s->slice = slice;
  return fin(s);
}

Expr* Builder::slice(Expr* lower, Expr* upper, Expr* step, const Loc& l) {
  auto* s = at(arena_.make<Slice>(), l);
  s->lower = lower;
  s->upper = upper;
  s->step = step;
  return fin(s);
}

bool Builder::check_comprehension_elt(const Expr* elt) {
  if (elt->kind != ExprKind::Starred) return true;
  drv_.error_at(Loc{elt->line, elt->col, elt->end_line, elt->end_col},
                "iterable unpacking cannot be used in comprehension");
  return false;
}

Expr* Builder::genexp(Expr* elt, CompSeq gens, const Loc& l) {
  if (!check_comprehension_elt(elt)) return nullptr;
  auto* g = at(arena_.make<GeneratorExp>(), l);
  g->elt = elt;
  g->generators = span(gens);
  return fin(g);
}

Expr* Builder::listcomp(Expr* elt, CompSeq gens, const Loc& l) {
  if (!check_comprehension_elt(elt)) return nullptr;
  auto* g = at(arena_.make<ListComp>(), l);
  g->elt = elt;
  g->generators = span(gens);
  return fin(g);
}

Expr* Builder::setcomp(Expr* elt, CompSeq gens, const Loc& l) {
  if (!check_comprehension_elt(elt)) return nullptr;
  auto* g = at(arena_.make<SetComp>(), l);
  g->elt = elt;
  g->generators = span(gens);
  return fin(g);
}

Expr* Builder::dictcomp(Expr* key, Expr* value, CompSeq gens, const Loc& l) {
  auto* g = at(arena_.make<DictComp>(), l);
  g->key = key;
  g->value = value;
  g->generators = span(gens);
  return fin(g);
}

Comprehension* Builder::comprehension(bool is_async, Expr* target, const Loc& tloc, Expr* iter,
                                      ExprSeq ifs, const Loc& l) {
  if (!set_context(target, ExprContext::Store, TargetKind::For)) return nullptr;
  auto* c = arena_.make<Comprehension>();
  c->target = target;
  c->iter = iter;
  c->ifs = span(ifs);
  c->is_async = is_async;
  return c;
}

// ---------------------------------------------------------------- statements

Stmt* Builder::expr_stmt(Expr* e, const Loc& eloc, const Loc& l) {
  auto* s = at(arena_.make<ExprStmt>(), l);
  s->value = e;
  return s;
}

Stmt* Builder::return_stmt(Expr* value, const Loc& l) {
  auto* s = at(arena_.make<Return>(), l);
  s->value = value;
  return s;
}

Stmt* Builder::raise_stmt(Expr* exc, Expr* cause, const Loc& l) {
  auto* s = at(arena_.make<Raise>(), l);
  s->exc = exc;
  s->cause = cause;
  return s;
}

Stmt* Builder::del_stmt(ExprSeq targets, const Loc& l) {
  for (auto* c = targets.head; c; c = c->next)
    if (!set_context(c->value, ExprContext::Del, TargetKind::Del)) return nullptr;
  auto* s = at(arena_.make<Delete>(), l);
  s->targets = span(targets);
  return s;
}

Stmt* Builder::assert_stmt(Expr* test, Expr* msg, const Loc& l) {
  auto* s = at(arena_.make<Assert>(), l);
  s->test = test;
  s->msg = msg;
  return s;
}

NameSeq Builder::name_seq(NameSeq s, int name_tok) {
  return push(s, tok_text(name_tok));
}

Stmt* Builder::global_stmt(NameSeq names, bool nonlocal, const Loc& l) {
  if (nonlocal) {
    auto* s = at(arena_.make<Nonlocal>(), l);
    s->names = span(names);
    return s;
  }
  auto* s = at(arena_.make<Global>(), l);
  s->names = span(names);
  return s;
}

NameSeq Builder::dotted(NameSeq d, int name_tok) { return push(d, tok_text(name_tok)); }

namespace {
std::string_view join_dotted(Arena& arena, const NameSeq& d) {
  if (d.single()) return d.first();  // token texts live in the arena
  size_t n = 0;
  for (auto* c = d.head; c; c = c->next) n += c->value.size() + 1;
  char* p = static_cast<char*>(arena.allocate(n, 1));
  size_t k = 0;
  for (auto* c = d.head; c; c = c->next) {
    if (k) p[k++] = '.';
    std::copy(c->value.begin(), c->value.end(), p + k);
    k += c->value.size();
  }
  return std::string_view(p, k);
}
}  // namespace

Alias* Builder::alias(NameSeq name, int as_tok, const Loc& l) {
  auto* a = at(arena_.make<Alias>(), l);
  a->name = join_dotted(arena_, name);
  if (as_tok >= 0) a->asname = tok_text(as_tok);
  return a;
}

Alias* Builder::star_alias(const Loc& l) {
  auto* a = at(arena_.make<Alias>(), l);
  a->name = "*";
  return a;
}

Stmt* Builder::import_stmt(AliasSeq names, const Loc& l) {
  auto* s = at(arena_.make<Import>(), l);
  s->names = span(names);
  return s;
}

Stmt* Builder::import_from(int level, NameSeq module, AliasSeq names, const Loc& l) {
  auto* s = at(arena_.make<ImportFrom>(), l);
  if (!module.empty()) s->module = join_dotted(arena_, module);
  s->names = span(names);
  s->level = level;
  return s;
}

Stmt* Builder::decorate(Stmt* def, ExprSeq decorators) {
  if (def->kind == StmtKind::ClassDef) def->as<ClassDef>()->decorator_list = span(decorators);
  else def->as<FunctionDef>()->decorator_list = span(decorators);
  return def;
}

Stmt* Builder::function_def(bool is_async, int name_tok, ParamSeq params, Expr* returns,
                            StmtSeq body, const Loc& l) {
  Arguments* args = arguments(params, false);
  if (!args) return nullptr;
  auto* f = at(arena_.make<FunctionDef>(is_async), l);
  f->name = tok_text(name_tok);
  f->args = args;
  f->body = span(body);
  f->returns = returns;
  return sfin(f);
}

Stmt* Builder::class_def(int name_tok, const CallArgs* args, StmtSeq body, const Loc& l) {
  if (args && args->seen_bare_genexp) {
    drv_.error_at(args->genexp_for_loc, "invalid syntax");
    return nullptr;
  }
  auto* c = at(arena_.make<ClassDef>(), l);
  c->name = tok_text(name_tok);
  if (args) {
    c->bases = span(args->args);
    c->keywords = span(args->keywords);
  }
  c->body = span(body);
  return sfin(c);
}

Stmt* Builder::if_stmt(Expr* test, StmtSeq body, StmtSeq orelse, const Loc& l) {
  auto* s = at(arena_.make<If>(), l);
  s->test = test;
  s->body = span(body);
  s->orelse = span(orelse);
  return sfin(s);
}

Stmt* Builder::while_stmt(Expr* test, StmtSeq body, StmtSeq orelse, const Loc& l) {
  auto* s = at(arena_.make<While>(), l);
  s->test = test;
  s->body = span(body);
  s->orelse = span(orelse);
  return sfin(s);
}

Stmt* Builder::for_stmt(bool is_async, Expr* target, const Loc& tloc, Expr* iter, StmtSeq body,
                        StmtSeq orelse, const Loc& l) {
  if (!set_context(target, ExprContext::Store, TargetKind::For)) return nullptr;
  auto* s = at(arena_.make<For>(is_async), l);
  s->target = target;
  s->iter = iter;
  s->body = span(body);
  s->orelse = span(orelse);
  return sfin(s);
}

Stmt* Builder::with_stmt(bool is_async, WithItemSeq items, StmtSeq body, const Loc& l) {
  auto* s = at(arena_.make<With>(is_async), l);
  s->items = span(items);
  s->body = span(body);
  return sfin(s);
}

WithItem* Builder::with_item(Expr* context, Expr* target, const Loc& l) {
  if (target && !set_context(target, ExprContext::Store, TargetKind::Star)) return nullptr;
  auto* w = arena_.make<WithItem>();
  w->context_expr = context;
  w->optional_vars = target;
  return w;
}

Stmt* Builder::try_stmt(StmtSeq body, HandlerSeq handlers, StmtSeq orelse, StmtSeq finalbody,
                        bool finally_only, const Loc& l) {
  for (auto* c = handlers.head; c && c->next; c = c->next)
    if (!c->value->type) {
      const ExceptHandler* h = c->value;
      drv_.deferred_error_at(Loc{h->line, h->col, h->end_line, h->end_col},
                             "default 'except:' must be last");
      break;
    }
  auto* t = at(arena_.make<Try>(false), l);
  t->body = span(body);
  t->handlers = span(handlers);
  t->orelse = span(orelse);
  t->finalbody = span(finalbody);
  return sfin(t);
}

Stmt* Builder::try_star_stmt(StmtSeq body, HandlerSeq handlers, StmtSeq orelse,
                             StmtSeq finalbody, const Loc& l) {
  auto* t = at(arena_.make<Try>(true), l);
  t->body = span(body);
  t->handlers = span(handlers);
  t->orelse = span(orelse);
  t->finalbody = span(finalbody);
  return sfin(t);
}

ExceptHandler* Builder::handler(Expr* type, int name_tok, StmtSeq body, const Loc& l) {
  auto* h = at(arena_.make<ExceptHandler>(), l);
  h->type = type;
  if (name_tok >= 0) h->name = tok_text(name_tok);
  h->body = span(body);
  return h;
}

}  // namespace coil::parser
