// The str type's slots (repr, hash, compare, len, indexing, slicing, contains, iteration,
// + * %), its iterator, the str() constructor, and init_str_types.
#include <cstring>
#include <vector>
#include "runtime/bytes.h"
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str_buffer.h"
#include "runtime/str_methods.h"
#include "runtime/text.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/types_init.h"

namespace coil {

namespace {

struct StrIterator : Object {   // Kind::Iterator, type str_iterator
  Str* str;
  size_t pos;                   // byte offset of the next code point
};

Value str_repr_slot(Interp& interp, Value self) {
  return str_value(interp, str_repr(self.as<Str>()->view()));
}

Value str_str_slot(Interp& interp, Value self) {
  Str* s = self.as<Str>();
  if (s->type == interp.types.str) return self;
  return str_value(interp, s->view());
}

int64_t str_hash_slot(Interp&, Value self) { return str_hash(self.as<Str>()); }

Value str_compare_slot(Interp& interp, Value a, Value b, CmpOp op) {
  if (!is_str(a) || !is_str(b)) return interp.not_implemented;
  Str* x = a.as<Str>();
  Str* y = b.as<Str>();
  if (op == CmpOp::Eq) return Value::boolean(str_equal(x, y));
  if (op == CmpOp::Ne) return Value::boolean(!str_equal(x, y));
  // UTF-8 byte order is code point order.
  size_t n = x->size < y->size ? x->size : y->size;
  int c = std::memcmp(x->data, y->data, n);
  if (c == 0) c = x->size < y->size ? -1 : (x->size > y->size ? 1 : 0);
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

int64_t str_len_slot(Interp&, Value self) { return int64_t(self.as<Str>()->length); }

int str_bool_slot(Interp&, Value self) { return self.as<Str>()->size != 0; }

Value str_slice(Interp& interp, Str* s, int64_t start, int64_t step, int64_t count) {
  if (count <= 0) return Value::object(interp.empty_str);
  if (step == 1 && count == int64_t(s->length) && s->type == interp.types.str) return Value::object(s);
  if (s->is_ascii()) {
    if (step == 1) return text::str_ascii(interp, std::string_view(s->data + start, size_t(count)));
    if (count == 1) return interp.small_strs[static_cast<unsigned char>(s->data[start])];
    Str* r = text::str_alloc(interp, size_t(count));
    if (r == nullptr) return Value::null();
    for (int64_t i = 0, j = start; i < count; i++, j += step) r->data[i] = s->data[j];
    r->data[count] = 0;
    r->length = size_t(count);
    r->flags |= kStrAscii;
    return Value::object(r);
  }
  if (step == 1) {
    size_t b0 = utf8_offset(s, size_t(start));
    const char* p = s->data + b0;
    for (int64_t i = 0; i < count; i++) text::utf8_next(p);
    return str_value(interp, std::string_view(s->data + b0, size_t(p - (s->data + b0))));
  }
  // General step: index every code point once, then pick.
  std::vector<uint32_t> offs;
  offs.reserve(s->length + 1);
  for (const char* p = s->data; p < s->data + s->size; text::utf8_next(p)) offs.push_back(uint32_t(p - s->data));
  offs.push_back(uint32_t(s->size));
  std::string out;
  for (int64_t i = 0, j = start; i < count; i++, j += step)
    out.append(s->data + offs[size_t(j)], offs[size_t(j) + 1] - offs[size_t(j)]);
  return str_value(interp, out);
}

Value str_getitem_slot(Interp& interp, Value self, Value key) {
  Str* s = self.as<Str>();
  int64_t index, start, step, count;
  int r = seq_index_or_slice(interp, key, int64_t(s->length), "string indices must be integers",
                             &index, &start, &step, &count);
  if (r < 0) return Value::null();
  if (r == 0) return str_slice(interp, s, start, step, count);
  if (index < 0) index += int64_t(s->length);
  if (index < 0 || index >= int64_t(s->length))
    return raise(interp, interp.exc_types.IndexError, "string index out of range");
  if (s->is_ascii()) return interp.small_strs[static_cast<unsigned char>(s->data[index])];
  Str* c = str_from_codepoint(interp, str_codepoint_at(s, size_t(index)));
  return c == nullptr ? Value::null() : Value::object(c);
}

int str_contains_slot(Interp& interp, Value self, Value item) {
  if (!is_str(item)) {
    raise(interp, interp.exc_types.TypeError, "'in <string>' requires string as left operand, not %s",
          type_name(interp, item));
    return -1;
  }
  return text::find_bytes(self.as<Str>()->view(), item.as<Str>()->view()) != std::string_view::npos;
}

Value str_iter_slot(Interp& interp, Value self) {
  StrIterator* it = gc_new<StrIterator>(interp.heap, interp.types.str_iterator, Kind::Iterator);
  if (it == nullptr) return raise_no_memory(interp);
  it->str = self.as<Str>();
  it->pos = 0;
  return Value::object(it);
}

Value str_iterator_next(Interp& interp, Value self) {
  StrIterator* it = self.as<StrIterator>();
  Str* s = it->str;
  if (s == nullptr || it->pos >= s->size) { it->str = nullptr; return Value::null(); }
  unsigned char c = static_cast<unsigned char>(s->data[it->pos]);
  if (c < 0x80) { it->pos++; return interp.small_strs[c]; }
  const char* p = s->data + it->pos;
  const char* start = p;
  text::utf8_next(p);
  it->pos = size_t(p - s->data);
  return str_value(interp, std::string_view(start, size_t(p - start)));
}

Value str_iterator_iter(Interp&, Value self) { return self; }

void str_iterator_trace(Object* self, Tracer& t) { t.mark(static_cast<StrIterator*>(self)->str); }

Value iterator_length_hint(Interp& interp, const Value* args, size_t nargs, Tuple*) {
  StrIterator* it = args[0].as<StrIterator>();
  if (it->str == nullptr) return Value::small_int(0);
  return make_int(interp, int64_t(utf8_length(it->str->view().substr(it->pos))));
}

// True when a user class on the other side of + or * could still answer with a reflected
// dunder, so the str slot must return NotImplemented instead of raising.
bool may_reflect(Interp& interp, Value other, const char* rname) {
  Type* t = type_of(interp, other);
  if (!(t->type_flags & kTypeHeap)) return false;
  Str* n = intern(interp, rname);
  return n != nullptr && !type_lookup(t, n).is_null();
}

// A repeat count: CPython's PyNumber_AsSsize_t(n, OverflowError) message for huge ints.
bool repeat_count(Interp& interp, Value count, int64_t* n) {
  if (to_index(interp, count, n)) return true;
  if (error_matches(interp, interp.exc_types.OverflowError)) {
    clear_error(interp);
    raise(interp, interp.exc_types.OverflowError, "cannot fit '%s' into an index-sized integer", type_name(interp, count));
  }
  return false;
}

Value str_repeat(Interp& interp, Str* s, Value count) {
  int64_t n;
  if (!repeat_count(interp, count, &n)) return Value::null();
  if (n <= 0 || s->size == 0) return Value::object(interp.empty_str);
  if (n == 1 && s->type == interp.types.str) return Value::object(s);
  if (uint64_t(n) > (uint64_t(1) << 62) / s->size)
    return raise(interp, interp.exc_types.OverflowError, "repeated string is too long");
  size_t total = s->size * size_t(n);
  Str* r = text::str_alloc(interp, total);
  if (r == nullptr) return Value::null();
  std::memcpy(r->data, s->data, s->size);
  // Doubling copies: log(n) memcpy calls.
  size_t done = s->size;
  while (done < total) {
    size_t chunk = done < total - done ? done : total - done;
    std::memcpy(r->data + done, r->data, chunk);
    done += chunk;
  }
  r->data[total] = 0;
  r->length = s->length * size_t(n);
  if (s->is_ascii()) r->flags |= kStrAscii;
  return Value::object(r);
}

Value str_binary_slot(Interp& interp, BinOp op, Value a, Value b) {
  switch (op) {
    case BinOp::Add:
      if (is_str(a) && is_str(b)) return str_concat(interp, a.as<Str>(), b.as<Str>());
      if (is_str(a) && !may_reflect(interp, b, "__radd__"))
        return raise(interp, interp.exc_types.TypeError, "can only concatenate str (not \"%s\") to str",
                     type_name(interp, b));
      return interp.not_implemented;
    case BinOp::Mul: {
      Value s = is_str(a) ? a : b;
      Value n = is_str(a) ? b : a;
      if (!is_str(s)) return interp.not_implemented;
      if (is_int(n) || !lookup_special(interp, n, interp.names.__index__).is_null())
        return str_repeat(interp, s.as<Str>(), n);
      if (interp.has_error()) return Value::null();
      if (is_str(a) && !may_reflect(interp, b, "__rmul__"))
        return raise(interp, interp.exc_types.TypeError, "can't multiply sequence by non-int of type '%s'",
                     type_name(interp, n));
      if (is_str(b) && is_str(a))
        return raise(interp, interp.exc_types.TypeError, "can't multiply sequence by non-int of type '%s'",
                     type_name(interp, n));
      return interp.not_implemented;
    }
    case BinOp::Mod:
      if (!is_str(a)) return interp.not_implemented;
      return percent_format(interp, a.as<Str>()->view(), b);
    default:
      return interp.not_implemented;
  }
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict'), honoring subclasses.
Value str_new_slot(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  if (!parse_args(interp, ArgSpec{"str", {"object", "encoding", "errors"}, 0}, args, nargs, kwnames, a))
    return Value::null();
  Value result;
  if (a[0].is_null()) {
    result = Value::object(interp.empty_str);
  } else if (a[1].is_null() && a[2].is_null()) {
    result = to_str(interp, a[0]);
  } else {
    if (!is_bytes_like(interp, a[0]))
      return raise(interp, interp.exc_types.TypeError, "decoding to str: need a bytes-like object, %s found",
                   type_name(interp, a[0]));
    result = bytes_decode(interp, a[0], a[1], a[2]);
  }
  if (result.is_null() || cls == interp.types.str) return result;
  return text::str_new_of_type(interp, cls, result.as<Str>()->view());
}

Value str_getnewargs(Interp& interp, const Value* args, size_t nargs, Tuple*) {
  Str* s = str_self(interp, args, nargs, "__getnewargs__");
  if (s == nullptr) return Value::null();
  Value copy = str_value(interp, s->view());
  if (copy.is_null()) return copy;
  Tuple* t = tuple_pack(interp, {copy});
  return t == nullptr ? Value::null() : Value::object(t);
}

const MethodDef kStrIteratorMethods[] = {
  {"__length_hint__", iterator_length_hint},
};

const MethodDef kStrTypeMethods[] = {
  {"__getnewargs__", str_getnewargs},
};

}  // namespace

Str* str_self(Interp& interp, const Value* args, size_t nargs, const char* method) {
  if (nargs == 0 || !is_str(args[0])) {
    raise(interp, interp.exc_types.TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object",
          method, nargs == 0 ? "NoneType" : type_name(interp, args[0]));
    return nullptr;
  }
  return args[0].as<Str>();
}

bool init_str_types(Interp& interp) {
  Type* t = interp.types.str;
  t->instance_kind = Kind::Str;
  t->instance_size = sizeof(Str);
  t->type_flags |= kTypeBaseType;
  t->new_ = str_new_slot;
  t->repr = str_repr_slot;
  t->str = str_str_slot;
  t->hash = str_hash_slot;
  t->compare = str_compare_slot;
  t->len = str_len_slot;
  t->getitem = str_getitem_slot;
  t->contains = str_contains_slot;
  t->iter = str_iter_slot;
  t->to_bool = str_bool_slot;
  t->binary = str_binary_slot;
  t->trace = str_trace;

  // The shared empty and one-character strings (interp.small_strs).
  if (interp.empty_str == nullptr && str_new(interp, "") == nullptr) return false;
  for (uint32_t c = 0; c < 128; c++)
    if (str_from_codepoint(interp, c) == nullptr) return false;

  if (!add_methods(interp, t, kStrTypeMethods, sizeof kStrTypeMethods / sizeof kStrTypeMethods[0]))
    return false;
  if (!str_add_search_methods(interp, t) || !str_add_case_methods(interp, t) ||
      !str_add_format_methods(interp, t))
    return false;

  Type* it = interp.types.str_iterator;
  it->instance_kind = Kind::Iterator;
  it->instance_size = sizeof(StrIterator);
  it->type_flags &= ~uint32_t(kTypeBaseType);
  it->iter = str_iterator_iter;
  it->next = str_iterator_next;
  it->trace = str_iterator_trace;
  return add_methods(interp, it, kStrIteratorMethods, 1);
}

}  // namespace coil
