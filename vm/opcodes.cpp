// Opcode names and jump flags, generated from vm/opcodes.def (disassembler, diagnostics).
#include "vm/opcodes.h"

#include <cstddef>

namespace coil {

namespace {
constexpr const char* kNames[] = {
#define COIL_OP(name, pops, pushes, jump) #name,
#include "vm/opcodes.def"
#undef COIL_OP
};
constexpr bool kJumps[] = {
#define COIL_OP(name, pops, pushes, jump) jump != 0,
#include "vm/opcodes.def"
#undef COIL_OP
};
}  // namespace

const char* op_name(Op op) {
  size_t i = size_t(op);
  return i < size_t(Op::kCount) ? kNames[i] : "<invalid>";
}

bool op_has_jump(Op op) {
  size_t i = size_t(op);
  return i < size_t(Op::kCount) && kJumps[i];
}

}  // namespace coil
