// The growable buffer behind long strings built by concatenation: one over-allocated block of
// UTF-8 shared by every Str that is a prefix of it, so appending to the newest one is O(appended).
#pragma once
#include <cstddef>
#include "runtime/str.h"

namespace coil {

// A heap object with no Python type (never a Value): the collector frees it when no Str
// points into it (Str's trace slot marks it). Its bytes are append-only: a Str of size n
// sees chars()[0, n), which never change once written, so every sharer stays immutable.
struct StrBuf : Object {      // Kind::Native, type nullptr
  size_t used;                // bytes written; the Str with size == used may append in place
  size_t capacity;            // bytes the text may grow to (one more is kept for the NUL)

  char* chars() { return reinterpret_cast<char*>(this + 1); }   // the text follows the header
};

inline StrBuf* str_buffer_of(const Str* s) { return reinterpret_cast<StrBuf*>(s->data) - 1; }

// Str's trace slot: marks the buffer of a shared-buffer string.
void str_trace(Object* self, Tracer& t);

}  // namespace coil
