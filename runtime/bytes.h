// bytes (immutable, data inline) and bytearray (growable, data out of line): their layouts,
// creation, and the codecs str.encode / bytes.decode share (utf-8, ascii, latin-1).
#pragma once
#include <string>
#include <string_view>
#include "runtime/interpreter.h"

namespace coil {

struct Bytes : Object {   // Kind::Bytes, type bytes (or a subclass)
  size_t size;
  int64_t hash;           // -1 until computed
  char data[];            // NUL-terminated for convenience

  std::string_view view() const { return {data, size}; }
};

struct ByteArray : Object {   // Kind::Native, type bytearray
  char* data;                 // malloc'd (accounted), may be null when capacity == 0
  size_t size;
  size_t capacity;

  std::string_view view() const { return {data ? data : "", size}; }
};

inline bool is_bytes(Value v) { return is_kind(v, Kind::Bytes); }
bool is_bytearray(Interp&, Value v);
// bytes or bytearray.
bool is_bytes_like(Interp&, Value v);
// The bytes of a bytes / bytearray (caller checked is_bytes_like).
std::string_view bytes_view(Value v);

// A bytes object holding a copy of data (the compiler's literals). Null + MemoryError.
Value bytes_new(Interp&, std::string_view data);
Value bytearray_new(Interp&, std::string_view data);

// bytes.decode(encoding, errors) for bytes/bytearray; encoding/errors may be null (utf-8, strict).
Value bytes_decode(Interp&, Value b, Value encoding, Value errors);
// str.encode(encoding, errors) for a UTF-8 view of a str; encoding/errors may be null.
Value str_encode(Interp&, std::string_view text, Value encoding, Value errors);

// repr of bytes data: b'...' with CPython's quoting.
std::string bytes_repr(std::string_view data);

}  // namespace coil
