// asyncio.Future in C++: state machine, done callbacks (always scheduled through call_soon,
// never run synchronously), and the iterator `await fut` drives (yield the future, then its result).
#include <string>
#include <vector>
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/types_init.h"
#include "stdlib/asyncio/state.h"

namespace coil {

namespace {

struct FutureIter : Object {
  Value future;
  bool yielded;
};

Future* self_future(Interp& in, const Value* args, size_t nargs, const char* method) {
  AsyncioState* st = asyncio_state(in);
  if (nargs < 1 || st == nullptr || !isinstance(in, args[0], st->future_type)) {
    raise(in, in.exc_types.TypeError, "descriptor '%s' requires a 'Future' object", method);
    return nullptr;
  }
  return args[0].as<Future>();
}

Value invalid_state(Interp& in, const char* message) {
  AsyncioState* st = asyncio_state(in);
  Value exc = call(in, st->invalid_state_error, {str_value(in, message)});
  if (exc.is_null()) return exc;
  return raise_value(in, exc);
}

const char* state_name(FutureState s) {
  switch (s) {
    case FutureState::Pending: return "PENDING";
    case FutureState::Cancelled: return "CANCELLED";
    case FutureState::Finished: return "FINISHED";
  }
  return "?";
}

// Queues every done callback with call_soon, in registration order, then forgets them.
bool schedule_one(Interp& in, EventLoop* loop, Value fut, Value cb) {
  if (is_task_object(in, cb)) return loop_schedule(in, loop, HandleKind::TaskWakeup, cb, fut) != nullptr;
  return !loop_call_soon(in, loop, cb, &fut, 1).is_null();
}

// Queues every done callback with call_soon, in registration order, then forgets them.
bool schedule_callbacks(Interp& in, Future* f) {
  if (f->callback0.is_null()) return true;
  EventLoop* loop = as_loop(in, f->loop);
  if (loop == nullptr) return false;
  Value first = f->callback0;
  List* rest = f->callbacks;
  f->callback0 = Value();
  f->callbacks = nullptr;
  Value fut = Value::object(f);
  if (!schedule_one(in, loop, fut, first)) return false;
  for (size_t i = 0; rest != nullptr && i < rest->size; i++) {
    if (!schedule_one(in, loop, fut, rest->items[i])) return false;
  }
  return true;
}

// ---- methods

Value m_result(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "result");
  return f ? future_result(in, f) : Value();
}

Value m_exception(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "exception");
  if (f == nullptr) return Value();
  if (f->state == FutureState::Cancelled) return raise_value(in, future_make_cancelled_error(in, f));
  if (f->state != FutureState::Finished) return invalid_state(in, "Exception is not set.");
  f->log_traceback = false;
  return f->exception.is_null() ? Value::none() : f->exception;
}

Value m_set_result(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "set_result");
  if (f == nullptr || !check_nargs(in, "set_result", n - 1, 1, 1)) return Value();
  return future_set_result(in, f, a[1]) ? Value::none() : Value();
}

Value m_set_exception(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "set_exception");
  if (f == nullptr || !check_nargs(in, "set_exception", n - 1, 1, 1)) return Value();
  return future_set_exception(in, f, a[1]) ? Value::none() : Value();
}

Value m_cancel(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Value args[1];
  if (!parse_args(in, {"cancel", {"msg"}, 0}, a + 1, n - 1, kw, args)) return Value();
  Future* f = self_future(in, a, n, "cancel");
  if (f == nullptr) return Value();
  Value msg = args[0].is_null() ? Value::none() : args[0];
  if (f->is_task) {
    bool ok = task_cancel(in, static_cast<Task*>(f), msg);
    return in.has_error() ? Value() : Value::boolean(ok);
  }
  bool ok = future_cancel(in, f, msg);
  return in.has_error() ? Value() : Value::boolean(ok);
}

Value m_cancelled(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "cancelled");
  return f ? Value::boolean(f->state == FutureState::Cancelled) : Value();
}

Value m_done(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "done");
  return f ? Value::boolean(f->state != FutureState::Pending) : Value();
}

Value m_add_done_callback(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Value args[2];
  if (!parse_args(in, {"add_done_callback", {"fn", "context"}, 1, 1, 1}, a + 1, n - 1, kw, args))
    return Value();
  Future* f = self_future(in, a, n, "add_done_callback");
  if (f == nullptr) return Value();
  return future_add_done_callback(in, f, args[0]) ? Value::none() : Value();
}

Value m_remove_done_callback(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "remove_done_callback");
  if (f == nullptr || !check_nargs(in, "remove_done_callback", n - 1, 1, 1)) return Value();
  // Rebuild the sequence without the removed entries, keeping the first in callback0.
  std::vector<Value> kept;
  size_t removed = 0;
  auto consider = [&](Value cb) -> bool {
    int eq = equal(in, cb, a[1]);
    if (eq < 0) return false;
    if (eq) removed++; else kept.push_back(cb);
    return true;
  };
  if (!f->callback0.is_null() && !consider(f->callback0)) return Value();
  for (size_t i = 0; f->callbacks != nullptr && i < f->callbacks->size; i++)
    if (!consider(f->callbacks->items[i])) return Value();
  if (removed == 0) return Value::small_int(0);
  f->callback0 = kept.empty() ? Value() : kept[0];
  if (f->callbacks != nullptr) {
    f->callbacks->size = 0;
    for (size_t i = 1; i < kept.size(); i++) list_append(in, f->callbacks, kept[i]);
  }
  return Value::small_int(int64_t(removed));
}

Value m_get_loop(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "get_loop");
  return f ? f->loop : Value();
}

Value m_await(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "__await__");
  if (f == nullptr) return Value();
  FutureIter* it = gc_new<FutureIter>(in.heap, asyncio_state(in)->future_iter_type, Kind::Native);
  if (it == nullptr) return raise_no_memory(in);
  it->future = Value::object(f);
  return Value::object(it);
}

// ---- slots

Value future_iter_next(Interp& in, Value self) {
  FutureIter* it = self.as<FutureIter>();
  Future* f = it->future.as<Future>();
  if (!it->yielded && f->state == FutureState::Pending) {
    f->blocking = true;
    it->yielded = true;
    return it->future;
  }
  if (f->state == FutureState::Pending) {
    return raise(in, in.exc_types.RuntimeError, "await wasn't used with future");
  }
  Value r = future_result(in, f);
  if (r.is_null()) return r;
  return raise_stop_iteration(in, r);
}

Value future_iter_self(Interp& in, Value self) { return self; }

void future_iter_trace(Object* o, Tracer& t) { t.mark(static_cast<FutureIter*>(o)->future); }

Value future_iter_send(Interp& in, const Value* a, size_t n, Tuple* kw) {
  if (n < 1) return raise(in, in.exc_types.TypeError, "send() takes exactly one argument");
  Value r = future_iter_next(in, a[0]);
  if (r.is_null() && !in.has_error()) return raise_stop_iteration(in, Value::none());
  return r;
}

Value future_iter_throw(Interp& in, const Value* a, size_t n, Tuple* kw) {
  if (n < 2) return raise(in, in.exc_types.TypeError, "throw expected at least 1 argument, got 0");
  return raise_value(in, a[1]);
}

}  // namespace

// Type::await_step of Future and Task: `await fut` as FutureIter would do it, without one.
int future_await_step(Interp& in, Value self, bool resumed, Value* out) {
  Future* f = self.as<Future>();
  if (f->state == FutureState::Pending) {
    if (resumed) {
      raise(in, in.exc_types.RuntimeError, "await wasn't used with future");
      return -1;
    }
    f->blocking = true;
    *out = self;
    return 0;
  }
  Value r = future_result(in, f);
  if (r.is_null()) return -1;
  *out = r;
  return 1;
}

Value future_getattr_slot(Interp& in, Value self, Str* name) {
  Future* f = self.as<Future>();
  std::string_view s = name->view();
  if (s.size() > 1 && s[0] == '_') {
    if (s == "_asyncio_future_blocking") return Value::boolean(f->blocking);
    if (s == "_loop") return f->loop;
    if (s == "_state") return str_value(in, state_name(f->state));
    if (s == "_log_traceback") return Value::boolean(f->log_traceback);
    if (s == "_result") return f->result.is_null() ? Value::none() : f->result;
    if (s == "_exception") return f->exception.is_null() ? Value::none() : f->exception;
    if (s == "_cancel_message") return f->cancel_message.is_null() ? Value::none() : f->cancel_message;
  }
  return generic_getattr(in, self, name);
}

int future_setattr_slot(Interp& in, Value self, Str* name, Value v) {
  Future* f = self.as<Future>();
  std::string_view s = name->view();
  if (s == "_asyncio_future_blocking" || s == "_log_traceback") {
    int b = truthy(in, v);
    if (b < 0) return -1;
    if (s[1] == 'a') {
      f->blocking = b;
    } else {
      if (b) {
        raise(in, in.exc_types.ValueError, "_log_traceback can only be set to False");
        return -1;
      }
      f->log_traceback = false;
    }
    return 0;
  }
  return generic_setattr(in, self, name, v);
}

namespace {

Value future_repr(Interp& in, Value self) {
  Future* f = self.as<Future>();
  std::string out = "<";
  out += type_of(in, self)->name->view();
  out += ' ';
  std::string state = state_name(f->state);
  for (char& c : state) c = char(std::tolower(static_cast<unsigned char>(c)));
  out += state;
  if (!future_repr_outcome(in, f, out)) return Value();
  out += '>';
  return str_value(in, out);
}

}  // namespace

bool future_repr_outcome(Interp& in, Future* f, std::string& out) {
  if (f->state != FutureState::Finished) return true;
  if (!f->exception.is_null()) {
    out += " exception=";
    return repr_into(in, f->exception, out);
  }
  out += " result=";
  return repr_into(in, f->result, out);
}

void future_trace(Object* o, Tracer& t) {
  Future* f = static_cast<Future*>(o);
  t.mark(f->loop);
  t.mark(f->result);
  t.mark(f->exception);
  t.mark(f->exception_tb);
  t.mark(f->callback0);
  t.mark(f->callbacks);
  t.mark(f->cancel_message);
  t.mark(f->cancelled_exc);
  t.mark(f->dict);
}

namespace {

// Future(*, loop=None): __new__ only allocates, __init__ binds the loop, so Python subclasses
// (gather's _GatheringFuture) can call super().__init__(loop=loop).
Value future_new_slot(Interp& in, Type* cls, const Value* a, size_t n, Tuple* kw) {
  Value v = future_new(in, cls, Value::none());
  return v;
}

int future_init_slot(Interp& in, Value self, const Value* a, size_t n, Tuple* kw) {
  Value args[1];
  if (!parse_args(in, {"Future", {"loop"}, 0, 0, 0}, a, n, kw, args)) return -1;
  Value loop = args[0];
  if (loop.is_null() || loop.is_none()) {
    AsyncioState* st = asyncio_state(in);
    loop = st->running_loop.is_none() ? st->event_loop : st->running_loop;
    if (loop.is_null() || loop.is_none()) {
      raise(in, in.exc_types.RuntimeError, "no running event loop");
      return -1;
    }
  }
  self.as<Future>()->loop = loop;
  return 0;
}

Value m_make_cancelled_error(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "_make_cancelled_error");
  return f ? future_make_cancelled_error(in, f) : Value();
}

const MethodDef kFutureMethods[] = {
    {"result", m_result},
    {"exception", m_exception},
    {"set_result", m_set_result},
    {"set_exception", m_set_exception},
    {"cancel", m_cancel},
    {"cancelled", m_cancelled},
    {"done", m_done},
    {"add_done_callback", m_add_done_callback},
    {"remove_done_callback", m_remove_done_callback},
    {"get_loop", m_get_loop},
    {"_make_cancelled_error", m_make_cancelled_error},
    {"__await__", m_await},
    {"__iter__", m_await},
};

const MethodDef kFutureIterMethods[] = {
    {"send", future_iter_send},
    {"throw", future_iter_throw},
};

}  // namespace

// ---- the API other asyncio files use

Value future_new(Interp& in, Type* cls, Value loop) {
  Future* f = static_cast<Future*>(in.heap.allocate(cls, Kind::Native, cls->instance_size));
  if (f == nullptr) return raise_no_memory(in);
  f->loop = loop;
  f->state = FutureState::Pending;
  f->cancel_message = Value::none();
  return Value::object(f);
}

Value future_result(Interp& in, Future* f) {
  if (f->state == FutureState::Cancelled) return raise_value(in, future_make_cancelled_error(in, f));
  if (f->state != FutureState::Finished) return invalid_state(in, "Result is not set.");
  f->log_traceback = false;
  if (!f->exception.is_null()) return raise_value(in, f->exception);
  return f->result;
}

bool future_set_result(Interp& in, Future* f, Value result) {
  if (f->state != FutureState::Pending) {
    invalid_state(in, "invalid state");   // the C Future's text, which CPython 3.11 uses
    return false;
  }
  f->result = result;
  f->state = FutureState::Finished;
  return schedule_callbacks(in, f);
}

bool future_set_exception(Interp& in, Future* f, Value exc) {
  if (f->state != FutureState::Pending) {
    invalid_state(in, "invalid state");   // the C Future's text, which CPython 3.11 uses
    return false;
  }
  if (exc.is_object() && exc.as_object()->kind == Kind::Type) {
    exc = call(in, exc, nullptr, 0);
    if (exc.is_null()) return false;
  }
  if (!is_exception(exc)) {
    raise(in, in.exc_types.TypeError, "invalid exception object");
    return false;
  }
  if (exc.as_object()->type == in.exc_types.StopIteration) {
    raise(in, in.exc_types.TypeError,
          "StopIteration interacts badly with generators and cannot be raised into a Future");
    return false;
  }
  f->exception = exc;
  f->exception_tb = exc.as<BaseException>()->traceback;
  f->state = FutureState::Finished;
  f->log_traceback = true;
  return schedule_callbacks(in, f);
}

bool future_cancel(Interp& in, Future* f, Value msg) {
  f->log_traceback = false;
  if (f->state != FutureState::Pending) return false;
  f->state = FutureState::Cancelled;
  f->cancel_message = msg;
  return schedule_callbacks(in, f) ? true : false;
}

bool future_add_done_callback(Interp& in, Future* f, Value cb) {
  if (f->state != FutureState::Pending) {
    EventLoop* loop = as_loop(in, f->loop);
    return loop != nullptr && schedule_one(in, loop, Value::object(f), cb);
  }
  if (f->callback0.is_null()) {
    f->callback0 = cb;
    return true;
  }
  if (f->callbacks == nullptr) {
    f->callbacks = list_new(in, 1);
    if (f->callbacks == nullptr) return false;
  }
  return list_append(in, f->callbacks, cb);
}

Value future_make_cancelled_error(Interp& in, Future* f) {
  AsyncioState* st = asyncio_state(in);
  if (!f->cancelled_exc.is_null() && !f->cancelled_exc.is_none()) {
    Value e = f->cancelled_exc;
    f->cancelled_exc = Value::none();
    return e;
  }
  Value exc = f->cancel_message.is_null() || f->cancel_message.is_none()
                  ? call(in, st->cancelled_error, nullptr, 0)
                  : call(in, st->cancelled_error, {f->cancel_message});
  if (exc.is_null()) return exc;
  exc.as<BaseException>()->context = f->cancelled_exc.is_null() ? Value::none() : f->cancelled_exc;
  f->cancelled_exc = Value::none();
  return exc;
}

bool init_future_types(Interp& in, AsyncioState* st) {
  Type* t = type_new_builtin(in, "Future", in.types.object, Kind::Native, sizeof(Future));
  if (t == nullptr) return false;
  t->dict_offset = dict_offset_of<Future>();
  t->new_ = future_new_slot;
  t->init = future_init_slot;
  t->repr = future_repr;
  t->getattr = future_getattr_slot;
  t->setattr = future_setattr_slot;
  t->trace = future_trace;
  t->await_step = future_await_step;
  t->iter = [](Interp& in, Value self) { return m_await(in, &self, 1, nullptr); };
  t->module = str_value(in, "asyncio");
  if (!add_methods(in, t, kFutureMethods, std::size(kFutureMethods))) return false;
  st->future_type = t;

  Type* it = type_new_builtin(in, "FutureIter", in.types.object, Kind::Native, sizeof(FutureIter), 0);
  if (it == nullptr) return false;
  it->iter = future_iter_self;
  it->next = future_iter_next;
  it->trace = future_iter_trace;
  if (!add_methods(in, it, kFutureIterMethods, std::size(kFutureIterMethods))) return false;
  st->future_iter_type = it;
  return type_ready(in, t) && type_ready(in, it);
}

}  // namespace coil
