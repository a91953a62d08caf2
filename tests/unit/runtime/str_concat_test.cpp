// Unit tests for str concatenation (runtime/str_concat.cpp): long strings built by `+` share one
// growable buffer, appending to the newest is in place, older prefixes never change.
#include <gtest/gtest.h>
#include <string>
#include "runtime/interpreter.h"
#include "runtime/str.h"
#include "runtime/str_buffer.h"

namespace coil {
namespace {

Str* cat(Interpreter& interp, Str* a, const char* b) {
  Value r = str_concat(interp, a, str_new(interp, b));
  EXPECT_FALSE(r.is_null());
  return r.as<Str>();
}

TEST(StrConcat, LoopSharesOneBuffer) {
  Interpreter interp;
  Str* s = str_new(interp, "");
  for (int i = 0; i < 100; i++) s = cat(interp, s, "abc");   // 300 bytes: past the inline limit
  ASSERT_TRUE(s->flags & kStrShared);
  size_t appended_in_place = 0;
  for (int i = 0; i < 1000; i++) {
    Str* next = cat(interp, s, "xy");
    appended_in_place += next->data == s->data;
    s = next;
  }
  // Growth is geometric: almost every append reuses the buffer.
  EXPECT_GT(appended_in_place, 990u);
  EXPECT_EQ(s->size, 2300u);
  EXPECT_EQ(s->length, 2300u);
  EXPECT_TRUE(s->is_ascii());
  EXPECT_EQ(s->data[s->size], '\0');   // the newest string of a buffer is NUL-terminated
}

TEST(StrConcat, OlderPrefixesStayImmutable) {
  Interpreter interp;
  Str* base = str_new(interp, std::string(150, 'q'));
  Str* a = cat(interp, cat(interp, base, "1"), "2");   // built twice: a has a growable buffer
  ASSERT_TRUE(a->flags & kStrShared);
  Str* b = cat(interp, a, "3");                         // in place
  EXPECT_EQ(b->data, a->data);
  Str* c = cat(interp, a, "4");                         // a is no longer the newest: a copy
  EXPECT_NE(c->data, a->data);
  EXPECT_EQ(a->view(), std::string(150, 'q') + "12");
  EXPECT_EQ(b->view(), std::string(150, 'q') + "123");
  EXPECT_EQ(c->view(), std::string(150, 'q') + "124");
  EXPECT_TRUE(str_equal(str_new(interp, b->view()), b));
  EXPECT_EQ(str_hash(str_new(interp, b->view())), str_hash(b));
  // Interning or compacting a shared string gives an inline, NUL-terminated copy.
  Str* i = intern_str(interp, a);
  EXPECT_FALSE(i->flags & kStrShared);
  EXPECT_EQ(i->data[i->size], '\0');
  EXPECT_EQ(std::string(str_cstr(a)), std::string(a->view()));
}

TEST(StrConcat, NonAsciiLengths) {
  Interpreter interp;
  Str* s = str_new(interp, "");
  for (int i = 0; i < 100; i++) s = cat(interp, s, i % 2 ? "\xC3\xA9" : "z");   // é / z
  EXPECT_EQ(s->length, 100u);
  EXPECT_EQ(s->size, 150u);
  EXPECT_FALSE(s->is_ascii());
  EXPECT_EQ(str_codepoint_at(s, 99), 0xE9u);
}

TEST(StrConcat, SurvivesCollection) {
  Interpreter interp;
  Str* s = str_new(interp, "");
  for (int i = 0; i < 200; i++) s = cat(interp, s, "0123456789");
  ASSERT_TRUE(s->flags & kStrShared);
  // Only the header is rooted: the buffer must survive through Str's trace slot.
  Root keep(interp, Value::object(s));
  size_t before = interp.heap.object_count();
  interp.heap.collect(interp);
  EXPECT_LT(interp.heap.object_count(), before);   // the intermediate headers and buffers went
  EXPECT_EQ(s->size, 2000u);
  EXPECT_EQ(s->view().substr(1990), "0123456789");
  Str* t = cat(interp, s, "!");
  EXPECT_EQ(t->view().back(), '!');
}

}  // namespace
}  // namespace coil
