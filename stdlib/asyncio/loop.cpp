// The event loop's scheduling core: the FIFO ready queue, the timer heap in CPython's heapq
// order, and one iteration (_run_once) exactly as CPython orders it. Waiting is loop_wait.cpp's.
#include <cmath>
#include <cstdlib>
#include <string>
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/asyncio/state.h"

namespace coil {

// ---- ReadyQueue

namespace {

// Moves the entries, in order, to a ring of `ncap` slots (a power of two >= size).
bool ready_resize(Interp& in, ReadyQueue& q, size_t ncap) {
  auto* n = static_cast<ReadyEntry*>(std::malloc(ncap * sizeof(ReadyEntry)));
  if (n == nullptr) return false;
  for (size_t i = 0; i < q.size; i++) n[i] = q.at(i);
  std::free(q.items);
  in.heap.account((ptrdiff_t(ncap) - ptrdiff_t(q.capacity)) * ptrdiff_t(sizeof(ReadyEntry)));
  q.items = n;
  q.head = 0;
  q.capacity = ncap;
  return true;
}

}  // namespace

bool ReadyQueue::push(Interp& in, ReadyKind kind, Object* target, Value arg) {
  if (size == capacity && !ready_resize(in, *this, capacity ? capacity * 2 : 64)) return false;
  ReadyEntry& e = items[(head + size) & (capacity - 1)];
  e.bits = reinterpret_cast<uintptr_t>(target) | uintptr_t(kind);
  e.arg = arg;
  size++;
  return true;
}

ReadyEntry ReadyQueue::pop() {
  ReadyEntry e = items[head];
  head = (head + 1) & (capacity - 1);
  size--;
  return e;
}

void ReadyQueue::trace(Tracer& t) const {
  for (size_t i = 0; i < size; i++) {
    const ReadyEntry& e = at(i);
    t.mark(e.target());
    t.mark(e.arg);
  }
}

void ReadyQueue::shrink(Interp& in) {
  // A burst of 100,000 steps should not keep its ring for the rest of the program.
  if (capacity > 1024 && size < capacity / 8) {
    size_t ncap = 64;
    while (ncap < size * 2) ncap *= 2;
    (void)ready_resize(in, *this, ncap);   // on failure the old ring simply stays
  }
}

void ReadyQueue::free_storage(Interp& in) {
  std::free(items);
  in.heap.account(-ptrdiff_t(capacity * sizeof(ReadyEntry)));
  items = nullptr;
  head = size = capacity = 0;
}

namespace {

// heapq's algorithm with TimerHandle.__lt__ (deadline only): equal deadlines come out in
// whatever order the heap's shape gives, exactly as in CPython.
void sift_down(TimerHandle** heap, size_t start, size_t pos) {
  TimerHandle* item = heap[pos];
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

void sift_up(TimerHandle** heap, size_t n, size_t pos) {
  size_t start = pos;
  TimerHandle* item = heap[pos];
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

bool heap_push(Interp& in, EventLoop* l, TimerHandle* h) {
  if (l->ntimers == l->timers_capacity) {
    size_t ncap = l->timers_capacity ? l->timers_capacity * 2 : 64;
    auto** n = static_cast<TimerHandle**>(std::realloc(l->timers, ncap * sizeof(TimerHandle*)));
    if (n == nullptr) return false;
    in.heap.account(ptrdiff_t((ncap - l->timers_capacity) * sizeof(TimerHandle*)));
    l->timers = n;
    l->timers_capacity = ncap;
  }
  l->timers[l->ntimers++] = h;
  sift_down(l->timers, 0, l->ntimers - 1);
  return true;
}

TimerHandle* heap_pop(EventLoop* l) {
  TimerHandle* last = l->timers[--l->ntimers];
  if (l->ntimers == 0) return last;
  TimerHandle* top = l->timers[0];
  l->timers[0] = last;
  sift_up(l->timers, l->ntimers, 0);
  return top;
}

void heapify(EventLoop* l) {
  for (size_t i = l->ntimers / 2; i-- > 0;) sift_up(l->timers, l->ntimers, i);
}

// Sets a Handle's callback and arguments: none, one inline, or a tuple.
bool handle_set_call(Interp& in, Handle* h, Value callback, const Value* args, size_t nargs) {
  h->callback = callback;
  if (nargs == 1) {
    h->args = args[0];
    h->set(kHandleOneArg, true);
  } else if (nargs > 1) {
    Tuple* t = tuple_from(in, args, nargs);
    if (t == nullptr) return false;
    h->args = Value::object(t);
  }
  return true;
}

// Runs one entry. Errors from callbacks go to the exception handler, as CPython's
// Handle._run does; KeyboardInterrupt and SystemExit propagate (returns false).
bool run_entry(Interp& in, EventLoop* loop, const ReadyEntry& e) {
  Object* target = e.target();
  switch (e.kind()) {
    case ReadyKind::TaskStep:
      task_step(in, static_cast<Task*>(target), e.arg);
      break;
    case ReadyKind::TaskWakeup:
      task_wakeup(in, static_cast<Task*>(target), e.arg);
      break;
    case ReadyKind::Callback:
      (void)call_clean(in, Value::object(target), &e.arg, 1);
      break;
    case ReadyKind::Handle: {
      auto* h = static_cast<Handle*>(target);
      if (h->has(kHandleOneArg)) {
        (void)call_clean(in, h->callback, &h->args, 1);
      } else {
        Tuple* args = h->args.is_null() ? nullptr : h->args.as<Tuple>();
        (void)call_clean(in, h->callback, args ? args->items : nullptr, args ? args->size : 0);
      }
      break;
    }
  }
  if (!in.has_error()) return true;
  if (error_matches(in, in.exc_types.KeyboardInterrupt) || error_matches(in, in.exc_types.SystemExit))
    return false;
  Value exc = fetch_error(in);
  // Internal entries have no Handle: make the one CPython would have had, for the report.
  Handle* h = static_cast<Handle*>(target);
  if (e.kind() == ReadyKind::Callback) {
    h = handle_new(in, ReadyKind::Handle, Value::object(target), &e.arg, 1);
  } else if (e.kind() != ReadyKind::Handle) {
    h = handle_new(in, e.kind(), Value::object(target), nullptr, 0);
  }
  if (h == nullptr) return false;
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

Handle* handle_new(Interp& in, ReadyKind kind, Value callback, const Value* args, size_t nargs) {
  Handle* h = gc_new<Handle>(in.heap, asyncio_state(in)->handle_type, Kind::Native);
  if (h == nullptr) {
    raise_no_memory(in);
    return nullptr;
  }
  h->flags = uint16_t(kind);
  return handle_set_call(in, h, callback, args, nargs) ? h : nullptr;
}

double loop_time(EventLoop* loop) {
  if (loop->virtual_time) return loop->virtual_now;
  return double(uv_hrtime()) / 1e9;
}

bool loop_schedule(Interp& in, EventLoop* loop, ReadyKind kind, Value target, Value arg) {
  if (kind == ReadyKind::Callback) {
    if (loop->closed) {
      raise(in, in.exc_types.RuntimeError, "Event loop is closed");
      return false;
    }
    // Not a heap object (so not callable): a real Handle, whose call reports the TypeError.
    if (!target.is_object()) return !loop_call_soon(in, loop, target, &arg, 1).is_null();
  }
  if (!loop->ready.push(in, kind, target.as_object(), arg)) {
    raise_no_memory(in);
    return false;
  }
  return true;
}

Value loop_call_soon(Interp& in, EventLoop* loop, Value callback, const Value* args, size_t nargs) {
  if (loop->closed) return raise(in, in.exc_types.RuntimeError, "Event loop is closed");
  Handle* h = handle_new(in, ReadyKind::Handle, callback, args, nargs);
  if (h == nullptr) return Value();
  if (!loop->ready.push(in, ReadyKind::Handle, h, Value())) return raise_no_memory(in);
  return Value::object(h);
}

Value loop_call_at(Interp& in, EventLoop* loop, double when, Value callback, const Value* args, size_t nargs) {
  if (loop->closed) return raise(in, in.exc_types.RuntimeError, "Event loop is closed");
  TimerHandle* h = gc_new<TimerHandle>(in.heap, asyncio_state(in)->timer_handle_type, Kind::Native);
  if (h == nullptr) return raise_no_memory(in);
  if (!handle_set_call(in, h, callback, args, nargs)) return Value();
  h->set(kHandleTimer | kHandleScheduled, true);
  h->loop = Value::object(loop);
  h->when = when;
  if (!heap_push(in, loop, h)) return raise_no_memory(in);
  return Value::object(h);
}

void loop_timer_cancelled(EventLoop* loop, TimerHandle* h) {
  if (h->has(kHandleScheduled)) loop->cancelled_timers++;
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
      TimerHandle* h = loop->timers[i];
      if (h->has(kHandleCancelled)) h->set(kHandleScheduled, false); else loop->timers[kept++] = h;
    }
    loop->ntimers = kept;
    heapify(loop);
    loop->cancelled_timers = 0;
  } else {
    while (loop->ntimers > 0 && loop->timers[0]->has(kHandleCancelled)) {
      if (loop->cancelled_timers > 0) loop->cancelled_timers--;
      TimerHandle* h = heap_pop(loop);
      h->set(kHandleScheduled, false);
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
    TimerHandle* h = loop->timers[0];
    if (h->when >= end_time) break;
    heap_pop(loop);
    h->set(kHandleScheduled, false);
    if (!loop->ready.push(in, ReadyKind::Handle, h, Value())) {
      raise_no_memory(in);
      return false;
    }
  }

  // Only what was ready when the iteration began runs now; callbacks it queues wait.
  // (`outer`: the entry running this iteration if a callback called loop._run_once().)
  ReadyEntry outer = loop->current;
  size_t ntodo = loop->ready.size;
  for (size_t i = 0; i < ntodo && loop->ready.size > 0; i++) {
    ReadyEntry e = loop->ready.pop();
    if (e.kind() == ReadyKind::Handle && static_cast<Handle*>(e.target())->has(kHandleCancelled)) continue;
    loop->current = e;
    bool ok = run_entry(in, loop, e);
    loop->current = outer;
    if (!ok) return false;
    // Between callbacks everything the loop holds is rooted: a chance to collect, so that a
    // batch of 100,000 task steps does not pile up its garbage until the iteration ends.
    in.safepoint();
  }
  loop->ready.shrink(in);
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
