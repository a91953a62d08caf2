// Scope analysis: locals, globals (explicit and implicit), cells, free variables, class
// scopes, the implicit __class__ cell, comprehensions and walrus targets, name mangling.
#include <gtest/gtest.h>
#include <string>
#include "compiler/symtable.h"
#include "parser/parse.h"

namespace coil::compiler {
namespace {

struct Analyzed {
  parser::ParseResult parsed;
  SymbolTable st;
  bool ok = false;
};

void analyze(Analyzed& a, std::string_view src) {
  a.parsed = parser::parse(src, "t.py");
  ASSERT_FALSE(a.parsed.error.has_value()) << a.parsed.error->message;
  a.ok = a.st.build(*a.parsed.module);
}

// Finds a scope by its chain of names from the module ("f", "f/g", "A/m").
Scope* scope(Analyzed& a, std::string_view path) {
  Scope* s = a.st.top();
  while (!path.empty() && s != nullptr) {
    size_t slash = path.find('/');
    std::string_view name = path.substr(0, slash);
    Scope* next = nullptr;
    for (Scope* c : s->children)
      if (c->name == name) next = c;
    s = next;
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
  }
  return s;
}

TEST(Symtable, FunctionLocalsCellsAndFrees) {
  Analyzed a;
  analyze(a, "def f(a):\n  b = 1\n  def g():\n    nonlocal b\n    b = 2\n    return a + c\n  return g\n");
  ASSERT_TRUE(a.ok);
  Scope* f = scope(a, "f");
  Scope* g = scope(a, "f/g");
  ASSERT_NE(f, nullptr);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(f->scope_of("a"), SymScope::Cell);
  EXPECT_EQ(f->scope_of("b"), SymScope::Cell);
  EXPECT_EQ(f->scope_of("g"), SymScope::Local);
  EXPECT_EQ(g->scope_of("a"), SymScope::Free);
  EXPECT_EQ(g->scope_of("b"), SymScope::Free);
  EXPECT_EQ(g->scope_of("c"), SymScope::GlobalImplicit);
  EXPECT_EQ(a.st.top()->scope_of("f"), SymScope::Local);
  EXPECT_EQ(f->params, (std::vector<std::string>{"a"}));
  EXPECT_TRUE(g->nested);
  EXPECT_TRUE(f->child_free);
}

TEST(Symtable, GlobalDeclarations) {
  Analyzed a;
  analyze(a, "x = 1\ndef f():\n  global x\n  x = 2\n  def g():\n    return x\n");
  ASSERT_TRUE(a.ok);
  EXPECT_EQ(scope(a, "f")->scope_of("x"), SymScope::GlobalExplicit);
  // g sees f's global declaration: implicit global, not free.
  EXPECT_EQ(scope(a, "f/g")->scope_of("x"), SymScope::GlobalImplicit);
}

TEST(Symtable, ClassScopesAreNotVisibleToMethods) {
  Analyzed a;
  analyze(a,
          "def outer():\n"
          "  y = 0\n"
          "  class A:\n"
          "    x = 1\n"
          "    z = y\n"
          "    def m(self):\n"
          "      return x, y, super()\n");
  ASSERT_TRUE(a.ok);
  Scope* cls = scope(a, "outer/A");
  Scope* m = scope(a, "outer/A/m");
  EXPECT_EQ(cls->kind, BlockKind::Class);
  EXPECT_EQ(cls->scope_of("x"), SymScope::Local);
  EXPECT_EQ(cls->scope_of("y"), SymScope::Free);          // LOAD_CLASSDEREF in the body
  EXPECT_TRUE(cls->needs_class_closure);                  // super() uses __class__
  EXPECT_EQ(m->scope_of("x"), SymScope::GlobalImplicit);  // class names are not closures
  EXPECT_EQ(m->scope_of("y"), SymScope::Free);
  EXPECT_EQ(m->scope_of("__class__"), SymScope::Free);
  EXPECT_EQ(scope(a, "outer")->scope_of("y"), SymScope::Cell);
}

TEST(Symtable, ComprehensionsAreFunctionScopes) {
  Analyzed a;
  analyze(a, "def f(xs):\n  r = [(last := x) for x in xs if x]\n  return last\n");
  ASSERT_TRUE(a.ok);
  Scope* comp = scope(a, "f/listcomp");
  ASSERT_NE(comp, nullptr);
  EXPECT_EQ(comp->func, FuncKind::ListComp);
  EXPECT_EQ(comp->params, (std::vector<std::string>{".0"}));
  EXPECT_EQ(comp->scope_of("x"), SymScope::Local);
  // The walrus target binds in the enclosing function, so it is a cell there.
  EXPECT_EQ(comp->scope_of("last"), SymScope::Free);
  EXPECT_EQ(scope(a, "f")->scope_of("last"), SymScope::Cell);
  // The outermost iterable is evaluated in f.
  EXPECT_EQ(scope(a, "f")->scope_of("xs"), SymScope::Local);
  EXPECT_EQ(comp->scope_of("xs"), SymScope::Unknown);
}

TEST(Symtable, GeneratorAndCoroutineMarks) {
  Analyzed a;
  analyze(a,
          "def g():\n  yield 1\n"
          "async def c():\n  return [await x for x in y]\n");
  ASSERT_TRUE(a.ok);
  EXPECT_TRUE(scope(a, "g")->generator);
  EXPECT_FALSE(scope(a, "g")->coroutine);
  EXPECT_TRUE(scope(a, "c")->coroutine);
  EXPECT_TRUE(scope(a, "c/listcomp")->coroutine);
}

TEST(Symtable, PrivateNamesAreMangledInClasses) {
  Analyzed a;
  analyze(a, "class A:\n  __x = 1\n  def m(self, __p):\n    return __p\n");
  ASSERT_TRUE(a.ok);
  EXPECT_EQ(scope(a, "A")->scope_of("_A__x"), SymScope::Local);
  EXPECT_EQ(scope(a, "A/m")->scope_of("_A__p"), SymScope::Local);
  EXPECT_EQ(mangle("A", "__x"), "_A__x");
  EXPECT_EQ(mangle("_A", "__x"), "_A__x");
  EXPECT_EQ(mangle("A", "__x__"), "__x__");
  EXPECT_EQ(mangle("__", "__x"), "__x");
  EXPECT_EQ(mangle("", "__x"), "__x");
}

TEST(Symtable, ErrorsCarryTheStatementPosition) {
  Analyzed a;
  analyze(a, "def f():\n  print(x)\n  global x\n");
  ASSERT_FALSE(a.ok);
  EXPECT_EQ(a.st.error().message, "name 'x' is used prior to global declaration");
  EXPECT_EQ(a.st.error().where.line, 3);
  EXPECT_EQ(a.st.error().where.col, 2);
}

}  // namespace
}  // namespace coil::compiler
