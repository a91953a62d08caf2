// The heap: calloc-backed allocation of every object and the mark-and-sweep collector.
// Sweeping is two-phase (finalize every dead object, then free them) so finalizers may look at
// other dead objects (a class at its bases, a generator at its code) without use-after-free.
#include "runtime/gc.h"

#include <malloc.h>
#include <cstdlib>
#include <cstring>
#include "runtime/gc_api.h"
#include "runtime/int.h"
#include "runtime/interpreter.h"
#include "runtime/type_internal.h"

namespace coil {

namespace {

// Bytes an object really occupies (what malloc gave us), so that accounting at allocation
// and at free agree without storing a size in every header.
inline size_t block_size(const Object* o) { return malloc_usable_size(const_cast<Object*>(o)); }

}  // namespace

Dict** instance_dict_slot(Object* obj) {
  Type* t = obj->type;
  if (t == nullptr || t->dict_offset == 0) return nullptr;
  if (t->dict_offset > 0) return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj) + t->dict_offset);
  // Variable-size layouts (str, tuple, bytes subclasses): the slot is the last word of the block,
  // reserved by Heap::allocate.
  size_t n = block_size(obj);
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj) + ((n - sizeof(Dict*)) & ~size_t(7)));
}

uint32_t slots_start(const Type* t) {
  while (t->base != nullptr && (t->type_flags & kTypeHeap)) t = t->base;
  uint32_t s = t->instance_size < sizeof(Object) ? uint32_t(sizeof(Object)) : t->instance_size;
  return (s + 7u) & ~7u;
}

Object* Heap::allocate(Type* type, Kind kind, size_t size) {
  bool tail_dict = false;
  if (type != nullptr && (type->type_flags & kTypeHeap)) {
    // Builtin constructors of a subclass may allocate only the builtin's size; the subclass's
    // __dict__ slot must exist regardless.
    if (type->dict_offset >= 0 && size < type->instance_size) size = type->instance_size;
    if (type->dict_offset < 0) { size += sizeof(Dict*) + 8; tail_dict = true; }
  }
  if (size < sizeof(Object)) size = sizeof(Object);
  auto* o = static_cast<Object*>(std::calloc(1, size));
  if (o == nullptr) return nullptr;
  size_t real = block_size(o);
  if (tail_dict) std::memset(reinterpret_cast<char*>(o) + size, 0, real - size);
  o->type = type;
  o->kind = kind;
  o->gc_next = all_;
  all_ = o;
  live_ += real;
  debt_ += real;
  count_++;
  return o;
}

void Tracer::drain() {
  while (!gray_.empty()) {
    Object* o = gray_.back();
    gray_.pop_back();
    Type* t = o->type;
    if (t == nullptr) continue;
    mark(t);   // heap classes can be garbage: an instance keeps its class alive
    if (t->trace != nullptr) t->trace(o, *this);
    if (t->dict_offset != 0) {
      Dict** slot = instance_dict_slot(o);
      if (slot != nullptr) mark(reinterpret_cast<Object*>(*slot));
    }
    if (t->type_flags & kTypeSlotted) {
      uint32_t start = slots_start(t);
      if (t->instance_size > start)
        mark_range(reinterpret_cast<const Value*>(reinterpret_cast<char*>(o) + start), (t->instance_size - start) / 8);
    }
  }
}

void Heap::collect(Interp& interp) {
  collections_++;
  Tracer tracer;
  interp.trace_roots(tracer);
  tracer.drain();
  // Weak tables drop what died; a hook may resurrect objects it still has to report on.
  for (auto& hook : interp.weak_hooks) {
    hook.first(hook.second, tracer);
    tracer.drain();
  }

  // Unlink the unmarked objects into a dead list; clear the marks of survivors.
  Object* dead = nullptr;
  Object** link = &all_;
  while (Object* o = *link) {
    if (o->gc_mark) {
      o->gc_mark = 0;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      o->gc_next = dead;
      dead = o;
    }
  }
  // Phase 1: finalizers (none may run Python or allocate).
  for (Object* o = dead; o != nullptr; o = o->gc_next)
    if (o->type != nullptr && o->type->finalize != nullptr) o->type->finalize(interp, o);
  // Phase 2: free.
  while (dead != nullptr) {
    Object* next = dead->gc_next;
    live_ -= block_size(dead);
    count_--;
    std::free(dead);
    dead = next;
  }
  debt_ = 0;
  size_t in_use = live_ + (external_ > 0 ? size_t(external_) : 0);
  size_t next = in_use * 2;
  threshold_ = next < (size_t(8) << 20) ? (size_t(8) << 20) : next;
}

Heap::~Heap() {
  // Finalize everything first (types' finalizers look at their bases), then free.
  if (owner_ != nullptr)
    for (Object* o = all_; o != nullptr; o = o->gc_next)
      if (o->type != nullptr && o->type->finalize != nullptr) o->type->finalize(*owner_, o);
  while (all_ != nullptr) {
    Object* next = all_->gc_next;
    std::free(all_);
    all_ = next;
  }
  live_ = 0;
  count_ = 0;
}

Value gc_collect(Interp& interp) {
  if (interp.nogc_depth > 0) return Value::small_int(0);
  size_t before = interp.heap.object_count();
  interp.heap.collect(interp);
  size_t after = interp.heap.object_count();
  return make_int(interp, int64_t(before > after ? before - after : 0));
}

}  // namespace coil
