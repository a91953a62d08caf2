// list.sort: a stable natural merge sort (runs + binary insertion + merging), specialized
// comparators for all-int, all-float and all-str lists, and CPython's error semantics: a
// raising key or comparison leaves a valid permutation; mutation during the sort is detected.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <type_traits>
#include <vector>
#include "runtime/call.h"
#include "runtime/containers.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"

namespace coil {

namespace {

constexpr size_t kMinRun = 32;

struct IntLess {   // small ints: the tagged word orders as the integer does
  bool failed = false;
  bool operator()(Value a, Value b) const { return int64_t(a.raw()) < int64_t(b.raw()); }
};

struct FloatLess {
  bool failed = false;
  bool operator()(Value a, Value b) const { return float_value(a) < float_value(b); }
};

struct StrLess {   // UTF-8 byte order is code point order
  bool failed = false;
  bool operator()(Value a, Value b) const {
    const Str* x = a.as<Str>();
    const Str* y = b.as<Str>();
    size_t n = x->size < y->size ? x->size : y->size;
    int c = std::memcmp(x->data, y->data, n);
    return c != 0 ? c < 0 : x->size < y->size;
  }
};

// Any values: the `<` protocol. After the first error every comparison answers false, so
// the (always bounds-checked) algorithm finishes quickly with some permutation.
struct GenericLess {
  Interp* interp;
  bool failed = false;
  bool operator()(Value a, Value b) {
    if (failed) return false;
    Value r = compare(*interp, a, b, CmpOp::Lt);
    if (r.is_null()) { failed = true; return false; }
    if (r.is_bool()) return r.is_true();
    int t = truthy(*interp, r);
    if (t < 0) { failed = true; return false; }
    return t != 0;
  }
};

struct KeyValue {
  Value key;
  Value value;
};

// Adapts a Value comparator to (key, value) pairs.
template <class Less>
struct ByKey {
  Less& less;
  bool operator()(const KeyValue& a, const KeyValue& b) { return less(a.key, b.key); }
};


// Sorts a[lo, hi) given a[lo, start) already sorted.
template <class T, class Less>
void binary_insertion(T* a, size_t lo, size_t start, size_t hi, Less& less) {
  for (size_t i = start; i < hi; i++) {
    T pivot = a[i];
    size_t l = lo, r = i;
    while (l < r) {
      size_t m = l + (r - l) / 2;
      if (less(pivot, a[m])) r = m;
      else l = m + 1;
    }
    std::memmove(static_cast<void*>(a + l + 1), a + l, (i - l) * sizeof(T));
    a[l] = pivot;
  }
}

// Merges sorted a[lo, mid) and a[mid, hi) stably, using tmp (room for mid - lo items).
template <class T, class Less>
void merge(T* a, size_t lo, size_t mid, size_t hi, T* tmp, Less& less) {
  // Skip the prefix already in place and the suffix already in place.
  if (!less(a[mid], a[mid - 1])) return;
  size_t n1 = mid - lo;
  std::memcpy(static_cast<void*>(tmp), a + lo, n1 * sizeof(T));
  size_t i = 0, j = mid, k = lo;
  while (i < n1 && j < hi) {
    if (less(a[j], tmp[i])) a[k++] = a[j++];
    else a[k++] = tmp[i++];
  }
  while (i < n1) a[k++] = tmp[i++];
}

template <class T, class Less>
bool merge_sort(Interp& interp, T* a, size_t n, Less& less) {
  if (n < 2) return true;
  // 1. Natural runs, each at least kMinRun long (binary insertion), descending ones reversed.
  std::vector<size_t> runs;   // run start offsets; a final n closes the last one
  size_t i = 0;
  while (i < n) {
    size_t j = i + 1;
    if (j < n) {
      if (less(a[j], a[i])) {
        while (j + 1 < n && less(a[j + 1], a[j])) j++;
        j++;
        std::reverse(a + i, a + j);
      } else {
        while (j + 1 < n && !less(a[j + 1], a[j])) j++;
        j++;
      }
    }
    size_t end = std::min(n, i + kMinRun);
    if (j < end) {
      binary_insertion(a, i, j, end, less);
      j = end;
    }
    runs.push_back(i);
    i = j;
  }
  if (runs.size() == 1) return true;
  runs.push_back(n);
  // 2. Merge neighbouring runs pass by pass.
  T* tmp = static_cast<T*>(std::malloc(n * sizeof(T)));   // a left run may hold n - 1 items
  if (tmp == nullptr) { raise_no_memory(interp); return false; }
  while (runs.size() > 2) {
    std::vector<size_t> next;
    size_t r = 0;
    for (; r + 2 < runs.size(); r += 2) {
      merge(a, runs[r], runs[r + 1], runs[r + 2], tmp, less);
      next.push_back(runs[r]);
    }
    if (r + 1 < runs.size()) next.push_back(runs[r]);   // an odd run out
    next.push_back(n);
    runs.swap(next);
  }
  std::free(tmp);
  return true;
}

enum class Special { Int, Float, Str, None };

Special classify(Interp& interp, const Value* a, size_t n) {
  Value first = a[0];
  if (first.is_small_int()) {
    for (size_t i = 1; i < n; i++) if (!a[i].is_small_int()) return Special::None;
    return Special::Int;
  }
  if (!first.is_object()) return Special::None;
  Type* t = first.as_object()->type;
  if (t == interp.types.float_) {
    for (size_t i = 1; i < n; i++) {
      Value v = a[i];
      if (!v.is_object() || v.as_object()->type != t) return Special::None;
    }
    return Special::Float;
  }
  if (t == interp.types.str) {
    for (size_t i = 1; i < n; i++) {
      Value v = a[i];
      if (!v.is_object() || v.as_object()->type != t) return Special::None;
    }
    return Special::Str;
  }
  return Special::None;
}

template <class T, class Less>
bool sort_with(Interp& interp, T* a, size_t n, Less less) {
  if constexpr (std::is_same_v<T, KeyValue>) {
    ByKey<Less> by{less};
    if (!merge_sort(interp, a, n, by)) return false;
  } else {
    if (!merge_sort(interp, a, n, less)) return false;
  }
  return !less.failed;
}

// Floats and strs sort as decorated records (the double itself, or the first 8 bytes as a
// big-endian number) so most comparisons touch no heap object.
struct FloatRec {
  double d;
  Value item;
};
struct FloatRecLess {
  bool failed = false;
  bool operator()(const FloatRec& a, const FloatRec& b) const { return a.d < b.d; }
};

struct StrRec {
  uint64_t prefix;
  Value key;
  Value item;
};
struct StrRecLess {
  bool failed = false;
  bool operator()(const StrRec& a, const StrRec& b) const {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    return StrLess{}(a.key, b.key);
  }
};

inline uint64_t str_prefix(Value v) {
  const Str* s = v.as<Str>();
  uint64_t p = 0;
  size_t n = s->size < 8 ? s->size : 8;
  for (size_t i = 0; i < 8; i++) p = (p << 8) | (i < n ? uint64_t(uint8_t(s->data[i])) : 0);
  return p;
}

template <class Rec, class Less, class Fill>
bool sort_decorated(Interp& interp, Value* items, size_t n, Fill fill) {
  Rec* recs = static_cast<Rec*>(std::malloc(n * sizeof(Rec)));
  if (recs == nullptr) { raise_no_memory(interp); return false; }
  for (size_t i = 0; i < n; i++) recs[i] = fill(i);
  Less less;
  bool ok = merge_sort(interp, recs, n, less);
  if (ok) for (size_t i = 0; i < n; i++) items[i] = recs[i].item;
  std::free(recs);
  return ok;
}

// Sorts items by keys (keys == items when there is no key function).
bool sort_items(Interp& interp, Value* keys, Value* items, size_t n) {
  Special kind = classify(interp, keys, n);
  if (kind == Special::Float) {
    return sort_decorated<FloatRec, FloatRecLess>(
        interp, items, n, [&](size_t i) { return FloatRec{float_value(keys[i]), items[i]}; });
  }
  if (kind == Special::Str) {
    return sort_decorated<StrRec, StrRecLess>(
        interp, items, n, [&](size_t i) { return StrRec{str_prefix(keys[i]), keys[i], items[i]}; });
  }
  if (keys == items) {
    if (kind == Special::Int) return sort_with(interp, items, n, IntLess{});
    return sort_with(interp, items, n, GenericLess{&interp});
  }
  KeyValue* kv = static_cast<KeyValue*>(std::malloc(n * sizeof(KeyValue)));
  if (kv == nullptr) { raise_no_memory(interp); return false; }
  for (size_t i = 0; i < n; i++) kv[i] = {keys[i], items[i]};
  bool ok = kind == Special::Int ? sort_with(interp, kv, n, IntLess{}) : sort_with(interp, kv, n, GenericLess{&interp});
  for (size_t i = 0; i < n; i++) items[i] = kv[i].value;
  std::free(kv);
  return ok;
}

}  // namespace

bool list_sort(Interp& interp, List* l, Value key, bool reverse) {
  // Detach the items: the list looks empty while user code (keys, __lt__) runs, and any
  // mutation is detected afterwards, as in CPython.
  Value* items = l->items;
  size_t n = l->size, cap = l->capacity;
  l->items = nullptr;
  l->size = l->capacity = 0;

  bool ok = true;
  if (n > 1) {
    if (reverse) std::reverse(items, items + n);   // keeps equal items in order (stability)
    if (key.is_null() || key.is_none()) {
      ok = sort_items(interp, items, items, n);
    } else {
      Value* keys = static_cast<Value*>(std::malloc(n * sizeof(Value)));
      if (keys == nullptr) {
        raise_no_memory(interp);
        ok = false;
      } else {
        for (size_t i = 0; i < n && ok; i++) {
          keys[i] = call(interp, key, &items[i], 1);
          if (keys[i].is_null()) ok = false;
        }
        if (ok) ok = sort_items(interp, keys, items, n);
        std::free(keys);
      }
    }
    if (reverse) std::reverse(items, items + n);
  }

  bool modified = l->items != nullptr || l->size != 0;
  if (l->items != nullptr) {
    std::free(l->items);
    interp.heap.account(-ptrdiff_t(l->capacity * sizeof(Value)));
  }
  l->items = items;
  l->size = n;
  l->capacity = cap;
  if (modified && ok) {
    raise(interp, interp.exc_types.ValueError, "list modified during sort");
    return false;
  }
  return ok;
}

}  // namespace coil
