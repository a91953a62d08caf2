// One parse: feeds the pre-lexed tokens to the Bison parser, owns the error state, and decides
// which of several errors CPython would report. Also hosts the sub-parses of f-string fields.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/lex_error.h"
#include "lexer/source.h"
#include "lexer/token.h"
#include "parser/ast.h"
#include "parser/builder.h"
#include "parser/builder_types.h"
#include "parser/loc.h"
#include "parser/grammar.hpp"
#include "parser/parse.h"

namespace coil::parser {

// (gen::Parser comes from the generated header)

// What report_syntax_error() saw when the LALR parser got stuck.
struct ParseFailure {
  int token_index = 0;               // the lookahead, in Driver::tokens()
  std::vector<int> expected;         // symbol kinds the parser could have shifted
  struct Entry {
    int symbol;                      // gen::Parser::symbol_kind_type
    Loc loc;
    ast::Expr* expr;                 // for expression nonterminals, else null
  };
  std::vector<Entry> stack;          // bottom to top
};

class Driver {
 public:
  enum class Start { File, Eval, FString };

  // `text` is normalized source (ends in '\n' and a NUL) owned by `arena`: the AST keeps views
  // into it. Sub-parses (f-string fields) pass their own text and the position of text[0]
  // in the file.
  Driver(ast::Arena& arena, std::string_view text, std::string_view filename, Start start,
         int first_line = 1, int first_col = 0, uint32_t first_offset = 0, int fstring_depth = 0);
  ~Driver();

  // Runs the lexer and the parser. False when error() is set.
  bool run();
  const std::optional<SyntaxError>& error() const { return error_; }
  std::optional<SyntaxError>& error() { return error_; }
  ast::Module* module() const { return module_; }
  ast::Expr* expression() const { return expression_; }

  // ---- for the grammar and the Builder
  Builder& builder() { return builder_; }
  ast::Arena& arena() { return arena_; }
  int next_token(gen::Parser::semantic_type* value, Loc* loc);  // Bison's yylex
  const lexer::Token& token(int i) const { return tokens_[static_cast<size_t>(i)]; }
  std::string_view token_text(int i) const;
  std::string_view text() const { return text_; }
  void set_body(StmtSeq body);
  void set_expression(ast::Expr* e, const Loc& l);
  ast::Expr* strings(TokRange r, const Loc& l);  // in strings.cpp
  // Parses an f-string replacement field `expr` whose '{' is at (line, col, offset).
  ast::Expr* fstring_field(std::string_view expr, int line, int col, uint32_t offset);

  // Reports an error at a span (first one wins). `type` as SyntaxError::type.
  void error_at(const Loc& l, std::string_view msg, const char* type = "SyntaxError");
  // An error CPython raises after parsing (symtable/compiler): reported only if the parse
  // otherwise succeeds.
  void deferred_error_at(const Loc& l, std::string_view msg);
  bool failed() const { return error_.has_value(); }
  // An error with no location (e.g. RecursionError for the nesting limits).
  void error_without_location(const char* type, std::string_view msg);
  void syntax_error(const ParseFailure& f);  // in diagnose.cpp
  int last_token_index() const { return static_cast<int>(pos_) - 1; }
  // Index of the first token starting at or after the end of `l`, or -1.
  int token_after(const Loc& l) const;
  // The location of the token after `l` (CPython's "last token read" for many errors).
  Loc loc_after(const Loc& l) const;

 private:
  SyntaxError make_error(const char* type, std::string_view msg, int line, int offset,
                         int end_line, int end_offset, bool chars = false) const;
  SyntaxError from_lex_error(const lexer::LexError& e) const;
  std::string_view error_line_text(int line) const;
  bool with_paren_form(size_t lpar_index) const;
  void check_loops();  // 'break' outside loop, in source order

  ast::Arena& arena_;
  std::string_view text_;
  std::string filename_;
  Start start_;
  int first_line_, first_col_;
  uint32_t first_offset_;
  int fstring_depth_;

  std::vector<lexer::Token> tokens_;
  std::optional<lexer::LexError> lex_error_;
  size_t pos_ = 0;
  bool sent_start_ = false;

  Builder builder_;
  ast::Module* module_ = nullptr;
  ast::Expr* expression_ = nullptr;
  std::optional<SyntaxError> error_;
  std::optional<SyntaxError> deferred_;
  int hint_line_ = 0;  // line of the furthest token CPython would have read (diagnose.cpp)
};

}  // namespace coil::parser
