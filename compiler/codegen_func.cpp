// Code objects nested in others: def / async def (defaults, keyword-only defaults,
// annotations, closures, decorators), lambda, class bodies (with the implicit __class__ cell),
// and comprehensions, which are functions called at once with the outermost iterator.
#include "compiler/codegen.h"

#include "runtime/tuple.h"

namespace coil::compiler {

bool Codegen::decorators(const ast::Span<ast::Expr*>& decos) { return exprs(decos); }

bool Codegen::default_arguments(const ast::Arguments* a, uint32_t* flags) {
  if (!a->defaults.empty()) {
    if (!exprs(a->defaults)) return false;
    u_->emit(Op::BUILD_TUPLE, uint32_t(a->defaults.size()));
    *flags |= 0x01;
  }
  std::vector<Value> keys;
  std::string key;
  for (size_t i = 0; i < a->kwonlyargs.size(); i++) {
    const ast::Expr* def = i < a->kw_defaults.size() ? a->kw_defaults[i] : nullptr;
    if (def == nullptr) continue;
    Const c;
    if (!make_str_constant(interp_, mangle(u_->private_name, a->kwonlyargs[i]->name), &c)) return oom();
    keys.push_back(c.value);
    key += std::to_string(c.key.size()) + ":" + c.key;
    if (!expr(def)) return false;
  }
  if (!keys.empty()) {
    coil::Tuple* t = tuple_from(interp_, keys.data(), keys.size());
    if (t == nullptr) return oom();
    if (!load_const(Const{Value::object(t), "t" + std::to_string(keys.size()) + "(" + key + ")"})) return false;
    u_->emit(Op::BUILD_CONST_KEY_MAP, uint32_t(keys.size()));
    *flags |= 0x02;
  }
  return true;
}

// Parameter and return annotations, evaluated at definition time into a dict (CPython 3.11's
// order: args, posonlyargs, *args, kwonlyargs, **kwargs, return).
bool Codegen::annotations(const ast::Arguments* a, const ast::Expr* returns, uint32_t* flags) {
  uint32_t n = 0;
  auto one = [&](std::string_view name, const ast::Expr* ann) {
    if (ann == nullptr) return true;
    if (!load_str(mangle(u_->private_name, name))) return false;
    if (ann->kind == ast::ExprKind::Starred) {
      if (!expr(ann->as<ast::Starred>()->value)) return false;
      u_->emit(Op::UNPACK_SEQUENCE, 1);
    } else if (!expr(ann)) {
      return false;
    }
    n++;
    return true;
  };
  for (const ast::Arg* x : a->args)
    if (!one(x->name, x->annotation)) return false;
  for (const ast::Arg* x : a->posonlyargs)
    if (!one(x->name, x->annotation)) return false;
  if (a->vararg != nullptr && !one(a->vararg->name, a->vararg->annotation)) return false;
  for (const ast::Arg* x : a->kwonlyargs)
    if (!one(x->name, x->annotation)) return false;
  if (a->kwarg != nullptr && !one(a->kwarg->name, a->kwarg->annotation)) return false;
  if (!one("return", returns)) return false;
  if (n > 0) {
    u_->emit(Op::BUILD_MAP, n);
    *flags |= 0x04;
  }
  return true;
}

bool Codegen::function_def(const ast::FunctionDef* s) {
  const ast::Arguments* args = s->args;
  if (!decorators(s->decorator_list)) return false;
  int firstlineno = s->decorator_list.empty() ? s->line : s->decorator_list[0]->line;
  uint32_t flags = 0;
  if (!default_arguments(args, &flags)) return false;
  if (!annotations(args, s->returns, &flags)) return false;
  if (!enter_scope(s->name, s->is_async() ? UnitKind::AsyncFunction : UnitKind::Function, s, firstlineno))
    return false;
  // consts[0] is the docstring or None, as in CPython.
  const ast::Constant* doc = docstring_of(s->body);
  Const dc = none_constant();
  if (doc != nullptr && !make_constant(interp_, doc, &dc)) return oom();
  uint32_t index;
  if (!add_const(dc, &index)) return false;
  u_->docstring = dc.value;
  u_->argcount = int(args->posonlyargs.size() + args->args.size());
  u_->posonlyargcount = int(args->posonlyargs.size());
  u_->kwonlyargcount = int(args->kwonlyargs.size());
  for (size_t i = doc != nullptr ? 1 : 0; i < s->body.size(); i++)
    if (!stmt(s->body[i])) return false;
  unset_loc();
  if (!load_none()) return false;
  u_->emit(Op::RETURN_VALUE);
  Code* code = exit_scope();
  if (code == nullptr) return false;
  set_loc(*s);
  if (!make_closure(code, flags)) return false;
  if (!apply_decorators(s->decorator_list)) return false;
  return nameop(s->name, ast::ExprContext::Store);
}

// Each decorator call is located at its decorator, innermost first.
bool Codegen::apply_decorators(const ast::Span<ast::Expr*>& decos) {
  SourcePosition saved = u_->loc;
  for (size_t i = decos.size(); i-- > 0;) {
    set_loc(*decos[i]);
    u_->emit(Op::CALL, 0);
  }
  u_->loc = saved;
  return true;
}

bool Codegen::lambda(const ast::Lambda* e) {
  const ast::Arguments* args = e->args;
  uint32_t flags = 0;
  if (!default_arguments(args, &flags)) return false;
  if (!enter_scope("<lambda>", UnitKind::Lambda, e, e->line)) return false;
  // None first, so a lambda never has a docstring.
  uint32_t index;
  if (!add_const(none_constant(), &index)) return false;
  u_->argcount = int(args->posonlyargs.size() + args->args.size());
  u_->posonlyargcount = int(args->posonlyargs.size());
  u_->kwonlyargcount = int(args->kwonlyargs.size());
  set_loc(*e->body);
  if (!expr(e->body)) return false;
  u_->emit(Op::RETURN_VALUE);
  Code* code = exit_scope();
  if (code == nullptr) return false;
  return make_closure(code, flags);
}

bool Codegen::class_def(const ast::ClassDef* s) {
  if (!decorators(s->decorator_list)) return false;
  int firstlineno = s->decorator_list.empty() ? s->line : s->decorator_list[0]->line;
  if (!enter_scope(s->name, UnitKind::Class, s, firstlineno)) return false;
  if (!emit_name(Op::LOAD_NAME, "__name__") || !emit_name(Op::STORE_NAME, "__module__")) return false;
  if (!load_str(u_->qualname) || !emit_name(Op::STORE_NAME, "__qualname__")) return false;
  if (!body(s->body)) return false;
  unset_loc();
  if (u_->scope->needs_class_closure) {
    // Hand the __class__ cell to __build_class__, which fills it with the new class.
    u_->emit(Op::LOAD_CLOSURE, u_->cell_index["__class__"]);
    u_->emit(Op::COPY, 1);
    if (!emit_name(Op::STORE_NAME, "__classcell__")) return false;
  } else if (!load_none()) {
    return false;
  }
  u_->emit(Op::RETURN_VALUE);
  Code* code = exit_scope();
  if (code == nullptr) return false;
  set_loc(*s);
  u_->emit(Op::PUSH_NULL);
  u_->emit(Op::LOAD_BUILD_CLASS);
  if (!make_closure(code, 0)) return false;
  if (!load_str(s->name)) return false;
  if (!call_helper(2, s->bases, s->keywords)) return false;
  if (!apply_decorators(s->decorator_list)) return false;
  return nameop(s->name, ast::ExprContext::Store);
}

// ---------------------------------------------------------------- comprehensions

bool Codegen::comprehension(const ast::Expr* e, FuncKind kind, std::string_view name,
                            const ast::Span<ast::Comprehension*>& gens, const ast::Expr* elt,
                            const ast::Expr* val) {
  UnitKind parent_kind = u_->kind;
  bool top_level_await = is_top_level_await();
  const ast::Comprehension* outer = gens[0];
  if (!enter_scope(name, UnitKind::Comprehension, e, e->line)) return false;
  set_loc(*e);
  bool is_async = u_->scope->coroutine;
  if (is_async && kind != FuncKind::GenExp && parent_kind != UnitKind::AsyncFunction &&
      parent_kind != UnitKind::Comprehension && !top_level_await)
    return error("asynchronous comprehension outside of an asynchronous function");
  switch (kind) {
    case FuncKind::ListComp: u_->emit(Op::BUILD_LIST, 0); break;
    case FuncKind::SetComp: u_->emit(Op::BUILD_SET, 0); break;
    case FuncKind::DictComp: u_->emit(Op::BUILD_MAP, 0); break;
    default: break;
  }
  if (!comprehension_generator(gens, 0, 0, elt, val, kind)) return false;
  if (kind == FuncKind::GenExp) {
    unset_loc();
    if (!load_none()) return false;
  }
  u_->emit(Op::RETURN_VALUE);
  u_->argcount = 1;
  Code* code = exit_scope();
  if (code == nullptr) return false;
  if (!make_closure(code, 0)) return false;
  if (!expr(outer->iter)) return false;
  u_->emit(outer->is_async ? Op::GET_AITER : Op::GET_ITER);
  u_->emit(Op::CALL, 0);   // the function sits in the method slot: f(iterator)
  if (is_async && kind != FuncKind::GenExp) {
    u_->emit(Op::GET_AWAITABLE, 0);
    if (!add_yield_from(true)) return false;
  }
  return true;
}

bool Codegen::comprehension_generator(const ast::Span<ast::Comprehension*>& gens, size_t index,
                                      int depth, const ast::Expr* elt, const ast::Expr* val,
                                      FuncKind kind) {
  if (gens[index]->is_async) return async_comprehension_generator(gens, index, depth, elt, val, kind);
  return sync_comprehension_generator(gens, index, depth, elt, val, kind);
}

bool Codegen::comprehension_element(const ast::Expr* elt, const ast::Expr* val, FuncKind kind,
                                    int depth) {
  switch (kind) {
    case FuncKind::GenExp:
      if (!expr(elt)) return false;
      u_->emit(Op::YIELD_VALUE);
      u_->emit(Op::POP_TOP);
      return true;
    case FuncKind::ListComp:
      if (!expr(elt)) return false;
      u_->emit(Op::LIST_APPEND, uint32_t(depth + 1));
      return true;
    case FuncKind::SetComp:
      if (!expr(elt)) return false;
      u_->emit(Op::SET_ADD, uint32_t(depth + 1));
      return true;
    case FuncKind::DictComp:
      // {k: v}: the key is evaluated first.
      if (!expr(elt) || !expr(val)) return false;
      u_->emit(Op::MAP_ADD, uint32_t(depth + 1));
      return true;
    default:
      return true;
  }
}

bool Codegen::sync_comprehension_generator(const ast::Span<ast::Comprehension*>& gens, size_t index,
                                           int depth, const ast::Expr* elt, const ast::Expr* val,
                                           FuncKind kind) {
  const ast::Comprehension* gen = gens[index];
  int start = u_->new_label(), if_cleanup = u_->new_label(), anchor = u_->new_label();
  if (index == 0) {
    u_->emit(Op::LOAD_FAST, 0);   // the outermost iterator, passed as argument .0
  } else {
    if (!expr(gen->iter)) return false;
    u_->emit(Op::GET_ITER);
  }
  depth++;
  u_->bind(start);
  u_->jump(Op::FOR_ITER, anchor);
  if (!expr(gen->target)) return false;
  for (const ast::Expr* cond : gen->ifs)
    if (!jump_if(cond, if_cleanup, false)) return false;
  if (index + 1 < gens.size()) {
    if (!comprehension_generator(gens, index + 1, depth, elt, val, kind)) return false;
  } else if (!comprehension_element(elt, val, kind, depth)) {
    return false;
  }
  u_->bind(if_cleanup);
  u_->jump(Op::JUMP, start);
  u_->bind(anchor);
  return true;
}

bool Codegen::async_comprehension_generator(const ast::Span<ast::Comprehension*>& gens, size_t index,
                                            int depth, const ast::Expr* elt, const ast::Expr* val,
                                            FuncKind kind) {
  const ast::Comprehension* gen = gens[index];
  int start = u_->new_label(), except = u_->new_label(), if_cleanup = u_->new_label();
  if (index == 0) {
    u_->emit(Op::LOAD_FAST, 0);
  } else {
    if (!expr(gen->iter)) return false;
    u_->emit(Op::GET_AITER);
  }
  u_->bind(start);
  if (!push_fblock(FBlockKind::AsyncComprehensionGenerator, start, -1)) return false;
  u_->setup(kSetupFinally, except);
  u_->emit(Op::GET_ANEXT);
  if (!add_yield_from(true)) return false;
  u_->pop_block();
  if (!expr(gen->target)) return false;
  for (const ast::Expr* cond : gen->ifs)
    if (!jump_if(cond, if_cleanup, false)) return false;
  depth++;
  if (index + 1 < gens.size()) {
    if (!comprehension_generator(gens, index + 1, depth, elt, val, kind)) return false;
  } else if (!comprehension_element(elt, val, kind, depth)) {
    return false;
  }
  u_->bind(if_cleanup);
  u_->jump(Op::JUMP, start);
  pop_fblock();
  u_->bind(except);
  u_->emit(Op::END_ASYNC_FOR);
  return true;
}

}  // namespace coil::compiler
