// Every SyntaxError the compiler (symbol table and code generator) raises, with CPython 3.11's
// message and position (lineno, offset, end_lineno, end_offset as e.args[1] reports them).
#include <gtest/gtest.h>
#include <string>
#include "runtime/dict.h"
#include "runtime/interpreter.h"
#include "tests/unit/compiler/compiler_test_util.h"

namespace coil::compiler {
namespace {

using testing::syntax_error_of;

struct Case {
  const char* src;
  const char* expect;
};

// Expected values produced by CPython 3.11's compile().
const Case kCases[] = {
    {"return 1\n", "'return' outside function (1, 1, 1, 9)"},
    {"x = 1\nyield x\n", "'yield' outside function (2, 1, 2, 8)"},
    {"await x\n", "'await' outside function (1, 1, 1, 8)"},
    {"def f():\n    await x\n", "'await' outside async function (2, 5, 2, 12)"},
    {"async with a: pass\n", "'async with' outside async function (1, 1, 1, 19)"},
    {"async for a in b: pass\n", "'async for' outside async function (1, 1, 1, 23)"},
    {"def f():\n  async with a: pass\n", "'async with' outside async function (2, 3, 2, 21)"},
    {"def f():\n  [x async for x in y]\n",
     "asynchronous comprehension outside of an asynchronous function (2, 3, 2, 23)"},
    {"def f():\n  [x for x in y if await x]\n",
     "asynchronous comprehension outside of an asynchronous function (2, 3, 2, 28)"},
    {"def f():\n  x=1\n  global x\n", "name 'x' is assigned to before global declaration (3, 3, 3, 11)"},
    {"def f(x):\n  global x\n", "name 'x' is parameter and global (2, 3, 2, 11)"},
    {"def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration (3, 3, 3, 11)"},
    {"def f():\n  x: int\n  global x\n", "annotated name 'x' can't be global (3, 3, 3, 11)"},
    {"nonlocal x\n", "nonlocal declaration not allowed at module level (1, 1, 1, 11)"},
    {"def f():\n  nonlocal x\n", "no binding for nonlocal 'x' found (2, 3, 2, 13)"},
    {"def f():\n  def g():\n    nonlocal x\n", "no binding for nonlocal 'x' found (3, 5, 3, 15)"},
    {"def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x\n",
     "name 'x' is assigned to before nonlocal declaration (5, 5, 5, 15)"},
    {"async def f():\n  yield 1\n  return 2\n", "'return' with value in async generator (3, 3, 3, 11)"},
    {"async def f():\n  yield from x\n", "'yield from' inside async function (2, 3, 2, 15)"},
    {"[(yield 1) for x in y]\n", "'yield' inside list comprehension (1, 3, 1, 10)"},
    {"def f():\n  [(yield 1) for x in y]\n", "'yield' inside list comprehension (2, 5, 2, 12)"},
    {"class A:\n  await x\n", "'await' outside function (2, 3, 2, 10)"},
    {"async def f():\n  class A:\n    await x\n", "'await' outside function (3, 5, 3, 12)"},
    {"def f():\n lambda: await x\n", "'await' outside async function (2, 10, 2, 17)"},
    {"async def f():\n lambda: await x\n", "'await' outside async function (2, 10, 2, 17)"},
    {"def f():\n  [x for x in await y]\n", "'await' outside async function (2, 15, 2, 22)"},
    {"def f():\n  for x in y:\n    try: pass\n    except* E: break\n",
     "'break', 'continue' and 'return' cannot appear in an except* block (4, 16, 4, 21)"},
    {"def f():\n  [y := 1 for y in z]\n",
     "assignment expression cannot rebind comprehension iteration variable 'y' (2, 4, 2, 5)"},
    {"class A:\n  [y := 1 for x in z]\n",
     "assignment expression within a comprehension cannot be used in a class body (2, 4, 2, 5)"},
    {"def f():\n  [x for x in (y := z)]\n",
     "assignment expression cannot be used in a comprehension iterable expression (2, 16, 2, 22)"},
    {"f(a=1, a=2)\n", "keyword argument repeated: a (1, 8, 1, 11)"},
    {"a, *b, *c = d\n", "multiple starred expressions in assignment (1, 1, 1, 10)"},
    {"def f():\n  from x import *\n", "import * only allowed at module level (2, 17, 2, 18)"},
    // Accepted: an async generator expression in a plain function.
    {"def f():\n  (x async for x in y)\n", "OK"},
};

TEST(CompilerSyntaxError, MessagesAndPositionsMatchCPython) {
  for (const Case& c : kCases) {
    Interpreter interp;
    EXPECT_EQ(syntax_error_of(interp, c.src), c.expect) << "source:\n" << c.src;
  }
}

TEST(CompilerSyntaxError, TooManyStaticallyNestedBlocks) {
  std::string ok, bad;
  for (int i = 0; i < 21; i++) {
    if (i < 20) ok += std::string(size_t(4 * i), ' ') + "while x:\n";
    bad += std::string(size_t(4 * i), ' ') + "while x:\n";
  }
  ok += std::string(80, ' ') + "pass\n";
  bad += std::string(84, ' ') + "pass\n";
  Interpreter interp;
  EXPECT_EQ(syntax_error_of(interp, ok), "OK");
  EXPECT_EQ(syntax_error_of(interp, bad), "too many statically nested blocks (21, 81, 22, 89)");
}

TEST(CompilerSyntaxError, TopLevelAwaitOnlyWithTheOption) {
  Interpreter interp;
  const char* src = "await x\nasync with a: pass\nasync for i in y: pass\nr = [i async for i in y]\n";
  EXPECT_EQ(syntax_error_of(interp, src, true), "OK");
  EXPECT_EQ(syntax_error_of(interp, src, false), "'await' outside function (1, 1, 1, 8)");
  // Even with the option, a class body or a plain function may not await.
  EXPECT_EQ(syntax_error_of(interp, "class A:\n  await x\n", true), "'await' outside function (2, 3, 2, 10)");
  EXPECT_EQ(syntax_error_of(interp, "def f():\n  await x\n", true),
            "'await' outside async function (2, 3, 2, 10)");
  EXPECT_EQ(syntax_error_of(interp, "yield 1\n", true), "'yield' outside function (1, 1, 1, 8)");
}

TEST(CompilerSyntaxError, ExceptionCarriesAttributesAndText) {
  Interpreter interp;
  ASSERT_EQ(testing::compile(interp, "x = 1\nreturn x\n"), nullptr);
  Value exc = fetch_error(interp);
  ASSERT_TRUE(is_exception(exc));
  auto* e = exc.as<BaseException>();
  EXPECT_EQ(e->type, interp.exc_types.SyntaxError);
  Tuple* d = e->args->items[1].as<Tuple>();
  EXPECT_EQ(d->items[0].as<Str>()->view(), "t.py");
  EXPECT_EQ(d->items[3].as<Str>()->view(), "return x\n");
  ASSERT_NE(e->dict, nullptr);
  EXPECT_EQ(dict_get_cstr(interp, e->dict, "lineno").as_small_int(), 2);
  EXPECT_EQ(dict_get_cstr(interp, e->dict, "offset").as_small_int(), 1);
  EXPECT_EQ(dict_get_cstr(interp, e->dict, "msg").as<Str>()->view(), "'return' outside function");
}

}  // namespace
}  // namespace coil::compiler
