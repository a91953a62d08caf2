// The Opcode enum and instruction encoding, generated from vm/opcodes.def.
// One 32-bit word per instruction: opcode in the low byte, argument in the upper 24 bits.
#pragma once
#include <cstdint>

namespace coil {

enum class Op : uint8_t {
#define COIL_OP(name, pops, pushes, jump) name,
#include "vm/opcodes.def"
#undef COIL_OP
  kCount
};

constexpr uint32_t kMaxOpArg = (1u << 24) - 1;
constexpr uint32_t kInplaceBase = 16;   // BINARY_OP arg for the in-place form of BinOp b: kInplaceBase + b

inline constexpr uint32_t encode(Op op, uint32_t arg = 0) { return uint32_t(op) | (arg << 8); }
inline constexpr Op op_of(uint32_t insn) { return Op(insn & 0xff); }
inline constexpr uint32_t arg_of(uint32_t insn) { return insn >> 8; }

const char* op_name(Op op);        // "LOAD_FAST"
bool op_has_jump(Op op);

}  // namespace coil
