// Number literals to Constant nodes: ints keep their digits (the compiler builds big ints),
// floats are converted here with from_chars (locale-independent, correctly rounded).
#include <charconv>
#include <cstdlib>
#include <string>

#include "parser/builder.h"
#include "parser/driver.h"

namespace coil::parser {

using namespace coil::ast;

Expr* Builder::number(int tok, const Loc& l) {
  std::string_view text = drv_.token_text(tok);
  char last = text.back();
  if (last == 'j' || last == 'J') {
    drv_.error_at(l, "complex numbers are not supported by coil");
    return nullptr;
  }
  auto* c = at(arena_.make<Constant>(), l);
  // Strip underscores once; most literals have none.
  std::string clean;
  std::string_view digits = text;
  if (text.find('_') != std::string_view::npos) {
    clean.reserve(text.size());
    for (char ch : text)
      if (ch != '_') clean.push_back(ch);
    digits = clean;
  }
  if (digits.size() > 1 && digits[0] == '0' &&
      (digits[1] == 'x' || digits[1] == 'X' || digits[1] == 'o' || digits[1] == 'O' ||
       digits[1] == 'b' || digits[1] == 'B')) {
    char p = digits[1] | 0x20;
    c->value_kind = ConstantKind::Int;
    c->base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
    std::string_view d = digits.substr(2);
    while (d.size() > 1 && d[0] == '0') d.remove_prefix(1);
    c->text = clean.empty() ? d : arena_.copy_string(d);  // token texts live in the arena
    return c;
  }
  if (digits.find_first_of(".eE") != std::string_view::npos) {
    c->value_kind = ConstantKind::Float;
    double v = 0;
    auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (r.ec == std::errc::result_out_of_range) {
      // from_chars refuses overflow and subnormals; strtod gives Python's inf / tiny values.
      std::string copy(digits);
      v = std::strtod(copy.c_str(), nullptr);
    }
    c->number = v;
    return c;
  }
  c->value_kind = ConstantKind::Int;
  c->base = 10;
  std::string_view d = digits;
  while (d.size() > 1 && d[0] == '0') d.remove_prefix(1);
  c->text = clean.empty() ? d : arena_.copy_string(d);
  return c;
}

}  // namespace coil::parser
