// Python 3.11 grammar (the subset coil runs) as an LALR(1) Bison grammar building ast nodes.
// Where LALR cannot decide as early as CPython's PEG parser, a superset is parsed and checked in
// the Builder (assignment targets, parameters, call arguments), which also gives CPython's
// messages for the invalid forms.

%require "3.8"
%language "c++"
%skeleton "lalr1.cc"
%define api.namespace {coil::parser::gen}
%define api.parser.class {Parser}
%define api.location.type {coil::parser::Loc}
%define parse.error custom
%define api.token.raw
%locations
%union {
  coil::parser::StmtSeq stmts;
  coil::ast::Stmt* stmt;
  coil::parser::ExprSeq exprs;
  coil::ast::Expr* expr;
  coil::ast::Operator op;
  coil::parser::NameSeq names;
  coil::parser::AliasSeq aliases;
  coil::ast::Alias* alias;
  int num;
  coil::parser::WithItemSeq witems;
  coil::ast::WithItem* witem;
  coil::parser::HandlerSeq handlers;
  coil::ast::ExceptHandler* handler;
  coil::parser::ParamSeq params;
  coil::parser::Param* param;
  coil::parser::CallArgs* cargs;
  coil::parser::CmpSeq cmps;
  coil::ast::CmpOp cmpop;
  coil::parser::DictSeq ditems;
  coil::parser::DictItem ditem;
  coil::parser::CompSeq comps;
  coil::ast::Comprehension* comp;
  coil::parser::TokRange toks;
}
%param {coil::parser::Driver& drv}
%expect 0

%code requires {
#include "parser/ast.h"
#include "parser/builder_types.h"
#include "parser/loc.h"
namespace coil::parser { class Driver; }
}

%code {
#include "parser/driver.h"
#define B (drv.builder())
#define A (drv.arena())
#define CHECK(x) do { if (!(x)) YYABORT; } while (0)
using namespace coil::ast;
using coil::parser::seq_push;
using coil::parser::seq_one;
namespace coil::parser::gen {
int yylex(Parser::semantic_type* value, Parser::location_type* loc, coil::parser::Driver& drv);
}
}

%token START_FILE START_EVAL START_FSTRING
%token ENDMARKER NEWLINE INDENT DEDENT ERRORTOKEN
%token <num> NAME NUMBER STRING
%token FALSE "False" NONE "None" TRUE "True" AND "and" AS "as" ASSERT "assert" ASYNC "async"
%token AWAIT "await" BREAK "break" CLASS "class" CONTINUE "continue" DEF "def" DEL "del"
%token ELIF "elif" ELSE "else" EXCEPT "except" FINALLY "finally" FOR "for" FROM "from"
%token GLOBAL "global" IF "if" IMPORT "import" IN "in" IS "is" LAMBDA "lambda"
%token NONLOCAL "nonlocal" NOT "not" OR "or" PASS "pass" RAISE "raise" RETURN "return"
%token TRY "try" WHILE "while" WITH "with" YIELD "yield"
%token LPAR "(" RPAR ")" LSQB "[" RSQB "]" LBRACE "{" RBRACE "}" COLON ":" COMMA ","
%token SEMI ";" PLUS "+" MINUS "-" STAR "*" SLASH "/" VBAR "|" AMPER "&" LESS "<"
%token GREATER ">" EQUAL "=" DOT "." PERCENT "%" EQEQUAL "==" NOTEQUAL "!=" LESSEQUAL "<="
%token GREATEREQUAL ">=" TILDE "~" CIRCUMFLEX "^" LEFTSHIFT "<<" RIGHTSHIFT ">>"
%token DOUBLESTAR "**" PLUSEQUAL "+=" MINEQUAL "-=" STAREQUAL "*=" SLASHEQUAL "/="
%token PERCENTEQUAL "%=" AMPEREQUAL "&=" VBAREQUAL "|=" CIRCUMFLEXEQUAL "^="
%token LEFTSHIFTEQUAL "<<=" RIGHTSHIFTEQUAL ">>=" DOUBLESTAREQUAL "**="
%token DOUBLESLASH "//" DOUBLESLASHEQUAL "//=" AT "@" ATEQUAL "@=" RARROW "->"
%token ELLIPSIS "..." COLONEQUAL ":=" BANG "!" OTHEROP "$"
// "(" right after `with` whose matching ")" is followed by ":" (the parenthesized item form).
%token WITH_LPAR

%nterm <stmts> statements statement simple_stmts simple_stmt_list block
%nterm <stmts> else_block_opt finally_block
%nterm <stmt> simple_stmt compound_stmt expr_stmt return_stmt raise_stmt del_stmt
%nterm <stmt> assert_stmt global_stmt nonlocal_stmt import_stmt import_name import_from
%nterm <stmt> function_def function_def_raw class_def class_def_raw if_stmt elif_stmt
%nterm <stmt> while_stmt for_stmt with_stmt try_stmt
%nterm <exprs> decorators rhs_chain del_targets
%nterm <expr> rhs_item annotated_rhs
%nterm <op> augassign
%nterm <names> name_list
%nterm <aliases> dotted_as_names import_as_names import_targets
%nterm <alias> dotted_as_name import_as_name
%nterm <names> dotted_name
%nterm <num> dots
%nterm <witems> with_items
%nterm <witem> with_item
%nterm <handlers> except_blocks except_star_blocks
%nterm <handler> except_block except_star_block
%nterm <params> params param_list lambda_params lambda_param_list
%nterm <param> param lambda_param
%nterm <expr> return_annotation_opt
%nterm <cargs> arguments arg_list class_args_opt
%nterm <expr> star_expressions star_expression expression expression_opt
%nterm <exprs> star_expression_list expression_list
%nterm <expr> expressions
%nterm <expr> star_named_expression named_expression
%nterm <exprs> star_named_expression_list
%nterm <expr> disjunction bitwise_or primary
%nterm <cmps> compare_chain
%nterm <cmpop> comp_op
%nterm <expr> lambdef yield_expr strings slices slice slice_item group_or_tuple
%nterm <expr> list_display set_or_dict_display
%nterm <exprs> slice_list
%nterm <ditems> dict_items
%nterm <ditem> dict_item
%nterm <comps> for_if_clauses
%nterm <comp> for_if_clause
%nterm <exprs> comp_ifs
%nterm <expr> star_targets star_target_item target_or_star
%nterm <exprs> star_target_list
%nterm <toks> string_list

%left "or"
%left "and"
%precedence NOT
%left "|"
%left "^"
%left "&"
%left "<<" ">>"
%left "+" "-"
%left "*" "/" "//" "%" "@"
%precedence UNARY
%right "**"

%start start

%%

start:
    START_FILE file_body
  | START_EVAL expressions newlines_opt ENDMARKER       { drv.set_expression($2, @2); }
  | START_FSTRING star_expressions newlines_opt ENDMARKER  { drv.set_expression($2, @2); }
  ;

file_body:
    ENDMARKER                { drv.set_body({}); }
  | statements ENDMARKER     { drv.set_body($1); }
  ;

newlines_opt: %empty | newlines_opt NEWLINE ;

statements:
    statement                { $$ = $1; }
  | statements statement     { $$ = B.concat($1, $2); }
  ;

statement:
    compound_stmt            { $$ = B.one($1); }
  | simple_stmts             { $$ = $1; }
  ;

simple_stmts:
    simple_stmt_list NEWLINE       { $$ = $1; @$ = @1; }
  | simple_stmt_list ";" NEWLINE   { $$ = $1; @$ = span(@1, @2); }  // a block ends at the ';'
  ;

simple_stmt_list:
    simple_stmt                        { $$ = B.one($1); }
  | simple_stmt_list ";" simple_stmt   { $$ = B.push($1, $3); }
  ;

simple_stmt:
    expr_stmt
  | return_stmt
  | import_stmt
  | raise_stmt
  | "pass"          { $$ = B.simple<Pass>(@$); }
  | del_stmt
  | assert_stmt
  | "break"         { $$ = B.simple<Break>(@$); }
  | "continue"      { $$ = B.simple<Continue>(@$); }
  | global_stmt
  | nonlocal_stmt
  ;

compound_stmt:
    function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt ;

// ---------------------------------------------------------------- simple statements

expr_stmt:
    rhs_item                                  { $$ = B.expr_stmt($1, @1, @$); CHECK($$); }
  | rhs_item "=" rhs_chain                    { $$ = B.assign($1, @1, $3, @$); CHECK($$); }
  | star_expressions ":" expression           { $$ = B.ann_assign($1, @1, $3, nullptr, @$); CHECK($$); }
  | star_expressions ":" expression "=" annotated_rhs
                                              { $$ = B.ann_assign($1, @1, $3, $5, @$); CHECK($$); }
  | star_expressions augassign rhs_item       { $$ = B.aug_assign($1, @1, $2, $3, @$); CHECK($$); }
  ;

rhs_chain:
    rhs_item                    { $$ = B.one($1); }
  | rhs_chain "=" rhs_item      { $$ = B.push($1, $3); }
  ;

rhs_item: star_expressions | yield_expr ;
annotated_rhs: star_expressions | yield_expr ;

augassign:
    "+="  { $$ = Operator::Add; }     | "-="  { $$ = Operator::Sub; }
  | "*="  { $$ = Operator::Mult; }    | "@="  { $$ = Operator::MatMult; }
  | "/="  { $$ = Operator::Div; }     | "%="  { $$ = Operator::Mod; }
  | "&="  { $$ = Operator::BitAnd; }  | "|="  { $$ = Operator::BitOr; }
  | "^="  { $$ = Operator::BitXor; }  | "<<=" { $$ = Operator::LShift; }
  | ">>=" { $$ = Operator::RShift; }  | "**=" { $$ = Operator::Pow; }
  | "//=" { $$ = Operator::FloorDiv; }
  ;

return_stmt:
    "return"                     { $$ = B.return_stmt(nullptr, @$); }
  | "return" star_expressions    { $$ = B.return_stmt($2, @$); }
  ;

raise_stmt:
    "raise"                               { $$ = B.raise_stmt(nullptr, nullptr, @$); }
  | "raise" expression                    { $$ = B.raise_stmt($2, nullptr, @$); }
  | "raise" expression "from" expression  { $$ = B.raise_stmt($2, $4, @$); }
  ;

del_stmt:
    "del" del_targets            { $$ = B.del_stmt($2, @$); CHECK($$); }
  ;

del_targets:
    star_expression                    { $$ = B.one($1); }
  | star_expression ","                { $$ = B.one($1); }
  | star_expression_list               { $$ = $1; }
  | star_expression_list ","           { $$ = $1; }
  ;

assert_stmt:
    "assert" expression                  { $$ = B.assert_stmt($2, nullptr, @$); }
  | "assert" expression "," expression   { $$ = B.assert_stmt($2, $4, @$); }
  ;

global_stmt: "global" name_list       { $$ = B.global_stmt($2, false, @$); } ;
nonlocal_stmt: "nonlocal" name_list   { $$ = B.global_stmt($2, true, @$); } ;

name_list:
    NAME                   { $$ = B.name_seq({}, $1); }
  | name_list "," NAME     { $$ = B.name_seq($1, $3); }
  ;

import_stmt: import_name | import_from ;

import_name: "import" dotted_as_names   { $$ = B.import_stmt($2, @$); } ;

dotted_as_names:
    dotted_as_name                       { $$ = B.one($1); }
  | dotted_as_names "," dotted_as_name   { $$ = B.push($1, $3); }
  ;

dotted_as_name:
    dotted_name               { $$ = B.alias($1, -1, @$); }
  | dotted_name "as" NAME     { $$ = B.alias($1, $3, @$); }
  ;

dotted_name:
    NAME                      { $$ = B.dotted(NameSeq{}, $1); }
  | dotted_name "." NAME      { $$ = B.dotted($1, $3); }
  ;

import_from:
    "from" dotted_name "import" import_targets        { $$ = B.import_from(0, $2, $4, @$); }
  | "from" dots dotted_name "import" import_targets   { $$ = B.import_from($2, $3, $5, @$); }
  | "from" dots "import" import_targets               { $$ = B.import_from($2, NameSeq{}, $4, @$); }
  ;

dots:
    "."            { $$ = 1; }
  | "..."          { $$ = 3; }
  | dots "."       { $$ = $1 + 1; }
  | dots "..."     { $$ = $1 + 3; }
  ;

import_targets:
    "(" import_as_names ")"        { $$ = $2; }
  | "(" import_as_names "," ")"    { $$ = $2; }
  | import_as_names                { $$ = $1; }
  | import_as_names ","            { drv.error_at(drv.loc_after(@2), "trailing comma not allowed without surrounding parentheses"); YYABORT; }
  | "*"                            { $$ = B.one(B.star_alias(@1)); }
  ;

import_as_names:
    import_as_name                         { $$ = B.one($1); }
  | import_as_names "," import_as_name     { $$ = B.push($1, $3); }
  ;

import_as_name:
    NAME              { $$ = B.alias(B.dotted(NameSeq{}, $1), -1, @$); }
  | NAME "as" NAME    { $$ = B.alias(B.dotted(NameSeq{}, $1), $3, @$); }
  ;

// ---------------------------------------------------------------- compound statements

block:
    NEWLINE INDENT statements DEDENT   { $$ = $3; @$ = @3; }
  | simple_stmts                       { $$ = $1; }
  ;

decorators:
    "@" named_expression NEWLINE               { $$ = B.one($2); }
  | decorators "@" named_expression NEWLINE    { $$ = B.push($1, $3); }
  ;

function_def:
    decorators function_def_raw   { $$ = B.decorate($2, $1); }
  | function_def_raw
  ;

function_def_raw:
    "def" NAME "(" params ")" return_annotation_opt ":" block
        { $$ = B.function_def(false, $2, $4, $6, $8, @$); CHECK($$); }
  | "def" NAME "(" ")" return_annotation_opt ":" block
        { $$ = B.function_def(false, $2, ParamSeq{}, $5, $7, @$); CHECK($$); }
  | "async" "def" NAME "(" params ")" return_annotation_opt ":" block
        { $$ = B.function_def(true, $3, $5, $7, $9, @$); CHECK($$); }
  | "async" "def" NAME "(" ")" return_annotation_opt ":" block
        { $$ = B.function_def(true, $3, ParamSeq{}, $6, $8, @$); CHECK($$); }
  ;

return_annotation_opt:
    %empty              { $$ = nullptr; }
  | "->" expression     { $$ = $2; }
  ;

params:
    param_list          { $$ = $1; }
  | param_list ","      { $$ = $1; }
  ;

param_list:
    param                  { $$ = B.param_seq({}, $1); }
  | param_list "," param   { $$ = B.param_seq($1, $3); }
  ;

param:
    NAME                                  { $$ = B.param(Param::Plain, $1, nullptr, nullptr, @$); }
  | NAME ":" expression                   { $$ = B.param(Param::Plain, $1, $3, nullptr, @$); }
  | NAME "=" expression                   { $$ = B.param(Param::Plain, $1, nullptr, $3, @$); }
  | NAME ":" expression "=" expression    { $$ = B.param(Param::Plain, $1, $3, $5, @$); }
  | "*"                                   { $$ = B.param(Param::Star, -1, nullptr, nullptr, @$); }
  | "*" NAME                              { $$ = B.param(Param::Star, $2, nullptr, nullptr, @$); }
  | "*" NAME ":" star_expression          { $$ = B.param(Param::Star, $2, $4, nullptr, @$); }
  | "**" NAME                             { $$ = B.param(Param::DoubleStar, $2, nullptr, nullptr, @$); }
  | "**" NAME ":" expression              { $$ = B.param(Param::DoubleStar, $2, $4, nullptr, @$); }
  | "*" NAME "=" expression               { drv.error_at(@3, "var-positional argument cannot have default value"); YYABORT; }
  | "**" NAME "=" expression              { drv.error_at(@3, "var-keyword argument cannot have default value"); YYABORT; }
  | "/"                                   { $$ = B.param(Param::Slash, -1, nullptr, nullptr, @$); }
  ;

class_def:
    decorators class_def_raw   { $$ = B.decorate($2, $1); }
  | class_def_raw
  ;

class_def_raw:
    "class" NAME class_args_opt ":" block   { $$ = B.class_def($2, $3, $5, @$); CHECK($$); }
  ;

class_args_opt:
    %empty                 { $$ = nullptr; }
  | "(" ")"                { $$ = nullptr; }
  | "(" arguments ")"      { $$ = $2; }
  ;

if_stmt:
    "if" named_expression ":" block                  { $$ = B.if_stmt($2, $4, {}, @$); CHECK($$); }
  | "if" named_expression ":" block elif_stmt        { $$ = B.if_stmt($2, $4, B.one($5), @$); CHECK($$); }
  | "if" named_expression ":" block "else" ":" block { $$ = B.if_stmt($2, $4, $7, @$); CHECK($$); }
  ;

elif_stmt:
    "elif" named_expression ":" block                  { $$ = B.if_stmt($2, $4, {}, @$); CHECK($$); }
  | "elif" named_expression ":" block elif_stmt        { $$ = B.if_stmt($2, $4, B.one($5), @$); CHECK($$); }
  | "elif" named_expression ":" block "else" ":" block { $$ = B.if_stmt($2, $4, $7, @$); CHECK($$); }
  ;

else_block_opt:
    %empty                 { $$ = StmtSeq{}; }
  | "else" ":" block       { $$ = $3; }
  ;

while_stmt:
    "while" named_expression ":" block else_block_opt   { $$ = B.while_stmt($2, $4, $5, @$); CHECK($$); }
  ;

for_stmt:
    "for" star_targets "in" star_expressions ":" block else_block_opt
        { $$ = B.for_stmt(false, $2, @2, $4, $6, $7, @$); CHECK($$); }
  | "async" "for" star_targets "in" star_expressions ":" block else_block_opt
        { $$ = B.for_stmt(true, $3, @3, $5, $7, $8, @$); CHECK($$); }
  ;

with_stmt:
    "with" WITH_LPAR with_items ")" ":" block            { $$ = B.with_stmt(false, $3, $6, @$); CHECK($$); }
  | "with" WITH_LPAR with_items "," ")" ":" block        { $$ = B.with_stmt(false, $3, $7, @$); CHECK($$); }
  | "with" with_items ":" block                          { $$ = B.with_stmt(false, $2, $4, @$); CHECK($$); }
  | "async" "with" WITH_LPAR with_items ")" ":" block    { $$ = B.with_stmt(true, $4, $7, @$); CHECK($$); }
  | "async" "with" WITH_LPAR with_items "," ")" ":" block { $$ = B.with_stmt(true, $4, $8, @$); CHECK($$); }
  | "async" "with" with_items ":" block                  { $$ = B.with_stmt(true, $3, $5, @$); CHECK($$); }
  ;

with_items:
    with_item                  { $$ = B.one($1); }
  | with_items "," with_item   { $$ = B.push($1, $3); }
  ;

with_item:
    expression                        { $$ = B.with_item($1, nullptr, @$); CHECK($$); }
  | expression "as" target_or_star    { $$ = B.with_item($1, $3, @$); CHECK($$); }
  ;

try_stmt:
    "try" ":" block finally_block
        { $$ = B.try_stmt($3, {}, {}, $4, true, @$); CHECK($$); }
  | "try" ":" block except_blocks else_block_opt
        { $$ = B.try_stmt($3, $4, $5, {}, false, @$); CHECK($$); }
  | "try" ":" block except_blocks else_block_opt finally_block
        { $$ = B.try_stmt($3, $4, $5, $6, false, @$); CHECK($$); }
  | "try" ":" block except_star_blocks else_block_opt
        { $$ = B.try_star_stmt($3, $4, $5, {}, @$); CHECK($$); }
  | "try" ":" block except_star_blocks else_block_opt finally_block
        { $$ = B.try_star_stmt($3, $4, $5, $6, @$); CHECK($$); }
  ;

finally_block: "finally" ":" block   { $$ = $3; } ;

except_blocks:
    except_block                  { $$ = B.one($1); }
  | except_blocks except_block    { $$ = B.push($1, $2); }
  | except_star_blocks except_block
        { drv.error_at(B.except_loc($2, false), "cannot have both 'except' and 'except*' on the same 'try'"); YYABORT; }
  ;

except_star_blocks:
    except_star_block                       { $$ = B.one($1); }
  | except_star_blocks except_star_block    { $$ = B.push($1, $2); }
  | except_blocks except_star_block
        { drv.error_at(B.except_loc($2, true), "cannot have both 'except' and 'except*' on the same 'try'"); YYABORT; }
  ;

except_block:
    "except" ":" block                              { $$ = B.handler(nullptr, -1, $3, @$); }
  | "except" expression ":" block                   { $$ = B.handler($2, -1, $4, @$); }
  | "except" expression "as" NAME ":" block         { $$ = B.handler($2, $4, $6, @$); }
  | "except" expression "," expression_list_err ":"
        { drv.error_at(span(@2, @4), "multiple exception types must be parenthesized"); YYABORT; }
  | "except" expression "," expression_list_err "as" NAME ":"
        { drv.error_at(span(@2, @4), "multiple exception types must be parenthesized"); YYABORT; }
  ;

expression_list_err:
    expression
  | expression_list_err "," expression
  ;

except_star_block:
    "except" "*" expression ":" block               { $$ = B.handler($3, -1, $5, @$); }
  | "except" "*" expression "as" NAME ":" block     { $$ = B.handler($3, $5, $7, @$); }
  | "except" "*" ":"                                { drv.error_at(@3, "expected one or more exception types"); YYABORT; }
  ;

// ---------------------------------------------------------------- targets

// Targets parse as bitwise_or (no `in` at top level) and are checked by the Builder.
star_targets:
    target_or_star                      { $$ = $1; }
  | target_or_star ","                  { $$ = B.tuple(B.one($1), ExprContext::Load, @$); }
  | star_target_list                    { $$ = B.tuple($1, ExprContext::Load, @$); }
  | star_target_list ","                { $$ = B.tuple($1, ExprContext::Load, @$); }
  ;

star_target_list:
    target_or_star "," target_or_star      { $$ = B.push(B.one($1), $3); }
  | star_target_list "," target_or_star    { $$ = B.push($1, $3); }
  ;

target_or_star:
    star_target_item
  ;

star_target_item:
    "*" bitwise_or          { $$ = B.starred($2, @$); CHECK($$); }
  | bitwise_or
  ;

// ---------------------------------------------------------------- expressions

star_expressions:
    star_expression                       { $$ = $1; }
  | star_expression ","                   { $$ = B.tuple(B.one($1), ExprContext::Load, @$); CHECK($$); }
  | star_expression_list                  { $$ = B.tuple($1, ExprContext::Load, @$); CHECK($$); }
  | star_expression_list ","              { $$ = B.tuple($1, ExprContext::Load, @$); CHECK($$); }
  ;

// eval() input: like star_expressions but without starred items.
expressions:
    expression                       { $$ = $1; }
  | expression ","                   { $$ = B.tuple(B.one($1), ExprContext::Load, @$); CHECK($$); }
  | expression_list                  { $$ = B.tuple($1, ExprContext::Load, @$); CHECK($$); }
  | expression_list ","              { $$ = B.tuple($1, ExprContext::Load, @$); CHECK($$); }
  ;

expression_list:
    expression "," expression        { $$ = B.push(B.one($1), $3); }
  | expression_list "," expression   { $$ = B.push($1, $3); }
  ;

star_expression_list:
    star_expression "," star_expression        { $$ = B.push(B.one($1), $3); }
  | star_expression_list "," star_expression   { $$ = B.push($1, $3); }
  ;

star_expression:
    "*" bitwise_or     { $$ = B.starred($2, @$); CHECK($$); }
  | expression
  ;

star_named_expression_list:
    star_named_expression                                   { $$ = B.one($1); }
  | star_named_expression_list "," star_named_expression    { $$ = B.push($1, $3); }
  ;

star_named_expression:
    "*" bitwise_or     { $$ = B.starred($2, @$); CHECK($$); }
  | named_expression
  ;

named_expression:
    expression
  | expression ":=" expression    { $$ = B.named_expr($1, $3, @$); CHECK($$); }
  ;

expression:
    disjunction
  | disjunction "if" disjunction "else" expression   { $$ = B.if_exp($3, $1, $5, @$); CHECK($$); }
  | lambdef
  ;

expression_opt:
    %empty        { $$ = nullptr; }
  | expression
  ;

yield_expr:
    "yield"                         { $$ = B.yield(nullptr, @$); }
  | "yield" star_expressions        { $$ = B.yield($2, @$); CHECK($$); }
  | "yield" "from" expression       { $$ = B.yield_from($3, @$); CHECK($$); }
  ;

lambdef:
    "lambda" ":" expression                  { $$ = B.lambda(ParamSeq{}, $3, @$); CHECK($$); }
  | "lambda" lambda_params ":" expression    { $$ = B.lambda($2, $4, @$); CHECK($$); }
  ;

lambda_params:
    lambda_param_list           { $$ = $1; }
  | lambda_param_list ","       { $$ = $1; }
  ;

lambda_param_list:
    lambda_param                         { $$ = B.param_seq({}, $1); }
  | lambda_param_list "," lambda_param   { $$ = B.param_seq($1, $3); }
  ;

lambda_param:
    NAME                   { $$ = B.param(Param::Plain, $1, nullptr, nullptr, @$); }
  | NAME "=" expression    { $$ = B.param(Param::Plain, $1, nullptr, $3, @$); }
  | "*"                    { $$ = B.param(Param::Star, -1, nullptr, nullptr, @$); }
  | "*" NAME               { $$ = B.param(Param::Star, $2, nullptr, nullptr, @$); }
  | "**" NAME              { $$ = B.param(Param::DoubleStar, $2, nullptr, nullptr, @$); }
  | "*" NAME "=" expression    { drv.error_at(@3, "var-positional argument cannot have default value"); YYABORT; }
  | "**" NAME "=" expression   { drv.error_at(@3, "var-keyword argument cannot have default value"); YYABORT; }
  | "/"                    { $$ = B.param(Param::Slash, -1, nullptr, nullptr, @$); }
  ;

// not/and/or and comparisons: one level with precedences, like the arithmetic below.
disjunction:
    bitwise_or
  | bitwise_or compare_chain          { $$ = B.compare($1, $2, @$); CHECK($$); }
  | "not" disjunction %prec NOT       { $$ = B.unary(UnaryOperator::Not, $2, @$); CHECK($$); }
  | disjunction "and" disjunction     { $$ = B.bool_chain(BoolOperator::And, $1, @1, $3, @$); CHECK($$); }
  | disjunction "or" disjunction      { $$ = B.bool_chain(BoolOperator::Or, $1, @1, $3, @$); CHECK($$); }
  ;

compare_chain:
    comp_op bitwise_or                  { $$ = B.cmp_seq({}, $1, $2); }
  | compare_chain comp_op bitwise_or    { $$ = B.cmp_seq($1, $2, $3); }
  ;

comp_op:
    "==" { $$ = CmpOp::Eq; }   | "!=" { $$ = CmpOp::NotEq; }
  | "<"  { $$ = CmpOp::Lt; }   | "<=" { $$ = CmpOp::LtE; }
  | ">"  { $$ = CmpOp::Gt; }   | ">=" { $$ = CmpOp::GtE; }
  | "in" { $$ = CmpOp::In; }   | "not" "in" { $$ = CmpOp::NotIn; }
  | "is" { $$ = CmpOp::Is; }   | "is" "not" { $$ = CmpOp::IsNot; }
  ;

// The arithmetic levels (CPython's bitwise_or down to power) are one nonterminal with Bison
// precedences: fewer unit reductions per operand, and the same trees as CPython's rules.
bitwise_or:
    primary
  | "await" primary                { $$ = B.await($2, @$); CHECK($$); }
  | bitwise_or "|" bitwise_or      { $$ = B.binop($1, Operator::BitOr, $3, @$); CHECK($$); }
  | bitwise_or "^" bitwise_or      { $$ = B.binop($1, Operator::BitXor, $3, @$); CHECK($$); }
  | bitwise_or "&" bitwise_or      { $$ = B.binop($1, Operator::BitAnd, $3, @$); CHECK($$); }
  | bitwise_or "<<" bitwise_or     { $$ = B.binop($1, Operator::LShift, $3, @$); CHECK($$); }
  | bitwise_or ">>" bitwise_or     { $$ = B.binop($1, Operator::RShift, $3, @$); CHECK($$); }
  | bitwise_or "+" bitwise_or      { $$ = B.binop($1, Operator::Add, $3, @$); CHECK($$); }
  | bitwise_or "-" bitwise_or      { $$ = B.binop($1, Operator::Sub, $3, @$); CHECK($$); }
  | bitwise_or "*" bitwise_or      { $$ = B.binop($1, Operator::Mult, $3, @$); CHECK($$); }
  | bitwise_or "/" bitwise_or      { $$ = B.binop($1, Operator::Div, $3, @$); CHECK($$); }
  | bitwise_or "//" bitwise_or     { $$ = B.binop($1, Operator::FloorDiv, $3, @$); CHECK($$); }
  | bitwise_or "%" bitwise_or      { $$ = B.binop($1, Operator::Mod, $3, @$); CHECK($$); }
  | bitwise_or "@" bitwise_or      { $$ = B.binop($1, Operator::MatMult, $3, @$); CHECK($$); }
  | "+" bitwise_or %prec UNARY     { $$ = B.unary(UnaryOperator::UAdd, $2, @$); CHECK($$); }
  | "-" bitwise_or %prec UNARY     { $$ = B.unary(UnaryOperator::USub, $2, @$); CHECK($$); }
  | "~" bitwise_or %prec UNARY     { $$ = B.unary(UnaryOperator::Invert, $2, @$); CHECK($$); }
  | bitwise_or "**" bitwise_or     { $$ = B.binop($1, Operator::Pow, $3, @$); CHECK($$); }
  ;

primary:
    NAME              { $$ = B.name($1, @$); }
  | "True"            { $$ = B.constant(ConstantKind::True, @$); }
  | "False"           { $$ = B.constant(ConstantKind::False, @$); }
  | "None"            { $$ = B.constant(ConstantKind::None, @$); }
  | "..."             { $$ = B.constant(ConstantKind::Ellipsis, @$); }
  | NUMBER            { $$ = B.number($1, @$); CHECK($$); }
  | strings           { $$ = $1; CHECK($$); }
  | group_or_tuple
  | list_display
  | set_or_dict_display
  | primary "." NAME                          { $$ = B.attribute($1, $3, @$); CHECK($$); }
  | primary "(" ")"                           { $$ = B.call($1, nullptr, @2, @$); CHECK($$); }
  | primary "(" arguments ")"                 { $$ = B.call($1, $3, @2, @$); CHECK($$); }
  | primary "[" slices "]"                    { $$ = B.subscript($1, $3, @$); CHECK($$); }
  ;

slices:
    slice                    { $$ = $1->kind == ExprKind::Starred ? B.tuple(B.one($1), ExprContext::Load, @$) : $1; CHECK($$); }
  | slice ","                { $$ = B.tuple(B.one($1), ExprContext::Load, @$); CHECK($$); }
  | slice_list               { $$ = B.tuple($1, ExprContext::Load, @$); CHECK($$); }
  | slice_list ","           { $$ = B.tuple($1, ExprContext::Load, @$); CHECK($$); }
  ;

slice_list:
    slice "," slice          { $$ = B.push(B.one($1), $3); }
  | slice_list "," slice     { $$ = B.push($1, $3); }
  ;

slice:
    slice_item
  | "*" bitwise_or           { $$ = B.starred($2, @$); CHECK($$); }
  ;

slice_item:
    named_expression
  | expression_opt ":" expression_opt
        { $$ = B.slice($1, $3, nullptr, $1 ? @$ : span(@2, @3)); CHECK($$); }
  | expression_opt ":" expression_opt ":" expression_opt
        { $$ = B.slice($1, $3, $5, $1 ? @$ : span(@2, @5)); CHECK($$); }
  ;


strings:
    string_list     { $$ = drv.strings($1, @$); }
  ;

string_list:
    STRING                  { $$ = TokRange{$1, $1}; }
  | string_list STRING      { $$ = TokRange{$1.first, $2}; }
  ;

group_or_tuple:
    "(" ")"                                        { $$ = B.tuple({}, ExprContext::Load, @$); }
  | "(" yield_expr ")"                             { $$ = B.group($2, @$); }
  | "(" star_named_expression ")"                  { $$ = B.group($2, @$); CHECK($$); }
  | "(" star_named_expression "," ")"              { $$ = B.tuple(B.one($2), ExprContext::Load, @$); CHECK($$); }
  | "(" star_named_expression "," star_named_expression_list ")"
        { $$ = B.tuple(B.concat(B.one($2), $4), ExprContext::Load, @$); CHECK($$); }
  | "(" star_named_expression "," star_named_expression_list "," ")"
        { $$ = B.tuple(B.concat(B.one($2), $4), ExprContext::Load, @$); CHECK($$); }
  | "(" star_named_expression for_if_clauses ")"   { $$ = B.genexp($2, $3, @$); CHECK($$); }
  | "(" "**" bitwise_or ")"                        { drv.error_at(@2, "cannot use double starred expression here"); YYABORT; }
  ;

list_display:
    "[" "]"                                        { $$ = B.list({}, @$); }
  | "[" star_named_expression_list "]"             { $$ = B.list($2, @$); CHECK($$); }
  | "[" star_named_expression_list "," "]"         { $$ = B.list($2, @$); CHECK($$); }
  | "[" star_named_expression for_if_clauses "]"   { $$ = B.listcomp($2, $3, @$); CHECK($$); }
  ;

set_or_dict_display:
    "{" "}"                                        { $$ = B.dict({}, @$); }
  | "{" star_named_expression_list "}"             { $$ = B.set($2, @$); CHECK($$); }
  | "{" star_named_expression_list "," "}"         { $$ = B.set($2, @$); CHECK($$); }
  | "{" star_named_expression for_if_clauses "}"   { $$ = B.setcomp($2, $3, @$); CHECK($$); }
  | "{" dict_items "}"                             { $$ = B.dict($2, @$); CHECK($$); }
  | "{" dict_items "," "}"                         { $$ = B.dict($2, @$); CHECK($$); }
  | "{" expression ":" expression for_if_clauses "}"  { $$ = B.dictcomp($2, $4, $5, @$); CHECK($$); }
  | "{" "**" bitwise_or for_if_clauses "}"         { drv.error_at(@2, "dict unpacking cannot be used in dict comprehension"); YYABORT; }
  ;

dict_items:
    dict_item                   { $$ = B.dict_seq({}, $1); }
  | dict_items "," dict_item    { $$ = B.dict_seq($1, $3); }
  ;

dict_item:
    expression ":" expression   { $$ = DictItem{$1, $3}; }
  | "**" bitwise_or             { $$ = DictItem{nullptr, $2}; }
  | expression ":" "*" bitwise_or
        { drv.error_at(span(@3, @4), "cannot use a starred expression in a dictionary value"); YYABORT; }
  ;

for_if_clauses:
    for_if_clause                   { $$ = B.one($1); }
  | for_if_clauses for_if_clause    { $$ = B.push($1, $2); }
  ;

for_if_clause:
    "for" star_targets "in" disjunction comp_ifs
        { $$ = B.comprehension(false, $2, @2, $4, $5, @$); CHECK($$); }
  | "async" "for" star_targets "in" disjunction comp_ifs
        { $$ = B.comprehension(true, $3, @3, $5, $6, @$); CHECK($$); }
  ;

comp_ifs:
    %empty                        { $$ = ExprSeq{}; }
  | comp_ifs "if" disjunction     { $$ = B.push($1, $3); }
  ;

// ---------------------------------------------------------------- call arguments

arguments:
    arg_list          { $$ = $1; }
  | arg_list ","      { $$ = $1; }
  ;

arg_list:
    named_expression                          { $$ = B.arg_positional(nullptr, $1, @1); CHECK($$); }
  | named_expression for_if_clauses           { $$ = B.arg_genexp(nullptr, $1, $2, @2, @$); CHECK($$); }
  | "*" expression                            { $$ = B.arg_star(nullptr, $2, @$); CHECK($$); }
  | "**" expression                           { $$ = B.arg_double_star(nullptr, $2, @$); CHECK($$); }
  | expression "=" expression                 { $$ = B.arg_keyword(nullptr, $1, @1, $3, @$); CHECK($$); }
  | arg_list "," named_expression             { $$ = B.arg_positional($1, $3, @3); CHECK($$); }
  | arg_list "," named_expression for_if_clauses  { $$ = B.arg_genexp($1, $3, $4, @4, span(@3, @4)); CHECK($$); }
  | arg_list "," "*" expression               { $$ = B.arg_star($1, $4, span(@3, @4)); CHECK($$); }
  | arg_list "," "**" expression              { $$ = B.arg_double_star($1, $4, span(@3, @4)); CHECK($$); }
  | arg_list "," expression "=" expression    { $$ = B.arg_keyword($1, $3, @3, $5, span(@3, @5)); CHECK($$); }
  ;


%%

namespace coil::parser::gen {

void Parser::error(const location_type& loc, const std::string& msg) {
  drv.error_at(loc, msg);
}

// The last expression a stack entry holds, for error messages ("Perhaps you forgot a comma?").
static coil::ast::Expr* last_expr_of(Parser::symbol_kind_type kind, const Parser::value_type& v) {
  using K = Parser::symbol_kind;
  switch (kind) {
    case K::S_rhs_item:
    case K::S_annotated_rhs:
    case K::S_return_annotation_opt:
    case K::S_star_expressions:
    case K::S_expressions:
    case K::S_star_expression:
    case K::S_expression:
    case K::S_expression_opt:
    case K::S_star_named_expression:
    case K::S_named_expression:
    case K::S_disjunction:
    case K::S_bitwise_or:
    case K::S_primary:
    case K::S_lambdef:
    case K::S_yield_expr:
    case K::S_strings:
    case K::S_slices:
    case K::S_slice:
    case K::S_slice_item:
    case K::S_group_or_tuple:
    case K::S_list_display:
    case K::S_set_or_dict_display:
    case K::S_star_targets:
    case K::S_star_target_item:
    case K::S_target_or_star:
      return v.expr;
    case K::S_decorators:
    case K::S_rhs_chain:
    case K::S_del_targets:
    case K::S_star_expression_list:
    case K::S_expression_list:
    case K::S_star_named_expression_list:
    case K::S_slice_list:
    case K::S_comp_ifs:
    case K::S_star_target_list:
      return v.exprs.tail ? v.exprs.tail->value : nullptr;
    case K::S_arg_list:
    case K::S_arguments:
      return v.cargs ? v.cargs->last : nullptr;
    case K::S_dict_items:
      return v.ditems.tail ? v.ditems.tail->value.value : nullptr;
    case K::S_compare_chain:
      return v.cmps.tail ? v.cmps.tail->value.right : nullptr;
    default:
      return nullptr;
  }
}

void Parser::report_syntax_error(const context& ctx) const {
  coil::parser::ParseFailure f;
  f.token_index = drv.last_token_index();
  symbol_kind_type expected[64];
  int n = ctx.expected_tokens(expected, 64);
  for (int i = 0; i < n; i++) f.expected.push_back(static_cast<int>(expected[i]));
  // yystack_[0] is the top; ParseFailure wants bottom to top.
  for (int i = static_cast<int>(yystack_.size()) - 1; i >= 0; i--) {
    const stack_symbol_type& e = yystack_[static_cast<size_t>(i)];
    coil::parser::ParseFailure::Entry entry{static_cast<int>(e.kind()), e.location,
                                            last_expr_of(e.kind(), e.value)};
    f.stack.push_back(entry);
  }
  drv.syntax_error(f);
}

}  // namespace coil::parser::gen
