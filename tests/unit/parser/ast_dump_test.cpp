// AST dumps of representative programs, compared with CPython 3.11's ast.dump() output.
// The expected texts in *_cases.inc come from python3 (tests/unit/parser/gen_expected.py).
#include <gtest/gtest.h>

#include <string>

#include "parser/parse.h"

namespace {

struct DumpCase {
  const char* name;
  const char* source;
  const char* expected;
};

const DumpCase kCases[] = {
#include "tests/unit/parser/ast_cases.inc"
};

const DumpCase kLocationCases[] = {
#include "tests/unit/parser/loc_cases.inc"
};

std::string dump_of(const char* source, bool locations) {
  auto r = coil::parser::parse(source, "test.py");
  if (r.error) return "ERROR: " + coil::parser::format_syntax_error(*r.error);
  return coil::parser::dump(*r.module, locations);
}

TEST(AstDump, MatchesCPython) {
  for (const DumpCase& c : kCases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(dump_of(c.source, false), c.expected);
  }
}

TEST(AstDump, LocationsMatchCPython) {
  for (const DumpCase& c : kLocationCases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(dump_of(c.source, true), c.expected);
  }
}

TEST(AstDump, EvalMode) {
  auto r = coil::parser::parse("  1 + x\n\n", "<string>", coil::parser::Mode::Eval);
  ASSERT_FALSE(r.error);
  EXPECT_TRUE(r.module->is_expression);
  EXPECT_EQ(coil::parser::dump(*r.module),
            "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load())))");
  auto bad = coil::parser::parse("x = 1", "<string>", coil::parser::Mode::Eval);
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->message, "invalid syntax");
}

TEST(AstDump, IntConstantsKeepDigitsAndBase) {
  auto r = coil::parser::parse("0x_Ff\n0o0017\n1_000\n0b0\n", "t.py");
  ASSERT_FALSE(r.error);
  auto text = [&](int i) {
    auto* c = r.module->body[i]->as<coil::ast::ExprStmt>()->value->as<coil::ast::Constant>();
    return std::to_string(c->base) + ":" + std::string(c->text);
  };
  EXPECT_EQ(text(0), "16:Ff");
  EXPECT_EQ(text(1), "8:17");
  EXPECT_EQ(text(2), "10:1000");
  EXPECT_EQ(text(3), "2:0");
}

TEST(AstDump, DepthIsRecorded) {
  auto r = coil::parser::parse("x = ((a + b) * c)\nif a:\n    if b:\n        pass\n", "t.py");
  ASSERT_FALSE(r.error);
  auto* assign = r.module->body[0]->as<coil::ast::Assign>();
  EXPECT_EQ(assign->value->depth, 3);
  EXPECT_EQ(r.module->body[1]->depth, 3);
}

}  // namespace
