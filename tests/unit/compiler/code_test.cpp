// Code object metadata the compiler produces: stack sizes, flags, argument counts, varnames /
// cellvars / freevars (and cell2arg), qualnames, first lines, docstrings, exception tables and
// source positions. Expected values are CPython 3.11's (co_stacksize, co_flags, ...).
#include <gtest/gtest.h>
#include <string>
#include <vector>
#include "runtime/interpreter.h"
#include "tests/unit/compiler/compiler_test_util.h"

namespace coil::compiler {
namespace {

using testing::compile;
using testing::find_code;

const char* kSource =
    "def f(a):\n"
    "    return lambda: a\n"
    "def f2():\n"
    "    x = 1\n"
    "    class C:\n"
    "        x = 2\n"
    "        def m(self): return x\n"
    "    return C\n"
    "def f3(data):\n"
    "    if any((n := v) > 3 for v in data):\n"
    "        return n\n"
    "    return [[i * j for j in range(i)] for i in data]\n"
    "def f4():\n"
    "    for i in range(3):\n"
    "        try:\n"
    "            if i: continue\n"
    "            break\n"
    "        finally:\n"
    "            print(i)\n"
    "    while True:\n"
    "        with cm() as c:\n"
    "            for k in c:\n"
    "                return k\n"
    "def f5():\n"
    "    global g\n"
    "    def g(): pass\n"
    "    class K:\n"
    "        def meth(self): return __class__\n"
    "    return K\n"
    "def f6(a, b):\n"
    "    return a if a < b <= 3 else (not b) and a or b\n"
    "def f7(*, a, b=1, **kw):\n"
    "    def inner():\n"
    "        return kw, a\n"
    "    del a\n"
    "    return inner\n"
    "def f8():\n"
    "    try:\n"
    "        pass\n"
    "    except* (A, B) as e:\n"
    "        raise\n"
    "    finally:\n"
    "        return 2\n";

std::string names(const Tuple* t) {
  std::string s = "(";
  for (size_t i = 0; i < t->size; i++) {
    if (i > 0) s += ", ";
    s += std::string(t->items[i].as<Str>()->view());
  }
  return s + ")";
}

struct Expect {
  const char* qualname;
  int stacksize;
  uint32_t flags;
  int argcount, posonly, kwonly;
  const char* varnames;
  const char* cellvars;
  const char* freevars;
  int firstlineno;
};

// From CPython 3.11 (co_flags masked to the bits coil defines).
const Expect kExpect[] = {
    {"<module>", 2, 0x0, 0, 0, 0, "()", "()", "()", 1},
    {"f", 2, 0x3, 1, 0, 0, "(a)", "(a)", "()", 1},
    {"f.<locals>.<lambda>", 1, 0x13, 0, 0, 0, "()", "()", "(a)", 2},
    {"f2", 4, 0x3, 0, 0, 0, "(C)", "(x)", "()", 3},
    {"f2.<locals>.C", 2, 0x0, 0, 0, 0, "()", "()", "(x)", 5},
    {"f2.<locals>.C.m", 1, 0x13, 1, 0, 0, "(self)", "()", "(x)", 7},
    {"f3", 4, 0x3, 1, 0, 0, "(data)", "(n)", "()", 9},
    {"f3.<locals>.<genexpr>", 3, 0x33, 1, 0, 0, "(.0, v)", "()", "(n)", 10},
    {"f3.<locals>.<listcomp>", 6, 0x13, 1, 0, 0, "(.0)", "(i)", "()", 12},
    {"f3.<locals>.<listcomp>.<listcomp>", 4, 0x13, 1, 0, 0, "(.0, j)", "()", "(i)", 12},
    {"f4", 6, 0x3, 0, 0, 0, "(i, c, k)", "()", "()", 13},
    {"f5", 4, 0x3, 0, 0, 0, "(K)", "()", "()", 24},
    {"g", 1, 0x13, 0, 0, 0, "()", "()", "()", 26},
    {"f5.<locals>.K", 2, 0x0, 0, 0, 0, "()", "(__class__)", "()", 27},
    {"f5.<locals>.K.meth", 1, 0x13, 1, 0, 0, "(self)", "()", "(__class__)", 28},
    {"f6", 3, 0x3, 2, 0, 0, "(a, b)", "()", "()", 30},
    {"f7", 2, 0xb, 0, 0, 2, "(a, b, kw, inner)", "(a, kw)", "()", 32},
    {"f7.<locals>.inner", 2, 0x13, 0, 0, 0, "()", "()", "(a, kw)", 33},
    {"f8", 7, 0x3, 0, 0, 0, "(e)", "()", "()", 37},
};

TEST(CodeObjects, MetadataMatchesCPython) {
  Interpreter interp;
  Code* mod = compile(interp, kSource);
  ASSERT_NE(mod, nullptr);
  for (const Expect& e : kExpect) {
    Code* c = find_code(mod, e.qualname);
    ASSERT_NE(c, nullptr) << e.qualname;
    EXPECT_EQ(c->stacksize, e.stacksize) << e.qualname;
    EXPECT_EQ(c->code_flags, e.flags) << e.qualname;
    EXPECT_EQ(c->argcount, e.argcount) << e.qualname;
    EXPECT_EQ(c->posonlyargcount, e.posonly) << e.qualname;
    EXPECT_EQ(c->kwonlyargcount, e.kwonly) << e.qualname;
    EXPECT_EQ(names(c->varnames), e.varnames) << e.qualname;
    EXPECT_EQ(names(c->cellvars), e.cellvars) << e.qualname;
    EXPECT_EQ(names(c->freevars), e.freevars) << e.qualname;
    EXPECT_EQ(c->firstlineno, e.firstlineno) << e.qualname;
    EXPECT_EQ(c->nlocals, int32_t(c->varnames->size)) << e.qualname;
    EXPECT_EQ(c->body->positions.size(), c->body->insns.size()) << e.qualname;
  }
}

TEST(CodeObjects, CellsThatAreParametersRecordTheirArgument) {
  Interpreter interp;
  Code* mod = compile(interp, kSource);
  ASSERT_NE(mod, nullptr);
  EXPECT_EQ(find_code(mod, "f")->body->cell2arg, (std::vector<int32_t>{0}));
  EXPECT_EQ(find_code(mod, "f2")->body->cell2arg, (std::vector<int32_t>{-1}));
  EXPECT_EQ(find_code(mod, "f7")->body->cell2arg, (std::vector<int32_t>{0, 2}));
}

TEST(CodeObjects, GeneratorAndCoroutineFlags) {
  Interpreter interp;
  Code* mod = compile(interp,
                      "def g():\n    yield 1\n"
                      "async def c():\n    await x\n"
                      "async def ag():\n    yield 1\n"
                      "def v(*a, **k): pass\n");
  ASSERT_NE(mod, nullptr);
  EXPECT_EQ(find_code(mod, "g")->code_flags, kCodeOptimized | kCodeNewLocals | kCodeGenerator);
  EXPECT_EQ(find_code(mod, "c")->code_flags, kCodeOptimized | kCodeNewLocals | kCodeCoroutine);
  EXPECT_EQ(find_code(mod, "ag")->code_flags, kCodeOptimized | kCodeNewLocals | kCodeAsyncGenerator);
  EXPECT_EQ(find_code(mod, "v")->code_flags,
            kCodeOptimized | kCodeNewLocals | kCodeVarargs | kCodeVarkeywords);
}

TEST(CodeObjects, TopLevelAwaitModuleIsACoroutine) {
  Interpreter interp;
  Code* mod = compile(interp, "import asyncio\nawait asyncio.sleep(0)\n", true);
  ASSERT_NE(mod, nullptr);
  EXPECT_EQ(mod->code_flags, kCodeCoroutine | kCodeTopLevelAwait);
  Code* plain = compile(interp, "x = 1\n", true);
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(plain->code_flags, 0u);
}

TEST(CodeObjects, Docstrings) {
  Interpreter interp;
  Code* mod = compile(interp, "'mod doc'\ndef f():\n    'f doc'\n    return 1\ng = lambda: 'x'\n");
  ASSERT_NE(mod, nullptr);
  ASSERT_TRUE(is_str(mod->docstring));
  EXPECT_EQ(mod->docstring.as<Str>()->view(), "mod doc");
  Code* f = find_code(mod, "f");
  ASSERT_TRUE(is_str(f->docstring));
  EXPECT_EQ(f->docstring.as<Str>()->view(), "f doc");
  EXPECT_EQ(f->consts->items[0], f->docstring);   // consts[0] is the docstring, as CPython's
  EXPECT_TRUE(find_code(mod, "<lambda>")->docstring.is_none());
}

std::string table(const Code* c) {
  std::string s;
  for (const ExceptionTableEntry& e : c->body->exception_table) {
    s += std::to_string(e.start) + "-" + std::to_string(e.end) + "->" + std::to_string(e.target) + "[" +
         std::to_string(e.depth) + "]" + (e.lasti ? "L" : "") + " ";
  }
  return s;
}

TEST(CodeObjects, ExceptionTablesOfTryFinallyAndWith) {
  Interpreter interp;
  Code* mod = compile(interp,
                      "def g():\n"
                      "    for x in y:\n"
                      "        try:\n"
                      "            return x\n"
                      "        finally:\n"
                      "            print(1)\n"
                      "def w():\n"
                      "    with a:\n"
                      "        b()\n");
  ASSERT_NE(mod, nullptr);
  // CPython: 22 to 22 -> 60 [1]; 60 to 92 -> 94 [2] lasti (in its byte offsets).
  EXPECT_EQ(table(find_code(mod, "g")), "4-5->13[1] 13-20->20[2]L ");
  // CPython: 16 to 44 -> 72 [1] lasti; 72 to 78 -> 80 [3] lasti; 86 to 86 -> 80 [3] lasti.
  EXPECT_EQ(table(find_code(mod, "w")), "2-7->13[1]L 13-17->17[3]L 20-21->17[3]L ");
}

TEST(CodeObjects, CallInstructionsCarryTheCallPosition) {
  Interpreter interp;
  Code* mod = compile(interp, "x = 1\nprint(len(x),\n      2)\n");
  ASSERT_NE(mod, nullptr);
  const CodeBody* b = mod->body;
  std::vector<SourcePosition> calls;
  for (size_t i = 0; i < b->insns.size(); i++)
    if (op_of(b->insns[i]) == Op::CALL) calls.push_back(b->positions[i]);
  ASSERT_EQ(calls.size(), 2u);
  // len(x): line 2, columns 6..12; print(...): lines 2..3, columns 0..8.
  EXPECT_EQ(calls[0].line, 2);
  EXPECT_EQ(calls[0].end_line, 2);
  EXPECT_EQ(calls[0].col, 6);
  EXPECT_EQ(calls[0].end_col, 12);
  EXPECT_EQ(calls[1].line, 2);
  EXPECT_EQ(calls[1].end_line, 3);
  EXPECT_EQ(calls[1].col, 0);
  EXPECT_EQ(calls[1].end_col, 8);
}

TEST(CodeObjects, ConstantsAreDeduplicatedByTypeAndValue) {
  Interpreter interp;
  Code* m2 = compile(interp, "a = 1\nb = 1.0\nc = True\nd = 1\ne = 12345678901234567890123\n");
  ASSERT_NE(m2, nullptr);
  // 1, 1.0, True, big int, None: five constants (1 shared by a and d).
  EXPECT_EQ(m2->consts->size, 5u);
}

}  // namespace
}  // namespace coil::compiler
