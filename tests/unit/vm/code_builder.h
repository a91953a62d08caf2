// Hand-assembles Code objects for VM unit tests (no compiler needed): instructions with
// labels, constants, names, locals, cells, an exception table; one source line per instruction.
#pragma once
#include <string>
#include <vector>
#include "runtime/interpreter.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"

namespace coil::test {

class CodeBuilder {
 public:
  explicit CodeBuilder(Interp& interp) : interp_(interp) {}

  // Appends an instruction; returns its index.
  size_t emit(Op op, uint32_t arg = 0) {
    insns_.push_back(encode(op, arg));
    return insns_.size() - 1;
  }
  size_t here() const { return insns_.size(); }
  // Rewrites the argument of instruction `at` (forward jumps).
  void patch(size_t at, uint32_t arg) { insns_[at] = encode(op_of(insns_[at]), arg); }

  uint32_t konst(Value v) {
    for (size_t i = 0; i < consts_.size(); i++) {
      if (consts_[i] == v) return uint32_t(i);
    }
    consts_.push_back(v);
    return uint32_t(consts_.size() - 1);
  }
  uint32_t int_const(int64_t n) { return konst(Value::small_int(n)); }
  uint32_t str_const(const char* s) { return konst(Value::object(intern(interp_, s))); }
  uint32_t name(const char* s) { return index_of(names_, s); }
  uint32_t local(const char* s) { return index_of(varnames_, s); }
  uint32_t cell(const char* s) { return uint32_t(varnames_.size()) + index_of(cellvars_, s); }
  uint32_t free(const char* s) { return uint32_t(varnames_.size() + cellvars_.size()) + index_of(freevars_, s); }
  // Declares cell/free names before emitting (indexes depend on the number of varnames).
  void declare_locals(std::initializer_list<const char*> ns) { for (auto n : ns) local(n); }
  void declare_cells(std::initializer_list<const char*> ns) { for (auto n : ns) index_of(cellvars_, n); }
  void declare_frees(std::initializer_list<const char*> ns) { for (auto n : ns) index_of(freevars_, n); }

  void handler(uint32_t start, uint32_t end, uint32_t target, uint32_t depth, bool lasti = false) {
    table_.push_back(ExceptionTableEntry{start, end, target, depth, lasti});
  }

  int argcount = 0, posonly = 0, kwonly = 0, stacksize = 16;
  uint32_t flags = kCodeOptimized | kCodeNewLocals;

  Code* build(const char* name, const char* qualname = nullptr) {
    Code* c = code_new(interp_);
    c->name = intern(interp_, name);
    c->qualname = intern(interp_, qualname ? qualname : name);
    c->filename = intern(interp_, "<test>");
    c->consts = tuple_from(interp_, consts_.data(), consts_.size());
    c->names = strs(names_);
    c->varnames = strs(varnames_);
    c->cellvars = strs(cellvars_);
    c->freevars = strs(freevars_);
    c->argcount = argcount;
    c->posonlyargcount = posonly;
    c->kwonlyargcount = kwonly;
    c->nlocals = int32_t(varnames_.size());
    c->stacksize = stacksize;
    c->firstlineno = 1;
    c->code_flags = flags;
    c->body->insns = insns_;
    for (size_t i = 0; i < insns_.size(); i++) {
      int32_t line = int32_t(i) + 1;
      c->body->positions.push_back(SourcePosition{line, line, 0, 1});
    }
    c->body->exception_table = table_;
    return c;
  }

 private:
  uint32_t index_of(std::vector<std::string>& v, const char* s) {
    for (size_t i = 0; i < v.size(); i++) {
      if (v[i] == s) return uint32_t(i);
    }
    v.push_back(s);
    return uint32_t(v.size() - 1);
  }
  Tuple* strs(const std::vector<std::string>& v) {
    std::vector<Value> items;
    for (auto& s : v) items.push_back(Value::object(intern(interp_, s)));
    return tuple_from(interp_, items.data(), items.size());
  }

  Interp& interp_;
  std::vector<uint32_t> insns_;
  std::vector<Value> consts_;
  std::vector<std::string> names_, varnames_, cellvars_, freevars_;
  std::vector<ExceptionTableEntry> table_;
};

}  // namespace coil::test
