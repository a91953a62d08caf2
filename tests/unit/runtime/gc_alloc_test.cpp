// The heap's allocator: every size zeroed and aligned, cells reused after a collection, large
// objects, finalizers before reuse, the tail __dict__ slot, and the page allocator on its own.
#include "tests/unit/runtime/type_test_util.h"

#include <set>
#include "runtime/gc_pages.h"
#include "runtime/list.h"
#include "runtime/type_internal.h"

namespace coil {
namespace {

using namespace coil::testing;

// A native object with a pointer to another object and a payload of `extra` bytes.
struct Blob : Object {
  Object* other;
  uint64_t words[1];
};

// The test's own counters, reached through the Interpreter's root_tracers list (the
// finalizer gets only the Interpreter).
struct FinalizeLog {
  size_t finalized = 0;
  size_t other_intact = 0;   // finalizers that found their (dead) `other` still readable
};
void no_trace(void*, Tracer&) {}
FinalizeLog& log_of(Interp& in) {
  for (auto& e : in.root_tracers)
    if (e.first == no_trace) return *static_cast<FinalizeLog*>(e.second);
  std::abort();
}

void blob_trace(Object* self, Tracer& t) { t.mark(static_cast<Blob*>(self)->other); }
void blob_finalize(Interp& in, Object* self) {
  FinalizeLog& log = log_of(in);
  log.finalized++;
  auto* b = static_cast<Blob*>(self);
  if (b->other != nullptr && b->other->kind == Kind::Native && static_cast<Blob*>(b->other)->words[0] == 0xB10B)
    log.other_intact++;
}

struct BlobWorld {
  FinalizeLog log;   // outlives `in`: ~Interpreter finalizes the blobs still alive
  Interpreter in;
  Root type_root{in};
  Type* type;
  BlobWorld() {
    in.root_tracers.emplace_back(no_trace, &log);
    type = type_new_builtin(in, "blob", in.types.object, Kind::Native, sizeof(Blob), 0);
    type_root.set(Value::object(type));
    type->trace = blob_trace;
    type->finalize = blob_finalize;
    in.heap.collect(in);
  }
  Blob* blob(size_t bytes) {
    auto* b = static_cast<Blob*>(in.heap.allocate(type, Kind::Native, bytes));
    if (b != nullptr) b->words[0] = 0xB10B;
    return b;
  }
};

bool all_zero(const void* p, size_t n) {
  auto* c = static_cast<const unsigned char*>(p);
  for (size_t i = 0; i < n; i++)
    if (c[i] != 0) return false;
  return true;
}

TEST(GcAlloc, ManySizesZeroedAlignedAndFreed) {
  BlobWorld w;
  size_t objects = w.in.heap.object_count(), bytes = w.in.heap.live_bytes();
  // Dirty every size once, free it, then check that the reused memory comes back zeroed.
  for (int round = 0; round < 2; round++) {
    for (size_t size = sizeof(Blob); size <= 3 * gc::kMaxSmall; size += (size < 600 ? 1 : 97)) {
      Object* o = w.in.heap.allocate(w.type, Kind::Native, size);
      ASSERT_NE(o, nullptr);
      EXPECT_EQ(o->type, w.type);
      EXPECT_EQ(o->kind, Kind::Native);
      EXPECT_FALSE(gc_is_marked(o));
      EXPECT_EQ(o->gc_mark & ~gc::kLarge, 0);   // not marked, not a free cell
      EXPECT_TRUE(all_zero(reinterpret_cast<char*>(o) + sizeof(Object), size - sizeof(Object))) << size;
      EXPECT_GE(Heap::block_size(o), size);
      EXPECT_EQ(reinterpret_cast<uintptr_t>(o) % 8, 0u);
      if (size % 16 == 0) {
        EXPECT_EQ(reinterpret_cast<uintptr_t>(o) % 16, 0u) << size;
      }
      std::memset(reinterpret_cast<char*>(o) + sizeof(Object), 0xA5, Heap::block_size(o) - sizeof(Object));
      static_cast<Blob*>(o)->other = nullptr;
    }
    w.in.heap.collect(w.in);
    EXPECT_EQ(w.in.heap.object_count(), objects);
    EXPECT_EQ(w.in.heap.live_bytes(), bytes);
  }
}

#ifndef COIL_MALLOC_HEAP   // (malloc, and ASan's quarantine above all, need not reuse addresses)
TEST(GcAlloc, CellsAreReusedAfterCollection) {
  BlobWorld w;
  std::set<Object*> first;
  for (int i = 0; i < 20000; i++) first.insert(w.blob(80));
  w.in.heap.collect(w.in);
  size_t reused = 0;
  for (int i = 0; i < 20000; i++) reused += first.count(w.blob(80));
  // All but the rest of the page that was being filled (its never-used tail comes first).
  EXPECT_GE(reused, 20000u - gc::kPageSize / 80);
  EXPECT_EQ(w.log.finalized, 20000u);
}
#endif

TEST(GcAlloc, SurvivorsKeepTheirContents) {
  BlobWorld w;
  Root keep(w.in, Value::object(list_new(w.in)));
  for (int i = 0; i < 5000; i++) {
    Blob* b = w.blob(sizeof(Blob) + 8 * (i % 40));
    b->words[0] = uint64_t(i);
    w.blob(48);   // garbage in between
    if (i % 3 == 0) {
      ASSERT_TRUE(list_append(w.in, keep.get().as<List>(), Value::object(b)));
    }
  }
  for (int round = 0; round < 3; round++) {
    w.in.heap.collect(w.in);
    for (int i = 0; i < 3000; i++) w.blob(sizeof(Blob) + 8 * (i % 40));   // refill freed cells
  }
  List* l = keep.get().as<List>();
  ASSERT_EQ(l->size, 1667u);
  for (size_t j = 0; j < l->size; j++) EXPECT_EQ(l->items[j].as<Blob>()->words[0], uint64_t(3 * j));
}

TEST(GcAlloc, LargeObjects) {
  BlobWorld w;
  size_t objects = w.in.heap.object_count(), bytes = w.in.heap.live_bytes();
  Root keep(w.in, Value::object(w.blob(1 << 20)));
  for (int i = 0; i < 50; i++) {
    Blob* b = w.blob(gc::kMaxSmall + 1 + size_t(i) * 1000);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(b) % 16, 0u);
    EXPECT_GE(Heap::block_size(b), gc::kMaxSmall + 1 + size_t(i) * 1000);
  }
  w.in.heap.collect(w.in);
  EXPECT_EQ(w.in.heap.object_count(), objects + 1);
  EXPECT_EQ(w.in.heap.live_bytes(), bytes + Heap::block_size(keep.get().as_object()));
  EXPECT_EQ(w.log.finalized, 50u);
  keep.set(Value::none());
  w.in.heap.collect(w.in);
  EXPECT_EQ(w.in.heap.object_count(), objects);
  EXPECT_EQ(w.in.heap.live_bytes(), bytes);
}

TEST(GcAlloc, FinalizersSeeOtherDeadObjectsIntact) {
  BlobWorld w;
  // Chains that die together, small and large mixed, pointing both ways.
  for (int i = 0; i < 3000; i++) {
    Blob* a = w.blob(i % 7 == 0 ? gc::kMaxSmall * 2 : 64);
    Blob* b = w.blob(i % 5 == 0 ? gc::kMaxSmall * 3 : 200);
    a->other = b;
    b->other = a;
  }
  w.in.heap.collect(w.in);
  EXPECT_EQ(w.log.finalized, 6000u);
  EXPECT_EQ(w.log.other_intact, 6000u);
}

TEST(GcAlloc, TailDictSlotOfVariableSizeSubclasses) {
  Interpreter in;
  Root cls(in, make_class(in, "T", {in.types.tuple}));
  ASSERT_FALSE(cls.get().is_null()) << error_text(in);
  Type* t = cls.get().as<Type>();
  ASSERT_LT(t->dict_offset, 0);
  for (size_t size = sizeof(Object); size < 3 * gc::kMaxSmall; size += 40) {
    Object* o = in.heap.allocate(t, Kind::Tuple, size);
    ASSERT_NE(o, nullptr);
    Dict** slot = instance_dict_slot(o);
    ASSERT_NE(slot, nullptr);
    char* p = reinterpret_cast<char*>(slot);
    // The slot lies past the requested bytes and inside the block, and starts out null.
    EXPECT_GE(p, reinterpret_cast<char*>(o) + size);
    EXPECT_LE(p + sizeof(Dict*), reinterpret_cast<char*>(o) + Heap::block_size(o));
    EXPECT_EQ(*slot, nullptr);
  }
  // And it is traced: a dict stored there survives a collection.
  Root inst(in, Value::object(in.heap.allocate(t, Kind::Tuple, sizeof(Object) + 16)));
  *instance_dict_slot(inst.get().as_object()) = dict_new(in);
  dict_set_cstr(in, *instance_dict_slot(inst.get().as_object()), "k", S(in, "kept"));
  in.heap.collect(in);
  for (int i = 0; i < 1000; i++) dict_new(in);   // would reuse the dict's cell if it were freed
  Value v = dict_get_cstr(in, *instance_dict_slot(inst.get().as_object()), "k");
  EXPECT_EQ(text(in, v), "kept");
}

TEST(GcAlloc, StressModeWithChurn) {
  Interpreter in;
  in.heap.set_stress(true);
  Root keep(in, Value::object(list_new(in)));
  for (int i = 0; i < 300; i++) {
    for (int j = 0; j < 20; j++) list_new(in, size_t(j));   // garbage of assorted sizes
    ASSERT_TRUE(list_append(in, keep.get().as<List>(), S(in, std::string(size_t(i) * 37, 'x').c_str())));
    in.safepoint();
  }
  List* l = keep.get().as<List>();
  ASSERT_EQ(l->size, 300u);
  for (size_t i = 0; i < l->size; i++) EXPECT_EQ(l->items[i].as<Str>()->view().size(), i * 37);
}

TEST(GcAlloc, ReleaseAllFinalizesEverything) {
  BlobWorld w;
  for (int i = 0; i < 1000; i++) w.blob(i % 10 == 0 ? 20000 : 72);
  w.in.heap.release_all();
  EXPECT_EQ(w.log.finalized, 1000u);
  EXPECT_EQ(w.in.heap.object_count(), 0u);
  EXPECT_EQ(w.in.heap.live_bytes(), 0u);
}

#ifndef COIL_MALLOC_HEAP
TEST(GcPages, SizeClassTable) {
  size_t prev = 0;
  for (size_t i = 0; i < gc::SizeClasses::kCount; i++) {
    size_t s = gc::kClasses.size[i];
    EXPECT_GT(s, prev);
    EXPECT_EQ(s % 8, 0u);
    // Waste bounded by about an eighth of the size (8 bytes for the small classes).
    if (prev >= 256) {
      EXPECT_LE(s - prev, prev / 8 + 1) << s;
    }
    prev = s;
  }
  for (size_t b = 1; b <= gc::kMaxSmall; b++) {
    size_t c = gc::cell_size_for(b);
    ASSERT_GE(c, b);
    if (b >= 24 && b % 16 == 0) {
      EXPECT_EQ(c % 16, 0u) << b;
    }
  }
}

TEST(GcPages, EmptyPagesArePooledAndReusedByAnyClass) {
  gc::PageAllocator pages;
  size_t cell = 0;
  std::vector<Object*> objs;
  for (int i = 0; i < 100000; i++) objs.push_back(pages.allocate(64, &cell));
  EXPECT_EQ(cell, 64u);
  size_t used = pages.pages_in_use();
  EXPECT_GE(used, 100000 * 64 / gc::kPageSize);
  // Nothing marked: everything dies (no types, so no finalizers).
  Interpreter in;
  gc::SweepCounts counts;
  pages.sweep(in, counts);
  EXPECT_EQ(counts.freed_objects, 100000u);
  EXPECT_EQ(counts.freed_bytes, 100000u * 64);
  EXPECT_EQ(pages.pages_in_use(), 1u);   // only the class's bump page stays
  pages.release_empty_pages(size_t(1) << 30);
  EXPECT_EQ(pages.pooled_pages(), used - 1);
  // Another size class takes the pooled pages, and gets zeroed memory from them.
  for (int i = 0; i < 20000; i++) {
    Object* o = pages.allocate(200, &cell);
    ASSERT_TRUE(all_zero(o, cell));
    std::memset(static_cast<void*>(o), 0x5A, cell);
    o->type = nullptr;   // dead without a finalizer at the next sweep
    o->gc_mark = 0;
  }
  EXPECT_LT(pages.pooled_pages(), used - 1);
  // Returned to the OS: still zero when taken again.
  gc::SweepCounts again;
  pages.sweep(in, again);
  pages.release_empty_pages(0);
  for (int i = 0; i < 20000; i++) {
    Object* o = pages.allocate(120, &cell);
    ASSERT_TRUE(all_zero(o, cell));
  }
}
#endif

}  // namespace
}  // namespace coil
