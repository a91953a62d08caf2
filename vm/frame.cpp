// The frame stack, the VM's per-Interpreter state and GC tracing of live frames.
// Frames are traced through interp.frame's chain, which links every running frame.
#include "vm/frame.h"

#include <pthread.h>
#include <cstdlib>
#include <new>
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/generator.h"

namespace coil {

namespace {

constexpr size_t kChunkSize = size_t(256) << 10;
// Stack kept free below the guard for the natives that run after the check.
constexpr size_t kCStackMargin = size_t(256) << 10;

struct VmRoot {
  VmState* vm;
  Interp* interp;
};

void vm_trace_roots(void* data, Tracer& t) {
  auto* root = static_cast<VmRoot*>(data);
  t.mark(root->vm);
  t.mark_range(root->vm->to_close.items, root->vm->to_close.size);
  t.mark_range(root->vm->gen_names.items, root->vm->gen_names.size);
  trace_frames(*root->interp, t);
}

uintptr_t compute_c_stack_limit() {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  if (addr == nullptr || size < 2 * kCStackMargin) {
    // Unknown: assume 1 MiB below the current position.
    char here;
    return reinterpret_cast<uintptr_t>(&here) - (size_t(1) << 20);
  }
  // The main thread's reported size can exceed what the rlimit lets grow; cap at 8 MiB.
  char here;
  uintptr_t cur = reinterpret_cast<uintptr_t>(&here);
  uintptr_t low = reinterpret_cast<uintptr_t>(addr);
  if (cur - low > (size_t(8) << 20)) low = cur - (size_t(8) << 20);
  return low + kCStackMargin;
}

FrameChunk* chunk_new(size_t min_bytes) {
  size_t bytes = min_bytes > kChunkSize ? min_bytes : kChunkSize;
  void* mem = std::malloc(sizeof(FrameChunk) + bytes);
  if (mem == nullptr) return nullptr;
  auto* c = static_cast<FrameChunk*>(mem);
  c->prev = c->next = nullptr;
  c->saved_top = nullptr;
  c->limit = c->data + bytes;
  return c;
}

}  // namespace

constexpr uint16_t kVmStateMarker = 0x4000;

VmState* vm_state(Interp& interp) { return interp.vm; }

void vm_state_free(Object* o) {
  auto* vm = static_cast<VmState*>(o);
  // Walk to the first chunk, then free forward (including spares).
  FrameChunk* c = vm->chunk;
  while (c != nullptr && c->prev != nullptr) c = c->prev;
  while (c != nullptr) {
    FrameChunk* n = c->next;
    std::free(c);
    c = n;
  }
  vm->chunk = nullptr;
  vm->finalizable.release();
  vm->to_close.release();
  vm->gen_names.release();
}

bool ValueArray::push(Value v) {
  if (size == capacity) {
    size_t cap = capacity ? capacity * 2 : 16;
    void* p = std::realloc(items, cap * sizeof(Value));
    if (p == nullptr) return false;
    items = static_cast<Value*>(p);
    capacity = cap;
  }
  items[size++] = v;
  return true;
}

void ValueArray::release() {
  std::free(items);
  items = nullptr;
  size = capacity = 0;
}

bool is_vm_state(const Object* o) { return o->kind == Kind::Native && (o->flags & kVmStateMarker); }

bool vm_init(Interp& interp) {
  if (interp.vm != nullptr) return true;
  auto* vm = gc_new<VmState>(interp.heap, interp.types.frame, Kind::Native);
  if (vm == nullptr) return false;
  vm->flags = kVmStateMarker;
  vm->chunk = chunk_new(0);
  if (vm->chunk == nullptr) return false;
  vm->top = vm->chunk->data;
  vm->c_stack_limit = compute_c_stack_limit();
  // The root record lives at the bottom of the first chunk, so it is freed with the chunks
  // when the Heap finalizes the VmState (root_tracers is gone by then).
  auto* root = reinterpret_cast<VmRoot*>(vm->top);
  vm->top += (sizeof(VmRoot) + 15) & ~size_t(15);
  root->vm = vm;
  root->interp = &interp;
  interp.root_tracers.push_back({&vm_trace_roots, root});
  interp.vm = vm;
  interp.weak_hooks.push_back({&gen_weak_hook, vm});
  return true;
}

Frame* frame_push(Interp& interp, VmState* vm, Code* code) {
  size_t bytes = (frame_size(code) + 15) & ~size_t(15);
  if (vm->top + bytes > vm->chunk->limit) {
    FrameChunk* next = vm->chunk->next;
    if (next == nullptr || size_t(next->limit - next->data) < bytes) {
      if (next != nullptr) {
        // Too small: drop the spare (and anything after it).
        FrameChunk* c = next;
        while (c != nullptr) { FrameChunk* n = c->next; std::free(c); c = n; }
      }
      next = chunk_new(bytes);
      if (next == nullptr) { vm->chunk->next = nullptr; raise_no_memory(interp); return nullptr; }
      next->prev = vm->chunk;
      vm->chunk->next = next;
    }
    next->saved_top = vm->top;
    vm->chunk = next;
    vm->top = next->data;
  }
  auto* f = reinterpret_cast<Frame*>(vm->top);
  vm->top += bytes;
  return f;
}

void frame_pop(VmState* vm, Frame* f) {
  char* p = reinterpret_cast<char*>(f);
  if (p == vm->chunk->data && vm->chunk->prev != nullptr) {
    vm->top = vm->chunk->saved_top;
    vm->chunk = vm->chunk->prev;
  } else {
    vm->top = p;
  }
}

void frame_init(Frame* f, Code* code, Dict* globals, Dict* locals) {
  f->code = code;
  f->globals = globals;
  f->back = nullptr;
  f->ip = code->body->insns.data();
  f->saved_handled_exc = locals != nullptr ? Value::object(locals) : Value::none();
  f->flags = locals != nullptr ? uint32_t(kFrameLocals) : 0u;
  f->entry = FrameEntry::Entry;
  size_t n = code->nlocalsplus();
  for (size_t i = 0; i < n; i++) f->localsplus[i] = Value::null();
  f->sp = f->localsplus + n;
}

void frame_trace(Frame* f, Tracer& t) {
  if (f->code == nullptr) return;
  t.mark(f->code);
  t.mark(f->globals);
  t.mark(f->owner());
  t.mark(f->saved_handled_exc);
  Value* end = f->sp;
  Value* begin = f->localsplus;
  Value* limit = begin + f->code->nlocalsplus() + f->code->stacksize + 1;
  if (end < begin || end > limit) end = begin + f->code->nlocalsplus();
  t.mark_range(begin, size_t(end - begin));
}

void trace_frames(Interp& interp, Tracer& t) {
  for (Frame* f = interp.frame; f != nullptr; f = f->back) frame_trace(f, t);
}

Str* localsplus_name(const Code* c, size_t index) {
  size_t nl = size_t(c->nlocals);
  size_t nc = c->cellvars ? c->cellvars->size : 0;
  if (index < nl) return c->varnames->items[index].as<Str>();
  if (index < nl + nc) return c->cellvars->items[index - nl].as<Str>();
  return c->freevars->items[index - nl - nc].as<Str>();
}

bool c_stack_exhausted(Interp&, VmState* vm) {
  char here;
  return reinterpret_cast<uintptr_t>(&here) < vm->c_stack_limit;
}

}  // namespace coil
