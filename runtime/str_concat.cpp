// str concatenation: `a + b` (linear in a loop thanks to shared growable buffers) and the
// n-way concatenation behind BUILD_STRING.
// CPython makes `s += t` linear by resizing s in place when nothing else refers to it; a tracing
// collector cannot know that, so long concatenation results share an append-only buffer instead.
#include <cstring>
#include "runtime/error.h"
#include "runtime/str_buffer.h"
#include "runtime/text.h"

namespace coil {

namespace {

// Results shorter than this stay inline (a copy of a few cache lines is cheaper than a buffer).
constexpr size_t kSharedMin = 128;

Str* new_header(Interp& interp, StrBuf* buf, size_t size, size_t length, bool ascii) {
  Str* r = gc_new<Str>(interp.heap, interp.types.str, Kind::Str);
  if (r == nullptr) { raise_no_memory(interp); return nullptr; }
  r->data = buf->chars();
  r->size = size;
  r->length = length;
  r->flags = uint16_t(kStrShared | kStrBuilt | (ascii ? kStrAscii : 0));
  return r;
}

}  // namespace

void str_trace(Object* self, Tracer& t) {
  Str* s = static_cast<Str*>(self);
  if (s->flags & kStrShared) t.mark(str_buffer_of(s));
}

Value str_concat(Interp& interp, Str* a, Str* b) {
  if (b->size == 0 && a->type == interp.types.str) return Value::object(a);
  if (a->size == 0 && b->type == interp.types.str) return Value::object(b);
  size_t size = a->size + b->size;
  size_t length = a->length + b->length;
  bool ascii = a->is_ascii() && b->is_ascii();

  // a is the newest string of its buffer and b fits: append in place. Older sharers only see
  // their own prefix, which does not change. (b may live in the same buffer; it is then a
  // prefix of a, so the copy does not overlap.)
  bool grow = a->flags & kStrBuilt;
  if (a->flags & kStrShared) {
    StrBuf* buf = str_buffer_of(a);
    if (buf->used == a->size && buf->capacity - a->size >= b->size) {
      Str* r = new_header(interp, buf, size, length, ascii);
      if (r == nullptr) return Value::null();
      std::memcpy(buf->chars() + a->size, b->data, b->size);
      buf->used = size;
      buf->chars()[size] = 0;
      return Value::object(r);
    }
    // An older prefix extended again (`base + x` for many x): an exact copy, no slack, until
    // that result is extended in turn.
    grow = buf->used == a->size;
  }

  // a was itself built by `+` (and is the end of its chain): probably a loop, so give the
  // result room to grow (1.5x: the copies stay amortized O(1) per byte while the slack of a
  // kept result stays modest).
  if (size >= kSharedMin && grow) {
    size_t capacity = size + size / 2;
    StrBuf* buf = gc_new<StrBuf>(interp.heap, nullptr, Kind::Native, capacity + 1);
    if (buf == nullptr) return raise_no_memory(interp);
    buf->capacity = capacity;
    buf->used = size;
    std::memcpy(buf->chars(), a->data, a->size);
    std::memcpy(buf->chars() + a->size, b->data, b->size);
    buf->chars()[size] = 0;
    Str* r = new_header(interp, buf, size, length, ascii);
    return r == nullptr ? Value::null() : Value::object(r);
  }

  Str* r = text::str_alloc(interp, size);
  if (r == nullptr) return Value::null();
  std::memcpy(r->data, a->data, a->size);
  std::memcpy(r->data + a->size, b->data, b->size);
  r->data[size] = 0;
  r->length = length;
  r->flags |= uint16_t(kStrBuilt | (ascii ? kStrAscii : 0));
  return Value::object(r);
}

Value str_concat_n(Interp& interp, const Value* items, size_t n) {
  if (n == 0) return Value::object(interp.empty_str);
  if (n == 1 && items[0].as<Str>()->type == interp.types.str) return items[0];
  size_t size = 0, length = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; i++) {
    Str* s = items[i].as<Str>();
    size += s->size;
    length += s->length;
    ascii = ascii && s->is_ascii();
  }
  if (size == 0) return Value::object(interp.empty_str);
  if (size == 1) {   // one ASCII character (a lone UTF-8 byte is ASCII): the shared 1-char str
    size_t i = 0;
    while (items[i].as<Str>()->size == 0) i++;
    Value c = interp.small_strs[static_cast<unsigned char>(items[i].as<Str>()->data[0])];
    if (!c.is_null()) return c;
  }
  Str* r = text::str_alloc(interp, size);
  if (r == nullptr) return Value::null();
  char* w = r->data;
  for (size_t i = 0; i < n; i++) {
    Str* s = items[i].as<Str>();
    std::memcpy(w, s->data, s->size);
    w += s->size;
  }
  *w = 0;
  r->length = length;
  if (ascii) r->flags |= kStrAscii;
  return Value::object(r);
}

}  // namespace coil
