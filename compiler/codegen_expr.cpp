// Expressions: operators, boolean short-circuits and conditional jumps, comparisons (chains
// included), calls (plain, method, keyword, */** forms), displays, f-strings, subscripts,
// assignment targets, await and yield. Follows CPython 3.11's compile.c.
#include "compiler/codegen.h"

#include "runtime/error.h"
#include "runtime/tuple.h"

namespace coil::compiler {

namespace {

constexpr size_t kStackUseGuideline = 30;

coil::BinOp binop_of(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return coil::BinOp::Add;
    case ast::Operator::Sub: return coil::BinOp::Sub;
    case ast::Operator::Mult: return coil::BinOp::Mul;
    case ast::Operator::MatMult: return coil::BinOp::MatMul;
    case ast::Operator::Div: return coil::BinOp::TrueDiv;
    case ast::Operator::Mod: return coil::BinOp::Mod;
    case ast::Operator::Pow: return coil::BinOp::Pow;
    case ast::Operator::LShift: return coil::BinOp::LShift;
    case ast::Operator::RShift: return coil::BinOp::RShift;
    case ast::Operator::BitOr: return coil::BinOp::Or;
    case ast::Operator::BitXor: return coil::BinOp::Xor;
    case ast::Operator::BitAnd: return coil::BinOp::And;
    case ast::Operator::FloorDiv: return coil::BinOp::FloorDiv;
  }
  return coil::BinOp::Add;
}

bool is_none_constant(const ast::Expr* e) {
  return e->kind == ast::ExprKind::Constant &&
         e->as<ast::Constant>()->value_kind == ast::ConstantKind::None;
}

}  // namespace

uint32_t binary_op_arg(ast::Operator op, bool inplace) {
  return uint32_t(binop_of(op)) + (inplace ? kInplaceBase : 0);
}

bool Codegen::exprs(const ast::Span<ast::Expr*>& es) {
  for (const ast::Expr* e : es)
    if (!expr(e)) return false;
  return true;
}

bool Codegen::expr(const ast::Expr* e) {
  LocGuard g(u_, *e);
  return expr1(e);
}

bool Codegen::expr1(const ast::Expr* e) {
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::BoolOp: return boolop(e->as<ast::BoolOp>());
    case K::NamedExpr: {
      auto* n = e->as<ast::NamedExpr>();
      if (!expr(n->value)) return false;
      u_->emit(Op::COPY, 1);
      return expr(n->target);
    }
    case K::BinOp: {
      auto* b = e->as<ast::BinOp>();
      if (!expr(b->left) || !expr(b->right)) return false;
      u_->emit(Op::BINARY_OP, binary_op_arg(b->op, false));
      return true;
    }
    case K::UnaryOp: {
      auto* un = e->as<ast::UnaryOp>();
      Const c;
      if (fold_constant(interp_, e, &c)) return load_const(c);
      if (interp_.has_error()) return false;
      if (!expr(un->operand)) return false;
      switch (un->op) {
        case ast::UnaryOperator::Invert: u_->emit(Op::UNARY_INVERT); break;
        case ast::UnaryOperator::Not: u_->emit(Op::UNARY_NOT); break;
        case ast::UnaryOperator::UAdd: u_->emit(Op::UNARY_POSITIVE); break;
        case ast::UnaryOperator::USub: u_->emit(Op::UNARY_NEGATIVE); break;
      }
      return true;
    }
    case K::Lambda: return lambda(e->as<ast::Lambda>());
    case K::IfExp: return ifexp(e->as<ast::IfExp>());
    case K::Dict: return dict_display(e->as<ast::Dict>());
    case K::Set:
      return starunpack(e->as<ast::Set>()->elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
    case K::ListComp: {
      auto* c = e->as<ast::ListComp>();
      return comprehension(e, FuncKind::ListComp, "<listcomp>", c->generators, c->elt, nullptr);
    }
    case K::SetComp: {
      auto* c = e->as<ast::SetComp>();
      return comprehension(e, FuncKind::SetComp, "<setcomp>", c->generators, c->elt, nullptr);
    }
    case K::DictComp: {
      auto* c = e->as<ast::DictComp>();
      return comprehension(e, FuncKind::DictComp, "<dictcomp>", c->generators, c->key, c->value);
    }
    case K::GeneratorExp: {
      auto* c = e->as<ast::GeneratorExp>();
      return comprehension(e, FuncKind::GenExp, "<genexpr>", c->generators, c->elt, nullptr);
    }
    case K::Await: return await_expr(e->as<ast::Await>());
    case K::Yield:
    case K::YieldFrom: return yield_expr(e);
    case K::Compare: return compare(e->as<ast::Compare>());
    case K::Call: return call(e->as<ast::Call>());
    case K::FormattedValue: return formatted_value(e->as<ast::FormattedValue>());
    case K::JoinedStr: return joined_str(e->as<ast::JoinedStr>());
    case K::Constant: {
      Const c;
      if (!make_constant(interp_, e->as<ast::Constant>(), &c)) return oom();
      return load_const(c);
    }
    case K::Attribute: return attribute(e->as<ast::Attribute>());
    case K::Subscript: return subscript(e->as<ast::Subscript>());
    case K::Starred:
      if (e->as<ast::Starred>()->ctx == ast::ExprContext::Store)
        return error("starred assignment target must be in a list or tuple");
      return error("can't use starred expression here");
    case K::Slice: return slice(e->as<ast::Slice>());
    case K::Name: {
      auto* n = e->as<ast::Name>();
      return nameop(n->id, n->ctx);
    }
    case K::List: {
      auto* l = e->as<ast::List>();
      return sequence(l->elts, l->ctx, true);
    }
    case K::Tuple: {
      auto* t = e->as<ast::Tuple>();
      if (t->ctx == ast::ExprContext::Load) {
        Const c;
        if (fold_constant(interp_, e, &c)) return load_const(c);
        if (interp_.has_error()) return false;
      }
      return sequence(t->elts, t->ctx, false);
    }
  }
  return true;
}

bool Codegen::sequence(const ast::Span<ast::Expr*>& elts, ast::ExprContext ctx, bool is_list) {
  switch (ctx) {
    case ast::ExprContext::Store: return assign_sequence(elts);
    case ast::ExprContext::Del: return exprs(elts);
    case ast::ExprContext::Load:
      return starunpack(elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, !is_list);
  }
  return true;
}

// A multi-line `obj\n  .name` is located at `name` (as CPython 3.11), so tracebacks underline
// the attribute, not the whole chain.
void Codegen::match_attr_start(const ast::Attribute* e) {
  if (e->line != e->end_line) {
    u_->loc.line = e->end_line;
    u_->loc.col = e->end_col - int(e->attr.size());
  }
}

bool Codegen::attribute(const ast::Attribute* e) {
  if (!expr(e->value)) return false;
  match_attr_start(e);
  switch (e->ctx) {
    case ast::ExprContext::Load: return emit_name(Op::LOAD_ATTR, e->attr);
    case ast::ExprContext::Store: return emit_name(Op::STORE_ATTR, e->attr);
    case ast::ExprContext::Del: return emit_name(Op::DELETE_ATTR, e->attr);
  }
  return true;
}

bool Codegen::subscript(const ast::Subscript* e) {
  if (!expr(e->value) || !expr(e->slice)) return false;
  switch (e->ctx) {
    case ast::ExprContext::Load: u_->emit(Op::BINARY_SUBSCR); break;
    case ast::ExprContext::Store: u_->emit(Op::STORE_SUBSCR); break;
    case ast::ExprContext::Del: u_->emit(Op::DELETE_SUBSCR); break;
  }
  return true;
}

bool Codegen::slice(const ast::Slice* e) {
  uint32_t n = 2;
  if (e->lower != nullptr ? !expr(e->lower) : !load_none()) return false;
  if (e->upper != nullptr ? !expr(e->upper) : !load_none()) return false;
  if (e->step != nullptr) {
    n = 3;
    if (!expr(e->step)) return false;
  }
  u_->emit(Op::BUILD_SLICE, n);
  return true;
}

// ---------------------------------------------------------------- assignment targets

bool Codegen::unpack_helper(const ast::Span<ast::Expr*>& elts) {
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; i++) {
    const ast::Expr* elt = elts[i];
    if (elt->kind == ast::ExprKind::Starred && !seen_star) {
      if (i >= (1u << 8) || (n - i - 1) >= (kMaxOpArg >> 8))
        return error("too many expressions in star-unpacking assignment");
      u_->emit(Op::UNPACK_EX, uint32_t(i + ((n - i - 1) << 8)));
      seen_star = true;
    } else if (elt->kind == ast::ExprKind::Starred) {
      return error("multiple starred expressions in assignment");
    }
  }
  if (!seen_star) u_->emit(Op::UNPACK_SEQUENCE, uint32_t(n));
  return true;
}

bool Codegen::assign_sequence(const ast::Span<ast::Expr*>& elts) {
  if (!unpack_helper(elts)) return false;
  for (const ast::Expr* elt : elts) {
    const ast::Expr* target = elt->kind == ast::ExprKind::Starred ? elt->as<ast::Starred>()->value : elt;
    if (!expr(target)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- displays

bool Codegen::starunpack(const ast::Span<ast::Expr*>& elts, int pushed, Op build, Op add, Op extend,
                         bool tuple) {
  size_t n = elts.size();
  // A run of three or more constants is built from one tuple constant (not for sets: that
  // would need a frozenset constant).
  if (n > 2 && build != Op::BUILD_SET) {
    std::vector<Const> items(n);
    bool all = true;
    for (size_t i = 0; i < n && all; i++) {
      if (elts[i]->kind == ast::ExprKind::Starred || !fold_constant(interp_, elts[i], &items[i])) all = false;
      if (interp_.has_error()) return false;
    }
    if (all) {
      std::vector<Value> vals;
      std::string key = "t" + std::to_string(n) + "(";
      for (const Const& c : items) {
        vals.push_back(c.value);
        key += std::to_string(c.key.size()) + ":" + c.key;
      }
      key += ")";
      coil::Tuple* t = tuple_from(interp_, vals.data(), vals.size());
      if (t == nullptr) return oom();
      Const folded{Value::object(t), key};
      if (tuple && pushed == 0) return load_const(folded);
      u_->emit(build, uint32_t(pushed));
      if (!load_const(folded)) return false;
      u_->emit(extend, 1);
      if (tuple) u_->emit(Op::LIST_TO_TUPLE);
      return true;
    }
  }
  bool big = n + size_t(pushed) > kStackUseGuideline;
  bool seen_star = false;
  for (const ast::Expr* e : elts)
    if (e->kind == ast::ExprKind::Starred) seen_star = true;
  if (!seen_star && !big) {
    if (!exprs(elts)) return false;
    u_->emit(tuple ? Op::BUILD_TUPLE : build, uint32_t(n + size_t(pushed)));
    return true;
  }
  bool built = false;
  if (big) {
    u_->emit(build, uint32_t(pushed));
    built = true;
  }
  for (size_t i = 0; i < n; i++) {
    const ast::Expr* elt = elts[i];
    if (elt->kind == ast::ExprKind::Starred) {
      if (!built) {
        u_->emit(build, uint32_t(i + size_t(pushed)));
        built = true;
      }
      if (!expr(elt->as<ast::Starred>()->value)) return false;
      u_->emit(extend, 1);
    } else {
      if (!expr(elt)) return false;
      if (built) u_->emit(add, 1);
    }
  }
  if (tuple) u_->emit(Op::LIST_TO_TUPLE);
  return true;
}

bool Codegen::subdict(const ast::Dict* e, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    std::vector<Const> keys(n);
    bool all = true;
    for (size_t i = 0; i < n && all; i++) {
      const ast::Expr* k = e->keys[begin + i];
      if (k->kind != ast::ExprKind::Constant || !fold_constant(interp_, k, &keys[i])) all = false;
      if (interp_.has_error()) return false;
    }
    if (all) {
      for (size_t i = begin; i < end; i++)
        if (!expr(e->values[i])) return false;
      std::vector<Value> vals;
      std::string key = "t" + std::to_string(n) + "(";
      for (const Const& c : keys) {
        vals.push_back(c.value);
        key += std::to_string(c.key.size()) + ":" + c.key;
      }
      key += ")";
      coil::Tuple* t = tuple_from(interp_, vals.data(), vals.size());
      if (t == nullptr) return oom();
      if (!load_const(Const{Value::object(t), key})) return false;
      u_->emit(Op::BUILD_CONST_KEY_MAP, uint32_t(n));
      return true;
    }
  }
  if (big) u_->emit(Op::BUILD_MAP, 0);
  for (size_t i = begin; i < end; i++) {
    if (!expr(e->keys[i]) || !expr(e->values[i])) return false;
    if (big) u_->emit(Op::MAP_ADD, 1);
  }
  if (!big) u_->emit(Op::BUILD_MAP, uint32_t(n));
  return true;
}

bool Codegen::dict_display(const ast::Dict* e) {
  size_t n = e->values.size();
  size_t elements = 0;
  bool have_dict = false;
  for (size_t i = 0; i < n; i++) {
    bool unpacking = e->keys[i] == nullptr;
    if (unpacking) {
      if (elements > 0) {
        if (!subdict(e, i - elements, i)) return false;
        if (have_dict) u_->emit(Op::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        u_->emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      if (!expr(e->values[i])) return false;
      u_->emit(Op::DICT_UPDATE, 1);
    } else if (elements * 2 > kStackUseGuideline) {
      if (!subdict(e, i - elements, i + 1)) return false;
      if (have_dict) u_->emit(Op::DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements > 0) {
    if (!subdict(e, n - elements, n)) return false;
    if (have_dict) u_->emit(Op::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) u_->emit(Op::BUILD_MAP, 0);
  return true;
}

bool Codegen::joined_str(const ast::JoinedStr* e) {
  size_t n = e->values.size();
  if (n > kStackUseGuideline) {
    if (!load_str("")) return false;
    if (!emit_name(Op::LOAD_METHOD, "join")) return false;
    u_->emit(Op::BUILD_LIST, 0);
    for (const ast::Expr* v : e->values) {
      if (!expr(v)) return false;
      u_->emit(Op::LIST_APPEND, 1);
    }
    u_->emit(Op::CALL, 1);
    return true;
  }
  if (!exprs(e->values)) return false;
  if (n != 1) u_->emit(Op::BUILD_STRING, uint32_t(n));
  return true;
}

bool Codegen::formatted_value(const ast::FormattedValue* e) {
  if (!expr(e->value)) return false;
  uint32_t arg = 0;
  switch (e->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0; break;
  }
  if (e->format_spec != nullptr) {
    if (!expr(e->format_spec)) return false;
    arg |= 4;
  }
  u_->emit(Op::FORMAT_VALUE, arg);
  return true;
}

// ---------------------------------------------------------------- boolean logic and comparisons

bool Codegen::boolop(const ast::BoolOp* e) {
  Op jump = e->op == ast::BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  int end = u_->new_label();
  size_t n = e->values.size() - 1;
  for (size_t i = 0; i < n; i++) {
    if (!expr(e->values[i])) return false;
    u_->jump(jump, end);
  }
  if (!expr(e->values[n])) return false;
  u_->bind(end);
  return true;
}

void Codegen::compare_op(ast::CmpOp op) {
  using C = ast::CmpOp;
  switch (op) {
    case C::Eq: u_->emit(Op::COMPARE_OP, uint32_t(coil::CmpOp::Eq)); break;
    case C::NotEq: u_->emit(Op::COMPARE_OP, uint32_t(coil::CmpOp::Ne)); break;
    case C::Lt: u_->emit(Op::COMPARE_OP, uint32_t(coil::CmpOp::Lt)); break;
    case C::LtE: u_->emit(Op::COMPARE_OP, uint32_t(coil::CmpOp::Le)); break;
    case C::Gt: u_->emit(Op::COMPARE_OP, uint32_t(coil::CmpOp::Gt)); break;
    case C::GtE: u_->emit(Op::COMPARE_OP, uint32_t(coil::CmpOp::Ge)); break;
    case C::Is: u_->emit(Op::IS_OP, 0); break;
    case C::IsNot: u_->emit(Op::IS_OP, 1); break;
    case C::In: u_->emit(Op::CONTAINS_OP, 0); break;
    case C::NotIn: u_->emit(Op::CONTAINS_OP, 1); break;
  }
}

bool Codegen::compare(const ast::Compare* e) {
  size_t n = e->ops.size() - 1;
  if (!expr(e->left)) return false;
  if (n == 0) {
    if (!expr(e->comparators[0])) return false;
    compare_op(e->ops[0]);
    return true;
  }
  int cleanup = u_->new_label();
  for (size_t i = 0; i < n; i++) {
    if (!expr(e->comparators[i])) return false;
    u_->emit(Op::SWAP, 2);
    u_->emit(Op::COPY, 2);
    compare_op(e->ops[i]);
    u_->jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  if (!expr(e->comparators[n])) return false;
  compare_op(e->ops[n]);
  int end = u_->new_label();
  SourcePosition saved = u_->loc;
  unset_loc();
  u_->jump(Op::JUMP, end);
  u_->bind(cleanup);
  u_->emit(Op::SWAP, 2);
  u_->emit(Op::POP_TOP);
  u_->loc = saved;
  u_->bind(end);
  return true;
}

// Emits a jump to `label` taken when `e` is truthy (cond) or falsy (!cond), without
// materialising intermediate booleans for not/and/or/chains.
bool Codegen::jump_if(const ast::Expr* e, int label, bool cond) {
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::UnaryOp:
      if (e->as<ast::UnaryOp>()->op == ast::UnaryOperator::Not)
        return jump_if(e->as<ast::UnaryOp>()->operand, label, !cond);
      break;
    case K::BoolOp: {
      auto* b = e->as<ast::BoolOp>();
      size_t n = b->values.size() - 1;
      bool cond2 = b->op == ast::BoolOperator::Or;
      int next2 = label;
      if (cond2 != cond) next2 = u_->new_label();
      for (size_t i = 0; i < n; i++)
        if (!jump_if(b->values[i], next2, cond2)) return false;
      if (!jump_if(b->values[n], label, cond)) return false;
      if (next2 != label) u_->bind(next2);
      return true;
    }
    case K::IfExp: {
      auto* i = e->as<ast::IfExp>();
      int end = u_->new_label();
      int next2 = u_->new_label();
      if (!jump_if(i->test, next2, false)) return false;
      if (!jump_if(i->body, label, cond)) return false;
      u_->jump(Op::JUMP, end);
      u_->bind(next2);
      if (!jump_if(i->orelse, label, cond)) return false;
      u_->bind(end);
      return true;
    }
    case K::Compare: {
      auto* c = e->as<ast::Compare>();
      size_t n = c->ops.size() - 1;
      // The comparison's location stays current for the jump and what follows (an assert's
      // raise), as in CPython 3.11.
      set_loc(*e);
      if (n == 0) {
        ast::CmpOp op = c->ops[0];
        if ((op == ast::CmpOp::Is || op == ast::CmpOp::IsNot) && is_none_constant(c->comparators[0])) {
          // `x is None` jumps on the value itself (CPython's optimizer does the same).
          if (!expr(c->left)) return false;
          bool jump_on_none = (op == ast::CmpOp::Is) == cond;
          u_->jump(jump_on_none ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, label);
          return true;
        }
        break;
      }
      int cleanup = u_->new_label();
      if (!expr(c->left)) return false;
      for (size_t i = 0; i < n; i++) {
        if (!expr(c->comparators[i])) return false;
        u_->emit(Op::SWAP, 2);
        u_->emit(Op::COPY, 2);
        compare_op(c->ops[i]);
        u_->jump(Op::POP_JUMP_IF_FALSE, cleanup);
      }
      if (!expr(c->comparators[n])) return false;
      compare_op(c->ops[n]);
      u_->jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
      int end = u_->new_label();
      u_->jump(Op::JUMP, end);
      u_->bind(cleanup);
      u_->emit(Op::POP_TOP);
      if (!cond) u_->jump(Op::JUMP, label);
      u_->bind(end);
      return true;
    }
    case K::Constant: {
      int truth = constant_truth(e);
      if (truth >= 0) {
        if ((truth == 1) == cond) u_->jump(Op::JUMP, label);
        return true;
      }
      break;
    }
    default:
      break;
  }
  if (!expr(e)) return false;
  u_->jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
  return true;
}

bool Codegen::ifexp(const ast::IfExp* e) {
  int end = u_->new_label();
  int next = u_->new_label();
  if (!jump_if(e->test, next, false)) return false;
  if (!expr(e->body)) return false;
  u_->jump(Op::JUMP, end);
  u_->bind(next);
  if (!expr(e->orelse)) return false;
  u_->bind(end);
  return true;
}

// ---------------------------------------------------------------- calls

bool Codegen::validate_keywords(const ast::Span<ast::Keyword*>& kws) {
  for (size_t i = 0; i < kws.size(); i++) {
    if (kws[i]->arg.empty()) continue;
    for (size_t j = i + 1; j < kws.size(); j++) {
      if (kws[j]->arg == kws[i]->arg)
        return error_at("keyword argument repeated: " + std::string(kws[i]->arg), *kws[j]);
    }
  }
  return true;
}

bool Codegen::kw_names(const ast::Span<ast::Keyword*>& kws, size_t begin, size_t end) {
  std::vector<Value> vals;
  std::string key = "t" + std::to_string(end - begin) + "(";
  for (size_t i = begin; i < end; i++) {
    Const c;
    if (!make_str_constant(interp_, kws[i]->arg, &c)) return oom();
    vals.push_back(c.value);
    key += std::to_string(c.key.size()) + ":" + c.key;
  }
  key += ")";
  coil::Tuple* t = tuple_from(interp_, vals.data(), vals.size());
  if (t == nullptr) return oom();
  uint32_t index;
  if (!add_const(Const{Value::object(t), key}, &index)) return false;
  u_->emit(Op::KW_NAMES, index);
  return true;
}

bool Codegen::subkwargs(const ast::Span<ast::Keyword*>& kws, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    for (size_t i = begin; i < end; i++)
      if (!expr(kws[i]->value)) return false;
    std::vector<Value> vals;
    std::string key = "t" + std::to_string(n) + "(";
    for (size_t i = begin; i < end; i++) {
      Const c;
      if (!make_str_constant(interp_, kws[i]->arg, &c)) return oom();
      vals.push_back(c.value);
      key += std::to_string(c.key.size()) + ":" + c.key;
    }
    key += ")";
    coil::Tuple* t = tuple_from(interp_, vals.data(), vals.size());
    if (t == nullptr) return oom();
    if (!load_const(Const{Value::object(t), key})) return false;
    u_->emit(Op::BUILD_CONST_KEY_MAP, uint32_t(n));
    return true;
  }
  if (big) u_->emit(Op::BUILD_MAP, 0);
  for (size_t i = begin; i < end; i++) {
    if (!load_str(kws[i]->arg) || !expr(kws[i]->value)) return false;
    if (big) u_->emit(Op::MAP_ADD, 1);
  }
  if (!big) u_->emit(Op::BUILD_MAP, uint32_t(n));
  return true;
}

// Emits the arguments and the call for a callable (and `n` extra leading arguments) already
// on the stack.
bool Codegen::call_helper(int n, const ast::Span<ast::Expr*>& args, const ast::Span<ast::Keyword*>& kws) {
  if (!validate_keywords(kws)) return false;
  size_t nelts = args.size(), nkw = kws.size();
  bool ex_call = nelts + nkw * 2 > kStackUseGuideline;
  for (const ast::Expr* a : args)
    if (a->kind == ast::ExprKind::Starred) ex_call = true;
  for (const ast::Keyword* k : kws)
    if (k->arg.empty()) ex_call = true;
  if (!ex_call) {
    if (!exprs(args)) return false;
    if (nkw > 0) {
      for (const ast::Keyword* k : kws)
        if (!expr(k->value)) return false;
      if (!kw_names(kws, 0, nkw)) return false;
    }
    u_->emit(Op::CALL, uint32_t(size_t(n) + nelts + nkw));
    return true;
  }
  // Positional arguments as one tuple (or the single *iterable itself).
  if (n == 0 && nelts == 1 && args[0]->kind == ast::ExprKind::Starred) {
    if (!expr(args[0]->as<ast::Starred>()->value)) return false;
  } else if (!starunpack(args, n, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true)) {
    return false;
  }
  if (nkw > 0) {
    bool have_dict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < nkw; i++) {
      const ast::Keyword* kw = kws[i];
      if (kw->arg.empty()) {
        if (nseen > 0) {
          if (!subkwargs(kws, i - nseen, i)) return false;
          if (have_dict) u_->emit(Op::DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          u_->emit(Op::BUILD_MAP, 0);
          have_dict = true;
        }
        if (!expr(kw->value)) return false;
        u_->emit(Op::DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen > 0) {
      if (!subkwargs(kws, nkw - nseen, nkw)) return false;
      if (have_dict) u_->emit(Op::DICT_MERGE, 1);
    }
  }
  u_->emit(Op::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
  return true;
}

bool Codegen::method_call(const ast::Call* e, bool* done) {
  *done = false;
  const ast::Expr* meth = e->func;
  if (meth->kind != ast::ExprKind::Attribute || meth->as<ast::Attribute>()->ctx != ast::ExprContext::Load)
    return true;
  size_t argsl = e->args.size(), kwdsl = e->keywords.size();
  if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= kStackUseGuideline) return true;
  for (const ast::Expr* a : e->args)
    if (a->kind == ast::ExprKind::Starred) return true;
  for (const ast::Keyword* k : e->keywords)
    if (k->arg.empty()) return true;
  *done = true;
  if (!validate_keywords(e->keywords)) return false;
  auto* attr = meth->as<ast::Attribute>();
  if (!expr(attr->value)) return false;
  {
    // LOAD_METHOD is located at the attribute, CALL at the call (both starting at the name
    // when the attribute spans lines), as CPython 3.11.
    LocGuard g(u_, *meth);
    match_attr_start(attr);
    if (!emit_name(Op::LOAD_METHOD, attr->attr)) return false;
  }
  if (!exprs(e->args)) return false;
  if (kwdsl > 0) {
    for (const ast::Keyword* k : e->keywords)
      if (!expr(k->value)) return false;
    if (!kw_names(e->keywords, 0, kwdsl)) return false;
  }
  SourcePosition saved = u_->loc;
  match_attr_start(attr);
  u_->emit(Op::CALL, uint32_t(argsl + kwdsl));
  u_->loc = saved;
  return true;
}

bool Codegen::call(const ast::Call* e) {
  bool done = false;
  if (!method_call(e, &done)) return false;
  if (done) return true;
  {
    LocGuard g(u_, *e->func);
    u_->emit(Op::PUSH_NULL);
  }
  if (!expr(e->func)) return false;
  return call_helper(0, e->args, e->keywords);
}

// ---------------------------------------------------------------- coroutines and generators

bool Codegen::add_yield_from(bool await) {
  (void)await;
  if (!load_none()) return false;
  u_->emit(Op::YIELD_FROM);
  return true;
}

bool Codegen::await_expr(const ast::Await* e) {
  if (!is_top_level_await()) {
    if (u_->scope->kind != BlockKind::Function) return error("'await' outside function");
    if (u_->kind != UnitKind::AsyncFunction && u_->kind != UnitKind::Comprehension)
      return error("'await' outside async function");
  } else {
    u_->uses_top_level_await = true;
  }
  if (!expr(e->value)) return false;
  u_->emit(Op::GET_AWAITABLE, 0);
  return add_yield_from(true);
}

bool Codegen::yield_expr(const ast::Expr* e) {
  if (u_->scope->kind != BlockKind::Function) return error("'yield' outside function");
  if (e->kind == ast::ExprKind::Yield) {
    auto* y = e->as<ast::Yield>();
    if (y->value != nullptr ? !expr(y->value) : !load_none()) return false;
    u_->emit(Op::YIELD_VALUE);
    return true;
  }
  if (u_->kind == UnitKind::AsyncFunction) return error("'yield from' inside async function");
  if (!expr(e->as<ast::YieldFrom>()->value)) return false;
  u_->emit(Op::GET_YIELD_FROM_ITER);
  return add_yield_from(false);
}

}  // namespace coil::compiler
