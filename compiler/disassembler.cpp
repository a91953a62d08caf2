// disassemble(): a CPython-dis-like listing of a Code object (line starts, jump-target
// markers, offsets, opcode names, arguments and their meaning, the exception table), used by
// the unit tests and `coil --dis`. Constant reprs are computed here without running Python.
#include <string>
#include <vector>
#include "runtime/bytes.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"

namespace coil {

namespace {

std::string const_repr(Interp& interp, Value v) {
  if (v.is_none()) return "None";
  if (v.is_true()) return "True";
  if (v.is_false()) return "False";
  if (v.is_small_int() || is_kind(v, Kind::Int)) return int_to_string(v);
  if (v == interp.ellipsis) return "Ellipsis";
  if (is_float(v)) return float_repr(float_value(v));
  if (is_str(v)) return str_repr(v.as<Str>()->view());
  if (is_kind(v, Kind::Bytes)) return bytes_repr(v.as<Bytes>()->view());
  if (is_tuple(v)) {
    auto* t = v.as<Tuple>();
    std::string s = "(";
    for (size_t i = 0; i < t->size; i++) {
      if (i > 0) s += ", ";
      s += const_repr(interp, t->items[i]);
    }
    if (t->size == 1) s += ",";
    return s + ")";
  }
  if (is_kind(v, Kind::Code)) {
    auto* c = v.as<Code>();
    return "<code object " + std::string(c->name->view()) + ", file \"" +
           std::string(c->filename->view()) + "\", line " + std::to_string(c->firstlineno) + ">";
  }
  return "<object>";
}

bool has_arg(Op op) {
  switch (op) {
    case Op::NOP: case Op::POP_TOP: case Op::PUSH_NULL: case Op::RETURN_VALUE:
    case Op::LOAD_BUILD_CLASS: case Op::UNARY_NEGATIVE: case Op::UNARY_POSITIVE:
    case Op::UNARY_INVERT: case Op::UNARY_NOT: case Op::BINARY_SUBSCR: case Op::STORE_SUBSCR:
    case Op::DELETE_SUBSCR: case Op::LIST_TO_TUPLE: case Op::GET_ITER: case Op::YIELD_VALUE:
    case Op::GET_YIELD_FROM_ITER: case Op::YIELD_FROM: case Op::GET_AITER: case Op::GET_ANEXT:
    case Op::END_ASYNC_FOR: case Op::BEFORE_ASYNC_WITH: case Op::PUSH_EXC_INFO:
    case Op::POP_EXCEPT: case Op::CHECK_EXC_MATCH: case Op::CHECK_EG_MATCH:
    case Op::PREP_RERAISE_STAR: case Op::LOAD_ASSERTION_ERROR: case Op::BEFORE_WITH:
    case Op::WITH_EXCEPT_START: case Op::IMPORT_STAR: case Op::SETUP_ANNOTATIONS: case Op::GET_LEN:
      return false;
    default:
      return true;
  }
}

std::string tuple_str_at(const Tuple* t, size_t i) {
  if (t == nullptr || i >= t->size || !is_str(t->items[i])) return "?";
  return std::string(t->items[i].as<Str>()->view());
}

std::string localsplus_name(const Code* c, uint32_t i) {
  size_t nl = size_t(c->nlocals), nc = c->cellvars->size;
  if (i < nl) return tuple_str_at(c->varnames, i);
  if (i < nl + nc) return tuple_str_at(c->cellvars, i - nl);
  return tuple_str_at(c->freevars, i - nl - nc);
}

std::string argrepr(Interp& interp, const Code* c, Op op, uint32_t arg) {
  static const char* kBinOps[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
  static const char* kCmpOps[] = {"<", "<=", "==", "!=", ">", ">="};
  switch (op) {
    case Op::LOAD_CONST:
    case Op::KW_NAMES:
      return arg < c->consts->size ? const_repr(interp, c->consts->items[arg]) : "?";
    case Op::LOAD_NAME: case Op::STORE_NAME: case Op::DELETE_NAME:
    case Op::LOAD_GLOBAL: case Op::STORE_GLOBAL: case Op::DELETE_GLOBAL:
    case Op::LOAD_ATTR: case Op::STORE_ATTR: case Op::DELETE_ATTR: case Op::LOAD_METHOD:
    case Op::IMPORT_NAME: case Op::IMPORT_FROM:
      return tuple_str_at(c->names, arg);
    case Op::LOAD_FAST: case Op::STORE_FAST: case Op::DELETE_FAST:
      return tuple_str_at(c->varnames, arg);
    case Op::LOAD_DEREF: case Op::STORE_DEREF: case Op::DELETE_DEREF: case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
      return localsplus_name(c, arg);
    case Op::BINARY_OP: {
      uint32_t b = arg >= kInplaceBase ? arg - kInplaceBase : arg;
      if (b >= sizeof kBinOps / sizeof kBinOps[0]) return "?";
      return std::string(kBinOps[b]) + (arg >= kInplaceBase ? "=" : "");
    }
    case Op::COMPARE_OP:
      return arg < 6 ? kCmpOps[arg] : "?";
    case Op::FORMAT_VALUE: {
      static const char* kConv[] = {"", "str", "repr", "ascii"};
      std::string s = kConv[arg & 3];
      if (arg & 4) s += s.empty() ? "with format" : ", with format";
      return s;
    }
    case Op::MAKE_FUNCTION: {
      static const char* kFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};
      std::string s;
      for (int i = 0; i < 4; i++) {
        if (arg & (1u << i)) {
          if (!s.empty()) s += ", ";
          s += kFlags[i];
        }
      }
      return s;
    }
    default:
      if (op_has_jump(op)) return "to " + std::to_string(arg);
      return "";
  }
}

std::string pad_right(std::string s, size_t w) {
  if (s.size() < w) s.append(w - s.size(), ' ');
  return s;
}
std::string pad_left(std::string s, size_t w) {
  if (s.size() < w) s.insert(0, w - s.size(), ' ');
  return s;
}

void disassemble_one(Interp& interp, const Code* c, std::string& out) {
  const CodeBody* b = c->body;
  size_t n = b->insns.size();
  std::vector<bool> target(n, false);
  for (uint32_t insn : b->insns) {
    Op op = op_of(insn);
    if (op_has_jump(op) && arg_of(insn) < n) target[arg_of(insn)] = true;
  }
  for (const ExceptionTableEntry& e : b->exception_table)
    if (e.target < n) target[e.target] = true;
  int maxline = 0;
  for (const SourcePosition& p : b->positions) maxline = std::max(maxline, p.line);
  size_t line_width = maxline >= 1000 ? std::to_string(maxline).size() : 3;
  size_t offset_width = n > 10000 ? std::to_string(n).size() : 4;
  int last_line = -1;
  for (size_t i = 0; i < n; i++) {
    Op op = op_of(b->insns[i]);
    uint32_t arg = arg_of(b->insns[i]);
    int line = i < b->positions.size() ? b->positions[i].line : 0;
    std::string s;
    if (line > 0 && line != last_line) {
      if (i > 0) out += "\n";
      s += pad_left(std::to_string(line), line_width);
      last_line = line;
    } else {
      s += std::string(line_width, ' ');
    }
    s += "     ";
    s += target[i] ? ">>" : "  ";
    s += " ";
    s += pad_left(std::to_string(i), offset_width);
    s += " ";
    s += pad_right(op_name(op), 20);
    if (has_arg(op)) {
      s += " ";
      s += pad_left(std::to_string(arg), 5);
      std::string r = argrepr(interp, c, op, arg);
      if (!r.empty()) s += " (" + r + ")";
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out += s;
    out += "\n";
  }
  if (!b->exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionTableEntry& e : b->exception_table) {
      out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end - 1) + " -> " +
             std::to_string(e.target) + " [" + std::to_string(e.depth) + "]" +
             (e.lasti ? " lasti" : "") + "\n";
    }
  }
}

}  // namespace

std::string disassemble(Interp& interp, const Code* c, bool recursive) {
  std::string out;
  disassemble_one(interp, c, out);
  if (recursive) {
    for (size_t i = 0; i < c->consts->size; i++) {
      Value v = c->consts->items[i];
      if (!is_kind(v, Kind::Code)) continue;
      out += "\nDisassembly of " + const_repr(interp, v) + ":\n";
      out += disassemble(interp, v.as<Code>(), true);
    }
  }
  return out;
}

}  // namespace coil
