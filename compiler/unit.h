// One code object under construction: its instruction list (with labels and the pseudo
// instructions that delimit exception handlers), constants, names, locals and metadata.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include "compiler/symtable.h"
#include "runtime/str.h"
#include "vm/code.h"

namespace coil::compiler {

// Pseudo instructions, numbered above every real opcode. The assembler turns them into
// exception-table entries and removes them (as CPython's SETUP_*/POP_BLOCK).
enum Pseudo : uint8_t {
  kSetupFinally = 250,   // handler gets: exception                   (depth unchanged)
  kSetupCleanup = 251,   // handler gets: lasti, exception            (depth unchanged)
  kSetupWith = 252,      // handler gets: lasti, exception            (depth minus the __enter__ result)
  kPopBlock = 253,       // ends the innermost SETUP_* region
};

inline bool is_pseudo(uint8_t op) { return op >= kSetupFinally; }
inline bool is_setup(uint8_t op) { return op >= kSetupFinally && op <= kSetupWith; }
// Real jumps plus SETUP_* carry a label id as their argument until assembly.
inline bool has_label_arg(uint8_t op) {
  return is_setup(op) || (op < uint8_t(Op::kCount) && op_has_jump(Op(op)));
}
// DEREF-style instructions take an index into [cellvars..., freevars...] until assembly,
// which adds nlocals to make it a localsplus index.
inline bool is_deref_op(uint8_t op) {
  return op == uint8_t(Op::LOAD_DEREF) || op == uint8_t(Op::STORE_DEREF) ||
         op == uint8_t(Op::DELETE_DEREF) || op == uint8_t(Op::LOAD_CLOSURE) ||
         op == uint8_t(Op::LOAD_CLASSDEREF);
}

struct Instr {
  uint8_t op;
  uint32_t arg;
  SourcePosition pos;
};

// The kinds of code unit, as CPython's COMPILER_SCOPE_*.
enum class UnitKind : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// Compile-time blocks that break/continue/return must unwind (CPython's fblockinfo).
enum class FBlockKind : uint8_t {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
  PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
};

struct FBlock {
  FBlockKind kind;
  int block;                       // label: loop start (continue target)
  int exit;                        // label: loop exit (break target), or -1
  const void* datum;               // FinallyTry: the Try node; With: the With node
  std::string_view name;           // HandlerCleanup: the `as` name (empty if none)
};

struct Unit {
  Scope* scope = nullptr;
  UnitKind kind = UnitKind::Module;
  std::string name, qualname;
  std::string private_name;        // enclosing class name, for mangling
  int firstlineno = 1;

  std::vector<Instr> code;
  std::vector<int32_t> labels;     // label id -> instruction index, -1 until bound

  std::vector<Value> consts;
  std::unordered_map<std::string, uint32_t> const_index;   // dedup key -> index
  std::vector<Str*> names;
  std::unordered_map<std::string, uint32_t> name_index;
  std::vector<std::string> varnames;
  std::unordered_map<std::string, uint32_t> varname_index;
  std::vector<std::string> cellvars, freevars;
  std::unordered_map<std::string, uint32_t> cell_index;    // cells first, then frees

  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  Value docstring = Value::none();
  bool uses_top_level_await = false;

  SourcePosition loc{};            // location given to emitted instructions
  std::vector<FBlock> fblocks;

  int new_label() {
    labels.push_back(-1);
    return int(labels.size()) - 1;
  }
  void bind(int label) { labels[size_t(label)] = int32_t(code.size()); }
  void emit(uint8_t op, uint32_t arg = 0) { code.push_back(Instr{op, arg, loc}); }
  void emit(Op op, uint32_t arg = 0) { emit(uint8_t(op), arg); }
  // A jump-like instruction to `label`.
  void jump(Op op, int label) { emit(uint8_t(op), uint32_t(label)); }
  void setup(Pseudo p, int label) { emit(uint8_t(p), uint32_t(label)); }
  void pop_block() { emit(uint8_t(kPopBlock)); }
};

}  // namespace coil::compiler
