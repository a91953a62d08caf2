// Out-of-line parts of the call opcodes: frames for Python calls whose arguments need the
// general binding (keywords, *args, defaults beyond the fast path) and CALL_FUNCTION_EX.
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/tuple.h"
#include "vm/vm_internal.h"

namespace coil {

Frame* push_call_frame(Interp& interp, VmState* vm, Function* fn, const Value* args, size_t nargs, Tuple* kw) {
  Frame* nf = frame_push(interp, vm, fn->code);
  if (nf == nullptr) return nullptr;
  frame_init(nf, fn->code, fn->globals, nullptr);
  nf->flags |= kFrameOnStack;
  if (!bind_arguments(interp, fn, nf, args, nargs, kw)) {
    frame_pop(vm, nf);
    return nullptr;
  }
  if (++interp.call_depth > interp.recursion_limit) {
    interp.call_depth--;
    frame_pop(vm, nf);
    raise(interp, interp.exc_types.RecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  return nf;
}

Value op_call_function_ex(Interp& interp, VmState* vm, Frame* f, Value* base, bool has_kwargs, Frame** frame) {
  *frame = nullptr;
  Value callable = base[1];
  Value argt, kwt;
  if (!op_call_function_ex_args(interp, callable, base[2], has_kwargs ? base[3] : Value::null(), &argt, &kwt))
    return Value::null();
  // argt: a tuple of positional values then keyword values; kwt: their names or null. Both
  // stay on f's stack (so rooted) while the call runs.
  base[0] = argt;
  base[2] = kwt.is_null() ? Value::none() : kwt;
  f->sp = base + 3;
  Tuple* at = argt.as<Tuple>();
  Tuple* kt = kwt.is_null() ? nullptr : kwt.as<Tuple>();
  size_t npos = at->size - (kt ? kt->size : 0);
  if (is_kind(callable, Kind::Function) &&
      !(callable.as<Function>()->code->code_flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator))) {
    *frame = push_call_frame(interp, vm, callable.as<Function>(), at->items, npos, kt);
    return *frame != nullptr ? Value::none() : Value::null();
  }
  return call_clean(interp, callable, at->items, npos, kt);
}

}  // namespace coil
