// The native `_asyncio` module: creates the per-interpreter asyncio state and exposes the loop
// core, Future, Task and the running-loop/current-task bookkeeping to stdlib/asyncio/*.py.
#include <string>
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/gc_api.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/types_init.h"
#include "stdlib/asyncio/state.h"

namespace coil {

namespace {

void state_trace(Object* o, Tracer& t) {
  AsyncioState* st = static_cast<AsyncioState*>(o);
  t.mark(st->handle_type);
  t.mark(st->timer_handle_type);
  t.mark(st->loop_type);
  t.mark(st->future_type);
  t.mark(st->task_type);
  t.mark(st->future_iter_type);
  t.mark(st->task_extra_type);
  t.mark(st->cancelled_error);
  t.mark(st->invalid_state_error);
  t.mark(st->running_loop);
  t.mark(st->event_loop);
  t.mark(st->current_task);
  t.mark(st->to_report);
  // all_tasks is weak: its storage is kept alive, its entries are not marked here.
  if (st->all_tasks != nullptr) {
    Object* l = st->all_tasks;
    if (!gc_is_marked(l)) {
      gc_mark_only(l);   // the List itself, without tracing its items
    }
  }
}

void root_tracer(void* data, Tracer& t) { t.mark(static_cast<AsyncioState*>(data)); }

// After marking: tasks nobody references any more leave the registry; if they still had
// something to say ("exception was never retrieved", "destroyed but pending") they are kept
// alive once more and queued for process_reports().
void weak_hook(void* data, Tracer& t) {
  AsyncioState* st = static_cast<AsyncioState*>(data);
  List* l = st->all_tasks;
  if (l == nullptr) return;
  size_t kept = 0;
  for (size_t i = 0; i < l->size; i++) {
    Value v = l->items[i];
    Task* task = v.as<Task>();
    if (gc_is_marked(task)) {
      l->items[kept++] = v;
      continue;
    }
    bool pending = task->state() == FutureState::Pending && task->has(kTaskLogDestroyPending);
    if ((task->has(kFutLogTraceback) || pending) && st->to_report != nullptr) {
      t.mark(task);
      List* r = st->to_report;
      // The queue's room was reserved (a weak hook must not allocate). When it is full the
      // task stays registered, alive, and is reported after a later collection instead.
      if (r->size < r->capacity) {
        r->items[r->size++] = v;
      } else {
        l->items[kept++] = v;
        st->report_overflow = true;
      }
    }
  }
  l->size = kept;
}

AsyncioState* state_or_raise(Interp& in) {
  AsyncioState* st = asyncio_state(in);
  if (st == nullptr) raise(in, in.exc_types.RuntimeError, "asyncio is not initialised");
  return st;
}

Value f_get_running_loop(Interp& in, const Value* a, size_t n, Tuple* kw) {
  AsyncioState* st = state_or_raise(in);
  if (st == nullptr) return Value();
  if (st->running_loop.is_none()) return raise(in, in.exc_types.RuntimeError, "no running event loop");
  return st->running_loop;
}

Value f__get_running_loop(Interp& in, const Value* a, size_t n, Tuple* kw) {
  AsyncioState* st = state_or_raise(in);
  return st ? st->running_loop : Value();
}

Value f__set_running_loop(Interp& in, const Value* a, size_t n, Tuple* kw) {
  AsyncioState* st = state_or_raise(in);
  if (st == nullptr || !check_nargs(in, "_set_running_loop", n, 1, 1)) return Value();
  st->running_loop = a[0];
  return Value::none();
}

Value f__get_event_loop_slot(Interp& in, const Value* a, size_t n, Tuple* kw) {
  AsyncioState* st = state_or_raise(in);
  return st ? st->event_loop : Value();
}

Value f__set_event_loop_slot(Interp& in, const Value* a, size_t n, Tuple* kw) {
  AsyncioState* st = state_or_raise(in);
  if (st == nullptr || !check_nargs(in, "_set_event_loop_slot", n, 1, 1)) return Value();
  st->event_loop = a[0];
  return Value::none();
}

Value f_current_task(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Value args[1];
  if (!parse_args(in, {"current_task", {"loop"}, 0}, a, n, kw, args)) return Value();
  AsyncioState* st = state_or_raise(in);
  if (st == nullptr) return Value();
  Value loop = args[0];
  if (loop.is_null() || loop.is_none()) {
    if (st->running_loop.is_none()) return raise(in, in.exc_types.RuntimeError, "no running event loop");
    loop = st->running_loop;
  }
  if (st->current_task.is_none()) return Value::none();
  return st->current_task.as<Task>()->loop == loop ? st->current_task : Value::none();
}

// The registry as a list (asyncio.all_tasks filters it in Python).
Value f__all_tasks_list(Interp& in, const Value* a, size_t n, Tuple* kw) {
  AsyncioState* st = state_or_raise(in);
  if (st == nullptr) return Value();
  List* l = st->all_tasks;
  List* out = list_from(in, l->items, l->size);
  return out ? Value::object(out) : Value();
}

Value f__register_task(Interp& in, const Value* a, size_t n, Tuple* kw) {
  AsyncioState* st = state_or_raise(in);
  if (st == nullptr || !check_nargs(in, "_register_task", n, 1, 1)) return Value();
  if (!isinstance(in, a[0], st->task_type)) return Value::none();
  for (size_t i = 0; i < st->all_tasks->size; i++)
    if (st->all_tasks->items[i] == a[0]) return Value::none();
  return list_append(in, st->all_tasks, a[0]) ? Value::none() : Value();
}

Value f__set_exception_types(Interp& in, const Value* a, size_t n, Tuple* kw) {
  AsyncioState* st = state_or_raise(in);
  if (st == nullptr || !check_nargs(in, "_set_exception_types", n, 2, 2)) return Value();
  st->cancelled_error = a[0];
  st->invalid_state_error = a[1];
  return Value::none();
}

Value f__format_exception(Interp& in, const Value* a, size_t n, Tuple* kw) {
  if (!check_nargs(in, "_format_exception", n, 1, 1)) return Value();
  return str_value(in, format_exception(in, a[0]));
}

Value f__format_coroutine(Interp& in, const Value* a, size_t n, Tuple* kw) {
  if (!check_nargs(in, "_format_coroutine", n, 1, 1)) return Value();
  return str_value(in, format_coroutine(in, a[0]));
}

// Collects first, so that tasks nobody references any more are found and reported now
// (asyncio.run's shutdown calls this after closing the loop).
Value f__process_reports(Interp& in, const Value* a, size_t n, Tuple* kw) {
  if (gc_collect(in).is_null()) return Value();
  process_reports(in);
  return in.has_error() ? Value() : Value::none();
}

// `await _asyncio._sleep0`: yields None to the Task once, then gives None (Type::await_step).
int sleep0_await_step(Interp&, Value, bool resumed, Value* out) {
  *out = Value::none();
  return resumed ? 1 : 0;
}

Value sleep0_new(Interp& in) {
  Type* t = type_new_builtin(in, "_Sleep0", in.types.object, Kind::Native, sizeof(Object), 0);
  if (t == nullptr || !type_ready(in, t)) return Value();
  t->await_step = sleep0_await_step;
  t->module = str_value(in, "_asyncio");
  Object* o = in.heap.allocate(t, Kind::Native, sizeof(Object));
  return o != nullptr ? Value::object(o) : raise_no_memory(in);
}

const MethodDef kFunctions[] = {
    {"get_running_loop", f_get_running_loop},
    {"_get_running_loop", f__get_running_loop},
    {"_set_running_loop", f__set_running_loop},
    {"_get_event_loop_slot", f__get_event_loop_slot},
    {"_set_event_loop_slot", f__set_event_loop_slot},
    {"current_task", f_current_task},
    {"_all_tasks_list", f__all_tasks_list},
    {"_register_task", f__register_task},
    {"_set_exception_types", f__set_exception_types},
    {"_format_exception", f__format_exception},
    {"_format_coroutine", f__format_coroutine},
    {"_process_reports", f__process_reports},
};

}  // namespace

AsyncioState* asyncio_state(Interp& in) { return in.asyncio; }

int store_instance_attr(Interp& in, Value self, Str* name, Value v) {
  Dict* d = instance_dict(in, self, !v.is_null());
  if (!v.is_null()) {
    if (d == nullptr) return in.has_error() ? -1 : (raise_no_memory(in), -1);
    return dict_set_str(in, d, name, v) ? 0 : -1;
  }
  int r = d != nullptr ? dict_del(in, d, Value::object(name)) : 0;
  if (r != 0) return r < 0 ? -1 : 0;
  // generic_setattr's AttributeError, with the name/obj the traceback's suggestions use.
  raise(in, in.exc_types.AttributeError, "'%s' object has no attribute '%s'", type_name(in, self), str_cstr(name));
  Dict* ed = instance_dict(in, in.exc, true);
  if (ed != nullptr) {
    dict_set_str(in, ed, intern(in, "name"), Value::object(name));
    dict_set_str(in, ed, intern(in, "obj"), self);
  }
  return -1;
}

bool is_task_object(Interp& in, Value v) {
  return v.is_object() && v.as_object()->kind == Kind::Native && isinstance(in, v, in.asyncio->task_type) &&
         v.as<Future>()->has(kFutIsTask);
}

bool is_exact_native_future(Interp& in, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  return t == in.asyncio->future_type || t == in.asyncio->task_type;
}

AsyncioState* asyncio_state_create(Interp& in) {
  if (in.asyncio != nullptr) return in.asyncio;
  Type* t = type_new_builtin(in, "AsyncioState", in.types.object, Kind::Native, sizeof(AsyncioState), 0);
  if (t == nullptr) return nullptr;
  t->trace = state_trace;
  if (!type_ready(in, t)) return nullptr;
  AsyncioState* st = gc_new<AsyncioState>(in.heap, t, Kind::Native);
  if (st == nullptr) {
    raise_no_memory(in);
    return nullptr;
  }
  st->running_loop = Value::none();
  st->event_loop = Value::none();
  st->current_task = Value::none();
  st->cancelled_error = Value::none();
  st->invalid_state_error = Value::none();
  st->all_tasks = list_new(in, 0);
  // Reports are queued during collection, where allocation is not allowed: reserve room.
  st->to_report = list_new(in, 0);
  if (st->all_tasks == nullptr || st->to_report == nullptr || !list_reserve(in, st->to_report, 64)) return nullptr;
  in.asyncio = st;
  in.root_tracers.push_back({root_tracer, st});
  in.weak_hooks.push_back({weak_hook, st});
  if (!init_loop_types(in, st) || !init_future_types(in, st) || !init_task_type(in, st)) {
    return nullptr;
  }
  return st;
}

// Module initializer registered as `_asyncio` (runtime/module_registry.cpp).
bool init_asyncio_native_module(Interp& in, Module* m) {
  AsyncioState* st = asyncio_state_create(in);
  if (st == nullptr) return false;
  Dict* d = m->dict;
  if (!dict_set_cstr(in, d, "EventLoop", Value::object(st->loop_type)) ||
      !dict_set_cstr(in, d, "Future", Value::object(st->future_type)) ||
      !dict_set_cstr(in, d, "Task", Value::object(st->task_type)) ||
      !dict_set_cstr(in, d, "Handle", Value::object(st->handle_type)) ||
      !dict_set_cstr(in, d, "TimerHandle", Value::object(st->timer_handle_type)))
    return false;
  Value sleep0 = sleep0_new(in);
  if (sleep0.is_null() || !dict_set_cstr(in, d, "_sleep0", sleep0)) return false;
  return add_functions(in, d, kFunctions, std::size(kFunctions));
}

}  // namespace coil
