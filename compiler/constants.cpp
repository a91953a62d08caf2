// Compile-time constants: building Values for literals, the deduplication keys that keep
// equal-but-distinct constants apart (1 / 1.0 / True, 0.0 / -0.0), and the small constant
// folding CPython's AST optimizer does that can never raise.
#include <cstdio>
#include <cstring>
#include "compiler/codegen.h"
#include "runtime/bytes.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil::compiler {

using namespace coil::ast;

namespace {

bool all_name_chars(std::string_view s) {
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

std::string float_key(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  char buf[24];
  std::snprintf(buf, sizeof buf, "f%016llx", static_cast<unsigned long long>(bits));
  return buf;
}

bool int_const(Interp& interp, Value v, Const* out) {
  if (v.is_null()) return false;
  out->value = v;
  out->key = "i" + int_to_string(v);
  return true;
}

}  // namespace

Const none_constant() { return Const{Value::none(), "N"}; }

bool make_str_constant(Interp& interp, std::string_view text, Const* out) {
  Str* s = all_name_chars(text) ? intern(interp, text) : str_new(interp, text);
  if (s == nullptr) return false;
  out->value = Value::object(s);
  out->key = "s";
  out->key += text;
  return true;
}

bool make_constant(Interp& interp, const Constant* c, Const* out) {
  switch (c->value_kind) {
    case ConstantKind::None: *out = none_constant(); return true;
    case ConstantKind::True: *out = Const{Value::true_(), "T"}; return true;
    case ConstantKind::False: *out = Const{Value::false_(), "F"}; return true;
    case ConstantKind::Ellipsis: *out = Const{interp.ellipsis, "E"}; return true;
    case ConstantKind::Int: return int_const(interp, int_from_string(interp, c->text, c->base), out);
    case ConstantKind::Float:
    case ConstantKind::Complex: {
      Value v = make_float(interp, c->number);
      if (v.is_null()) return false;
      *out = Const{v, float_key(c->number)};
      return true;
    }
    case ConstantKind::Str: return make_str_constant(interp, c->text, out);
    case ConstantKind::Bytes: {
      Value v = bytes_new(interp, c->text);
      if (v.is_null()) return false;
      out->value = v;
      out->key = "b";
      out->key += c->text;
      return true;
    }
  }
  return false;
}

bool fold_constant(Interp& interp, const Expr* e, Const* out) {
  switch (e->kind) {
    case ExprKind::Constant:
      return make_constant(interp, e->as<Constant>(), out);
    case ExprKind::Tuple: {
      auto* t = e->as<ast::Tuple>();
      if (t->ctx != ExprContext::Load) return false;
      std::vector<Const> items(t->elts.size());
      for (size_t i = 0; i < t->elts.size(); i++)
        if (!fold_constant(interp, t->elts[i], &items[i])) return false;
      std::vector<Value> vals;
      std::string key = "t" + std::to_string(items.size()) + "(";
      for (const Const& c : items) {
        vals.push_back(c.value);
        key += std::to_string(c.key.size());
        key += ':';
        key += c.key;
      }
      key += ")";
      coil::Tuple* tup = tuple_from(interp, vals.data(), vals.size());
      if (tup == nullptr) return false;
      *out = Const{Value::object(tup), std::move(key)};
      return true;
    }
    case ExprKind::UnaryOp: {
      auto* u = e->as<ast::UnaryOp>();
      if (u->operand->kind != ExprKind::Constant) return false;
      auto* c = u->operand->as<Constant>();
      bool is_int = c->value_kind == ConstantKind::Int;
      bool is_float = c->value_kind == ConstantKind::Float;
      if (!is_int && !is_float) return false;
      Const operand;
      if (!make_constant(interp, c, &operand)) return false;
      switch (u->op) {
        case UnaryOperator::UAdd:
          *out = operand;
          return true;
        case UnaryOperator::USub:
          if (is_float) {
            double d = -c->number;
            Value v = make_float(interp, d);
            if (v.is_null()) return false;
            *out = Const{v, float_key(d)};
            return true;
          }
          return int_const(interp, int_binary(interp, coil::BinOp::Sub, Value::small_int(0), operand.value), out);
        case UnaryOperator::Invert:
          if (!is_int) return false;
          return int_const(interp,
                           int_binary(interp, coil::BinOp::Sub, Value::small_int(-1), operand.value), out);
        default:
          return false;
      }
    }
    default:
      return false;
  }
}

int constant_truth(const Expr* e) {
  if (e->kind != ExprKind::Constant) return -1;
  auto* c = e->as<Constant>();
  switch (c->value_kind) {
    case ConstantKind::None:
    case ConstantKind::False: return 0;
    case ConstantKind::True:
    case ConstantKind::Ellipsis: return 1;
    case ConstantKind::Int:
      for (char ch : c->text)
        if (ch != '0') return 1;
      return 0;
    case ConstantKind::Float:
    case ConstantKind::Complex: return c->number != 0.0 ? 1 : 0;
    case ConstantKind::Str:
    case ConstantKind::Bytes: return c->text.empty() ? 0 : 1;
  }
  return -1;
}

}  // namespace coil::compiler
