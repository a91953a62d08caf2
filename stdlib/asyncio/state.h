// asyncio's native core: the per-interpreter state, and the layouts of the event loop,
// its handles, Future and Task. The Python half (gather, locks, queues…) builds on these.
#pragma once
#include <cstdint>
#include <string>
#include <uv.h>
#include "runtime/interpreter.h"

namespace coil {

struct List;

enum class FutureState : uint8_t { Pending, Cancelled, Finished };

// Every flag of a Handle, Future or Task lives in Object::flags (free for native kinds) and a
// Task's cancel count in Object::aux, so the structs below are only Values.

// What a ready-queue entry or a Handle does when the loop runs it.
enum class ReadyKind : uint8_t {
  Handle,       // a user-visible Handle (call_soon, an expired TimerHandle)
  TaskStep,     // target: the Task; arg: the exception to throw in, or null
  TaskWakeup,   // target: the Task; arg: the future it waited for
  Callback,     // target: a done callback; arg: its future (call_soon without the Handle)
};

enum HandleFlag : uint16_t {
  kHandleKind = 3,              // ReadyKind: Handle (a call) or, for the Handle made only to
                                // report an internal entry's error, what that entry was
  kHandleCancelled = 1 << 2,
  kHandleScheduled = 1 << 3,    // TimerHandle: still in the loop's heap
  kHandleTimer = 1 << 4,
  kHandleOneArg = 1 << 5,       // args is the single argument itself, not a tuple
};

struct Handle : Object {            // type Handle
  Value callback;
  Value args;                        // a Tuple, or (kHandleOneArg) the only argument
  ReadyKind kind() const { return ReadyKind(flags & kHandleKind); }
  bool has(uint16_t f) const { return (flags & f) != 0; }
  void set(uint16_t f, bool on) { flags = on ? uint16_t(flags | f) : uint16_t(flags & ~f); }
};

struct TimerHandle : Handle {       // type TimerHandle
  Value loop;
  double when;                       // deadline on the loop's clock
};

enum FutureFlag : uint16_t {
  kFutState = 3,                     // FutureState
  kFutBlocking = 1 << 2,             // _asyncio_future_blocking
  kFutLogTraceback = 1 << 3,         // an exception nobody retrieved yet
  kFutIsTask = 1 << 4,               // Task.__init__ ran: as a done callback it means "wake it up"
  kFutTaskLayout = 1 << 5,           // allocated with Task's fields (a Task or a subclass)
  kFutException = 1 << 6,            // Finished: value is the exception, not the result
  kFutCallbackList = 1 << 7,         // Pending: value is a List of done callbacks
  kTaskMustCancel = 1 << 8,
  kTaskLogDestroyPending = 1 << 9,
  kTaskExtra = 1 << 10,              // Task::name is a TaskExtra
};

struct Future : Object {            // types: Future, Task (and Python subclasses)
  Value loop;
  // Pending: the done callbacks in registration order: null, the only one, or
  // (kFutCallbackList) a List. Almost every future has exactly one, the task awaiting it; an
  // entry is a callable, or a Task (wake it up). Done (the callbacks are queued by then): the
  // outcome. Finished: the result or (kFutException) the exception. Cancelled: a Future's
  // cancel message; a Task's CancelledError that ended its coroutine (until taken), or null.
  Value value;
  Dict* dict;                        // attributes set on the instance (as CPython's C Future)

  FutureState state() const { return FutureState(flags & kFutState); }
  void set_state(FutureState s) { flags = uint16_t((flags & ~kFutState) | uint16_t(s)); }
  bool has(uint16_t f) const { return (flags & f) != 0; }
  void set(uint16_t f, bool on) { flags = on ? uint16_t(flags | f) : uint16_t(flags & ~f); }
};

struct Task : Future {
  Value coro;
  Value fut_waiter;                  // null = None
  // A str, the small int N of a default name "Task-N" (made on demand), or (kTaskExtra) a
  // TaskExtra: only a cancel message (cancel(msg), rare) needs one.
  Value name;
  int32_t cancels_requested() const { return int32_t(aux); }
  void set_cancels_requested(int32_t n) { aux = uint32_t(n); }
};

struct TaskExtra : Object {         // type TaskExtra (internal)
  Value name;
  Value cancel_message;              // null = None
};

// The ready queue: a ring (collections.deque) of entries in FIFO order. Internal entries
// (task steps and wake-ups, done callbacks) are 16-byte records, not heap objects, so a task
// step allocates nothing; call_soon's entries point at their Handle.
struct ReadyEntry {
  uintptr_t bits = 0;                // the target Object*, its low bits the ReadyKind
  Value arg;
  ReadyKind kind() const { return ReadyKind(bits & 3); }
  Object* target() const { return reinterpret_cast<Object*>(bits & ~uintptr_t(7)); }
};

struct ReadyQueue {
  ReadyEntry* items = nullptr;
  size_t head = 0, size = 0, capacity = 0;
  bool push(Interp&, ReadyKind kind, Object* target, Value arg);   // false: out of memory
  ReadyEntry pop();
  const ReadyEntry& at(size_t i) const { return items[(head + i) & (capacity - 1)]; }
  void trace(Tracer& t) const;
  void clear() { head = size = 0; }
  void shrink(Interp&);              // gives back most of a ring that a burst left nearly empty
  void free_storage(Interp&);
};

struct EventLoop : Object {
  ReadyQueue ready;
  TimerHandle** timers;              // binary heap, CPython's heapq algorithm and order
  size_t ntimers, timers_capacity;
  size_t cancelled_timers;
  double virtual_now;                // --virtual-time: the clock, advanced to the next timer when idle
  uint64_t start_ns;                 // real clock origin
  Value exception_handler;
  Dict* dict;                        // attributes of Python subclasses (BaseEventLoop in events.py)
  ReadyEntry current;                // rooted while it runs (the collector may run inside)
  uv_loop_t* uv;                     // waits for timers / wake-ups; created lazily
  uv_timer_t* uv_timer;
  bool stopping, running, closed, virtual_time, debug;
};

// Per-interpreter asyncio state, itself a heap object rooted through interp.root_tracers.
struct AsyncioState : Object {
  Type* handle_type;
  Type* timer_handle_type;
  Type* loop_type;
  Type* future_type;
  Type* task_type;
  Type* future_iter_type;
  Type* task_extra_type;
  Value cancelled_error;             // asyncio.CancelledError (class)
  Value invalid_state_error;         // asyncio.InvalidStateError (class)
  Value running_loop;                // the loop running in this interpreter, or None
  Value event_loop;                  // set_event_loop()'s loop, or None
  Value current_task;                // Task or None
  List* all_tasks;                   // weak: pruned by the collector (weak hook)
  List* to_report;                   // futures/tasks collected with something to report
  bool report_overflow;              // to_report was full: some wait for a later collection
  int64_t task_counter;              // "Task-N" names
};

// Byte offset of T::dict, for Type::dict_offset. (offsetof is not defined for these structs:
// they derive from Object, so they are not standard-layout.)
template <class T>
int32_t dict_offset_of() {
  alignas(T) static constexpr char probe[sizeof(T)] = {};
  const T* t = reinterpret_cast<const T*>(probe);
  return int32_t(reinterpret_cast<const char*>(&t->dict) - probe);
}

// Assigning (v null: deleting) an attribute that a read-only native descriptor shows, as if
// the descriptor were not there: into the instance __dict__, where reads never look (what
// these types always did). Returns 0, or -1 with an exception pending.
int store_instance_attr(Interp&, Value self, Str* name, Value v);

// State access (null if asyncio was never imported).
AsyncioState* asyncio_state(Interp&);
AsyncioState* asyncio_state_create(Interp&);   // at `import _asyncio`

// A Task (any subclass): a done callback that is a Task means "wake it up".
bool is_task_object(Interp&, Value v);
// Exactly Future or Task, not a Python subclass that may override methods: only then may
// native code skip the method lookup (gather's _GatheringFuture overrides cancel()).
bool is_exact_native_future(Interp&, Value v);

// Loop core (stdlib/asyncio/loop*.cpp).
Value loop_new(Interp&, Type* cls);
Value loop_call_soon(Interp&, EventLoop* loop, Value callback, const Value* args, size_t nargs);
// Queues an internal entry (not Handle): no heap object. False with MemoryError raised.
bool loop_schedule(Interp&, EventLoop* loop, ReadyKind kind, Value target, Value arg);
Value loop_call_at(Interp&, EventLoop* loop, double when, Value callback, const Value* args, size_t nargs);
double loop_time(EventLoop* loop);
bool loop_run_once(Interp&, EventLoop* loop);
bool loop_run_forever(Interp&, EventLoop* loop);
EventLoop* as_loop(Interp&, Value v);     // null with TypeError if v is not an event loop
bool loop_wait(Interp&, EventLoop* loop, double timeout);   // loop_wait.cpp; timeout < 0: until woken
void loop_release_uv(EventLoop* loop);
void loop_timer_cancelled(EventLoop* loop, TimerHandle* h);
// A Handle for an entry (or a timer's call): what "Exception in callback" reports show.
Handle* handle_new(Interp&, ReadyKind kind, Value callback, const Value* args, size_t nargs);
bool init_loop_types(Interp&, AsyncioState* st);            // loop_type.cpp: Handle, TimerHandle, EventLoop

// Future (stdlib/asyncio/future.cpp).
Value future_new(Interp&, Type* cls, Value loop);
bool future_set_result(Interp&, Future* f, Value result);      // false: InvalidStateError raised
bool future_set_exception(Interp&, Future* f, Value exc);
bool future_cancel(Interp&, Future* f, Value msg);              // true if it was pending
bool future_add_done_callback(Interp&, Future* f, Value cb);    // cb: callable or Task (wakeup)
Value future_make_cancelled_error(Interp&, Future* f);
Value future_cancel_message(Future* f);                         // _cancel_message (None if unset)
Value future_result(Interp&, Future* f);                        // raises as Future.result()
int future_await_step(Interp&, Value self, bool resumed, Value* out);   // Type::await_step
bool init_future_types(Interp&, AsyncioState* st);
int future_setattr_slot(Interp&, Value self, Str* name, Value v);   // Task's setattr extends it
void future_trace(Object* o, Tracer& t);                       // Task's trace extends it
// Appends " result=…" / " exception=…" for a finished future (repr of Future and Task).
bool future_repr_outcome(Interp&, Future* f, std::string& out);

// Task (stdlib/asyncio/task.cpp).
Value task_new(Interp&, Type* cls, Value coro, Value loop, Value name);
bool task_setup(Interp&, Task* t, Value coro, Value loop, Value name);   // Task.__init__
void task_step(Interp&, Task* t, Value exc);
void task_wakeup(Interp&, Task* t, Value fut);
bool task_cancel(Interp&, Task* t, Value msg);                 // false: not pending, or an error
Value task_cancel_message(Task* t);                            // null = None
bool task_set_cancel_message(Interp&, Task* t, Value msg);     // false: MemoryError raised
bool init_task_type(Interp&, AsyncioState* st);

// Reporting (stdlib/asyncio/report.cpp): loop.call_exception_handler-style messages.
void report_exception(Interp&, Value loop, const char* message, Value exc, const char* key, Value obj);
void process_reports(Interp&);            // runs queued "never retrieved"/"destroyed pending" reports
// "main() running at x.py:5" / "main() done, defined at x.py:3", as asyncio's _format_coroutine.
std::string format_coroutine(Interp&, Value coro);

}  // namespace coil
