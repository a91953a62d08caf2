// asyncio.Task in C++: a Future that drives a coroutine one step per loop callback
// (CPython's __step/__wakeup state machine), with cancellation delivered at the await point.
#include <string>
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
#include "vm/generator.h"

namespace coil {

namespace {

Value& name_ref(Task* t) { return t->has(kTaskExtra) ? t->name.as<TaskExtra>()->name : t->name; }

// Default names are stored as their number and become "Task-N" when first asked for.
Value task_name(Interp& in, Task* t) {
  Value& name = name_ref(t);
  if (name.is_small_int()) {
    std::string s = "Task-" + std::to_string(name.as_small_int());
    Value v = str_value(in, s);
    if (v.is_null()) return v;
    name_ref(t) = v;
  }
  return name_ref(t);
}

Task* self_task(Interp& in, const Value* args, size_t nargs, const char* method) {
  AsyncioState* st = asyncio_state(in);
  if (nargs < 1 || st == nullptr || !isinstance(in, args[0], st->task_type)) {
    raise(in, in.exc_types.TypeError, "descriptor '%s' requires a 'Task' object", method);
    return nullptr;
  }
  return args[0].as<Task>();
}

bool is_cancelled_error(Interp& in, Value exc) {
  AsyncioState* st = asyncio_state(in);
  return !exc.is_null() && isinstance(in, exc, st->cancelled_error.as<Type>());
}

// RuntimeError(f"...{task!r}...") scheduled as the task's next step (CPython does the same for
// misbehaving awaitables: the error is thrown into the coroutine on the next iteration).
bool schedule_step_error(Interp& in, Task* t, std::string message) {
  Value exc = call(in, Value::object(in.exc_types.RuntimeError), {str_value(in, message)});
  if (exc.is_null()) return false;
  EventLoop* loop = as_loop(in, t->loop);
  return loop != nullptr && loop_schedule(in, loop, ReadyKind::TaskStep, Value::object(t), exc);
}

std::string repr_text(Interp& in, Value v) {
  std::string s;
  if (!repr_into(in, v, s)) {
    clear_error(in);
    s = "<?>";
  }
  return s;
}

// fut.cancel(msg=msg) for any future-like object.
int cancel_future_like(Interp& in, Value fut, Value msg) {
  if (is_exact_native_future(in, fut)) {
    Future* f = fut.as<Future>();
    bool ok = f->has(kFutIsTask) ? task_cancel(in, static_cast<Task*>(f), msg) : future_cancel(in, f, msg);
    return in.has_error() ? -1 : ok;
  }
  Value meth = getattr(in, fut, intern(in, "cancel"));
  if (meth.is_null()) return -1;
  Value kwargs[1] = {msg};
  Tuple* kwnames = tuple_pack(in, {Value::object(intern(in, "msg"))});
  Value r = call(in, meth, kwargs, 0, kwnames);
  if (r.is_null()) return -1;
  return truthy(in, r);
}

Value wakeup_native(Interp& in, const Value* a, size_t n, Tuple* kw) {
  // Bound as a builtin with self = the task: called as callback(fut) by foreign futures.
  if (n < 2) return raise(in, in.exc_types.TypeError, "task_wakeup() takes exactly one argument");
  task_wakeup(in, a[0].as<Task>(), a[1]);
  return in.has_error() ? Value() : Value::none();
}

// Handles what the coroutine yielded (CPython's Task.__step `else:` branch).
bool handle_yield(Interp& in, Task* t, Value result) {
  AsyncioState* st = asyncio_state(in);
  Value blocking;
  bool native = isinstance(in, result, st->future_type);
  if (native) {
    blocking = Value::boolean(result.as<Future>()->has(kFutBlocking));
  } else if (!result.is_none()) {
    blocking = getattr_opt(in, result, intern(in, "_asyncio_future_blocking"));
    if (blocking.is_null() && in.has_error()) return false;
  }
  if (!blocking.is_null() && !blocking.is_none()) {
    Value rloop = native ? result.as<Future>()->loop
                         : call_method(in, result, intern(in, "get_loop"), {});
    if (rloop.is_null()) return false;
    if (rloop != t->loop) {
      return schedule_step_error(in, t, "Task " + repr_text(in, Value::object(t)) + " got Future " +
                                            repr_text(in, result) + " attached to a different loop");
    }
    int b = truthy(in, blocking);
    if (b < 0) return false;
    if (!b) {
      return schedule_step_error(in, t, "yield was used instead of yield from in task " +
                                            repr_text(in, Value::object(t)) + " with " + repr_text(in, result));
    }
    if (result == Value::object(t)) {
      return schedule_step_error(in, t, "Task cannot await on itself: " + repr_text(in, Value::object(t)));
    }
    if (is_exact_native_future(in, result)) {
      Future* f = result.as<Future>();
      f->set(kFutBlocking, false);
      if (!future_add_done_callback(in, f, Value::object(t))) return false;
    } else {
      if (native) result.as<Future>()->set(kFutBlocking, false);
      else if (setattr(in, result, intern(in, "_asyncio_future_blocking"), Value::false_()) < 0) return false;
      NativeFunction* cb = native_function_new(in, "task_wakeup", wakeup_native, Value::object(t));
      if (cb == nullptr) return false;
      if (call_method(in, result, intern(in, "add_done_callback"), {Value::object(cb)}).is_null()) return false;
    }
    t->fut_waiter = result;
    if (t->has(kTaskMustCancel)) {
      int c = cancel_future_like(in, result, future_cancel_message(t));
      if (c < 0) return false;
      if (c) t->set(kTaskMustCancel, false);
    }
    return true;
  }
  if (result.is_none()) {   // a bare `yield`: asyncio.sleep(0)
    EventLoop* loop = as_loop(in, t->loop);
    return loop != nullptr && loop_schedule(in, loop, ReadyKind::TaskStep, Value::object(t), Value());
  }
  if (is_kind(result, Kind::Generator)) {
    return schedule_step_error(in, t, "yield was used instead of yield from for generator in task " +
                                          repr_text(in, Value::object(t)) + " with " + repr_text(in, result));
  }
  return schedule_step_error(in, t, "Task got bad yield: " + repr_text(in, result));
}

// Resumes the coroutine: native coroutines through the VM directly, anything else with
// send()/throw(). Returns the GenStatus and the yielded/returned value in *out.
GenStatus resume(Interp& in, Value coro, Value exc, Value* out) {
  if (is_kind(coro, Kind::Coroutine) || is_kind(coro, Kind::Generator)) {
    // The task and exception are rooted by task_step: collection may run inside the step.
    return gen_resume_clean(in, coro, exc.is_null() ? Value::none() : Value(), exc, out);
  }
  Value r = exc.is_null() ? call_method(in, coro, intern(in, "send"), {Value::none()})
                          : call_method(in, coro, intern(in, "throw"), {exc});
  if (!r.is_null()) {
    *out = r;
    return GenStatus::Yield;
  }
  if (error_matches(in, in.exc_types.StopIteration)) {
    Value e = fetch_error(in);
    Tuple* args = e.as<BaseException>()->args;
    *out = args != nullptr && args->size > 0 ? args->items[0] : Value::none();
    return GenStatus::Return;
  }
  return GenStatus::Error;
}

Value task_repr(Interp& in, Value self) {
  Task* t = self.as<Task>();
  std::string out = "<";
  out += type_of(in, self)->name->view();
  out += ' ';
  FutureState state = t->state();
  if (state == FutureState::Pending && t->cancels_requested() > 0) {
    out += "cancelling";
  } else {
    out += state == FutureState::Pending ? "pending" : state == FutureState::Cancelled ? "cancelled" : "finished";
  }
  out += " name=";
  Value name = task_name(in, t);
  if (name.is_null() || !repr_into(in, name, out)) return Value();
  out += " coro=<";
  out += format_coroutine(in, t->coro);
  out += '>';
  if (!t->fut_waiter.is_null() && !t->fut_waiter.is_none()) {
    out += " wait_for=";
    if (!repr_into(in, t->fut_waiter, out)) return Value();
  }
  if (!future_repr_outcome(in, t, out)) return Value();
  out += '>';
  return str_value(in, out);
}

void task_trace(Object* o, Tracer& tr) {
  Task* t = static_cast<Task*>(o);
  future_trace(o, tr);
  tr.mark(t->coro);
  tr.mark(t->fut_waiter);
  tr.mark(t->name);
}

void task_extra_trace(Object* o, Tracer& tr) {
  TaskExtra* x = static_cast<TaskExtra*>(o);
  tr.mark(x->name);
  tr.mark(x->cancel_message);
}

Value g_coro(Interp&, Value self) { return self.as<Task>()->coro; }
Value g_fut_waiter(Interp&, Value self) {
  Value w = self.as<Task>()->fut_waiter;
  return w.is_null() ? Value::none() : w;
}
Value g_must_cancel(Interp&, Value self) { return Value::boolean(self.as<Task>()->has(kTaskMustCancel)); }
Value g_num_cancels_requested(Interp&, Value self) { return Value::small_int(self.as<Task>()->cancels_requested()); }

// Read-only views, as Future's (future.cpp); _log_destroy_pending is write-only.
const GetSetDef kTaskGetSets[] = {
    {"_coro", g_coro},
    {"_fut_waiter", g_fut_waiter},
    {"_must_cancel", g_must_cancel},
    {"_num_cancels_requested", g_num_cancels_requested},
};

// Task(coro, *, loop=None, name=None, context=None): as Future, __new__ allocates and
// __init__ does the work (schedules the first step, registers the task).
int task_setattr(Interp& in, Value self, Str* name, Value v) {
  Task* t = self.as<Task>();
  std::string_view s = name->view();
  if (s == "_log_destroy_pending" || s == "_must_cancel") {
    int b = truthy(in, v);
    if (b < 0) return -1;
    t->set(s == "_must_cancel" ? kTaskMustCancel : kTaskLogDestroyPending, b);
    return 0;
  }
  for (const GetSetDef& g : kTaskGetSets)
    if (s == g.name) return store_instance_attr(in, self, name, v);
  return future_setattr_slot(in, self, name, v);
}

Value task_new_slot(Interp& in, Type* cls, const Value* a, size_t n, Tuple* kw) {
  return future_new(in, cls, Value::none());
}

int task_init_slot(Interp& in, Value self, const Value* a, size_t n, Tuple* kw) {
  Value args[4];
  if (!parse_args(in, {"Task", {"coro", "loop", "name", "context"}, 1, 0, 1}, a, n, kw, args)) return -1;
  Value loop = args[1];
  if (loop.is_null() || loop.is_none()) {
    AsyncioState* st = asyncio_state(in);
    loop = st->running_loop.is_none() ? st->event_loop : st->running_loop;
    if (loop.is_null() || loop.is_none()) {
      raise(in, in.exc_types.RuntimeError, "no running event loop");
      return -1;
    }
  }
  return task_setup(in, self.as<Task>(), args[0], loop, args[2].is_null() ? Value::none() : args[2]) ? 0 : -1;
}

// ---- methods

Value m_get_coro(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Task* t = self_task(in, a, n, "get_coro");
  return t ? t->coro : Value();
}
Value m_get_name(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Task* t = self_task(in, a, n, "get_name");
  return t ? task_name(in, t) : Value();
}
Value m_set_name(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Task* t = self_task(in, a, n, "set_name");
  if (t == nullptr || !check_nargs(in, "set_name", n - 1, 1, 1)) return Value();
  Value s = to_str(in, a[1]);
  if (s.is_null()) return s;
  name_ref(t) = s;
  return Value::none();
}
Value m_get_context(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Task* t = self_task(in, a, n, "get_context");
  return t ? Value::none() : Value();   // contextvars are not supported
}
Value m_cancelling(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Task* t = self_task(in, a, n, "cancelling");
  return t ? Value::small_int(t->cancels_requested()) : Value();
}
Value m_uncancel(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Task* t = self_task(in, a, n, "uncancel");
  if (t == nullptr) return Value();
  if (t->cancels_requested() > 0) t->set_cancels_requested(t->cancels_requested() - 1);
  return Value::small_int(t->cancels_requested());
}

Value m_set_result(Interp& in, const Value* a, size_t n, Tuple* kw) {
  return raise(in, in.exc_types.RuntimeError, "Task does not support set_result operation");
}
Value m_set_exception(Interp& in, const Value* a, size_t n, Tuple* kw) {
  return raise(in, in.exc_types.RuntimeError, "Task does not support set_exception operation");
}

const MethodDef kTaskMethods[] = {
    {"set_result", m_set_result},
    {"set_exception", m_set_exception},
    {"get_coro", m_get_coro},
    {"get_name", m_get_name},
    {"set_name", m_set_name},
    {"get_context", m_get_context},
    {"cancelling", m_cancelling},
    {"uncancel", m_uncancel},
};

}  // namespace

// ---- API

bool task_setup(Interp& in, Task* t, Value coro, Value loop, Value name) {
  AsyncioState* st = asyncio_state(in);
  t->set(kFutIsTask, true);
  t->loop = loop;
  t->fut_waiter = Value();
  t->coro = Value::none();
  if (!is_kind(coro, Kind::Coroutine)) {
    Value send = getattr_opt(in, coro, intern(in, "send"));
    if (send.is_null()) {
      if (in.has_error()) return false;
      std::string r = repr_text(in, coro);
      raise_str(in, in.exc_types.TypeError, "a coroutine was expected, got " + r);
      return false;
    }
  }
  t->coro = coro;
  t->set(kTaskLogDestroyPending, true);
  if (name.is_null() || name.is_none()) {
    name_ref(t) = Value::small_int(++st->task_counter);   // "Task-N", made when first asked for
  } else {
    Value s = to_str(in, name);
    if (s.is_null()) return false;
    name_ref(t) = s;
  }
  EventLoop* l = as_loop(in, loop);
  if (l == nullptr) return false;
  if (l->closed) {
    raise(in, in.exc_types.RuntimeError, "Event loop is closed");
    return false;
  }
  Value v = Value::object(t);
  if (!loop_schedule(in, l, ReadyKind::TaskStep, v, Value())) return false;
  return list_append(in, st->all_tasks, v);
}

Value task_cancel_message(Task* t) {
  return t->has(kTaskExtra) ? t->name.as<TaskExtra>()->cancel_message : Value();
}

bool task_set_cancel_message(Interp& in, Task* t, Value msg) {
  if (!t->has(kTaskExtra)) {
    if (msg.is_null() || msg.is_none()) return true;
    auto* x = gc_new<TaskExtra>(in.heap, asyncio_state(in)->task_extra_type, Kind::Native);
    if (x == nullptr) {
      raise_no_memory(in);
      return false;
    }
    x->name = t->name;
    t->name = Value::object(x);
    t->set(kTaskExtra, true);
  }
  t->name.as<TaskExtra>()->cancel_message = msg;
  return true;
}

Value task_new(Interp& in, Type* cls, Value coro, Value loop, Value name) {
  Value v = future_new(in, cls, loop);
  if (v.is_null()) return v;
  return task_setup(in, v.as<Task>(), coro, loop, name) ? v : Value();
}

bool task_cancel(Interp& in, Task* t, Value msg) {
  t->set(kFutLogTraceback, false);
  if (t->state() != FutureState::Pending) return false;
  t->set_cancels_requested(t->cancels_requested() + 1);
  if (!t->fut_waiter.is_null() && !t->fut_waiter.is_none()) {
    int c = cancel_future_like(in, t->fut_waiter, msg);
    if (c < 0) return false;
    if (c) return true;
  }
  t->set(kTaskMustCancel, true);
  return task_set_cancel_message(in, t, msg);
}

void task_wakeup(Interp& in, Task* t, Value fut) {
  if (is_exact_native_future(in, fut)) {
    Future* f = fut.as<Future>();
    if (f->state() == FutureState::Finished && !f->has(kFutException)) {
      f->set(kFutLogTraceback, false);
      task_step(in, t, Value());
      return;
    }
    Value exc = f->state() == FutureState::Cancelled ? future_make_cancelled_error(in, f)
                : f->has(kFutException)              ? f->value
                                                     : Value();
    f->set(kFutLogTraceback, false);
    if (exc.is_null()) exc = fetch_error(in);
    task_step(in, t, exc);
    return;
  }
  Value r = call_method(in, fut, intern(in, "result"), {});
  if (r.is_null()) {
    Value exc = fetch_error(in);
    task_step(in, t, exc);
  } else {
    task_step(in, t, Value());
  }
}

// One step of the coroutine. Errors that escape the task (KeyboardInterrupt, SystemExit, and
// internal failures) are left pending for the loop to propagate.
void task_step(Interp& in, Task* t, Value exc_in) {
  AsyncioState* st = asyncio_state(in);
  Root task_root(in, Value::object(t));
  Root exc(in, exc_in);
  if (t->state() != FutureState::Pending) {
    raise_str(in, st->invalid_state_error.as<Type>(),
              "_step(): already done: " + repr_text(in, Value::object(t)) + ", " +
                  (exc.get().is_null() ? std::string("None") : repr_text(in, exc.get())));
    return;
  }
  if (t->has(kTaskMustCancel)) {
    if (!is_cancelled_error(in, exc.get())) {
      exc.set(future_make_cancelled_error(in, t));
      if (exc.get().is_null()) return;
    }
    t->set(kTaskMustCancel, false);
  }
  t->fut_waiter = Value();

  if (!st->current_task.is_none()) {
    raise_str(in, in.exc_types.RuntimeError,
              "Cannot enter into task " + repr_text(in, Value::object(t)) + " while another task " +
                  repr_text(in, st->current_task) + " is being executed.");
    return;
  }
  st->current_task = Value::object(t);
  Value out;
  GenStatus status = resume(in, t->coro, exc.get(), &out);
  st->current_task = Value::none();

  switch (status) {
    case GenStatus::Return:
      if (t->has(kTaskMustCancel)) {
        t->set(kTaskMustCancel, false);
        future_cancel(in, t, future_cancel_message(t));
      } else {
        future_set_result(in, t, out);
      }
      return;
    case GenStatus::Error: {
      Value e = fetch_error(in);
      if (is_cancelled_error(in, e)) {
        bool was_pending = t->state() == FutureState::Pending;
        future_cancel(in, t, Value::none());
        if (was_pending) t->value = e;   // raised as is by the first _make_cancelled_error()
        return;
      }
      bool fatal = isinstance(in, e, in.exc_types.KeyboardInterrupt) || isinstance(in, e, in.exc_types.SystemExit);
      if (!future_set_exception(in, t, e)) return;
      if (fatal) raise_value(in, e);
      return;
    }
    case GenStatus::Yield:
      handle_yield(in, t, out);
      return;
  }
}

bool init_task_type(Interp& in, AsyncioState* st) {
  Type* t = type_new_builtin(in, "Task", st->future_type, Kind::Native, sizeof(Task));
  if (t == nullptr) return false;
  t->dict_offset = dict_offset_of<Task>();
  t->new_ = task_new_slot;
  t->init = task_init_slot;
  t->setattr = task_setattr;
  t->repr = task_repr;
  t->getattr = generic_getattr;
  t->trace = task_trace;
  t->await_step = future_await_step;
  t->module = str_value(in, "asyncio");
  if (!add_methods(in, t, kTaskMethods, std::size(kTaskMethods)) ||
      !add_getsets(in, t, kTaskGetSets, std::size(kTaskGetSets)))
    return false;
  st->task_type = t;
  Type* x = type_new_builtin(in, "TaskExtra", in.types.object, Kind::Native, sizeof(TaskExtra), 0);
  if (x == nullptr) return false;
  x->trace = task_extra_trace;
  st->task_extra_type = x;
  return type_ready(in, t) && type_ready(in, x);
}

}  // namespace coil
