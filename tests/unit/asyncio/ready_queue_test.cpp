// The ready queue's internal entries: a ring of 16-byte records, FIFO with call_soon's Handles,
// growing and shrinking around bursts, and scheduling a done callback allocates no heap object.
#include <gtest/gtest.h>
#include <vector>
#include "runtime/call.h"
#include "runtime/import.h"
#include "runtime/interpreter.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "stdlib/asyncio/state.h"

namespace coil {
namespace {

class ReadyQueueTest : public ::testing::Test {
 protected:
  ReadyQueueTest() : in_(options()) {
    EXPECT_FALSE(import_absolute(in_, "_asyncio").is_null());
    loop_value_ = loop_new(in_, asyncio_state(in_)->loop_type);
    loop_ = loop_value_.as<EventLoop>();
    log_ = list_new(in_);
    log_value_ = Value::object(log_);
    append_ = getattr(in_, log_value_, intern(in_, "append"));
    // Keep everything reachable: these tests call the loop without a Python frame.
    in_.root_stack.push_back(&loop_value_);
    in_.root_stack.push_back(&log_value_);
    in_.root_stack.push_back(&append_);
  }
  ~ReadyQueueTest() override { in_.root_stack.resize(in_.root_stack.size() - 3); }

  static InterpreterOptions options() {
    InterpreterOptions o;
    o.virtual_time = true;
    return o;
  }

  Value loop_create_future() { return future_new(in_, asyncio_state(in_)->future_type, loop_value_); }

  Interpreter in_;
  Value loop_value_;
  EventLoop* loop_ = nullptr;
  List* log_ = nullptr;
  Value log_value_;
  Value append_;
};

TEST_F(ReadyQueueTest, RingKeepsFifoOrderAcrossWrapAroundAndGrowth) {
  ReadyQueue q;
  std::vector<Object*> objs;
  for (int i = 0; i < 300; i++) objs.push_back(list_new(in_));
  size_t next_in = 0, next_out = 0;
  // Interleave pushes and pops so the head wraps before the ring grows.
  for (int round = 0; round < 6; round++) {
    for (int k = 0; k < 50; k++, next_in++) {
      auto kind = ReadyKind(next_in % 4);
      ASSERT_TRUE(q.push(in_, kind, objs[next_in], Value::small_int(int64_t(next_in))));
    }
    for (int k = 0; k < 20; k++, next_out++) {
      ReadyEntry e = q.pop();
      EXPECT_EQ(e.target(), objs[next_out]);
      EXPECT_EQ(e.kind(), ReadyKind(next_out % 4));
      EXPECT_EQ(e.arg.as_small_int(), int64_t(next_out));
    }
  }
  EXPECT_EQ(q.size, next_in - next_out);
  EXPECT_EQ(q.capacity & (q.capacity - 1), 0u);   // a power of two
  while (q.size > 0) {
    ReadyEntry e = q.pop();
    EXPECT_EQ(e.target(), objs[next_out]);
    next_out++;
  }
  q.free_storage(in_);
}

TEST_F(ReadyQueueTest, ABurstGivesItsRingBackOnceDrained) {
  ReadyQueue q;
  Object* o = list_new(in_);
  for (int i = 0; i < 10000; i++) ASSERT_TRUE(q.push(in_, ReadyKind::TaskStep, o, Value()));
  EXPECT_GE(q.capacity, 10000u);
  for (int i = 0; i < 9990; i++) q.pop();
  q.shrink(in_);
  EXPECT_LE(q.capacity, 64u);
  for (int i = 0; i < 10; i++) EXPECT_EQ(q.pop().target(), o);
  q.free_storage(in_);
}

TEST_F(ReadyQueueTest, DoneCallbacksRunInOrderWithCallSoon) {
  Value fut = loop_create_future();
  Root keep(in_, fut);
  Value one = Value::small_int(1), two = Value::small_int(2);
  ASSERT_FALSE(loop_call_soon(in_, loop_, append_, &one, 1).is_null());
  ASSERT_TRUE(future_add_done_callback(in_, fut.as<Future>(), append_));
  ASSERT_TRUE(future_set_result(in_, fut.as<Future>(), Value::none()));
  ASSERT_FALSE(loop_call_soon(in_, loop_, append_, &two, 1).is_null());
  ASSERT_TRUE(loop_run_once(in_, loop_));
  ASSERT_EQ(log_->size, 3u);
  EXPECT_EQ(log_->items[0], one);
  EXPECT_EQ(log_->items[1], fut);   // the callback got its future
  EXPECT_EQ(log_->items[2], two);
}

TEST_F(ReadyQueueTest, SchedulingADoneCallbackAllocatesNothing) {
  Value fut = loop_create_future();
  Root keep(in_, fut);
  ASSERT_TRUE(future_add_done_callback(in_, fut.as<Future>(), append_));
  size_t before = in_.heap.object_count();
  ASSERT_TRUE(future_set_result(in_, fut.as<Future>(), Value::none()));
  EXPECT_EQ(in_.heap.object_count(), before);
  EXPECT_EQ(loop_->ready.size, 1u);
  // call_soon: one Handle, its only argument inline (no tuple).
  Value arg = Value::small_int(7);
  before = in_.heap.object_count();
  ASSERT_FALSE(loop_call_soon(in_, loop_, append_, &arg, 1).is_null());
  EXPECT_EQ(in_.heap.object_count(), before + 1);
  ASSERT_TRUE(loop_run_once(in_, loop_));
  EXPECT_EQ(log_->size, 2u);
}

TEST_F(ReadyQueueTest, FutureAndTaskLayoutsStaySmall) {
  // A suspended task costs its Task and the Future it waits on: keep them in these size classes.
  EXPECT_LE(sizeof(Future), 40u);
  EXPECT_LE(sizeof(Task), 64u);
  EXPECT_LE(sizeof(Handle), 32u);
  EXPECT_LE(sizeof(ReadyEntry), 16u);
}

}  // namespace
}  // namespace coil
