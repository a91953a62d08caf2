// How the loop waits between iterations: libuv sleeps until the earliest timer (or a wake-up),
// or — with virtual time — the clock jumps straight to that timer.
#include <cmath>
#include "runtime/error.h"
#include "stdlib/asyncio/state.h"

namespace coil {

namespace {

void on_timer(uv_timer_t*) {}   // only here to end uv_run(UV_RUN_ONCE)

bool ensure_uv(Interp& in, EventLoop* loop) {
  if (loop->uv != nullptr) return true;
  loop->uv = static_cast<uv_loop_t*>(std::malloc(sizeof(uv_loop_t)));
  loop->uv_timer = static_cast<uv_timer_t*>(std::malloc(sizeof(uv_timer_t)));
  if (loop->uv == nullptr || loop->uv_timer == nullptr || uv_loop_init(loop->uv) != 0) {
    std::free(loop->uv);
    std::free(loop->uv_timer);
    loop->uv = nullptr;
    loop->uv_timer = nullptr;
    raise(in, in.exc_types.OSError, "could not initialise the libuv event loop");
    return false;
  }
  uv_timer_init(loop->uv, loop->uv_timer);
  loop->uv_timer->data = loop;
  return true;
}

void on_close(uv_handle_t* h) { std::free(h); }

}  // namespace

// timeout: seconds; 0 polls, < 0 waits until something happens.
bool loop_wait(Interp& in, EventLoop* loop, double timeout) {
  if (timeout == 0) return true;   // no I/O sources yet: nothing to poll
  if (loop->virtual_time) {
    if (timeout > 0) {
      // Jump to the deadline plus a microsecond: a real clock always oversleeps a little, and
      // without it `loop.time() - t0 >= delay` could fail by one float rounding step.
      loop->virtual_now += timeout + 1e-6;
      return true;
    }
    // Real time would wait forever here (CPython hangs); in virtual time say so instead.
    raise(in, in.exc_types.RuntimeError,
          "the event loop has nothing to run and no timer to wait for (it would wait forever)");
    return false;
  }
  if (!ensure_uv(in, loop)) return false;
  // Round up to whole milliseconds, as CPython's selectors do, so we never wake early.
  double ms = timeout < 0 ? 24.0 * 3600 * 1000 : std::ceil(timeout * 1000.0);
  uv_timer_start(loop->uv_timer, on_timer, uint64_t(ms), 0);
  uv_run(loop->uv, UV_RUN_ONCE);
  uv_timer_stop(loop->uv_timer);
  return true;
}

void loop_release_uv(EventLoop* loop) {
  if (loop->uv == nullptr) return;
  uv_close(reinterpret_cast<uv_handle_t*>(loop->uv_timer), on_close);
  uv_run(loop->uv, UV_RUN_DEFAULT);   // runs the close callback
  uv_loop_close(loop->uv);
  std::free(loop->uv);
  loop->uv = nullptr;
  loop->uv_timer = nullptr;
}

}  // namespace coil
