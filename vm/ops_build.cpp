// Out-of-line parts of the building and unpacking opcodes: UNPACK_*, BUILD_*, FORMAT_VALUE,
// the *-and-**-unpacking helpers (with CPython's call-site messages), MAKE_FUNCTION.
#include <string>
#include <vector>
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/vm_internal.h"

namespace coil {

namespace {

bool iterable_type(Type* t) { return t->iter != nullptr || t->getitem != nullptr; }

Value raise_not_iterable_unpack(Interp& interp, Value seq) {
  return raise(interp, interp.exc_types.TypeError, "cannot unpack non-iterable %s object", type_name(interp, seq));
}

}  // namespace

bool op_unpack_sequence(Interp& interp, Value seq, uint32_t n, Value* dst) {
  if (is_tuple(seq) || is_list(seq)) {
    size_t size = is_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
    const Value* items = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
    if (size < n) {
      raise(interp, interp.exc_types.ValueError, "not enough values to unpack (expected %u, got %zu)", n, size);
      return false;
    }
    if (size > n) {
      raise(interp, interp.exc_types.ValueError, "too many values to unpack (expected %u)", n);
      return false;
    }
    for (uint32_t i = 0; i < n; i++) dst[n - 1 - i] = items[i];
    return true;
  }
  if (!iterable_type(type_of(interp, seq))) {
    raise_not_iterable_unpack(interp, seq);
    return false;
  }
  Value it = get_iter(interp, seq);
  if (it.is_null()) return false;
  std::vector<Value> items;
  items.reserve(n);
  for (uint32_t i = 0; i < n; i++) {
    Value v = iter_next(interp, it);
    if (v.is_null()) {
      if (interp.has_error()) return false;
      raise(interp, interp.exc_types.ValueError, "not enough values to unpack (expected %u, got %u)", n, i);
      return false;
    }
    items.push_back(v);
  }
  Value extra = iter_next(interp, it);
  if (!extra.is_null()) {
    raise(interp, interp.exc_types.ValueError, "too many values to unpack (expected %u)", n);
    return false;
  }
  if (interp.has_error()) return false;
  for (uint32_t i = 0; i < n; i++) dst[n - 1 - i] = items[i];
  return true;
}

bool op_unpack_ex(Interp& interp, Value seq, uint32_t before, uint32_t after, Value* dst) {
  if (!iterable_type(type_of(interp, seq))) {
    raise_not_iterable_unpack(interp, seq);
    return false;
  }
  Value it = get_iter(interp, seq);
  if (it.is_null()) return false;
  std::vector<Value> head;
  for (uint32_t i = 0; i < before; i++) {
    Value v = iter_next(interp, it);
    if (v.is_null()) {
      if (interp.has_error()) return false;
      raise(interp, interp.exc_types.ValueError, "not enough values to unpack (expected at least %u, got %u)",
            before + after, i);
      return false;
    }
    head.push_back(v);
  }
  List* rest = list_new(interp);
  if (rest == nullptr) return false;
  if (!list_extend(interp, rest, it)) return false;
  if (rest->size < after) {
    raise(interp, interp.exc_types.ValueError, "not enough values to unpack (expected at least %u, got %zu)",
          before + after, size_t(before) + rest->size);
    return false;
  }
  size_t ll = rest->size;
  // Bottom to top: tail[after-1] .. tail[0], the list, head[before-1] .. head[0].
  for (uint32_t k = 0; k < after; k++) dst[k] = rest->items[ll - 1 - k];
  rest->size = ll - after;
  dst[after] = Value::object(rest);
  for (uint32_t k = 0; k < before; k++) dst[after + 1 + k] = head[before - 1 - k];
  return true;
}

namespace {

// ascii(): repr with non-ASCII characters escaped.
Value ascii_of(Interp& interp, Value v) {
  Value r = repr(interp, v);
  if (r.is_null()) return r;
  Str* s = r.as<Str>();
  if (s->is_ascii()) return r;
  std::string out;
  static const char hex[] = "0123456789abcdef";
  for (size_t i = 0; i < s->length; i++) {
    uint32_t cp = str_codepoint_at(s, i);
    if (cp < 0x80) {
      out += char(cp);
      continue;
    }
    int digits;
    if (cp < 0x100) { out += "\\x"; digits = 2; }
    else if (cp < 0x10000) { out += "\\u"; digits = 4; }
    else { out += "\\U"; digits = 8; }
    for (int d = digits - 1; d >= 0; d--) out += hex[(cp >> (4 * d)) & 0xF];
  }
  return str_value(interp, out);
}

}  // namespace

Value op_format_value(Interp& interp, Value v, uint32_t flags, Value spec) {
  if (v.is_small_int() && spec.is_null() && (flags & 3) != 3) {
    // f"{n}" / f"{n!s}" / f"{n!r}" of a small int: its decimal digits (what int's __str__,
    // __repr__ and __format__ with an empty spec all produce), without the protocol.
    char buf[24];
    char* end = buf + sizeof buf;
    char* p = end;
    int64_t n = v.as_small_int();
    uint64_t u = n < 0 ? uint64_t(0) - uint64_t(n) : uint64_t(n);
    do {
      *--p = char('0' + u % 10);
      u /= 10;
    } while (u != 0);
    if (n < 0) *--p = '-';
    return str_value(interp, std::string_view(p, size_t(end - p)));
  }
  switch (flags & 3) {
    case 1: v = to_str(interp, v); break;
    case 2: v = repr(interp, v); break;
    case 3: v = ascii_of(interp, v); break;
    default: break;
  }
  if (v.is_null()) return v;
  if (spec.is_null()) {
    if (is_str(v) && v.as_object()->type == interp.types.str) return v;
    return format(interp, v, Value::object(interp.empty_str));
  }
  return format(interp, v, spec);
}

Value op_build_string(Interp& interp, const Value* items, size_t n) {
  return str_concat_n(interp, items, n);
}

Value op_build_map(Interp& interp, const Value* items, size_t n) {
  Dict* d = dict_new(interp, n);
  if (d == nullptr) return raise_no_memory(interp);
  for (size_t i = 0; i < n; i++) {
    if (!dict_set(interp, d, items[2 * i], items[2 * i + 1])) return Value::null();
  }
  return Value::object(d);
}

Value op_build_const_key_map(Interp& interp, const Value* values, size_t n, Value keys) {
  Dict* d = dict_new(interp, n);
  if (d == nullptr) return raise_no_memory(interp);
  Tuple* k = keys.as<Tuple>();
  for (size_t i = 0; i < n; i++) {
    if (!dict_set(interp, d, k->items[i], values[i])) return Value::null();
  }
  return Value::object(d);
}

Value op_build_set(Interp& interp, const Value* items, size_t n) {
  Set* s = set_new(interp, interp.types.set);
  if (s == nullptr) return raise_no_memory(interp);
  for (size_t i = 0; i < n; i++) {
    if (set_add(interp, s, items[i]) < 0) return Value::null();
  }
  return Value::object(s);
}

bool op_list_extend(Interp& interp, Value list, Value iterable) {
  if (!iterable_type(type_of(interp, iterable))) {
    raise(interp, interp.exc_types.TypeError, "Value after * must be an iterable, not %s", type_name(interp, iterable));
    return false;
  }
  return list_extend(interp, list.as<List>(), iterable);
}

bool op_set_update(Interp& interp, Value set, Value iterable) {
  return set_update(interp, set.as<Set>(), iterable);
}

namespace {

bool has_keys(Interp& interp, Value v) {
  if (is_dict(v)) return true;
  Value k = getattr_opt(interp, v, interp.names.keys);
  if (k.is_null()) {
    clear_error(interp);
    return false;
  }
  return true;
}

// Copies a mapping into d; `on_dup(key)` reports a duplicate key (false to stop with an error).
template <class OnDup>
bool merge_mapping(Interp& interp, Dict* d, Value other, OnDup on_dup) {
  if (is_dict(other)) {
    Dict* src = other.as<Dict>();
    size_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
      Value existing;
      int r = dict_lookup(interp, d, k, &existing);
      if (r < 0) return false;
      if (r == 1) return on_dup(k);
      if (!dict_set(interp, d, k, v)) return false;
    }
    return true;
  }
  Value keys = call_method(interp, other, interp.names.keys, {});
  if (keys.is_null()) return false;
  Value it = get_iter(interp, keys);
  if (it.is_null()) return false;
  for (;;) {
    Value k = iter_next(interp, it);
    if (k.is_null()) return !interp.has_error();
    Value v = getitem(interp, other, k);
    if (v.is_null()) return false;
    Value existing;
    int r = dict_lookup(interp, d, k, &existing);
    if (r < 0) return false;
    if (r == 1) return on_dup(k);
    if (!dict_set(interp, d, k, v)) return false;
  }
}

}  // namespace

bool op_dict_update(Interp& interp, Value dict, Value other) {
  if (!has_keys(interp, other)) {
    raise(interp, interp.exc_types.TypeError, "'%s' object is not a mapping", type_name(interp, other));
    return false;
  }
  return dict_update(interp, dict.as<Dict>(), other);
}

bool op_dict_merge(Interp& interp, Value dict, Value other, Value callable) {
  if (!has_keys(interp, other)) {
    raise_str(interp, interp.exc_types.TypeError,
              function_str(interp, callable) + " argument after ** must be a mapping, not " + type_name(interp, other));
    return false;
  }
  return merge_mapping(interp, dict.as<Dict>(), other, [&](Value k) {
    if (!is_str(k)) {
      raise_str(interp, interp.exc_types.TypeError, function_str(interp, callable) + " keywords must be strings");
    } else {
      raise_str(interp, interp.exc_types.TypeError, function_str(interp, callable) +
                                                        " got multiple values for keyword argument '" +
                                                        std::string(k.as<Str>()->view()) + "'");
    }
    return false;
  });
}

bool op_call_function_ex_args(Interp& interp, Value callable, Value args, Value kwargs, Value* argbuf_tuple,
                              Value* kwnames_tuple) {
  Tuple* pos;
  if (is_tuple(args)) {
    pos = args.as<Tuple>();
  } else {
    if (!iterable_type(type_of(interp, args))) {
      raise_str(interp, interp.exc_types.TypeError, function_str(interp, callable) +
                                                        " argument after * must be an iterable, not " +
                                                        type_name(interp, args));
      return false;
    }
    List* l = list_new(interp);
    if (l == nullptr || !list_extend(interp, l, args)) return false;
    pos = tuple_from(interp, l->items, l->size);
    if (pos == nullptr) return false;
  }
  *kwnames_tuple = Value::null();
  if (kwargs.is_null() || kwargs.is_none()) {
    *argbuf_tuple = Value::object(pos);
    return true;
  }
  Dict* kd;
  if (is_dict(kwargs) && kwargs.as_object()->type == interp.types.dict) {
    kd = kwargs.as<Dict>();
  } else {
    kd = dict_new(interp);
    if (kd == nullptr) return false;
    if (!op_dict_merge(interp, Value::object(kd), kwargs, callable)) return false;
  }
  if (kd->used == 0) {
    *argbuf_tuple = Value::object(pos);
    return true;
  }
  Tuple* all = tuple_new(interp, pos->size + kd->used);
  Tuple* names = tuple_new(interp, kd->used);
  if (all == nullptr || names == nullptr) return false;
  for (size_t i = 0; i < pos->size; i++) all->items[i] = pos->items[i];
  size_t p = 0, i = 0;
  Value k, v;
  while (dict_next(kd, &p, &k, &v)) {
    if (!is_str(k)) {
      raise(interp, interp.exc_types.TypeError, "keywords must be strings");
      return false;
    }
    names->items[i] = k;
    all->items[pos->size + i] = v;
    i++;
  }
  *argbuf_tuple = Value::object(all);
  *kwnames_tuple = Value::object(names);
  return true;
}

Value op_make_function(Interp& interp, Frame* f, uint32_t flags, Value* sp_top) {
  Value* p = sp_top - 1;
  Code* code = p->as<Code>();
  Function* fn = function_new(interp, code, f->globals);
  if (fn == nullptr) return Value::null();
  fn->builtins = interp.builtins;
  if (flags & 0x08) fn->closure = (--p)->as<Tuple>();
  if (flags & 0x04) {
    Value a = *--p;
    if (is_dict(a)) {
      fn->annotations = a.as<Dict>();
    } else if (is_tuple(a)) {
      // (name, value, name, value, ...) as CPython 3.10+ may emit.
      Dict* d = dict_new(interp);
      if (d == nullptr) return Value::null();
      Tuple* t = a.as<Tuple>();
      for (size_t i = 0; i + 1 < t->size; i += 2) {
        if (!dict_set(interp, d, t->items[i], t->items[i + 1])) return Value::null();
      }
      fn->annotations = d;
    }
  }
  if (flags & 0x02) {
    Value k = *--p;
    fn->kwdefaults = is_dict(k) ? k.as<Dict>() : nullptr;
  }
  if (flags & 0x01) {
    Value d = *--p;
    fn->defaults = is_tuple(d) && d.as<Tuple>()->size > 0 ? d.as<Tuple>() : nullptr;
  }
  return Value::object(fn);
}

std::string function_str(Interp& interp, Value callable) {
  std::string qual;
  Value q = getattr_opt(interp, callable, interp.names.__qualname__);
  if (q.is_null() || !is_str(q)) {
    clear_error(interp);
    std::string s;
    if (!str_into(interp, callable, s)) clear_error(interp);
    return s;
  }
  qual = q.as<Str>()->view();
  Value m = getattr_opt(interp, callable, interp.names.__module__);
  if (m.is_null()) clear_error(interp);
  if (!m.is_null() && is_str(m) && m.as<Str>()->view() != "builtins") {
    return std::string(m.as<Str>()->view()) + "." + qual + "()";
  }
  return qual + "()";
}

}  // namespace coil
