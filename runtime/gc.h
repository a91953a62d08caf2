// The heap: allocation of every Object and a precise, non-moving mark-and-sweep collector.
// Allocation never collects; collection happens only at VM safe points (see Interpreter::safepoint).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>
#include "runtime/object.h"

namespace coil {

// Marks objects reachable from a root. Uses an explicit gray stack, so deep object graphs
// (a linked list of a million nodes) do not recurse on the C++ stack.
class Tracer {
 public:
  void mark(Value v) { if (v.is_object()) mark(v.as_object()); }
  void mark(const Object* o) {
    if (o != nullptr && !o->gc_mark) {
      const_cast<Object*>(o)->gc_mark = 1;
      gray_.push_back(const_cast<Object*>(o));
    }
  }
  void mark_range(const Value* p, size_t n) { for (size_t i = 0; i < n; i++) mark(p[i]); }
  void drain();   // traces every gray object's children until none is left

 private:
  std::vector<Object*> gray_;
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

  void set_stress(bool on) { stress_ = on; }   // collect at every safe point (tests)
  size_t live_bytes() const { return live_; }
  size_t object_count() const { return count_; }
  size_t collections() const { return collections_; }

 private:
  friend struct Interpreter;
  Object* all_ = nullptr;
  size_t live_ = 0, count_ = 0, debt_ = 0, collections_ = 0;
  ptrdiff_t external_ = 0;
  size_t threshold_ = size_t(8) << 20;
  bool stress_ = false;
  Interp* owner_ = nullptr;   // set by the Interpreter; finalizers need it
};

// Typed allocation helper: T must start with an Object header (derive from Object).
// `extra` bytes are appended (for flexible arrays).
template <class T>
T* gc_new(Heap& heap, Type* type, Kind kind, size_t extra = 0) {
  return static_cast<T*>(heap.allocate(type, kind, sizeof(T) + extra));
}

}  // namespace coil
