// The heap: small objects in size-class pages (runtime/gc_pages.h), large ones calloc'd, and
// the mark-and-sweep collector with its pacing. Finalizers of all dead objects run before any
// memory is reused or given back, so a finalizer may look at other dead objects (a class at
// its bases, a generator at its code) without use-after-free.
#include "runtime/gc.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include "runtime/gc_api.h"
#include "runtime/int.h"
#include "runtime/interpreter.h"
#include "runtime/type_internal.h"

namespace coil {

size_t Heap::block_size(const Object* o) {
  if (o->gc_mark & gc::kLarge) return reinterpret_cast<const LargeHeader*>(o)[-1].size;
  return gc::page_of(o)->cell_size;
}

Dict** instance_dict_slot(Object* obj) {
  Type* t = obj->type;
  if (t == nullptr || t->dict_offset == 0) return nullptr;
  if (t->dict_offset > 0) return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj) + t->dict_offset);
  // Variable-size layouts (str, tuple, bytes subclasses): the slot is the last word of the block,
  // reserved by Heap::allocate.
  size_t n = Heap::block_size(obj);
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj) + ((n - sizeof(Dict*)) & ~size_t(7)));
}

uint32_t slots_start(const Type* t) {
  while (t->base != nullptr && (t->type_flags & kTypeHeap)) t = t->base;
  uint32_t s = t->instance_size < sizeof(Object) ? uint32_t(sizeof(Object)) : t->instance_size;
  return (s + 7u) & ~7u;
}

Object* Heap::allocate_large(size_t size) {
#ifndef COIL_MALLOC_HEAP
  size = (size + 7) & ~size_t(7);   // (under COIL_MALLOC_HEAP, exact: ASan sees every overrun)
#endif
  auto* h = static_cast<LargeHeader*>(std::calloc(1, sizeof(LargeHeader) + size));
  if (h == nullptr) return nullptr;
  h->size = size;
  h->next = large_;
  large_ = h;
  Object* o = h->object();
  o->gc_mark = gc::kLarge;
  return o;
}

Object* Heap::allocate(Type* type, Kind kind, size_t size) {
  if (type != nullptr && (type->type_flags & kTypeHeap)) {
    // Builtin constructors of a subclass may allocate only the builtin's size; the subclass's
    // __dict__ slot must exist regardless.
    if (type->dict_offset >= 0 && size < type->instance_size) size = type->instance_size;
    // The tail __dict__ slot: the last word of the block (instance_dict_slot), beyond what
    // the builtin layout uses. The whole block is zeroed, so the slot starts out null.
    if (type->dict_offset < 0) size += sizeof(Dict*) + 8;
  }
  if (size < sizeof(Object)) size = sizeof(Object);
  Object* o;
  size_t real;
#ifndef COIL_MALLOC_HEAP
  if (size <= gc::kMaxSmall) {
    o = pages_.allocate(size, &real);
    if (o == nullptr) return nullptr;
  } else
#endif
  {
    o = allocate_large(size);
    if (o == nullptr) return nullptr;
    real = block_size(o);
  }
  o->type = type;
  o->kind = kind;
  live_ += real;
  debt_ += real;
  count_++;
  return o;
}

Tracer::~Tracer() { std::free(base_); }

void Tracer::grow() {
  size_t n = size_t(top_ - base_), cap = size_t(end_ - base_);
  size_t ncap = cap < 1024 ? 1024 : cap * 2;
  auto* nb = static_cast<Object**>(std::realloc(base_, ncap * sizeof(Object*)));
  if (nb == nullptr) {
    // Cannot continue marking correctly: freeing reachable objects would be worse.
    std::fprintf(stderr, "coil: out of memory while collecting garbage\n");
    std::abort();
  }
  base_ = nb;
  top_ = nb + n;
  end_ = nb + ncap;
}

void Tracer::trim() {
  if (size_t(end_ - base_) <= (size_t(1) << 16)) return;
  std::free(base_);
  base_ = top_ = end_ = nullptr;
}

void Tracer::drain() {
  while (top_ != base_) {
    Object* o = *--top_;
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

void Heap::sweep_large(Interp& interp, size_t* freed_objects, size_t* freed_bytes) {
  // Unlink the dead into their own chain and finalize them; free only once every finalizer
  // (the pages' ran already) is done.
  LargeHeader* dead = nullptr;
  LargeHeader** link = &large_;
  while (LargeHeader* h = *link) {
    Object* o = h->object();
    if (o->gc_mark & gc::kMarked) {
      o->gc_mark = gc::kLarge;
      link = &h->next;
      continue;
    }
    *link = h->next;
    if (o->type != nullptr && o->type->finalize != nullptr) o->type->finalize(interp, o);
    h->next = dead;
    dead = h;
  }
  while (dead != nullptr) {
    LargeHeader* next = dead->next;
    *freed_bytes += dead->size;
    ++*freed_objects;
    std::free(dead);
    dead = next;
  }
}

void Heap::collect(Interp& interp) {
  collections_++;
  Tracer& tracer = tracer_;
  interp.trace_roots(tracer);
  tracer.drain();
  // Weak tables drop what died; a hook may resurrect objects it still has to report on.
  for (auto& hook : interp.weak_hooks) {
    hook.first(hook.second, tracer);
    tracer.drain();
  }
  tracer.trim();

  // Sweep: finalizers run as dead objects are found (pages first, then large objects); no
  // memory is handed back until all of them have run (pages_.release_empty_pages, free).
  gc::SweepCounts counts;
  pages_.sweep(interp, counts);
  size_t freed_objects = counts.freed_objects, freed_bytes = counts.freed_bytes;
  sweep_large(interp, &freed_objects, &freed_bytes);
  live_ -= freed_bytes;
  count_ -= freed_objects;
  pace();
  // Emptied pages: keep what the program is likely to reuse soon (at least a cycle's worth of
  // allocation, and as much as is live: a heap that shrank often grows back), return the rest.
  // Giving pages back lowers the resident size, not its peak, and costs page faults on reuse.
  pages_.release_empty_pages(threshold_ > live_ ? threshold_ : live_);
}

// When the next collection comes: once the bytes allocated since this one (objects plus
// accounted external memory) reach kGrowth times what is in use now (but at least
// kMinThreshold, so small programs are not collected constantly). The heap's peak is then
// about in_use * (1 + kGrowth), and the collector's work per allocated byte about
// 1 / kGrowth (each collection marks everything live). Measured on bench/async (100,000
// tasks): kGrowth 2 -> 0.25 cut the peak per suspended task by ~400 bytes for ~15% more
// time on many_tasks, which stays far below CPython's. 0.25 is also CPython's rule for a
// full collection (when objects pending promotion exceed a quarter of the long-lived ones).
void Heap::pace() {
  debt_ = 0;
  size_t in_use = live_ + (external_ > 0 ? size_t(external_) : 0);
  size_t next = size_t(double(in_use) * kGrowth);
  threshold_ = next < kMinThreshold ? kMinThreshold : next;
}

void Heap::release_all() {
  // Finalize everything first (types' finalizers look at their bases), then free.
  if (owner_ != nullptr) {
    Interp& interp = *owner_;
    pages_.for_each_object([&interp](Object* o) {
      if (o->type != nullptr && o->type->finalize != nullptr) o->type->finalize(interp, o);
    });
    for (LargeHeader* h = large_; h != nullptr; h = h->next) {
      Object* o = h->object();
      if (o->type != nullptr && o->type->finalize != nullptr) o->type->finalize(interp, o);
    }
  }
  while (large_ != nullptr) {
    LargeHeader* next = large_->next;
    std::free(large_);
    large_ = next;
  }
  pages_.release();
  live_ = 0;
  count_ = 0;
}

Heap::~Heap() { release_all(); }

Value gc_collect(Interp& interp) {
  if (interp.nogc_depth > 0) return Value::small_int(0);
  size_t before = interp.heap.object_count();
  interp.heap.collect(interp);
  size_t after = interp.heap.object_count();
  return make_int(interp, int64_t(before > after ? before - after : 0));
}

}  // namespace coil
