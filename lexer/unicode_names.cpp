// The \N{NAME} table: a generated subset of Unicode names (ASCII, Latin-1, Latin Extended-A,
// Greek and Cyrillic letters, punctuation, currency, arrows, math, shapes, common symbols and
// emoticons, plus CPython's usual aliases such as NBSP or LINE FEED), searched by bisection.
#include <algorithm>
#include <cstring>
#include <string>

#include "lexer/string_decode.h"

namespace coil::lexer {

namespace {
struct NameEntry {
  const char* name;
  uint32_t code;
};
constexpr NameEntry kNames[] = {
#include "lexer/unicode_names_table.inc"
};
}  // namespace

int32_t lookup_unicode_name(std::string_view name) {
  if (name.size() > 80) return -1;
  char upper[81];
  for (size_t i = 0; i < name.size(); i++) {
    char c = name[i];
    upper[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  }
  std::string_view key(upper, name.size());
  const NameEntry* end = kNames + sizeof(kNames) / sizeof(kNames[0]);
  const NameEntry* it = std::lower_bound(
      kNames, end, key, [](const NameEntry& e, std::string_view k) { return std::string_view(e.name) < k; });
  if (it != end && std::string_view(it->name) == key) return static_cast<int32_t>(it->code);
  return -1;
}

}  // namespace coil::lexer
