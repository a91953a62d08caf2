// The heap: allocation of every Object and a precise, non-moving mark-and-sweep collector.
// Allocation never collects; collection happens only at VM safe points (see Interpreter::safepoint).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>
#include "runtime/gc_pages.h"
#include "runtime/object.h"

// COIL_MALLOC_HEAP: every object is calloc'd on its own (as large objects always are), so that
// ASan and valgrind see each object's lifetime; the page allocator hides those from them.
// ASan builds get it automatically.
#if !defined(COIL_MALLOC_HEAP) && !defined(COIL_PAGE_HEAP)
#if defined(__SANITIZE_ADDRESS__)
#define COIL_MALLOC_HEAP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COIL_MALLOC_HEAP 1
#endif
#endif
#endif

namespace coil {

// Marks objects reachable from a root. Uses an explicit gray stack, so deep object graphs
// (a linked list of a million nodes) do not recurse on the C++ stack. The stack is a bare
// array whose growth is out of line, so that mark() stays small enough to be inlined into
// every trace function; the Heap keeps one Tracer, so the stack keeps its capacity.
class Tracer {
 public:
  Tracer() = default;
  Tracer(const Tracer&) = delete;
  Tracer& operator=(const Tracer&) = delete;
  ~Tracer();
  void mark(Value v) { if (v.is_object()) mark(v.as_object()); }
  void mark(const Object* o) {
    if (o != nullptr && !(o->gc_mark & gc::kMarked)) {
      const_cast<Object*>(o)->gc_mark |= gc::kMarked;
      if (top_ == end_) grow();
      *top_++ = const_cast<Object*>(o);
    }
  }
  void mark_range(const Value* p, size_t n) { for (size_t i = 0; i < n; i++) mark(p[i]); }
  void drain();   // traces every gray object's children until none is left

 private:
  friend class Heap;
  void grow();
  void trim();    // drops a huge stack left by a huge graph
  Object** base_ = nullptr;
  Object** top_ = nullptr;
  Object** end_ = nullptr;
};

class Heap {
 public:
  Heap() = default;
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;
  ~Heap();  // frees every object (finalizers run) — the Interpreter is going away

  // Returns zeroed memory of `size` bytes with the header filled in and linked into the heap.
  // Never runs the collector (so natives may allocate freely between safe points).
  // Out of memory: returns nullptr; callers raise MemoryError.
  Object* allocate(Type* type, Kind kind, size_t size);

  // Memory owned by an object outside the heap (a list's item array, a dict's table):
  // counted so that collections are paced by all memory, not just headers.
  void account(ptrdiff_t bytes) { external_ += bytes; debt_ += bytes > 0 ? size_t(bytes) : 0; }

  bool wants_collection() const { return stress_ || debt_ >= threshold_; }
  void collect(Interp& interp);   // roots come from Interpreter::trace_roots

  // Finalizes every object, then frees them all; the heap is empty (and usable) afterwards.
  // What ~Interpreter calls while the Interpreter's members are still alive for finalizers.
  void release_all();

  void set_stress(bool on) { stress_ = on; }   // collect at every safe point (tests)
  size_t live_bytes() const { return live_; }
  size_t object_count() const { return count_; }
  size_t collections() const { return collections_; }
  // Bytes an object occupies in the heap (its cell, or its malloc'd block without header).
  static size_t block_size(const Object* o);

 private:
  friend struct Interpreter;
  // Objects too big for a page (and every object under COIL_MALLOC_HEAP) are calloc'd with a
  // 16-byte LargeHeader in front, chained through it, and carry gc::kLarge in gc_mark.
  struct LargeHeader {
    LargeHeader* next;
    size_t size;     // (two words: keeps the object 16-aligned)
    Object* object() { return reinterpret_cast<Object*>(this + 1); }
  };
  Object* allocate_large(size_t size);
  void sweep_large(Interp& interp, size_t* freed_objects, size_t* freed_bytes);
  void pace();

  gc::PageAllocator pages_;
  LargeHeader* large_ = nullptr;
  Tracer tracer_;               // kept between collections so its stack keeps its capacity
  size_t live_ = 0, count_ = 0, debt_ = 0, collections_ = 0;
  ptrdiff_t external_ = 0;
  size_t threshold_ = kMinThreshold;
  bool stress_ = false;
  Interp* owner_ = nullptr;   // set by the Interpreter; finalizers need it
  static constexpr size_t kMinThreshold = size_t(8) << 20;
  static constexpr double kGrowth = 0.25;   // see Heap::pace in gc.cpp

};

// Whether the current (or last) collection found `o` reachable: for weak tables' hooks.
inline bool gc_is_marked(const Object* o) { return (o->gc_mark & gc::kMarked) != 0; }
// A weak hook keeping `o` alive without tracing its children (a weak table's own storage).
inline void gc_mark_only(Object* o) { o->gc_mark |= gc::kMarked; }

// Typed allocation helper: T must start with an Object header (derive from Object).
// `extra` bytes are appended (for flexible arrays).
template <class T>
T* gc_new(Heap& heap, Type* type, Kind kind, size_t extra = 0) {
  return static_cast<T*>(heap.allocate(type, kind, sizeof(T) + extra));
}

}  // namespace coil
