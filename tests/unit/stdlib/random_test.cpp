// The random module must reproduce CPython's numbers exactly. Every expected value below was
// produced by running the same expression under CPython 3.11.7 (python3), not typed by hand.
#include <gtest/gtest.h>
#include <string>

#include "coil/coil.h"

namespace coil {
namespace {

std::string eval_repr(Vm& vm, const std::string& expr) {
  Result r = vm.eval(expr);
  if (!r.ok()) return "<" + r.error().type + ": " + r.error().message + ">";
  return r.value().repr();
}

class RandomTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(vm.exec("import random").ok()); }
  Vm vm;
};

TEST_F(RandomTest, SeedsMatchCPython) {
  struct Case { const char* seed; const char* randoms; const char* bits70; const char* rr; const char* ri; const char* ch; };
  const Case cases[] = {
      {"0", "[0.8444218515250481, 0.7579544029403025, 0.420571580830845]", "608105494072089140794", "497", "1", "'c'"},
      {"1", "[0.13436424411240122, 0.8474337369372327, 0.763774618976614]", "574024282404777899068", "779", "2", "'d'"},
      {"42", "[0.6394267984578837, 0.025010755222666936, 0.27502931836911926]", "869570991858821387998", "104", "5", "'f'"},
      {"12345", "[0.41661987254534116, 0.010169169457068361, 0.8252065092537432]", "440049631897308080450", "954", "-2", "'c'"},
      {"2**100", "[0.7586581712996778, 0.22562004686918613, 0.9800682106697105]", "990895898548944672789", "179", "0", "'d'"},
      {"-7", "[0.32383276483316237, 0.15084917392450192, 0.6509344730398537]", "642339135128645349171", "96", "0", "'e'"},
      {"'hello'", "[0.3537754404730722, 0.6631985810268619, 0.5476053663383964]", "61882973465255855343", "744", "0", "'f'"},
      {"3.5", "[0.3039190124834461, 0.23014450764056538, 0.9120431245165537]", "204393519653385334558", "209", "0", "'d'"},
  };
  for (const Case& c : cases) {
    ASSERT_TRUE(vm.exec(std::string("r = random.Random(") + c.seed + ")").ok()) << c.seed;
    EXPECT_EQ(eval_repr(vm, "[r.random() for _ in range(3)]"), c.randoms) << c.seed;
    EXPECT_EQ(eval_repr(vm, "r.getrandbits(70)"), c.bits70) << c.seed;
    EXPECT_EQ(eval_repr(vm, "r.randrange(1000)"), c.rr) << c.seed;
    EXPECT_EQ(eval_repr(vm, "r.randint(-5, 5)"), c.ri) << c.seed;
    EXPECT_EQ(eval_repr(vm, "r.choice('abcdef')"), c.ch) << c.seed;
  }
}

TEST_F(RandomTest, SequenceFunctions) {
  ASSERT_TRUE(vm.exec("r = random.Random(42)\nl = list(range(10))\nr.shuffle(l)").ok());
  EXPECT_EQ(eval_repr(vm, "l"), "[7, 3, 2, 8, 5, 6, 9, 4, 0, 1]");
  EXPECT_EQ(eval_repr(vm, "r.sample(range(100), 5)"), "[75, 54, 4, 3, 11]");
  EXPECT_EQ(eval_repr(vm, "r.choices('abc', k=5)"), "['a', 'b', 'a', 'a', 'b']");
  EXPECT_EQ(eval_repr(vm, "r.choices('abc', weights=[1, 2, 3], k=5)"), "['c', 'b', 'c', 'c', 'a']");
  EXPECT_EQ(eval_repr(vm, "r.uniform(1, 2)"), "1.805819251832808");
  EXPECT_EQ(eval_repr(vm, "r.gauss()"), "-0.2919520493500683");
  EXPECT_EQ(eval_repr(vm, "r.normalvariate()"), "-0.3089835340742219");
  EXPECT_EQ(eval_repr(vm, "r.expovariate(2)"), "0.05085934249781582");
  EXPECT_EQ(eval_repr(vm, "r.triangular()"), "0.7238608741480663");
  ASSERT_TRUE(vm.exec("r = random.Random(7)").ok());
  EXPECT_EQ(eval_repr(vm, "r.sample(range(10**6), 3)"), "[339563, 993908, 158176]");
  EXPECT_EQ(eval_repr(vm, "r.randrange(0, 100, 7)"), "42");
  EXPECT_EQ(eval_repr(vm, "r.randrange(10**30)"), "742026323667635606410750824491");
  EXPECT_EQ(eval_repr(vm, "r.getrandbits(32)"), "249103477");
  EXPECT_EQ(eval_repr(vm, "r.getrandbits(1)"), "1");
  EXPECT_EQ(eval_repr(vm, "r.getrandbits(64)"), "3960482443532127989");
}

TEST_F(RandomTest, ModuleFunctionsShareOneGenerator) {
  ASSERT_TRUE(vm.exec("random.seed(42)").ok());
  EXPECT_EQ(eval_repr(vm, "random.random()"), "0.6394267984578837");
  EXPECT_EQ(eval_repr(vm, "random.random()"), "0.025010755222666936");
}

TEST_F(RandomTest, Errors) {
  EXPECT_EQ(eval_repr(vm, "random.choice([])"), "<IndexError: Cannot choose from an empty sequence>");
  EXPECT_EQ(eval_repr(vm, "random.randrange(0)"), "<ValueError: empty range for randrange()>");
  EXPECT_EQ(eval_repr(vm, "random.randrange(5, 2)"), "<ValueError: empty range for randrange() (5, 2, -3)>");
  EXPECT_EQ(eval_repr(vm, "random.randrange(1, 5, 0)"), "<ValueError: zero step for randrange()>");
  EXPECT_EQ(eval_repr(vm, "random.sample([1, 2], 3)"), "<ValueError: Sample larger than population or is negative>");
  EXPECT_EQ(eval_repr(vm, "random.getrandbits(-1)"), "<ValueError: number of bits must be non-negative>");
}

}  // namespace
}  // namespace coil
