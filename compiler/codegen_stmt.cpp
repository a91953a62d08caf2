// Statements: assignments of every form, if/while/for (and async for), return/break/continue
// with the unwinding of enclosing blocks, assert, raise, imports, expression statements.
#include "compiler/codegen.h"

#include "runtime/tuple.h"

namespace coil::compiler {

bool Codegen::stmts(const ast::Span<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body)
    if (!stmt(s)) return false;
  return true;
}

bool Codegen::stmt(const ast::Stmt* s) {
  using K = ast::StmtKind;
  set_loc(*s);
  switch (s->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef: return function_def(s->as<ast::FunctionDef>());
    case K::ClassDef: return class_def(s->as<ast::ClassDef>());
    case K::Return: return return_stmt(s->as<ast::Return>());
    case K::Delete: return exprs(s->as<ast::Delete>()->targets);
    case K::Assign: return assign(s->as<ast::Assign>());
    case K::AugAssign: return augassign(s->as<ast::AugAssign>());
    case K::AnnAssign: return annassign(s->as<ast::AnnAssign>());
    case K::For: return for_stmt(s->as<ast::For>());
    case K::AsyncFor: return async_for(s->as<ast::For>());
    case K::While: return while_stmt(s->as<ast::While>());
    case K::If: return if_stmt(s->as<ast::If>());
    case K::With: return with(s->as<ast::With>(), 0);
    case K::AsyncWith: return async_with(s->as<ast::With>(), 0);
    case K::Raise: return raise_stmt(s->as<ast::Raise>());
    case K::Try:
    case K::TryStar: return try_stmt(s->as<ast::Try>());
    case K::Assert: return assert_stmt(s->as<ast::Assert>());
    case K::Import: return import(s->as<ast::Import>());
    case K::ImportFrom: return import_from(s->as<ast::ImportFrom>());
    case K::Global:
    case K::Nonlocal: return true;
    case K::Expr: return stmt_expr(s->as<ast::ExprStmt>()->value);
    case K::Pass: u_->emit(Op::NOP); return true;
    case K::Break: return break_stmt(s);
    case K::Continue: return continue_stmt(s);
  }
  return true;
}

bool Codegen::stmt_expr(const ast::Expr* value) {
  if (value->kind == ast::ExprKind::Constant) {
    u_->emit(Op::NOP);   // a constant statement does nothing
    return true;
  }
  if (!expr(value)) return false;
  unset_loc();
  u_->emit(Op::POP_TOP);
  return true;
}

// ---------------------------------------------------------------- assignments

bool Codegen::assign(const ast::Assign* s) {
  if (!expr(s->value)) return false;
  size_t n = s->targets.size();
  for (size_t i = 0; i < n; i++) {
    if (i + 1 < n) u_->emit(Op::COPY, 1);
    if (!expr(s->targets[i])) return false;
  }
  return true;
}

bool Codegen::augassign(const ast::AugAssign* s) {
  const ast::Expr* e = s->target;
  {
    LocGuard g(u_, *e);
    switch (e->kind) {
      case ast::ExprKind::Attribute: {
        auto* a = e->as<ast::Attribute>();
        if (!expr(a->value)) return false;
        u_->emit(Op::COPY, 1);
        match_attr_start(a);
        if (!emit_name(Op::LOAD_ATTR, a->attr)) return false;
        break;
      }
      case ast::ExprKind::Subscript: {
        auto* sub = e->as<ast::Subscript>();
        if (!expr(sub->value) || !expr(sub->slice)) return false;
        u_->emit(Op::COPY, 2);
        u_->emit(Op::COPY, 2);
        u_->emit(Op::BINARY_SUBSCR);
        break;
      }
      case ast::ExprKind::Name:
        if (!nameop(e->as<ast::Name>()->id, ast::ExprContext::Load)) return false;
        break;
      default:
        return error("illegal expression for augmented assignment");
    }
  }
  set_loc(*s);
  if (!expr(s->value)) return false;
  u_->emit(Op::BINARY_OP, binary_op_arg(s->op, true));
  set_loc(*e);
  switch (e->kind) {
    case ast::ExprKind::Attribute:
      match_attr_start(e->as<ast::Attribute>());
      u_->emit(Op::SWAP, 2);
      return emit_name(Op::STORE_ATTR, e->as<ast::Attribute>()->attr);
    case ast::ExprKind::Subscript:
      u_->emit(Op::SWAP, 3);
      u_->emit(Op::SWAP, 2);
      u_->emit(Op::STORE_SUBSCR);
      return true;
    default:
      return nameop(e->as<ast::Name>()->id, ast::ExprContext::Store);
  }
}

bool Codegen::check_ann_expr(const ast::Expr* e) {
  if (!expr(e)) return false;
  u_->emit(Op::POP_TOP);
  return true;
}

bool Codegen::check_ann_subscr(const ast::Expr* e) {
  if (e->kind == ast::ExprKind::Slice) {
    auto* s = e->as<ast::Slice>();
    if (s->lower != nullptr && !check_ann_expr(s->lower)) return false;
    if (s->upper != nullptr && !check_ann_expr(s->upper)) return false;
    if (s->step != nullptr && !check_ann_expr(s->step)) return false;
    return true;
  }
  if (e->kind == ast::ExprKind::Tuple) {
    for (const ast::Expr* elt : e->as<ast::Tuple>()->elts)
      if (!check_ann_subscr(elt)) return false;
    return true;
  }
  return check_ann_expr(e);
}

bool Codegen::annassign(const ast::AnnAssign* s) {
  const ast::Expr* targ = s->target;
  if (s->value != nullptr) {
    if (!expr(s->value) || !expr(targ)) return false;
  }
  bool module_or_class = u_->kind == UnitKind::Module || u_->kind == UnitKind::Class;
  switch (targ->kind) {
    case ast::ExprKind::Name:
      // A simple name in a module or class body: store the evaluated annotation.
      if (s->simple && module_or_class) {
        if (!expr(s->annotation)) return false;
        if (!emit_name(Op::LOAD_NAME, "__annotations__")) return false;
        if (!load_str(mangle(u_->private_name, targ->as<ast::Name>()->id))) return false;
        u_->emit(Op::STORE_SUBSCR);
      }
      break;
    case ast::ExprKind::Attribute:
      if (s->value == nullptr && !check_ann_expr(targ->as<ast::Attribute>()->value)) return false;
      break;
    case ast::ExprKind::Subscript:
      if (s->value == nullptr) {
        auto* sub = targ->as<ast::Subscript>();
        if (!check_ann_expr(sub->value) || !check_ann_subscr(sub->slice)) return false;
      }
      break;
    default:
      return error("invalid node type for annotated assignment");
  }
  // Annotations of complex targets are evaluated (and dropped) in modules and classes.
  if (!s->simple && module_or_class) return check_ann_expr(s->annotation);
  return true;
}

// ---------------------------------------------------------------- control flow

bool Codegen::if_stmt(const ast::If* s) {
  int end = u_->new_label();
  int next = s->orelse.empty() ? end : u_->new_label();
  if (!jump_if(s->test, next, false)) return false;
  if (!stmts(s->body)) return false;
  if (!s->orelse.empty()) {
    unset_loc();
    u_->jump(Op::JUMP, end);
    u_->bind(next);
    if (!stmts(s->orelse)) return false;
  }
  u_->bind(end);
  return true;
}

bool Codegen::while_stmt(const ast::While* s) {
  int loop = u_->new_label(), anchor = u_->new_label(), exit = u_->new_label();
  u_->bind(loop);
  if (!push_fblock(FBlockKind::WhileLoop, loop, exit)) return false;
  if (!jump_if(s->test, anchor, false)) return false;
  if (!stmts(s->body)) return false;
  // The loop closes with an unconditional backward JUMP: the VM's safe point.
  set_loc(*s);
  u_->jump(Op::JUMP, loop);
  pop_fblock();
  u_->bind(anchor);
  if (!stmts(s->orelse)) return false;
  u_->bind(exit);
  return true;
}

bool Codegen::for_stmt(const ast::For* s) {
  int start = u_->new_label(), cleanup = u_->new_label(), end = u_->new_label();
  if (!expr(s->iter)) return false;
  u_->emit(Op::GET_ITER);
  u_->bind(start);
  if (!push_fblock(FBlockKind::ForLoop, start, end)) return false;
  u_->jump(Op::FOR_ITER, cleanup);
  if (!expr(s->target)) return false;
  if (!stmts(s->body)) return false;
  unset_loc();
  u_->jump(Op::JUMP, start);
  u_->bind(cleanup);
  pop_fblock();
  if (!stmts(s->orelse)) return false;
  u_->bind(end);
  return true;
}

bool Codegen::async_for(const ast::For* s) {
  if (is_top_level_await()) {
    u_->uses_top_level_await = true;
  } else if (u_->kind != UnitKind::AsyncFunction) {
    return error("'async for' outside async function");
  }
  int start = u_->new_label(), except = u_->new_label(), end = u_->new_label();
  if (!expr(s->iter)) return false;
  u_->emit(Op::GET_AITER);
  u_->bind(start);
  if (!push_fblock(FBlockKind::ForLoop, start, end)) return false;
  // The __anext__ call is guarded: StopAsyncIteration lands on END_ASYNC_FOR.
  u_->setup(kSetupFinally, except);
  u_->emit(Op::GET_ANEXT);
  if (!add_yield_from(true)) return false;
  u_->pop_block();
  if (!expr(s->target)) return false;
  if (!stmts(s->body)) return false;
  unset_loc();
  u_->jump(Op::JUMP, start);
  pop_fblock();
  u_->bind(except);
  set_loc(*s->iter);
  u_->emit(Op::END_ASYNC_FOR);
  if (!stmts(s->orelse)) return false;
  u_->bind(end);
  return true;
}

bool Codegen::return_stmt(const ast::Return* s) {
  if (u_->scope->kind != BlockKind::Function) return error("'return' outside function");
  if (s->value != nullptr && u_->scope->coroutine && u_->scope->generator)
    return error("'return' with value in async generator");
  bool preserve_tos = s->value != nullptr && s->value->kind != ast::ExprKind::Constant;
  if (preserve_tos) {
    if (!expr(s->value)) return false;
  } else if (s->value != nullptr) {
    LocGuard g(u_, *s->value);
    u_->emit(Op::NOP);
  }
  if (s->value == nullptr || s->value->line != s->line) {
    set_loc(*s);
    u_->emit(Op::NOP);
  }
  if (!unwind_fblock_stack(preserve_tos, nullptr, nullptr)) return false;
  if (s->value == nullptr) {
    if (!load_none()) return false;
  } else if (!preserve_tos) {
    Const c;
    if (!make_constant(interp_, s->value->as<ast::Constant>(), &c)) return oom();
    if (!load_const(c)) return false;
  }
  u_->emit(Op::RETURN_VALUE);
  return true;
}

bool Codegen::break_stmt(const ast::Stmt* s) {
  u_->emit(Op::NOP);
  FBlock loop{};
  bool found = false;
  if (!unwind_fblock_stack(false, &loop, &found)) return false;
  if (!found) return error("'break' outside loop");
  if (!unwind_fblock(loop, false)) return false;
  u_->jump(Op::JUMP, loop.exit);
  return true;
}

bool Codegen::continue_stmt(const ast::Stmt* s) {
  u_->emit(Op::NOP);
  FBlock loop{};
  bool found = false;
  if (!unwind_fblock_stack(false, &loop, &found)) return false;
  if (!found) return error("'continue' not properly in loop");
  u_->jump(Op::JUMP, loop.block);
  return true;
}

bool Codegen::assert_stmt(const ast::Assert* s) {
  int end = u_->new_label();
  if (!jump_if(s->test, end, true)) return false;
  u_->emit(Op::LOAD_ASSERTION_ERROR);
  if (s->msg != nullptr) {
    if (!expr(s->msg)) return false;
    u_->emit(Op::CALL, 0);   // AssertionError sits in the method slot: AssertionError(msg)
  }
  u_->emit(Op::RAISE_VARARGS, 1);
  u_->bind(end);
  return true;
}

bool Codegen::raise_stmt(const ast::Raise* s) {
  uint32_t n = 0;
  if (s->exc != nullptr) {
    if (!expr(s->exc)) return false;
    n++;
    if (s->cause != nullptr) {
      if (!expr(s->cause)) return false;
      n++;
    }
  }
  u_->emit(Op::RAISE_VARARGS, n);
  return true;
}

// ---------------------------------------------------------------- imports

bool Codegen::import(const ast::Import* s) {
  for (const ast::Alias* a : s->names) {
    if (!load_int(0) || !load_none()) return false;
    if (!emit_name(Op::IMPORT_NAME, a->name)) return false;
    if (!a->asname.empty()) {
      if (!import_as(a->name, a->asname)) return false;
    } else {
      std::string_view top = a->name.substr(0, a->name.find('.'));
      if (!nameop(top, ast::ExprContext::Store)) return false;
    }
  }
  return true;
}

// `import a.b.c as d`: IMPORT_NAME gave the top package; walk down to the submodule.
bool Codegen::import_as(std::string_view name, std::string_view asname) {
  size_t dot = name.find('.');
  if (dot == std::string_view::npos) return nameop(asname, ast::ExprContext::Store);
  while (true) {
    size_t pos = dot + 1;
    dot = name.find('.', pos);
    std::string_view attr = name.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos);
    uint32_t i = add_name_raw(attr);
    if (i == ~0u) return oom();
    u_->emit(Op::IMPORT_FROM, i);
    if (dot == std::string_view::npos) break;
    u_->emit(Op::SWAP, 2);
    u_->emit(Op::POP_TOP);
  }
  if (!nameop(asname, ast::ExprContext::Store)) return false;
  u_->emit(Op::POP_TOP);
  return true;
}

bool Codegen::import_from(const ast::ImportFrom* s) {
  if (!load_int(s->level)) return false;
  std::vector<Value> vals;
  std::string key = "t" + std::to_string(s->names.size()) + "(";
  for (const ast::Alias* a : s->names) {
    Const c;
    if (!make_str_constant(interp_, a->name, &c)) return oom();
    vals.push_back(c.value);
    key += std::to_string(c.key.size()) + ":" + c.key;
  }
  key += ")";
  coil::Tuple* names = tuple_from(interp_, vals.data(), vals.size());
  if (names == nullptr) return oom();
  if (!load_const(Const{Value::object(names), key})) return false;
  if (!emit_name(Op::IMPORT_NAME, s->module)) return false;
  for (size_t i = 0; i < s->names.size(); i++) {
    const ast::Alias* a = s->names[i];
    if (i == 0 && a->name == "*") {
      u_->emit(Op::IMPORT_STAR);
      return true;
    }
    if (!emit_name(Op::IMPORT_FROM, a->name)) return false;
    if (!nameop(a->asname.empty() ? a->name : a->asname, ast::ExprContext::Store)) return false;
  }
  u_->emit(Op::POP_TOP);
  return true;
}

}  // namespace coil::compiler
