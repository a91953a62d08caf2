// The event loop's scheduling core, driven from C++ with an injected (virtual) clock: FIFO
// ready queue, the snapshot rule, CPython's heapq order for equal deadlines, clock jumps,
// and the purge of cancelled timers.
#include <gtest/gtest.h>
#include <chrono>
#include <vector>
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/import.h"
#include "runtime/interpreter.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "stdlib/asyncio/state.h"

namespace coil {
namespace {

class LoopTest : public ::testing::Test {
 protected:
  LoopTest() : in_(options()) {
    EXPECT_FALSE(import_absolute(in_, "_asyncio").is_null());
    st_ = asyncio_state(in_);
    loop_value_ = loop_new(in_, st_->loop_type);
    loop_ = loop_value_.as<EventLoop>();
    log_ = list_new(in_);
    append_ = getattr(in_, Value::object(log_), intern(in_, "append"));
    // Keep everything reachable: these tests call the loop without a Python frame.
    in_.root_stack.push_back(&loop_value_);
    log_value_ = Value::object(log_);
    in_.root_stack.push_back(&log_value_);
    in_.root_stack.push_back(&append_);
  }
  ~LoopTest() override { in_.root_stack.resize(in_.root_stack.size() - 3); }

  static InterpreterOptions options() {
    InterpreterOptions o;
    o.virtual_time = true;
    return o;
  }

  Value soon(int64_t tag) {
    Value v = Value::small_int(tag);
    return loop_call_soon(in_, loop_, append_, &v, 1);
  }
  Value at(double when, int64_t tag) {
    Value v = Value::small_int(tag);
    return loop_call_at(in_, loop_, when, append_, &v, 1);
  }
  std::vector<int64_t> logged() const {
    std::vector<int64_t> out;
    for (size_t i = 0; i < log_->size; i++) out.push_back(log_->items[i].as_small_int());
    return out;
  }

  Interpreter in_;
  AsyncioState* st_ = nullptr;
  Value loop_value_;
  EventLoop* loop_ = nullptr;
  List* log_ = nullptr;
  Value log_value_;
  Value append_;
};

TEST_F(LoopTest, CallSoonRunsInFifoOrder) {
  for (int i = 1; i <= 5; i++) ASSERT_FALSE(soon(i).is_null());
  ASSERT_TRUE(loop_run_once(in_, loop_));
  EXPECT_EQ(logged(), (std::vector<int64_t>{1, 2, 3, 4, 5}));
  EXPECT_EQ(loop_->ready.size, 0u);
}

TEST_F(LoopTest, AnIterationRunsOnlyWhatWasReadyWhenItBegan) {
  ASSERT_FALSE(soon(1).is_null());
  ASSERT_TRUE(loop_run_once(in_, loop_));
  // A callback queued now (as one running inside the iteration would) waits for the next one.
  ASSERT_FALSE(soon(2).is_null());
  EXPECT_EQ(logged(), (std::vector<int64_t>{1}));
  ASSERT_TRUE(loop_run_once(in_, loop_));
  EXPECT_EQ(logged(), (std::vector<int64_t>{1, 2}));
}

TEST_F(LoopTest, DueTimersJoinTheBatchAfterReadyCallbacks) {
  double now = loop_time(loop_);
  ASSERT_FALSE(at(now - 1, 10).is_null());   // already due
  ASSERT_FALSE(soon(1).is_null());
  ASSERT_TRUE(loop_run_once(in_, loop_));
  EXPECT_EQ(logged(), (std::vector<int64_t>{1, 10}));
}

TEST_F(LoopTest, EqualDeadlinesComeOutInHeapqOrder) {
  // CPython 3.11 prints [0, 2, 1, 3, 4] for this (shared/asyncio-semantics/timer_equal_deadlines).
  double when = loop_time(loop_) + 0.01;
  for (int i = 0; i < 5; i++) ASSERT_FALSE(at(when, i).is_null());
  ASSERT_FALSE(at(when + 0.01, 99).is_null());
  for (int i = 0; i < 10 && log_->size < 6; i++) ASSERT_TRUE(loop_run_once(in_, loop_));
  EXPECT_EQ(logged(), (std::vector<int64_t>{0, 2, 1, 3, 4, 99}));
}

TEST_F(LoopTest, VirtualClockJumpsToTheNextTimerWithoutSleeping) {
  double t0 = loop_time(loop_);
  ASSERT_FALSE(at(t0 + 3600, 1).is_null());
  auto wall0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(loop_run_once(in_, loop_));
  auto wall = std::chrono::steady_clock::now() - wall0;
  EXPECT_EQ(logged(), (std::vector<int64_t>{1}));
  EXPECT_GE(loop_time(loop_) - t0, 3600.0);
  EXPECT_LT(loop_time(loop_) - t0, 3600.001);
  EXPECT_LT(std::chrono::duration<double>(wall).count(), 0.5);
}

TEST_F(LoopTest, CancelledHandlesDoNotRun) {
  Value h = soon(1);
  ASSERT_FALSE(soon(2).is_null());
  ASSERT_FALSE(call_method(in_, h, intern(in_, "cancel"), {}).is_null());
  ASSERT_TRUE(loop_run_once(in_, loop_));
  EXPECT_EQ(logged(), (std::vector<int64_t>{2}));
}

TEST_F(LoopTest, MostlyCancelledTimerHeapIsPurged) {
  double far = loop_time(loop_) + 1000;
  std::vector<Value> handles;
  for (int i = 0; i < 200; i++) handles.push_back(at(far + i, i));
  for (auto& h : handles) in_.root_stack.push_back(&h);
  for (int i = 0; i < 150; i++) ASSERT_FALSE(call_method(in_, handles[i], intern(in_, "cancel"), {}).is_null());
  ASSERT_FALSE(soon(-1).is_null());   // something ready, so the iteration does not wait
  ASSERT_TRUE(loop_run_once(in_, loop_));
  EXPECT_EQ(loop_->ntimers, 50u);
  in_.root_stack.resize(in_.root_stack.size() - handles.size());
}

}  // namespace
}  // namespace coil
