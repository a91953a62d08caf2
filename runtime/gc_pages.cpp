// The small-object allocator's slow paths: getting pages (pool, chunk, mmap), sweeping a class
// page by page, and pooling or returning emptied pages.
#include "runtime/gc_pages.h"

#include <sys/mman.h>
#include <unistd.h>

namespace coil::gc {

void PageAllocator::sync_bump() {
  for (Class& k : classes_)
    if (k.bump_page != nullptr) k.bump_page->top = k.bump;
}

Page* PageAllocator::take_page() {
  Page* p;
  if (pool_ != nullptr) {
    p = pool_;
    pool_ = p->next;
    pooled_--;
  } else {
    if (chunk_next_ == chunk_end_) {
      // Map one page more than needed and trim, so the chunk (and each page) is aligned.
      size_t bytes = kChunkPages * kPageSize;
      void* raw = mmap(nullptr, bytes + kPageSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (raw == MAP_FAILED) return nullptr;
      auto start = reinterpret_cast<uintptr_t>(raw);
      uintptr_t base = (start + kPageSize - 1) & ~uintptr_t(kPageSize - 1);
      if (base > start) munmap(raw, base - start);
      uintptr_t end = start + bytes + kPageSize;
      if (end > base + bytes) munmap(reinterpret_cast<void*>(base + bytes), end - (base + bytes));
      chunks_.push_back(reinterpret_cast<void*>(base));
      chunk_next_ = reinterpret_cast<char*>(base);
      chunk_end_ = chunk_next_ + bytes;
    }
    p = reinterpret_cast<Page*>(chunk_next_);
    chunk_next_ += kPageSize;
    p->dirty = false;   // fresh anonymous memory is zero
  }
  pages_in_use_++;
  return p;
}

Object* PageAllocator::refill(uint8_t c) {
  Class& k = classes_[c];
  Page* p = take_page();
  if (p == nullptr) return nullptr;
  if (k.bump_page != nullptr) k.bump_page->top = k.bump;
  p->next = k.pages;
  k.pages = p;
  p->cell_size = k.cell_size;
  p->top = p->first_cell();
  k.bump_page = p;
  k.bump = p->first_cell();
  k.bump_end = p->cells_end();
  k.bump_dirty = p->dirty;
  size_t cell;
  return allocate(k.cell_size, &cell);
}

Object* PageAllocator::next_holey_page(uint8_t c) {
  Class& k = classes_[c];
  Page* p = k.holey;
  k.holey = p->next_holey;
  k.scan = p->first_cell();
  k.scan_end = p->top;
  size_t cell;
  return allocate(k.cell_size, &cell);
}

void PageAllocator::sweep(Interp& interp, SweepCounts& counts) {
  sync_bump();
  for (Class& k : classes_) {
    const size_t cs = k.cell_size;
    // The holey list is rebuilt in page order, so cells of one page are reused together
    // (locality) and an empty page contributes none.
    k.scan = k.scan_end = nullptr;
    k.holey = nullptr;
    Page** holey_tail = &k.holey;
    Page** link = &k.pages;
    while (Page* p = *link) {
      uint32_t live = 0;
      size_t freed = 0;
      bool holes = false;
      char* top = p->top;
      for (char* c = p->first_cell(); c < top; c += cs) {
        auto* o = reinterpret_cast<Object*>(c);
        uint8_t m = o->gc_mark;
        if (m == kMarked) {
          o->gc_mark = 0;
          live++;
          continue;
        }
        if (m == 0) {   // dead: finalize now; its memory stays intact until reused
          Type* t = o->type;
          if (t != nullptr && t->finalize != nullptr) t->finalize(interp, o);
          o->gc_mark = kFreeCell;
          freed++;
        }
        holes = true;
      }
      counts.freed_objects += freed;
      counts.freed_bytes += freed * cs;
      if (live == 0 && p != k.bump_page) {
        *link = p->next;
        p->next = emptied_;
        emptied_ = p;
        pages_in_use_--;
        continue;
      }
      if (holes) {
        *holey_tail = p;
        holey_tail = &p->next_holey;
      }
      link = &p->next;
    }
    *holey_tail = nullptr;
  }
}

void PageAllocator::release_empty_pages(size_t keep_bytes) {
  while (Page* p = emptied_) {
    emptied_ = p->next;
    p->dirty = true;
    p->next = pool_;
    pool_ = p;
    pooled_++;
  }
  // Pages pooled beyond what the next cycles are likely to reuse go back to the OS. The first
  // OS page stays (it holds the header, which links the pool) and is zeroed by hand.
  size_t os_page = size_t(sysconf(_SC_PAGESIZE));
  if (os_page >= kPageSize) return;
  size_t keep = keep_bytes / kPageSize, i = 0;
  for (Page* p = pool_; p != nullptr; p = p->next, i++) {
    if (i < keep || !p->dirty) continue;
    char* c = reinterpret_cast<char*>(p);
    madvise(c + os_page, kPageSize - os_page, MADV_DONTNEED);
    std::memset(p->first_cell(), 0, os_page - kPageHeader);
    p->dirty = false;
  }
}

void PageAllocator::release() {
  for (void* c : chunks_) munmap(c, kChunkPages * kPageSize);
  chunks_.clear();
  for (Class& k : classes_) {
    uint32_t cs = k.cell_size;
    k = Class();
    k.cell_size = cs;
  }
  pool_ = emptied_ = nullptr;
  pooled_ = pages_in_use_ = 0;
  chunk_next_ = chunk_end_ = nullptr;
}

}  // namespace coil::gc
