// The abstract syntax tree the parser produces and the compiler consumes.
// Mirrors CPython 3.11's `ast` module (same node names and fields); nodes live in an ast::Arena.
//
// Conventions (the compiler relies on these):
//  * Every node derives from Node and carries CPython's location: `line`/`end_line` are 1-based,
//    `col`/`end_col` are 0-based offsets in UTF-8 bytes (CPython's col_offset/end_col_offset).
//  * Optional children are nullptr. Optional identifiers are an empty string_view (an identifier
//    is never empty). Lists are Span<T> (arena arrays). All strings are string_views into
//    memory the arena owns (identifiers point into the arena's copy of the source), so they
//    live exactly as long as the ParseResult's arena. (See parse.h on identifier normalization.)
//  * Switch on `kind`, then downcast with `e->as<ast::BinOp>()` (asserts the kind in debug).
//    A few structs serve two kinds, like CPython's identical node pairs:
//      FunctionDef: FunctionDef | AsyncFunctionDef      For: For | AsyncFor
//      With: With | AsyncWith                           Try: Try | TryStar
//  * CPython's statement node `Expr` is StmtKind::Expr with struct ExprStmt (the name Expr is
//    taken by the expression base class).
//  * Constants: see ConstantKind. Ints keep their digits as text (no underscores, no prefix,
//    no leading zeros, hex digits in the case written) plus their base; the compiler builds the
//    (big) integer. Str is decoded UTF-8 (a lone surrogate from an escape such as "\ud800" is
//    encoded as its 3-byte UTF-8-style sequence, WTF-8); Bytes is the raw byte values.
//    Adjacent literals are already concatenated.
//  * f-strings become JoinedStr whose values are Constant(Str) and FormattedValue nodes, exactly
//    as CPython's ast.parse gives them (`f"{x=}"` -> Constant "x=" then FormattedValue(x, 'r')).
//    A plain string concatenated with an f-string also becomes a JoinedStr.
//  * Docstrings are left in place as the first ExprStmt(Constant Str) of a body.
//  * Expression context (Load/Store/Del) is set on Name/Attribute/Subscript/Starred/List/Tuple.
#pragma once

#include <cassert>
#include <cstdint>
#include <string_view>

#include "parser/arena.h"

namespace coil::ast {

struct Node {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

enum class ExprContext : uint8_t { Load, Store, Del };

// Binary operators, in CPython's ast.operator order.
enum class Operator : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOperator : uint8_t { And, Or };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// X-macros give the enums and the names dump() prints.
#define COIL_AST_EXPR_KINDS(X)                                                                    \
  X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set) X(ListComp)         \
  X(SetComp) X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom) X(Compare) X(Call)         \
  X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List)  \
  X(Tuple) X(Slice)

#define COIL_AST_STMT_KINDS(X)                                                                    \
  X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign)       \
  X(AnnAssign) X(For) X(AsyncFor) X(While) X(If) X(With) X(AsyncWith) X(Raise) X(Try) X(TryStar)   \
  X(Assert) X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break) X(Continue)

#define COIL_AST_ENUM_ENTRY(name) name,
enum class ExprKind : uint8_t { COIL_AST_EXPR_KINDS(COIL_AST_ENUM_ENTRY) };
enum class StmtKind : uint8_t { COIL_AST_STMT_KINDS(COIL_AST_ENUM_ENTRY) };
#undef COIL_AST_ENUM_ENTRY

const char* kind_name(ExprKind k);
const char* kind_name(StmtKind k);
const char* operator_name(Operator op);        // "Add", "Sub", ...
const char* operator_symbol(Operator op);      // "+", "-", ...
const char* unary_operator_name(UnaryOperator op);
const char* cmpop_name(CmpOp op);

struct Expr : Node {
  const ExprKind kind;
  // Height of this subtree (1 for a leaf). The parser keeps it <= parser::kMaxExprDepth, so
  // recursive walks over expressions are safe.
  uint16_t depth = 1;
  explicit Expr(ExprKind k) : kind(k) {}

  template <class T> bool is() const { return T::classof(kind); }
  template <class T> T* as() { assert(T::classof(kind)); return static_cast<T*>(this); }
  template <class T> const T* as() const { assert(T::classof(kind)); return static_cast<const T*>(this); }
};

struct Stmt : Node {
  const StmtKind kind;
  // Nesting height of statements under this one (1 for a simple statement; an elif chain
  // counts one level per elif). The parser keeps it <= parser::kMaxStmtDepth.
  uint16_t depth = 1;
  explicit Stmt(StmtKind k) : kind(k) {}

  template <class T> bool is() const { return T::classof(kind); }
  template <class T> T* as() { assert(T::classof(kind)); return static_cast<T*>(this); }
  template <class T> const T* as() const { assert(T::classof(kind)); return static_cast<const T*>(this); }
};

#define COIL_AST_EXPR_NODE(Name)                                        \
  static constexpr ExprKind kKind = ExprKind::Name;                     \
  static bool classof(ExprKind k) { return k == kKind; }                \
  Name() : Expr(kKind) {}

#define COIL_AST_STMT_NODE(Name)                                        \
  static constexpr StmtKind kKind = StmtKind::Name;                     \
  static bool classof(StmtKind k) { return k == kKind; }                \
  Name() : Stmt(kKind) {}

// ---------------------------------------------------------------- helper nodes

// One parameter. `annotation` may be null.
struct Arg : Node {
  std::string_view name;
  Expr* annotation = nullptr;
};

// A parameter list, as CPython's ast.arguments. `defaults` belong to the LAST entries of
// posonlyargs+args; `kw_defaults` has one entry per kwonlyarg (nullptr = no default).
struct Arguments : Node {  // location unused (zero), like CPython's
  Span<Arg*> posonlyargs;
  Span<Arg*> args;
  Arg* vararg = nullptr;
  Span<Arg*> kwonlyargs;
  Span<Expr*> kw_defaults;
  Arg* kwarg = nullptr;
  Span<Expr*> defaults;
};

// `name=value` in a call or class header; `arg` is empty for `**value`.
struct Keyword : Node {
  std::string_view arg;
  Expr* value = nullptr;
};

// `import a.b.c as d`: name "a.b.c", asname "d" (empty when absent); name "*" for a star import.
struct Alias : Node {
  std::string_view name;
  std::string_view asname;
};

struct WithItem : Node {  // location unused (zero), like CPython's
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // a Store-context target, or null
};

struct Comprehension : Node {  // location unused (zero), like CPython's
  Expr* target = nullptr;         // Store context
  Expr* iter = nullptr;
  Span<Expr*> ifs;
  bool is_async = false;
};

struct ExceptHandler : Node {
  Expr* type = nullptr;           // null for a bare `except:`
  std::string_view name;          // empty when there is no `as name`
  Span<Stmt*> body;
};

// ---------------------------------------------------------------- expressions

struct BoolOp : Expr {
  COIL_AST_EXPR_NODE(BoolOp)
  BoolOperator op = BoolOperator::And;
  Span<Expr*> values;  // two or more; `a or b or c` is one BoolOp
};

struct NamedExpr : Expr {
  COIL_AST_EXPR_NODE(NamedExpr)
  Expr* target = nullptr;  // always a Name, Store context
  Expr* value = nullptr;
};

struct BinOp : Expr {
  COIL_AST_EXPR_NODE(BinOp)
  Expr* left = nullptr;
  Operator op = Operator::Add;
  Expr* right = nullptr;
};

struct UnaryOp : Expr {
  COIL_AST_EXPR_NODE(UnaryOp)
  UnaryOperator op = UnaryOperator::Not;
  Expr* operand = nullptr;
};

struct Lambda : Expr {
  COIL_AST_EXPR_NODE(Lambda)
  Arguments* args = nullptr;  // never null (may be empty)
  Expr* body = nullptr;
};

struct IfExp : Expr {
  COIL_AST_EXPR_NODE(IfExp)
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};

// keys[i] is nullptr for a `**values[i]` unpacking.
struct Dict : Expr {
  COIL_AST_EXPR_NODE(Dict)
  Span<Expr*> keys;
  Span<Expr*> values;
};

struct Set : Expr {
  COIL_AST_EXPR_NODE(Set)
  Span<Expr*> elts;
};

struct ListComp : Expr {
  COIL_AST_EXPR_NODE(ListComp)
  Expr* elt = nullptr;
  Span<Comprehension*> generators;
};

struct SetComp : Expr {
  COIL_AST_EXPR_NODE(SetComp)
  Expr* elt = nullptr;
  Span<Comprehension*> generators;
};

struct DictComp : Expr {
  COIL_AST_EXPR_NODE(DictComp)
  Expr* key = nullptr;
  Expr* value = nullptr;
  Span<Comprehension*> generators;
};

struct GeneratorExp : Expr {
  COIL_AST_EXPR_NODE(GeneratorExp)
  Expr* elt = nullptr;
  Span<Comprehension*> generators;
};

struct Await : Expr {
  COIL_AST_EXPR_NODE(Await)
  Expr* value = nullptr;
};

struct Yield : Expr {
  COIL_AST_EXPR_NODE(Yield)
  Expr* value = nullptr;  // null for a bare `yield`
};

struct YieldFrom : Expr {
  COIL_AST_EXPR_NODE(YieldFrom)
  Expr* value = nullptr;
};

// `a < b <= c`: left a, ops [Lt, LtE], comparators [b, c].
struct Compare : Expr {
  COIL_AST_EXPR_NODE(Compare)
  Expr* left = nullptr;
  Span<CmpOp> ops;
  Span<Expr*> comparators;
};

// Positional `*x` arguments are Starred in `args`; `**x` is a Keyword with an empty arg.
struct Call : Expr {
  COIL_AST_EXPR_NODE(Call)
  Expr* func = nullptr;
  Span<Expr*> args;
  Span<Keyword*> keywords;
};

// One replacement field of an f-string. conversion is -1 (none), 's', 'r' or 'a'.
struct FormattedValue : Expr {
  COIL_AST_EXPR_NODE(FormattedValue)
  Expr* value = nullptr;
  int conversion = -1;
  Expr* format_spec = nullptr;  // a JoinedStr, or null
};

struct JoinedStr : Expr {
  COIL_AST_EXPR_NODE(JoinedStr)
  Span<Expr*> values;  // Constant(Str) and FormattedValue, in order; no empty Constants
};

enum class ConstantKind : uint8_t {
  None, True, False, Ellipsis,
  Int,      // text = digits without prefix or underscores (e.g. "ff"), base = 10/16/8/2
  Float,    // number = the value (parsed with strtod, underscores removed)
  Complex,  // number = the imaginary part of `<number>j` (reserved: the parser reports
            // "complex numbers are not supported by coil" instead of producing it today)
  Str,      // text = decoded UTF-8
  Bytes,    // text = raw byte values
};

struct Constant : Expr {
  COIL_AST_EXPR_NODE(Constant)
  ConstantKind value_kind = ConstantKind::None;
  int base = 10;              // Int only
  double number = 0.0;        // Float / Complex
  std::string_view text;      // Int digits, Str UTF-8, Bytes raw
  bool u_prefix = false;      // Str written as u"..." (CPython's Constant.kind == 'u')
};

struct Attribute : Expr {
  COIL_AST_EXPR_NODE(Attribute)
  Expr* value = nullptr;
  std::string_view attr;
  ExprContext ctx = ExprContext::Load;
};

// `a[i]`, `a[i:j]` (slice is a Slice), `a[i, j:k]` (slice is a Tuple containing a Slice).
struct Subscript : Expr {
  COIL_AST_EXPR_NODE(Subscript)
  Expr* value = nullptr;
  Expr* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Starred : Expr {
  COIL_AST_EXPR_NODE(Starred)
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Name : Expr {
  COIL_AST_EXPR_NODE(Name)
  std::string_view id;
  ExprContext ctx = ExprContext::Load;
};

struct List : Expr {
  COIL_AST_EXPR_NODE(List)
  Span<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

struct Tuple : Expr {
  COIL_AST_EXPR_NODE(Tuple)
  Span<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

// Only ever the `slice` of a Subscript (or an element of its Tuple).
struct Slice : Expr {
  COIL_AST_EXPR_NODE(Slice)
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// ---------------------------------------------------------------- statements

// Shared by FunctionDef and AsyncFunctionDef (check `kind`).
struct FunctionDef : Stmt {
  static bool classof(StmtKind k) { return k == StmtKind::FunctionDef || k == StmtKind::AsyncFunctionDef; }
  explicit FunctionDef(bool is_async = false)
      : Stmt(is_async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef) {}
  bool is_async() const { return kind == StmtKind::AsyncFunctionDef; }
  std::string_view name;
  Arguments* args = nullptr;  // never null
  Span<Stmt*> body;
  Span<Expr*> decorator_list;
  Expr* returns = nullptr;
};

struct ClassDef : Stmt {
  COIL_AST_STMT_NODE(ClassDef)
  std::string_view name;
  Span<Expr*> bases;
  Span<Keyword*> keywords;
  Span<Stmt*> body;
  Span<Expr*> decorator_list;
};

struct Return : Stmt {
  COIL_AST_STMT_NODE(Return)
  Expr* value = nullptr;
};

struct Delete : Stmt {
  COIL_AST_STMT_NODE(Delete)
  Span<Expr*> targets;  // Del context
};

// `a = b = c`: targets [a, b], value c.
struct Assign : Stmt {
  COIL_AST_STMT_NODE(Assign)
  Span<Expr*> targets;
  Expr* value = nullptr;
};

struct AugAssign : Stmt {
  COIL_AST_STMT_NODE(AugAssign)
  Expr* target = nullptr;  // Name, Attribute or Subscript, Store context
  Operator op = Operator::Add;
  Expr* value = nullptr;
};

// `simple` is true when the target is a bare (unparenthesized) Name.
struct AnnAssign : Stmt {
  COIL_AST_STMT_NODE(AnnAssign)
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // null for a bare `x: int`
  bool simple = false;
};

// Shared by For and AsyncFor (check `kind`).
struct For : Stmt {
  static bool classof(StmtKind k) { return k == StmtKind::For || k == StmtKind::AsyncFor; }
  explicit For(bool is_async = false) : Stmt(is_async ? StmtKind::AsyncFor : StmtKind::For) {}
  bool is_async() const { return kind == StmtKind::AsyncFor; }
  Expr* target = nullptr;
  Expr* iter = nullptr;
  Span<Stmt*> body;
  Span<Stmt*> orelse;
};

struct While : Stmt {
  COIL_AST_STMT_NODE(While)
  Expr* test = nullptr;
  Span<Stmt*> body;
  Span<Stmt*> orelse;
};

// `elif` is an If alone in the orelse of the previous If, as in CPython.
struct If : Stmt {
  COIL_AST_STMT_NODE(If)
  Expr* test = nullptr;
  Span<Stmt*> body;
  Span<Stmt*> orelse;
};

// Shared by With and AsyncWith (check `kind`).
struct With : Stmt {
  static bool classof(StmtKind k) { return k == StmtKind::With || k == StmtKind::AsyncWith; }
  explicit With(bool is_async = false) : Stmt(is_async ? StmtKind::AsyncWith : StmtKind::With) {}
  bool is_async() const { return kind == StmtKind::AsyncWith; }
  Span<WithItem*> items;
  Span<Stmt*> body;
};

struct Raise : Stmt {
  COIL_AST_STMT_NODE(Raise)
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};

// Shared by Try and TryStar (`except*`; check `kind`).
struct Try : Stmt {
  static bool classof(StmtKind k) { return k == StmtKind::Try || k == StmtKind::TryStar; }
  explicit Try(bool is_star = false) : Stmt(is_star ? StmtKind::TryStar : StmtKind::Try) {}
  bool is_star() const { return kind == StmtKind::TryStar; }
  Span<Stmt*> body;
  Span<ExceptHandler*> handlers;
  Span<Stmt*> orelse;
  Span<Stmt*> finalbody;
};

struct Assert : Stmt {
  COIL_AST_STMT_NODE(Assert)
  Expr* test = nullptr;
  Expr* msg = nullptr;
};

struct Import : Stmt {
  COIL_AST_STMT_NODE(Import)
  Span<Alias*> names;
};

// `from ..a.b import c`: module "a.b" (empty for `from . import c`), level 2.
struct ImportFrom : Stmt {
  COIL_AST_STMT_NODE(ImportFrom)
  std::string_view module;
  Span<Alias*> names;
  int level = 0;
};

struct Global : Stmt {
  COIL_AST_STMT_NODE(Global)
  Span<std::string_view> names;
};

struct Nonlocal : Stmt {
  COIL_AST_STMT_NODE(Nonlocal)
  Span<std::string_view> names;
};

// CPython's `Expr` statement.
struct ExprStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::Expr;
  static bool classof(StmtKind k) { return k == kKind; }
  ExprStmt() : Stmt(kKind) {}
  Expr* value = nullptr;
};

struct Pass : Stmt { COIL_AST_STMT_NODE(Pass) };
struct Break : Stmt { COIL_AST_STMT_NODE(Break) };
struct Continue : Stmt { COIL_AST_STMT_NODE(Continue) };

// The root. In parser::Mode::Eval, `body` holds exactly one ExprStmt (the expression) and
// `is_expression` is true, standing in for CPython's ast.Expression.
struct Module : Node {
  Span<Stmt*> body;
  bool is_expression = false;
};

#undef COIL_AST_EXPR_NODE
#undef COIL_AST_STMT_NODE

}  // namespace coil::ast
