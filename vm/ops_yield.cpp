// Out-of-line parts of the loop's generator paths: entering a generator from FOR_ITER or
// YIELD_FROM when the inline resume does not apply, YIELD_FROM on other receivers (an
// await_step awaitable, an iterator with send()), and throwing into a suspended chain.
#include "runtime/error.h"
#include "runtime/exception.h"
#include "vm/vm_internal.h"

namespace coil {

int op_gen_enter(Interp& interp, Generator* g, Frame* f, FrameEntry entry, Value send) {
  int ok = gen_check_resume(interp, g, send, false);
  if (ok <= 0) return ok;
  if (!gen_link(interp, g, f, entry, send)) return -1;
  interp.frame = g->frame();
  return 1;
}

namespace {

// YIELD_FROM on a receiver that is not a generator or coroutine (f at its YIELD_FROM):
// 1 = finished, *out is the result; 0 = *out is to be yielded; -1 = error.
int yield_from_other(Interp& interp, Frame* f, Value receiver, Value v, Value* out) {
  if (AwaitStepFn step = await_step_of(receiver)) {
    // `await future`: no iterator object; the frame remembers that it already yielded.
    int r = step(interp, receiver, f->flags & kFrameAwaitYielded, out);
    if (r == 0) {
      f->flags |= kFrameAwaitYielded;
      return 0;
    }
    f->flags &= ~kFrameAwaitYielded;
    return r < 0 ? -1 : 1;
  }
  GenStatus st = op_send_generic(interp, receiver, v, out);
  return st == GenStatus::Error ? -1 : st == GenStatus::Return ? 1 : 0;
}

}  // namespace

SendStep op_yield_from(Interp& interp, Frame* f, Value v, Value* out) {
  Value receiver = f->sp[-1];
  // coroutine.__await__() wrappers are driven through their coroutine's frame directly.
  if (is_kind(receiver, Kind::CoroutineWrapper)) receiver = receiver.as<CoroWrapper>()->coro;
  int r;
  if (is_gen_or_coro(receiver)) {
    r = op_gen_enter(interp, receiver.as<Generator>(), f, FrameEntry::YieldFrom, v);
    if (r > 0) return SendStep::Enter;
    *out = Value::none();   // (finished already)
  } else {
    r = yield_from_other(interp, f, receiver, v, out);
    if (r == 0) return SendStep::Yield;
  }
  if (r < 0) return SendStep::Error;
  f->sp[-1] = *out;   // the receiver is replaced by its result
  return SendStep::Resume;
}

Frame* op_throw_into(Interp& interp, Frame* f, ThrowStep* step, Value* out) {
  for (;;) {
    bool in_yield_from = (f->flags & kFrameStarted) && f->ip > f->first_insn() && op_of(f->ip[-1]) == Op::YIELD_FROM;
    if (f->owner() == nullptr || !in_yield_from) break;
    f->flags &= ~kFrameAwaitYielded;   // the exception ends this await whatever it awaits
    Value receiver = f->sp[-1];
    Value exc = interp.exc;
    if (is_exception(exc) && is_subtype(exc.as_object()->type, interp.exc_types.GeneratorExit)) {
      clear_error(interp);
      if (op_close_receiver(interp, receiver)) restore_error(interp, exc);
      break;
    }
    if (is_kind(receiver, Kind::CoroutineWrapper)) receiver = receiver.as<CoroWrapper>()->coro;
    if (is_gen_or_coro(receiver) && receiver.as<Generator>()->state() == GenState::Suspended) {
      // Down the chain: the exception is raised where the innermost generator waits.
      auto* g = receiver.as<Generator>();
      clear_error(interp);
      if (!gen_link(interp, g, f, FrameEntry::YieldFrom, Value::null())) break;
      restore_error(interp, exc);
      f = g->frame();
      interp.frame = f;
      continue;
    }
    GenStatus st;
    clear_error(interp);
    if (!op_throw_generic(interp, receiver, exc, out, &st)) {
      restore_error(interp, exc);
      break;
    }
    if (st == GenStatus::Error) break;
    if (st == GenStatus::Return) f->sp[-1] = *out;   // the receiver is replaced by its result
    *step = st == GenStatus::Return ? ThrowStep::Resume : ThrowStep::Yield;
    return f;
  }
  *step = ThrowStep::Raise;
  if (f->owner() != nullptr) {
    // CPython chains the thrown exception to what this generator itself was handling.
    if (!interp.handled_exc.is_null() && !interp.handled_exc.is_none())
      chain_context(interp, interp.exc, interp.handled_exc);
    if (!(f->flags & kFrameStarted)) {
      // Never ran: the exception is raised "at the def line" and ends the generator.
      f->flags |= kFrameStarted;
      if (is_exception(interp.exc)) traceback_add(interp, interp.exc.as<BaseException>(), f->code, -1);
      *step = ThrowStep::RaiseUnstarted;
    }
  }
  return f;
}

}  // namespace coil
