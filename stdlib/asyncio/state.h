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

// What a Handle does when the loop runs it. Task steps and wake-ups are handles of their own
// kind so scheduling them allocates no bound method and no argument tuple.
enum class HandleKind : uint8_t { Call, TaskStep, TaskWakeup };

struct Handle : Object {            // types: Handle, TimerHandle
  Value callback;                    // Call: the callable; TaskStep/TaskWakeup: the Task
  Value arg;                         // TaskStep: exception to throw or null; TaskWakeup: the future
  Tuple* args;                       // Call: positional arguments
  Value loop;
  Value context;                     // contextvars are not supported: kept for the API
  double when;                       // TimerHandle: deadline on the loop's clock
  uint64_t seq;                      // not used for ordering (CPython's heap order is by `when` only)
  HandleKind handle_kind;
  bool cancelled;
  bool scheduled;                    // TimerHandle: still in the loop's heap
  bool is_timer;
};

struct Future : Object {            // types: Future, Task (and Python subclasses)
  Value loop;
  Value result;
  Value exception;
  Value exception_tb;
  // Done callbacks in registration order: the first inline (almost every future has exactly
  // one: the task awaiting it), the rest in a list. Entries: a callable, or a Task (wake it up).
  Value callback0;
  List* callbacks;
  Value cancel_message;
  Value cancelled_exc;
  Dict* dict;                        // instance attributes of Python subclasses
  FutureState state;
  bool blocking;                     // _asyncio_future_blocking
  bool log_traceback;                // an exception nobody retrieved yet
  bool is_task;
};

struct Task : Future {
  Value coro;
  Value fut_waiter;
  Value name;                        // a str, or the small int N of a default name "Task-N" (made on demand)
  Value context;
  int32_t num_cancels_requested;
  bool must_cancel;
  bool log_destroy_pending;
};

// A ring buffer of Handles in FIFO order (collections.deque for the ready queue).
struct HandleQueue {
  Handle** items = nullptr;
  size_t head = 0, size = 0, capacity = 0;
  bool push(Handle* h);
  Handle* pop();
  Handle* front() const { return items[head]; }
  void free_storage();
};

struct EventLoop : Object {
  HandleQueue ready;
  Handle** timers;                   // binary heap, CPython's heapq algorithm and order
  size_t ntimers, timers_capacity;
  size_t cancelled_timers;
  double virtual_now;                // --virtual-time: the clock, advanced to the next timer when idle
  uint64_t start_ns;                 // real clock origin
  Value exception_handler;
  Dict* dict;                        // attributes of Python subclasses (BaseEventLoop in events.py)
  Handle* current_handle;            // rooted while it runs (the collector may run inside)
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
  Value cancelled_error;             // asyncio.CancelledError (class)
  Value invalid_state_error;         // asyncio.InvalidStateError (class)
  Value running_loop;                // the loop running in this interpreter, or None
  Value event_loop;                  // set_event_loop()'s loop, or None
  Value current_task;                // Task or None
  List* all_tasks;                   // weak: pruned by the collector (weak hook)
  List* to_report;                   // futures/tasks collected with something to report
  int64_t task_counter;              // "Task-N" names
  uint64_t timer_seq;
};

// Byte offset of T::dict, for Type::dict_offset. (offsetof is not defined for these structs:
// they derive from Object, so they are not standard-layout.)
template <class T>
int32_t dict_offset_of() {
  alignas(T) static constexpr char probe[sizeof(T)] = {};
  const T* t = reinterpret_cast<const T*>(probe);
  return int32_t(reinterpret_cast<const char*>(&t->dict) - probe);
}

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
Handle* loop_schedule(Interp&, EventLoop* loop, HandleKind kind, Value target, Value arg);
Value loop_call_at(Interp&, EventLoop* loop, double when, Value callback, const Value* args, size_t nargs);
double loop_time(EventLoop* loop);
bool loop_run_once(Interp&, EventLoop* loop);
bool loop_run_forever(Interp&, EventLoop* loop);
EventLoop* as_loop(Interp&, Value v);     // null with TypeError if v is not an event loop
bool loop_wait(Interp&, EventLoop* loop, double timeout);   // loop_wait.cpp; timeout < 0: until woken
void loop_release_uv(EventLoop* loop);
void loop_timer_cancelled(EventLoop* loop, Handle* h);
bool init_loop_types(Interp&, AsyncioState* st);            // loop_type.cpp: Handle, TimerHandle, EventLoop

// Future (stdlib/asyncio/future.cpp).
Value future_new(Interp&, Type* cls, Value loop);
bool future_set_result(Interp&, Future* f, Value result);      // false: InvalidStateError raised
bool future_set_exception(Interp&, Future* f, Value exc);
bool future_cancel(Interp&, Future* f, Value msg);              // true if it was pending
bool future_add_done_callback(Interp&, Future* f, Value cb);    // cb: callable or Task (wakeup)
Value future_make_cancelled_error(Interp&, Future* f);
Value future_result(Interp&, Future* f);                        // raises as Future.result()
int future_await_step(Interp&, Value self, bool resumed, Value* out);   // Type::await_step
bool init_future_types(Interp&, AsyncioState* st);
Value future_getattr_slot(Interp&, Value self, Str* name);     // Future's getattr (Task extends it)
int future_setattr_slot(Interp&, Value self, Str* name, Value v);
void future_trace(Object* o, Tracer& t);                       // Task's trace extends it
// Appends " result=…" / " exception=…" for a finished future (repr of Future and Task).
bool future_repr_outcome(Interp&, Future* f, std::string& out);

// Task (stdlib/asyncio/task.cpp).
Value task_new(Interp&, Type* cls, Value coro, Value loop, Value name);
bool task_setup(Interp&, Task* t, Value coro, Value loop, Value name);   // Task.__init__
void task_step(Interp&, Task* t, Value exc);
void task_wakeup(Interp&, Task* t, Value fut);
bool task_cancel(Interp&, Task* t, Value msg);
bool init_task_type(Interp&, AsyncioState* st);

// Reporting (stdlib/asyncio/report.cpp): loop.call_exception_handler-style messages.
void report_exception(Interp&, Value loop, const char* message, Value exc, const char* key, Value obj);
void process_reports(Interp&);            // runs queued "never retrieved"/"destroyed pending" reports
// "main() running at x.py:5" / "main() done, defined at x.py:3", as asyncio's _format_coroutine.
std::string format_coroutine(Interp&, Value coro);

}  // namespace coil
