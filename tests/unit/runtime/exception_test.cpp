// Exceptions: str/repr of the builtin classes, their special attributes, ExceptionGroup
// construction rules and split, and the traceback text of hand-made tracebacks.
#include "tests/unit/runtime/type_test_util.h"

#include "runtime/bytes.h"
#include "runtime/exception_group.h"
#include "runtime/list.h"
#include "vm/code.h"

namespace coil {
namespace {

using namespace coil::testing;

Value make_exc(Interp& in, Type* t, std::initializer_list<Value> args) {
  return call(in, Value::object(t), args);
}

TEST(Exception, StrAndRepr) {
  Interpreter in;
  ExceptionTypes& E = in.exc_types;
  Value v = make_exc(in, E.ValueError, {S(in, "x")});
  EXPECT_EQ(text(in, v), "x");
  EXPECT_EQ(repr_text(in, v), "ValueError('x')");
  Value k = make_exc(in, E.KeyError, {S(in, "k")});
  EXPECT_EQ(text(in, k), "'k'");
  EXPECT_EQ(repr_text(in, k), "KeyError('k')");
  EXPECT_EQ(repr_text(in, make_exc(in, E.TimeoutError, {})), "TimeoutError()");
  EXPECT_EQ(text(in, make_exc(in, E.KeyError, {})), "");
  EXPECT_EQ(text(in, make_exc(in, E.BaseException, {Value::small_int(1), Value::small_int(2)})), "(1, 2)");
  EXPECT_EQ(repr_text(in, make_exc(in, E.ValueError, {S(in, "a"), Value::small_int(1)})), "ValueError('a', 1)");
  EXPECT_EQ(format_exception_only(in, v), "ValueError: x");
  EXPECT_EQ(format_exception_only(in, make_exc(in, E.StopIteration, {})), "StopIteration");
  // User classes defined in __main__ print unqualified; elsewhere with their module.
  Value My = make_class(in, "MyError", {E.Exception});
  EXPECT_EQ(format_exception_only(in, call(in, My, {S(in, "boom")})), "MyError: boom");
  Dict* ns = dict_new(in);
  dict_set_str(in, ns, in.names.__module__, S(in, "pkg.mod"));
  Value Other = type_new_class(in, in.types.type, intern(in, "Other"), tuple_pack(in, {Value::object(E.Exception)}), ns);
  EXPECT_EQ(format_exception_only(in, call(in, Other, {})), "pkg.mod.Other");
}

TEST(Exception, SpecialAttributes) {
  Interpreter in;
  ExceptionTypes& E = in.exc_types;
  Value os = make_exc(in, E.OSError, {Value::small_int(2), S(in, "No such file or directory"), S(in, "x")});
  ASSERT_FALSE(os.is_null()) << error_text(in);
  EXPECT_EQ(os.as_object()->type, E.FileNotFoundError);
  EXPECT_EQ(text(in, os), "[Errno 2] No such file or directory: 'x'");
  EXPECT_EQ(repr_text(in, os), "FileNotFoundError(2, 'No such file or directory')");
  EXPECT_EQ(getattr(in, os, intern(in, "errno")), Value::small_int(2));
  EXPECT_EQ(text(in, make_exc(in, E.OSError, {Value::small_int(1), S(in, "m")})), "[Errno 1] m");
  Value se = make_exc(in, E.SyntaxError,
                      {S(in, "invalid syntax"),
                       Value::object(tuple_pack(in, {S(in, "/a/x.py"), Value::small_int(3), Value::small_int(1),
                                                     S(in, "x"), Value::small_int(3), Value::small_int(2)}))});
  EXPECT_EQ(text(in, se), "invalid syntax (x.py, line 3)");
  EXPECT_EQ(getattr(in, se, intern(in, "lineno")), Value::small_int(3));
  Value si = make_exc(in, E.StopIteration, {Value::small_int(7)});
  EXPECT_EQ(getattr(in, si, in.names.value), Value::small_int(7));
  EXPECT_EQ(getattr(in, make_exc(in, E.SystemExit, {}), intern(in, "code")), Value::none());
  Value ude = make_exc(in, E.UnicodeDecodeError,
                       {S(in, "utf-8"), bytes_new(in, "\xff"), Value::small_int(0), Value::small_int(1),
                        S(in, "invalid start byte")});
  EXPECT_EQ(text(in, ude), "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  // Chaining attributes and their checks.
  Value v = make_exc(in, E.ValueError, {});
  EXPECT_EQ(setattr(in, v, in.names.__cause__, Value::small_int(1)), -1);
  EXPECT_EQ(error_text(in), "TypeError: exception cause must be None or derive from BaseException");
  EXPECT_EQ(setattr(in, v, in.names.__cause__, Value::none()), 0);
  EXPECT_EQ(getattr(in, v, intern(in, "__suppress_context__")), Value::true_());
  // Notes.
  Value add_note = getattr(in, v, intern(in, "add_note"));
  EXPECT_EQ(call(in, add_note, {S(in, "hi")}), Value::none());
  EXPECT_TRUE(call(in, add_note, {Value::small_int(1)}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: note must be a str, not 'int'");
  EXPECT_EQ(format_exception_only(in, v), "ValueError\nhi");
  // Keyword arguments.
  Value kwn = Value::object(tuple_pack(in, {S(in, "x")}));
  Value one = Value::small_int(1);
  EXPECT_TRUE(call(in, Value::object(E.ValueError), &one, 0, kwn.as<Tuple>()).is_null());
  EXPECT_EQ(error_text(in), "TypeError: ValueError() takes no keyword arguments");
}

TEST(Exception, GroupRules) {
  Interpreter in;
  ExceptionTypes& E = in.exc_types;
  auto list_of = [&](std::initializer_list<Value> items) {
    std::vector<Value> v(items);
    return Value::object(list_from(in, v.data(), v.size()));
  };
  Value ve = make_exc(in, E.ValueError, {Value::small_int(1)});
  Value te = make_exc(in, E.TypeError, {Value::small_int(2)});
  Value eg = make_exc(in, E.ExceptionGroup, {S(in, "eg"), list_of({ve, te})});
  ASSERT_FALSE(eg.is_null()) << error_text(in);
  EXPECT_EQ(text(in, eg), "eg (2 sub-exceptions)");
  EXPECT_EQ(repr_text(in, eg), "ExceptionGroup('eg', [ValueError(1), TypeError(2)])");
  // BaseExceptionGroup of only Exceptions is an ExceptionGroup.
  Value beg = make_exc(in, E.BaseExceptionGroup, {S(in, "b"), list_of({ve})});
  EXPECT_EQ(beg.as_object()->type, E.ExceptionGroup);
  EXPECT_TRUE(make_exc(in, E.ExceptionGroup, {S(in, "x"), Value::small_int(1)}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: second argument (exceptions) must be a sequence");
  EXPECT_TRUE(make_exc(in, E.ExceptionGroup, {S(in, "x"), list_of({})}).is_null());
  EXPECT_EQ(error_text(in), "ValueError: second argument (exceptions) must be a non-empty sequence");
  Value ki = make_exc(in, E.KeyboardInterrupt, {});
  EXPECT_TRUE(make_exc(in, E.ExceptionGroup, {S(in, "x"), list_of({ki})}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: Cannot nest BaseExceptions in an ExceptionGroup");
  EXPECT_TRUE(make_exc(in, E.ExceptionGroup, {S(in, "x"), list_of({Value::small_int(1)})}).is_null());
  EXPECT_EQ(error_text(in), "ValueError: Item 0 of second argument (exceptions) is not an exception");
}

TEST(Exception, GroupSplit) {
  Interpreter in;
  ExceptionTypes& E = in.exc_types;
  auto list_of = [&](std::initializer_list<Value> items) {
    std::vector<Value> v(items);
    return Value::object(list_from(in, v.data(), v.size()));
  };
  Value inner = make_exc(in, E.ExceptionGroup,
                         {S(in, "i"), list_of({make_exc(in, E.TypeError, {Value::small_int(2)}),
                                               make_exc(in, E.ValueError, {Value::small_int(3)})})});
  Value eg = make_exc(in, E.ExceptionGroup,
                      {S(in, "e"), list_of({make_exc(in, E.ValueError, {Value::small_int(1)}), inner})});
  ASSERT_FALSE(eg.is_null()) << error_text(in);
  Value split = call_method(in, eg, intern(in, "split"), {Value::object(E.TypeError)});
  ASSERT_FALSE(split.is_null()) << error_text(in);
  EXPECT_EQ(repr_text(in, split),
            "(ExceptionGroup('e', [ExceptionGroup('i', [TypeError(2)])]), "
            "ExceptionGroup('e', [ValueError(1), ExceptionGroup('i', [ValueError(3)])]))");
  Value sub = call_method(in, eg, intern(in, "subgroup"), {Value::object(E.ValueError)});
  EXPECT_EQ(repr_text(in, sub), "ExceptionGroup('e', [ValueError(1), ExceptionGroup('i', [ValueError(3)])])");
  EXPECT_EQ(call_method(in, eg, intern(in, "subgroup"), {Value::object(E.KeyError)}), Value::none());
  EXPECT_TRUE(call_method(in, eg, intern(in, "split"), {Value::small_int(1)}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: expected a function, exception type or tuple of exception types");
  // except* helpers.
  Value match, rest;
  ASSERT_TRUE(exception_group_split(in, eg, Value::object(E.ValueError), &match, &rest));
  EXPECT_EQ(repr_text(in, match), "ExceptionGroup('e', [ValueError(1), ExceptionGroup('i', [ValueError(3)])])");
  EXPECT_EQ(repr_text(in, rest), "ExceptionGroup('e', [ExceptionGroup('i', [TypeError(2)])])");
  Value naked = make_exc(in, E.KeyError, {S(in, "k")});
  ASSERT_TRUE(exception_group_split(in, naked, Value::object(E.KeyError), &match, &rest));
  EXPECT_EQ(repr_text(in, match), "ExceptionGroup('', (KeyError('k'),))");
  EXPECT_EQ(rest, Value::none());
  EXPECT_FALSE(exception_group_split(in, eg, Value::object(E.ExceptionGroup), &match, &rest));
  EXPECT_EQ(error_text(in), "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.");
  // Re-raising the unhandled part: only the TypeError leaf remains.
  ASSERT_TRUE(exception_group_split(in, eg, Value::object(E.ValueError), &match, &rest));
  Value raised = list_of({rest});
  Value r = exception_group_prep_reraise(in, eg, raised);
  EXPECT_EQ(repr_text(in, r), "ExceptionGroup('e', [ExceptionGroup('i', [TypeError(2)])])");
}

// A Code object for "x.py" whose source is `src`, named `name`, with one instruction per
// (line, col, end_col) position.
Code* make_code(Interp& in, const char* name, const char* src, std::vector<SourcePosition> positions) {
  Code* c = code_new(in);
  c->name = intern(in, name);
  c->qualname = c->name;
  c->filename = intern(in, "x.py");
  c->source = S(in, src);
  c->body->positions = std::move(positions);
  c->body->insns.assign(c->body->positions.size(), 0);
  return c;
}

Traceback* tb_entry(Interp& in, Code* code, int line, int insn, Traceback* next = nullptr) {
  auto* tb = gc_new<Traceback>(in.heap, in.types.traceback, Kind::Native);
  tb->code = code;
  tb->line = line;
  tb->instruction = insn;
  tb->next = next;
  return tb;
}

TEST(Exception, TracebackText) {
  Interpreter in;
  const char* src = "def f(a):\n    return a[5] + 1\n\ny = f([1])\nz = g(1)\n";
  Code* mod = make_code(in, "<module>", src, {{4, 4, 4, 10}, {5, 5, 0, 8}});
  Code* f = make_code(in, "f", src, {{2, 2, 11, 15}});
  Traceback* inner = tb_entry(in, f, 2, 0);
  Traceback* outer = tb_entry(in, mod, 4, 0, inner);
  Value e = make_exc(in, in.exc_types.IndexError, {S(in, "list index out of range")});
  e.as<BaseException>()->traceback = Value::object(outer);
  EXPECT_EQ(format_exception(in, e),
            "Traceback (most recent call last):\n"
            "  File \"x.py\", line 4, in <module>\n"
            "    y = f([1])\n"
            "        ^^^^^^\n"
            "  File \"x.py\", line 2, in f\n"
            "    return a[5] + 1\n"
            "           ~^^^\n"
            "IndexError: list index out of range\n");
  // Whole-line positions get no markers; a cause is printed first.
  Value cause = make_exc(in, in.exc_types.KeyError, {S(in, "k")});
  Value second = make_exc(in, in.exc_types.RuntimeError, {S(in, "boom")});
  second.as<BaseException>()->traceback = Value::object(tb_entry(in, mod, 5, 1));
  ASSERT_EQ(setattr(in, second, in.names.__cause__, cause), 0);
  EXPECT_EQ(format_exception(in, second),
            "KeyError: 'k'\n"
            "\n"
            "The above exception was the direct cause of the following exception:\n"
            "\n"
            "Traceback (most recent call last):\n"
            "  File \"x.py\", line 5, in <module>\n"
            "    z = g(1)\n"
            "RuntimeError: boom\n");
}

TEST(Exception, TracebackBinaryAnchorsAndRepeats) {
  Interpreter in;
  const char* src = "def r(n):\n    return r(n) + x\n";
  Code* r = make_code(in, "r", src, {{2, 2, 11, 15}, {2, 2, 11, 19}});
  Traceback* chain = nullptr;
  for (int i = 0; i < 10; i++) chain = tb_entry(in, r, 2, 0, chain);
  chain = tb_entry(in, r, 2, 1, chain);   // the outermost frame reports the binary op
  Value e = make_exc(in, in.exc_types.RecursionError, {S(in, "maximum recursion depth exceeded")});
  e.as<BaseException>()->traceback = Value::object(chain);
  EXPECT_EQ(format_exception(in, e),
            "Traceback (most recent call last):\n"
            "  File \"x.py\", line 2, in r\n"
            "    return r(n) + x\n"
            "           ~~~~~^~~\n"
            "  File \"x.py\", line 2, in r\n"
            "    return r(n) + x\n"
            "           ^^^^\n"
            "  File \"x.py\", line 2, in r\n"
            "    return r(n) + x\n"
            "           ^^^^\n"
            "  [Previous line repeated 8 more times]\n"
            "RecursionError: maximum recursion depth exceeded\n");
}

TEST(Exception, GroupTraceback) {
  Interpreter in;
  ExceptionTypes& E = in.exc_types;
  const char* src = "raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\n";
  Code* mod = make_code(in, "<module>", src, {{1, 1, 0, 57}});
  std::vector<Value> items = {make_exc(in, E.ValueError, {Value::small_int(1)}),
                              make_exc(in, E.TypeError, {Value::small_int(2)})};
  Value eg = make_exc(in, E.ExceptionGroup, {S(in, "eg"), Value::object(list_from(in, items.data(), 2))});
  eg.as<BaseException>()->traceback = Value::object(tb_entry(in, mod, 1, 0));
  EXPECT_EQ(format_exception(in, eg),
            "  + Exception Group Traceback (most recent call last):\n"
            "  |   File \"x.py\", line 1, in <module>\n"
            "  |     raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\n"
            "  | ExceptionGroup: eg (2 sub-exceptions)\n"
            "  +-+---------------- 1 ----------------\n"
            "    | ValueError: 1\n"
            "    +---------------- 2 ----------------\n"
            "    | TypeError: 2\n"
            "    +------------------------------------\n");
}

TEST(Exception, SyntaxErrorBlockAndSuggestions) {
  Interpreter in;
  ExceptionTypes& E = in.exc_types;
  Value se = make_exc(in, E.SyntaxError,
                      {S(in, "invalid syntax"),
                       Value::object(tuple_pack(in, {S(in, "x.py"), Value::small_int(1), Value::small_int(7),
                                                     S(in, "print 'x'\n"), Value::small_int(1), Value::small_int(10)}))});
  EXPECT_EQ(format_exception(in, se),
            "  File \"x.py\", line 1\n"
            "    print 'x'\n"
            "          ^^^\n"
            "SyntaxError: invalid syntax\n");
  Value A = make_class(in, "A", {}, {{"counter", Value::small_int(0)}});
  Value a = new_instance(in, A);
  EXPECT_TRUE(getattr(in, a, intern(in, "countr")).is_null());
  Value err = fetch_error(in);
  EXPECT_EQ(format_exception_only(in, err),
            "AttributeError: 'A' object has no attribute 'countr'. Did you mean: 'counter'?");
}

}  // namespace
}  // namespace coil
