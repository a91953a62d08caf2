// Generators, coroutines and async generators: one object layout that owns its frame, and
// gen_resume, the single entry point that resumes one with a value or an exception.
#pragma once
#include "runtime/interpreter.h"
#include "vm/frame.h"

namespace coil {

struct Function;

enum class GenState : uint8_t { Created, Suspended, Running, Closed };

// Generator::flag bits (in the frame's flags word, above the FrameFlags).
constexpr uint32_t kGenStateShift = 8;        // 2 bits: GenState
enum GenFlag : uint32_t {
  kGenAgRunningAsync = 1u << 10,   // async generators: an asend/athrow awaitable is in progress
  kGenAgClosed = 1u << 11,         // async generators: aclose() was called or it finished
  kGenWarned = 1u << 12,           // coroutine: "never awaited" already reported
  kGenFinalizable = 1u << 13,      // in VmState::finalizable (suspended inside a try/with)
};

// Kind::Generator, Kind::Coroutine or Kind::AsyncGenerator. The frame lives in the same
// allocation, right after this header (kept small: an asyncio task holds two or more).
struct Generator : Object {
  // Object::aux: 0, or the slot of its names in VmState::gen_names (gen_name, gen_set_name).
  // The state and flags (GenFlag) live in spare bits of the frame's flags word: the header
  // stays at two words.
  GenState state() const { return GenState((frame()->flags >> kGenStateShift) & 3u); }
  void set_state(GenState s) {
    Frame* f = frame();
    f->flags = (f->flags & ~(3u << kGenStateShift)) | (uint32_t(s) << kGenStateShift);
  }
  bool flag(uint32_t f) const { return (frame()->flags & f) != 0; }
  void set_flag(uint32_t f, bool on) {
    if (on) frame()->flags |= f;
    else frame()->flags &= ~f;
  }

  Frame* frame() const {
    return reinterpret_cast<Frame*>(reinterpret_cast<char*>(const_cast<Generator*>(this)) + sizeof(Generator));
  }
};
static_assert(sizeof(Generator) == kGeneratorHeaderSize, "Frame::owner() relies on it");

// What coroutine.__await__() returns: iterates the coroutine.
struct CoroWrapper : Object {   // Kind::CoroutineWrapper
  Value coro;
};

// The awaitables of async generators: __anext__()/asend(v) (mode Send), athrow() (Throw) and
// aclose() (Close). One type, async_generator_asend; athrow/aclose report their own names.
struct AsyncGenAwaitable : Object {   // Kind::AsyncGenAwaitable
  enum Mode : uint8_t { Send, Throw, Close };
  enum State : uint8_t { Init, Iter, Done };
  Value gen;
  Value arg;                 // Send: the value to send; Throw: the exception instance
  Mode mode;
  State state;
};

inline bool is_generator(Value v) { return is_kind(v, Kind::Generator); }
inline bool is_coroutine(Value v) { return is_kind(v, Kind::Coroutine); }
inline bool is_async_generator(Value v) { return is_kind(v, Kind::AsyncGenerator); }
// A generator or a coroutine: objects whose frames YIELD_FROM/FOR_ITER link directly.
inline bool is_gen_or_coro(Value v) { return is_generator(v) || is_coroutine(v); }

// Creates the generator/coroutine/async generator for a call of f (its code has one of the
// generator flags). The frame is initialised with empty locals; the caller binds arguments
// into gen->frame->localsplus (see bind_arguments). Null on MemoryError.
Generator* generator_new(Interp&, Function* f);

enum class GenStatus { Yield, Return, Error };

// __name__ and __qualname__ (settable; the function's at creation).
Str* gen_name(Interp&, const Generator* g);
Str* gen_qualname(Interp&, const Generator* g);
// Sets __name__ (which == 0) or __qualname__ (1). False on MemoryError.
bool gen_set_name(Interp&, Generator* g, int which, Str* s);
// The generator finalizer's part: gives back its names slot.
void gen_release_names(Interp&, Generator* g);

// Resumes gen (a generator, coroutine or async generator) by sending send_value (None to
// start), or, when throw_exc is non-null, by raising throw_exc (an exception instance) at the
// point where it is suspended (forwarded to the delegate of a `yield from`/`await`).
// Yield: *out is the yielded value. Return: *out is the returned value (no StopIteration is
// made). Error: the exception is pending. Errors of the resume itself (already executing,
// non-None value to a just-started generator, reused coroutine) are reported as Error.
// Holds off collection while it runs, like call(); see gen_resume_clean.
GenStatus gen_resume(Interp&, Value gen, Value send_value, Value throw_exc, Value* out);
// As gen_resume, but collection may run inside: the caller (e.g. the asyncio Task step) keeps
// everything it needs reachable from a root.
GenStatus gen_resume_clean(Interp&, Value gen, Value send_value, Value throw_exc, Value* out);

// gen.close() semantics (GeneratorExit at the suspension point). Returns false with an
// exception pending ("generator ignored GeneratorExit", or what the generator raised).
bool gen_close(Interp&, Value gen);

// Called when a generator suspends: registers it for close() when it becomes unreachable if
// its suspension point is inside a handler (try/finally, with).
void gen_note_suspended(Interp&, VmState* vm, Generator* g);
// Closes the generators the collector found unreachable while suspended in a try/with
// (their finally blocks run, as CPython's finalizer does). Runs Python; never raises.
void run_pending_closes(Interp&, VmState* vm);
// A generator dropped by the program (POP_TOP/del): if it may need closing and the heap is
// small (or a collection is due anyway), collect now so that its finally block runs at once,
// as with CPython's reference counting; otherwise the next regular collection closes it.
void gen_dropped(Interp&, VmState* vm, Value v);
// The collector's weak hook (registered by vm_init; data = the VmState): resurrects the
// unreachable suspended generators of the registry into VmState::to_close.
void gen_weak_hook(void* data, Tracer& t);
// Interpreter shutdown: closes every still-suspended registered generator.
void close_suspended_generators(Interp&);

// "coroutine 'f' was never awaited": a coroutine that never started is being finalized.
void coroutine_warn_never_awaited(Interp&, Generator* g);

}  // namespace coil
