// The code generator: walks the AST with the symbol table's answers and emits instructions
// into Units, CPython 3.11's compile.c style. Split by topic over codegen_*.cpp.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>
#include "compiler/compiler.h"
#include "compiler/symtable.h"
#include "compiler/unit.h"

namespace coil::compiler {

// A compile-time constant: its Value and a key that identifies equal constants of the same
// type (so 1, 1.0 and True stay distinct, and 0.0 / -0.0 too), for deduplication.
struct Const {
  Value value;
  std::string key;
};

// Builds the constant of a Constant node. False only on MemoryError (exception pending).
bool make_constant(Interp&, const ast::Constant* c, Const* out);
// Folds constant expressions CPython's AST optimizer folds and that cannot raise: constants,
// tuples of constants, unary -/+ on numbers, ~ on ints. Returns false if `e` is not foldable
// (or on MemoryError, with the exception pending: check interp.has_error()).
bool fold_constant(Interp&, const ast::Expr* e, Const* out);
// A str constant (interned when it looks like an identifier, as CPython does).
bool make_str_constant(Interp&, std::string_view text, Const* out);
Const none_constant();
// The docstring of a body (its first statement, if a plain str expression), or null.
const ast::Constant* docstring_of(const ast::Span<ast::Stmt*>& body);
// BINARY_OP's argument for an AST operator (in-place form with kInplaceBase added).
uint32_t binary_op_arg(ast::Operator op, bool inplace);
// Truthiness of a Constant node known at compile time: 1, 0, or -1 when unknown.
int constant_truth(const ast::Expr* e);

class Codegen {
 public:
  Codegen(Interp& interp, SymbolTable& st, std::string_view filename, std::string_view source,
          const Options& opts);
  // Null on failure: then syntax_error() is true (message/where filled) or an exception
  // (MemoryError) is pending.
  Code* module(const ast::Module& mod);

  bool syntax_error() const { return has_syntax_error_; }
  const std::string& error_message() const { return error_message_; }
  const SourcePosition& error_where() const { return error_where_; }

 private:
  friend struct LocGuard;
  Interp& interp_;
  SymbolTable& st_;
  Str* filename_ = nullptr;
  Value source_;
  Options opts_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  bool has_syntax_error_ = false;
  std::string error_message_;
  SourcePosition error_where_{};

  // ---- core (codegen.cpp)
  bool error(std::string msg);                       // at the current location
  bool error_at(std::string msg, const ast::Node& n);
  bool oom();                                        // MemoryError already pending or raised now
  void set_loc(const ast::Node& n);
  void unset_loc();
  bool enter_scope(std::string_view name, UnitKind kind, const void* node, int firstlineno);
  Code* exit_scope();                                // assembles and pops the unit
  void set_qualname();
  uint32_t compute_flags() const;
  bool add_const(const Const& c, uint32_t* index);
  bool load_const(const Const& c);
  bool load_none();
  bool load_str(std::string_view s);
  bool load_int(int64_t n);
  bool load_code(Code* code);
  uint32_t add_name(std::string_view name);          // mangled, interned; ~0u on MemoryError
  uint32_t add_name_raw(std::string_view name);      // not mangled
  bool emit_name(Op op, std::string_view name);      // op with add_name(name)
  uint32_t varname(const std::string& mangled);
  bool nameop(std::string_view name, ast::ExprContext ctx);
  bool is_top_level_await() const;
  bool push_fblock(FBlockKind kind, int block, int exit, const void* datum = nullptr,
                   std::string_view name = {});
  void pop_fblock();
  bool body(const ast::Span<ast::Stmt*>& stmts);     // module/class body (docstring, annotations)
  bool make_closure(Code* code, uint32_t flags);

  // ---- statements (codegen_stmt.cpp)
  bool stmts(const ast::Span<ast::Stmt*>& body);
  bool stmt(const ast::Stmt* s);
  bool stmt_expr(const ast::Expr* value);
  bool assign(const ast::Assign* s);
  bool augassign(const ast::AugAssign* s);
  bool annassign(const ast::AnnAssign* s);
  bool check_ann_expr(const ast::Expr* e);
  bool check_ann_subscr(const ast::Expr* e);
  bool if_stmt(const ast::If* s);
  bool while_stmt(const ast::While* s);
  bool for_stmt(const ast::For* s);
  bool async_for(const ast::For* s);
  bool return_stmt(const ast::Return* s);
  bool break_stmt(const ast::Stmt* s);
  bool continue_stmt(const ast::Stmt* s);
  bool assert_stmt(const ast::Assert* s);
  bool raise_stmt(const ast::Raise* s);
  bool import(const ast::Import* s);
  bool import_as(std::string_view name, std::string_view asname);
  bool import_from(const ast::ImportFrom* s);

  // ---- exceptions and with (codegen_try.cpp)
  bool try_stmt(const ast::Try* s);
  bool try_finally(const ast::Try* s);
  bool try_except(const ast::Try* s);
  bool try_star(const ast::Try* s);
  bool with(const ast::With* s, size_t pos);
  bool async_with(const ast::With* s, size_t pos);
  bool call_exit_with_nones();
  bool with_except_finish(int cleanup);
  void pop_except_and_reraise();
  bool add_yield_from(bool await);
  bool unwind_fblock(const FBlock& b, bool preserve_tos);
  bool unwind_fblock_stack(bool preserve_tos, FBlock* loop, bool* found_loop);

  // ---- functions, classes, comprehensions (codegen_func.cpp)
  bool function_def(const ast::FunctionDef* s);
  bool class_def(const ast::ClassDef* s);
  bool lambda(const ast::Lambda* e);
  bool decorators(const ast::Span<ast::Expr*>& decos);
  bool apply_decorators(const ast::Span<ast::Expr*>& decos);
  bool default_arguments(const ast::Arguments* a, uint32_t* flags);
  bool annotations(const ast::Arguments* a, const ast::Expr* returns, uint32_t* flags);
  bool comprehension(const ast::Expr* e, FuncKind kind, std::string_view name,
                     const ast::Span<ast::Comprehension*>& gens, const ast::Expr* elt,
                     const ast::Expr* val);
  bool comprehension_generator(const ast::Span<ast::Comprehension*>& gens, size_t index, int depth,
                               const ast::Expr* elt, const ast::Expr* val, FuncKind kind);
  bool sync_comprehension_generator(const ast::Span<ast::Comprehension*>& gens, size_t index,
                                    int depth, const ast::Expr* elt, const ast::Expr* val,
                                    FuncKind kind);
  bool async_comprehension_generator(const ast::Span<ast::Comprehension*>& gens, size_t index,
                                     int depth, const ast::Expr* elt, const ast::Expr* val,
                                     FuncKind kind);
  bool comprehension_element(const ast::Expr* elt, const ast::Expr* val, FuncKind kind, int depth);

  // ---- expressions (codegen_expr.cpp)
  bool expr(const ast::Expr* e);
  bool expr1(const ast::Expr* e);
  bool exprs(const ast::Span<ast::Expr*>& es);
  bool boolop(const ast::BoolOp* e);
  bool compare(const ast::Compare* e);
  void compare_op(ast::CmpOp op);
  bool jump_if(const ast::Expr* e, int label, bool cond);
  bool ifexp(const ast::IfExp* e);
  bool call(const ast::Call* e);
  bool method_call(const ast::Call* e, bool* done);
  bool call_helper(int n, const ast::Span<ast::Expr*>& args, const ast::Span<ast::Keyword*>& kws);
  bool validate_keywords(const ast::Span<ast::Keyword*>& kws);
  bool kw_names(const ast::Span<ast::Keyword*>& kws, size_t begin, size_t end);
  bool subkwargs(const ast::Span<ast::Keyword*>& kws, size_t begin, size_t end);
  bool starunpack(const ast::Span<ast::Expr*>& elts, int pushed, Op build, Op add, Op extend,
                  bool tuple);
  bool dict_display(const ast::Dict* e);
  bool subdict(const ast::Dict* e, size_t begin, size_t end);
  bool joined_str(const ast::JoinedStr* e);
  bool formatted_value(const ast::FormattedValue* e);
  bool attribute(const ast::Attribute* e);
  void match_attr_start(const ast::Attribute* e);
  bool subscript(const ast::Subscript* e);
  bool slice(const ast::Slice* e);
  bool unpack_helper(const ast::Span<ast::Expr*>& elts);
  bool assign_sequence(const ast::Span<ast::Expr*>& elts);
  bool sequence(const ast::Span<ast::Expr*>& elts, ast::ExprContext ctx, bool is_list);
  bool await_expr(const ast::Await* e);
  bool yield_expr(const ast::Expr* e);
};

// Restores the unit's current location when a visit ends (CPython's SET_LOC/restore pair).
struct LocGuard {
  Unit* u;
  SourcePosition saved;
  LocGuard(Unit* unit, const ast::Node& n) : u(unit), saved(unit->loc) {
    u->loc = SourcePosition{n.line, n.end_line, n.col, n.end_col};
  }
  ~LocGuard() { u->loc = saved; }
};

}  // namespace coil::compiler
