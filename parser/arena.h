// Bump allocator that owns every AST node, array and string of one parse.
// Everything is freed at once when the Arena dies; no node destructor ever runs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace coil::ast {

// A read-only view of an arena-allocated array. Trivially destructible so nodes can hold it.
template <class T>
struct Span {
  T* data_ = nullptr;
  uint32_t size_ = 0;

  T* begin() const { return data_; }
  T* end() const { return data_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) const { return data_[i]; }
  T& front() const { return data_[0]; }
  T& back() const { return data_[size_ - 1]; }
};

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t bytes, size_t align = alignof(std::max_align_t)) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(cur_) + (align - 1)) & ~(uintptr_t)(align - 1);
    if (cur_ == nullptr || p + bytes > reinterpret_cast<uintptr_t>(end_)) {
      grow(bytes + align);
      p = (reinterpret_cast<uintptr_t>(cur_) + (align - 1)) & ~(uintptr_t)(align - 1);
    }
    cur_ = reinterpret_cast<char*>(p + bytes);
    return reinterpret_cast<void*>(p);
  }

  // Nodes must be trivially destructible: the arena never runs destructors.
  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  std::string_view copy_string(std::string_view s) {
    if (s.empty()) return std::string_view("", 0);
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return std::string_view(p, s.size());
  }

  // A copy followed by a NUL byte (not part of the view), for scanners that need a sentinel.
  std::string_view copy_string_terminated(std::string_view s) {
    char* p = static_cast<char*>(allocate(s.size() + 1, 1));
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return std::string_view(p, s.size());
  }

  template <class T>
  Span<T> copy_span(const T* items, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    Span<T> s;
    if (n == 0) return s;
    s.data_ = static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
    std::memcpy(static_cast<void*>(s.data_), items, sizeof(T) * n);
    s.size_ = static_cast<uint32_t>(n);
    return s;
  }

  template <class T>
  Span<T> copy_span(const std::vector<T>& v) { return copy_span(v.data(), v.size()); }

  size_t bytes_reserved() const { return reserved_; }

 private:
  void grow(size_t at_least) {
    size_t size = next_block_;
    if (size < at_least) size = at_least;
    if (next_block_ < (1u << 20)) next_block_ *= 2;
    blocks_.emplace_back(new char[size]);
    cur_ = blocks_.back().get();
    end_ = cur_ + size;
    reserved_ += size;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cur_ = nullptr;
  char* end_ = nullptr;
  size_t next_block_ = 16 * 1024;
  size_t reserved_ = 0;
};

}  // namespace coil::ast
