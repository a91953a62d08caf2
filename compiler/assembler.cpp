// Assembly of a Unit into a Code object. Mirrors what CPython 3.11 does after code
// generation: exception-table construction from the handler pseudo instructions (a flow
// analysis, since each instruction's innermost handler depends on the path that reaches it),
// stack-depth analysis, dead-code and NOP removal, and jump resolution.
#include "compiler/assembler.h"

#include <algorithm>
#include <bit>
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil::compiler {

namespace {

struct OpInfo {
  int8_t pops, pushes;
};
constexpr OpInfo kOpInfo[] = {
#define COIL_OP(name, pops, pushes, jump) {pops, pushes},
#include "vm/opcodes.def"
#undef COIL_OP
};

}  // namespace

bool is_terminator(uint8_t op) {
  switch (op) {
    case uint8_t(Op::JUMP):
    case uint8_t(Op::RETURN_VALUE):
    case uint8_t(Op::RAISE_VARARGS):
    case uint8_t(Op::RERAISE):
      return true;
    default:
      return false;
  }
}

int stack_effect(uint8_t op, uint32_t arg, bool jump) {
  switch (op) {
    case kSetupFinally: return jump ? 1 : 0;
    case kSetupCleanup: return jump ? 2 : 0;
    case kSetupWith: return jump ? 1 : 0;
    case kPopBlock: return 0;
    default: break;
  }
  switch (Op(op)) {
    case Op::COPY: return 1;
    case Op::SWAP: return 0;
    case Op::CALL: return -int(arg) - 1;
    case Op::CALL_FUNCTION_EX: return -2 - int(arg & 1);
    case Op::MAKE_FUNCTION: return -std::popcount(arg & 0xfu);
    case Op::BUILD_SLICE: return 1 - int(arg);
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING: return 1 - int(arg);
    case Op::BUILD_MAP: return 1 - 2 * int(arg);
    case Op::BUILD_CONST_KEY_MAP: return -int(arg);
    case Op::UNPACK_SEQUENCE: return int(arg) - 1;
    case Op::UNPACK_EX: return int(arg & 0xff) + int(arg >> 8);
    case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case Op::RAISE_VARARGS: return -int(arg);
    case Op::FOR_ITER: return jump ? -1 : 1;
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    default: break;
  }
  if (op >= uint8_t(Op::kCount)) return 0;
  const OpInfo& info = kOpInfo[op];
  return info.pushes - info.pops;
}

namespace {

struct Handler {
  int32_t target = -1;   // instruction index (pre-compaction); -1 = none
  int32_t depth = 0;
  bool lasti = false;
  bool operator==(const Handler& o) const {
    return target == o.target && depth == o.depth && lasti == o.lasti;
  }
};

struct Work {
  size_t start;
  int depth;
  std::vector<Handler> stack;
};

// Walks every reachable path once: records each instruction's entry depth and innermost
// handler, and the maximum depth. Unvisited instructions (depth -1) are dead.
int analyze_flow(const Unit& u, std::vector<int>& depth, std::vector<Handler>& handler) {
  size_t n = u.code.size();
  depth.assign(n, -1);
  handler.assign(n, Handler{});
  int maxdepth = 0;
  std::vector<Work> work;
  work.push_back(Work{0, 0, {}});
  // An unbound label (a compiler bug) sends its jump past the end, where nothing is visited.
  auto target_of = [&](const Instr& in) {
    int32_t t = u.labels[in.arg];
    return t < 0 ? n : size_t(t);
  };
  while (!work.empty()) {
    Work w = std::move(work.back());
    work.pop_back();
    size_t i = w.start;
    int d = w.depth;
    maxdepth = std::max(maxdepth, d);
    while (i < n && depth[i] < 0) {
      const Instr& in = u.code[i];
      depth[i] = d;
      if (!w.stack.empty()) handler[i] = w.stack.back();
      if (is_setup(in.op)) {
        Handler h;
        h.target = int32_t(target_of(in));
        h.lasti = in.op != kSetupFinally;
        h.depth = d - (in.op == kSetupWith ? 1 : 0);
        work.push_back(Work{target_of(in), h.depth + 1 + (h.lasti ? 1 : 0), w.stack});
        w.stack.push_back(h);
        i++;
        continue;
      }
      if (in.op == kPopBlock) {
        if (!w.stack.empty()) w.stack.pop_back();
        i++;
        continue;
      }
      if (has_label_arg(in.op)) {
        int jd = d + stack_effect(in.op, in.arg, true);
        work.push_back(Work{target_of(in), jd, w.stack});
        maxdepth = std::max(maxdepth, jd);
      }
      d += stack_effect(in.op, in.arg, false);
      maxdepth = std::max(maxdepth, d);
      if (is_terminator(in.op)) break;
      i++;
    }
  }
  return maxdepth;
}

Tuple* strs_tuple(Interp& interp, const std::vector<std::string>& v) {
  Tuple* t = tuple_new(interp, v.size());
  if (t == nullptr) return nullptr;
  for (size_t i = 0; i < v.size(); i++) {
    Str* s = intern(interp, v[i]);
    if (s == nullptr) return nullptr;
    t->items[i] = Value::object(s);
  }
  return t;
}

}  // namespace

Code* assemble(Interp& interp, Unit& u, Str* filename, Value source) {
  std::vector<int> depth;
  std::vector<Handler> handler;
  int maxdepth = analyze_flow(u, depth, handler);

  size_t n = u.code.size();
  // Which instructions survive, and where each old index lands.
  std::vector<uint8_t> keep(n, 0);
  for (size_t i = 0; i < n; i++)
    keep[i] = depth[i] >= 0 && !is_pseudo(u.code[i].op) && u.code[i].op != uint8_t(Op::NOP);
  // A forward JUMP to the instruction that follows it anyway (what `if 0:` or an empty
  // else leaves behind) is dropped. Walking backwards, next_kept[] is final for every later
  // index when a jump is examined.
  std::vector<size_t> next_kept(n + 1, n);
  for (size_t i = n; i-- > 0;) {
    const Instr& in = u.code[i];
    if (keep[i] && in.op == uint8_t(Op::JUMP)) {
      int32_t t = u.labels[in.arg];
      if (t > int32_t(i) && size_t(t) <= n && next_kept[size_t(t)] == next_kept[i + 1]) keep[i] = 0;
    }
    next_kept[i] = keep[i] ? i : next_kept[i + 1];
  }
  std::vector<uint32_t> new_index(n + 1, 0);
  uint32_t count = 0;
  for (size_t i = 0; i < n; i++) {
    new_index[i] = count;
    if (keep[i]) count++;
  }
  new_index[n] = count;
  // new_index[i] of a removed instruction is the index of the next kept one: exactly where a
  // jump to it must land.

  auto* code = code_new(interp);
  if (code == nullptr) {
    raise_no_memory(interp);
    return nullptr;
  }
  CodeBody* body = code->body;
  body->insns.reserve(count);
  body->positions.reserve(count);
  uint32_t nlocals = uint32_t(u.varnames.size());
  SourcePosition last{};
  Handler cur;
  uint32_t run_start = 0;
  auto flush = [&](uint32_t end) {
    if (cur.target >= 0 && end > run_start) {
      body->exception_table.push_back(ExceptionTableEntry{
          run_start, end, new_index[size_t(cur.target)], uint32_t(cur.depth), cur.lasti});
    }
  };
  for (size_t i = 0; i < n; i++) {
    if (!keep[i]) continue;
    const Instr& in = u.code[i];
    uint32_t arg = in.arg;
    if (has_label_arg(in.op)) arg = new_index[size_t(u.labels[in.arg])];
    else if (is_deref_op(in.op)) arg += nlocals;
    uint32_t idx = uint32_t(body->insns.size());
    if (!(handler[i] == cur)) {
      flush(idx);
      cur = handler[i];
      run_start = idx;
    }
    body->insns.push_back(encode(Op(in.op), arg));
    SourcePosition p = in.pos;
    if (p.line <= 0) p = last;
    last = p;
    body->positions.push_back(p);
  }
  flush(uint32_t(body->insns.size()));

  // Cells that are also parameters start out holding the argument.
  size_t nparams = size_t(u.argcount + u.kwonlyargcount) + ((u.flags & kCodeVarargs) ? 1 : 0) +
                   ((u.flags & kCodeVarkeywords) ? 1 : 0);
  for (const std::string& c : u.cellvars) {
    int32_t arg = -1;
    auto it = u.varname_index.find(c);
    if (it != u.varname_index.end() && it->second < nparams) arg = int32_t(it->second);
    body->cell2arg.push_back(arg);
  }

  code->name = intern(interp, u.name);
  code->qualname = str_new(interp, u.qualname);
  code->filename = filename;
  code->source = source;
  code->consts = tuple_from(interp, u.consts.data(), u.consts.size());
  code->names = tuple_new(interp, u.names.size());
  if (code->names != nullptr)
    for (size_t i = 0; i < u.names.size(); i++) code->names->items[i] = Value::object(u.names[i]);
  code->varnames = strs_tuple(interp, u.varnames);
  code->cellvars = strs_tuple(interp, u.cellvars);
  code->freevars = strs_tuple(interp, u.freevars);
  if (code->name == nullptr || code->qualname == nullptr || code->consts == nullptr ||
      code->names == nullptr || code->varnames == nullptr || code->cellvars == nullptr ||
      code->freevars == nullptr) {
    raise_no_memory(interp);
    return nullptr;
  }
  code->argcount = u.argcount;
  code->posonlyargcount = u.posonlyargcount;
  code->kwonlyargcount = u.kwonlyargcount;
  code->nlocals = int32_t(nlocals);
  code->stacksize = maxdepth;
  code->firstlineno = u.firstlineno;
  code->code_flags = u.flags;
  code->docstring = u.docstring;
  return code;
}

}  // namespace coil::compiler
