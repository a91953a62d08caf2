// The heap's small-object allocator: size classes carved from 64 KiB pages of mmap'd chunks.
// No per-object header (a cell's size is its page's); free cells are found by scanning the
// pages a sweep left holes in, so no link word is needed in the object header.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>
#include "runtime/object.h"

namespace coil::gc {

// Why these numbers:
// - 64 KiB pages hold ~800 typical 80-byte objects: big enough that the page header and the
//   unusable tail cost < 1%, small enough that a burst of garbage empties whole pages, which
//   then go back to a pool any size class can take.
// - Classes step by 8 bytes up to 256 (most objects: a 16-byte header plus a few words, so
//   rounding waste stays under 8 bytes), then by ~1/8 of the size up to 8 KiB. A class that
//   is a multiple of 16 has 16-aligned cells (cells start 64 bytes into an aligned page), so
//   anything with alignof 16 (whose sizeof is then a multiple of 16) gets 16-aligned memory.
// - Above 8 KiB objects are malloc'd one by one (runtime/gc.cpp): a page would hold too few.
constexpr size_t kPageSize = size_t(64) << 10;
constexpr size_t kPageHeader = 64;
constexpr size_t kMaxSmall = 8192;
constexpr size_t kChunkPages = 64;   // pages mapped at a time (4 MiB of address space)

// Object::gc_mark bits. kMarked is what the rest of coil sees (gc_is_marked in gc.h);
// kFreeCell tags a free cell so the sweep and the allocator can tell it from an object;
// kLarge stays set on objects malloc'd outside the pages (Heap::block_size tells them apart).
constexpr uint8_t kMarked = 1;
constexpr uint8_t kFreeCell = 2;
constexpr uint8_t kLarge = 4;

// At the start of every page. Cells fill [first_cell(), top); above top the page has never
// been handed out since it was given to its size class (the class's bump region).
struct Page {
  Page* next;            // next page of the same size class, or of the empty pool
  Page* next_holey;      // next page of its class that the last sweep left free cells in
  char* top;
  uint32_t cell_size;
  bool dirty;            // memory may be non-zero (reused page); fresh/madvised pages are zero
  char* first_cell() { return reinterpret_cast<char*>(this) + kPageHeader; }
  char* cells_end() {
    return first_cell() + (kPageSize - kPageHeader) / cell_size * cell_size;
  }
};
static_assert(sizeof(Page) <= kPageHeader);

inline Page* page_of(const void* p) {
  return reinterpret_cast<Page*>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t(kPageSize - 1));
}

// The size-class table, computed at compile time (immutable, so not global mutable state).
struct SizeClasses {
  static constexpr size_t kCount = 71;
  uint16_t size[kCount] = {};
  uint8_t of_words[kMaxSmall / 8 + 1] = {};   // (bytes + 7) / 8 -> class index
  constexpr SizeClasses() {
    size_t n = 0;
    for (size_t s = 16; s <= 256; s += 8) size[n++] = uint16_t(s);
    for (size_t step = 32; step <= 512; step *= 2)
      for (size_t s = step * 8 + step; s <= step * 16; s += step) size[n++] = uint16_t(s);
    size_t c = 0;
    for (size_t w = 0; w <= kMaxSmall / 8; w++) {
      while (size[c] < w * 8) c++;
      of_words[w] = uint8_t(c);
    }
  }
};
inline constexpr SizeClasses kClasses{};
static_assert(kClasses.size[SizeClasses::kCount - 1] == kMaxSmall);

// Cell size a request of `bytes` (<= kMaxSmall) gets.
inline size_t cell_size_for(size_t bytes) { return kClasses.size[kClasses.of_words[(bytes + 7) >> 3]]; }

// What a sweep found.
struct SweepCounts {
  size_t freed_objects = 0, freed_bytes = 0;
};

class PageAllocator {
 public:
  PageAllocator() {
    for (size_t i = 0; i < SizeClasses::kCount; i++) classes_[i].cell_size = kClasses.size[i];
  }
  PageAllocator(const PageAllocator&) = delete;
  PageAllocator& operator=(const PageAllocator&) = delete;
  ~PageAllocator() { release(); }

  // Zeroed memory for an object of `bytes` <= kMaxSmall; *cell gets the cell's size.
  // Null when the system is out of memory.
  Object* allocate(size_t bytes, size_t* cell) {
    uint8_t c = kClasses.of_words[(bytes + 7) >> 3];
    Class& k = classes_[c];
    size_t cs = k.cell_size;
    *cell = cs;
    // Holes left by the last sweep first (reusing warm memory), one cell compare per step.
    for (char* c = k.scan; c < k.scan_end; c += cs) {
      if (reinterpret_cast<Object*>(c)->gc_mark == kFreeCell) {
        k.scan = c + cs;
        std::memset(static_cast<void*>(c), 0, cs);
        return reinterpret_cast<Object*>(c);
      }
    }
    if (k.holey != nullptr) return next_holey_page(c);
    if (size_t(k.bump_end - k.bump) >= cs) {   // (both null before the first page)
      auto* o = reinterpret_cast<Object*>(k.bump);
      k.bump += cs;
      if (k.bump_dirty) std::memset(static_cast<void*>(o), 0, cs);
      return o;
    }
    return refill(c);
  }

  // Calls fn(Object*) for every allocated (not free) cell.
  template <class Fn>
  void for_each_object(Fn fn) {
    sync_bump();
    for (Class& k : classes_)
      for (Page* p = k.pages; p != nullptr; p = p->next)
        for (char* c = p->first_cell(); c < p->top; c += k.cell_size) {
          auto* o = reinterpret_cast<Object*>(c);
          if (o->gc_mark != kFreeCell) fn(o);
        }
  }

  // After marking: runs the finalizer of every unmarked object and turns it into a free cell
  // (only its gc_mark changes, so every dead object stays readable until reused: a finalizer
  // may look at other dead objects), clears the marks of survivors, and lists the pages with
  // free cells for the allocator to scan. Pages left with no live cell are unlinked and kept
  // aside; release_empty_pages() pools them, which the caller does only after every other
  // finalizer has run.
  void sweep(Interp& interp, SweepCounts& counts);
  // Moves the pages emptied by the last sweep to the pool; pooled bytes beyond keep_bytes
  // are given back to the OS (madvise), which also makes them zero again.
  void release_empty_pages(size_t keep_bytes);

  // Unmaps everything (no finalizers).
  void release();

  size_t pages_in_use() const { return pages_in_use_; }
  size_t pooled_pages() const { return pooled_; }

 private:
  struct Class {
    char* scan = nullptr;        // where to look for the next free cell in the holey page
    char* scan_end = nullptr;    //   being scanned (its top); cells there are dirty memory
    Page* holey = nullptr;       // pages still to scan, linked through Page::next_holey
    char* bump = nullptr;        // next never-used cell of bump_page
    char* bump_end = nullptr;
    Page* bump_page = nullptr;
    bool bump_dirty = false;
    uint32_t cell_size = 0;
    Page* pages = nullptr;       // every page of this class, bump_page included
  };
  Object* refill(uint8_t c);     // a new bump page for class c, then allocates from it
  Object* next_holey_page(uint8_t c);   // moves the scan to the next holey page, allocates
  Page* take_page();             // from the pool, else from the current chunk, else a new chunk
  void sync_bump();              // writes each class's bump pointer back to its page's top

  Class classes_[SizeClasses::kCount];
  Page* pool_ = nullptr;         // empty pages, any class may take them
  size_t pooled_ = 0;
  Page* emptied_ = nullptr;      // emptied by the last sweep, not yet pooled
  char* chunk_next_ = nullptr;   // unused pages of the newest chunk
  char* chunk_end_ = nullptr;
  std::vector<void*> chunks_;    // mmap'd regions, for release()
  size_t pages_in_use_ = 0;
};

}  // namespace coil::gc
