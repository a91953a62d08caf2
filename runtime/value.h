// The tagged 64-bit word every Python value travels in.
// Small ints and None/True/False live in the word itself; everything else is a heap Object*.
#pragma once
#include <cstdint>
#include <cstddef>

namespace coil {

struct Object;

// Encoding (low bits):
//   ...xx1  small int, value = (int64_t)raw >> 1  (63-bit signed range)
//   ...000  pointer to an Object (raw == 0 is the null Value: "no value / error pending")
//   ...010  immediates: None = 0x02, False = 0x06, True = 0x0A
// The representation is private to this header: code outside uses the accessors only,
// so it can change (e.g. to NaN-boxing) without touching callers.
class Value {
 public:
  static constexpr int64_t kMaxSmall = (int64_t(1) << 62) - 1;
  static constexpr int64_t kMinSmall = -(int64_t(1) << 62);

  constexpr Value() : raw_(0) {}
  static constexpr Value from_raw(uint64_t r) { Value v; v.raw_ = r; return v; }
  static constexpr bool fits_small(int64_t n) { return n >= kMinSmall && n <= kMaxSmall; }
  // Caller guarantees fits_small(n); use make_int() (runtime/int.h) for arbitrary values.
  static constexpr Value small_int(int64_t n) { return from_raw((uint64_t(n) << 1) | 1); }
  static Value object(const Object* o) { return from_raw(reinterpret_cast<uint64_t>(o)); }
  static constexpr Value none() { return from_raw(kNone); }
  static constexpr Value true_() { return from_raw(kTrue); }
  static constexpr Value false_() { return from_raw(kFalse); }
  static constexpr Value boolean(bool b) { return b ? true_() : false_(); }
  static constexpr Value null() { return Value(); }

  constexpr bool is_null() const { return raw_ == 0; }
  constexpr bool is_small_int() const { return raw_ & 1; }
  constexpr bool is_object() const { return (raw_ & 7) == 0 && raw_ != 0; }
  constexpr bool is_none() const { return raw_ == kNone; }
  constexpr bool is_true() const { return raw_ == kTrue; }
  constexpr bool is_false() const { return raw_ == kFalse; }
  constexpr bool is_bool() const { return raw_ == kTrue || raw_ == kFalse; }
  constexpr bool is_immediate() const { return (raw_ & 3) == 2; }

  constexpr int64_t as_small_int() const { return int64_t(raw_) >> 1; }
  Object* as_object() const { return reinterpret_cast<Object*>(raw_); }
  template <class T> T* as() const { return static_cast<T*>(as_object()); }
  constexpr uint64_t raw() const { return raw_; }

  // Identity (Python's `is`), not equality.
  constexpr bool operator==(const Value& o) const { return raw_ == o.raw_; }
  constexpr bool operator!=(const Value& o) const { return raw_ != o.raw_; }
  explicit constexpr operator bool() const = delete;  // ambiguous: use is_null()/truthiness

 private:
  static constexpr uint64_t kNone = 0x02, kFalse = 0x06, kTrue = 0x0A;
  uint64_t raw_;
};

static_assert(sizeof(Value) == 8);

}  // namespace coil
