// Scope analysis, following CPython 3.11's Python/symtable.c: a first pass records how each
// scope uses each name; a second pass (analyze) resolves locals, globals, cells and frees.
#include "compiler/symtable.h"

#include <algorithm>
#include <set>

namespace coil::compiler {

using namespace coil::ast;

std::string mangle(std::string_view klass, std::string_view name) {
  if (klass.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
  // Dunder names and dotted (import) names are left alone.
  if (name.size() >= 4 && name.substr(name.size() - 2) == "__") return std::string(name);
  if (name.find('.') != std::string_view::npos) return std::string(name);
  size_t i = 0;
  while (i < klass.size() && klass[i] == '_') i++;
  if (i == klass.size()) return std::string(name);
  std::string out = "_";
  out += klass.substr(i);
  out += name;
  return out;
}

SymScope Scope::scope_of(std::string_view mangled) const {
  auto it = symbols.find(std::string(mangled));
  return it == symbols.end() ? SymScope::Unknown : it->second.scope;
}

uint32_t Scope::flags_of(std::string_view mangled) const {
  auto it = symbols.find(std::string(mangled));
  return it == symbols.end() ? 0 : it->second.flags;
}

Scope* SymbolTable::new_scope() {
  scopes_.push_back(std::make_unique<Scope>());
  return scopes_.back().get();
}

Scope* SymbolTable::scope_for(const void* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

namespace {

ast::Node loc_of(const Node& n) { return n; }

// ---------------------------------------------------------------- pass 1: collect

class Collector {
 public:
  explicit Collector(SymbolTable& st) : st_(st) {}

  bool module(const Module& mod) {
    Scope* s = enter(BlockKind::Module, FuncKind::None, "top", &mod);
    for (Stmt* st : mod.body)
      if (!stmt(st)) return false;
    (void)s;
    exit();
    return true;
  }

 private:
  SymbolTable& st_;
  Scope* cur_ = nullptr;
  Scope* top_ = nullptr;
  std::vector<Scope*> stack_;
  std::string private_;   // the enclosing class name, for mangling

  bool error(std::string msg, const Node& at) {
    st_.error_slot().message = std::move(msg);
    st_.error_slot().where = loc_of(at);
    return false;
  }

  Scope* enter(BlockKind kind, FuncKind func, std::string_view name, const void* node) {
    Scope* s = st_.new_scope();
    s->kind = kind;
    s->func = func;
    s->name = std::string(name);
    s->node = node;
    s->parent = cur_;
    if (cur_ != nullptr) {
      s->nested = cur_->nested || cur_->kind == BlockKind::Function;
      s->comp_iter_expr = cur_->comp_iter_expr;
      cur_->children.push_back(s);
    } else {
      top_ = s;
    }
    st_.register_scope(node, s);
    stack_.push_back(s);
    cur_ = s;
    return s;
  }

  void exit() {
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }

  Symbol& sym(Scope* s, const std::string& mangled) {
    auto it = s->symbols.find(mangled);
    if (it == s->symbols.end()) {
      s->order.push_back(mangled);
      it = s->symbols.emplace(mangled, Symbol{}).first;
    }
    return it->second;
  }

  bool add_def_in(Scope* s, std::string_view name, uint32_t flag, const Node& at) {
    std::string m = mangle(private_, name);
    auto it = s->symbols.find(m);
    uint32_t val = flag;
    if (it != s->symbols.end()) {
      if ((flag & kDefParam) && (it->second.flags & kDefParam))
        return error("duplicate argument '" + std::string(name) + "' in function definition", at);
      val = it->second.flags | flag;
    }
    if (s->comp_iter_target) {
      if (val & (kDefGlobal | kDefNonlocal))
        return error("comprehension inner loop cannot rebind assignment expression target '" +
                         std::string(name) + "'",
                     at);
      val |= kDefCompIter;
    }
    sym(s, m).flags = val;
    if (flag & kDefParam) s->params.push_back(m);
    return true;
  }
  bool add_def(std::string_view name, uint32_t flag, const Node& at) {
    return add_def_in(cur_, name, flag, at);
  }
  uint32_t lookup(std::string_view name) { return cur_->flags_of(mangle(private_, name)); }

  // ---- statements
  bool stmts(const Span<Stmt*>& body) {
    for (Stmt* s : body)
      if (!stmt(s)) return false;
    return true;
  }
  bool exprs(const Span<Expr*>& es) {
    for (Expr* e : es)
      if (e != nullptr && !expr(e)) return false;
    return true;
  }

  bool params(const Span<Arg*>& args) {
    for (Arg* a : args)
      if (!add_def(a->name, kDefParam, *a)) return false;
    return true;
  }

  bool arguments(const Arguments* a) {
    if (!params(a->posonlyargs) || !params(a->args) || !params(a->kwonlyargs)) return false;
    if (a->vararg != nullptr) {
      if (!add_def(a->vararg->name, kDefParam, *a->vararg)) return false;
      cur_->varargs = true;
    }
    if (a->kwarg != nullptr) {
      if (!add_def(a->kwarg->name, kDefParam, *a->kwarg)) return false;
      cur_->varkeywords = true;
    }
    return true;
  }

  bool annotations(const Arguments* a, const Expr* returns) {
    auto anns = [&](const Span<Arg*>& args) {
      for (Arg* x : args)
        if (x->annotation != nullptr && !expr(x->annotation)) return false;
      return true;
    };
    if (!anns(a->posonlyargs) || !anns(a->args)) return false;
    if (a->vararg != nullptr && a->vararg->annotation != nullptr && !expr(a->vararg->annotation))
      return false;
    if (a->kwarg != nullptr && a->kwarg->annotation != nullptr && !expr(a->kwarg->annotation))
      return false;
    if (!anns(a->kwonlyargs)) return false;
    if (returns != nullptr && !expr(returns)) return false;
    return true;
  }

  bool declaration(const Stmt* s, const Span<std::string_view>& names, bool is_global) {
    for (std::string_view name : names) {
      uint32_t cur = lookup(name);
      if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        std::string n(name);
        std::string what = is_global ? "global" : "nonlocal";
        std::string msg;
        if (cur & kDefParam)
          msg = "name '" + n + "' is parameter and " + what;
        else if (cur & kUse)
          msg = "name '" + n + "' is used prior to " + what + " declaration";
        else if (cur & kDefAnnot)
          msg = "annotated name '" + n + "' can't be " + what;
        else
          msg = "name '" + n + "' is assigned to before " + what + " declaration";
        return error(msg, *s);
      }
      if (!add_def(name, is_global ? kDefGlobal : kDefNonlocal, *s)) return false;
      cur_->directives[mangle(private_, name)] = loc_of(*s);
    }
    return true;
  }

  bool alias(const Alias* a) {
    std::string_view name = a->asname.empty() ? a->name : a->asname;
    if (name == "*") {
      if (cur_->kind != BlockKind::Module)
        return error("import * only allowed at module level", *a);
      return true;
    }
    size_t dot = name.find('.');
    if (dot != std::string_view::npos) name = name.substr(0, dot);
    return add_def(name, kDefImport, *a);
  }

  bool stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* f = s->as<FunctionDef>();
        if (!add_def(f->name, kDefLocal, *s)) return false;
        if (!exprs(f->args->defaults) || !exprs(f->args->kw_defaults)) return false;
        if (!annotations(f->args, f->returns)) return false;
        if (!exprs(f->decorator_list)) return false;
        enter(BlockKind::Function, f->is_async() ? FuncKind::AsyncDef : FuncKind::Def, f->name, f);
        if (f->is_async()) cur_->coroutine = true;
        if (!arguments(f->args) || !stmts(f->body)) return false;
        exit();
        return true;
      }
      case StmtKind::ClassDef: {
        auto* c = s->as<ClassDef>();
        if (!add_def(c->name, kDefLocal, *s)) return false;
        if (!exprs(c->bases)) return false;
        for (Keyword* k : c->keywords)
          if (!expr(k->value)) return false;
        if (!exprs(c->decorator_list)) return false;
        enter(BlockKind::Class, FuncKind::None, c->name, c);
        std::string saved = private_;
        private_ = std::string(c->name);
        bool ok = stmts(c->body);
        private_ = saved;
        if (!ok) return false;
        exit();
        return true;
      }
      case StmtKind::Return: {
        auto* r = s->as<Return>();
        return r->value == nullptr || expr(r->value);
      }
      case StmtKind::Delete:
        return exprs(s->as<Delete>()->targets);
      case StmtKind::Assign: {
        auto* a = s->as<Assign>();
        return exprs(a->targets) && expr(a->value);
      }
      case StmtKind::AugAssign: {
        auto* a = s->as<AugAssign>();
        return expr(a->target) && expr(a->value);
      }
      case StmtKind::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        if (a->target->kind == ExprKind::Name) {
          std::string_view id = a->target->as<Name>()->id;
          uint32_t cur = lookup(id);
          if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != top_ && a->simple) {
            return error(std::string("annotated name '") + std::string(id) + "' can't be " +
                             ((cur & kDefGlobal) ? "global" : "nonlocal"),
                         *s);
          }
          if (a->simple) {
            if (!add_def(id, kDefAnnot | kDefLocal, *a->target)) return false;
          } else if (a->value != nullptr) {
            if (!add_def(id, kDefLocal, *a->target)) return false;
          }
        } else if (!expr(a->target)) {
          return false;
        }
        if (!expr(a->annotation)) return false;
        return a->value == nullptr || expr(a->value);
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = s->as<For>();
        return expr(f->target) && expr(f->iter) && stmts(f->body) && stmts(f->orelse);
      }
      case StmtKind::While: {
        auto* w = s->as<While>();
        return expr(w->test) && stmts(w->body) && stmts(w->orelse);
      }
      case StmtKind::If: {
        auto* i = s->as<If>();
        return expr(i->test) && stmts(i->body) && stmts(i->orelse);
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* w = s->as<With>();
        for (WithItem* it : w->items) {
          if (!expr(it->context_expr)) return false;
          if (it->optional_vars != nullptr && !expr(it->optional_vars)) return false;
        }
        return stmts(w->body);
      }
      case StmtKind::Raise: {
        auto* r = s->as<Raise>();
        return (r->exc == nullptr || expr(r->exc)) && (r->cause == nullptr || expr(r->cause));
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = s->as<Try>();
        if (!stmts(t->body) || !stmts(t->orelse)) return false;
        for (ExceptHandler* h : t->handlers) {
          if (h->type != nullptr && !expr(h->type)) return false;
          if (!h->name.empty() && !add_def(h->name, kDefLocal, *h)) return false;
          if (!stmts(h->body)) return false;
        }
        return stmts(t->finalbody);
      }
      case StmtKind::Assert: {
        auto* a = s->as<Assert>();
        return expr(a->test) && (a->msg == nullptr || expr(a->msg));
      }
      case StmtKind::Import:
        for (Alias* a : s->as<Import>()->names)
          if (!alias(a)) return false;
        return true;
      case StmtKind::ImportFrom:
        for (Alias* a : s->as<ImportFrom>()->names)
          if (!alias(a)) return false;
        return true;
      case StmtKind::Global:
        return declaration(s, s->as<Global>()->names, true);
      case StmtKind::Nonlocal:
        return declaration(s, s->as<Nonlocal>()->names, false);
      case StmtKind::Expr:
        return expr(s->as<ExprStmt>()->value);
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        return true;
    }
    return true;
  }

  // ---- expressions
  bool comprehension_block(const Expr* e, FuncKind kind, std::string_view name,
                           const Span<Comprehension*>& gens, const Expr* elt, const Expr* value) {
    bool is_generator = kind == FuncKind::GenExp;
    Comprehension* outer = gens[0];
    cur_->comp_iter_expr++;
    bool ok = expr(outer->iter);
    cur_->comp_iter_expr--;
    if (!ok) return false;
    enter(BlockKind::Function, kind, name, e);
    if (outer->is_async) cur_->coroutine = true;
    if (!add_def(".0", kDefParam, *e)) return false;
    cur_->comp_iter_target = true;
    ok = expr(outer->target);
    cur_->comp_iter_target = false;
    if (!ok || !exprs(outer->ifs)) return false;
    for (size_t i = 1; i < gens.size(); i++) {
      Comprehension* g = gens[i];
      cur_->comp_iter_target = true;
      ok = expr(g->target);
      cur_->comp_iter_target = false;
      if (!ok) return false;
      cur_->comp_iter_expr++;
      ok = expr(g->iter);
      cur_->comp_iter_expr--;
      if (!ok || !exprs(g->ifs)) return false;
      if (g->is_async) cur_->coroutine = true;
    }
    if (value != nullptr && !expr(value)) return false;
    if (!expr(elt)) return false;
    cur_->generator = is_generator;
    bool is_async = cur_->coroutine && !is_generator;
    exit();
    if (is_async) cur_->coroutine = true;
    return true;
  }

  bool yield_check(const Expr* e) {
    cur_->generator = true;
    switch (cur_->func) {
      case FuncKind::ListComp: return error("'yield' inside list comprehension", *e);
      case FuncKind::SetComp: return error("'yield' inside set comprehension", *e);
      case FuncKind::DictComp: return error("'yield' inside dict comprehension", *e);
      case FuncKind::GenExp: return error("'yield' inside generator expression", *e);
      default: return true;
    }
  }

  bool namedexpr(const NamedExpr* e) {
    if (cur_->comp_iter_expr > 0)
      return error("assignment expression cannot be used in a comprehension iterable expression",
                   *e);
    if (cur_->is_comprehension()) {
      std::string_view target = e->target->as<Name>()->id;
      for (size_t i = stack_.size(); i-- > 0;) {
        Scope* s = stack_[i];
        if (s->is_comprehension()) {
          if (s->flags_of(mangle(private_, target)) & kDefCompIter)
            return error("assignment expression cannot rebind comprehension iteration variable '" +
                             std::string(target) + "'",
                         *e->target);
          continue;
        }
        if (s->kind == BlockKind::Function) {
          uint32_t f = s->flags_of(mangle(private_, target));
          if (!add_def(target, (f & kDefGlobal) ? kDefGlobal : kDefNonlocal, *e->target))
            return false;
          cur_->directives[mangle(private_, target)] = loc_of(*e->target);
          if (!add_def_in(s, target, kDefLocal, *e->target)) return false;
          break;
        }
        if (s->kind == BlockKind::Module) {
          if (!add_def(target, kDefGlobal, *e->target)) return false;
          cur_->directives[mangle(private_, target)] = loc_of(*e->target);
          if (!add_def_in(s, target, kDefGlobal, *e->target)) return false;
          break;
        }
        return error("assignment expression within a comprehension cannot be used in a class body",
                     *e->target);
      }
    }
    return expr(e->value) && expr(e->target);
  }

  bool expr(const Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp:
        return exprs(e->as<BoolOp>()->values);
      case ExprKind::NamedExpr:
        return namedexpr(e->as<NamedExpr>());
      case ExprKind::BinOp: {
        auto* b = e->as<BinOp>();
        return expr(b->left) && expr(b->right);
      }
      case ExprKind::UnaryOp:
        return expr(e->as<UnaryOp>()->operand);
      case ExprKind::Lambda: {
        auto* l = e->as<Lambda>();
        if (!exprs(l->args->defaults) || !exprs(l->args->kw_defaults)) return false;
        enter(BlockKind::Function, FuncKind::Lambda, "lambda", l);
        if (!arguments(l->args) || !expr(l->body)) return false;
        exit();
        return true;
      }
      case ExprKind::IfExp: {
        auto* i = e->as<IfExp>();
        return expr(i->test) && expr(i->body) && expr(i->orelse);
      }
      case ExprKind::Dict: {
        auto* d = e->as<ast::Dict>();
        return exprs(d->keys) && exprs(d->values);
      }
      case ExprKind::Set:
        return exprs(e->as<ast::Set>()->elts);
      case ExprKind::ListComp: {
        auto* c = e->as<ListComp>();
        return comprehension_block(e, FuncKind::ListComp, "listcomp", c->generators, c->elt, nullptr);
      }
      case ExprKind::SetComp: {
        auto* c = e->as<SetComp>();
        return comprehension_block(e, FuncKind::SetComp, "setcomp", c->generators, c->elt, nullptr);
      }
      case ExprKind::DictComp: {
        auto* c = e->as<DictComp>();
        return comprehension_block(e, FuncKind::DictComp, "dictcomp", c->generators, c->key, c->value);
      }
      case ExprKind::GeneratorExp: {
        auto* c = e->as<GeneratorExp>();
        return comprehension_block(e, FuncKind::GenExp, "genexpr", c->generators, c->elt, nullptr);
      }
      case ExprKind::Await:
        if (!expr(e->as<Await>()->value)) return false;
        cur_->coroutine = true;
        return true;
      case ExprKind::Yield: {
        auto* y = e->as<Yield>();
        if (y->value != nullptr && !expr(y->value)) return false;
        return yield_check(e);
      }
      case ExprKind::YieldFrom:
        if (!expr(e->as<YieldFrom>()->value)) return false;
        return yield_check(e);
      case ExprKind::Compare: {
        auto* c = e->as<Compare>();
        return expr(c->left) && exprs(c->comparators);
      }
      case ExprKind::Call: {
        auto* c = e->as<Call>();
        if (!expr(c->func) || !exprs(c->args)) return false;
        for (Keyword* k : c->keywords)
          if (!expr(k->value)) return false;
        return true;
      }
      case ExprKind::FormattedValue: {
        auto* f = e->as<FormattedValue>();
        return expr(f->value) && (f->format_spec == nullptr || expr(f->format_spec));
      }
      case ExprKind::JoinedStr:
        return exprs(e->as<JoinedStr>()->values);
      case ExprKind::Constant:
        return true;
      case ExprKind::Attribute:
        return expr(e->as<Attribute>()->value);
      case ExprKind::Subscript: {
        auto* s = e->as<Subscript>();
        return expr(s->value) && expr(s->slice);
      }
      case ExprKind::Starred:
        return expr(e->as<Starred>()->value);
      case ExprKind::Slice: {
        auto* s = e->as<ast::Slice>();
        return (s->lower == nullptr || expr(s->lower)) && (s->upper == nullptr || expr(s->upper)) &&
               (s->step == nullptr || expr(s->step));
      }
      case ExprKind::Name: {
        auto* n = e->as<Name>();
        if (!add_def(n->id, n->ctx == ExprContext::Load ? kUse : kDefLocal, *e)) return false;
        // `super` (and only the plain name) implicitly uses the __class__ cell.
        if (n->ctx == ExprContext::Load && cur_->kind == BlockKind::Function && n->id == "super")
          return add_def("__class__", kUse, *e);
        return true;
      }
      case ExprKind::List:
        return exprs(e->as<ast::List>()->elts);
      case ExprKind::Tuple:
        return exprs(e->as<ast::Tuple>()->elts);
    }
    return true;
  }
};

// ---------------------------------------------------------------- pass 2: analyze

using NameSet = std::set<std::string>;

class Analyzer {
 public:
  explicit Analyzer(SymbolTable& st) : st_(st) {}

  bool run(Scope* top) {
    NameSet free, global;
    return block(top, nullptr, free, global);
  }

 private:
  SymbolTable& st_;

  bool error(std::string msg, const ast::Node& at) {
    st_.error_slot().message = std::move(msg);
    st_.error_slot().where = at;
    return false;
  }

  bool name(Scope* s, std::unordered_map<std::string, SymScope>& scopes, const std::string& n,
            uint32_t flags, NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal) return error("name '" + n + "' is nonlocal and global", s->directives[n]);
      scopes[n] = SymScope::GlobalExplicit;
      global.insert(n);
      if (bound != nullptr) bound->erase(n);
      return true;
    }
    if (flags & kDefNonlocal) {
      if (bound == nullptr) return error("nonlocal declaration not allowed at module level", s->directives[n]);
      if (!bound->count(n)) return error("no binding for nonlocal '" + n + "' found", s->directives[n]);
      scopes[n] = SymScope::Free;
      s->has_free = true;
      free.insert(n);
      return true;
    }
    if (flags & kDefBound) {
      scopes[n] = SymScope::Local;
      local.insert(n);
      global.erase(n);
      return true;
    }
    if (bound != nullptr && bound->count(n)) {
      scopes[n] = SymScope::Free;
      s->has_free = true;
      free.insert(n);
      return true;
    }
    if (global.count(n)) {
      scopes[n] = SymScope::GlobalImplicit;
      return true;
    }
    if (s->nested) s->has_free = true;
    scopes[n] = SymScope::GlobalImplicit;
    return true;
  }

  bool block(Scope* s, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newglobal, newfree, newbound;
    std::unordered_map<std::string, SymScope> scopes;
    if (s->kind == BlockKind::Class) {
      newglobal = global;
      if (bound != nullptr) newbound = *bound;
    }
    for (const std::string& n : s->order) {
      if (!name(s, scopes, n, s->symbols[n].flags, bound, local, free, global)) return false;
    }
    if (s->kind != BlockKind::Class) {
      if (s->kind == BlockKind::Function) newbound.insert(local.begin(), local.end());
      if (bound != nullptr) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (Scope* child : s->children) {
      NameSet child_bound = newbound, child_free, child_global = newglobal;
      if (!block(child, &child_bound, child_free, child_global)) return false;
      allfree.insert(child_free.begin(), child_free.end());
      if (child->has_free || child->child_free) s->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (s->kind == BlockKind::Function) {
      // Locals that children capture become cells.
      for (auto& [n, sc] : scopes) {
        if (sc == SymScope::Local && newfree.count(n)) {
          sc = SymScope::Cell;
          newfree.erase(n);
        }
      }
    } else if (s->kind == BlockKind::Class) {
      if (newfree.erase("__class__")) s->needs_class_closure = true;
    }
    // Record the results.
    for (auto& [n, sc] : scopes) s->symbols[n].scope = sc;
    for (const std::string& n : newfree) {
      auto it = s->symbols.find(n);
      if (it != s->symbols.end()) {
        if (s->kind == BlockKind::Class && (it->second.flags & (kDefBound | kDefGlobal)))
          it->second.flags |= kDefFreeClass;
        continue;
      }
      if (bound != nullptr && !bound->count(n)) continue;   // a global
      s->order.push_back(n);
      s->symbols[n] = Symbol{0, SymScope::Free};
    }
    free.insert(newfree.begin(), newfree.end());
    return true;
  }
};

}  // namespace

bool SymbolTable::build(const ast::Module& mod) {
  Collector c(*this);
  if (!c.module(mod)) return false;
  top_ = scopes_.empty() ? nullptr : scopes_.front().get();
  Analyzer a(*this);
  return a.run(top_);
}

}  // namespace coil::compiler
