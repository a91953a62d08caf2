// bytes and bytearray: creation, repr, the codecs (utf-8 / ascii / latin-1 with CPython's error
// messages and handlers), slots, the constructors and the common methods.
#include "runtime/bytes.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/text.h"
#include "runtime/tuple.h"
#include "runtime/types_init.h"

namespace coil {

// ---- creation and views -----------------------------------------------------------------

namespace {

Bytes* bytes_alloc(Interp& interp, Type* cls, size_t n) {
  Bytes* b = gc_new<Bytes>(interp.heap, cls, Kind::Bytes, n + 1);
  if (b == nullptr) { raise_no_memory(interp); return nullptr; }
  b->size = n;
  b->hash = -1;
  return b;
}

Value bytes_of_type(Interp& interp, Type* cls, std::string_view data) {
  Bytes* b = bytes_alloc(interp, cls, data.size());
  if (b == nullptr) return Value::null();
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return Value::object(b);
}

bool bytearray_reserve(Interp& interp, ByteArray* a, size_t cap) {
  if (cap <= a->capacity) return true;
  size_t ncap = a->capacity < 8 ? 8 : a->capacity;
  while (ncap < cap) ncap *= 2;
  char* p = static_cast<char*>(std::realloc(a->data, ncap));
  if (p == nullptr) { raise_no_memory(interp); return false; }
  interp.heap.account(ptrdiff_t(ncap) - ptrdiff_t(a->capacity));
  a->data = p;
  a->capacity = ncap;
  return true;
}

void bytearray_finalize(Interp& interp, Object* self) {
  ByteArray* a = static_cast<ByteArray*>(self);
  interp.heap.account(-ptrdiff_t(a->capacity));
  std::free(a->data);
  a->data = nullptr;
}

Value bytearray_of_type(Interp& interp, Type* cls, std::string_view data) {
  size_t size = cls->instance_size > sizeof(ByteArray) ? cls->instance_size : sizeof(ByteArray);
  ByteArray* a = static_cast<ByteArray*>(interp.heap.allocate(cls, Kind::Native, size));
  if (a == nullptr) return raise_no_memory(interp);
  if (!data.empty()) {
    if (!bytearray_reserve(interp, a, data.size())) return Value::null();
    std::memcpy(a->data, data.data(), data.size());
  }
  a->size = data.size();
  return Value::object(a);
}

}  // namespace

Value bytes_new(Interp& interp, std::string_view data) { return bytes_of_type(interp, interp.types.bytes, data); }
Value bytearray_new(Interp& interp, std::string_view data) {
  return bytearray_of_type(interp, interp.types.bytearray, data);
}

bool is_bytearray(Interp& interp, Value v) {
  return is_kind(v, Kind::Native) && v.as_object()->type->finalize == bytearray_finalize;
}

bool is_bytes_like(Interp& interp, Value v) { return is_bytes(v) || is_bytearray(interp, v); }

std::string_view bytes_view(Value v) {
  if (is_bytes(v)) return v.as<Bytes>()->view();
  return v.as<ByteArray>()->view();
}

std::string bytes_repr(std::string_view data) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out = "b";
  out += quote;
  for (char ch : data) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') { out += '\\'; out += ch; }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7F) { out += "\\x"; out += hex[c >> 4]; out += hex[c & 15]; }
    else out += ch;
  }
  out += quote;
  return out;
}

// ---- codecs -----------------------------------------------------------------------------

namespace {

enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Unknown };

Codec codec_of(std::string_view name, const char** canonical) {
  std::string n;
  for (char c : name) n += (c == '_' || c == ' ') ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") { *canonical = "utf-8"; return Codec::Utf8; }
  if (n == "ascii" || n == "us-ascii" || n == "646") { *canonical = "ascii"; return Codec::Ascii; }
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" || n == "8859" ||
      n == "cp819" || n == "latin") {
    *canonical = "latin-1";
    return Codec::Latin1;
  }
  struct Wide { const char* name; const char* canon; Codec c; };
  static const Wide wide[] = {
    {"utf-16", "utf-16", Codec::Utf16}, {"utf16", "utf-16", Codec::Utf16},
    {"utf-16-le", "utf-16-le", Codec::Utf16LE}, {"utf-16le", "utf-16-le", Codec::Utf16LE},
    {"utf-16-be", "utf-16-be", Codec::Utf16BE}, {"utf-16be", "utf-16-be", Codec::Utf16BE},
    {"utf-32", "utf-32", Codec::Utf32}, {"utf32", "utf-32", Codec::Utf32},
    {"utf-32-le", "utf-32-le", Codec::Utf32LE}, {"utf-32le", "utf-32-le", Codec::Utf32LE},
    {"utf-32-be", "utf-32-be", Codec::Utf32BE}, {"utf-32be", "utf-32-be", Codec::Utf32BE},
  };
  for (const Wide& w : wide)
    if (n == w.name) { *canonical = w.canon; return w.c; }
  return Codec::Unknown;
}

bool is_wide(Codec c) { return c >= Codec::Utf16 && c <= Codec::Utf32BE; }

// UTF-16 / UTF-32 encoding of UTF-8 text (the plain forms write a little-endian BOM first).
std::string wide_encode(Codec c, std::string_view s) {
  bool is32 = c == Codec::Utf32 || c == Codec::Utf32LE || c == Codec::Utf32BE;
  bool big = c == Codec::Utf16BE || c == Codec::Utf32BE;
  std::string out;
  auto unit = [&](uint32_t v, int bytes) {
    for (int i = 0; i < bytes; i++) {
      int shift = big ? 8 * (bytes - 1 - i) : 8 * i;
      out += char((v >> shift) & 0xFF);
    }
  };
  if (c == Codec::Utf16) unit(0xFEFF, 2);
  if (c == Codec::Utf32) unit(0xFEFF, 4);
  for (const char* p = s.data(); p < s.data() + s.size();) {
    uint32_t cp = text::utf8_next(p);
    if (is32) unit(cp, 4);
    else if (cp >= 0x10000) { cp -= 0x10000; unit(0xD800 + (cp >> 10), 2); unit(0xDC00 + (cp & 0x3FF), 2); }
    else unit(cp, 2);
  }
  return out;
}

// Decodes UTF-16 / UTF-32; false with *bad_pos/*reason on malformed input.
bool wide_decode(Codec c, std::string_view d, std::string& out, size_t* bad_pos, size_t* bad_end, const char** reason) {
  bool is32 = c == Codec::Utf32 || c == Codec::Utf32LE || c == Codec::Utf32BE;
  bool big = c == Codec::Utf16BE || c == Codec::Utf32BE;
  size_t w = is32 ? 4 : 2, i = 0;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(d.data());
  auto read = [&](size_t at) {
    uint32_t v = 0;
    for (size_t k = 0; k < w; k++) v |= uint32_t(p[at + k]) << (big ? 8 * (w - 1 - k) : 8 * k);
    return v;
  };
  if ((c == Codec::Utf16 || c == Codec::Utf32) && d.size() >= w) {
    uint32_t bom = read(0);
    if (bom == 0xFEFF) i = w;
    else if ((!is32 && bom == 0xFFFE) || (is32 && bom == 0xFFFE0000u)) { big = true; i = w; }
  }
  while (i < d.size()) {
    if (i + w > d.size()) { *bad_pos = i; *bad_end = d.size(); *reason = "truncated data"; return false; }
    uint32_t v = read(i);
    if (!is32 && v >= 0xD800 && v <= 0xDBFF) {
      if (i + 4 > d.size()) { *bad_pos = i; *bad_end = d.size(); *reason = "unexpected end of data"; return false; }
      uint32_t lo = read(i + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) { *bad_pos = i; *bad_end = i + 2; *reason = "illegal UTF-16 surrogate"; return false; }
      v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
      i += 2;
    } else if (!is32 && v >= 0xDC00 && v <= 0xDFFF) {
      *bad_pos = i; *bad_end = i + 2; *reason = "illegal encoding"; return false;
    } else if (is32 && (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))) {
      *bad_pos = i; *bad_end = i + 4; *reason = "code point not in range(0x110000)"; return false;
    }
    utf8_append(out, v);
    i += w;
  }
  return true;
}

bool codec_args(Interp& interp, Value encoding, Value errors, Codec* codec, const char** name, std::string* err) {
  *name = "utf-8";
  *codec = Codec::Utf8;
  *err = "strict";
  if (!encoding.is_null()) {
    if (!is_str(encoding)) {
      raise(interp, interp.exc_types.TypeError, "argument 'encoding' must be str, not %s", type_name(interp, encoding));
      return false;
    }
    *codec = codec_of(encoding.as<Str>()->view(), name);
    if (*codec == Codec::Unknown) {
      std::string e(encoding.as<Str>()->view());
      raise(interp, interp.exc_types.LookupError, "unknown encoding: %s", e.c_str());
      return false;
    }
  }
  if (!errors.is_null()) {
    if (!is_str(errors)) {
      raise(interp, interp.exc_types.TypeError, "argument 'errors' must be str, not %s", type_name(interp, errors));
      return false;
    }
    *err = std::string(errors.as<Str>()->view());
  }
  return true;
}

// Length of the valid UTF-8 sequence at p (1..4), or 0 with *reason set.
size_t utf8_seq(const unsigned char* p, size_t avail, const char** reason, size_t* bad_len) {
  unsigned char c = p[0];
  *bad_len = 1;
  if (c < 0x80) return 1;
  size_t need;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) need = 2;
  else if (c >= 0xF0 && c <= 0xF4) need = 3;
  else { *reason = "invalid start byte"; return 0; }
  for (size_t k = 1; k <= need; k++) {
    if (k >= avail) { *reason = "unexpected end of data"; *bad_len = avail; return 0; }
    unsigned char d = p[k];
    bool ok = (d & 0xC0) == 0x80;
    if (k == 1) {
      if (c == 0xE0 && d < 0xA0) ok = false;
      if (c == 0xED && d > 0x9F) ok = false;   // surrogates
      if (c == 0xF0 && d < 0x90) ok = false;
      if (c == 0xF4 && d > 0x8F) ok = false;
    }
    if (!ok) { *reason = "invalid continuation byte"; *bad_len = k; return 0; }
  }
  return need + 1;
}

// UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason): the exception
// type builds CPython's message from these attributes.
Value unicode_error(Interp& interp, Type* type, const char* codec, Value object, size_t start, size_t end,
                    const char* reason) {
  Value enc = str_value(interp, codec), why = str_value(interp, reason);
  if (enc.is_null() || why.is_null() || object.is_null()) return Value::null();
  Value e = call(interp, Value::object(type),
                 {enc, object, make_int(interp, int64_t(start)), make_int(interp, int64_t(end)), why});
  if (e.is_null()) return e;
  return raise_value(interp, e);
}

}  // namespace

Value bytes_decode(Interp& interp, Value b, Value encoding, Value errors) {
  Codec codec;
  const char* name;
  std::string err;
  if (!codec_args(interp, encoding, errors, &codec, &name, &err)) return Value::null();
  std::string_view data = bytes_view(b);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size();
  std::string out;
  out.reserve(n);
  if (is_wide(codec)) {
    size_t bad = 0, bad_end = 0;
    const char* reason = "";
    if (!wide_decode(codec, data, out, &bad, &bad_end, &reason)) {
      if (err == "strict") {
        Value obj = is_bytes(b) ? b : bytes_new(interp, data);
        return unicode_error(interp, interp.exc_types.UnicodeDecodeError, name, obj, bad, bad_end, reason);
      }
      if (err == "replace") out += "\xEF\xBF\xBD";
    }
    return str_value(interp, out);
  }
  for (size_t i = 0; i < n;) {
    size_t len;
    const char* reason = "";
    size_t bad = 1;
    if (codec == Codec::Latin1) { utf8_append(out, p[i]); i++; continue; }
    if (codec == Codec::Ascii) {
      if (p[i] < 0x80) { out += char(p[i]); i++; continue; }
      len = 0;
      reason = "ordinal not in range(128)";
    } else {
      len = utf8_seq(p + i, n - i, &reason, &bad);
      if (len > 0) { out.append(data.data() + i, len); i += len; continue; }
    }
    if (err == "strict") {
      Value obj = is_bytes(b) ? b : bytes_new(interp, data);
      return unicode_error(interp, interp.exc_types.UnicodeDecodeError, name, obj, i, i + bad, reason);
    }
    if (err == "replace") out += "\xEF\xBF\xBD";
    else if (err == "backslashreplace") {
      char buf[8];
      for (size_t k = 0; k < bad; k++) { snprintf(buf, sizeof buf, "\\x%02x", p[i + k]); out += buf; }
    } else if (err == "surrogateescape") {
      utf8_append(out, 0xDC00 + p[i]);
      bad = 1;
    } else if (err != "ignore") {
      return raise(interp, interp.exc_types.LookupError, "unknown error handler name '%s'", err.c_str());
    }
    i += bad;
  }
  return str_value(interp, out);
}

Value str_encode(Interp& interp, std::string_view s, Value encoding, Value errors) {
  Codec codec;
  const char* name;
  std::string err;
  if (!codec_args(interp, encoding, errors, &codec, &name, &err)) return Value::null();
  if (is_wide(codec)) return bytes_new(interp, wide_encode(codec, s));
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  std::string out;
  out.reserve(s.size());
  size_t index = 0;
  for (const char* p = s.data(); p < s.data() + s.size(); index++) {
    const char* start = p;
    uint32_t cp = text::utf8_next(p);
    bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (codec == Codec::Utf8 && !surrogate) { out.append(start, size_t(p - start)); continue; }
    if (cp < limit && !surrogate) { out += char(cp); continue; }
    if (err == "strict" || (surrogate && codec == Codec::Utf8 && err != "surrogateescape" && err != "ignore" &&
                            err != "replace" && err != "backslashreplace")) {
      const char* why = surrogate && codec == Codec::Utf8 ? "surrogates not allowed"
                        : codec == Codec::Ascii           ? "ordinal not in range(128)"
                                                          : "ordinal not in range(256)";
      return unicode_error(interp, interp.exc_types.UnicodeEncodeError, name, str_value(interp, s), index, index + 1, why);
    }
    if (err == "ignore") continue;
    if (err == "replace") { out += '?'; continue; }
    if (err == "xmlcharrefreplace") { out += "&#" + std::to_string(cp) + ";"; continue; }
    if (err == "backslashreplace") {
      char ch[16];
      if (cp < 0x100) snprintf(ch, sizeof ch, "\\x%02x", cp);
      else if (cp < 0x10000) snprintf(ch, sizeof ch, "\\u%04x", cp);
      else snprintf(ch, sizeof ch, "\\U%08x", cp);
      out += ch;
      continue;
    }
    if (err == "surrogateescape" && cp >= 0xDC80 && cp <= 0xDCFF) { out += char(cp - 0xDC00); continue; }
    return raise(interp, interp.exc_types.LookupError, "unknown error handler name '%s'", err.c_str());
  }
  return bytes_new(interp, out);
}

// ---- slots ------------------------------------------------------------------------------

namespace {

struct BytesIterator : Object {   // Kind::Iterator, type bytes_iterator
  Object* seq;                    // a Bytes or ByteArray
  size_t pos;
};

bool is_ba(Value v) { return is_kind(v, Kind::Native); }

Value make_like(Interp& interp, Value self, std::string_view data) {
  return is_ba(self) ? bytearray_new(interp, data) : bytes_new(interp, data);
}

Value bytes_repr_slot(Interp& interp, Value self) {
  if (is_ba(self)) return str_value(interp, "bytearray(" + bytes_repr(bytes_view(self)) + ")");
  return str_value(interp, bytes_repr(bytes_view(self)));
}

int64_t bytes_hash_slot(Interp&, Value self) {
  Bytes* b = self.as<Bytes>();
  if (b->hash == -1) b->hash = text::hash_bytes(b->data, b->size);
  return b->hash;
}

Value bytes_compare_slot(Interp& interp, Value a, Value b, CmpOp op) {
  if (!is_bytes_like(interp, a) || !is_bytes_like(interp, b)) return interp.not_implemented;
  std::string_view x = bytes_view(a), y = bytes_view(b);
  int c = x.compare(y);
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

int64_t bytes_len_slot(Interp&, Value self) { return int64_t(bytes_view(self).size()); }
int bytes_bool_slot(Interp&, Value self) { return !bytes_view(self).empty(); }

Value bytes_getitem_slot(Interp& interp, Value self, Value key) {
  std::string_view d = bytes_view(self);
  int64_t index, start, step, count;
  int r = seq_index_or_slice(interp, key, int64_t(d.size()),
                             is_ba(self) ? "bytearray indices must be integers or slices" : "byte indices must be integers or slices",
                             &index, &start, &step, &count);
  if (r < 0) return Value::null();
  if (r == 1) {
    if (index < 0) index += int64_t(d.size());
    if (index < 0 || index >= int64_t(d.size()))
      return raise(interp, interp.exc_types.IndexError, is_ba(self) ? "bytearray index out of range" : "index out of range");
    return Value::small_int(static_cast<unsigned char>(d[size_t(index)]));
  }
  std::string out;
  out.reserve(size_t(count > 0 ? count : 0));
  for (int64_t i = 0, j = start; i < count; i++, j += step) out += d[size_t(j)];
  return make_like(interp, self, out);
}

bool byte_value(Interp& interp, Value v, unsigned char* out) {
  int64_t n;
  if (!to_index(interp, v, &n)) return false;
  if (n < 0 || n > 255) {
    raise(interp, interp.exc_types.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<unsigned char>(n);
  return true;
}

int bytearray_setitem_slot(Interp& interp, Value self, Value key, Value v) {
  ByteArray* a = self.as<ByteArray>();
  if (v.is_null()) { raise(interp, interp.exc_types.TypeError, "bytearray item deletion is not supported"); return -1; }
  int64_t index;
  if (!to_index(interp, key, &index)) return -1;
  if (index < 0) index += int64_t(a->size);
  if (index < 0 || index >= int64_t(a->size)) {
    raise(interp, interp.exc_types.IndexError, "bytearray index out of range");
    return -1;
  }
  unsigned char c;
  if (!byte_value(interp, v, &c)) return -1;
  a->data[index] = char(c);
  return 0;
}

int bytes_contains_slot(Interp& interp, Value self, Value item) {
  std::string_view d = bytes_view(self);
  if (is_bytes_like(interp, item)) return d.find(bytes_view(item)) != std::string_view::npos;
  int64_t n;
  if (!is_int(item) && lookup_special(interp, item, interp.names.__index__).is_null()) {
    if (!interp.has_error())
      raise(interp, interp.exc_types.TypeError, "a bytes-like object is required, not '%s'", type_name(interp, item));
    return -1;
  }
  if (!to_index(interp, item, &n)) return -1;
  if (n < 0 || n > 255) { raise(interp, interp.exc_types.ValueError, "byte must be in range(0, 256)"); return -1; }
  return d.find(char(n)) != std::string_view::npos;
}

Value bytes_iter_slot(Interp& interp, Value self) {
  BytesIterator* it = gc_new<BytesIterator>(interp.heap, interp.types.bytes_iterator, Kind::Iterator);
  if (it == nullptr) return raise_no_memory(interp);
  it->seq = self.as_object();
  return Value::object(it);
}

Value bytes_iterator_next(Interp& interp, Value self) {
  BytesIterator* it = self.as<BytesIterator>();
  if (it->seq == nullptr) return Value::null();
  std::string_view d = bytes_view(Value::object(it->seq));
  if (it->pos >= d.size()) { it->seq = nullptr; return Value::null(); }
  return Value::small_int(static_cast<unsigned char>(d[it->pos++]));
}

Value iter_self(Interp&, Value self) { return self; }
void bytes_iterator_trace(Object* self, Tracer& t) { t.mark(static_cast<BytesIterator*>(self)->seq); }

Value bytes_binary_slot(Interp& interp, BinOp op, Value a, Value b) {
  switch (op) {
    case BinOp::Add:
      if (!is_bytes_like(interp, a)) return interp.not_implemented;
      if (!is_bytes_like(interp, b))
        return raise(interp, interp.exc_types.TypeError, "can't concat %s to %s", type_name(interp, b), type_name(interp, a));
      return make_like(interp, a, std::string(bytes_view(a)) + std::string(bytes_view(b)));
    case BinOp::Mul: {
      Value s = is_bytes_like(interp, a) ? a : b;
      Value n = s == a ? b : a;
      if (!is_bytes_like(interp, s)) return interp.not_implemented;
      if (!is_int(n)) {
        if (lookup_special(interp, n, interp.names.__index__).is_null())
          return interp.has_error() ? Value::null()
                                    : raise(interp, interp.exc_types.TypeError, "can't multiply sequence by non-int of type '%s'",
                                            type_name(interp, n));
      }
      int64_t k;
      if (!to_index(interp, n, &k)) {
        if (error_matches(interp, interp.exc_types.OverflowError)) {
          clear_error(interp);
          raise(interp, interp.exc_types.OverflowError, "cannot fit '%s' into an index-sized integer", type_name(interp, n));
        }
        return Value::null();
      }
      std::string out;
      std::string_view d = bytes_view(s);
      if (k > 0) {
        if (d.size() && uint64_t(k) > (uint64_t(1) << 40) / d.size()) return raise_no_memory(interp);
        out.reserve(d.size() * size_t(k));
        for (int64_t i = 0; i < k; i++) out.append(d);
      }
      return make_like(interp, s, out);
    }
    case BinOp::Mod:
      if (!is_bytes(a)) return interp.not_implemented;
      return bytes_percent_format(interp, bytes_view(a), b);
    default:
      return interp.not_implemented;
  }
}

// bytes(source) / bytearray(source): int count, str with encoding, buffer, iterable of ints.
bool bytes_source(Interp& interp, const char* fname, const Value* a, std::string* out) {
  Value src = a[0];
  if (src.is_null()) {
    if (!a[1].is_null() || !a[2].is_null()) {
      raise(interp, interp.exc_types.TypeError, a[1].is_null() ? "errors without a string argument"
                                                               : "encoding without a string argument");
      return false;
    }
    return true;
  }
  if (is_str(src)) {
    if (a[1].is_null()) {
      raise(interp, interp.exc_types.TypeError, "string argument without an encoding");
      return false;
    }
    Value r = str_encode(interp, src.as<Str>()->view(), a[1], a[2]);
    if (r.is_null()) return false;
    *out = std::string(bytes_view(r));
    return true;
  }
  if (!a[1].is_null() || !a[2].is_null()) {
    raise(interp, interp.exc_types.TypeError, a[1].is_null() ? "errors without a string argument"
                                                             : "encoding without a string argument");
    return false;
  }
  if (is_bytes_like(interp, src)) { *out = std::string(bytes_view(src)); return true; }
  if (is_int(src) || !lookup_special(interp, src, interp.names.__index__).is_null()) {
    int64_t n;
    if (!to_index(interp, src, &n)) return false;
    if (n < 0) { raise(interp, interp.exc_types.ValueError, "negative count"); return false; }
    out->assign(size_t(n), '\0');
    return true;
  }
  if (interp.has_error()) return false;
  Value it = get_iter(interp, src);
  if (it.is_null()) {
    clear_error(interp);
    raise(interp, interp.exc_types.TypeError, "cannot convert '%s' object to %s", type_name(interp, src), fname);
    return false;
  }
  for (;;) {
    Value v = iter_next(interp, it);
    if (v.is_null()) return !interp.has_error();
    int64_t n;
    if (!to_index(interp, v, &n)) return false;
    if (n < 0 || n > 255) {
      raise(interp, interp.exc_types.ValueError, "bytes must be in range(0, 256)");
      return false;
    }
    *out += char(n);
  }
}

Value bytes_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  if (!parse_args(interp, ArgSpec{"bytes", {"source", "encoding", "errors"}, 0}, args, nargs, kwnames, a))
    return Value::null();
  if (!a[0].is_null() && a[1].is_null() && is_bytes(a[0]) && a[0].as_object()->type == interp.types.bytes &&
      cls == interp.types.bytes)
    return a[0];
  std::string data;
  if (!bytes_source(interp, "bytes", a, &data)) return Value::null();
  return bytes_of_type(interp, cls, data);
}

Value bytearray_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  if (!parse_args(interp, ArgSpec{"bytearray", {"source", "encoding", "errors"}, 0}, args, nargs, kwnames, a))
    return Value::null();
  std::string data;
  if (!bytes_source(interp, "bytearray", a, &data)) return Value::null();
  return bytearray_of_type(interp, cls, data);
}

}  // namespace

bool init_bytes_types(Interp& interp) {
  Type* t = interp.types.bytes;
  t->instance_kind = Kind::Bytes;
  t->instance_size = sizeof(Bytes);
  t->type_flags |= kTypeBaseType;
  t->new_ = bytes_new_slot;
  t->repr = bytes_repr_slot;
  t->hash = bytes_hash_slot;
  t->compare = bytes_compare_slot;
  t->len = bytes_len_slot;
  t->to_bool = bytes_bool_slot;
  t->getitem = bytes_getitem_slot;
  t->contains = bytes_contains_slot;
  t->iter = bytes_iter_slot;
  t->binary = bytes_binary_slot;

  Type* ba = interp.types.bytearray;
  ba->instance_kind = Kind::Native;
  ba->instance_size = sizeof(ByteArray);
  ba->type_flags |= kTypeBaseType | kTypeUnhashable;
  ba->new_ = bytearray_new_slot;
  ba->repr = bytes_repr_slot;
  ba->compare = bytes_compare_slot;
  ba->len = bytes_len_slot;
  ba->to_bool = bytes_bool_slot;
  ba->getitem = bytes_getitem_slot;
  ba->setitem = bytearray_setitem_slot;
  ba->contains = bytes_contains_slot;
  ba->iter = bytes_iter_slot;
  ba->binary = bytes_binary_slot;
  ba->finalize = bytearray_finalize;

  Type* it = interp.types.bytes_iterator;
  it->instance_kind = Kind::Iterator;
  it->instance_size = sizeof(BytesIterator);
  it->type_flags &= ~uint32_t(kTypeBaseType);
  it->iter = iter_self;
  it->next = bytes_iterator_next;
  it->trace = bytes_iterator_trace;
  return bytes_add_methods(interp);
}

}  // namespace coil
