// Declarations shared by the VM's own files: the dispatch loop entry, argument binding,
// generator linking, unwinding helpers and the out-of-line parts of opcodes.
#pragma once
#include <string>
#include "runtime/function.h"
#include "runtime/interpreter.h"
#include "runtime/tuple.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/inline_cache.h"

namespace coil {

struct Function;
struct BaseException;
struct NativeFunction;

// How run_frame left its entry frame.
enum class ExitKind : uint8_t {
  Return,        // the entry frame returned (value returned)
  Yield,         // the entry (generator) frame yielded (value returned)
  AsyncGenYield, // an async generator frame yielded a value for its consumer (YIELD_VALUE)
  Error,         // an exception is pending (null returned)
};

// Runs frames, starting with `entry` (already linked: entry->back is the C++ caller's
// frame, interp.frame == entry), until entry returns, yields or raises. When `throwing`,
// interp.exc holds an exception to raise inside `entry` at its suspension point.
Value run_frame(Interp&, Frame* entry, ExitKind* how, bool throwing = false);

// The call fast path: a frame for fn when binding is a plain copy of nargs positional values
// (plus trailing defaults and the closure) and the frame fits the current chunk. Null when
// the general path must run (nothing changed then). Never raises.
__attribute__((always_inline)) inline Frame* push_fast_frame(Interp& interp, VmState* vm, Function* fn,
                                                             const Value* args, size_t nargs,
                                                             CodeCaches** out) {
  Code* code = fn->code;
  CodeCaches* fcc = code->body->caches;
  *out = fcc;
  if (fcc == nullptr || !fcc->fast_call) return nullptr;
  size_t argc = size_t(code->argcount);
  Tuple* defs = fn->defaults;
  size_t ndef = defs != nullptr ? defs->size : 0;
  if (nargs > argc || nargs + ndef < argc) return nullptr;
  size_t nl = size_t(code->nlocals);
  size_t nfree = fcc->nlocalsplus - nl;   // no cellvars on this path
  Tuple* clo = fn->closure;
  if (nfree != 0 && (clo == nullptr || clo->size != nfree)) return nullptr;
  if (vm->top + fcc->frame_bytes > vm->chunk->limit || interp.call_depth >= interp.recursion_limit) return nullptr;
  auto* nf = reinterpret_cast<Frame*>(vm->top);
  vm->top += fcc->frame_bytes;
  interp.call_depth++;
  nf->code = code;
  nf->globals = fn->globals;
  nf->ip = fcc->insns;
  nf->saved_handled_exc = Value::none();
  nf->flags = kFrameOnStack;
  Value* L = nf->localsplus;
  size_t i = 0;
  for (; i < nargs; i++) L[i] = args[i];
  for (; i < argc; i++) L[i] = defs->items[ndef - argc + i];
  for (; i < nl; i++) L[i] = Value::null();
  for (size_t k = 0; k < nfree; k++) L[nl + k] = clo->items[k];
  nf->sp = L + fcc->nlocalsplus;
  return nf;
}

// A frame for a Python call that needs the general binding (keywords, *args, ...): pushed,
// arguments bound, call depth checked. Null with an exception pending (nothing pushed).
Frame* push_call_frame(Interp&, VmState* vm, Function* fn, const Value* args, size_t nargs, Tuple* kw);

// The handled-exception swap of entering or leaving generator frame gf: it gets back the
// exception it was handling, and keeps the resumer's meanwhile (see Frame::saved_handled_exc).
__attribute__((always_inline)) inline void gen_swap_handled(Interp& interp, Frame* gf) {
  Value own = gf->saved_handled_exc;
  gf->saved_handled_exc = interp.handled_exc.is_null() ? Value::none() : interp.handled_exc;
  interp.handled_exc = own;
}

// FOR_ITER's resume fast path: links generator g, suspended at a YIELD_VALUE, under `back`
// (gen_link's work; the caller pushes the None its yield expression evaluates to). False,
// with nothing changed, when gen_link must run instead.
__attribute__((always_inline)) inline bool gen_resume_fast(Interp& interp, Generator* g, Frame* back) {
  Frame* gf = g->frame();
  if (g->state() != GenState::Suspended || !(gf->flags & kFrameStarted) || op_of(gf->ip[-1]) == Op::YIELD_FROM ||
      interp.call_depth >= interp.recursion_limit)
    return false;
  interp.call_depth++;
  gf->back = back;
  gf->entry = FrameEntry::ForIter;
  g->set_state(GenState::Running);
  gen_swap_handled(interp, gf);
  interp.frame = gf;
  return true;
}

// Generator frame f yields: suspended (registered for closing if inside a try/with) and
// unlinked. Returns the frame it yields to, now interp.frame.
__attribute__((always_inline)) inline Frame* gen_suspend(Interp& interp, VmState* vm, Frame* f) {
  Frame* back = f->back;
  auto* g = static_cast<Generator*>(f->owner());
  g->set_state(GenState::Suspended);
  if (!g->flag(kGenFinalizable) && !f->code->body->exception_table.empty()) gen_note_suspended(interp, vm, g);
  gen_swap_handled(interp, f);
  f->back = nullptr;
  interp.call_depth--;
  interp.frame = back;
  return back;
}

// Binds call arguments into a fresh frame's locals (CPython's messages), then creates the
// cells and copies the closure. False with an exception pending.
bool bind_arguments(Interp&, Function* f, Frame* frame, const Value* args, size_t nargs, Tuple* kwnames);
// A method descriptor's check of its receiver: "unbound method list.append() needs an
// argument", "descriptor 'append' for 'list' objects doesn't apply to a 'int' object".
bool native_check_self(Interp&, NativeFunction* f, const Value* args, size_t npos);

// Creates the cells of cellvars and copies the closure into a frame (after binding).
bool frame_setup_cells(Interp&, Frame* frame, Function* f);

// Links generator g's frame under `back` and marks it running: handled-exception swap,
// call_depth. `send` is pushed when the frame has started (and a suspended YIELD_FROM is
// re-armed). False with an exception pending (RecursionError); nothing is linked then.
bool gen_link(Interp&, Generator* g, Frame* back, FrameEntry entry, Value send);
// Checks that g can be resumed with `send` (not running, not a non-None first value, not a
// reused coroutine). 1 = ok, 0 = already finished (generator: result None), -1 = error.
int gen_check_resume(Interp&, Generator* g, Value send, bool throwing);
// The parts of leaving a generator frame that do not depend on the loop: state, handled
// exception, call depth, PEP 479 conversion (when `raised`).
void gen_frame_leave(Interp&, Frame* f, bool raised);

// gen_resume without NoGC, reporting async-generator yields apart (ExitKind::AsyncGenYield).
ExitKind gen_resume_ex(Interp&, Generator* g, Value send, Value throw_exc, Value* out);
// gen.throw(typ[, val[, tb]]) argument handling: the exception instance to throw, or null.
Value make_throw_exception(Interp&, const Value* args, size_t nargs);
// Python-visible frame objects (gi_frame, tb_frame): a snapshot of a frame's position.
Value frame_object_new(Interp&, Frame* f);
// Sets a frame object's f_back and (unless it has one) its f_locals dict; for sys._getframe.
void frame_object_link(Value frame, Value back, Value locals);

// The exception being handled along the chain (sys.exc_info()). None when none.
Value topmost_handled(Interp&);
// Sets exc.__context__ to the topmost handled exception, breaking cycles (CPython's rules).
void chain_context(Interp&, Value exc, Value handled);
// The first exception table entry covering instruction `index`, or null.
const ExceptionTableEntry* find_handler(const Code* c, int index);
// An exception is raised by f's current instruction: chained to the exception being handled
// when it is fresh and `chain` (raised by the instruction itself, not propagated from a call
// or thrown in), and given f's traceback entry. Returns the instruction's index.
int op_raised(Interp&, Frame* f, bool chain);
// "__init__() should return None, not 'int'" for what a class's __init__ returned. True.
bool op_init_returned(Interp&, Value result);
// With interp.exc raised at instruction `index` of f (its traceback entry added): the frame
// whose handler takes it, set to run the handler (the exception fetched onto its stack),
// leaving the frames on the way (each caller adds its traceback entry). Null when `entry`
// was left too.
Frame* op_unwind(Interp&, VmState* vm, Frame* f, Frame* entry, int index);
// RAISE_VARARGS, RERAISE and END_ASYNC_FOR on the stack at *sp (updated). Continue: nothing
// raised (END_ASYNC_FOR ended its loop); Reraise: an exception is restored as it was (no new
// traceback entry); Raise: a new one is pending; Error: raised by the instruction itself.
enum class RaiseStep : uint8_t { Continue, Reraise, Raise, Error };
RaiseStep op_raise_step(Interp&, Value** sp, uint32_t insn);

// StopIteration's value (args[0] or None) for an exception instance.
Value stop_iteration_value(Interp&, Value exc);
// Restores exception instance `exc` as the pending exception, unchanged.
void restore_error(Interp&, Value exc);

// "__main__.f()" as CPython's _PyObject_FunctionStr, for call-site messages.
std::string function_str(Interp&, Value callable);
Str* function_qualname(Interp&, Value callable);

// ---- out-of-line opcode parts (vm/ops_*.cpp). Each returns null / false with an
// exception pending on error.
bool op_unpack_sequence(Interp&, Value seq, uint32_t n, Value* dst);   // dst[0] = last item
bool op_unpack_ex(Interp&, Value seq, uint32_t before, uint32_t after, Value* dst);
Value op_format_value(Interp&, Value v, uint32_t flags, Value spec);
Value op_build_string(Interp&, const Value* items, size_t n);
Value op_build_map(Interp&, const Value* items, size_t n);
Value op_build_const_key_map(Interp&, const Value* values, size_t n, Value keys);
Value op_build_set(Interp&, const Value* items, size_t n);
bool op_list_extend(Interp&, Value list, Value iterable);
bool op_set_update(Interp&, Value set, Value iterable);
bool op_dict_update(Interp&, Value dict, Value other);
bool op_dict_merge(Interp&, Value dict, Value other, Value callable);
Value op_make_function(Interp&, Frame* f, uint32_t flags, Value* sp_top);   // sp_top: one past code
bool op_call_function_ex_args(Interp&, Value callable, Value args, Value kwargs,
                              Value* argbuf_tuple, Value* kwnames_tuple);
Value op_raise(Interp&, Value exc, Value cause, bool has_cause);   // always null
int op_check_exc_type(Interp&, Value type, bool star);
Value op_check_eg_match(Interp&, Value exc, Value type, Value* rest);
Value op_prep_reraise_star(Interp&, Value orig, Value list);
Value op_before_with(Interp&, Value mgr, Value* exit_out, bool async);
Value op_with_except_start(Interp&, Value exit_func, Value exc);
Value op_get_awaitable(Interp&, Value v, uint32_t where);
Value op_get_yield_from_iter(Interp&, Value v, const Code* code);
Value op_get_aiter(Interp&, Value v);
Value op_get_anext(Interp&, Value aiter);
Value op_import_name(Interp&, Frame* f, Str* name, Value fromlist, Value level);
bool op_import_star(Interp&, Frame* f, Value module);
Value op_load_build_class(Interp&, Frame* f);
bool op_setup_annotations(Interp&, Frame* f);
Value op_raise_unbound(Interp&, const Code* c, size_t index);   // Unbound/NameError for slot
// The uncached paths of LOAD_GLOBAL, LOAD_NAME and STORE_NAME (they refill cache entry c),
// DELETE_NAME (a dropped generator may be closed at once, see gen_dropped), DELETE_GLOBAL.
Value op_load_global(Interp&, Frame* f, Str* name, InlineCache* c);
Value op_load_name(Interp&, Frame* f, Str* name, InlineCache* c);
bool op_store_name(Interp&, Frame* f, Str* name, Value v, InlineCache* c);
bool op_delete_name(Interp&, VmState* vm, Frame* f, Str* name);
bool op_delete_global(Interp&, Frame* f, Str* name);
// CALL_FUNCTION_EX with NULL, callable, args[, kwargs] at base (f's state saved): converts
// the arguments, then pushes a frame for a plain Python function (*frame; the loop enters
// it; result None) or calls anything else (its result). Null with an exception pending.
Value op_call_function_ex(Interp&, VmState* vm, Frame* f, Value* base, bool has_kwargs, Frame** frame);
// Executes f's current instruction (f->ip[-1], f's state saved, stack top sp): an opcode
// without a fast path, or the slow path of one (vm/ops_cold.cpp lists them). Returns the
// new stack top; null with an exception pending.
Value* run_cold_op(Interp&, VmState* vm, Frame* f, Value* sp);
// Sends `value` to a non-generator receiver of YIELD_FROM (next() for None, else .send()).
// Yield: *out yielded; Return: *out is the result; Error: pending.
GenStatus op_send_generic(Interp&, Value receiver, Value value, Value* out);
// Forwards an exception into a non-generator receiver suspended in YIELD_FROM (.throw()).
// Returns 0 when the receiver has no throw() (the caller raises exc itself).
int op_throw_generic(Interp&, Value receiver, Value exc, Value* out, GenStatus* status);
// Closes a YIELD_FROM receiver before GeneratorExit is raised in the delegating frame.
bool op_close_receiver(Interp&, Value receiver);
// Links generator g under f to run next (FOR_ITER, YIELD_FROM with `send`) when the loop's
// inline resume does not apply: 1 = linked (interp.frame is g's), 0 = g has finished
// (nothing linked), -1 = error.
int op_gen_enter(Interp&, Generator* g, Frame* f, FrameEntry entry, Value send);
// YIELD_FROM sending v to the receiver on f's stack (f's state saved, v popped). Enter: a
// generator's frame is linked to run (interp.frame); Resume: the receiver finished, its
// result replaced it; Yield: *out is to be yielded by f; Error: an exception is pending.
enum class SendStep : uint8_t { Enter, Resume, Yield, Error };
SendStep op_yield_from(Interp&, Frame* f, Value v, Value* out);
// Throwing interp.exc into suspended generator frame f: follows its YIELD_FROM chain down
// to where the exception is to be raised, and returns that frame. Resume: a receiver
// returned instead (its result replaced it on the frame's stack); Yield: *out is to be
// yielded; Raise: raise it in the frame; RaiseUnstarted: it never ran, it ends at the def.
enum class ThrowStep : uint8_t { Raise, RaiseUnstarted, Resume, Yield };
Frame* op_throw_into(Interp&, Frame* f, ThrowStep* step, Value* out);

}  // namespace coil
