// Scope analysis (CPython's symtable): which names of each function/class/module/comprehension
// are locals, globals, cells or free variables, plus the scope-level SyntaxErrors.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include "parser/ast.h"

namespace coil::compiler {

// How a name is used inside one scope (CPython's DEF_* flags).
enum SymFlag : uint32_t {
  kDefGlobal = 1u << 0,      // `global x`
  kDefLocal = 1u << 1,       // assigned / deleted here
  kDefParam = 1u << 2,
  kDefNonlocal = 1u << 3,    // `nonlocal x`
  kUse = 1u << 4,            // loaded here
  kDefFreeClass = 1u << 6,   // free in a method, and also bound in the class body
  kDefImport = 1u << 7,
  kDefAnnot = 1u << 8,       // annotated (`x: int`)
  kDefCompIter = 1u << 9,    // a comprehension's iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

// Where a name lives once analysis is done.
enum class SymScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class BlockKind : uint8_t { Module, Class, Function };
// Functions, lambdas and comprehensions are all Function blocks; this tells them apart.
enum class FuncKind : uint8_t { None, Def, AsyncDef, Lambda, ListComp, SetComp, DictComp, GenExp };

struct Symbol {
  uint32_t flags = 0;
  SymScope scope = SymScope::Unknown;
};

struct Scope {
  BlockKind kind = BlockKind::Module;
  FuncKind func = FuncKind::None;
  std::string name;
  const void* node = nullptr;          // the ast node that opened the scope
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  std::unordered_map<std::string, Symbol> symbols;   // keyed by mangled name
  std::vector<std::string> order;      // symbols in first-seen order
  std::vector<std::string> params;     // parameters in co_varnames order
  // Where each global/nonlocal declaration (or walrus-induced one) was made, for errors.
  std::unordered_map<std::string, ast::Node> directives;

  bool generator = false;              // contains yield
  bool coroutine = false;              // async def, or awaits (comprehensions)
  bool varargs = false, varkeywords = false;
  bool nested = false;                 // inside a function
  bool has_free = false;               // uses a free variable
  bool child_free = false;             // a child uses a free variable
  bool needs_class_closure = false;    // class body: a method uses __class__ / super
  int comp_iter_expr = 0;              // > 0 while visiting a comprehension's iterable
  bool comp_iter_target = false;       // visiting a comprehension's target

  bool is_comprehension() const { return func >= FuncKind::ListComp; }
  SymScope scope_of(std::string_view mangled) const;
  uint32_t flags_of(std::string_view mangled) const;
};

struct SymtableError {
  std::string message;
  ast::Node where;
};

class SymbolTable {
 public:
  // Analyses a whole module. Returns false with error() set on a SyntaxError.
  bool build(const ast::Module& mod);
  Scope* top() const { return top_; }
  Scope* scope_for(const void* node) const;
  const SymtableError& error() const { return error_; }

  // Owned scopes; used by the builder in symtable.cpp.
  Scope* new_scope();
  void register_scope(const void* node, Scope* s) { by_node_[node] = s; }
  SymtableError& error_slot() { return error_; }

 private:
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const void*, Scope*> by_node_;
  Scope* top_ = nullptr;
  SymtableError error_;
};

// CPython's private name mangling: `__x` inside class `A` is `_A__x`. `klass` empty = none.
std::string mangle(std::string_view klass, std::string_view name);

}  // namespace coil::compiler
