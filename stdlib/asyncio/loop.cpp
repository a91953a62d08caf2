// The event loop's scheduling core: the FIFO ready queue, the timer heap in CPython's heapq
// order, and one iteration (_run_once) exactly as CPython orders it. Waiting is loop_wait.cpp's.
#include <cmath>
#include <string>
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/asyncio/state.h"

namespace coil {

// ---- HandleQueue

bool HandleQueue::push(Handle* h) {
  if (size == capacity) {
    size_t ncap = capacity ? capacity * 2 : 64;
    Handle** n = static_cast<Handle**>(std::malloc(ncap * sizeof(Handle*)));
    if (n == nullptr) return false;
    for (size_t i = 0; i < size; i++) n[i] = items[(head + i) % capacity];
    std::free(items);
    items = n;
    head = 0;
    capacity = ncap;
  }
  items[(head + size) % capacity] = h;
  size++;
  return true;
}

Handle* HandleQueue::pop() {
  Handle* h = items[head];
  head = (head + 1) % capacity;
  size--;
  return h;
}

void HandleQueue::free_storage() {
  std::free(items);
  items = nullptr;
  head = size = capacity = 0;
}

namespace {

// heapq's algorithm with TimerHandle.__lt__ (deadline only): equal deadlines come out in
// whatever order the heap's shape gives, exactly as in CPython.
void sift_down(Handle** heap, size_t start, size_t pos) {
  Handle* item = heap[pos];
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    if (item->when < heap[parent]->when) {
      heap[pos] = heap[parent];
      pos = parent;
      continue;
    }
    break;
  }
  heap[pos] = item;
}

void sift_up(Handle** heap, size_t n, size_t pos) {
  size_t start = pos;
  Handle* item = heap[pos];
  size_t child = 2 * pos + 1;
  while (child < n) {
    size_t right = child + 1;
    if (right < n && !(heap[child]->when < heap[right]->when)) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  sift_down(heap, start, pos);
}

bool heap_push(EventLoop* l, Handle* h) {
  if (l->ntimers == l->timers_capacity) {
    size_t ncap = l->timers_capacity ? l->timers_capacity * 2 : 64;
    Handle** n = static_cast<Handle**>(std::realloc(l->timers, ncap * sizeof(Handle*)));
    if (n == nullptr) return false;
    l->timers = n;
    l->timers_capacity = ncap;
  }
  l->timers[l->ntimers++] = h;
  sift_down(l->timers, 0, l->ntimers - 1);
  return true;
}

Handle* heap_pop(EventLoop* l) {
  Handle* last = l->timers[--l->ntimers];
  if (l->ntimers == 0) return last;
  Handle* top = l->timers[0];
  l->timers[0] = last;
  sift_up(l->timers, l->ntimers, 0);
  return top;
}

void heapify(EventLoop* l) {
  for (size_t i = l->ntimers / 2; i-- > 0;) sift_up(l->timers, l->ntimers, i);
}

Handle* handle_alloc(Interp& in, EventLoop* loop, bool timer) {
  AsyncioState* st = asyncio_state(in);
  Type* t = timer ? st->timer_handle_type : st->handle_type;
  Handle* h = gc_new<Handle>(in.heap, t, Kind::Native);
  if (h == nullptr) return nullptr;
  h->loop = Value::object(loop);
  h->is_timer = timer;
  return h;
}

// Runs one handle. Errors from callbacks go to the exception handler, as CPython's
// Handle._run does; KeyboardInterrupt and SystemExit propagate (returns false).
bool run_handle(Interp& in, EventLoop* loop, Handle* h) {
  switch (h->handle_kind) {
    case HandleKind::TaskStep:
      task_step(in, h->callback.as<Task>(), h->arg);
      break;
    case HandleKind::TaskWakeup:
      task_wakeup(in, h->callback.as<Task>(), h->arg);
      break;
    case HandleKind::Call: {
      Tuple* args = h->args;
      Value r = call_clean(in, h->callback, args ? args->items : nullptr, args ? args->size : 0);
      (void)r;
      break;
    }
  }
  if (!in.has_error()) return true;
  if (error_matches(in, in.exc_types.KeyboardInterrupt) || error_matches(in, in.exc_types.SystemExit))
    return false;
  Value exc = fetch_error(in);
  std::string msg = "Exception in callback ";
  Value r = repr(in, Value::object(h));
  if (r.is_null()) {
    clear_error(in);
  } else {
    msg += r.as<Str>()->view();
  }
  report_exception(in, Value::object(loop), msg.c_str(), exc, "handle", Value::object(h));
  return !in.has_error();
}

}  // namespace

double loop_time(EventLoop* loop) {
  if (loop->virtual_time) return loop->virtual_now;
  return double(uv_hrtime()) / 1e9;
}

Handle* loop_schedule(Interp& in, EventLoop* loop, HandleKind kind, Value target, Value arg) {
  Handle* h = handle_alloc(in, loop, false);
  if (h == nullptr) {
    raise_no_memory(in);
    return nullptr;
  }
  h->handle_kind = kind;
  h->callback = target;
  h->arg = arg;
  if (!loop->ready.push(h)) {
    raise_no_memory(in);
    return nullptr;
  }
  return h;
}

Value loop_call_soon(Interp& in, EventLoop* loop, Value callback, const Value* args, size_t nargs) {
  if (loop->closed) return raise(in, in.exc_types.RuntimeError, "Event loop is closed");
  Tuple* t = tuple_from(in, args, nargs);
  if (t == nullptr) return Value();
  Handle* h = loop_schedule(in, loop, HandleKind::Call, callback, Value());
  if (h == nullptr) return Value();
  h->args = t;
  return Value::object(h);
}

Value loop_call_at(Interp& in, EventLoop* loop, double when, Value callback, const Value* args, size_t nargs) {
  if (loop->closed) return raise(in, in.exc_types.RuntimeError, "Event loop is closed");
  Tuple* t = tuple_from(in, args, nargs);
  if (t == nullptr) return Value();
  Handle* h = handle_alloc(in, loop, true);
  if (h == nullptr) return raise_no_memory(in);
  h->handle_kind = HandleKind::Call;
  h->callback = callback;
  h->args = t;
  h->when = when;
  h->scheduled = true;
  h->seq = asyncio_state(in)->timer_seq++;
  if (!heap_push(loop, h)) return raise_no_memory(in);
  return Value::object(h);
}

void loop_timer_cancelled(EventLoop* loop, Handle* h) {
  if (h->scheduled) loop->cancelled_timers++;
}

// One iteration: CPython's BaseEventLoop._run_once.
bool loop_run_once(Interp& in, EventLoop* loop) {
  constexpr size_t kMinScheduled = 100;
  constexpr double kMinCancelledFraction = 0.5;
  constexpr double kMaxSelectTimeout = 24 * 3600;
  constexpr double kClockResolution = 1e-09;

  if (loop->ntimers > kMinScheduled &&
      double(loop->cancelled_timers) / double(loop->ntimers) > kMinCancelledFraction) {
    size_t kept = 0;
    for (size_t i = 0; i < loop->ntimers; i++) {
      Handle* h = loop->timers[i];
      if (h->cancelled) h->scheduled = false; else loop->timers[kept++] = h;
    }
    loop->ntimers = kept;
    heapify(loop);
    loop->cancelled_timers = 0;
  } else {
    while (loop->ntimers > 0 && loop->timers[0]->cancelled) {
      if (loop->cancelled_timers > 0) loop->cancelled_timers--;
      Handle* h = heap_pop(loop);
      h->scheduled = false;
    }
  }

  double timeout = -1;   // -1: wait until something happens
  if (loop->ready.size > 0 || loop->stopping) {
    timeout = 0;
  } else if (loop->ntimers > 0) {
    timeout = std::min(std::max(0.0, loop->timers[0]->when - loop_time(loop)), kMaxSelectTimeout);
  }
  if (!loop_wait(in, loop, timeout)) return false;

  double end_time = loop_time(loop) + kClockResolution;
  while (loop->ntimers > 0) {
    Handle* h = loop->timers[0];
    if (h->when >= end_time) break;
    heap_pop(loop);
    h->scheduled = false;
    if (!loop->ready.push(h)) {
      raise_no_memory(in);
      return false;
    }
  }

  // Only what was ready when the iteration began runs now; callbacks it queues wait.
  size_t ntodo = loop->ready.size;
  for (size_t i = 0; i < ntodo; i++) {
    Handle* h = loop->ready.pop();
    if (h->cancelled) continue;
    loop->current_handle = h;
    bool ok = run_handle(in, loop, h);
    loop->current_handle = nullptr;
    if (!ok) return false;
    // Between callbacks everything the loop holds is rooted: a chance to collect, so that a
    // batch of 100,000 task steps does not pile up its garbage until the iteration ends.
    in.safepoint();
  }
  process_reports(in);
  return !in.has_error();
}

bool loop_run_forever(Interp& in, EventLoop* loop) {
  AsyncioState* st = asyncio_state(in);
  if (loop->closed) {
    raise(in, in.exc_types.RuntimeError, "Event loop is closed");
    return false;
  }
  if (loop->running) {
    raise(in, in.exc_types.RuntimeError, "This event loop is already running");
    return false;
  }
  if (!st->running_loop.is_none()) {
    raise(in, in.exc_types.RuntimeError, "Cannot run the event loop while another loop is running");
    return false;
  }
  loop->running = true;
  st->running_loop = Value::object(loop);
  EventLoop* outer = in.loop;
  in.loop = loop;
  bool ok = true;
  for (;;) {
    if (!loop_run_once(in, loop)) {
      ok = false;
      break;
    }
    if (loop->stopping) break;
  }
  loop->stopping = false;
  loop->running = false;
  st->running_loop = Value::none();
  in.loop = outer;
  return ok;
}

}  // namespace coil
