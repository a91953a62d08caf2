// The Python-visible types of the loop core: _asyncio.EventLoop (subclassed by
// asyncio.events.BaseEventLoop in Python), Handle and TimerHandle.
#include <string>
#include "runtime/call.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/types_init.h"
#include "stdlib/asyncio/state.h"

namespace coil {

EventLoop* as_loop(Interp& in, Value v) {
  AsyncioState* st = asyncio_state(in);
  if (st == nullptr || !isinstance(in, v, st->loop_type)) {
    raise(in, in.exc_types.TypeError, "expected an asyncio event loop, got '%s'", type_name(in, v));
    return nullptr;
  }
  return v.as<EventLoop>();
}

namespace {

EventLoop* self_loop(Interp& in, const Value* a, size_t n) {
  return n < 1 ? (raise(in, in.exc_types.TypeError, "missing self"), nullptr) : as_loop(in, a[0]);
}

// Splits `f(callback, *args, context=None)` arguments; context is accepted and ignored
// (coil has no contextvars).
bool split_callback_args(Interp& in, const char* name, size_t first, const Value* a, size_t n, Tuple* kw,
                         size_t* npos) {
  if (kw != nullptr) {
    for (size_t i = 0; i < kw->size; i++) {
      std::string_view k = kw->items[i].as<Str>()->view();
      if (k != "context") {
        raise(in, in.exc_types.TypeError, "%s() got an unexpected keyword argument '%.*s'", name, int(k.size()),
              k.data());
        return false;
      }
    }
  }
  if (n < first + 1) {
    raise(in, in.exc_types.TypeError, "%s() missing required argument 'callback'", name);
    return false;
  }
  *npos = n;
  return true;
}

bool check_callable(Interp& in, Value cb, const char* method) {
  if (is_callable(in, cb)) return true;
  raise(in, in.exc_types.TypeError, "a callable object was expected by %s(), got %s", method,
        type_name(in, cb));
  return false;
}

Value m_call_soon(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  size_t np;
  if (l == nullptr || !split_callback_args(in, "call_soon", 1, a, n, kw, &np)) return Value();
  if (!check_callable(in, a[1], "call_soon")) return Value();
  return loop_call_soon(in, l, a[1], a + 2, np - 2);
}

Value m_call_at(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  size_t np;
  if (l == nullptr || !split_callback_args(in, "call_at", 2, a, n, kw, &np)) return Value();
  double when;
  if (!to_double(in, a[1], &when) || !check_callable(in, a[2], "call_at")) return Value();
  return loop_call_at(in, l, when, a[2], a + 3, np - 3);
}

Value m_call_later(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  size_t np;
  if (l == nullptr || !split_callback_args(in, "call_later", 2, a, n, kw, &np)) return Value();
  double delay;
  if (!to_double(in, a[1], &delay) || !check_callable(in, a[2], "call_later")) return Value();
  return loop_call_at(in, l, loop_time(l) + delay, a[2], a + 3, np - 3);
}

Value m_time(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  return l ? make_float(in, loop_time(l)) : Value();
}

Value m_create_future(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  return l ? future_new(in, asyncio_state(in)->future_type, a[0]) : Value();
}

Value m_create_task(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Value args[3];
  if (!parse_args(in, {"create_task", {"coro", "name", "context"}, 1, 1, 1}, a + 1, n - 1, kw, args))
    return Value();
  EventLoop* l = self_loop(in, a, n);
  if (l == nullptr) return Value();
  if (l->closed) return raise(in, in.exc_types.RuntimeError, "Event loop is closed");
  return task_new(in, asyncio_state(in)->task_type, args[0], a[0], args[1]);
}

Value m_run_forever(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  if (l == nullptr) return Value();
  return loop_run_forever(in, l) ? Value::none() : Value();
}

Value m_run_once(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  if (l == nullptr) return Value();
  return loop_run_once(in, l) ? Value::none() : Value();
}

Value m_stop(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  if (l == nullptr) return Value();
  l->stopping = true;
  return Value::none();
}

Value m_is_running(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  return l ? Value::boolean(l->running) : Value();
}

Value m_is_closed(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  return l ? Value::boolean(l->closed) : Value();
}

Value m_close(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  if (l == nullptr) return Value();
  if (l->running) return raise(in, in.exc_types.RuntimeError, "Cannot close a running event loop");
  if (l->closed) return Value::none();
  l->closed = true;
  l->ready.clear();
  l->ntimers = 0;
  l->cancelled_timers = 0;
  loop_release_uv(l);
  return Value::none();
}

Value m_get_debug(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  return l ? Value::boolean(l->debug) : Value();
}

Value m_set_debug(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  if (l == nullptr || !check_nargs(in, "set_debug", n - 1, 1, 1)) return Value();
  int b = truthy(in, a[1]);
  if (b < 0) return Value();
  l->debug = b;
  return Value::none();
}

Value m_set_exception_handler(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  if (l == nullptr || !check_nargs(in, "set_exception_handler", n - 1, 1, 1)) return Value();
  if (!a[1].is_none() && !is_callable(in, a[1])) {
    std::string r;
    if (!repr_into(in, a[1], r)) return Value();
    return raise_str(in, in.exc_types.TypeError, "A callable object or None is expected, got " + r);
  }
  l->exception_handler = a[1];
  return Value::none();
}

Value m_get_exception_handler(Interp& in, const Value* a, size_t n, Tuple* kw) {
  EventLoop* l = self_loop(in, a, n);
  if (l == nullptr) return Value();
  return l->exception_handler.is_null() ? Value::none() : l->exception_handler;
}

// Read-only views for asyncio's Python half and tests. With the generic getattr, method
// calls on the loop take the VM's fast path (no bound method per loop.call_soon()).
Value g_ready_count(Interp&, Value self) { return Value::small_int(int64_t(self.as<EventLoop>()->ready.size)); }
Value g_scheduled_count(Interp&, Value self) { return Value::small_int(int64_t(self.as<EventLoop>()->ntimers)); }
Value g_stopping(Interp&, Value self) { return Value::boolean(self.as<EventLoop>()->stopping); }
Value g_exception_handler(Interp&, Value self) {
  Value h = self.as<EventLoop>()->exception_handler;
  return h.is_null() ? Value::none() : h;
}

const GetSetDef kLoopGetSets[] = {
    {"_ready_count", g_ready_count},
    {"_scheduled_count", g_scheduled_count},
    {"_stopping", g_stopping},
    {"_exception_handler", g_exception_handler},
};

int loop_setattr(Interp& in, Value self, Str* name, Value v) {
  std::string_view s = name->view();
  for (const GetSetDef& g : kLoopGetSets)
    if (s == g.name) return store_instance_attr(in, self, name, v);
  return generic_setattr(in, self, name, v);
}

void loop_trace(Object* o, Tracer& t) {
  EventLoop* l = static_cast<EventLoop*>(o);
  l->ready.trace(t);
  for (size_t i = 0; i < l->ntimers; i++) t.mark(l->timers[i]);
  t.mark(l->exception_handler);
  t.mark(l->dict);
  t.mark(l->current.target());
  t.mark(l->current.arg);
}

void loop_finalize(Interp& in, Object* o) {
  EventLoop* l = static_cast<EventLoop*>(o);
  l->ready.free_storage(in);
  std::free(l->timers);
  in.heap.account(-ptrdiff_t(l->timers_capacity * sizeof(TimerHandle*)));
  l->timers = nullptr;
  l->timers_capacity = 0;
  loop_release_uv(l);
}

Value loop_new_slot(Interp& in, Type* cls, const Value* a, size_t n, Tuple* kw) {
  return loop_new(in, cls);
}

// ---- Handle

Handle* self_handle(Interp& in, const Value* a, size_t n) {
  AsyncioState* st = asyncio_state(in);
  if (n < 1 || !isinstance(in, a[0], st->handle_type)) {
    raise(in, in.exc_types.TypeError, "expected a Handle");
    return nullptr;
  }
  return a[0].as<Handle>();
}

Value h_cancel(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Handle* h = self_handle(in, a, n);
  if (h == nullptr) return Value();
  if (!h->has(kHandleCancelled)) {
    if (h->has(kHandleTimer)) {
      auto* th = static_cast<TimerHandle*>(h);
      loop_timer_cancelled(th->loop.as<EventLoop>(), th);
    }
    h->set(kHandleCancelled, true);
    if (h->kind() == ReadyKind::Handle) {
      h->callback = Value::none();
      h->args = Value();
      h->set(kHandleOneArg, false);
    }
  }
  return Value::none();
}

Value h_cancelled(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Handle* h = self_handle(in, a, n);
  return h ? Value::boolean(h->has(kHandleCancelled)) : Value();
}

Value h_when(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Handle* h = self_handle(in, a, n);
  if (h == nullptr) return Value();
  return make_float(in, h->has(kHandleTimer) ? static_cast<TimerHandle*>(h)->when : 0.0);
}

Value h_get_context(Interp& in, const Value* a, size_t n, Tuple* kw) {
  Handle* h = self_handle(in, a, n);
  return h ? Value::none() : Value();   // contextvars are not supported
}

Value handle_repr(Interp& in, Value self) {
  Handle* h = self.as<Handle>();
  bool timer = h->has(kHandleTimer);
  std::string out = timer ? "<TimerHandle" : "<Handle";
  if (h->has(kHandleCancelled)) out += " cancelled";
  if (timer) {
    out += " when=";
    out += float_repr(static_cast<TimerHandle*>(h)->when);
  }
  switch (h->kind()) {
    case ReadyKind::TaskStep: out += " Task.task_step()"; break;
    case ReadyKind::TaskWakeup: out += " Task.task_wakeup()"; break;
    case ReadyKind::Callback:
    case ReadyKind::Handle:
      if (!h->has(kHandleCancelled)) {
        out += ' ';
        Value name = getattr_opt(in, h->callback, in.names.__qualname__);
        if (name.is_null() || !is_str(name)) {
          clear_error(in);
          if (!repr_into(in, h->callback, out)) return Value();
        } else {
          out += name.as<Str>()->view();
        }
        out += '(';
        if (h->has(kHandleOneArg)) {
          if (!repr_into(in, h->args, out)) return Value();
        } else {
          Tuple* args = h->args.is_null() ? nullptr : h->args.as<Tuple>();
          for (size_t i = 0; args && i < args->size; i++) {
            if (i) out += ", ";
            if (!repr_into(in, args->items[i], out)) return Value();
          }
        }
        out += ')';
      }
      break;
  }
  out += '>';
  return str_value(in, out);
}

void handle_trace(Object* o, Tracer& t) {
  Handle* h = static_cast<Handle*>(o);
  t.mark(h->callback);
  t.mark(h->args);
}

void timer_handle_trace(Object* o, Tracer& t) {
  handle_trace(o, t);
  t.mark(static_cast<TimerHandle*>(o)->loop);
}

const MethodDef kLoopMethods[] = {
    {"call_soon", m_call_soon},
    {"call_later", m_call_later},
    {"call_at", m_call_at},
    {"time", m_time},
    {"create_future", m_create_future},
    {"create_task", m_create_task},
    {"run_forever", m_run_forever},
    {"_run_once", m_run_once},
    {"stop", m_stop},
    {"is_running", m_is_running},
    {"is_closed", m_is_closed},
    {"close", m_close},
    {"get_debug", m_get_debug},
    {"set_debug", m_set_debug},
    {"set_exception_handler", m_set_exception_handler},
    {"get_exception_handler", m_get_exception_handler},
};

const MethodDef kHandleMethods[] = {
    {"cancel", h_cancel},
    {"cancelled", h_cancelled},
    {"get_context", h_get_context},
};

const MethodDef kTimerHandleMethods[] = {
    {"when", h_when},
};

}  // namespace

Value loop_new(Interp& in, Type* cls) {
  EventLoop* l = static_cast<EventLoop*>(in.heap.allocate(cls, Kind::Native, cls->instance_size));
  if (l == nullptr) return raise_no_memory(in);
  l->virtual_time = in.options.virtual_time;
  l->virtual_now = double(uv_hrtime()) / 1e9;
  l->exception_handler = Value::none();
  return Value::object(l);
}

bool init_loop_types(Interp& in, AsyncioState* st) {
  Type* h = type_new_builtin(in, "Handle", in.types.object, Kind::Native, sizeof(Handle), 0);
  Type* th = h ? type_new_builtin(in, "TimerHandle", h, Kind::Native, sizeof(TimerHandle), 0) : nullptr;
  Type* l = th ? type_new_builtin(in, "EventLoop", in.types.object, Kind::Native, sizeof(EventLoop)) : nullptr;
  if (l == nullptr) return false;
  h->repr = handle_repr;
  h->trace = handle_trace;
  th->repr = handle_repr;
  th->trace = timer_handle_trace;
  l->dict_offset = dict_offset_of<EventLoop>();
  l->new_ = loop_new_slot;
  l->getattr = generic_getattr;
  l->setattr = loop_setattr;
  l->trace = loop_trace;
  l->finalize = loop_finalize;
  if (!add_methods(in, h, kHandleMethods, std::size(kHandleMethods)) ||
      !add_methods(in, th, kTimerHandleMethods, std::size(kTimerHandleMethods)) ||
      !add_methods(in, l, kLoopMethods, std::size(kLoopMethods)) ||
      !add_getsets(in, l, kLoopGetSets, std::size(kLoopGetSets)))
    return false;
  st->handle_type = h;
  st->timer_handle_type = th;
  st->loop_type = l;
  return type_ready(in, h) && type_ready(in, th) && type_ready(in, l);
}

}  // namespace coil
