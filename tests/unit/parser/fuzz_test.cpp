// Robustness: parse() must return (never throw, crash or recurse without bound) for random
// bytes, mutations of valid programs and absurdly deep nesting, and always set exactly one of
// module / error.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "parser/parse.h"

namespace {

const char* const kSeeds[] = {
    "def f(a, b=1, *c, d, **e) -> int:\n    '''doc'''\n    return [x for x in a if x]\n",
    "class A(B, metaclass=M):\n    x: int = 1\n    async def m(self):\n        async with a as b:\n            await c\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass\n",
    "x = f'{a!r:>{w}} {b=} {{}}' 'c' rb'\\x00'\nwith (a as b, c):\n    del x[1:2, ::3]\n",
    "for i, *j in k:\n    if i: continue\n    elif j: break\nelse:\n    y = lambda *a, **k: (yield)\n",
    "import a.b as c\nfrom ..d import (e, f as g)\nglobal h\nx = {**a, 'b': [1, 2.5e3, 0x_f]}\n",
    "@dec\ndef g():\n    nonlocal z\n    x = a if b else c or d and not e < f <= g is not h\n",
    "while (n := n - 1) > 0:\n    print(*args, sep='', **kw)\n",
};

const char* const kPieces[] = {
    "(", ")", "[", "]", "{", "}", ":", ";", ",", "\n", "    ", "\t", "\\\n", "'", "\"", "'''",
    "f'{", "}", "=", "==", ":=", "lambda", "if", "else", "for", "in", "not", "*", "**", "@",
    "async", "await", "yield", "def", "class", "return", "\xff", "\xc3", "\0", "#", "0x", "1e",
    "1_", "\\N{", "b'\xe9'", " ", "...", ".", "->", "!r", "x", "1j",
};

void check(const std::string& src) {
  auto r = coil::parser::parse(src, "fuzz.py");
  ASSERT_TRUE((r.module != nullptr) != r.error.has_value()) << src;
  if (r.error) {
    std::string text = coil::parser::format_syntax_error(*r.error);
    ASSERT_FALSE(text.empty());
  } else {
    std::string text = coil::parser::dump(*r.module, true);
    ASSERT_FALSE(text.empty());
  }
}

TEST(ParserFuzz, MutatedPrograms) {
  std::mt19937 rng(12345);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  for (int round = 0; round < 3000; round++) {
    std::string s = kSeeds[pick(sizeof kSeeds / sizeof kSeeds[0])];
    int edits = 1 + static_cast<int>(pick(4));
    for (int e = 0; e < edits && !s.empty(); e++) {
      size_t at = pick(s.size() + 1);
      switch (pick(4)) {
        case 0: s.erase(at, 1 + pick(5)); break;
        case 1: s.insert(at, kPieces[pick(sizeof kPieces / sizeof kPieces[0])]); break;
        case 2: s.insert(at, 1, static_cast<char>(rng())); break;
        case 3: s = s.substr(0, at); break;
      }
    }
    check(s);
  }
}

TEST(ParserFuzz, RandomBytes) {
  std::mt19937 rng(777);
  for (int round = 0; round < 1000; round++) {
    std::string s(rng() % 200, '\0');
    for (char& c : s) c = static_cast<char>(round % 2 ? rng() : "ab(:)\n \t'\"=+{}[]#\\f0"[rng() % 21]);
    check(s);
  }
}

TEST(ParserFuzz, DeepNesting) {
  const int n = 10000;
  auto rep = [](const std::string& s, int k) {
    std::string out;
    for (int i = 0; i < k; i++) out += s;
    return out;
  };
  check("x = " + rep("(", n) + rep(")", n) + "\n");
  check("x = " + rep("[", n) + "\n");
  check("x = " + rep("{", n) + rep("}", n) + "\n");
  check("x = " + rep("-", n) + "1\n");
  check("x = " + rep("not ", n) + "1\n");
  check("x = " + rep("lambda: ", n) + "1\n");
  check("x = 1" + rep(" + 1", n) + "\n");
  check("x = 2" + rep(" ** 2", n) + "\n");
  check("x = a" + rep(".b", n) + "\n");
  check("x = f" + rep("()", n) + "\n");
  check("x = a" + rep("[0]", n) + "\n");
  check("x = " + rep("a if b else ", n) + "c\n");
  check("x = " + rep("await ", n) + "c\n");
  check("x = " + rep("f'{", 50) + "\n");
  check("x = " + rep("'a' ", n) + "\n");
  check("if x: pass\n" + rep("elif x: pass\n", n));
  std::string blocks;
  for (int i = 0; i < 200; i++) blocks += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  check(blocks + std::string(200, ' ') + "pass\n");
  check(rep("@d\n", n) + "def f(): pass\n");
  check("x = " + rep("(yield ", n) + "\n");
  check(rep("\\\n", n) + "x\n");
  check(rep("\n", n) + "x\n");
}

}  // namespace
