// CPython 3.11's text for uncaught exceptions: the traceback entries (source lines, position
// carets, "[Previous line repeated N more times]"), the __cause__/__context__ chain, exception
// groups in their box format, notes, SyntaxError's location block and "Did you mean" hints.
#include <string>
#include <unordered_set>
#include <vector>
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/exception_format.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type_internal.h"
#include "vm/code.h"

namespace coil {

namespace {

const char kCauseMessage[] = "\nThe above exception was the direct cause of the following exception:\n\n";
const char kContextMessage[] = "\nDuring handling of the above exception, another exception occurred:\n\n";
constexpr int kRecursiveCutoff = 3;
constexpr int kTracebackLimit = 1000;
constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n'; }

// Characters (code points) in the first `bytes` bytes of a UTF-8 string.
size_t chars_in(std::string_view s, size_t bytes) {
  if (bytes > s.size()) bytes = s.size();
  size_t n = 0;
  for (size_t i = 0; i < bytes; i++)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) n++;
  return n;
}

// Line `lineno` (1-based) of a source text, without its newline.
bool source_line(const Code* code, int lineno, std::string& out) {
  if (code == nullptr || lineno <= 0 || !is_str(code->source)) return false;
  std::string_view src = code->source.as<Str>()->view();
  size_t pos = 0;
  for (int l = 1; l < lineno; l++) {
    size_t nl = src.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    pos = nl + 1;
  }
  if (pos > src.size()) return false;
  size_t end = src.find('\n', pos);
  out = std::string(src.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return true;
}

// ---- anchors: a tiny scanner standing in for CPython's re-parse of the failing expression ----

struct Tok {
  size_t start, end;   // byte offsets in the segment
  enum Kind { Name, Number, String, Op, Open, Close, Other } kind;
  std::string text;
};

std::vector<Tok> scan(std::string_view s) {
  std::vector<Tok> out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (is_ws(c) || c == '\\') { i++; continue; }
    size_t st = i;
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (static_cast<unsigned char>(c) >= 0x80)) {
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' ||
                              static_cast<unsigned char>(s[i]) >= 0x80))
        i++;
      // String prefixes (r'', b"", f'' …).
      if (i < s.size() && (s[i] == '\'' || s[i] == '"') && i - st <= 2) {
        c = s[i];
      } else {
        out.push_back({st, i, Tok::Name, std::string(s.substr(st, i - st))});
        continue;
      }
    }
    if (c == '\'' || c == '"') {
      char q = s[i];
      bool triple = i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q;
      i += triple ? 3 : 1;
      while (i < s.size()) {
        if (s[i] == '\\') { i += 2; continue; }
        if (s[i] == q && (!triple || (i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q))) {
          i += triple ? 3 : 1;
          break;
        }
        i++;
      }
      if (i > s.size()) i = s.size();
      out.push_back({st, i, Tok::String, ""});
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == '_')) i++;
      out.push_back({st, i, Tok::Number, ""});
      continue;
    }
    if (c == '(' || c == '[' || c == '{') { out.push_back({st, ++i, Tok::Open, std::string(1, c)}); continue; }
    if (c == ')' || c == ']' || c == '}') { out.push_back({st, ++i, Tok::Close, std::string(1, c)}); continue; }
    static const char* const ops[] = {"**=", "//=", ">>=", "<<=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
                                      ":=", "->", "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=", "+", "-",
                                      "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "=", ".", ",", ":", ";", "!"};
    bool matched = false;
    for (const char* op : ops) {
      std::string_view o(op);
      if (s.substr(i, o.size()) == o) {
        out.push_back({st, i + o.size(), Tok::Op, std::string(o)});
        i += o.size();
        matched = true;
        break;
      }
    }
    if (!matched) out.push_back({st, ++i, Tok::Other, std::string(1, c)});
  }
  return out;
}

int binop_precedence(const std::string& op) {
  if (op == "|") return 1;
  if (op == "^") return 2;
  if (op == "&") return 3;
  if (op == "<<" || op == ">>") return 4;
  if (op == "+" || op == "-") return 5;
  if (op == "*" || op == "/" || op == "//" || op == "%" || op == "@") return 6;
  if (op == "**") return 8;
  return 0;
}

// Finds CPython's anchors for a BinOp or Subscript segment: [left, right) relative to the
// segment, with primary '~' and secondary '^'. False when the segment is something else.
bool find_anchors(std::string_view seg, size_t* left, size_t* right) {
  std::vector<Tok> toks = scan(seg);
  if (toks.empty()) return false;
  int depth = 0;
  int best_prec = 100;
  long best = -1;
  bool prev_operand = false;
  for (size_t i = 0; i < toks.size(); i++) {
    const Tok& t = toks[i];
    if (t.kind == Tok::Open) {
      depth++;
      prev_operand = false;
      continue;
    }
    if (t.kind == Tok::Close) {
      depth--;
      prev_operand = true;
      if (depth < 0) return false;
      continue;
    }
    if (depth > 0) continue;
    if (t.kind == Tok::Name) {
      static const char* const kw[] = {"and", "or", "not", "if", "else", "lambda", "in", "is", "for", "async",
                                       "await", "yield", "from", "import", "return", "del", "assert", "raise"};
      for (const char* k : kw)
        if (t.text == k) return false;
      prev_operand = true;
      continue;
    }
    if (t.kind == Tok::Number || t.kind == Tok::String) { prev_operand = true; continue; }
    if (t.kind == Tok::Op) {
      if (t.text == ".") { prev_operand = false; continue; }
      int p = binop_precedence(t.text);
      if (p == 0 || !prev_operand) {
        if (p == 0 && t.text != "~") return false;   // comparison, assignment, comma, ':' …
        prev_operand = false;                       // unary + - ~
        continue;
      }
      // Lowest precedence wins; ties: rightmost (left-associative), except ** (leftmost).
      if (p < best_prec || (p == best_prec && p != 8)) {
        best_prec = p;
        best = long(i);
      }
      prev_operand = false;
      continue;
    }
    return false;
  }
  if (depth != 0) return false;
  if (best >= 0) {
    size_t op = size_t(best);
    if (op == 0 || op + 1 >= toks.size()) return false;
    size_t lend = toks[op - 1].end;
    size_t rstart = toks[op + 1].start;
    for (size_t i = lend; i < rstart; i++) {
      if (is_ws(seg[i]) || seg[i] == '\\') continue;
      *left = i;
      *right = i + 1;
      if (i + 1 < rstart && !is_ws(seg[i + 1])) (*right)++;
      if (i + 1 < rstart && seg[i] == ')') continue;
      return true;
    }
    return false;
  }
  // Subscript: the segment ends with a ']' whose '[' is at depth 0 and follows an operand.
  if (toks.back().kind != Tok::Close || toks.back().text != "]" || toks.size() < 3) return false;
  int d = 0;
  for (size_t i = toks.size(); i-- > 0;) {
    if (toks[i].kind == Tok::Close) d++;
    else if (toks[i].kind == Tok::Open) {
      d--;
      if (d == 0) {
        if (toks[i].text != "[" || i == 0) return false;
        *left = toks[i - 1].end;
        *right = toks[toks.size() - 2].end + 1;
        return true;
      }
    }
  }
  return false;
}

// ---- traceback entries ---------------------------------------------------------------------------

void format_entry(Interp& interp, const Traceback* tb, std::string& out) {
  const Code* code = tb->code;
  std::string filename = code != nullptr && code->filename != nullptr ? std::string(code->filename->view()) : "<unknown>";
  std::string name = code != nullptr && code->name != nullptr ? std::string(code->name->view()) : "?";
  out += "  File \"" + filename + "\", line " + std::to_string(tb->line) + ", in " + name + "\n";
  std::string line;
  if (!source_line(code, tb->line, line)) return;
  size_t lead = 0;
  while (lead < line.size() && is_ws(line[lead])) lead++;
  size_t tail = line.size();
  while (tail > lead && is_ws(line[tail - 1])) tail--;
  if (tail == lead) return;
  std::string stripped = line.substr(lead, tail - lead);
  out += "    " + stripped + "\n";
  if (tb->instruction < 0) return;
  SourcePosition pos = code_position(code, size_t(tb->instruction));
  if (pos.line <= 0 || pos.line != tb->line || pos.col < 0 || pos.end_col < 0) return;
  size_t start_b = size_t(pos.col), end_b = size_t(pos.end_col);
  if (start_b > line.size()) return;
  bool has_anchors = false;
  size_t left = 0, right = 0;
  size_t start = chars_in(line, start_b);
  size_t end;
  if (pos.end_line == pos.line) {
    if (end_b > line.size()) end_b = line.size();
    if (end_b <= start_b) return;
    end = chars_in(line, end_b);
    std::string_view seg = std::string_view(line).substr(start_b, end_b - start_b);
    size_t lb = 0, rb = 0;
    if (find_anchors(seg, &lb, &rb)) {
      has_anchors = true;
      left = start + chars_in(seg, lb);
      right = start + chars_in(seg, rb);
    }
  } else {
    end = chars_in(line, tail);
  }
  size_t lead_chars = chars_in(line, lead);
  size_t stripped_chars = chars_in(line, tail) - lead_chars;
  if (end - start == stripped_chars && !has_anchors) return;
  if (start < lead_chars) start = lead_chars;
  std::string carets = "    ";
  for (size_t off = lead_chars + 1; off <= end; off++) {
    if (off <= start) carets += ' ';
    else if (has_anchors && left < off && off <= right) carets += '^';
    else carets += has_anchors ? '~' : '^';
  }
  out += carets + "\n";
}

std::string format_tb(Interp& interp, Value tbv) {
  std::vector<const Traceback*> entries;
  for (Value v = tbv; v.is_object() && v.as_object()->type == interp.types.traceback;) {
    const auto* tb = v.as<Traceback>();
    entries.push_back(tb);
    if (tb->next == nullptr) break;
    v = Value::object(tb->next);
  }
  size_t skip = entries.size() > size_t(kTracebackLimit) ? entries.size() - kTracebackLimit : 0;
  std::string out;
  const Str* last_file = nullptr;
  const Str* last_name = nullptr;
  int last_line = -1;
  int count = 0;
  auto repeated = [&](int cnt) {
    int more = cnt - kRecursiveCutoff;
    out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
  };
  for (size_t i = skip; i < entries.size(); i++) {
    const Traceback* tb = entries[i];
    const Str* file = tb->code != nullptr ? tb->code->filename : nullptr;
    const Str* name = tb->code != nullptr ? tb->code->name : nullptr;
    bool same = last_file != nullptr && file != nullptr && str_equal(file, last_file) && tb->line == last_line &&
                last_name != nullptr && name != nullptr && str_equal(name, last_name);
    if (!same) {
      if (count > kRecursiveCutoff) repeated(count);
      last_file = file;
      last_name = name;
      last_line = tb->line;
      count = 0;
    }
    count++;
    if (count <= kRecursiveCutoff) format_entry(interp, tb, out);
  }
  if (count > kRecursiveCutoff) repeated(count);
  return out;
}

// ---- the message line ----------------------------------------------------------------------------

std::string safe_str(Interp& interp, Value v, const char* what) {
  Value saved = fetch_error(interp);
  std::string s;
  if (!str_into(interp, v, s)) {
    clear_error(interp);
    s = std::string("<") + what + " str() failed>";
  }
  interp.exc = saved;
  return s;
}

std::string type_display_name(Interp& interp, Type* t) {
  std::string s;
  Value m = (t->type_flags & kTypeHeap) ? dict_get_str(t->dict, interp.names.__module__) : t->module;
  if (m.is_null()) m = t->module;
  if (is_str(m)) {
    std::string_view mv = m.as<Str>()->view();
    if (mv != "builtins" && mv != "__main__") {
      s += mv;
      s += '.';
    }
  } else if (!m.is_null() && !m.is_none()) {
    s += "<unknown>.";
  }
  s += (t->qualname != nullptr ? t->qualname : t->name)->view();
  return s;
}

void syntax_error_block(Interp& interp, Value exc, std::string& out) {
  Value fn = exception_get_attr(interp, exc, "filename");
  Value ln = exception_get_attr(interp, exc, "lineno");
  Value text = exception_get_attr(interp, exc, "text");
  Value off = exception_get_attr(interp, exc, "offset");
  Value eln = exception_get_attr(interp, exc, "end_lineno");
  Value eoff = exception_get_attr(interp, exc, "end_offset");
  int64_t lineno = ln.is_small_int() ? ln.as_small_int() : 0;
  std::string file = is_str(fn) ? std::string(fn.as<Str>()->view()) : "<string>";
  if (!fn.is_null() && !fn.is_none()) out += "  File \"" + file + "\", line " + std::to_string(lineno) + "\n";
  if (!is_str(text)) return;
  std::string rtext(text.as<Str>()->view());
  while (!rtext.empty() && rtext.back() == '\n') rtext.pop_back();
  size_t spaces = 0;
  while (spaces < rtext.size() && (rtext[spaces] == ' ' || rtext[spaces] == '\n' || rtext[spaces] == '\f')) spaces++;
  std::string ltext = rtext.substr(spaces);
  out += "    " + ltext + "\n";
  if (!off.is_small_int()) return;
  int64_t offset = off.as_small_int();
  int64_t end_offset = eoff.is_small_int() ? eoff.as_small_int() : offset;
  int64_t end_lineno = eln.is_small_int() ? eln.as_small_int() : lineno;
  // Columns are 1-based byte offsets into the original text; convert to characters.
  int64_t colno = int64_t(chars_in(rtext, size_t(offset > 0 ? offset - 1 : 0))) - int64_t(spaces);
  int64_t end_colno;
  if (end_lineno > lineno) end_colno = int64_t(chars_in(rtext, rtext.size())) - int64_t(spaces);
  else end_colno = int64_t(chars_in(rtext, size_t(end_offset > 0 ? end_offset - 1 : 0))) - int64_t(spaces);
  if (end_colno <= colno) end_colno = colno + 1;
  int64_t ltext_chars = int64_t(chars_in(ltext, ltext.size()));
  if (end_colno > ltext_chars + 1) end_colno = ltext_chars + 1;
  if (colno < 0) return;
  std::string carets = "    ";
  size_t bi = 0;
  for (int64_t c = 0; c < colno && bi < ltext.size(); c++) {
    char ch = ltext[bi];
    carets += (ch == '\t' || ch == '\f') ? ch : ' ';
    bi++;
    while (bi < ltext.size() && (static_cast<unsigned char>(ltext[bi]) & 0xC0) == 0x80) bi++;
  }
  carets += std::string(size_t(end_colno - colno), '^');
  out += carets + "\n";
}

}  // namespace

namespace {

// The message block with a newline after every line (format_exception's form).
std::string exception_only_lines(Interp& interp, Value exc) {
  if (!is_exception(exc)) {
    if (is_kind(exc, Kind::Type)) return type_display_name(interp, exc.as<Type>()) + "\n";
    return "<unknown exception>\n";
  }
  Type* t = type_of(interp, exc);
  std::string out;
  std::string msg;
  if (is_subtype(t, interp.exc_types.SyntaxError)) {
    syntax_error_block(interp, exc, out);
    Value m = exception_get_attr(interp, exc, "msg");
    msg = safe_str(interp, m.is_null() ? Value::none() : m, "exception");
  } else {
    msg = safe_str(interp, exc, "exception");
  }
  out += type_display_name(interp, t);
  if (!msg.empty()) out += ": " + msg;
  std::string hint = suggestion_for(interp, exc);
  if (!hint.empty()) out += ". Did you mean: '" + hint + "'?";
  out += "\n";
  Value notes = exception_get_attr(interp, exc, "__notes__");
  if (!notes.is_null()) {
    if (is_list(notes) || is_tuple(notes)) {
      const Value* items = is_list(notes) ? notes.as<List>()->items : notes.as<Tuple>()->items;
      size_t n = is_list(notes) ? notes.as<List>()->size : notes.as<Tuple>()->size;
      for (size_t i = 0; i < n; i++) {
        out += is_str(items[i]) ? std::string(items[i].as<Str>()->view()) : safe_str(interp, items[i], "note");
        out += "\n";
      }
    } else {
      Value saved = fetch_error(interp);
      std::string r;
      if (!repr_into(interp, notes, r)) {
        clear_error(interp);
        r = "<__notes__ repr() failed>";
      }
      interp.exc = saved;
      out += r + "\n";
    }
  }
  return out;
}

struct PrintContext {
  std::unordered_set<const Object*> seen;
  int depth = 0;
  bool need_close = false;
};

void emit(PrintContext& c, std::string& out, const std::string& text, char margin = '|') {
  std::string prefix(size_t(2 * c.depth), ' ');
  if (c.depth > 0) {
    prefix += margin;
    prefix += ' ';
  }
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    out += prefix;
    out.append(text, pos, end - pos);
    pos = end;
  }
}

bool is_group(Interp& interp, Value v) {
  return is_exception(v) && is_subtype(v.as_object()->type, interp.exc_types.BaseExceptionGroup);
}

void format_rec(Interp& interp, Value exc, PrintContext& c, std::string& out, bool chain) {
  struct Link { const char* msg; Value exc; };
  std::vector<Link> links;
  Value e = exc;
  c.seen.insert(exc.as_object());
  while (is_exception(e)) {
    auto* be = e.as<BaseException>();
    const char* msg = nullptr;
    Value next;
    if (chain) {
      if (is_exception(be->cause) && !c.seen.count(be->cause.as_object())) {
        msg = kCauseMessage;
        next = be->cause;
      } else if (is_exception(be->context) && !be->suppress_context && !c.seen.count(be->context.as_object())) {
        msg = kContextMessage;
        next = be->context;
      }
    }
    links.push_back({msg, e});
    if (next.is_null()) break;
    c.seen.insert(next.as_object());
    e = next;
  }
  for (size_t i = links.size(); i-- > 0;) {
    Value x = links[i].exc;
    if (i + 1 < links.size() && links[i].msg != nullptr) emit(c, out, links[i].msg);
    auto* bx = x.as<BaseException>();
    bool has_tb = bx->traceback.is_object();
    if (!is_group(interp, x)) {
      if (has_tb) {
        emit(c, out, "Traceback (most recent call last):\n");
        emit(c, out, format_tb(interp, bx->traceback));
      }
      emit(c, out, exception_only_lines(interp, x));
    } else if (c.depth > kMaxGroupDepth) {
      emit(c, out, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    } else {
      bool toplevel = c.depth == 0;
      if (toplevel) c.depth++;
      if (has_tb) {
        emit(c, out, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        emit(c, out, format_tb(interp, bx->traceback));
      }
      emit(c, out, exception_only_lines(interp, x));
      Value ev = bx->exceptions;
      size_t num = is_tuple(ev) ? ev.as<Tuple>()->size : 0;
      size_t n = num <= size_t(kMaxGroupWidth) ? num : size_t(kMaxGroupWidth) + 1;
      c.need_close = false;
      for (size_t k = 0; k < n; k++) {
        bool last = k == n - 1;
        if (last) c.need_close = true;
        bool truncated = k >= size_t(kMaxGroupWidth);
        std::string title = truncated ? "..." : std::to_string(k + 1);
        out += std::string(size_t(2 * c.depth), ' ') + (k == 0 ? "+-" : "  ") + "+---------------- " + title +
               " ----------------\n";
        c.depth++;
        if (!truncated) {
          format_rec(interp, ev.as<Tuple>()->items[k], c, out, chain);
        } else {
          size_t remaining = num - kMaxGroupWidth;
          emit(c, out, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
        }
        if (last && c.need_close) {
          out += std::string(size_t(2 * c.depth), ' ') + "+------------------------------------\n";
          c.need_close = false;
        }
        c.depth--;
      }
      if (toplevel) c.depth = 0;
    }
  }
}

}  // namespace

std::string format_exception_only(Interp& interp, Value exc) {
  Value saved = fetch_error(interp);
  std::string out = exception_only_lines(interp, exc);
  interp.exc = saved;
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string format_exception(Interp& interp, Value exc) {
  Value saved = fetch_error(interp);
  std::string out;
  if (!is_exception(exc)) {
    out = exception_only_lines(interp, exc);
  } else {
    PrintContext c;
    format_rec(interp, exc, c, out, true);
  }
  interp.exc = saved;
  return out;
}

}  // namespace coil
