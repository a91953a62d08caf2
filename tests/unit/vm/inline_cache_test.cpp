// Inline caches (vm/inline_cache.h): what each kind of site records after running, the call
// fast-path facts of a code object, and that cached objects survive collection.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include "compiler/compiler.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/interpreter.h"
#include "runtime/str.h"
#include "vm/inline_cache.h"
#include "vm/vm.h"

namespace coil {
namespace {

class InlineCacheTest : public ::testing::Test {
 protected:
  Interpreter interp;
  Dict* globals = nullptr;
  std::unique_ptr<Root> globals_root;   // the tests collect

  void SetUp() override {
    globals = dict_new(interp);
    globals_root = std::make_unique<Root>(interp, Value::object(globals));
    dict_set_str(interp, globals, interp.names.__name__, Value::object(intern(interp, "__test__")));
  }
  void TearDown() override { globals_root.reset(); }

  // Compiles and runs `source` as a module body in `globals`.
  void run(const char* source) {
    Code* code = compiler::compile_source(interp, source, "<test>", {});
    ASSERT_NE(code, nullptr);
    Value r = run_code(interp, code, globals);
    ASSERT_FALSE(r.is_null()) << "the test source raised";
  }

  Function* function(const char* name) {
    Value v = dict_get_str(globals, intern(interp, name));
    EXPECT_TRUE(is_kind(v, Kind::Function)) << name;
    return v.as<Function>();
  }

  // The cache entry of the first instruction `op` in fn's code.
  const InlineCache* site(Function* fn, Op op) {
    CodeCaches* cc = fn->code->body->caches;
    EXPECT_NE(cc, nullptr);
    const auto& insns = fn->code->body->insns;
    for (size_t i = 0; i < insns.size(); i++) {
      if (op_of(insns[i]) == op) {
        EXPECT_NE(cc->site[i], ~0u);
        return &cc->entries[cc->site[i]];
      }
    }
    ADD_FAILURE() << "no " << op_name(op) << " in " << fn->name->view();
    return nullptr;
  }
};

TEST_F(InlineCacheTest, GlobalAndBuiltinSites) {
  run("g = 5\n"
      "def f(x):\n"
      "    return len(x) + g\n"
      "r = f([1, 2]) + f([3])\n");
  Function* f = function("f");
  const auto& insns = f->code->body->insns;
  CodeCaches* cc = f->code->body->caches;
  int builtins = 0, globals_seen = 0;
  for (size_t i = 0; i < insns.size(); i++) {
    if (op_of(insns[i]) != Op::LOAD_GLOBAL) continue;
    const InlineCache& c = cc->entries[cc->site[i]];
    if (c.kind == CacheKind::Builtin) builtins++;
    if (c.kind == CacheKind::Global) globals_seen++;
  }
  EXPECT_EQ(builtins, 1);
  EXPECT_EQ(globals_seen, 1);
  EXPECT_EQ(dict_get_str(globals, intern(interp, "r")), Value::small_int(13));
}

TEST_F(InlineCacheTest, AttributeMethodAndStoreSites) {
  run("class P:\n"
      "    def __init__(self, x):\n"
      "        self.x = x\n"
      "    def get(self):\n"
      "        return self.x\n"
      "def use(p):\n"
      "    return p.get()\n"
      "ps = [P(1), P(2), P(3)]\n"
      "r = [use(p) for p in ps]\n");
  Value cls = dict_get_str(globals, intern(interp, "P"));
  ASSERT_TRUE(is_kind(cls, Kind::Type));
  Function* use = function("use");
  const InlineCache* m = site(use, Op::LOAD_METHOD);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, CacheKind::Method);
  EXPECT_EQ(m->type, cls.as<Type>());

  Value get = dict_get_str(cls.as<Type>()->dict, intern(interp, "get"));
  ASSERT_TRUE(is_kind(get, Kind::Function));
  const InlineCache* a = site(get.as<Function>(), Op::LOAD_ATTR);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, CacheKind::InstanceValue);

  Value init = dict_get_str(cls.as<Type>()->dict, interp.names.__init__);
  const InlineCache* s = site(init.as<Function>(), Op::STORE_ATTR);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, CacheKind::StoreInstance);
  EXPECT_EQ(s->version, cls.as<Type>()->version);
}

TEST_F(InlineCacheTest, FastCallFacts) {
  run("def plain(a, b=1):\n"
      "    return a + b\n"
      "def star(*a):\n"
      "    return a\n"
      "def kwonly(a, *, b=1):\n"
      "    return a\n"
      "def cell(a):\n"
      "    def inner():\n"
      "        return a\n"
      "    return inner\n"
      "def gen(a):\n"
      "    yield a\n"
      "plain(1); star(1); kwonly(1); cell(1)(); list(gen(1))\n");
  EXPECT_TRUE(function("plain")->code->body->caches->fast_call);
  EXPECT_FALSE(function("star")->code->body->caches->fast_call);
  EXPECT_FALSE(function("kwonly")->code->body->caches->fast_call);
  EXPECT_FALSE(function("cell")->code->body->caches->fast_call);
  EXPECT_FALSE(function("gen")->code->body->caches->fast_call);
  CodeCaches* cc = function("plain")->code->body->caches;
  EXPECT_EQ(cc->nlocalsplus, 2u);
  EXPECT_EQ(cc->insns, function("plain")->code->body->insns.data());
}

TEST_F(InlineCacheTest, CachedTypeSurvivesCollection) {
  // The only reference to class C left is the cache of f's LOAD_METHOD site (and the
  // instance in `o`, deleted too): a collection must not free what an entry names.
  run("class C:\n"
      "    def m(self):\n"
      "        return 7\n"
      "def f(o):\n"
      "    return o.m()\n"
      "o = C()\n"
      "r = f(o) + f(o)\n"
      "del C, o\n");
  Function* f = function("f");
  const InlineCache* m = site(f, Op::LOAD_METHOD);
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->kind, CacheKind::Method);
  Type* cached = m->type;
  interp.heap.collect(interp);
  interp.heap.collect(interp);
  // Still a live, intact class object.
  EXPECT_EQ(cached->name->view(), "C");
  run("class D:\n"
      "    def m(self):\n"
      "        return 8\n"
      "r2 = f(D())\n");
  EXPECT_EQ(dict_get_str(globals, intern(interp, "r2")), Value::small_int(8));
  EXPECT_EQ(site(f, Op::LOAD_METHOD)->type->name->view(), "D");
}

}  // namespace
}  // namespace coil
