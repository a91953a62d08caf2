// The code generator's core: the stack of Units, constants and names, name resolution into
// FAST/DEREF/GLOBAL/NAME instructions, qualnames and code flags, module and class bodies.
#include "compiler/codegen.h"

#include <algorithm>
#include "compiler/assembler.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil::compiler {

using namespace coil::ast;

namespace {
constexpr size_t kMaxBlocks = 20;   // CPython's CO_MAXBLOCKS
}

Codegen::Codegen(Interp& interp, SymbolTable& st, std::string_view filename,
                 std::string_view source, const Options& opts)
    : interp_(interp), st_(st), opts_(opts) {
  filename_ = str_new(interp, filename);
  Str* src = str_new(interp, source);
  source_ = src != nullptr ? Value::object(src) : Value::none();
}

bool Codegen::error(std::string msg) {
  has_syntax_error_ = true;
  error_message_ = std::move(msg);
  error_where_ = u_->loc;
  return false;
}

bool Codegen::error_at(std::string msg, const Node& n) {
  has_syntax_error_ = true;
  error_message_ = std::move(msg);
  error_where_ = SourcePosition{n.line, n.end_line, n.col, n.end_col};
  return false;
}

bool Codegen::oom() {
  if (!interp_.has_error()) raise_no_memory(interp_);
  return false;
}

void Codegen::set_loc(const Node& n) { u_->loc = SourcePosition{n.line, n.end_line, n.col, n.end_col}; }
void Codegen::unset_loc() { u_->loc = SourcePosition{0, 0, 0, 0}; }

bool Codegen::is_top_level_await() const {
  return opts_.allow_top_level_await && u_->kind == UnitKind::Module;
}

// ---------------------------------------------------------------- units

bool Codegen::enter_scope(std::string_view name, UnitKind kind, const void* node, int firstlineno) {
  auto unit = std::make_unique<Unit>();
  Unit* u = unit.get();
  u->scope = st_.scope_for(node);
  u->kind = kind;
  u->name = std::string(name);
  u->firstlineno = firstlineno;
  if (kind == UnitKind::Class) u->private_name = std::string(name);
  else if (u_ != nullptr) u->private_name = u_->private_name;
  u->loc = SourcePosition{firstlineno, firstlineno, 0, 0};
  if (u->scope == nullptr) return oom();   // cannot happen: every scope node was visited

  for (const std::string& p : u->scope->params) {
    u->varname_index[p] = uint32_t(u->varnames.size());
    u->varnames.push_back(p);
  }
  std::vector<std::string> cells, frees;
  for (const auto& [n, sym] : u->scope->symbols) {
    if (sym.scope == SymScope::Cell) cells.push_back(n);
    if (sym.scope == SymScope::Free || (sym.flags & kDefFreeClass)) frees.push_back(n);
  }
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  if (kind == UnitKind::Class && u->scope->needs_class_closure) cells.insert(cells.begin(), "__class__");
  u->cellvars = cells;
  u->freevars = frees;
  for (size_t i = 0; i < cells.size(); i++) u->cell_index[cells[i]] = uint32_t(i);
  for (size_t i = 0; i < frees.size(); i++) u->cell_index[frees[i]] = uint32_t(cells.size() + i);

  units_.push_back(std::move(unit));
  u_ = u;
  if (kind != UnitKind::Module) set_qualname();
  else u_->qualname = u_->name;
  return true;
}

void Codegen::set_qualname() {
  Unit* u = u_;
  Unit* parent = units_.size() >= 3 ? units_[units_.size() - 2].get() : nullptr;
  // units_[0] is the module: its direct children have no prefix.
  std::string base;
  bool has_base = false;
  if (parent != nullptr) {
    bool force_global = false;
    if (u->kind == UnitKind::Function || u->kind == UnitKind::AsyncFunction || u->kind == UnitKind::Class) {
      std::string mangled = mangle(parent->private_name, u->name);
      if (parent->scope->scope_of(mangled) == SymScope::GlobalExplicit) force_global = true;
    }
    if (!force_global) {
      has_base = true;
      if (parent->kind == UnitKind::Function || parent->kind == UnitKind::AsyncFunction ||
          parent->kind == UnitKind::Lambda)
        base = parent->qualname + ".<locals>";
      else
        base = parent->qualname;
    }
  }
  u->qualname = has_base ? base + "." + u->name : u->name;
}

uint32_t Codegen::compute_flags() const {
  const Scope* s = u_->scope;
  uint32_t flags = 0;
  if (s->kind == BlockKind::Function) {
    flags |= kCodeOptimized | kCodeNewLocals;
    if (s->nested) flags |= kCodeNested;
    if (s->generator && !s->coroutine) flags |= kCodeGenerator;
    if (!s->generator && s->coroutine) flags |= kCodeCoroutine;
    if (s->generator && s->coroutine) flags |= kCodeAsyncGenerator;
    if (s->varargs) flags |= kCodeVarargs;
    if (s->varkeywords) flags |= kCodeVarkeywords;
  }
  if (is_top_level_await() && (s->coroutine || u_->uses_top_level_await) && !s->generator)
    flags |= kCodeCoroutine | kCodeTopLevelAwait;
  return flags;
}

Code* Codegen::exit_scope() {
  u_->flags |= compute_flags();
  Code* code = assemble(interp_, *u_, filename_, source_);
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

// ---------------------------------------------------------------- constants and names

bool Codegen::add_const(const Const& c, uint32_t* index) {
  auto it = u_->const_index.find(c.key);
  if (it != u_->const_index.end()) {
    *index = it->second;
    return true;
  }
  uint32_t i = uint32_t(u_->consts.size());
  u_->consts.push_back(c.value);
  if (!c.key.empty()) u_->const_index.emplace(c.key, i);
  *index = i;
  return true;
}

bool Codegen::load_const(const Const& c) {
  uint32_t i;
  if (!add_const(c, &i)) return false;
  u_->emit(Op::LOAD_CONST, i);
  return true;
}

bool Codegen::load_none() { return load_const(none_constant()); }

bool Codegen::load_str(std::string_view s) {
  Const c;
  if (!make_str_constant(interp_, s, &c)) return oom();
  return load_const(c);
}

bool Codegen::load_int(int64_t n) { return load_const(Const{Value::small_int(n), "i" + std::to_string(n)}); }

bool Codegen::load_code(Code* code) {
  // Code objects are never shared: the key is empty, so no deduplication.
  return load_const(Const{Value::object(code), ""});
}

uint32_t Codegen::add_name_raw(std::string_view name) {
  std::string key(name);
  auto it = u_->name_index.find(key);
  if (it != u_->name_index.end()) return it->second;
  Str* s = intern(interp_, name);
  if (s == nullptr) return ~0u;
  uint32_t i = uint32_t(u_->names.size());
  u_->names.push_back(s);
  u_->name_index.emplace(std::move(key), i);
  return i;
}

uint32_t Codegen::add_name(std::string_view name) { return add_name_raw(mangle(u_->private_name, name)); }

bool Codegen::emit_name(Op op, std::string_view name) {
  uint32_t i = add_name(name);
  if (i == ~0u) return oom();
  u_->emit(op, i);
  return true;
}

uint32_t Codegen::varname(const std::string& mangled) {
  auto it = u_->varname_index.find(mangled);
  if (it != u_->varname_index.end()) return it->second;
  uint32_t i = uint32_t(u_->varnames.size());
  u_->varnames.push_back(mangled);
  u_->varname_index.emplace(mangled, i);
  return i;
}

bool Codegen::nameop(std::string_view name, ExprContext ctx) {
  if (ctx == ExprContext::Load && name == "__debug__") return load_const(Const{Value::true_(), "T"});
  std::string mangled = mangle(u_->private_name, name);
  SymScope scope = u_->scope->scope_of(mangled);
  bool function = u_->scope->kind == BlockKind::Function;
  enum { kName, kFast, kDeref, kGlobal } optype = kName;
  switch (scope) {
    case SymScope::Free:
    case SymScope::Cell: optype = kDeref; break;
    case SymScope::Local: if (function) optype = kFast; break;
    case SymScope::GlobalImplicit: if (function) optype = kGlobal; break;
    case SymScope::GlobalExplicit: optype = kGlobal; break;
    default: break;
  }
  static constexpr Op kOps[4][3] = {
      {Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME},
      {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST},
      {Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF},
      {Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL},
  };
  Op op = kOps[optype][int(ctx)];
  switch (optype) {
    case kDeref: {
      if (op == Op::LOAD_DEREF && u_->scope->kind == BlockKind::Class) op = Op::LOAD_CLASSDEREF;
      auto it = u_->cell_index.find(mangled);
      if (it == u_->cell_index.end()) return oom();
      u_->emit(op, it->second);
      return true;
    }
    case kFast:
      u_->emit(op, varname(mangled));
      return true;
    default: {
      uint32_t i = add_name_raw(mangled);
      if (i == ~0u) return oom();
      u_->emit(op, i);
      return true;
    }
  }
}

// ---------------------------------------------------------------- blocks

bool Codegen::push_fblock(FBlockKind kind, int block, int exit, const void* datum, std::string_view name) {
  if (u_->fblocks.size() >= kMaxBlocks) return error("too many statically nested blocks");
  u_->fblocks.push_back(FBlock{kind, block, exit, datum, name});
  return true;
}

void Codegen::pop_fblock() { u_->fblocks.pop_back(); }

// ---------------------------------------------------------------- bodies

namespace {

// Does the body (not nested functions/classes) contain an annotated assignment?
bool find_ann(const Span<Stmt*>& stmts) {
  for (const Stmt* s : stmts) {
    switch (s->kind) {
      case StmtKind::AnnAssign: return true;
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = s->as<For>();
        if (find_ann(f->body) || find_ann(f->orelse)) return true;
        break;
      }
      case StmtKind::While: {
        auto* w = s->as<While>();
        if (find_ann(w->body) || find_ann(w->orelse)) return true;
        break;
      }
      case StmtKind::If: {
        auto* i = s->as<If>();
        if (find_ann(i->body) || find_ann(i->orelse)) return true;
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (find_ann(s->as<With>()->body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = s->as<Try>();
        for (ExceptHandler* h : t->handlers)
          if (find_ann(h->body)) return true;
        if (find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse)) return true;
        break;
      }
      default: break;
    }
  }
  return false;
}

}  // namespace

// The docstring of a body: its first statement, when that is a plain string expression.
const Constant* docstring_of(const Span<Stmt*>& body) {
  if (body.empty() || body[0]->kind != StmtKind::Expr) return nullptr;
  const Expr* e = body[0]->as<ExprStmt>()->value;
  if (e->kind != ExprKind::Constant) return nullptr;
  auto* c = e->as<Constant>();
  return c->value_kind == ConstantKind::Str ? c : nullptr;
}

bool Codegen::body(const Span<Stmt*>& stmts) {
  if (u_->kind == UnitKind::Module && !stmts.empty()) set_loc(*stmts[0]);
  if (find_ann(stmts)) u_->emit(Op::SETUP_ANNOTATIONS);
  if (stmts.empty()) return true;
  size_t i = 0;
  if (const Constant* doc = docstring_of(stmts)) {
    i = 1;
    set_loc(*stmts[0]);
    Const c;
    if (!make_constant(interp_, doc, &c)) return oom();
    u_->docstring = c.value;
    if (!expr(doc)) return false;
    unset_loc();
    if (!nameop("__doc__", ExprContext::Store)) return false;
  }
  for (; i < stmts.size(); i++)
    if (!stmt(stmts[i])) return false;
  return true;
}

bool Codegen::make_closure(Code* code, uint32_t flags) {
  size_t nfree = code->freevars->size;
  if (nfree > 0) {
    for (size_t i = 0; i < nfree; i++) {
      std::string name(code->freevars->items[i].as<Str>()->view());
      // A class's __class__ is its own cell; anything else is found in our cells or frees.
      auto it = u_->cell_index.find(name);
      if (it == u_->cell_index.end()) return oom();
      u_->emit(Op::LOAD_CLOSURE, it->second);
    }
    flags |= 0x08;
    u_->emit(Op::BUILD_TUPLE, uint32_t(nfree));
  }
  if (!load_code(code)) return false;
  u_->emit(Op::MAKE_FUNCTION, flags);
  return true;
}

// ---------------------------------------------------------------- the module

Code* Codegen::module(const ast::Module& mod) {
  if (filename_ == nullptr) {
    oom();
    return nullptr;
  }
  if (!enter_scope("<module>", UnitKind::Module, &mod, 1)) return nullptr;
  bool ok;
  if (mod.is_expression && !mod.body.empty() && mod.body[0]->kind == StmtKind::Expr) {
    ok = expr(mod.body[0]->as<ExprStmt>()->value);
    if (ok) u_->emit(Op::RETURN_VALUE);
  } else {
    ok = body(mod.body);
    if (ok) {
      unset_loc();
      ok = load_none();
      u_->emit(Op::RETURN_VALUE);
    }
  }
  if (!ok) return nullptr;
  return exit_scope();
}

}  // namespace coil::compiler
