// The Driver: lexes everything up front, feeds Bison, and picks the error CPython would show
// when the tokenizer and the parser both object (CPython tokenizes the rest of the file after
// a parser error, and tokenizer errors win).
#include "parser/driver.h"

#include <algorithm>

#include "lexer/lexer.h"
#include "lexer/utf8.h"

namespace coil::parser {

using lexer::TokenKind;
using Sym = gen::Parser::token;

Driver::Driver(ast::Arena& arena, std::string_view text, std::string_view filename, Start start,
               int first_line, int first_col, uint32_t first_offset, int fstring_depth)
    : arena_(arena),
      text_(text),
      filename_(filename),
      start_(start),
      first_line_(first_line),
      first_col_(first_col),
      first_offset_(first_offset),
      fstring_depth_(fstring_depth),
      builder_(*this, arena) {}

Driver::~Driver() = default;

std::string_view Driver::token_text(int i) const {
  const lexer::Token& t = tokens_[static_cast<size_t>(i)];
  return text_.substr(t.begin - first_offset_, t.end - t.begin);
}

int Driver::token_after(const Loc& l) const {
  // Tokens at the end of the file have col -1 but come last.
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), l, [](const lexer::Token& t, const Loc& loc) {
    int col = t.col < 0 ? INT32_MAX : t.col;
    return t.line < loc.end_line || (t.line == loc.end_line && col < loc.end_col);
  });
  if (it == tokens_.end()) return -1;
  return static_cast<int>(it - tokens_.begin());
}

Loc Driver::loc_after(const Loc& l) const {
  int i = token_after(l);
  if (i < 0) return l;
  const lexer::Token& t = tokens_[static_cast<size_t>(i)];
  return Loc{t.line, t.col, t.end_line, t.end_col};
}

namespace {

gen::Parser::token_kind_type bison_kind(TokenKind k) {
  switch (k) {
    case TokenKind::EndMarker: return Sym::ENDMARKER;
    case TokenKind::Newline: return Sym::NEWLINE;
    case TokenKind::Indent: return Sym::INDENT;
    case TokenKind::Dedent: return Sym::DEDENT;
    case TokenKind::Name: return Sym::NAME;
    case TokenKind::Number: return Sym::NUMBER;
    case TokenKind::String: return Sym::STRING;
    case TokenKind::Error: return Sym::ERRORTOKEN;
    case TokenKind::KwFalse: return Sym::FALSE;
    case TokenKind::KwNone: return Sym::NONE;
    case TokenKind::KwTrue: return Sym::TRUE;
    case TokenKind::KwAnd: return Sym::AND;
    case TokenKind::KwAs: return Sym::AS;
    case TokenKind::KwAssert: return Sym::ASSERT;
    case TokenKind::KwAsync: return Sym::ASYNC;
    case TokenKind::KwAwait: return Sym::AWAIT;
    case TokenKind::KwBreak: return Sym::BREAK;
    case TokenKind::KwClass: return Sym::CLASS;
    case TokenKind::KwContinue: return Sym::CONTINUE;
    case TokenKind::KwDef: return Sym::DEF;
    case TokenKind::KwDel: return Sym::DEL;
    case TokenKind::KwElif: return Sym::ELIF;
    case TokenKind::KwElse: return Sym::ELSE;
    case TokenKind::KwExcept: return Sym::EXCEPT;
    case TokenKind::KwFinally: return Sym::FINALLY;
    case TokenKind::KwFor: return Sym::FOR;
    case TokenKind::KwFrom: return Sym::FROM;
    case TokenKind::KwGlobal: return Sym::GLOBAL;
    case TokenKind::KwIf: return Sym::IF;
    case TokenKind::KwImport: return Sym::IMPORT;
    case TokenKind::KwIn: return Sym::IN;
    case TokenKind::KwIs: return Sym::IS;
    case TokenKind::KwLambda: return Sym::LAMBDA;
    case TokenKind::KwNonlocal: return Sym::NONLOCAL;
    case TokenKind::KwNot: return Sym::NOT;
    case TokenKind::KwOr: return Sym::OR;
    case TokenKind::KwPass: return Sym::PASS;
    case TokenKind::KwRaise: return Sym::RAISE;
    case TokenKind::KwReturn: return Sym::RETURN;
    case TokenKind::KwTry: return Sym::TRY;
    case TokenKind::KwWhile: return Sym::WHILE;
    case TokenKind::KwWith: return Sym::WITH;
    case TokenKind::KwYield: return Sym::YIELD;
    case TokenKind::LPar: return Sym::LPAR;
    case TokenKind::RPar: return Sym::RPAR;
    case TokenKind::LSqb: return Sym::LSQB;
    case TokenKind::RSqb: return Sym::RSQB;
    case TokenKind::LBrace: return Sym::LBRACE;
    case TokenKind::RBrace: return Sym::RBRACE;
    case TokenKind::Colon: return Sym::COLON;
    case TokenKind::Comma: return Sym::COMMA;
    case TokenKind::Semi: return Sym::SEMI;
    case TokenKind::Plus: return Sym::PLUS;
    case TokenKind::Minus: return Sym::MINUS;
    case TokenKind::Star: return Sym::STAR;
    case TokenKind::Slash: return Sym::SLASH;
    case TokenKind::VBar: return Sym::VBAR;
    case TokenKind::Amper: return Sym::AMPER;
    case TokenKind::Less: return Sym::LESS;
    case TokenKind::Greater: return Sym::GREATER;
    case TokenKind::Equal: return Sym::EQUAL;
    case TokenKind::Dot: return Sym::DOT;
    case TokenKind::Percent: return Sym::PERCENT;
    case TokenKind::EqEqual: return Sym::EQEQUAL;
    case TokenKind::NotEqual: return Sym::NOTEQUAL;
    case TokenKind::LessEqual: return Sym::LESSEQUAL;
    case TokenKind::GreaterEqual: return Sym::GREATEREQUAL;
    case TokenKind::Tilde: return Sym::TILDE;
    case TokenKind::Circumflex: return Sym::CIRCUMFLEX;
    case TokenKind::LeftShift: return Sym::LEFTSHIFT;
    case TokenKind::RightShift: return Sym::RIGHTSHIFT;
    case TokenKind::DoubleStar: return Sym::DOUBLESTAR;
    case TokenKind::PlusEqual: return Sym::PLUSEQUAL;
    case TokenKind::MinEqual: return Sym::MINEQUAL;
    case TokenKind::StarEqual: return Sym::STAREQUAL;
    case TokenKind::SlashEqual: return Sym::SLASHEQUAL;
    case TokenKind::PercentEqual: return Sym::PERCENTEQUAL;
    case TokenKind::AmperEqual: return Sym::AMPEREQUAL;
    case TokenKind::VBarEqual: return Sym::VBAREQUAL;
    case TokenKind::CircumflexEqual: return Sym::CIRCUMFLEXEQUAL;
    case TokenKind::LeftShiftEqual: return Sym::LEFTSHIFTEQUAL;
    case TokenKind::RightShiftEqual: return Sym::RIGHTSHIFTEQUAL;
    case TokenKind::DoubleStarEqual: return Sym::DOUBLESTAREQUAL;
    case TokenKind::DoubleSlash: return Sym::DOUBLESLASH;
    case TokenKind::DoubleSlashEqual: return Sym::DOUBLESLASHEQUAL;
    case TokenKind::At: return Sym::AT;
    case TokenKind::AtEqual: return Sym::ATEQUAL;
    case TokenKind::RArrow: return Sym::RARROW;
    case TokenKind::Ellipsis: return Sym::ELLIPSIS;
    case TokenKind::ColonEqual: return Sym::COLONEQUAL;
    case TokenKind::Exclamation: return Sym::BANG;
    case TokenKind::Dollar:
    case TokenKind::Question:
    case TokenKind::Backquote:
    case TokenKind::LessGreater:
    case TokenKind::Count: return Sym::OTHEROP;
  }
  return Sym::OTHEROP;
}

}  // namespace

// `with (` starts the parenthesized item form when its ")" is followed by ":" and what is inside
// is not a generator expression or a lone yield (CPython's PEG tries that form first).
bool Driver::with_paren_form(size_t lpar) const {
  int depth = 0;
  size_t i = lpar;
  bool saw_for = false;
  for (; i < tokens_.size(); i++) {
    TokenKind k = tokens_[i].kind;
    if (k == TokenKind::LPar || k == TokenKind::LSqb || k == TokenKind::LBrace) depth++;
    else if (k == TokenKind::RPar || k == TokenKind::RSqb || k == TokenKind::RBrace) {
      if (--depth == 0) break;
    } else if (k == TokenKind::Newline || k == TokenKind::EndMarker || k == TokenKind::Error) {
      break;
    } else if (depth == 1 && k == TokenKind::KwFor) {
      saw_for = true;
    }
  }
  if (i >= tokens_.size() || tokens_[i].kind != TokenKind::RPar) return true;  // unbalanced: CPython
                                                                         // fails inside this form
  if (i == lpar + 1 || saw_for) return false;
  if (i + 1 >= tokens_.size() || tokens_[i + 1].kind != TokenKind::Colon) return false;
  TokenKind first = tokens_[lpar + 1].kind;
  return first != TokenKind::KwYield && first != TokenKind::Star;
}

int Driver::next_token(gen::Parser::semantic_type* value, Loc* loc) {
  if (!sent_start_) {
    sent_start_ = true;
    const lexer::Token& t = tokens_.front();
    *loc = Loc{t.line, t.col, t.line, t.col};
    return start_ == Start::File ? Sym::START_FILE
         : start_ == Start::Eval ? Sym::START_EVAL : Sym::START_FSTRING;
  }
  if (pos_ >= tokens_.size()) {
    const lexer::Token& t = tokens_.back();
    *loc = Loc{t.line, t.col, t.end_line, t.end_col};
    return Sym::YYEOF;
  }
  size_t i = pos_++;
  const lexer::Token& t = tokens_[i];
  *loc = Loc{t.line, t.col, t.end_line, t.end_col};
  value->num = static_cast<int>(i);
  if (t.kind == TokenKind::LPar && i > 0 && tokens_[i - 1].kind == TokenKind::KwWith &&
      with_paren_form(i))
    return Sym::WITH_LPAR;
  return bison_kind(t.kind);
}

void Driver::set_body(StmtSeq body) {
  module_ = arena_.make<ast::Module>();
  module_->body = builder_.span(body);
}

void Driver::set_expression(ast::Expr* e, const Loc& l) {
  expression_ = e;
  module_ = arena_.make<ast::Module>();
  module_->is_expression = true;
  auto* s = arena_.make<ast::ExprStmt>();
  s->line = l.line;
  s->col = l.col;
  s->end_line = l.end_line;
  s->end_col = l.end_col;
  s->value = e;
  module_->body = builder_.span(builder_.one<ast::Stmt*>(s));
}

std::string_view Driver::error_line_text(int line) const {
  int n = line - first_line_ + 1;
  if (n < 1) return {};
  size_t b = 0;
  for (int k = 1; k < n; k++) {
    size_t nl = text_.find('\n', b);
    if (nl == std::string_view::npos) return {};
    b = nl + 1;
  }
  if (b >= text_.size()) return {};
  size_t e = text_.find('\n', b);
  if (e == std::string_view::npos) e = text_.size();
  return text_.substr(b, e - b);
}

// Offsets are CPython's 1-based offsets. Parser errors keep UTF-8 byte offsets, as CPython
// does when it runs a file (it converts only for str sources); `chars` converts them to
// characters, as CPython's tokenizer errors always are.
SyntaxError Driver::make_error(const char* type, std::string_view msg, int line, int offset,
                               int end_line, int end_offset, bool chars) const {
  SyntaxError e;
  e.type = type;
  e.message = std::string(msg);
  e.filename = filename_;
  e.line = line;
  e.end_line = end_line;
  if (line <= 0) {
    e.line = e.end_line = 0;
    return e;
  }
  std::string_view text = error_line_text(line);
  e.source_line = std::string(text);
  auto to_chars = [&](int off) {
    if (off <= 0) return off;
    size_t len = text.size() + 1;  // with its newline
    size_t o = std::min(static_cast<size_t>(off), len + 1);
    int chars = static_cast<int>(lexer::count_chars(text, std::min(o, text.size())));
    if (o > text.size()) chars += static_cast<int>(o - text.size());
    return chars;
  };
  e.column = chars ? to_chars(offset) : offset;
  e.end_column = chars ? to_chars(end_offset) : end_offset;
  return e;
}

void Driver::error_at(const Loc& l, std::string_view msg, const char* type) {
  if (error_) return;
  int col = l.col, end_col = l.end_col;
  std::string full;
  // Tokens at the end of the file have no column (CPython shows no caret for them).
  if (col < 0) col = end_col = -1;
  if (start_ == Start::FString) {
    // CPython shifts lines but not columns back into the "(expr)" text, and says "f-string: ".
    if (l.line == first_line_) col -= first_col_;
    if (l.end_line == first_line_) end_col -= first_col_;
    full = "f-string: ";
  }
  full.append(msg);
  error_ = make_error(type, full, l.line, col + 1, l.end_line, end_col + 1);
}

void Driver::error_without_location(const char* type, std::string_view msg) {
  if (error_) return;
  SyntaxError e;
  e.type = type;
  e.message = std::string(msg);
  e.filename = filename_;
  error_ = e;
}

void Driver::deferred_error_at(const Loc& l, std::string_view msg) {
  if (deferred_) return;
  deferred_ = make_error("SyntaxError", msg, l.line, l.col + 1, l.end_line, l.end_col + 1);
}

SyntaxError Driver::from_lex_error(const lexer::LexError& e) const {
  if (e.kind == lexer::LexError::Kind::UnclosedBracket) {
    std::string msg = std::string("'") + e.open_char + "' was never closed";
    return make_error("SyntaxError", msg, e.open_line, e.open_col + 1, e.open_line, 0);
  }
  return make_error(e.type, e.message, e.line, e.offset, e.end_line, e.end_offset, true);
}

bool Driver::run() {
  lexer::Lexer lx(text_, first_line_, first_col_, first_offset_);
  tokens_.reserve(text_.size() / 3 + 8);
  for (;;) {
    lexer::Token t = lx.next();
    tokens_.push_back(t);
    if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::Error) break;
  }
  if (lx.error()) lex_error_ = *lx.error();

  gen::Parser parser(*this);
  int rc = parser.parse();
  if (rc == 0 && !error_) {
    if (start_ == Start::File) check_loops();
    if (deferred_) {
      error_ = deferred_;
      return false;
    }
    return true;
  }
  if (!error_) error_at(Loc{tokens_.back().line, tokens_.back().col, tokens_.back().end_line,
                            tokens_.back().end_col},
                        "invalid syntax");
  if (lex_error_) {
    bool reached = pos_ >= tokens_.size() && tokens_.back().kind == TokenKind::Error;
    const lexer::LexError& le = *lex_error_;
    size_t last = pos_ > 0 ? pos_ - 1 : 0;
    int err_line = std::max(tokens_[std::min(last, tokens_.size() - 1)].line, hint_line_);
    if (reached || le.kind == lexer::LexError::Kind::Eager ||
        (le.kind == lexer::LexError::Kind::UnclosedBracket && err_line > le.open_line)) {
      error_ = from_lex_error(le);
    }
  }
  return false;
}

// 'break' / 'continue' outside a loop: CPython's compiler reports the first in source order.
void Driver::check_loops() {
  struct Walker {
    Driver& d;
    void body(ast::Span<ast::Stmt*> stmts, bool in_loop) {
      for (ast::Stmt* s : stmts) {
        if (d.deferred_) return;
        stmt(s, in_loop);
      }
    }
    void stmt(ast::Stmt* s, bool in_loop) {
      using ast::StmtKind;
      switch (s->kind) {
        case StmtKind::Break:
        case StmtKind::Continue:
          if (!in_loop)
            d.deferred_error_at(Loc{s->line, s->col, s->end_line, s->end_col},
                                s->kind == StmtKind::Break ? "'break' outside loop"
                                                           : "'continue' not properly in loop");
          break;
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef:
          body(s->as<ast::FunctionDef>()->body, false);
          break;
        case StmtKind::ClassDef:
          body(s->as<ast::ClassDef>()->body, false);
          break;
        case StmtKind::For:
        case StmtKind::AsyncFor:
          body(s->as<ast::For>()->body, true);
          body(s->as<ast::For>()->orelse, in_loop);
          break;
        case StmtKind::While:
          body(s->as<ast::While>()->body, true);
          body(s->as<ast::While>()->orelse, in_loop);
          break;
        case StmtKind::If: {
          // elif chains nest in orelse: walk them iteratively.
          ast::If* i = s->as<ast::If>();
          for (;;) {
            body(i->body, in_loop);
            if (i->orelse.size() == 1 && i->orelse[0]->kind == StmtKind::If) {
              i = i->orelse[0]->as<ast::If>();
              continue;
            }
            body(i->orelse, in_loop);
            break;
          }
          break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith:
          body(s->as<ast::With>()->body, in_loop);
          break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
          ast::Try* t = s->as<ast::Try>();
          body(t->body, in_loop);
          for (ast::ExceptHandler* h : t->handlers) body(h->body, in_loop);
          body(t->orelse, in_loop);
          body(t->finalbody, in_loop);
          break;
        }
        default:
          break;
      }
    }
  };
  if (module_) Walker{*this}.body(module_->body, false);
}

}  // namespace coil::parser

namespace coil::parser::gen {
int yylex(Parser::semantic_type* value, Parser::location_type* loc, Driver& drv) {
  return drv.next_token(value, loc);
}
}  // namespace coil::parser::gen
