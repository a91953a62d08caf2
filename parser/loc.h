// Source span used as Bison's location type and to position AST nodes and errors.
// Same conventions as ast::Node: 1-based lines, 0-based byte columns, exclusive end.
#pragma once

namespace coil::parser {

struct Loc {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

inline Loc span(const Loc& a, const Loc& b) { return Loc{a.line, a.col, b.end_line, b.end_col}; }

}  // namespace coil::parser

// Bison: a rule's location runs from its first symbol's start to its last symbol's end; an
// empty rule sits at the end of the symbol before it.
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                   \
  do {                                                                \
    if (N) {                                                          \
      (Cur).line = YYRHSLOC(Rhs, 1).line;                             \
      (Cur).col = YYRHSLOC(Rhs, 1).col;                               \
      (Cur).end_line = YYRHSLOC(Rhs, N).end_line;                     \
      (Cur).end_col = YYRHSLOC(Rhs, N).end_col;                       \
    } else {                                                          \
      (Cur).line = (Cur).end_line = YYRHSLOC(Rhs, 0).end_line;        \
      (Cur).col = (Cur).end_col = YYRHSLOC(Rhs, 0).end_col;           \
    }                                                                 \
  } while (0)
