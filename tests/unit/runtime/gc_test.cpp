// The collector: cycles are freed, roots survive, deep graphs do not recurse, classes (with
// weak subclass lists) can be garbage, and stress mode collects at every safe point.
#include "tests/unit/runtime/type_test_util.h"

#include "runtime/gc_api.h"
#include "runtime/list.h"

namespace coil {
namespace {

using namespace coil::testing;

struct Baseline {
  size_t bytes, objects;
};

Baseline settle(Interp& in) {
  in.heap.collect(in);
  return {in.heap.live_bytes(), in.heap.object_count()};
}

TEST(Gc, CyclicListsAreFreed) {
  Interpreter in;
  Baseline base = settle(in);
  for (int i = 0; i < 100000; i++) {
    List* l = list_new(in);
    ASSERT_NE(l, nullptr);
    ASSERT_TRUE(list_append(in, l, Value::object(l)));
  }
  EXPECT_GT(in.heap.object_count(), base.objects + 99999);
  Baseline after = settle(in);
  EXPECT_EQ(after.objects, base.objects);
  EXPECT_EQ(after.bytes, base.bytes);
}

TEST(Gc, CyclicInstancesAreFreedRootsSurvive) {
  Interpreter in;
  Root cls(in, make_class(in, "Node", {}));
  ASSERT_FALSE(cls.get().is_null());
  Root kept(in, new_instance(in, cls));
  ASSERT_EQ(setattr(in, kept, intern(in, "payload"), S(in, "still here")), 0);
  Str* other = intern(in, "other");   // interned strings live forever: make it before the baseline
  Baseline base = settle(in);
  for (int i = 0; i < 50000; i++) {
    Value a = new_instance(in, cls);
    Value b = new_instance(in, cls);
    ASSERT_EQ(setattr(in, a, other, b), 0);
    ASSERT_EQ(setattr(in, b, other, a), 0);
  }
  Baseline after = settle(in);
  EXPECT_EQ(after.objects, base.objects);
  EXPECT_EQ(after.bytes, base.bytes);
  EXPECT_EQ(text(in, getattr(in, kept, intern(in, "payload"))), "still here");
}

TEST(Gc, DeepChainDoesNotRecurse) {
  Interpreter in;
  Baseline base = settle(in);
  Root head(in, Value::object(list_new(in)));
  Value cur = head;
  for (int i = 0; i < 1000000; i++) {
    List* next = list_new(in, 1);
    ASSERT_TRUE(list_append(in, cur.as<List>(), Value::object(next)));
    cur = Value::object(next);
  }
  Baseline mid = settle(in);
  EXPECT_EQ(mid.objects, base.objects + 1000001);
  head.set(Value::none());
  Baseline after = settle(in);
  EXPECT_EQ(after.objects, base.objects);
}

TEST(Gc, GarbageClassesAndSubclasses) {
  Interpreter in;
  Baseline base = settle(in);
  for (int i = 0; i < 500; i++) {
    Value a = make_class(in, "A", {});
    Value b = make_class(in, "B", {a.as<Type>()});
    Value c = make_class(in, "C", {b.as<Type>(), in.types.list});
    ASSERT_FALSE(c.is_null()) << error_text(in);
    Value inst = new_instance(in, c);
    ASSERT_FALSE(inst.is_null());
  }
  Baseline after = settle(in);
  EXPECT_EQ(after.objects, base.objects);
  // Builtin classes whose subclasses died still work (their weak lists were pruned).
  Value d = make_class(in, "D", {in.types.list});
  ASSERT_FALSE(d.is_null());
  ASSERT_EQ(setattr(in, d, in.names.__len__, getattr(in, Value::object(in.types.list), in.names.__len__)), 0);
}

TEST(Gc, StressModeCollectsAtSafepoints) {
  Interpreter in;
  in.heap.set_stress(true);
  Root keep(in, Value::object(list_new(in)));
  size_t before = in.heap.collections();
  for (int i = 0; i < 100; i++) {
    ASSERT_TRUE(list_append(in, keep.get().as<List>(), S(in, "x")));
    Value garbage = Value::object(list_new(in));
    (void)garbage;
    in.safepoint();
  }
  EXPECT_EQ(in.heap.collections(), before + 100);
  EXPECT_EQ(length(in, keep), 100);
  // No collection while nogc_depth > 0.
  {
    NoGC hold(in);
    in.safepoint();
  }
  EXPECT_EQ(in.heap.collections(), before + 100);
}

TEST(Gc, CollectHook) {
  Interpreter in;
  settle(in);
  for (int i = 0; i < 10; i++) list_new(in);
  Value freed = gc_collect(in);
  EXPECT_EQ(freed, Value::small_int(10));
}

}  // namespace
}  // namespace coil
