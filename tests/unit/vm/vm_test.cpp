// VM tests on hand-assembled code: arithmetic, loops, argument binding and its messages,
// closures, exception-table unwinding, generators (send/throw/close, PEP 479), recursion limits
// and a 100,000-deep `yield from` chain resumed without C++ recursion.
#include <gtest/gtest.h>

#include <string>
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/interpreter.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "tests/unit/vm/code_builder.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/vm.h"

namespace coil {
namespace {

using test::CodeBuilder;

class VmTest : public ::testing::Test {
 protected:
  Interpreter interp;
  Dict* globals = nullptr;

  void SetUp() override {
    globals = dict_new(interp);
    dict_set_str(interp, globals, interp.names.__name__, Value::object(intern(interp, "__test__")));
  }

  Function* fn(Code* c) { return function_new(interp, c, globals); }
  void set_global(const char* name, Value v) { dict_set_str(interp, globals, intern(interp, name), v); }
  Value get_global(const char* name) { return dict_get_str(globals, intern(interp, name)); }

  // "TypeError: message" of the pending exception, which is cleared.
  std::string error_text() {
    Value e = fetch_error(interp);
    if (!is_exception(e)) return "<no exception>";
    auto* be = e.as<BaseException>();
    std::string s(be->type->name->view());
    if (be->args != nullptr && be->args->size > 0 && is_str(be->args->items[0])) {
      s += ": ";
      s += be->args->items[0].as<Str>()->view();
    }
    return s;
  }

  Value call_kw(Function* f, std::initializer_list<Value> args, std::initializer_list<const char*> kwnames = {}) {
    std::vector<Value> names;
    for (auto n : kwnames) names.push_back(Value::object(intern(interp, n)));
    Tuple* kw = names.empty() ? nullptr : tuple_from(interp, names.data(), names.size());
    return call_function(interp, f, args.begin(), args.size() - names.size(), kw);
  }

  Value small(int64_t n) { return Value::small_int(n); }
};

TEST_F(VmTest, Arithmetic) {
  CodeBuilder b(interp);
  b.flags = 0;
  b.emit(Op::LOAD_CONST, b.int_const(40));
  b.emit(Op::LOAD_CONST, b.int_const(2));
  b.emit(Op::BINARY_OP, uint32_t(BinOp::Add));
  b.emit(Op::RETURN_VALUE);
  Value r = run_code(interp, b.build("<module>"), globals);
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(r, small(42));
  EXPECT_EQ(interp.call_depth, 0);
  EXPECT_EQ(interp.frame, nullptr);
}

TEST_F(VmTest, SmallIntOverflowFallsBackToBigInt) {
  CodeBuilder b(interp);
  b.flags = 0;
  b.emit(Op::LOAD_CONST, b.konst(Value::small_int(Value::kMaxSmall)));
  b.emit(Op::LOAD_CONST, b.int_const(1));
  b.emit(Op::BINARY_OP, uint32_t(BinOp::Add));
  b.emit(Op::RETURN_VALUE);
  Value r = run_code(interp, b.build("<module>"), globals);
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(int_to_string(r), "4611686018427387904");
}

TEST_F(VmTest, LoopWithBackwardJump) {
  CodeBuilder b(interp);
  b.declare_locals({"i", "s"});
  b.emit(Op::LOAD_CONST, b.int_const(0));
  b.emit(Op::STORE_FAST, b.local("i"));
  b.emit(Op::LOAD_CONST, b.int_const(0));
  b.emit(Op::STORE_FAST, b.local("s"));
  size_t top = b.emit(Op::LOAD_FAST, b.local("i"));
  b.emit(Op::LOAD_CONST, b.int_const(1000));
  b.emit(Op::COMPARE_OP, uint32_t(CmpOp::Lt));
  size_t exit_jump = b.emit(Op::POP_JUMP_IF_FALSE);
  b.emit(Op::LOAD_FAST, b.local("s"));
  b.emit(Op::LOAD_FAST, b.local("i"));
  b.emit(Op::BINARY_OP, kInplaceBase + uint32_t(BinOp::Add));
  b.emit(Op::STORE_FAST, b.local("s"));
  b.emit(Op::LOAD_FAST, b.local("i"));
  b.emit(Op::LOAD_CONST, b.int_const(1));
  b.emit(Op::BINARY_OP, kInplaceBase + uint32_t(BinOp::Add));
  b.emit(Op::STORE_FAST, b.local("i"));
  b.emit(Op::JUMP, uint32_t(top));
  b.patch(exit_jump, uint32_t(b.here()));
  b.emit(Op::LOAD_FAST, b.local("s"));
  b.emit(Op::RETURN_VALUE);
  Value r = call_kw(fn(b.build("loop")), {});
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(r, small(499500));
}

// def f(a, b=2, *, k): return a*100 + b*10 + k
Code* make_f(Interp& interp) {
  CodeBuilder b(interp);
  b.declare_locals({"a", "b", "k"});
  b.argcount = 2;
  b.kwonly = 1;
  b.emit(Op::LOAD_FAST, b.local("a"));
  b.emit(Op::LOAD_CONST, b.int_const(100));
  b.emit(Op::BINARY_OP, uint32_t(BinOp::Mul));
  b.emit(Op::LOAD_FAST, b.local("b"));
  b.emit(Op::LOAD_CONST, b.int_const(10));
  b.emit(Op::BINARY_OP, uint32_t(BinOp::Mul));
  b.emit(Op::BINARY_OP, uint32_t(BinOp::Add));
  b.emit(Op::LOAD_FAST, b.local("k"));
  b.emit(Op::BINARY_OP, uint32_t(BinOp::Add));
  b.emit(Op::RETURN_VALUE);
  return b.build("f");
}

TEST_F(VmTest, ArgumentBinding) {
  Function* f = fn(make_f(interp));
  f->defaults = tuple_pack(interp, {small(2)});
  EXPECT_EQ(call_kw(f, {small(1), small(3)}, {"k"}), small(123));
  EXPECT_EQ(call_kw(f, {small(1), small(5), small(3)}, {"k"}), small(153));
  EXPECT_EQ(call_kw(f, {small(3), small(1), small(4)}, {"k", "b"}), small(341));

  EXPECT_TRUE(call_kw(f, {}).is_null());
  EXPECT_EQ(error_text(), "TypeError: f() missing 1 required positional argument: 'a'");
  EXPECT_TRUE(call_kw(f, {small(1)}).is_null());
  EXPECT_EQ(error_text(), "TypeError: f() missing 1 required keyword-only argument: 'k'");
  EXPECT_TRUE(call_kw(f, {small(1), small(2), small(3), small(1)}, {"k"}).is_null());
  EXPECT_EQ(error_text(),
            "TypeError: f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only "
            "argument) were given");
  EXPECT_TRUE(call_kw(f, {small(1), small(2), small(3)}).is_null());
  EXPECT_EQ(error_text(), "TypeError: f() takes from 1 to 2 positional arguments but 3 were given");
  EXPECT_TRUE(call_kw(f, {small(1), small(1), small(2)}, {"k", "z"}).is_null());
  EXPECT_EQ(error_text(), "TypeError: f() got an unexpected keyword argument 'z'");
  EXPECT_TRUE(call_kw(f, {small(1), small(2), small(1)}, {"a", "k"}).is_null());
  EXPECT_EQ(error_text(), "TypeError: f() got multiple values for argument 'a'");
  EXPECT_EQ(interp.call_depth, 0);
}

TEST_F(VmTest, ArgumentBindingMessages) {
  CodeBuilder g(interp);
  g.declare_locals({"x", "y"});
  g.argcount = 2;
  g.emit(Op::LOAD_CONST, g.konst(Value::none()));
  g.emit(Op::RETURN_VALUE);
  Function* gf = fn(g.build("g"));
  EXPECT_TRUE(call_kw(gf, {}).is_null());
  EXPECT_EQ(error_text(), "TypeError: g() missing 2 required positional arguments: 'x' and 'y'");
  EXPECT_TRUE(call_kw(gf, {small(1), small(2), small(3)}).is_null());
  EXPECT_EQ(error_text(), "TypeError: g() takes 2 positional arguments but 3 were given");

  CodeBuilder w(interp);
  w.declare_locals({"a", "b", "c"});
  w.argcount = 3;
  w.emit(Op::LOAD_CONST, w.konst(Value::none()));
  w.emit(Op::RETURN_VALUE);
  EXPECT_TRUE(call_kw(fn(w.build("w", "A.w")), {}).is_null());
  EXPECT_EQ(error_text(), "TypeError: A.w() missing 3 required positional arguments: 'a', 'b', and 'c'");

  CodeBuilder z(interp);
  z.emit(Op::LOAD_CONST, z.konst(Value::none()));
  z.emit(Op::RETURN_VALUE);
  EXPECT_TRUE(call_kw(fn(z.build("z")), {small(1)}).is_null());
  EXPECT_EQ(error_text(), "TypeError: z() takes 0 positional arguments but 1 was given");

  // def h(a, /, b)
  CodeBuilder h(interp);
  h.declare_locals({"a", "b"});
  h.argcount = 2;
  h.posonly = 1;
  h.emit(Op::LOAD_CONST, h.konst(Value::none()));
  h.emit(Op::RETURN_VALUE);
  EXPECT_TRUE(call_kw(fn(h.build("h")), {small(1), small(2)}, {"a", "b"}).is_null());
  EXPECT_EQ(error_text(), "TypeError: h() got some positional-only arguments passed as keyword arguments: 'a'");
}

TEST_F(VmTest, VarargsAndKwargs) {
  // def v(a, *args, **kw): return (a, args, kw)
  CodeBuilder b(interp);
  b.declare_locals({"a", "args", "kw"});
  b.argcount = 1;
  b.flags |= kCodeVarargs | kCodeVarkeywords;
  b.emit(Op::LOAD_FAST, b.local("a"));
  b.emit(Op::LOAD_FAST, b.local("args"));
  b.emit(Op::LOAD_FAST, b.local("kw"));
  b.emit(Op::BUILD_TUPLE, 3);
  b.emit(Op::RETURN_VALUE);
  Value r = call_kw(fn(b.build("v")), {small(1), small(2), small(3), small(4)}, {"x"});
  ASSERT_TRUE(is_tuple(r));
  Tuple* t = r.as<Tuple>();
  EXPECT_EQ(t->items[0], small(1));
  ASSERT_TRUE(is_tuple(t->items[1]));
  EXPECT_EQ(t->items[1].as<Tuple>()->size, 2u);
  ASSERT_TRUE(is_dict(t->items[2]));
  EXPECT_EQ(dict_get_str(t->items[2].as<Dict>(), intern(interp, "x")), small(4));
}

TEST_F(VmTest, CallWithKwNamesFromBytecode) {
  Function* f = fn(make_f(interp));
  f->defaults = tuple_pack(interp, {small(2)});
  set_global("f", Value::object(f));
  CodeBuilder b(interp);
  b.flags = 0;
  b.emit(Op::PUSH_NULL);
  b.emit(Op::LOAD_GLOBAL, b.name("f"));
  b.emit(Op::LOAD_CONST, b.int_const(1));
  b.emit(Op::LOAD_CONST, b.int_const(3));
  Value kw = Value::object(tuple_pack(interp, {Value::object(intern(interp, "k"))}));
  b.emit(Op::KW_NAMES, b.konst(kw));
  b.emit(Op::CALL, 2);
  b.emit(Op::RETURN_VALUE);
  EXPECT_EQ(run_code(interp, b.build("<module>"), globals), small(123));
}

TEST_F(VmTest, Closure) {
  CodeBuilder inner(interp);
  inner.declare_frees({"x"});
  inner.flags |= kCodeNested;
  inner.emit(Op::LOAD_DEREF, inner.free("x"));
  inner.emit(Op::RETURN_VALUE);
  Code* inner_code = inner.build("inner", "outer.<locals>.inner");

  CodeBuilder outer(interp);
  outer.declare_locals({"inner"});
  outer.declare_cells({"x"});
  outer.emit(Op::LOAD_CONST, outer.int_const(10));
  outer.emit(Op::STORE_DEREF, outer.cell("x"));
  outer.emit(Op::LOAD_CLOSURE, outer.cell("x"));
  outer.emit(Op::BUILD_TUPLE, 1);
  outer.emit(Op::LOAD_CONST, outer.konst(Value::object(inner_code)));
  outer.emit(Op::MAKE_FUNCTION, 8);
  outer.emit(Op::STORE_FAST, outer.local("inner"));
  outer.emit(Op::LOAD_CONST, outer.int_const(11));
  outer.emit(Op::STORE_DEREF, outer.cell("x"));   // late binding: the cell is shared
  outer.emit(Op::PUSH_NULL);
  outer.emit(Op::LOAD_FAST, outer.local("inner"));
  outer.emit(Op::CALL, 0);
  outer.emit(Op::RETURN_VALUE);
  EXPECT_EQ(call_kw(fn(outer.build("outer")), {}), small(11));
}

TEST_F(VmTest, UnboundLocalMessage) {
  CodeBuilder b(interp);
  b.declare_locals({"x"});
  b.emit(Op::LOAD_FAST, b.local("x"));
  b.emit(Op::RETURN_VALUE);
  EXPECT_TRUE(call_kw(fn(b.build("u")), {}).is_null());
  EXPECT_EQ(error_text(), "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
}

TEST_F(VmTest, ExceptionTableCatches) {
  // try: 1/0  except: return 42
  CodeBuilder b(interp);
  b.emit(Op::LOAD_CONST, b.int_const(1));
  b.emit(Op::LOAD_CONST, b.int_const(0));
  b.emit(Op::BINARY_OP, uint32_t(BinOp::TrueDiv));
  b.emit(Op::RETURN_VALUE);
  uint32_t handler = uint32_t(b.here());
  b.emit(Op::PUSH_EXC_INFO);
  b.emit(Op::LOAD_CONST, b.konst(Value::object(interp.exc_types.ZeroDivisionError)));
  b.emit(Op::CHECK_EXC_MATCH);
  size_t nomatch = b.emit(Op::POP_JUMP_IF_FALSE);
  b.emit(Op::POP_TOP);
  b.emit(Op::POP_EXCEPT);
  b.emit(Op::LOAD_CONST, b.int_const(42));
  b.emit(Op::RETURN_VALUE);
  b.patch(nomatch, uint32_t(b.here()));
  b.emit(Op::RERAISE, 0);
  b.handler(0, 4, handler, 0);
  EXPECT_EQ(call_kw(fn(b.build("catch")), {}), small(42));
  EXPECT_TRUE(interp.handled_exc.is_null() || interp.handled_exc.is_none());
}

TEST_F(VmTest, UncaughtExceptionHasTraceback) {
  CodeBuilder inner(interp);
  inner.emit(Op::NOP);
  inner.emit(Op::LOAD_CONST, inner.int_const(1));
  inner.emit(Op::LOAD_CONST, inner.int_const(0));
  inner.emit(Op::BINARY_OP, uint32_t(BinOp::FloorDiv));   // line 4
  inner.emit(Op::RETURN_VALUE);
  set_global("inner", Value::object(fn(inner.build("inner"))));
  CodeBuilder outer(interp);
  outer.emit(Op::PUSH_NULL);
  outer.emit(Op::LOAD_GLOBAL, outer.name("inner"));
  outer.emit(Op::CALL, 0);   // line 3
  outer.emit(Op::RETURN_VALUE);
  EXPECT_TRUE(call_kw(fn(outer.build("outer")), {}).is_null());
  Value e = fetch_error(interp);
  ASSERT_TRUE(is_exception(e));
  EXPECT_EQ(e.as_object()->type, interp.exc_types.ZeroDivisionError);
  Value tbv = e.as<BaseException>()->traceback;
  ASSERT_TRUE(tbv.is_object());
  auto* tb = tbv.as<Traceback>();
  EXPECT_EQ(tb->line, 3);
  ASSERT_NE(tb->next, nullptr);
  EXPECT_EQ(tb->next->line, 4);
  EXPECT_EQ(tb->next->next, nullptr);
  EXPECT_EQ(interp.call_depth, 0);
}

TEST_F(VmTest, RaiseFromSetsCauseAndContext) {
  // try: raise KeyError  except: raise ValueError from None
  CodeBuilder b(interp);
  b.emit(Op::LOAD_CONST, b.konst(Value::object(interp.exc_types.KeyError)));
  b.emit(Op::RAISE_VARARGS, 1);
  uint32_t handler = uint32_t(b.here());
  b.emit(Op::PUSH_EXC_INFO);
  b.emit(Op::POP_TOP);
  b.emit(Op::LOAD_CONST, b.konst(Value::object(interp.exc_types.ValueError)));
  b.emit(Op::LOAD_CONST, b.konst(Value::none()));
  b.emit(Op::RAISE_VARARGS, 2);
  b.handler(0, 2, handler, 0);
  EXPECT_TRUE(call_kw(fn(b.build("r")), {}).is_null());
  Value e = fetch_error(interp);
  ASSERT_TRUE(is_exception(e));
  auto* be = e.as<BaseException>();
  EXPECT_EQ(be->type, interp.exc_types.ValueError);
  EXPECT_TRUE(be->cause.is_none());
  EXPECT_TRUE(be->suppress_context);
  ASSERT_TRUE(is_exception(be->context));
  EXPECT_EQ(be->context.as_object()->type, interp.exc_types.KeyError);
}

// A generator: x = yield 1; yield x; return 99
Function* make_gen(Interp& interp) {
  CodeBuilder b(interp);
  b.declare_locals({"x"});
  b.flags |= kCodeGenerator;
  b.emit(Op::LOAD_CONST, b.int_const(1));
  b.emit(Op::YIELD_VALUE);
  b.emit(Op::STORE_FAST, b.local("x"));
  b.emit(Op::LOAD_FAST, b.local("x"));
  b.emit(Op::YIELD_VALUE);
  b.emit(Op::POP_TOP);
  b.emit(Op::LOAD_CONST, b.int_const(99));
  b.emit(Op::RETURN_VALUE);
  return function_new(interp, b.build("gen"), nullptr);
}

TEST_F(VmTest, GeneratorSend) {
  Function* gf = make_gen(interp);
  gf->globals = globals;
  Value g = call_kw(gf, {});
  ASSERT_TRUE(is_generator(g));
  Value out;
  EXPECT_EQ(gen_resume(interp, g, small(5), Value::null(), &out), GenStatus::Error);
  EXPECT_EQ(error_text(), "TypeError: can't send non-None value to a just-started generator");
  ASSERT_EQ(gen_resume(interp, g, Value::none(), Value::null(), &out), GenStatus::Yield);
  EXPECT_EQ(out, small(1));
  ASSERT_EQ(gen_resume(interp, g, small(5), Value::null(), &out), GenStatus::Yield);
  EXPECT_EQ(out, small(5));
  ASSERT_EQ(gen_resume(interp, g, Value::none(), Value::null(), &out), GenStatus::Return);
  EXPECT_EQ(out, small(99));
  ASSERT_EQ(gen_resume(interp, g, Value::none(), Value::null(), &out), GenStatus::Return);
  EXPECT_TRUE(out.is_none());
  EXPECT_EQ(interp.call_depth, 0);
  EXPECT_EQ(interp.frame, nullptr);
}

TEST_F(VmTest, GeneratorThrowAndClose) {
  // try: yield 1  except: yield 7
  CodeBuilder b(interp);
  b.flags |= kCodeGenerator;
  b.emit(Op::LOAD_CONST, b.int_const(1));
  b.emit(Op::YIELD_VALUE);
  b.emit(Op::POP_TOP);
  b.emit(Op::LOAD_CONST, b.konst(Value::none()));
  b.emit(Op::RETURN_VALUE);
  uint32_t handler = uint32_t(b.here());
  b.emit(Op::PUSH_EXC_INFO);
  b.emit(Op::POP_TOP);
  b.emit(Op::LOAD_CONST, b.int_const(7));
  b.emit(Op::YIELD_VALUE);
  b.emit(Op::POP_TOP);
  b.emit(Op::POP_EXCEPT);
  b.emit(Op::LOAD_CONST, b.konst(Value::none()));
  b.emit(Op::RETURN_VALUE);
  b.handler(0, 3, handler, 0);
  Function* gf = fn(b.build("g"));

  Value g = call_kw(gf, {});
  Value out;
  ASSERT_EQ(gen_resume(interp, g, Value::none(), Value::null(), &out), GenStatus::Yield);
  Value exc = Value::object(exception_new(interp, interp.exc_types.ValueError, interp.empty_tuple));
  ASSERT_EQ(gen_resume(interp, g, Value::none(), exc, &out), GenStatus::Yield);
  EXPECT_EQ(out, small(7));
  // While suspended in the except block, close() raises GeneratorExit there; nothing catches it.
  EXPECT_TRUE(gen_close(interp, g));

  // A generator that swallows GeneratorExit and yields again.
  Value g2 = call_kw(gf, {});
  ASSERT_EQ(gen_resume(interp, g2, Value::none(), Value::null(), &out), GenStatus::Yield);
  EXPECT_FALSE(gen_close(interp, g2));
  EXPECT_EQ(error_text(), "RuntimeError: generator ignored GeneratorExit");

  // close() on a never-started generator just finishes it.
  Value g3 = call_kw(gf, {});
  EXPECT_TRUE(gen_close(interp, g3));
  ASSERT_EQ(gen_resume(interp, g3, Value::none(), Value::null(), &out), GenStatus::Return);
  EXPECT_EQ(interp.call_depth, 0);
}

TEST_F(VmTest, UnreachableSuspendedGeneratorIsClosed) {
  // try: yield 1  finally: closed = True
  CodeBuilder b(interp);
  b.flags |= kCodeGenerator;
  b.emit(Op::LOAD_CONST, b.int_const(1));
  b.emit(Op::YIELD_VALUE);
  b.emit(Op::POP_TOP);
  b.emit(Op::LOAD_CONST, b.konst(Value::none()));
  b.emit(Op::RETURN_VALUE);
  uint32_t handler = uint32_t(b.here());
  b.emit(Op::PUSH_EXC_INFO);
  b.emit(Op::LOAD_CONST, b.konst(Value::true_()));
  b.emit(Op::STORE_GLOBAL, b.name("closed"));
  b.emit(Op::RERAISE, 0);
  b.handler(0, 3, handler, 0);
  Value g = call_kw(fn(b.build("g")), {});
  Value out;
  ASSERT_EQ(gen_resume(interp, g, Value::none(), Value::null(), &out), GenStatus::Yield);
  EXPECT_TRUE(g.as<Generator>()->flag(kGenFinalizable));
  // Only this C++ local refers to it: the collector finds it unreachable and resurrects it
  // for close(), which runs the finally block.
  interp.heap.collect(interp);
  run_pending_closes(interp, vm_state(interp));
  EXPECT_EQ(get_global("closed"), Value::true_());
  EXPECT_FALSE(interp.has_error());
}

TEST_F(VmTest, Pep479StopIterationBecomesRuntimeError) {
  CodeBuilder b(interp);
  b.flags |= kCodeGenerator;
  b.emit(Op::LOAD_CONST, b.konst(Value::object(interp.exc_types.StopIteration)));
  b.emit(Op::RAISE_VARARGS, 1);
  Value g = call_kw(fn(b.build("g")), {});
  Value out;
  ASSERT_EQ(gen_resume(interp, g, Value::none(), Value::null(), &out), GenStatus::Error);
  EXPECT_EQ(error_text(), "RuntimeError: generator raised StopIteration");
}

TEST_F(VmTest, ForIterOverGeneratorInLoop) {
  CodeBuilder gb(interp);
  gb.flags |= kCodeGenerator;
  for (int i = 1; i <= 3; i++) {
    gb.emit(Op::LOAD_CONST, gb.int_const(i));
    gb.emit(Op::YIELD_VALUE);
    gb.emit(Op::POP_TOP);
  }
  gb.emit(Op::LOAD_CONST, gb.konst(Value::none()));
  gb.emit(Op::RETURN_VALUE);
  Function* gf = fn(gb.build("three"));

  CodeBuilder b(interp);
  b.declare_locals({"s", "x"});
  b.emit(Op::LOAD_CONST, b.int_const(0));
  b.emit(Op::STORE_FAST, b.local("s"));
  b.emit(Op::PUSH_NULL);
  b.emit(Op::LOAD_CONST, b.konst(Value::object(gf)));
  b.emit(Op::CALL, 0);
  b.emit(Op::GET_ITER);
  size_t loop = b.emit(Op::FOR_ITER);
  b.emit(Op::STORE_FAST, b.local("x"));
  b.emit(Op::LOAD_FAST, b.local("s"));
  b.emit(Op::LOAD_FAST, b.local("x"));
  b.emit(Op::BINARY_OP, uint32_t(BinOp::Add));
  b.emit(Op::STORE_FAST, b.local("s"));
  b.emit(Op::JUMP, uint32_t(loop));
  b.patch(loop, uint32_t(b.here()));
  b.emit(Op::LOAD_FAST, b.local("s"));
  b.emit(Op::RETURN_VALUE);
  EXPECT_EQ(call_kw(fn(b.build("sum3")), {}), small(6));
}

TEST_F(VmTest, DeepRecursionRaisesRecursionError) {
  // def f(n): global m; m = n; f(n + 1)   -- called from module code as f(1)
  CodeBuilder f(interp);
  f.declare_locals({"n"});
  f.argcount = 1;
  f.emit(Op::LOAD_FAST, f.local("n"));
  f.emit(Op::STORE_GLOBAL, f.name("m"));
  f.emit(Op::PUSH_NULL);
  f.emit(Op::LOAD_GLOBAL, f.name("f"));
  f.emit(Op::LOAD_FAST, f.local("n"));
  f.emit(Op::LOAD_CONST, f.int_const(1));
  f.emit(Op::BINARY_OP, uint32_t(BinOp::Add));
  f.emit(Op::CALL, 1);
  f.emit(Op::RETURN_VALUE);
  set_global("f", Value::object(fn(f.build("f"))));
  CodeBuilder m(interp);
  m.flags = 0;
  m.emit(Op::PUSH_NULL);
  m.emit(Op::LOAD_NAME, m.name("f"));
  m.emit(Op::LOAD_CONST, m.int_const(1));
  m.emit(Op::CALL, 1);
  m.emit(Op::RETURN_VALUE);
  EXPECT_TRUE(run_code(interp, m.build("<module>"), globals).is_null());
  EXPECT_EQ(error_text(), "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(get_global("m"), small(999));   // as CPython 3.11: module frame + 999 frames
  EXPECT_EQ(interp.call_depth, 0);
  EXPECT_EQ(interp.frame, nullptr);

  // A higher limit works without touching the C++ stack.
  interp.recursion_limit = 200000;
  EXPECT_TRUE(run_code(interp, m.build("<module>"), globals).is_null());
  EXPECT_EQ(error_text(), "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(get_global("m"), small(199999));
}

// A native that calls its argument with itself: f -> reenter -> f -> ... through call().
Value reenter(Interp& interp, const Value* args, size_t nargs, Tuple*) {
  return call(interp, args[0], args, 1);
}

TEST_F(VmTest, NativeReentryHitsCStackGuard) {
  interp.recursion_limit = 10000000;   // only the C++ stack guard can stop this
  CodeBuilder f(interp);
  f.declare_locals({"x"});
  f.argcount = 1;
  f.emit(Op::PUSH_NULL);
  f.emit(Op::LOAD_GLOBAL, f.name("reenter"));
  f.emit(Op::LOAD_FAST, f.local("x"));
  f.emit(Op::CALL, 1);
  f.emit(Op::RETURN_VALUE);
  Function* ff = fn(f.build("f"));
  set_global("reenter", Value::object(native_function_new(interp, "reenter", reenter)));
  EXPECT_TRUE(call_kw(ff, {Value::object(ff)}).is_null());
  EXPECT_EQ(error_text(), "RecursionError: maximum recursion depth exceeded while calling a Python object");
  EXPECT_EQ(interp.call_depth, 0);
  EXPECT_EQ(interp.frame, nullptr);
}

// def g(n):
//     if n == 0: yield 1; return 7
//     r = yield from g(n - 1); return r + 1
Code* make_chain(Interp& interp) {
  CodeBuilder b(interp);
  b.declare_locals({"n"});
  b.argcount = 1;
  b.flags |= kCodeGenerator;
  b.emit(Op::LOAD_FAST, b.local("n"));
  b.emit(Op::LOAD_CONST, b.int_const(0));
  b.emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq));
  size_t j = b.emit(Op::POP_JUMP_IF_FALSE);
  b.emit(Op::LOAD_CONST, b.int_const(1));
  b.emit(Op::YIELD_VALUE);
  b.emit(Op::POP_TOP);
  b.emit(Op::LOAD_CONST, b.int_const(7));
  b.emit(Op::RETURN_VALUE);
  b.patch(j, uint32_t(b.here()));
  b.emit(Op::PUSH_NULL);
  b.emit(Op::LOAD_GLOBAL, b.name("g"));
  b.emit(Op::LOAD_FAST, b.local("n"));
  b.emit(Op::LOAD_CONST, b.int_const(1));
  b.emit(Op::BINARY_OP, uint32_t(BinOp::Sub));
  b.emit(Op::CALL, 1);
  b.emit(Op::GET_YIELD_FROM_ITER);
  b.emit(Op::LOAD_CONST, b.konst(Value::none()));
  b.emit(Op::YIELD_FROM);
  b.emit(Op::LOAD_CONST, b.int_const(1));
  b.emit(Op::BINARY_OP, uint32_t(BinOp::Add));
  b.emit(Op::RETURN_VALUE);
  return b.build("g");
}

TEST_F(VmTest, DeepYieldFromChainWithoutCRecursion) {
  constexpr int64_t kDepth = 100000;
  interp.recursion_limit = 1000000;
  Function* g = fn(make_chain(interp));
  set_global("g", Value::object(g));
  Value top = call_kw(g, {small(kDepth)});
  ASSERT_TRUE(is_generator(top));
  Value out;
  ASSERT_EQ(gen_resume(interp, top, Value::none(), Value::null(), &out), GenStatus::Yield);
  EXPECT_EQ(out, small(1));
  ASSERT_EQ(gen_resume(interp, top, Value::none(), Value::null(), &out), GenStatus::Return);
  EXPECT_EQ(out, small(7 + kDepth));
  EXPECT_EQ(interp.call_depth, 0);

  // throw() is forwarded down the chain to the innermost generator (which does not catch).
  Value top2 = call_kw(g, {small(kDepth)});
  ASSERT_EQ(gen_resume(interp, top2, Value::none(), Value::null(), &out), GenStatus::Yield);
  Value exc = Value::object(exception_new(interp, interp.exc_types.KeyError, interp.empty_tuple));
  ASSERT_EQ(gen_resume(interp, top2, Value::none(), exc, &out), GenStatus::Error);
  Value e = fetch_error(interp);
  EXPECT_EQ(e, exc);
  EXPECT_EQ(interp.call_depth, 0);
  EXPECT_EQ(interp.frame, nullptr);
}

TEST_F(VmTest, UnpackSequenceMessages) {
  auto unpack = [&](Value seq, uint32_t n) {
    CodeBuilder b(interp);
    b.emit(Op::LOAD_CONST, b.konst(seq));
    b.emit(Op::UNPACK_SEQUENCE, n);
    b.emit(Op::LOAD_CONST, b.konst(Value::none()));
    b.emit(Op::RETURN_VALUE);
    return call_kw(fn(b.build("u")), {});
  };
  Value t3 = Value::object(tuple_pack(interp, {small(1), small(2), small(3)}));
  EXPECT_TRUE(unpack(t3, 2).is_null());
  EXPECT_EQ(error_text(), "ValueError: too many values to unpack (expected 2)");
  EXPECT_TRUE(unpack(t3, 4).is_null());
  EXPECT_EQ(error_text(), "ValueError: not enough values to unpack (expected 4, got 3)");
  EXPECT_TRUE(unpack(small(5), 2).is_null());
  EXPECT_EQ(error_text(), "TypeError: cannot unpack non-iterable int object");
  EXPECT_FALSE(unpack(t3, 3).is_null());
}

}  // namespace
}  // namespace coil
