// AST construction for the grammar's actions, with the checks LALR defers to reduction time:
// assignment/deletion targets, parameter and argument order, nesting depth.
// Every function returning a pointer returns nullptr after reporting a SyntaxError to the Driver.
#pragma once

#include "parser/ast.h"
#include "parser/builder_types.h"
#include "parser/loc.h"

namespace coil::parser {

class Driver;

// What a target is checked for, as CPython's TARGETS_TYPE.
enum class TargetKind { Star, For, Del };

class Builder {
 public:
  Builder(Driver& drv, ast::Arena& arena) : drv_(drv), arena_(arena) {}

  ast::Arena& arena() { return arena_; }

  // ---- lists
  template <class T> Seq<T> one(T v) { return seq_one(arena_, v); }
  template <class T> Seq<T> push(Seq<T> s, T v) { return seq_push(arena_, s, v); }
  template <class T> Seq<T> concat(Seq<T> a, Seq<T> b) {
    if (!a.head) return b;
    if (!b.head) return a;
    a.tail->next = b.head;
    a.tail = b.tail;
    return a;
  }
  template <class T> ast::Span<T> span(const Seq<T>& s) { return seq_span(arena_, s); }

  // ---- statements
  template <class T> ast::Stmt* simple(const Loc& l) { return at(arena_.make<T>(), l); }
  ast::Stmt* expr_stmt(ast::Expr* e, const Loc& eloc, const Loc& l);
  ast::Stmt* assign(ast::Expr* first, const Loc& first_loc, ExprSeq rest, const Loc& l);
  ast::Stmt* ann_assign(ast::Expr* target, const Loc& tloc, ast::Expr* ann, ast::Expr* value,
                        const Loc& l);
  ast::Stmt* aug_assign(ast::Expr* target, const Loc& tloc, ast::Operator op, ast::Expr* value,
                        const Loc& l);
  ast::Stmt* return_stmt(ast::Expr* value, const Loc& l);
  ast::Stmt* raise_stmt(ast::Expr* exc, ast::Expr* cause, const Loc& l);
  ast::Stmt* del_stmt(ExprSeq targets, const Loc& l);
  ast::Stmt* assert_stmt(ast::Expr* test, ast::Expr* msg, const Loc& l);
  ast::Stmt* global_stmt(NameSeq names, bool nonlocal, const Loc& l);
  NameSeq name_seq(NameSeq s, int name_tok);

  ast::Stmt* import_stmt(AliasSeq names, const Loc& l);
  ast::Stmt* import_from(int level, NameSeq module, AliasSeq names, const Loc& l);
  NameSeq dotted(NameSeq d, int name_tok);
  ast::Alias* alias(NameSeq name, int as_tok, const Loc& l);
  ast::Alias* star_alias(const Loc& l);

  ast::Stmt* decorate(ast::Stmt* def, ExprSeq decorators);
  ast::Stmt* function_def(bool is_async, int name_tok, ParamSeq params, ast::Expr* returns,
                          StmtSeq body, const Loc& l);
  ParamSeq param_seq(ParamSeq s, Param* p);
  Param* param(Param::Kind kind, int name_tok, ast::Expr* annotation, ast::Expr* def,
               const Loc& l);
  ast::Stmt* class_def(int name_tok, const CallArgs* args, StmtSeq body, const Loc& l);

  ast::Stmt* if_stmt(ast::Expr* test, StmtSeq body, StmtSeq orelse, const Loc& l);
  ast::Stmt* while_stmt(ast::Expr* test, StmtSeq body, StmtSeq orelse, const Loc& l);
  ast::Stmt* for_stmt(bool is_async, ast::Expr* target, const Loc& tloc, ast::Expr* iter,
                      StmtSeq body, StmtSeq orelse, const Loc& l);
  ast::Stmt* with_stmt(bool is_async, WithItemSeq items, StmtSeq body, const Loc& l);
  ast::WithItem* with_item(ast::Expr* context, ast::Expr* target, const Loc& l);
  ast::Stmt* try_stmt(StmtSeq body, HandlerSeq handlers, StmtSeq orelse, StmtSeq finalbody,
                      bool finally_only, const Loc& l);
  ast::Stmt* try_star_stmt(StmtSeq body, HandlerSeq handlers, StmtSeq orelse,
                           StmtSeq finalbody, const Loc& l);
  ast::ExceptHandler* handler(ast::Expr* type, int name_tok, StmtSeq body, const Loc& l);
  // `except` (or `except*`) of a handler, for the mixed-handlers error.
  Loc except_loc(const ast::ExceptHandler* h, bool star) const {
    return Loc{h->line, h->col, h->line, h->col + (star ? 7 : 6)};
  }

  // ---- expressions
  ast::Expr* name(int tok, const Loc& l);
  ast::Expr* constant(ast::ConstantKind k, const Loc& l);
  ast::Expr* number(int tok, const Loc& l);
  ast::Expr* tuple(ExprSeq elts, ast::ExprContext ctx, const Loc& l);
  ast::Expr* list(ExprSeq elts, const Loc& l);
  ast::Expr* set(ExprSeq elts, const Loc& l);
  ast::Expr* dict(DictSeq items, const Loc& l);
  DictSeq dict_seq(DictSeq s, DictItem item) { return push(s, item); }
  ast::Expr* group(ast::Expr* inner, const Loc& l);
  ast::Expr* starred(ast::Expr* value, const Loc& l);
  ast::Expr* named_expr(ast::Expr* target, ast::Expr* value, const Loc& l);
  ast::Expr* if_exp(ast::Expr* test, ast::Expr* body, ast::Expr* orelse, const Loc& l);
  ast::Expr* yield(ast::Expr* value, const Loc& l);
  ast::Expr* yield_from(ast::Expr* value, const Loc& l);
  ast::Expr* await(ast::Expr* value, const Loc& l);
  ast::Expr* lambda(ParamSeq params, ast::Expr* body, const Loc& l);
  ast::Expr* bool_op(ast::BoolOperator op, ExprSeq values, const Loc& l);
  // `left op right` where an unparenthesized BoolOp of the same op on the left is extended
  // in place (`a or b or c` is one node), amortized O(1) per operand.
  ast::Expr* bool_chain(ast::BoolOperator op, ast::Expr* left, const Loc& left_loc,
                        ast::Expr* right, const Loc& l);
  ast::Expr* unary(ast::UnaryOperator op, ast::Expr* operand, const Loc& l);
  ast::Expr* binop(ast::Expr* left, ast::Operator op, ast::Expr* right, const Loc& l);
  ast::Expr* compare(ast::Expr* left, CmpSeq chain, const Loc& l);
  CmpSeq cmp_seq(CmpSeq s, ast::CmpOp op, ast::Expr* right) { return push(s, CmpItem{op, right}); }
  ast::Expr* attribute(ast::Expr* value, int name_tok, const Loc& l);
  ast::Expr* call(ast::Expr* func, const CallArgs* args, const Loc& lpar, const Loc& l);
  ast::Expr* subscript(ast::Expr* value, ast::Expr* slice, const Loc& l);
  ast::Expr* slice(ast::Expr* lower, ast::Expr* upper, ast::Expr* step, const Loc& l);
  ast::Expr* genexp(ast::Expr* elt, CompSeq gens, const Loc& l);
  ast::Expr* listcomp(ast::Expr* elt, CompSeq gens, const Loc& l);
  ast::Expr* setcomp(ast::Expr* elt, CompSeq gens, const Loc& l);
  ast::Expr* dictcomp(ast::Expr* key, ast::Expr* value, CompSeq gens, const Loc& l);
  ast::Comprehension* comprehension(bool is_async, ast::Expr* target, const Loc& tloc,
                                    ast::Expr* iter, ExprSeq ifs, const Loc& l);

  // ---- call arguments (each checks CPython's ordering rules; errors go to the Driver)
  // `a` is null for the first argument; the same (arena) object is returned, or null on error.
  CallArgs* arg_positional(CallArgs* a, ast::Expr* e, const Loc& l);
  CallArgs* arg_genexp(CallArgs* a, ast::Expr* elt, CompSeq gens, const Loc& for_loc,
                       const Loc& l);
  CallArgs* arg_star(CallArgs* a, ast::Expr* e, const Loc& l);
  CallArgs* arg_double_star(CallArgs* a, ast::Expr* e, const Loc& l);
  CallArgs* arg_keyword(CallArgs* a, ast::Expr* name, const Loc& name_loc, ast::Expr* value,
                        const Loc& l);

  // ---- f-strings (used by the Driver's string handling)
  ast::Expr* constant_str(std::string_view utf8, const Loc& l);
  ast::Expr* constant_bytes(std::string_view bytes, const Loc& l);
  ast::Expr* joined_str(ExprSeq values, const Loc& l);
  ast::Expr* formatted_value(ast::Expr* value, int conversion, ast::Expr* spec, const Loc& l);

  // Sets Store/Del context on a target tree, or reports CPython's error for it.
  bool set_context(ast::Expr* e, ast::ExprContext ctx, TargetKind kind);
  // CPython's _PyPegen_get_expr_name(): "function call", "literal", ...
  static const char* expr_name(const ast::Expr* e);

 private:
  template <class T> T* at(T* n, const Loc& l) {
    n->line = l.line;
    n->col = l.col;
    n->end_line = l.end_line;
    n->end_col = l.end_col;
    return n;
  }
  // Computes e->depth from its children and enforces the nesting limit.
  ast::Expr* fin(ast::Expr* e);
  bool check_comprehension_elt(const ast::Expr* elt);
  // The same for statements (kMaxStmtDepth).
  ast::Stmt* sfin(ast::Stmt* s);
  ast::Expr* invalid_target(ast::Expr* e, TargetKind kind);
  bool report_invalid_target(ast::Expr* e, TargetKind kind);
  ast::Arguments* arguments(ParamSeq params, bool is_lambda);
  Loc bare_star_error_loc(const Loc& star, bool is_lambda);
  std::string_view tok_text(int tok);

  Driver& drv_;
  ast::Arena& arena_;
  // The BoolOp bool_chain() last grew, and how many values its array has room for.
  ast::BoolOp* growing_ = nullptr;
  uint32_t growing_capacity_ = 0;
};

}  // namespace coil::parser
