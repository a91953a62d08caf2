// Out-of-line parts of raising in the dispatch loop: the raise opcodes (RAISE_VARARGS,
// RERAISE, END_ASYNC_FOR) and the walk from a raising frame to the handler that takes it.
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/type.h"
#include "vm/vm_internal.h"

namespace coil {

RaiseStep op_raise_step(Interp& interp, Value** spp, uint32_t insn) {
  Value* sp = *spp;
  uint32_t oparg = arg_of(insn);
  switch (op_of(insn)) {
    case Op::END_ASYNC_FOR: {
      Value exc = sp[-1];
      if (is_exception(exc) && is_subtype(exc.as_object()->type, interp.exc_types.StopAsyncIteration)) {
        *spp = sp - 2;   // the exception and the async iterator
        return RaiseStep::Continue;
      }
      *spp = sp - 1;
      restore_error(interp, exc);
      return RaiseStep::Reraise;
    }
    case Op::RERAISE:
      // (oparg != 0: lasti below the exception only sets f_lineno in CPython; the traceback
      // already has the line.)
      *spp = sp - 1;
      restore_error(interp, sp[-1]);
      return RaiseStep::Reraise;
    default: break;
  }
  // RAISE_VARARGS
  if (oparg == 0) {
    Value exc = topmost_handled(interp);
    if (exc.is_none()) {
      raise(interp, interp.exc_types.RuntimeError, "No active exception to reraise");
      return RaiseStep::Error;
    }
    restore_error(interp, exc);
    return RaiseStep::Reraise;
  }
  op_raise(interp, sp[-int(oparg)], oparg == 2 ? sp[-1] : Value::null(), oparg == 2);
  *spp = sp - oparg;
  return RaiseStep::Raise;
}

bool op_init_returned(Interp& interp, Value result) {
  raise(interp, interp.exc_types.TypeError, "__init__() should return None, not '%s'", type_name(interp, result));
  return true;
}

int op_raised(Interp& interp, Frame* f, bool chain) {
  int index = f->current_index();
  Value exc = interp.exc;
  if (!is_exception(exc)) return index;
  auto* e = exc.as<BaseException>();
  if (chain && (e->traceback.is_null() || e->traceback.is_none())) chain_context(interp, exc, topmost_handled(interp));
  traceback_add(interp, e, f->code, index);
  return index;
}

Frame* op_unwind(Interp& interp, VmState* vm, Frame* f, Frame* entry, int index) {
  for (;;) {
    const ExceptionTableEntry* h = find_handler(f->code, index);
    if (h != nullptr) {
      // The handler's stack: its depth, the raising instruction if it asks, the exception.
      Value* sp = f->stack_base() + h->depth;
      if (h->lasti) *sp++ = Value::small_int(index);
      *sp++ = fetch_error(interp);
      f->sp = sp;
      f->ip = f->first_insn() + h->target;
      return f;
    }
    Frame* back = f->back;
    if (f->owner() != nullptr) {
      gen_frame_leave(interp, f, true);
    } else {
      interp.call_depth--;
      if (f->flags & kFrameOnStack) frame_pop(vm, f);
    }
    interp.frame = back;
    if (f == entry) return nullptr;
    // The caller raises it at its call instruction.
    f = back;
    index = f->current_index();
    if (is_exception(interp.exc)) traceback_add(interp, interp.exc.as<BaseException>(), f->code, index);
  }
}

}  // namespace coil
