// What asyncio says on stderr about things nobody looked at: "Task exception was never
// retrieved", "Task was destroyed but it is pending!", "Exception in callback …".
#include <cstdio>
#include <string>
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/asyncio/state.h"

namespace coil {

namespace {

Value attr(Interp& in, Value obj, const char* name) {
  if (obj.is_null() || obj.is_none()) return Value();
  Value v = getattr_opt(in, obj, intern(in, name));
  if (v.is_null()) clear_error(in);
  return v;
}

std::string text_of(Interp& in, Value v) {
  std::string s;
  if (v.is_null() || !str_into(in, v, s)) clear_error(in);
  return s;
}

}  // namespace

std::string format_coroutine(Interp& in, Value coro) {
  std::string name;
  Value q = attr(in, coro, "__qualname__");
  name = q.is_null() ? std::string(type_name(in, coro)) : text_of(in, q);
  name += "()";
  bool is_coro = is_kind(coro, Kind::Coroutine);
  Value code = attr(in, coro, is_coro ? "cr_code" : "gi_code");
  Value frame = attr(in, coro, is_coro ? "cr_frame" : "gi_frame");
  if (code.is_null()) return name;
  std::string filename = text_of(in, attr(in, code, "co_filename"));
  if (filename.empty()) filename = "<empty co_filename>";
  if (!frame.is_null() && !frame.is_none()) {
    return name + " running at " + filename + ":" + text_of(in, attr(in, frame, "f_lineno"));
  }
  return name + " done, defined at " + filename + ":" + text_of(in, attr(in, code, "co_firstlineno"));
}

void report_exception(Interp& in, Value loop, const char* message, Value exc, const char* key, Value obj) {
  Dict* ctx = dict_new(in);
  if (ctx == nullptr) return;
  dict_set_cstr(in, ctx, "message", str_value(in, message));
  if (!exc.is_null()) dict_set_cstr(in, ctx, "exception", exc);
  if (key != nullptr) dict_set_cstr(in, ctx, key, obj);
  Value handler = loop.is_null() ? Value() : getattr_opt(in, loop, intern(in, "call_exception_handler"));
  if (!handler.is_null()) {
    Value r = call(in, handler, {Value::object(ctx)});
    if (!r.is_null()) return;
    // The handler itself failed: fall through to the plain report (as CPython's does).
    if (error_matches(in, in.exc_types.KeyboardInterrupt) || error_matches(in, in.exc_types.SystemExit)) return;
  }
  clear_error(in);
  std::string out = message;
  if (key != nullptr) {
    out += "\n";
    out += key;
    out += ": ";
    std::string r;
    if (!repr_into(in, obj, r)) clear_error(in);
    out += r;
  }
  out += "\n";
  if (!exc.is_null()) out += format_exception(in, exc);
  std::fflush(stdout);
  std::fputs(out.c_str(), stderr);
}

namespace {

void report_batch(Interp& in, AsyncioState* st) {
  // Take the batch first: reporting may run Python code and collect again.
  List* batch = list_from(in, st->to_report->items, st->to_report->size);
  st->to_report->size = 0;
  if (batch == nullptr) return;
  Root keep(in, Value::object(batch));
  for (size_t i = 0; i < batch->size; i++) {
    Task* t = batch->items[i].as<Task>();
    Value v = Value::object(t);
    if (t->state() == FutureState::Pending && t->has(kTaskLogDestroyPending)) {
      report_exception(in, t->loop, "Task was destroyed but it is pending!", Value(), "task", v);
    }
    if (t->has(kFutLogTraceback)) {
      t->set(kFutLogTraceback, false);
      std::string msg = std::string(type_of(in, v)->name->view()) + " exception was never retrieved";
      Value exc = t->state() == FutureState::Finished && t->has(kFutException) ? t->value : Value();
      report_exception(in, t->loop, msg.c_str(), exc, "future", v);
    }
  }
}

}  // namespace

void process_reports(Interp& in) {
  AsyncioState* st = asyncio_state(in);
  if (st == nullptr || st->to_report == nullptr) return;
  for (;;) {
    if (st->to_report->size > 0) report_batch(in, st);
    if (!st->report_overflow || in.has_error()) return;
    // The collector found more dead tasks to report than the queue had room for (it cannot
    // allocate): make room for all of them and collect again, so none goes unreported.
    st->report_overflow = false;
    size_t want = st->all_tasks != nullptr ? st->all_tasks->size : 0;
    if (want < 2 * st->to_report->capacity) want = 2 * st->to_report->capacity;
    if (!list_reserve(in, st->to_report, want) || in.nogc_depth > 0) return;
    in.heap.collect(in);
  }
}

}  // namespace coil
