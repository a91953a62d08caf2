// Activation records of Python code: the Frame layout, the per-Interpreter frame stack that
// plain calls use, and the VM's private per-Interpreter state (VmState).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include "runtime/interpreter.h"
#include "runtime/str.h"
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
  kFrameAwaitYielded = 1u << 2,   // suspended in YIELD_FROM on an await_step awaitable that
                                  // already yielded (Type::await_step's `resumed`)
  kFrameGenerator = 1u << 3,      // owned by the generator whose header precedes it
  kFrameLocals = 1u << 4,         // a module/class body: saved_handled_exc holds its namespace

};

// Generator frames live right after their Generator's header, which is this big (checked in
// vm/generator.h): a frame finds its generator without storing a pointer to it.
constexpr size_t kGeneratorHeaderSize = 16;

// One activation. Plain frames live on the frame stack (LIFO); generator frames live inside
// their generator object so that they survive suspension. Layout of localsplus:
// [varnames][cellvars][freevars][value stack...].
struct Frame {
  Code* code;
  // ip and sp are not adjacent on purpose: the compiler would merge the dispatch loop's two
  // loads of them into one 16-byte load, which stalls on store forwarding right after a call
  // or resume stored them separately.
  const uint32_t* ip;        // next instruction
  Dict* globals;
  Frame* back;               // the frame that called or resumed this one
  Value* sp;                 // first free stack slot (valid whenever the frame is not running
                             // in the loop's registers, i.e. at every call-out and safe point)
  // One slot, two uses that never meet (generator code never has a namespace dict: even
  // top-level-await module code runs on globals):
  // - generator frames: while running, the resumer's handled exception (restored when it
  //   yields or returns); while suspended, the generator's own (what it was handling when
  //   it yielded, made current again on resume). Swapped with interp.handled_exc each time.
  // - module and class bodies (kFrameLocals): their namespace dict (LOAD_NAME/STORE_NAME).
  Value saved_handled_exc;
  uint32_t flags;
  FrameEntry entry;
  Value localsplus[];

  Value* stack_base() { return localsplus + code->nlocalsplus(); }
  // The namespace of a module or class body, or null (see saved_handled_exc).
  Dict* locals() const { return (flags & kFrameLocals) ? saved_handled_exc.as<Dict>() : nullptr; }
  // The generator owning this frame, or null.
  Object* owner() const {
    if (!(flags & kFrameGenerator)) return nullptr;
    return reinterpret_cast<Object*>(reinterpret_cast<char*>(const_cast<Frame*>(this)) - kGeneratorHeaderSize);
  }
  const uint32_t* first_insn() const { return code->body->insns.data(); }
  // Index of the instruction being executed (or that suspended the frame).
  int current_index() const { return int(ip - first_insn()) - 1; }
};

// Every suspended coroutine pays for this header: grow it only for a good reason.
static_assert(sizeof(Frame) == 56);

// Frames on the frame stack keep one spare slot beyond the computed stack depth (cheap
// insurance there); a generator frame is sized exactly, since a program may hold many
// (the stack effects of every resume path are counted in stacksize, and ASan builds, which
// allocate every object on its own, check it).
inline size_t frame_size(const Code* c) {
  return sizeof(Frame) + (c->nlocalsplus() + size_t(c->stacksize) + 1) * sizeof(Value);
}
inline size_t generator_frame_size(const Code* c) {
  return sizeof(Frame) + (c->nlocalsplus() + size_t(c->stacksize)) * sizeof(Value);
}

// A block of frame-stack memory. Chunks are never moved, so frame pointers stay valid.
struct FrameChunk {
  FrameChunk* prev;
  FrameChunk* next;          // a spare chunk kept for reuse
  char* saved_top;           // top of `prev` when this chunk was entered
  char* limit;
  alignas(16) char data[];
};

// A growable malloc'd array of Values (no constructor: lives in zeroed heap objects).
struct ValueArray {
  Value* items;
  size_t size, capacity;
  bool push(Value v);
  void remove_at(size_t i) { items[i] = items[--size]; }
  void release();
};

// The VM's per-Interpreter state. A hidden heap object (so the Heap frees it with the
// Interpreter) found through interp.root_tracers, which also marks it and every live frame.
struct VmState : Object {
  FrameChunk* chunk;
  char* top;
  uintptr_t c_stack_limit;   // lowest safe C stack address for native re-entry
  // Generators suspended inside a try/with (their close() would run code): a weak registry
  // checked by the collector's weak hook, and the ones found unreachable, resurrected and
  // waiting for close() at the next safe point (strong). malloc'd arrays.
  ValueArray finalizable;
  ValueArray to_close;
  // __name__/__qualname__ of generators renamed from their code's (functools.wraps, or set
  // by the program): pairs, slot i at items[2i], [2i+1]; a generator's Object::aux is its
  // slot + 1 (0: the code's names). Freed slots chain through items[2i] (a small int: the
  // next free slot + 1) from names_free. Strong: a slot is released by the generator's
  // finalizer.
  ValueArray gen_names;
  uint32_t names_free;
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
void frame_init(Frame* f, Code* code, Dict* globals, Dict* locals);
// Marks everything a frame refers to (locals up to sp).
void frame_trace(Frame* f, Tracer& t);
// Marks every frame on interp.frame's chain.
void trace_frames(Interp&, Tracer&);

// A NUL-terminated copy of a str's text for printf-style messages (Str::data is not always
// terminated). Valid until the end of the full expression.
inline const char* cstr(const Str* s, std::string&& buf = std::string()) {
  buf.assign(s->data, s->size);
  return buf.c_str();
}

// Name of localsplus slot `index` (a varname, cellvar or freevar).
Str* localsplus_name(const Code* c, size_t index);

// True when the C++ stack is too deep for another native re-entry into the VM.
bool c_stack_exhausted(Interp&, VmState* vm);

}  // namespace coil
