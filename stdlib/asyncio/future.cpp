// asyncio.Future in C++: state machine, done callbacks (always scheduled through call_soon,
// never run synchronously), and the iterator `await fut` drives (yield the future, then its result).
#include <string>
#include <vector>
#include "runtime/call.h"
#include "runtime/descriptors.h"
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

// Queues one done callback as call_soon would (a Task callback: its wake-up), without a Handle.
bool schedule_one(Interp& in, EventLoop* loop, Value fut, Value cb) {
  ReadyKind kind = is_task_object(in, cb) ? ReadyKind::TaskWakeup : ReadyKind::Callback;
  return loop_schedule(in, loop, kind, cb, fut);
}

// Leaves Pending: the done callbacks give their slot to the outcome and are queued in
// registration order.
bool finish(Interp& in, Future* f, FutureState state, Value outcome) {
  Value cbs = f->value;
  bool many = f->has(kFutCallbackList);
  f->value = outcome;
  f->set(kFutCallbackList, false);
  f->set_state(state);
  if (cbs.is_null()) return true;
  EventLoop* loop = as_loop(in, f->loop);
  if (loop == nullptr) return false;
  Value fut = Value::object(f);
  if (!many) return schedule_one(in, loop, fut, cbs);
  List* l = cbs.as<List>();
  for (size_t i = 0; i < l->size; i++) {
    if (!schedule_one(in, loop, fut, l->items[i])) return false;
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
  if (f->state() == FutureState::Cancelled) return raise_value(in, future_make_cancelled_error(in, f));
  if (f->state() != FutureState::Finished) return invalid_state(in, "Exception is not set.");
  f->set(kFutLogTraceback, false);
  return f->has(kFutException) ? f->value : Value::none();
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
  if (f->has(kFutIsTask)) {
    bool ok = task_cancel(in, static_cast<Task*>(f), msg);
    return in.has_error() ? Value() : Value::boolean(ok);
  }
  bool ok = future_cancel(in, f, msg);
  return in.has_error() ? Value() : Value::boolean(ok);
}

Value m_cancelled(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "cancelled");
  return f ? Value::boolean(f->state() == FutureState::Cancelled) : Value();
}

Value m_done(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Future* f = self_future(in, a, n, "done");
  return f ? Value::boolean(f->state() != FutureState::Pending) : Value();
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
  // Rebuild the sequence without the removed entries.
  std::vector<Value> kept;
  size_t removed = 0;
  auto consider = [&](Value cb) -> bool {
    int eq = equal(in, cb, a[1]);
    if (eq < 0) return false;
    if (eq) removed++; else kept.push_back(cb);
    return true;
  };
  if (f->state() != FutureState::Pending) return Value::small_int(0);   // none left
  if (f->has(kFutCallbackList)) {
    List* l = f->value.as<List>();
    for (size_t i = 0; i < l->size; i++)
      if (!consider(l->items[i])) return Value();
  } else if (!f->value.is_null() && !consider(f->value)) {
    return Value();
  }
  if (removed == 0 || f->state() != FutureState::Pending) return Value::small_int(int64_t(removed));
  if (kept.size() > 1 && f->has(kFutCallbackList)) {
    List* l = f->value.as<List>();
    l->size = 0;
    for (Value cb : kept) list_append(in, l, cb);
  } else {
    f->value = kept.empty() ? Value() : kept[0];
    f->set(kFutCallbackList, false);
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

// The iterator of an explicit fut.__await__() (and of Python subclasses): the same steps as
// `await fut`, with the "already yielded" bit kept here instead of in the awaiting frame.
Value future_iter_next(Interp& in, Value self) {
  FutureIter* it = self.as<FutureIter>();
  Value out;
  int r = future_await_step(in, it->future, it->yielded, &out);
  if (r < 0) return Value();
  if (r == 0) {
    it->yielded = true;
    return out;
  }
  return raise_stop_iteration(in, out);
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
  if (f->state() == FutureState::Pending) {
    if (resumed) {
      raise(in, in.exc_types.RuntimeError, "await wasn't used with future");
      return -1;
    }
    f->set(kFutBlocking, true);
    *out = self;
    return 0;
  }
  Value r = future_result(in, f);
  if (r.is_null()) return -1;
  *out = r;
  return 1;
}

namespace {

// The private attributes asyncio's Python code (and tests) read, as data descriptors: with
// the generic getattr, `fut.done()` takes the VM's method fast path (no bound method).
Value g_blocking(Interp&, Value self) { return Value::boolean(self.as<Future>()->has(kFutBlocking)); }
Value g_loop(Interp&, Value self) { return self.as<Future>()->loop; }
Value g_state(Interp& in, Value self) { return str_value(in, state_name(self.as<Future>()->state())); }
Value g_log_traceback(Interp&, Value self) { return Value::boolean(self.as<Future>()->has(kFutLogTraceback)); }
Value g_result(Interp&, Value self) {
  Future* f = self.as<Future>();
  return f->state() == FutureState::Finished && !f->has(kFutException) ? f->value : Value::none();
}
Value g_exception(Interp&, Value self) {
  Future* f = self.as<Future>();
  return f->state() == FutureState::Finished && f->has(kFutException) ? f->value : Value::none();
}
Value g_cancel_message(Interp&, Value self) { return future_cancel_message(self.as<Future>()); }

const GetSetDef kFutureGetSets[] = {
    {"_asyncio_future_blocking", g_blocking},
    {"_loop", g_loop},
    {"_state", g_state},
    {"_log_traceback", g_log_traceback},
    {"_result", g_result},
    {"_exception", g_exception},
    {"_cancel_message", g_cancel_message},
};

}  // namespace

int future_setattr_slot(Interp& in, Value self, Str* name, Value v) {
  Future* f = self.as<Future>();
  std::string_view s = name->view();
  if (s == "_asyncio_future_blocking" || s == "_log_traceback") {
    int b = truthy(in, v);
    if (b < 0) return -1;
    if (s[1] == 'a') {
      f->set(kFutBlocking, b);
    } else {
      if (b) {
        raise(in, in.exc_types.ValueError, "_log_traceback can only be set to False");
        return -1;
      }
      f->set(kFutLogTraceback, false);
    }
    return 0;
  }
  for (const GetSetDef& g : kFutureGetSets)
    if (s == g.name) return store_instance_attr(in, self, name, v);
  return generic_setattr(in, self, name, v);
}

namespace {

Value future_repr(Interp& in, Value self) {
  Future* f = self.as<Future>();
  std::string out = "<";
  out += type_of(in, self)->name->view();
  out += ' ';
  std::string state = state_name(f->state());
  for (char& c : state) c = char(std::tolower(static_cast<unsigned char>(c)));
  out += state;
  if (!future_repr_outcome(in, f, out)) return Value();
  out += '>';
  return str_value(in, out);
}

}  // namespace

bool future_repr_outcome(Interp& in, Future* f, std::string& out) {
  if (f->state() != FutureState::Finished) return true;
  out += f->has(kFutException) ? " exception=" : " result=";
  return repr_into(in, f->value, out);
}

void future_trace(Object* o, Tracer& t) {
  Future* f = static_cast<Future*>(o);
  t.mark(f->loop);
  t.mark(f->value);
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
  f->loop = loop;   // (state Pending and every flag clear: the block is zeroed)
  AsyncioState* st = asyncio_state(in);
  if (cls == st->task_type || (cls != st->future_type && is_subtype(cls, st->task_type)))
    f->set(kFutTaskLayout, true);
  return Value::object(f);
}

Value future_result(Interp& in, Future* f) {
  if (f->state() == FutureState::Cancelled) return raise_value(in, future_make_cancelled_error(in, f));
  if (f->state() != FutureState::Finished) return invalid_state(in, "Result is not set.");
  f->set(kFutLogTraceback, false);
  if (f->has(kFutException)) return raise_value(in, f->value);
  return f->value;
}

bool future_set_result(Interp& in, Future* f, Value result) {
  if (f->state() != FutureState::Pending) {
    invalid_state(in, "invalid state");   // the C Future's text, which CPython 3.11 uses
    return false;
  }
  return finish(in, f, FutureState::Finished, result);
}

bool future_set_exception(Interp& in, Future* f, Value exc) {
  if (f->state() != FutureState::Pending) {
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
  // (CPython also keeps the traceback of this moment, to restore it in result(); coil never
  // did, so nothing is kept.)
  f->set(kFutException, true);
  f->set(kFutLogTraceback, true);
  return finish(in, f, FutureState::Finished, exc);
}

bool future_cancel(Interp& in, Future* f, Value msg) {
  f->set(kFutLogTraceback, false);
  if (f->state() != FutureState::Pending) return false;
  bool task = f->has(kFutTaskLayout);
  if (task && !task_set_cancel_message(in, static_cast<Task*>(f), msg)) return false;
  return finish(in, f, FutureState::Cancelled, task ? Value() : msg);
}

Value future_cancel_message(Future* f) {
  Value m;
  if (f->has(kFutTaskLayout)) m = task_cancel_message(static_cast<Task*>(f));
  else if (f->state() == FutureState::Cancelled) m = f->value;
  return m.is_null() ? Value::none() : m;
}

bool future_add_done_callback(Interp& in, Future* f, Value cb) {
  if (f->state() != FutureState::Pending) {
    EventLoop* loop = as_loop(in, f->loop);
    return loop != nullptr && schedule_one(in, loop, Value::object(f), cb);
  }
  if (f->value.is_null()) {
    f->value = cb;
    return true;
  }
  if (!f->has(kFutCallbackList)) {
    List* l = list_new(in, 2);
    if (l == nullptr || !list_append(in, l, f->value)) return false;
    f->value = Value::object(l);
    f->set(kFutCallbackList, true);
  }
  return list_append(in, f->value.as<List>(), cb);
}

// A Task's CancelledError that ended its coroutine is raised once as is; after that (and for
// every Future) a new CancelledError carries the cancel message.
Value future_make_cancelled_error(Interp& in, Future* f) {
  AsyncioState* st = asyncio_state(in);
  bool task_cancelled = f->has(kFutTaskLayout) && f->state() == FutureState::Cancelled;
  if (task_cancelled && !f->value.is_null() && !f->value.is_none()) {
    Value e = f->value;
    f->value = Value::none();
    return e;
  }
  Value msg = future_cancel_message(f);
  Value exc = msg.is_none() ? call(in, st->cancelled_error, nullptr, 0) : call(in, st->cancelled_error, {msg});
  if (exc.is_null()) return exc;
  exc.as<BaseException>()->context = Value::none();
  if (task_cancelled) f->value = Value::none();
  return exc;
}

bool init_future_types(Interp& in, AsyncioState* st) {
  Type* t = type_new_builtin(in, "Future", in.types.object, Kind::Native, sizeof(Future));
  if (t == nullptr) return false;
  t->dict_offset = dict_offset_of<Future>();
  t->new_ = future_new_slot;
  t->init = future_init_slot;
  t->repr = future_repr;
  t->getattr = generic_getattr;
  t->setattr = future_setattr_slot;
  t->trace = future_trace;
  t->await_step = future_await_step;
  t->iter = [](Interp& in, Value self) { return m_await(in, &self, 1, nullptr); };
  t->module = str_value(in, "asyncio");
  if (!add_methods(in, t, kFutureMethods, std::size(kFutureMethods)) ||
      !add_getsets(in, t, kFutureGetSets, std::size(kFutureGetSets)))
    return false;
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
