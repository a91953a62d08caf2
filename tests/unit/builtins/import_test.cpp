// Import resolution (runtime/module.cpp): modules and packages on sys.path, relative imports,
// from-lists, `import *`, sys.modules caching, failures and circular imports. Expected error
// texts are CPython 3.11's (checked with python3 on the same file layout).
#include <gtest/gtest.h>
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "coil/coil.h"

namespace coil {
namespace {

class ImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/coil_import_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir = tmpl;
    write("mod_a.py", "X = 1\ndef f():\n    return 'a.f'\n_private = 2\n");
    write("mod_all.py", "__all__ = ['p']\np = 1\nq = 2\n");
    write("pkg/__init__.py", "INIT = True\n");
    write("pkg/sub.py", "from . import sibling\nfrom .sibling import S\nVALUE = S + 1\n");
    write("pkg/sibling.py", "S = 41\n");
    write("pkg/deep/__init__.py", "");
    write("pkg/deep/leaf.py", "from .. import sibling\nfrom ..sibling import S as T\n");
    write("bad_syntax.py", "x = (\n");
    write("raises.py", "raise ValueError('boom')\n");
    write("circ_a.py", "import circ_b\nA = 1\n");
    write("circ_b.py", "from circ_a import A\n");
    VmOptions opts;
    opts.path = {dir};
    vm = std::make_unique<Vm>(opts);
  }
  void TearDown() override {
    vm.reset();
    std::string cmd = "rm -rf '" + dir + "'";
    ASSERT_EQ(system(cmd.c_str()), 0);
  }
  void write(const std::string& rel, const std::string& text) {
    std::string path = dir + "/" + rel;
    size_t slash = path.rfind('/');
    std::string cmd = "mkdir -p '" + path.substr(0, slash) + "'";
    ASSERT_EQ(system(cmd.c_str()), 0);
    std::ofstream(path) << text;
  }
  std::string eval_repr(const std::string& expr) {
    Result r = vm->eval(expr);
    if (!r.ok()) return "<" + r.error().type + ": " + r.error().message + ">";
    return r.value().repr();
  }
  std::string exec_error(const std::string& code) {
    Result r = vm->exec(code);
    if (r.ok()) return "";
    return r.error().type + ": " + r.error().message;
  }
  std::string dir;
  std::unique_ptr<Vm> vm;
};

TEST_F(ImportTest, ModulesAndCaching) {
  ASSERT_EQ(exec_error("import mod_a\nimport mod_a as again"), "");
  EXPECT_EQ(eval_repr("(mod_a.X, mod_a.f(), mod_a is again)"), "(1, 'a.f', True)");
  EXPECT_EQ(eval_repr("mod_a.__name__"), "'mod_a'");
  EXPECT_EQ(eval_repr("mod_a.__file__ == " + std::string("'") + dir + "/mod_a.py'"), "True");
  EXPECT_EQ(eval_repr("__import__('sys').modules['mod_a'] is mod_a"), "True");
}

TEST_F(ImportTest, PackagesAndRelativeImports) {
  ASSERT_EQ(exec_error("import pkg.sub"), "");
  EXPECT_EQ(eval_repr("(pkg.INIT, pkg.sub.VALUE, pkg.sub.sibling.S)"), "(True, 42, 41)");
  ASSERT_EQ(exec_error("from pkg.deep import leaf"), "");
  EXPECT_EQ(eval_repr("(leaf.sibling.S, leaf.T, leaf.__name__)"), "(41, 41, 'pkg.deep.leaf')");
  ASSERT_EQ(exec_error("from pkg import sibling as sb"), "");
  EXPECT_EQ(eval_repr("sb.S"), "41");
}

TEST_F(ImportTest, ImportStar) {
  ASSERT_EQ(exec_error("from mod_a import *\nfrom mod_all import *"), "");
  EXPECT_EQ(eval_repr("(X, f(), p)"), "(1, 'a.f', 1)");
  EXPECT_EQ(eval_repr("'_private' in globals()"), "False");
  EXPECT_EQ(eval_repr("'q' in globals()"), "False");
}

TEST_F(ImportTest, Errors) {
  EXPECT_EQ(exec_error("import nonexistent_mod"), "ModuleNotFoundError: No module named 'nonexistent_mod'");
  EXPECT_EQ(exec_error("import mod_a.sub"), "ModuleNotFoundError: No module named 'mod_a.sub'; 'mod_a' is not a package");
  EXPECT_EQ(exec_error("from mod_a import nope"),
            "ImportError: cannot import name 'nope' from 'mod_a' (" + dir + "/mod_a.py)");
  EXPECT_EQ(exec_error("from sys import nope"), "ImportError: cannot import name 'nope' from 'sys' (unknown location)");
  EXPECT_EQ(exec_error("import bad_syntax"), "SyntaxError: '(' was never closed (bad_syntax.py, line 1)");
  EXPECT_EQ(exec_error("import raises"), "ValueError: boom");
  // A failed import leaves nothing behind in sys.modules.
  EXPECT_EQ(eval_repr("'raises' in __import__('sys').modules"), "False");
  EXPECT_EQ(exec_error("from . import x"), "ImportError: attempted relative import with no known parent package");
}

TEST_F(ImportTest, CircularImport) {
  EXPECT_EQ(exec_error("import circ_a"),
            "ImportError: cannot import name 'A' from partially initialized module 'circ_a' "
            "(most likely due to a circular import) (" + dir + "/circ_a.py)");
}

TEST_F(ImportTest, BuiltinModules) {
  ASSERT_EQ(exec_error("import sys, math, time, json, random, gc"), "");
  EXPECT_EQ(eval_repr("sys.version_info[:2] == (3, 11) and sys.version_info.major == 3"), "True");
  EXPECT_EQ(eval_repr("sys.implementation.name"), "'coil'");
  EXPECT_EQ(eval_repr("sys.path[0] == " + std::string("'") + dir + "'"), "True");
  EXPECT_EQ(eval_repr("math.sqrt(16)"), "4.0");
}

}  // namespace
}  // namespace coil
