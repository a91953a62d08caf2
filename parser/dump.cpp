// AST dump in exactly the format of CPython's ast.dump() (optionally with include_attributes),
// so unit tests can take their expected text from python3 itself.
#include <string>

#include "parser/parse.h"
#include "parser/py_repr.h"

namespace coil::parser {

using namespace coil::ast;

namespace {

class Dumper {
 public:
  explicit Dumper(bool locations) : locations_(locations) {}
  std::string out;

  void module(const Module& m) {
    if (m.is_expression) {
      out += "Expression(body=";
      expr(m.body[0]->as<ExprStmt>()->value);
      out += ")";
      return;
    }
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

  void stmts(Span<Stmt*> ss) {
    out += "[";
    for (size_t i = 0; i < ss.size(); i++) {
      if (i) out += ", ";
      stmt(ss[i]);
    }
    out += "]";
  }
  void exprs(Span<Expr*> es) {
    out += "[";
    for (size_t i = 0; i < es.size(); i++) {
      if (i) out += ", ";
      if (es[i]) expr(es[i]);
      else out += "None";
    }
    out += "]";
  }
  template <class T, class F>
  void list(Span<T> xs, F&& f) {
    out += "[";
    for (size_t i = 0; i < xs.size(); i++) {
      if (i) out += ", ";
      f(xs[i]);
    }
    out += "]";
  }
  void names(Span<std::string_view> ns) {
    list(ns, [&](std::string_view n) { out += repr_str(n); });
  }
  // `, field=<expr>` unless null (CPython omits None optional fields).
  void opt(const char* field, const Expr* e) {
    if (!e) return;
    out += ", ";
    out += field;
    out += "=";
    expr(e);
  }
  void attrs(const Node* n) {
    if (!locations_) return;
    out += ", lineno=" + std::to_string(n->line) + ", col_offset=" + std::to_string(n->col) +
           ", end_lineno=" + std::to_string(n->end_line) +
           ", end_col_offset=" + std::to_string(n->end_col);
  }
  void ctx(ExprContext c) {
    out += c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
  }

  void arg(const Arg* a) {
    out += "arg(arg=" + repr_str(a->name);
    opt("annotation", a->annotation);
    attrs(a);
    out += ")";
  }
  void arguments(const Arguments* a) {
    out += "arguments(posonlyargs=";
    list(a->posonlyargs, [&](Arg* x) { arg(x); });
    out += ", args=";
    list(a->args, [&](Arg* x) { arg(x); });
    if (a->vararg) {
      out += ", vararg=";
      arg(a->vararg);
    }
    out += ", kwonlyargs=";
    list(a->kwonlyargs, [&](Arg* x) { arg(x); });
    out += ", kw_defaults=";
    exprs(a->kw_defaults);
    if (a->kwarg) {
      out += ", kwarg=";
      arg(a->kwarg);
    }
    out += ", defaults=";
    exprs(a->defaults);
    out += ")";
  }
  void keyword(const Keyword* k) {
    out += "keyword(";
    if (!k->arg.empty()) out += "arg=" + repr_str(k->arg) + ", ";
    out += "value=";
    expr(k->value);
    attrs(k);
    out += ")";
  }
  void alias(const Alias* a) {
    out += "alias(name=" + repr_str(a->name);
    if (!a->asname.empty()) out += ", asname=" + repr_str(a->asname);
    attrs(a);
    out += ")";
  }
  void comprehension(const Comprehension* c) {
    out += "comprehension(target=";
    expr(c->target);
    out += ", iter=";
    expr(c->iter);
    out += ", ifs=";
    exprs(c->ifs);
    out += c->is_async ? ", is_async=1)" : ", is_async=0)";
  }
  void generators(Span<Comprehension*> gs) {
    list(gs, [&](Comprehension* c) { comprehension(c); });
  }

  void constant(const Constant* c) {
    out += "Constant(value=";
    switch (c->value_kind) {
      case ConstantKind::None: out += "None"; break;
      case ConstantKind::True: out += "True"; break;
      case ConstantKind::False: out += "False"; break;
      case ConstantKind::Ellipsis: out += "Ellipsis"; break;
      case ConstantKind::Int: out += int_to_decimal(c->text, c->base); break;
      case ConstantKind::Float: out += repr_float(c->number); break;
      case ConstantKind::Complex: out += repr_float(c->number) + "j"; break;
      case ConstantKind::Str: out += repr_str(c->text); break;
      case ConstantKind::Bytes: out += repr_bytes(c->text); break;
    }
    if (c->u_prefix) out += ", kind='u'";
  }

  void expr(const Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* b = e->as<BoolOp>();
        out += b->op == BoolOperator::And ? "BoolOp(op=And(), values=" : "BoolOp(op=Or(), values=";
        exprs(b->values);
        break;
      }
      case ExprKind::NamedExpr:
        out += "NamedExpr(target=";
        expr(e->as<NamedExpr>()->target);
        out += ", value=";
        expr(e->as<NamedExpr>()->value);
        break;
      case ExprKind::BinOp: {
        auto* b = e->as<BinOp>();
        out += "BinOp(left=";
        expr(b->left);
        out += std::string(", op=") + operator_name(b->op) + "(), right=";
        expr(b->right);
        break;
      }
      case ExprKind::UnaryOp:
        out += std::string("UnaryOp(op=") + unary_operator_name(e->as<UnaryOp>()->op) +
               "(), operand=";
        expr(e->as<UnaryOp>()->operand);
        break;
      case ExprKind::Lambda:
        out += "Lambda(args=";
        arguments(e->as<Lambda>()->args);
        out += ", body=";
        expr(e->as<Lambda>()->body);
        break;
      case ExprKind::IfExp:
        out += "IfExp(test=";
        expr(e->as<IfExp>()->test);
        out += ", body=";
        expr(e->as<IfExp>()->body);
        out += ", orelse=";
        expr(e->as<IfExp>()->orelse);
        break;
      case ExprKind::Dict:
        out += "Dict(keys=";
        exprs(e->as<Dict>()->keys);
        out += ", values=";
        exprs(e->as<Dict>()->values);
        break;
      case ExprKind::Set:
        out += "Set(elts=";
        exprs(e->as<Set>()->elts);
        break;
      case ExprKind::ListComp:
        out += "ListComp(elt=";
        expr(e->as<ListComp>()->elt);
        out += ", generators=";
        generators(e->as<ListComp>()->generators);
        break;
      case ExprKind::SetComp:
        out += "SetComp(elt=";
        expr(e->as<SetComp>()->elt);
        out += ", generators=";
        generators(e->as<SetComp>()->generators);
        break;
      case ExprKind::DictComp:
        out += "DictComp(key=";
        expr(e->as<DictComp>()->key);
        out += ", value=";
        expr(e->as<DictComp>()->value);
        out += ", generators=";
        generators(e->as<DictComp>()->generators);
        break;
      case ExprKind::GeneratorExp:
        out += "GeneratorExp(elt=";
        expr(e->as<GeneratorExp>()->elt);
        out += ", generators=";
        generators(e->as<GeneratorExp>()->generators);
        break;
      case ExprKind::Await:
        out += "Await(value=";
        expr(e->as<Await>()->value);
        break;
      case ExprKind::Yield:
        out += "Yield(";
        if (e->as<Yield>()->value) {
          out += "value=";
          expr(e->as<Yield>()->value);
          if (locations_) out += ", ";
        }
        if (locations_) {
          std::string saved;
          saved.swap(out);
          attrs(e);
          out = saved + out.substr(2);
          out += ")";
          return;
        }
        break;
      case ExprKind::YieldFrom:
        out += "YieldFrom(value=";
        expr(e->as<YieldFrom>()->value);
        break;
      case ExprKind::Compare: {
        auto* c = e->as<Compare>();
        out += "Compare(left=";
        expr(c->left);
        out += ", ops=";
        list(c->ops, [&](CmpOp op) { out += std::string(cmpop_name(op)) + "()"; });
        out += ", comparators=";
        exprs(c->comparators);
        break;
      }
      case ExprKind::Call:
        out += "Call(func=";
        expr(e->as<Call>()->func);
        out += ", args=";
        exprs(e->as<Call>()->args);
        out += ", keywords=";
        list(e->as<Call>()->keywords, [&](Keyword* k) { keyword(k); });
        break;
      case ExprKind::FormattedValue: {
        auto* f = e->as<FormattedValue>();
        out += "FormattedValue(value=";
        expr(f->value);
        out += ", conversion=" + std::to_string(f->conversion);
        opt("format_spec", f->format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        out += "JoinedStr(values=";
        exprs(e->as<JoinedStr>()->values);
        break;
      case ExprKind::Constant:
        constant(e->as<Constant>());
        break;
      case ExprKind::Attribute:
        out += "Attribute(value=";
        expr(e->as<Attribute>()->value);
        out += ", attr=" + repr_str(e->as<Attribute>()->attr) + ", ctx=";
        ctx(e->as<Attribute>()->ctx);
        break;
      case ExprKind::Subscript:
        out += "Subscript(value=";
        expr(e->as<Subscript>()->value);
        out += ", slice=";
        expr(e->as<Subscript>()->slice);
        out += ", ctx=";
        ctx(e->as<Subscript>()->ctx);
        break;
      case ExprKind::Starred:
        out += "Starred(value=";
        expr(e->as<Starred>()->value);
        out += ", ctx=";
        ctx(e->as<Starred>()->ctx);
        break;
      case ExprKind::Name:
        out += "Name(id=" + repr_str(e->as<Name>()->id) + ", ctx=";
        ctx(e->as<Name>()->ctx);
        break;
      case ExprKind::List:
        out += "List(elts=";
        exprs(e->as<List>()->elts);
        out += ", ctx=";
        ctx(e->as<List>()->ctx);
        break;
      case ExprKind::Tuple:
        out += "Tuple(elts=";
        exprs(e->as<Tuple>()->elts);
        out += ", ctx=";
        ctx(e->as<Tuple>()->ctx);
        break;
      case ExprKind::Slice: {
        auto* s = e->as<Slice>();
        out += "Slice(";
        size_t mark = out.size();
        opt("lower", s->lower);
        opt("upper", s->upper);
        opt("step", s->step);
        if (out.size() > mark) out.erase(mark, 2);  // drop the first ", "
        if (locations_) {
          std::string saved;
          saved.swap(out);
          attrs(e);
          out = saved + (saved.back() == '(' ? out.substr(2) : out);
          out += ")";
          return;
        }
        break;
      }
    }
    attrs(e);
    out += ")";
  }

  void handler(const ExceptHandler* h) {
    out += "ExceptHandler(";
    size_t mark = out.size();
    opt("type", h->type);
    if (!h->name.empty()) out += ", name=" + repr_str(h->name);
    out += ", body=";
    stmts(h->body);
    out.erase(mark, 2);
    attrs(h);
    out += ")";
  }

  void stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* f = s->as<FunctionDef>();
        out += f->is_async() ? "AsyncFunctionDef(name=" : "FunctionDef(name=";
        out += repr_str(f->name) + ", args=";
        arguments(f->args);
        out += ", body=";
        stmts(f->body);
        out += ", decorator_list=";
        exprs(f->decorator_list);
        opt("returns", f->returns);
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = s->as<ClassDef>();
        out += "ClassDef(name=" + repr_str(c->name) + ", bases=";
        exprs(c->bases);
        out += ", keywords=";
        list(c->keywords, [&](Keyword* k) { keyword(k); });
        out += ", body=";
        stmts(c->body);
        out += ", decorator_list=";
        exprs(c->decorator_list);
        break;
      }
      case StmtKind::Return:
        out += "Return(";
        if (s->as<Return>()->value) {
          out += "value=";
          expr(s->as<Return>()->value);
        }
        if (locations_) {
          if (!s->as<Return>()->value) {
            std::string saved;
            saved.swap(out);
            attrs(s);
            out = saved + out.substr(2) + ")";
            return;
          }
        }
        break;
      case StmtKind::Delete:
        out += "Delete(targets=";
        exprs(s->as<Delete>()->targets);
        break;
      case StmtKind::Assign:
        out += "Assign(targets=";
        exprs(s->as<Assign>()->targets);
        out += ", value=";
        expr(s->as<Assign>()->value);
        break;
      case StmtKind::AugAssign: {
        auto* a = s->as<AugAssign>();
        out += "AugAssign(target=";
        expr(a->target);
        out += std::string(", op=") + operator_name(a->op) + "(), value=";
        expr(a->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        out += "AnnAssign(target=";
        expr(a->target);
        out += ", annotation=";
        expr(a->annotation);
        opt("value", a->value);
        out += a->simple ? ", simple=1" : ", simple=0";
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = s->as<For>();
        out += f->is_async() ? "AsyncFor(target=" : "For(target=";
        expr(f->target);
        out += ", iter=";
        expr(f->iter);
        out += ", body=";
        stmts(f->body);
        out += ", orelse=";
        stmts(f->orelse);
        break;
      }
      case StmtKind::While:
        out += "While(test=";
        expr(s->as<While>()->test);
        out += ", body=";
        stmts(s->as<While>()->body);
        out += ", orelse=";
        stmts(s->as<While>()->orelse);
        break;
      case StmtKind::If:
        out += "If(test=";
        expr(s->as<If>()->test);
        out += ", body=";
        stmts(s->as<If>()->body);
        out += ", orelse=";
        stmts(s->as<If>()->orelse);
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* w = s->as<With>();
        out += w->is_async() ? "AsyncWith(items=" : "With(items=";
        list(w->items, [&](WithItem* it) {
          out += "withitem(context_expr=";
          expr(it->context_expr);
          opt("optional_vars", it->optional_vars);
          out += ")";
        });
        out += ", body=";
        stmts(w->body);
        break;
      }
      case StmtKind::Raise: {
        auto* r = s->as<Raise>();
        out += "Raise(";
        size_t mark = out.size();
        opt("exc", r->exc);
        opt("cause", r->cause);
        if (out.size() > mark) out.erase(mark, 2);
        if (locations_) {
          std::string saved;
          saved.swap(out);
          attrs(s);
          out = saved + (saved.back() == '(' ? out.substr(2) : out) + ")";
          return;
        }
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = s->as<Try>();
        out += t->is_star() ? "TryStar(body=" : "Try(body=";
        stmts(t->body);
        out += ", handlers=";
        list(t->handlers, [&](ExceptHandler* h) { handler(h); });
        out += ", orelse=";
        stmts(t->orelse);
        out += ", finalbody=";
        stmts(t->finalbody);
        break;
      }
      case StmtKind::Assert:
        out += "Assert(test=";
        expr(s->as<Assert>()->test);
        opt("msg", s->as<Assert>()->msg);
        break;
      case StmtKind::Import:
        out += "Import(names=";
        list(s->as<Import>()->names, [&](Alias* a) { alias(a); });
        break;
      case StmtKind::ImportFrom: {
        auto* i = s->as<ImportFrom>();
        out += "ImportFrom(";
        if (!i->module.empty()) out += "module=" + repr_str(i->module) + ", ";
        out += "names=";
        list(i->names, [&](Alias* a) { alias(a); });
        out += ", level=" + std::to_string(i->level);
        break;
      }
      case StmtKind::Global:
        out += "Global(names=";
        names(s->as<Global>()->names);
        break;
      case StmtKind::Nonlocal:
        out += "Nonlocal(names=";
        names(s->as<Nonlocal>()->names);
        break;
      case StmtKind::Expr:
        out += "Expr(value=";
        expr(s->as<ExprStmt>()->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        out += kind_name(s->kind);
        out += "(";
        if (locations_) {
          std::string saved;
          saved.swap(out);
          attrs(s);
          out = saved + out.substr(2) + ")";
          return;
        }
        break;
    }
    attrs(s);
    out += ")";
  }

 private:
  bool locations_;
};

}  // namespace

std::string dump(const Module& module, bool with_locations) {
  Dumper d(with_locations);
  d.module(module);
  return d.out;
}

std::string dump(const Expr& expr, bool with_locations) {
  Dumper d(with_locations);
  d.expr(&expr);
  return d.out;
}

std::string dump(const Stmt& stmt, bool with_locations) {
  Dumper d(with_locations);
  d.stmt(&stmt);
  return d.out;
}

}  // namespace coil::parser
