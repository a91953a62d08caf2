// An append-only list built in the arena while parsing, turned into an ast::Span at the end.
// Trivially copyable, so Bison's variant can carry it without heap allocation.
#pragma once

#include <cstdint>

#include "parser/arena.h"

namespace coil::parser {

// No member initializers: Bison's %union needs a trivial type. Always write `Seq<T>{}` (or
// `= {}`) to start an empty one.
template <class T>
struct Seq {
  struct Cell {
    T value;
    Cell* next;
  };
  Cell* head;
  Cell* tail;

  bool empty() const { return head == nullptr; }
  bool single() const { return head != nullptr && head == tail; }
  T& last() const { return tail->value; }
  T& first() const { return head->value; }
  uint32_t count() const {
    uint32_t n = 0;
    for (Cell* c = head; c; c = c->next) n++;
    return n;
  }
};

template <class T>
Seq<T> seq_push(ast::Arena& arena, Seq<T> s, T value) {
  auto* c = arena.make<typename Seq<T>::Cell>(typename Seq<T>::Cell{value, nullptr});
  if (s.tail) s.tail->next = c;
  else s.head = c;
  s.tail = c;
  return s;
}

template <class T>
Seq<T> seq_one(ast::Arena& arena, T value) { return seq_push(arena, Seq<T>{}, value); }

template <class T>
ast::Span<T> seq_span(ast::Arena& arena, const Seq<T>& s) {
  ast::Span<T> out;
  uint32_t n = s.count();
  if (n == 0) return out;
  out.data_ = static_cast<T*>(arena.allocate(sizeof(T) * n, alignof(T)));
  out.size_ = n;
  uint32_t i = 0;
  for (auto* c = s.head; c; c = c->next) out.data_[i++] = c->value;
  return out;
}

}  // namespace coil::parser
