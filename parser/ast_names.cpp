// Names of AST kinds and operators, as CPython's ast module spells them (for dumps and
// messages).
#include "parser/ast.h"

namespace coil::ast {

const char* kind_name(ExprKind k) {
#define COIL_AST_NAME(name) #name,
  static const char* const kNames[] = {COIL_AST_EXPR_KINDS(COIL_AST_NAME)};
#undef COIL_AST_NAME
  return kNames[static_cast<int>(k)];
}

const char* kind_name(StmtKind k) {
#define COIL_AST_NAME(name) #name,
  static const char* const kNames[] = {COIL_AST_STMT_KINDS(COIL_AST_NAME)};
#undef COIL_AST_NAME
  return kNames[static_cast<int>(k)];
}

const char* operator_name(Operator op) {
  static const char* const kNames[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",
                                       "Mod",    "Pow",    "LShift", "RShift", "BitOr",
                                       "BitXor", "BitAnd", "FloorDiv"};
  return kNames[static_cast<int>(op)];
}

const char* operator_symbol(Operator op) {
  static const char* const kSymbols[] = {"+", "-", "*", "@", "/", "%", "**",
                                         "<<", ">>", "|", "^", "&", "//"};
  return kSymbols[static_cast<int>(op)];
}

const char* unary_operator_name(UnaryOperator op) {
  static const char* const kNames[] = {"Invert", "Not", "UAdd", "USub"};
  return kNames[static_cast<int>(op)];
}

const char* cmpop_name(CmpOp op) {
  static const char* const kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt",
                                       "GtE", "Is", "IsNot", "In", "NotIn"};
  return kNames[static_cast<int>(op)];
}

}  // namespace coil::ast
