// AST dump in exactly the format of CPython's ast.dump() (optionally with include_attributes),
// so unit tests can take their expected text from python3 itself.
#include <string>
#include <type_traits>

#include "parser/parse.h"
#include "parser/py_repr.h"

namespace coil::parser {

using namespace coil::ast;

namespace {

// An operator field's value, printed as `Add()`.
struct Op {
  const char* name;
};

// A Constant's `value` field.
struct Literal {
  const Constant* c;
};

class Dumper {
 public:
  explicit Dumper(bool locations) : locations_(locations) {}
  std::string out;

  void module(const Module& m) {
    if (m.is_expression) {
      return named("Expression", nullptr, "body", m.body[0]->as<ExprStmt>()->value);
    }
    named("Module", nullptr, "body", m.body, "type_ignores", Span<Stmt*>{});
  }

  // Each node kind is dumped by the visit() overload for its struct.
  void expr(const Expr* e) {
    dispatch<BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
             DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue,
             JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice>(e);
  }
  void stmt(const Stmt* s) {
    dispatch<FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If,
             With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass,
             Break, Continue>(s);
  }

 private:
  bool locations_;

  template <class... Ts, class N>
  void dispatch(const N* n) {
    (void)((Ts::classof(n->kind) && (visit(n->template as<Ts>()), true)) || ...);
  }

  // `Kind(field=value, ...)` then, when asked for and `located` is set, the location
  // attributes. A null child or empty identifier is left out, as ast.dump() omits None.
  template <class... Fields>
  void named(const char* kind, const Node* located, const Fields&... fields) {
    out += kind;
    out += '(';
    put_fields(fields...);
    if (locations_ && located) {
      separate();
      out += "lineno=" + std::to_string(located->line) +
             ", col_offset=" + std::to_string(located->col) +
             ", end_lineno=" + std::to_string(located->end_line) +
             ", end_col_offset=" + std::to_string(located->end_col);
    }
    out += ')';
  }
  template <class N, class... Fields>
  void node(const N* n, const Fields&... fields) {
    named(kind_name(n->kind), n, fields...);
  }

  void separate() {
    if (out.back() != '(') out += ", ";
  }
  void put_fields() {}
  template <class V, class... Rest>
  void put_fields(const char* name, const V& value, const Rest&... rest) {
    bool present = true;
    if constexpr (std::is_pointer_v<V>) present = value != nullptr;
    if constexpr (std::is_same_v<V, std::string_view>) present = !value.empty();
    if (present) {
      separate();
      out += name;
      out += '=';
      put(value);
    }
    put_fields(rest...);
  }

  // Field values.
  template <class T>
  void put(Span<T> xs) {
    out += '[';
    for (size_t i = 0; i < xs.size(); i++) {
      if (i) out += ", ";
      put(xs[i]);
    }
    out += ']';
  }
  void put(const Expr* e) {
    if (e) expr(e);
    else out += "None";  // a list slot such as a `**` key in a Dict
  }
  void put(const Stmt* s) { stmt(s); }
  void put(std::string_view identifier) { out += repr_str(identifier); }
  void put(int n) { out += std::to_string(n); }
  void put(Op op) {
    out += op.name;
    out += "()";
  }
  void put(CmpOp op) { put(Op{cmpop_name(op)}); }
  void put(ExprContext c) {
    out += c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
  }
  void put(Literal lit) {
    const Constant* c = lit.c;
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
  }

  // Helper nodes; arguments, withitem and comprehension carry no location in CPython.
  void put(const Arg* a) { named("arg", a, "arg", a->name, "annotation", a->annotation); }
  void put(const Arguments* a) {
    named("arguments", nullptr, "posonlyargs", a->posonlyargs, "args", a->args, "vararg",
          a->vararg, "kwonlyargs", a->kwonlyargs, "kw_defaults", a->kw_defaults, "kwarg",
          a->kwarg, "defaults", a->defaults);
  }
  void put(const Keyword* k) { named("keyword", k, "arg", k->arg, "value", k->value); }
  void put(const Alias* a) { named("alias", a, "name", a->name, "asname", a->asname); }
  void put(const WithItem* w) {
    named("withitem", nullptr, "context_expr", w->context_expr, "optional_vars",
          w->optional_vars);
  }
  void put(const Comprehension* c) {
    named("comprehension", nullptr, "target", c->target, "iter", c->iter, "ifs", c->ifs,
          "is_async", c->is_async ? 1 : 0);
  }
  void put(const ExceptHandler* h) {
    named("ExceptHandler", h, "type", h->type, "name", h->name, "body", h->body);
  }

  // Expressions.
  void visit(const BoolOp* x) {
    node(x, "op", Op{x->op == BoolOperator::And ? "And" : "Or"}, "values", x->values);
  }
  void visit(const NamedExpr* x) { node(x, "target", x->target, "value", x->value); }
  void visit(const BinOp* x) {
    node(x, "left", x->left, "op", Op{operator_name(x->op)}, "right", x->right);
  }
  void visit(const UnaryOp* x) {
    node(x, "op", Op{unary_operator_name(x->op)}, "operand", x->operand);
  }
  void visit(const Lambda* x) { node(x, "args", x->args, "body", x->body); }
  void visit(const IfExp* x) { node(x, "test", x->test, "body", x->body, "orelse", x->orelse); }
  void visit(const Dict* x) { node(x, "keys", x->keys, "values", x->values); }
  void visit(const Set* x) { node(x, "elts", x->elts); }
  void visit(const ListComp* x) { node(x, "elt", x->elt, "generators", x->generators); }
  void visit(const SetComp* x) { node(x, "elt", x->elt, "generators", x->generators); }
  void visit(const DictComp* x) {
    node(x, "key", x->key, "value", x->value, "generators", x->generators);
  }
  void visit(const GeneratorExp* x) { node(x, "elt", x->elt, "generators", x->generators); }
  void visit(const Await* x) { node(x, "value", x->value); }
  void visit(const Yield* x) { node(x, "value", x->value); }
  void visit(const YieldFrom* x) { node(x, "value", x->value); }
  void visit(const Compare* x) {
    node(x, "left", x->left, "ops", x->ops, "comparators", x->comparators);
  }
  void visit(const Call* x) { node(x, "func", x->func, "args", x->args, "keywords", x->keywords); }
  void visit(const FormattedValue* x) {
    node(x, "value", x->value, "conversion", x->conversion, "format_spec", x->format_spec);
  }
  void visit(const JoinedStr* x) { node(x, "values", x->values); }
  void visit(const Constant* x) {
    node(x, "value", Literal{x}, "kind", std::string_view(x->u_prefix ? "u" : ""));
  }
  void visit(const Attribute* x) { node(x, "value", x->value, "attr", x->attr, "ctx", x->ctx); }
  void visit(const Subscript* x) {
    node(x, "value", x->value, "slice", x->slice, "ctx", x->ctx);
  }
  void visit(const Starred* x) { node(x, "value", x->value, "ctx", x->ctx); }
  void visit(const Name* x) { node(x, "id", x->id, "ctx", x->ctx); }
  void visit(const List* x) { node(x, "elts", x->elts, "ctx", x->ctx); }
  void visit(const Tuple* x) { node(x, "elts", x->elts, "ctx", x->ctx); }
  void visit(const Slice* x) { node(x, "lower", x->lower, "upper", x->upper, "step", x->step); }

  // Statements.
  void visit(const FunctionDef* x) {
    node(x, "name", x->name, "args", x->args, "body", x->body, "decorator_list",
         x->decorator_list, "returns", x->returns);
  }
  void visit(const ClassDef* x) {
    node(x, "name", x->name, "bases", x->bases, "keywords", x->keywords, "body", x->body,
         "decorator_list", x->decorator_list);
  }
  void visit(const Return* x) { node(x, "value", x->value); }
  void visit(const Delete* x) { node(x, "targets", x->targets); }
  void visit(const Assign* x) { node(x, "targets", x->targets, "value", x->value); }
  void visit(const AugAssign* x) {
    node(x, "target", x->target, "op", Op{operator_name(x->op)}, "value", x->value);
  }
  void visit(const AnnAssign* x) {
    node(x, "target", x->target, "annotation", x->annotation, "value", x->value, "simple",
         x->simple ? 1 : 0);
  }
  void visit(const For* x) {
    node(x, "target", x->target, "iter", x->iter, "body", x->body, "orelse", x->orelse);
  }
  void visit(const While* x) { node(x, "test", x->test, "body", x->body, "orelse", x->orelse); }
  void visit(const If* x) { node(x, "test", x->test, "body", x->body, "orelse", x->orelse); }
  void visit(const With* x) { node(x, "items", x->items, "body", x->body); }
  void visit(const Raise* x) { node(x, "exc", x->exc, "cause", x->cause); }
  void visit(const Try* x) {
    node(x, "body", x->body, "handlers", x->handlers, "orelse", x->orelse, "finalbody",
         x->finalbody);
  }
  void visit(const Assert* x) { node(x, "test", x->test, "msg", x->msg); }
  void visit(const Import* x) { node(x, "names", x->names); }
  void visit(const ImportFrom* x) {
    node(x, "module", x->module, "names", x->names, "level", x->level);
  }
  void visit(const Global* x) { node(x, "names", x->names); }
  void visit(const Nonlocal* x) { node(x, "names", x->names); }
  void visit(const ExprStmt* x) { node(x, "value", x->value); }
  void visit(const Pass* x) { node(x); }
  void visit(const Break* x) { node(x); }
  void visit(const Continue* x) { node(x); }
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
