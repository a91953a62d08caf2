// The assembler: resolves labels to absolute instruction indices, derives the exception table
// from the SETUP_*/POP_BLOCK pseudo instructions, computes stack depths, drops dead code,
// and builds the Code object.
#pragma once
#include <cstdint>
#include "compiler/unit.h"

namespace coil::compiler {

// Net stack effect of `op` with `arg`; `jump` selects the effect when the branch is taken
// (FOR_ITER exhausted, JUMP_IF_*_OR_POP, a SETUP_* handler being entered). Accepts pseudo ops.
int stack_effect(uint8_t op, uint32_t arg, bool jump);

// True for instructions after which control never falls through.
bool is_terminator(uint8_t op);

// Builds the Code for `unit`. `filename` and `source` are shared by every code object of one
// file. Returns null with MemoryError pending on allocation failure.
Code* assemble(Interp&, Unit& unit, Str* filename, Value source);

}  // namespace coil::compiler
