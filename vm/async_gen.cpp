// Async generator protocol (PEP 525) on top of gen_resume_ex: the asend/athrow/aclose
// awaitables with CPython 3.11's state machine and messages.
#include "vm/async_gen.h"

#include <cstdio>
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "vm/method_args.h"
#include "vm/vm_internal.h"

namespace coil {

namespace {

Generator* agen_of(AsyncGenAwaitable* a) { return a->gen.as<Generator>(); }

// async_gen_unwrap_value: turns one resume of the generator into the awaitable's status.
GenStatus unwrap(Interp& interp, Generator* g, ExitKind k, Value r, Value* out) {
  switch (k) {
    case ExitKind::AsyncGenYield:
      // The generator yielded a value for its consumer: the await is complete.
      g->set_flag(kGenAgRunningAsync, false);
      *out = r;
      return GenStatus::Return;
    case ExitKind::Yield:
      *out = r;   // an `await` inside the generator: pass the yield up to the event loop
      return GenStatus::Yield;
    case ExitKind::Return:
      raise_with_args(interp, interp.exc_types.StopAsyncIteration, interp.empty_tuple);
      [[fallthrough]];
    case ExitKind::Error:
      break;
  }
  if (error_matches(interp, interp.exc_types.StopAsyncIteration) || error_matches(interp, interp.exc_types.GeneratorExit))
    g->set_flag(kGenAgClosed, true);
  g->set_flag(kGenAgRunningAsync, false);
  return GenStatus::Error;
}

GenStatus asend_send(Interp& interp, AsyncGenAwaitable* a, Value v, Value* out) {
  Generator* g = agen_of(a);
  if (a->state == AsyncGenAwaitable::Done) {
    raise(interp, interp.exc_types.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return GenStatus::Error;
  }
  if (a->state == AsyncGenAwaitable::Init) {
    if (g->flag(kGenAgRunningAsync)) {
      raise(interp, interp.exc_types.RuntimeError, "anext(): asynchronous generator is already running");
      return GenStatus::Error;
    }
    if (v.is_null() || v.is_none()) v = a->arg;
    a->state = AsyncGenAwaitable::Iter;
  }
  g->set_flag(kGenAgRunningAsync, true);
  Value r;
  ExitKind k = gen_resume_ex(interp, g, v, Value::null(), &r);
  GenStatus st = unwrap(interp, g, k, r, out);
  if (st != GenStatus::Yield) a->state = AsyncGenAwaitable::Done;
  return st;
}

GenStatus asend_throw(Interp& interp, AsyncGenAwaitable* a, Value exc, Value* out) {
  Generator* g = agen_of(a);
  if (a->state == AsyncGenAwaitable::Done) {
    raise(interp, interp.exc_types.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return GenStatus::Error;
  }
  Value r;
  ExitKind k = gen_resume_ex(interp, g, Value::none(), exc, &r);
  GenStatus st = unwrap(interp, g, k, r, out);
  if (st != GenStatus::Yield) a->state = AsyncGenAwaitable::Done;
  return st;
}

GenStatus athrow_check_error(Interp& interp, AsyncGenAwaitable* a, Value* out) {
  Generator* g = agen_of(a);
  g->set_flag(kGenAgRunningAsync, false);
  a->state = AsyncGenAwaitable::Done;
  if (a->mode == AsyncGenAwaitable::Close &&
      (error_matches(interp, interp.exc_types.StopAsyncIteration) || error_matches(interp, interp.exc_types.GeneratorExit))) {
    // aclose() is complete: the generator is closed.
    clear_error(interp);
    *out = Value::none();
    return GenStatus::Return;
  }
  return GenStatus::Error;
}

GenStatus athrow_yield_close(Interp& interp, AsyncGenAwaitable* a) {
  Generator* g = agen_of(a);
  g->set_flag(kGenAgRunningAsync, false);
  a->state = AsyncGenAwaitable::Done;
  raise(interp, interp.exc_types.RuntimeError, "async generator ignored GeneratorExit");
  return GenStatus::Error;
}

// The result of one resume in aclose() mode.
GenStatus aclose_result(Interp& interp, AsyncGenAwaitable* a, ExitKind k, Value r, Value* out) {
  if (k == ExitKind::AsyncGenYield) return athrow_yield_close(interp, a);
  if (k == ExitKind::Yield) {
    *out = r;
    return GenStatus::Yield;
  }
  if (k == ExitKind::Return) raise_with_args(interp, interp.exc_types.StopAsyncIteration, interp.empty_tuple);
  return athrow_check_error(interp, a, out);
}

GenStatus athrow_send(Interp& interp, AsyncGenAwaitable* a, Value v, Value* out) {
  Generator* g = agen_of(a);
  if (a->state == AsyncGenAwaitable::Done) {
    raise(interp, interp.exc_types.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return GenStatus::Error;
  }
  if (g->state() == GenState::Closed) {
    a->state = AsyncGenAwaitable::Done;
    *out = Value::none();
    return GenStatus::Return;
  }
  bool closing = a->mode == AsyncGenAwaitable::Close;
  Value r;
  if (a->state == AsyncGenAwaitable::Init) {
    if (g->flag(kGenAgRunningAsync)) {
      a->state = AsyncGenAwaitable::Done;
      raise(interp, interp.exc_types.RuntimeError, closing ? "aclose(): asynchronous generator is already running"
                                                           : "athrow(): asynchronous generator is already running");
      return GenStatus::Error;
    }
    if (g->flag(kGenAgClosed)) {
      a->state = AsyncGenAwaitable::Done;
      raise_with_args(interp, interp.exc_types.StopAsyncIteration, interp.empty_tuple);
      return GenStatus::Error;
    }
    if (!v.is_null() && !v.is_none()) {
      raise(interp, interp.exc_types.RuntimeError, "can't send non-None value to a just-started coroutine");
      return GenStatus::Error;
    }
    a->state = AsyncGenAwaitable::Iter;
    g->set_flag(kGenAgRunningAsync, true);
    if (closing) {
      g->set_flag(kGenAgClosed, true);
      BaseException* ge = exception_new(interp, interp.exc_types.GeneratorExit, interp.empty_tuple);
      if (ge == nullptr) return GenStatus::Error;
      ExitKind k = gen_resume_ex(interp, g, Value::none(), Value::object(ge), &r);
      return aclose_result(interp, a, k, r, out);
    }
    ExitKind k = gen_resume_ex(interp, g, Value::none(), a->arg, &r);
    GenStatus st = unwrap(interp, g, k, r, out);
    if (st == GenStatus::Error) return athrow_check_error(interp, a, out);
    return st;
  }
  ExitKind k = gen_resume_ex(interp, g, v, Value::null(), &r);
  if (closing) return aclose_result(interp, a, k, r, out);
  GenStatus st = unwrap(interp, g, k, r, out);
  if (st == GenStatus::Error) return athrow_check_error(interp, a, out);
  return st;
}

GenStatus athrow_throw(Interp& interp, AsyncGenAwaitable* a, Value exc, Value* out) {
  Generator* g = agen_of(a);
  if (a->state == AsyncGenAwaitable::Done) {
    raise(interp, interp.exc_types.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return GenStatus::Error;
  }
  Value r;
  ExitKind k = gen_resume_ex(interp, g, Value::none(), exc, &r);
  if (a->mode == AsyncGenAwaitable::Close) {
    if (k == ExitKind::AsyncGenYield) return athrow_yield_close(interp, a);
    if (k == ExitKind::Yield) {
      *out = r;
      return GenStatus::Yield;
    }
    if (k == ExitKind::Return) {
      *out = Value::none();
      return GenStatus::Return;
    }
    if (error_matches(interp, interp.exc_types.StopAsyncIteration) || error_matches(interp, interp.exc_types.GeneratorExit)) {
      clear_error(interp);
      *out = Value::none();
      return GenStatus::Return;
    }
    return GenStatus::Error;
  }
  return unwrap(interp, g, k, r, out);
}

// ---- Python-visible methods

Value status_to_python(Interp& interp, GenStatus st, Value out) {
  if (st == GenStatus::Yield) return out;
  if (st == GenStatus::Return) {
    if (out.is_none()) return raise_with_args(interp, interp.exc_types.StopIteration, interp.empty_tuple);
    return raise_stop_iteration(interp, out);
  }
  return Value::null();
}

Value aw_send(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_meth_o(interp, args, nargs, kw, "send")) return Value::null();
  Value out;
  NoGC nogc(interp);
  GenStatus st = agen_awaitable_send(interp, args[0].as<AsyncGenAwaitable>(), args[1], &out);
  return status_to_python(interp, st, out);
}

Value aw_next(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_wrapper_noargs(interp, args, nargs, kw, "__next__")) return Value::null();
  Value out;
  NoGC nogc(interp);
  GenStatus st = agen_awaitable_send(interp, args[0].as<AsyncGenAwaitable>(), Value::none(), &out);
  return status_to_python(interp, st, out);
}

Value aw_throw(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(interp, args, nargs, kw, "throw", 1, 3)) return Value::null();
  Value exc = make_throw_exception(interp, args + 1, nargs - 1);
  if (exc.is_null()) return exc;
  Value out;
  NoGC nogc(interp);
  GenStatus st = agen_awaitable_throw(interp, args[0].as<AsyncGenAwaitable>(), exc, &out);
  return status_to_python(interp, st, out);
}

Value aw_close(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_meth_noargs(interp, args, nargs, kw, "close")) return Value::null();
  args[0].as<AsyncGenAwaitable>()->state = AsyncGenAwaitable::Done;
  return Value::none();
}

Value aw_self(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_wrapper_noargs(interp, args, nargs, kw, "__iter__")) return Value::null();
  return args[0];
}

Value aw_next_slot(Interp& interp, Value self) {
  Value out;
  NoGC nogc(interp);
  GenStatus st = agen_awaitable_send(interp, self.as<AsyncGenAwaitable>(), Value::none(), &out);
  if (st == GenStatus::Yield) return out;
  if (st == GenStatus::Return) {
    if (out.is_none()) return Value::null();
    return raise_stop_iteration(interp, out);
  }
  return Value::null();
}

Value self_slot(Interp&, Value self) { return self; }

void aw_trace(Object* self, Tracer& t) {
  auto* a = static_cast<AsyncGenAwaitable*>(self);
  t.mark(a->gen);
  t.mark(a->arg);
}

Value aw_repr(Interp& interp, Value self) {
  auto* a = self.as<AsyncGenAwaitable>();
  char buf[96];
  std::snprintf(buf, sizeof buf, "<%s object at %p>",
                a->mode == AsyncGenAwaitable::Send ? "async_generator_asend" : "async_generator_athrow",
                static_cast<void*>(a));
  return str_value(interp, buf);
}

Value agen_aiter(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_wrapper_noargs(interp, args, nargs, kw, "__aiter__")) return Value::null();
  return args[0];
}

Value agen_anext(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_wrapper_noargs(interp, args, nargs, kw, "__anext__")) return Value::null();
  return agen_awaitable_new(interp, args[0], AsyncGenAwaitable::Send, Value::none());
}

Value agen_asend(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_meth_o(interp, args, nargs, kw, "asend")) return Value::null();
  return agen_awaitable_new(interp, args[0], AsyncGenAwaitable::Send, args[1]);
}

Value agen_athrow(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(interp, args, nargs, kw, "athrow", 1, 3)) return Value::null();
  Value exc = make_throw_exception(interp, args + 1, nargs - 1);
  if (exc.is_null()) return exc;
  return agen_awaitable_new(interp, args[0], AsyncGenAwaitable::Throw, exc);
}

Value agen_aclose(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_meth_noargs(interp, args, nargs, kw, "aclose")) return Value::null();
  return agen_awaitable_new(interp, args[0], AsyncGenAwaitable::Close, Value::none());
}

const MethodDef kAgenMethods[] = {
    {"__aiter__", agen_aiter}, {"__anext__", agen_anext}, {"asend", agen_asend},
    {"athrow", agen_athrow},   {"aclose", agen_aclose},
};
const MethodDef kAwaitableMethods[] = {
    {"send", aw_send}, {"throw", aw_throw}, {"close", aw_close},
    {"__next__", aw_next}, {"__iter__", aw_self}, {"__await__", aw_self},
};

}  // namespace

Value agen_awaitable_new(Interp& interp, Value gen, AsyncGenAwaitable::Mode mode, Value arg) {
  auto* a = gc_new<AsyncGenAwaitable>(interp.heap, interp.types.async_generator_asend, Kind::AsyncGenAwaitable);
  if (a == nullptr) return raise_no_memory(interp);
  a->gen = gen;
  a->arg = arg;
  a->mode = mode;
  a->state = AsyncGenAwaitable::Init;
  return Value::object(a);
}

GenStatus agen_awaitable_send(Interp& interp, AsyncGenAwaitable* a, Value v, Value* out) {
  if (a->mode == AsyncGenAwaitable::Send) return asend_send(interp, a, v, out);
  return athrow_send(interp, a, v, out);
}

GenStatus agen_awaitable_throw(Interp& interp, AsyncGenAwaitable* a, Value exc, Value* out) {
  if (a->mode == AsyncGenAwaitable::Send) return asend_throw(interp, a, exc, out);
  return athrow_throw(interp, a, exc, out);
}

bool init_async_gen_types(Interp& interp) {
  Type* ag = interp.types.async_generator;
  if (!add_methods(interp, ag, kAgenMethods, std::size(kAgenMethods))) return false;
  Type* aw = interp.types.async_generator_asend;
  aw->trace = aw_trace;
  aw->repr = aw_repr;
  aw->iter = self_slot;
  aw->next = aw_next_slot;
  aw->type_flags &= ~kTypeBaseType;
  aw->type_flags |= kTypeAbstractNew;
  return add_methods(interp, aw, kAwaitableMethods, std::size(kAwaitableMethods));
}

}  // namespace coil
