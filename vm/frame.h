// Activation records of Python code: the Frame layout, the per-Interpreter frame stack that
// plain calls use, and the VM's private per-Interpreter state (VmState).
#pragma once
#include <cstddef>
#include <cstdint>
#include "runtime/interpreter.h"
#include "vm/code.h"

namespace coil {

struct Function;

// How a frame was entered, which decides where its result goes when it returns or yields.
enum class FrameEntry : uint8_t {
  Entry,      // the entry frame of a run_frame call: the result goes back to C++
  Call,       // CALL from the caller: push the result on the caller's stack
  Init,       // __init__ of the CALL fast path: must return None; the instance is already on
              // the caller's stack
  ForIter,    // a generator resumed by FOR_ITER: a yield pushes the value, a return ends the loop
  YieldFrom,  // a generator/coroutine resumed by YIELD_FROM: a yield makes the caller yield too
};

enum FrameFlags : uint32_t {
  kFrameStarted = 1u << 0,   // generator frames: has run at least once
  kFrameOnStack = 1u << 1,   // allocated on the frame stack (popped when it returns)
};

// One activation. Plain frames live on the frame stack (LIFO); generator frames live inside
// their generator object so that they survive suspension. Layout of localsplus:
// [varnames][cellvars][freevars][value stack...].
struct Frame {
  Code* code;
  Function* func;            // null for module code run through run_code
  Dict* globals;
  Dict* builtins;
  Dict* locals;              // non-null for module and class bodies (LOAD_NAME/STORE_NAME)
  Frame* back;               // the frame that called or resumed this one
  const uint32_t* ip;        // next instruction
  Value* sp;                 // first free stack slot (valid whenever the frame is not running
                             // in the loop's registers, i.e. at every call-out and safe point)
  Object* owner;             // the generator owning this frame, or null
  Value saved_handled_exc;   // generator frames: the resumer's handled exception while running
  uint32_t flags;
  FrameEntry entry;
  Value localsplus[];

  Value* stack_base() { return localsplus + code->nlocalsplus(); }
  const uint32_t* first_insn() const { return code->body->insns.data(); }
  // Index of the instruction being executed (or that suspended the frame).
  int current_index() const { return int(ip - first_insn()) - 1; }
};

inline size_t frame_size(const Code* c) {
  return sizeof(Frame) + (c->nlocalsplus() + size_t(c->stacksize) + 1) * sizeof(Value);
}

// A block of frame-stack memory. Chunks are never moved, so frame pointers stay valid.
struct FrameChunk {
  FrameChunk* prev;
  FrameChunk* next;          // a spare chunk kept for reuse
  char* saved_top;           // top of `prev` when this chunk was entered
  char* limit;
  alignas(16) char data[];
};

// The VM's per-Interpreter state. A hidden heap object (so the Heap frees it with the
// Interpreter) found through interp.root_tracers, which also marks it and every live frame.
struct VmState : Object {
  FrameChunk* chunk;
  char* top;
  uintptr_t c_stack_limit;   // lowest safe C stack address for native re-entry
  int native_depth;          // nested run_frame calls (C++ re-entries)
};

VmState* vm_state(Interp&);
// The frame type's finalizer and tracer tell the hidden VmState apart with this.
bool is_vm_state(const Object* o);
void vm_state_free(Object* o);
// Creates the VmState and registers the frame tracer. Called from init_function_types.
bool vm_init(Interp&);

// Frame stack. push returns null (MemoryError raised) when out of memory.
Frame* frame_push(Interp&, VmState* vm, Code* code);
void frame_pop(VmState* vm, Frame* f);

// Initialises a frame's header and clears its locals (no argument binding).
void frame_init(Frame* f, Code* code, Function* func, Dict* globals, Dict* builtins, Dict* locals);
// Marks everything a frame refers to (locals up to sp).
void frame_trace(Frame* f, Tracer& t);
// Marks every frame on interp.frame's chain.
void trace_frames(Interp&, Tracer&);

// Name of localsplus slot `index` (a varname, cellvar or freevar).
Str* localsplus_name(const Code* c, size_t index);

// True when the C++ stack is too deep for another native re-entry into the VM.
bool c_stack_exhausted(Interp&, VmState* vm);

}  // namespace coil
