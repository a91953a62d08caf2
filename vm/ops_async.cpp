// Out-of-line parts of the context-manager and await opcodes: BEFORE_WITH/BEFORE_ASYNC_WITH,
// GET_AWAITABLE, GET_AITER/GET_ANEXT, GET_YIELD_FROM_ITER, and YIELD_FROM on receivers that are
// not generators (iterators with send/throw/close, coroutine wrappers, async-gen awaitables).
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/async_gen.h"
#include "vm/vm_internal.h"

namespace coil {

namespace {

// A special method found on the type, bound to obj.
Value bind_special(Interp& interp, Value raw, Value obj) {
  if (is_kind(raw, Kind::Function)) return bound_method_new(interp, raw, obj);
  if (is_kind(raw, Kind::NativeFunction) && raw.as_object()->type == interp.types.method_descriptor) {
    return bound_method_new(interp, raw, obj);
  }
  Type* rt = type_of(interp, raw);
  if (rt->descr_get != nullptr) return rt->descr_get(interp, raw, obj, type_of(interp, obj));
  return raw;
}

Value call_bound_noargs(Interp& interp, Value raw, Value obj) {
  Value b = bind_special(interp, raw, obj);
  if (b.is_null()) return b;
  return call(interp, b, nullptr, 0);
}

bool has_special(Interp& interp, Value v, Str* name) {
  Value r = lookup_special(interp, v, name);
  if (r.is_null()) {
    clear_error(interp);
    return false;
  }
  return true;
}

// _PyCoro_GetAwaitableIter: the iterator `await v` drives, or null with TypeError.
Value awaitable_iter(Interp& interp, Value v) {
  if (is_coroutine(v)) return v;
  Value getter = lookup_special(interp, v, interp.names.__await__);
  if (getter.is_null()) {
    if (interp.has_error()) return Value::null();
    return raise(interp, interp.exc_types.TypeError, "object %s can't be used in 'await' expression",
                 type_name(interp, v));
  }
  Value res = call_bound_noargs(interp, getter, v);
  if (res.is_null()) return res;
  if (is_coroutine(res)) return raise(interp, interp.exc_types.TypeError, "__await__() returned a coroutine");
  Type* rt = type_of(interp, res);
  if (rt->next == nullptr && !has_special(interp, res, interp.names.__next__)) {
    return raise(interp, interp.exc_types.TypeError, "__await__() returned non-iterator of type '%s'",
                 type_name(interp, res));
  }
  return res;
}

}  // namespace

Value op_before_with(Interp& interp, Value mgr, Value* exit_out, bool async) {
  Str* enter_name = async ? interp.names.__aenter__ : interp.names.__enter__;
  Str* exit_name = async ? interp.names.__aexit__ : interp.names.__exit__;
  const char* proto = async ? "asynchronous context manager" : "context manager";
  Value enter = lookup_special(interp, mgr, enter_name);
  if (enter.is_null()) {
    if (interp.has_error()) return enter;
    return raise(interp, interp.exc_types.TypeError, "'%s' object does not support the %s protocol",
                 type_name(interp, mgr), proto);
  }
  Value exit = lookup_special(interp, mgr, exit_name);
  if (exit.is_null()) {
    if (interp.has_error()) return exit;
    return raise(interp, interp.exc_types.TypeError, "'%s' object does not support the %s protocol (missed %s method)",
                 type_name(interp, mgr), proto, cstr(exit_name));
  }
  Value bound_exit = bind_special(interp, exit, mgr);
  if (bound_exit.is_null()) return bound_exit;
  *exit_out = bound_exit;
  return call_bound_noargs(interp, enter, mgr);
}

Value op_get_awaitable(Interp& interp, Value v, uint32_t where) {
  if (await_step_of(v) != nullptr) return v;   // YIELD_FROM steps it
  Value it = awaitable_iter(interp, v);
  if (it.is_null()) {
    if (where != 0 && error_matches(interp, interp.exc_types.TypeError) && !has_special(interp, v, interp.names.__await__)) {
      clear_error(interp);
      raise(interp, interp.exc_types.TypeError,
            "'async with' received an object from %s that does not implement __await__: %s",
            where == 1 ? "__aenter__" : "__aexit__", type_name(interp, v));
    }
    return it;
  }
  if (is_coroutine(it)) {
    auto* g = it.as<Generator>();
    Frame* f = g->frame();
    if (g->state() == GenState::Suspended && f->ip > f->first_insn() && op_of(f->ip[-1]) == Op::YIELD_FROM) {
      return raise(interp, interp.exc_types.RuntimeError, "coroutine is being awaited already");
    }
  }
  return it;
}

Value op_get_yield_from_iter(Interp& interp, Value v, const Code* code) {
  if (is_coroutine(v)) {
    if (!(code->code_flags & kCodeCoroutine)) {
      return raise(interp, interp.exc_types.TypeError,
                   "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  if (is_generator(v)) return v;
  return get_iter(interp, v);
}

Value op_get_aiter(Interp& interp, Value v) {
  Value getter = lookup_special(interp, v, interp.names.__aiter__);
  if (getter.is_null()) {
    if (interp.has_error()) return getter;
    return raise(interp, interp.exc_types.TypeError, "'async for' requires an object with __aiter__ method, got %s",
                 type_name(interp, v));
  }
  Value it = call_bound_noargs(interp, getter, v);
  if (it.is_null()) return it;
  if (!has_special(interp, it, interp.names.__anext__)) {
    return raise(interp, interp.exc_types.TypeError,
                 "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                 type_name(interp, it));
  }
  return it;
}

Value op_get_anext(Interp& interp, Value aiter) {
  if (is_async_generator(aiter) && aiter.as_object()->type == interp.types.async_generator) {
    return agen_awaitable_new(interp, aiter, AsyncGenAwaitable::Send, Value::none());
  }
  Value getter = lookup_special(interp, aiter, interp.names.__anext__);
  if (getter.is_null()) {
    if (interp.has_error()) return getter;
    return raise(interp, interp.exc_types.TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                 type_name(interp, aiter));
  }
  Value next = call_bound_noargs(interp, getter, aiter);
  if (next.is_null()) return next;
  Value aw = awaitable_iter(interp, next);
  if (aw.is_null()) {
    Value cause = fetch_error(interp);
    raise(interp, interp.exc_types.TypeError, "'async for' received an invalid object from __anext__: %s",
          type_name(interp, next));
    if (is_exception(interp.exc) && is_exception(cause)) {
      interp.exc.as<BaseException>()->cause = cause;
      interp.exc.as<BaseException>()->context = cause;
      interp.exc.as<BaseException>()->suppress_context = true;
    }
    return Value::null();
  }
  return aw;
}

namespace {

GenStatus from_exit(ExitKind k) {
  if (k == ExitKind::Return) return GenStatus::Return;
  if (k == ExitKind::Error) return GenStatus::Error;
  return GenStatus::Yield;
}

// After a send/next/throw call on an iterator: a value is a yield, StopIteration a return.
GenStatus iterator_result(Interp& interp, Value r, Value* out) {
  if (!r.is_null()) {
    *out = r;
    return GenStatus::Yield;
  }
  if (!interp.has_error()) {
    *out = Value::none();
    return GenStatus::Return;
  }
  if (error_matches(interp, interp.exc_types.StopIteration)) {
    Value e = fetch_error(interp);
    *out = stop_iteration_value(interp, e);
    return GenStatus::Return;
  }
  return GenStatus::Error;
}

}  // namespace

GenStatus op_send_generic(Interp& interp, Value receiver, Value value, Value* out) {
  if (is_kind(receiver, Kind::CoroutineWrapper)) {
    NoGC nogc(interp);
    return from_exit(gen_resume_ex(interp, receiver.as<CoroWrapper>()->coro.as<Generator>(), value, Value::null(), out));
  }
  if (is_kind(receiver, Kind::AsyncGenAwaitable)) {
    NoGC nogc(interp);
    return agen_awaitable_send(interp, receiver.as<AsyncGenAwaitable>(), value, out);
  }
  if (is_gen_or_coro(receiver)) {
    NoGC nogc(interp);
    return from_exit(gen_resume_ex(interp, receiver.as<Generator>(), value, Value::null(), out));
  }
  Value r;
  Type* t = type_of(interp, receiver);
  if (value.is_none() && t->next != nullptr) {
    NoGC nogc(interp);
    r = t->next(interp, receiver);
  } else {
    r = call_method(interp, receiver, interp.names.send, {value});
  }
  return iterator_result(interp, r, out);
}

int op_throw_generic(Interp& interp, Value receiver, Value exc, Value* out, GenStatus* status) {
  // An await_step awaitable is thrown into as FutureIter.throw: the exception is raised at the await.
  if (await_step_of(receiver) != nullptr) return 0;
  if (is_kind(receiver, Kind::AsyncGenAwaitable)) {
    NoGC nogc(interp);
    *status = agen_awaitable_throw(interp, receiver.as<AsyncGenAwaitable>(), exc, out);
    return 1;
  }
  if (is_kind(receiver, Kind::CoroutineWrapper) || is_gen_or_coro(receiver)) {
    Value g = is_kind(receiver, Kind::CoroutineWrapper) ? receiver.as<CoroWrapper>()->coro : receiver;
    NoGC nogc(interp);
    *status = from_exit(gen_resume_ex(interp, g.as<Generator>(), Value::none(), exc, out));
    return 1;
  }
  Value meth = getattr_opt(interp, receiver, interp.names.throw_);
  if (meth.is_null()) {
    if (!interp.has_error()) return 0;
    *status = GenStatus::Error;
    return 1;
  }
  // CPython forwards throw()'s own arguments; ours are normalized to one instance.
  Value r = call(interp, meth, &exc, 1);
  *status = iterator_result(interp, r, out);
  return 1;
}

bool op_close_receiver(Interp& interp, Value receiver) {
  if (is_gen_or_coro(receiver)) return gen_close(interp, receiver);
  if (await_step_of(receiver) != nullptr) return true;
  if (is_kind(receiver, Kind::CoroutineWrapper)) return gen_close(interp, receiver.as<CoroWrapper>()->coro);
  if (is_kind(receiver, Kind::AsyncGenAwaitable)) {
    receiver.as<AsyncGenAwaitable>()->state = AsyncGenAwaitable::Done;
    return true;
  }
  Value meth = getattr_opt(interp, receiver, interp.names.close);
  if (meth.is_null()) {
    clear_error(interp);
    return true;
  }
  return !call(interp, meth, nullptr, 0).is_null();
}

}  // namespace coil
