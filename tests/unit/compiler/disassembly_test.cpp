// Disassembly of small functions. Each listing mirrors CPython 3.11's dis output where the
// instruction sets coincide (coil has no RESUME/PRECALL/CACHE, uses PUSH_NULL instead of
// LOAD_GLOBAL's NULL bit, absolute JUMP targets and instruction indices as offsets).
#include <gtest/gtest.h>
#include <string>
#include "runtime/interpreter.h"
#include "tests/unit/compiler/compiler_test_util.h"

namespace coil::compiler {
namespace {

using testing::dis_of;

TEST(Disassembly, BinaryOperators) {
  Interpreter interp;
  EXPECT_EQ(dis_of(interp, "def add(a, b):\n    return a + b * 2\n", "add"),
            R"(  2           0 LOAD_FAST                0 (a)
              1 LOAD_FAST                1 (b)
              2 LOAD_CONST               1 (2)
              3 BINARY_OP                2 (*)
              4 BINARY_OP                0 (+)
              5 RETURN_VALUE
)");
}

TEST(Disassembly, ForElseBreak) {
  Interpreter interp;
  const char* src =
      "def loop(xs):\n"
      "    for x in xs:\n"
      "        if x:\n"
      "            break\n"
      "    else:\n"
      "        return 0\n"
      "    return x\n";
  EXPECT_EQ(dis_of(interp, src, "loop"),
            R"(  2           0 LOAD_FAST                0 (xs)
              1 GET_ITER
        >>    2 FOR_ITER                 9 (to 9)
              3 STORE_FAST               1 (x)

  3           4 LOAD_FAST                1 (x)
              5 POP_JUMP_IF_FALSE        8 (to 8)

  4           6 POP_TOP
              7 JUMP                    11 (to 11)
        >>    8 JUMP                     2 (to 2)

  6     >>    9 LOAD_CONST               1 (0)
             10 RETURN_VALUE

  7     >>   11 LOAD_FAST                1 (x)
             12 RETURN_VALUE
)");
}

TEST(Disassembly, TryExceptAsName) {
  Interpreter interp;
  const char* src =
      "def catch():\n"
      "    try:\n"
      "        f()\n"
      "    except ValueError as e:\n"
      "        return e\n";
  EXPECT_EQ(dis_of(interp, src, "catch"),
            R"(  3           0 PUSH_NULL
              1 LOAD_GLOBAL              0 (f)
              2 CALL                     0
              3 POP_TOP
              4 JUMP                    25 (to 25)
        >>    5 PUSH_EXC_INFO

  4           6 LOAD_GLOBAL              1 (ValueError)
              7 CHECK_EXC_MATCH
              8 POP_JUMP_IF_FALSE       21 (to 21)
              9 STORE_FAST               0 (e)

  5          10 LOAD_FAST                0 (e)
             11 SWAP                     2
             12 POP_EXCEPT
             13 LOAD_CONST               0 (None)
             14 STORE_FAST               0 (e)
             15 DELETE_FAST              0 (e)
             16 RETURN_VALUE
        >>   17 LOAD_CONST               0 (None)
             18 STORE_FAST               0 (e)
             19 DELETE_FAST              0 (e)
             20 RERAISE                  1
        >>   21 RERAISE                  0
        >>   22 COPY                     3
             23 POP_EXCEPT
             24 RERAISE                  1
        >>   25 LOAD_CONST               0 (None)
             26 RETURN_VALUE
ExceptionTable:
  0 to 3 -> 5 [0]
  5 to 9 -> 22 [1] lasti
  10 to 10 -> 17 [1] lasti
  11 to 11 -> 22 [1] lasti
  17 to 21 -> 22 [1] lasti
)");
}

TEST(Disassembly, WithReturnRunsExit) {
  Interpreter interp;
  const char* src =
      "def managed(p):\n"
      "    with open(p) as fp:\n"
      "        return fp.read()\n";
  EXPECT_EQ(dis_of(interp, src, "managed"),
            R"(  2           0 PUSH_NULL
              1 LOAD_GLOBAL              0 (open)
              2 LOAD_FAST                0 (p)
              3 CALL                     1
              4 BEFORE_WITH
              5 STORE_FAST               1 (fp)

  3           6 LOAD_FAST                1 (fp)
              7 LOAD_METHOD              1 (read)
              8 CALL                     0

  2           9 SWAP                     2
             10 LOAD_CONST               0 (None)
             11 LOAD_CONST               0 (None)
             12 LOAD_CONST               0 (None)
             13 CALL                     2
             14 POP_TOP
             15 RETURN_VALUE
        >>   16 PUSH_EXC_INFO
             17 WITH_EXCEPT_START
             18 POP_JUMP_IF_TRUE        23 (to 23)
             19 RERAISE                  2
        >>   20 COPY                     3
             21 POP_EXCEPT
             22 RERAISE                  1
        >>   23 POP_TOP
             24 POP_EXCEPT
             25 POP_TOP
             26 POP_TOP
             27 LOAD_CONST               0 (None)
             28 RETURN_VALUE
ExceptionTable:
  5 to 8 -> 16 [1] lasti
  16 to 19 -> 20 [3] lasti
  23 to 23 -> 20 [3] lasti
)");
}

TEST(Disassembly, ComparisonChain) {
  Interpreter interp;
  EXPECT_EQ(dis_of(interp, "def chain(a, b, c):\n    return a < b < c\n", "chain"),
            R"(  2           0 LOAD_FAST                0 (a)
              1 LOAD_FAST                1 (b)
              2 SWAP                     2
              3 COPY                     2
              4 COMPARE_OP               0 (<)
              5 JUMP_IF_FALSE_OR_POP     9 (to 9)
              6 LOAD_FAST                2 (c)
              7 COMPARE_OP               0 (<)
              8 JUMP                    11 (to 11)
        >>    9 SWAP                     2
             10 POP_TOP
        >>   11 RETURN_VALUE
)");
}

TEST(Disassembly, ClosureUsesLocalsplusIndex) {
  Interpreter interp;
  const char* src =
      "def outer(a):\n"
      "    def inner():\n"
      "        return a\n"
      "    return inner\n";
  // a is both parameter 0 and cell 0: localsplus index nlocals + 0 = 2.
  EXPECT_EQ(dis_of(interp, src, "outer"),
            R"(  2           0 LOAD_CLOSURE             2 (a)
              1 BUILD_TUPLE              1
              2 LOAD_CONST               1 (<code object inner, file "t.py", line 2>)
              3 MAKE_FUNCTION            8 (closure)
              4 STORE_FAST               1 (inner)

  4           5 LOAD_FAST                1 (inner)
              6 RETURN_VALUE
)");
  EXPECT_EQ(dis_of(interp, src, "outer.<locals>.inner"),
            R"(  3           0 LOAD_DEREF               0 (a)
              1 RETURN_VALUE
)");
}

TEST(Disassembly, MethodCallsAndStarArgs) {
  Interpreter interp;
  const char* src =
      "def calls(o, a, k):\n"
      "    o.m(1, k=2)\n"
      "    return f(*a, **k)\n";
  EXPECT_EQ(dis_of(interp, src, "calls"),
            R"(  2           0 LOAD_FAST                0 (o)
              1 LOAD_METHOD              0 (m)
              2 LOAD_CONST               1 (1)
              3 LOAD_CONST               2 (2)
              4 KW_NAMES                 3 (('k',))
              5 CALL                     2
              6 POP_TOP

  3           7 PUSH_NULL
              8 LOAD_GLOBAL              1 (f)
              9 LOAD_FAST                1 (a)
             10 BUILD_MAP                0
             11 LOAD_FAST                2 (k)
             12 DICT_MERGE               1
             13 CALL_FUNCTION_EX         1
             14 RETURN_VALUE
)");
}

TEST(Disassembly, ListComprehension) {
  Interpreter interp;
  const char* src = "def comp(xs):\n    return [x * 2 for x in xs if x]\n";
  EXPECT_EQ(dis_of(interp, src, "comp"),
            R"(  2           0 LOAD_CONST               1 (<code object <listcomp>, file "t.py", line 2>)
              1 MAKE_FUNCTION            0
              2 LOAD_FAST                0 (xs)
              3 GET_ITER
              4 CALL                     0
              5 RETURN_VALUE
)");
  EXPECT_EQ(dis_of(interp, src, "comp.<locals>.<listcomp>"),
            R"(  2           0 BUILD_LIST               0
              1 LOAD_FAST                0 (.0)
        >>    2 FOR_ITER                11 (to 11)
              3 STORE_FAST               1 (x)
              4 LOAD_FAST                1 (x)
              5 POP_JUMP_IF_FALSE       10 (to 10)
              6 LOAD_FAST                1 (x)
              7 LOAD_CONST               0 (2)
              8 BINARY_OP                2 (*)
              9 LIST_APPEND              2
        >>   10 JUMP                     2 (to 2)
        >>   11 RETURN_VALUE
)");
}

TEST(Disassembly, ModuleAndClassBodies) {
  Interpreter interp;
  const char* src =
      "x: int = 1\n"
      "class A(B, metaclass=M):\n"
      "    'doc'\n"
      "    def m(self):\n"
      "        return super().m()\n";
  EXPECT_EQ(dis_of(interp, src, "<module>"),
            R"(  1           0 SETUP_ANNOTATIONS
              1 LOAD_CONST               0 (1)
              2 STORE_NAME               0 (x)
              3 LOAD_NAME                1 (int)
              4 LOAD_NAME                2 (__annotations__)
              5 LOAD_CONST               1 ('x')
              6 STORE_SUBSCR

  2           7 PUSH_NULL
              8 LOAD_BUILD_CLASS
              9 LOAD_CONST               2 (<code object A, file "t.py", line 2>)
             10 MAKE_FUNCTION            0
             11 LOAD_CONST               3 ('A')
             12 LOAD_NAME                3 (B)
             13 LOAD_NAME                4 (M)
             14 KW_NAMES                 4 (('metaclass',))
             15 CALL                     4
             16 STORE_NAME               5 (A)
             17 LOAD_CONST               5 (None)
             18 RETURN_VALUE
)");
  EXPECT_EQ(dis_of(interp, src, "A"),
            R"(  2           0 LOAD_NAME                0 (__name__)
              1 STORE_NAME               1 (__module__)
              2 LOAD_CONST               0 ('A')
              3 STORE_NAME               2 (__qualname__)

  3           4 LOAD_CONST               1 ('doc')
              5 STORE_NAME               3 (__doc__)

  4           6 LOAD_CLOSURE             0 (__class__)
              7 BUILD_TUPLE              1
              8 LOAD_CONST               2 (<code object m, file "t.py", line 4>)
              9 MAKE_FUNCTION            8 (closure)
             10 STORE_NAME               4 (m)
             11 LOAD_CLOSURE             0 (__class__)
             12 COPY                     1
             13 STORE_NAME               5 (__classcell__)
             14 RETURN_VALUE
)");
}

}  // namespace
}  // namespace coil::compiler
