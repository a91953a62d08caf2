// Unit tests for the dict storage (runtime/dict.cpp): insertion order across deletions and
// resizes, large tables, version bumps, str/int/float key equality, unhashable keys.
#include <gtest/gtest.h>
#include <string>
#include <vector>
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/interpreter.h"
#include "runtime/list.h"
#include "runtime/str.h"

namespace coil {
namespace {

std::vector<int64_t> int_keys(Dict* d) {
  std::vector<int64_t> out;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) out.push_back(k.as_small_int());
  return out;
}

std::string pending_error(Interp& interp) {
  Value e = fetch_error(interp);
  return e.is_null() ? "" : format_exception_only(interp, e);
}

TEST(Dict, InsertionOrderAfterDeletesAndResizes) {
  Interpreter interp;
  Dict* d = dict_new(interp);
  std::vector<int64_t> expect;
  for (int64_t i = 0; i < 1000; i++) ASSERT_TRUE(dict_set(interp, d, Value::small_int(i), Value::small_int(i * 2)));
  for (int64_t i = 0; i < 1000; i += 2) ASSERT_EQ(dict_del(interp, d, Value::small_int(i)), 1);
  for (int64_t i = 1; i < 1000; i += 2) expect.push_back(i);
  EXPECT_EQ(int_keys(d), expect);
  // Re-inserting a deleted key appends it; replacing a live one keeps its place.
  ASSERT_TRUE(dict_set(interp, d, Value::small_int(0), Value::none()));
  ASSERT_TRUE(dict_set(interp, d, Value::small_int(1), Value::none()));
  expect.push_back(0);
  for (int64_t i = 5000; i < 7000; i++) {   // forces resizes that compact the holes
    ASSERT_TRUE(dict_set(interp, d, Value::small_int(i), Value::none()));
    expect.push_back(i);
  }
  EXPECT_EQ(int_keys(d), expect);
  EXPECT_EQ(d->used, expect.size());
  Value v;
  ASSERT_EQ(dict_lookup(interp, d, Value::small_int(3), &v), 1);
  EXPECT_EQ(v.as_small_int(), 6);
  EXPECT_EQ(dict_lookup(interp, d, Value::small_int(2), &v), 0);
  EXPECT_EQ(dict_del(interp, d, Value::small_int(2)), 0);
}

TEST(Dict, HundredThousandStrKeys) {
  Interpreter interp;
  Dict* d = dict_new(interp);
  std::vector<Str*> keys;
  for (int i = 0; i < 100000; i++) {
    Str* k = str_new(interp, "key" + std::to_string(i));
    keys.push_back(k);
    ASSERT_TRUE(dict_set_str(interp, d, k, Value::small_int(i)));
  }
  EXPECT_EQ(d->used, 100000u);
  for (int i = 0; i < 100000; i += 7) {
    // A different Str object with the same text finds the same entry.
    Str* probe = str_new(interp, "key" + std::to_string(i));
    Value v = dict_get_str(d, probe);
    ASSERT_FALSE(v.is_null());
    EXPECT_EQ(v.as_small_int(), i);
    ASSERT_EQ(dict_lookup(interp, d, Value::object(probe), &v), 1);
    EXPECT_EQ(v.as_small_int(), i);
  }
  EXPECT_TRUE(dict_get_str(d, str_new(interp, "missing")).is_null());
  for (int i = 0; i < 100000; i += 2) ASSERT_EQ(dict_del(interp, d, Value::object(keys[i])), 1);
  EXPECT_EQ(d->used, 50000u);
  size_t pos = 0;
  Value k;
  ASSERT_TRUE(dict_next(d, &pos, &k, nullptr));
  EXPECT_EQ(k.as<Str>()->view(), "key1");
}

TEST(Dict, VersionChangesOnEveryMutation) {
  Interpreter interp;
  Dict* d = dict_new(interp);
  Str* a = intern(interp, "a");
  uint64_t v0 = d->version;
  ASSERT_TRUE(dict_set_str(interp, d, a, Value::small_int(1)));
  uint64_t v1 = d->version;
  EXPECT_NE(v0, v1);
  ASSERT_TRUE(dict_set_str(interp, d, a, Value::small_int(2)));   // replacing a value counts
  uint64_t v2 = d->version;
  EXPECT_NE(v1, v2);
  Value out;
  ASSERT_EQ(dict_lookup(interp, d, Value::object(a), &out), 1);   // reads do not
  EXPECT_EQ(d->version, v2);
  ASSERT_EQ(dict_del(interp, d, Value::object(a)), 1);
  EXPECT_NE(d->version, v2);
  uint64_t v3 = d->version;
  dict_clear(interp, d);
  EXPECT_NE(d->version, v3);
}

TEST(Dict, NumericKeysCompareByValue) {
  Interpreter interp;
  Dict* d = dict_new(interp);
  ASSERT_TRUE(dict_set(interp, d, Value::small_int(1), Value::small_int(10)));
  ASSERT_TRUE(dict_set(interp, d, make_float(interp, 1.0), Value::small_int(20)));   // same key as 1
  EXPECT_EQ(d->used, 1u);
  Value v;
  ASSERT_EQ(dict_lookup(interp, d, Value::small_int(1), &v), 1);
  EXPECT_EQ(v.as_small_int(), 20);
  ASSERT_EQ(dict_lookup(interp, d, Value::true_(), &v), 1);   // True == 1
}

TEST(Dict, UnhashableKeyRaises) {
  Interpreter interp;
  Dict* d = dict_new(interp);
  List* l = list_new(interp);
  EXPECT_FALSE(dict_set(interp, d, Value::object(l), Value::none()));
  EXPECT_EQ(pending_error(interp), "TypeError: unhashable type: 'list'");
  Value v;
  EXPECT_EQ(dict_lookup(interp, d, Value::object(l), &v), -1);
  EXPECT_EQ(pending_error(interp), "TypeError: unhashable type: 'list'");
}

TEST(Dict, CopyAndUpdate) {
  Interpreter interp;
  Dict* d = dict_new(interp);
  for (int64_t i = 0; i < 50; i++) ASSERT_TRUE(dict_set(interp, d, Value::small_int(i), Value::small_int(-i)));
  for (int64_t i = 0; i < 50; i += 3) ASSERT_EQ(dict_del(interp, d, Value::small_int(i)), 1);
  Dict* c = dict_copy(interp, d);
  EXPECT_EQ(int_keys(c), int_keys(d));
  Dict* e = dict_new(interp);
  ASSERT_TRUE(dict_set(interp, e, Value::small_int(1000), Value::none()));
  ASSERT_TRUE(dict_update(interp, e, Value::object(d)));
  EXPECT_EQ(e->used, d->used + 1);
  EXPECT_EQ(int_keys(e).front(), 1000);
}

}  // namespace
}  // namespace coil
