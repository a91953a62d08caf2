// try/except/else/finally, except*, with and async with, and the unwinding that
// return/break/continue perform through them (running finally bodies and __exit__ inline).
// Instruction sequences and stack shapes are CPython 3.11's.
#include "compiler/codegen.h"

namespace coil::compiler {

namespace {

// Opens a region of code starting at `block` whose exceptions go to `handler`.
void begin_block(Unit* u, Pseudo setup, int handler, int block) {
  u->setup(setup, handler);
  u->bind(block);
}

// The start of an exception handler: the exception table sends `handler` here with
// [..., lasti, exc]; `cleanup` catches what the handler raises.
void start_handler(Unit* u, int handler, int cleanup) {
  u->bind(handler);
  u->setup(kSetupCleanup, cleanup);
  u->emit(Op::PUSH_EXC_INFO);
}

}  // namespace

// Stack on entry: ..., prev_handled, lasti, exc. Restores prev_handled and re-raises exc.
void Codegen::pop_except_and_reraise() {
  u_->emit(Op::COPY, 3);
  u_->emit(Op::POP_EXCEPT);
  u_->emit(Op::RERAISE, 1);
}

// exit_func is on the stack: calls exit_func(None, None, None) (exit_func sits in the method
// slot of CALL, the first None is its first argument).
bool Codegen::call_exit_with_nones() {
  if (!load_none() || !load_none() || !load_none()) return false;
  u_->emit(Op::CALL, 2);
  return true;
}

// After WITH_EXCEPT_START: suppress the exception if __exit__ returned a true value.
bool Codegen::with_except_finish(int cleanup) {
  unset_loc();
  int exit = u_->new_label();
  u_->jump(Op::POP_JUMP_IF_TRUE, exit);
  u_->emit(Op::RERAISE, 2);
  u_->bind(cleanup);
  pop_except_and_reraise();
  u_->bind(exit);
  u_->emit(Op::POP_TOP);   // exc
  u_->pop_block();
  u_->emit(Op::POP_EXCEPT);
  u_->emit(Op::POP_TOP);   // lasti
  u_->emit(Op::POP_TOP);   // exit_func
  return true;
}

// ---------------------------------------------------------------- unwinding

bool Codegen::unwind_fblock(const FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::ExceptionGroupHandler:
    case FBlockKind::AsyncComprehensionGenerator:
      return true;
    case FBlockKind::ForLoop:
      if (preserve_tos) u_->emit(Op::SWAP, 2);
      u_->emit(Op::POP_TOP);   // the iterator
      return true;
    case FBlockKind::TryExcept:
      u_->pop_block();
      return true;
    case FBlockKind::FinallyTry: {
      u_->pop_block();
      if (preserve_tos && !push_fblock(FBlockKind::PopValue, -1, -1)) return false;
      // Run the finally body inline.
      auto* t = static_cast<const ast::Try*>(b.datum);
      if (!stmts(t->finalbody)) return false;
      if (preserve_tos) pop_fblock();
      unset_loc();
      return true;
    }
    case FBlockKind::FinallyEnd:
      if (preserve_tos) u_->emit(Op::SWAP, 2);
      u_->emit(Op::POP_TOP);   // exc
      if (preserve_tos) u_->emit(Op::SWAP, 2);
      u_->pop_block();
      u_->emit(Op::POP_EXCEPT);
      return true;
    case FBlockKind::With:
    case FBlockKind::AsyncWith: {
      set_loc(*static_cast<const ast::Stmt*>(b.datum));
      u_->pop_block();
      if (preserve_tos) u_->emit(Op::SWAP, 2);
      if (!call_exit_with_nones()) return false;
      if (b.kind == FBlockKind::AsyncWith) {
        u_->emit(Op::GET_AWAITABLE, 2);
        if (!add_yield_from(true)) return false;
      }
      u_->emit(Op::POP_TOP);
      unset_loc();
      return true;
    }
    case FBlockKind::HandlerCleanup:
      if (!b.name.empty()) u_->pop_block();
      if (preserve_tos) u_->emit(Op::SWAP, 2);
      u_->pop_block();
      u_->emit(Op::POP_EXCEPT);
      if (!b.name.empty()) {
        if (!load_none()) return false;
        if (!nameop(b.name, ast::ExprContext::Store)) return false;
        if (!nameop(b.name, ast::ExprContext::Del)) return false;
      }
      return true;
    case FBlockKind::PopValue:
      if (preserve_tos) u_->emit(Op::SWAP, 2);
      u_->emit(Op::POP_TOP);
      return true;
  }
  return true;
}

// Unwinds every block up to (not including) the innermost loop when `loop` is given, or all
// of them (return).
bool Codegen::unwind_fblock_stack(bool preserve_tos, FBlock* loop, bool* found_loop) {
  if (u_->fblocks.empty()) return true;
  FBlock top = u_->fblocks.back();
  if (top.kind == FBlockKind::ExceptionGroupHandler)
    return error("'break', 'continue' and 'return' cannot appear in an except* block");
  if (loop != nullptr && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
    *loop = top;
    *found_loop = true;
    return true;
  }
  u_->fblocks.pop_back();
  bool ok = unwind_fblock(top, preserve_tos) && unwind_fblock_stack(preserve_tos, loop, found_loop);
  u_->fblocks.push_back(top);
  return ok;
}

// ---------------------------------------------------------------- try

bool Codegen::try_stmt(const ast::Try* s) {
  if (!s->finalbody.empty()) return try_finally(s);
  return s->is_star() ? try_star(s) : try_except(s);
}

// try/finally, wrapped around a try/except or try/except* when there are handlers (CPython's
// compiler_try_finally and compiler_try_star_finally emit the same code).
bool Codegen::try_finally(const ast::Try* s) {
  int body = u_->new_label(), end = u_->new_label(), exit = u_->new_label(), cleanup = u_->new_label();
  begin_block(u_, kSetupFinally, end, body);
  if (!push_fblock(FBlockKind::FinallyTry, body, end, s)) return false;
  if (!s->handlers.empty()) {
    if (!(s->is_star() ? try_star(s) : try_except(s))) return false;
  } else if (!stmts(s->body)) {
    return false;
  }
  unset_loc();
  u_->pop_block();
  pop_fblock();
  if (!stmts(s->finalbody)) return false;
  unset_loc();
  u_->jump(Op::JUMP, exit);
  // The exceptional path runs the finally body a second time, then re-raises.
  start_handler(u_, end, cleanup);
  if (!push_fblock(FBlockKind::FinallyEnd, end, -1)) return false;
  if (!stmts(s->finalbody)) return false;
  pop_fblock();
  unset_loc();
  u_->emit(Op::RERAISE, 0);
  u_->bind(cleanup);
  pop_except_and_reraise();
  u_->bind(exit);
  return true;
}

bool Codegen::try_except(const ast::Try* s) {
  int body = u_->new_label(), except = u_->new_label(), end = u_->new_label(), cleanup = u_->new_label();
  begin_block(u_, kSetupFinally, except, body);
  if (!push_fblock(FBlockKind::TryExcept, body, -1) || !stmts(s->body)) return false;
  pop_fblock();
  unset_loc();
  u_->pop_block();
  if (!stmts(s->orelse)) return false;
  unset_loc();
  u_->jump(Op::JUMP, end);

  unset_loc();
  start_handler(u_, except, cleanup);
  if (!push_fblock(FBlockKind::ExceptionHandler, -1, -1)) return false;
  size_t n = s->handlers.size();
  for (size_t i = 0; i < n; i++) {
    const ast::ExceptHandler* h = s->handlers[i];
    set_loc(*h);
    if (h->type == nullptr && i + 1 < n) return error("default 'except:' must be last");
    int next = u_->new_label();
    if (h->type != nullptr) {
      if (!expr(h->type)) return false;
      u_->emit(Op::CHECK_EXC_MATCH);
      u_->jump(Op::POP_JUMP_IF_FALSE, next);
    }
    // With a name: try: body  finally: name = None; del name
    bool named = !h->name.empty();
    int cleanup_end = named ? u_->new_label() : -1;
    int cleanup_body = u_->new_label();
    if (named) {
      if (!nameop(h->name, ast::ExprContext::Store)) return false;
      u_->setup(kSetupCleanup, cleanup_end);
    } else {
      u_->emit(Op::POP_TOP);   // exc
    }
    u_->bind(cleanup_body);
    if (!push_fblock(FBlockKind::HandlerCleanup, cleanup_body, -1, nullptr, h->name)) return false;
    if (!stmts(h->body)) return false;
    // Leaving the body normally emits what a return through it does: pop the blocks, restore
    // the exception being handled, clear the name.
    FBlock handler = u_->fblocks.back();
    pop_fblock();
    unset_loc();
    if (!unwind_fblock(handler, false)) return false;
    u_->jump(Op::JUMP, end);
    if (named) {
      // The handler body raised.
      u_->bind(cleanup_end);
      unset_loc();
      if (!load_none() || !nameop(h->name, ast::ExprContext::Store) ||
          !nameop(h->name, ast::ExprContext::Del))
        return false;
      u_->emit(Op::RERAISE, 1);
    }
    u_->bind(next);
  }
  unset_loc();
  pop_fblock();
  u_->emit(Op::RERAISE, 0);   // no handler matched
  u_->bind(cleanup);
  pop_except_and_reraise();
  u_->bind(end);
  return true;
}

bool Codegen::try_star(const ast::Try* s) {
  int body = u_->new_label(), except = u_->new_label(), orelse = u_->new_label();
  int end = u_->new_label(), cleanup = u_->new_label(), reraise_star = u_->new_label();
  begin_block(u_, kSetupFinally, except, body);
  if (!push_fblock(FBlockKind::TryExcept, body, -1) || !stmts(s->body)) return false;
  pop_fblock();
  unset_loc();
  u_->pop_block();
  u_->jump(Op::JUMP, orelse);
  size_t n = s->handlers.size();

  unset_loc();
  start_handler(u_, except, cleanup);
  if (!push_fblock(FBlockKind::ExceptionGroupHandler, -1, -1)) return false;
  for (size_t i = 0; i < n; i++) {
    const ast::ExceptHandler* h = s->handlers[i];
    set_loc(*h);
    int next = u_->new_label(), except_with_error = u_->new_label(), no_match = u_->new_label();
    if (i == 0) {
      // [exc] -> [orig, [], exc]: the original group and the list of raised exceptions.
      u_->emit(Op::COPY, 1);
      u_->emit(Op::BUILD_LIST, 0);
      u_->emit(Op::SWAP, 2);
    }
    if (h->type != nullptr) {
      if (!expr(h->type)) return false;
      u_->emit(Op::CHECK_EG_MATCH);
      u_->emit(Op::COPY, 1);
      u_->jump(Op::POP_JUMP_IF_NONE, no_match);
    }
    // name = None; del name (when there is a name) on both ways out of the body.
    auto clear_name = [&] {
      return h->name.empty() || (load_none() && nameop(h->name, ast::ExprContext::Store) &&
                                 nameop(h->name, ast::ExprContext::Del));
    };
    int cleanup_end = u_->new_label(), cleanup_body = u_->new_label();
    if (!h->name.empty()) {
      if (!nameop(h->name, ast::ExprContext::Store)) return false;
    } else {
      u_->emit(Op::POP_TOP);   // match
    }
    begin_block(u_, kSetupCleanup, cleanup_end, cleanup_body);
    if (!push_fblock(FBlockKind::HandlerCleanup, cleanup_body, -1, nullptr, h->name)) return false;
    if (!stmts(h->body)) return false;
    pop_fblock();
    unset_loc();
    u_->pop_block();
    if (!clear_name()) return false;
    u_->jump(Op::JUMP, next);
    // The handler body raised: collect its exception.
    u_->bind(cleanup_end);
    unset_loc();
    if (!clear_name()) return false;
    u_->emit(Op::LIST_APPEND, 3);   // exc
    u_->emit(Op::POP_TOP);          // lasti
    u_->jump(Op::JUMP, except_with_error);
    u_->bind(next);
    u_->emit(Op::NOP);
    u_->jump(Op::JUMP, except_with_error);
    u_->bind(no_match);
    u_->emit(Op::POP_TOP);          // match (None)
    u_->bind(except_with_error);
    if (i + 1 == n) {
      // The unhandled rest of the group joins the list.
      u_->emit(Op::LIST_APPEND, 1);
      u_->jump(Op::JUMP, reraise_star);
    }
  }
  unset_loc();
  pop_fblock();
  int reraise = u_->new_label();
  u_->bind(reraise_star);
  u_->emit(Op::PREP_RERAISE_STAR);
  u_->emit(Op::COPY, 1);
  u_->jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  u_->emit(Op::POP_TOP);
  u_->pop_block();
  u_->emit(Op::POP_EXCEPT);
  u_->jump(Op::JUMP, end);
  u_->bind(reraise);
  u_->pop_block();
  u_->emit(Op::SWAP, 2);
  u_->emit(Op::POP_EXCEPT);
  u_->emit(Op::RERAISE, 0);
  u_->bind(cleanup);
  pop_except_and_reraise();
  u_->bind(orelse);
  if (!stmts(s->orelse)) return false;
  u_->bind(end);
  return true;
}

// ---------------------------------------------------------------- with

bool Codegen::async_with(const ast::With* s, size_t pos) {
  if (is_top_level_await()) {
    u_->uses_top_level_await = true;
  } else if (u_->kind != UnitKind::AsyncFunction) {
    return error("'async with' outside async function");
  }
  return with(s, pos);
}

// One item of a with / async with statement (async_with() has checked that `async with` is
// allowed here); the following items nest inside it.
bool Codegen::with(const ast::With* s, size_t pos) {
  bool async = s->is_async();
  // In an async with, the results of __aenter__ and __aexit__ are awaited.
  auto await_result = [&](uint32_t where) {
    u_->emit(Op::GET_AWAITABLE, where);
    return add_yield_from(true);
  };
  const ast::WithItem* item = s->items[pos];
  int block = u_->new_label(), final = u_->new_label(), exit = u_->new_label(), cleanup = u_->new_label();
  if (!expr(item->context_expr)) return false;
  if (!async) {
    u_->emit(Op::BEFORE_WITH);
  } else {
    u_->emit(Op::BEFORE_ASYNC_WITH);
    if (!await_result(1)) return false;
  }
  begin_block(u_, kSetupWith, final, block);
  if (!push_fblock(async ? FBlockKind::AsyncWith : FBlockKind::With, block, final, s)) return false;
  if (item->optional_vars != nullptr) {
    if (!expr(item->optional_vars)) return false;
  } else {
    u_->emit(Op::POP_TOP);   // the __enter__ result
  }
  if (pos + 1 == s->items.size()) {
    if (!stmts(s->body)) return false;
  } else if (!with(s, pos + 1)) {
    return false;
  }
  unset_loc();
  u_->pop_block();
  pop_fblock();
  // Normal exit: __exit__(None, None, None).
  set_loc(*s);
  if (!call_exit_with_nones()) return false;
  if (async && !await_result(2)) return false;
  u_->emit(Op::POP_TOP);
  u_->jump(Op::JUMP, exit);
  // Exceptional exit.
  start_handler(u_, final, cleanup);
  u_->emit(Op::WITH_EXCEPT_START);
  if (async && !await_result(2)) return false;
  if (!with_except_finish(cleanup)) return false;
  u_->bind(exit);
  return true;
}

}  // namespace coil::compiler
