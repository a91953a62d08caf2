// The embedding API (include/coil/coil.h): exec/eval/call, errors as values, globals, handles
// surviving collections, host functions, and several Vms side by side.
#include <gtest/gtest.h>
#include <string>

#include "coil/coil.h"

namespace coil {
namespace {

TEST(Api, EvalAndConversions) {
  Vm vm;
  Result r = vm.eval("2 ** 10 + 1");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value().to_int(), 1025);
  EXPECT_TRUE(r.value().is_int());
  EXPECT_EQ(vm.eval("1.5").value().to_float(), 1.5);
  EXPECT_EQ(vm.eval("'h\\u00e9'").value().to_str(), std::string("h\xC3\xA9"));
  EXPECT_EQ(vm.eval("True").value().to_bool(), true);
  EXPECT_FALSE(vm.eval("'x'").value().to_int().has_value());
  EXPECT_EQ(vm.eval("[1, 'a']").value().repr(), "[1, 'a']");
  EXPECT_EQ(vm.eval("2 ** 100").value().to_int(), std::nullopt);
  EXPECT_EQ(vm.eval("None").value().type_name(), "NoneType");
}

TEST(Api, ExecSharesMainNamespace) {
  Vm vm;
  ASSERT_TRUE(vm.exec("def f(x):\n    return x * 2\ny = f(21)\n").ok());
  EXPECT_EQ(vm.get_global("y").to_int(), 42);
  Result r = vm.call("f", {vm.integer(5)});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().to_int(), 10);
  EXPECT_TRUE(vm.get_global("missing").empty());
  EXPECT_TRUE(vm.set_global("z", vm.string("hi")));
  EXPECT_EQ(vm.eval("z + '!'").value().to_str(), "hi!");
}

TEST(Api, ErrorsAreValues) {
  Vm vm;
  Result r = vm.eval("1 / 0");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().type, "ZeroDivisionError");
  EXPECT_EQ(r.error().message, "division by zero");
  EXPECT_NE(r.error().traceback.find("ZeroDivisionError: division by zero"), std::string::npos);
  Result s = vm.exec("x = (");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().type, "SyntaxError");
  Result t = vm.call("nope", {});
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().type, "NameError");
  // The Vm stays usable after errors.
  EXPECT_EQ(vm.eval("1 + 1").value().to_int(), 2);
}

TEST(Api, HandlesSurviveCollections) {
  VmOptions opts;
  opts.gc_stress = true;
  Vm vm(opts);
  Handle list = vm.eval("[str(i) for i in range(100)]").value();
  ASSERT_TRUE(vm.exec("junk = [[i] * 10 for i in range(1000)]\ndel junk").ok());
  ASSERT_TRUE(vm.exec("import gc\ngc.collect()").ok());
  EXPECT_EQ(list.repr().substr(0, 15), "['0', '1', '2',");
  Handle copy = list;
  Handle moved = std::move(list);
  EXPECT_TRUE(list.empty());
  EXPECT_EQ(copy.repr(), moved.repr());
}

Result host_add(Vm& vm, const std::vector<Handle>& args, void* userdata) {
  int* calls = static_cast<int*>(userdata);
  ++*calls;
  if (args.size() != 2) return Result::failure({"TypeError", "add() takes 2 arguments", ""});
  auto a = args[0].to_int(), b = args[1].to_int();
  if (!a || !b) return Result::failure({"ValueError", "ints only", ""});
  return Result::success(vm.integer(*a + *b));
}

TEST(Api, HostFunctions) {
  Vm vm;
  int calls = 0;
  ASSERT_TRUE(vm.register_function("add", host_add, &calls));
  EXPECT_EQ(vm.eval("add(2, 3)").value().to_int(), 5);
  EXPECT_EQ(calls, 1);
  Result r = vm.eval("add('a', 1)");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().type, "ValueError");
  EXPECT_EQ(r.error().message, "ints only");
  ASSERT_TRUE(vm.exec("try:\n    add(1)\nexcept TypeError as e:\n    msg = str(e)\n").ok());
  EXPECT_EQ(vm.get_global("msg").to_str(), "add() takes 2 arguments");
}

TEST(Api, SeveralVms) {
  Vm a, b;
  ASSERT_TRUE(a.exec("x = 1").ok());
  ASSERT_TRUE(b.exec("x = 2").ok());
  EXPECT_EQ(a.get_global("x").to_int(), 1);
  EXPECT_EQ(b.get_global("x").to_int(), 2);
}

}  // namespace
}  // namespace coil
