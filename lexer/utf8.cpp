// UTF-8 encoding/decoding and a coarse identifier-character classification.
// The classification is deliberately table-free: coil only needs to reject obvious non-letters.
#include "lexer/utf8.h"

namespace coil::lexer {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

int32_t decode_utf8(std::string_view s, size_t i, int* len) {
  *len = 1;
  auto b = [&](size_t k) -> uint32_t { return static_cast<unsigned char>(s[k]); };
  uint32_t c = b(i);
  if (c < 0x80) return static_cast<int32_t>(c);
  int n;
  uint32_t cp, min;
  if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; min = 0x10000; }
  else return -1;
  if (i + n > s.size()) return -1;
  for (int k = 1; k < n; k++) {
    uint32_t cc = b(i + k);
    if ((cc & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  *len = n;
  return static_cast<int32_t>(cp);
}

size_t find_invalid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w = 0;
      for (int k = 0; k < 8; k++) w |= static_cast<uint64_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) { i++; continue; }
    int len;
    if (decode_utf8(s, i, &len) < 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

size_t count_chars(std::string_view s, size_t bytes) {
  if (bytes > s.size()) bytes = s.size();
  size_t n = 0;
  for (size_t i = 0; i < bytes; i++)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) n++;
  return n;
}

bool is_identifier_code_point(uint32_t cp) {
  struct Range { uint32_t lo, hi; };
  // Blocks of symbols and punctuation that cannot be part of an identifier.
  static constexpr Range kRejected[] = {
      {0x80, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB6}, {0xB8, 0xB9}, {0xBB, 0xBF}, {0xD7, 0xD7},
      {0xF7, 0xF7}, {0x2000, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x206F}, {0x20A0, 0x20CF},
      {0x2100, 0x2101}, {0x2103, 0x2106}, {0x2108, 0x2109}, {0x2114, 0x2114}, {0x2116, 0x2118},
      {0x211E, 0x2123}, {0x2125, 0x2125}, {0x2127, 0x2127}, {0x2129, 0x2129}, {0x212E, 0x212E},
      {0x2190, 0x245F}, {0x2500, 0x2BFF}, {0x2E00, 0x2E7F}, {0x3000, 0x3004}, {0x3008, 0x3020},
      {0x3030, 0x3030}, {0xFD3E, 0xFD3F}, {0xFE10, 0xFE1F}, {0xFE30, 0xFE4C}, {0xFE50, 0xFE6F},
      {0xFEFF, 0xFEFF}, {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40},
      {0xFF5B, 0xFF65}, {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF},
  };
  for (const Range& r : kRejected) {
    if (cp < r.lo) return true;  // the table is sorted
    if (cp <= r.hi) return false;
  }
  return true;
}

bool normalize_identifier(std::string_view name, std::string& out) {
  bool changed = false;
  out.clear();
  for (size_t i = 0; i < name.size();) {
    int len;
    int32_t cp = decode_utf8(name, i, &len);
    uint32_t c = cp < 0 ? 0 : static_cast<uint32_t>(cp);
    if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
        (c >= 0xFF41 && c <= 0xFF5A) || c == 0xFF3F) {
      out.push_back(static_cast<char>(c - 0xFF00 + 0x20));
      changed = true;
    } else if (c == 0xB5) {
      append_utf8(out, 0x3BC);
      changed = true;
    } else if (c == 0x17F) {
      out.push_back('s');
      changed = true;
    } else if (c == 0xFB01 || c == 0xFB02) {
      out += c == 0xFB01 ? "fi" : "fl";
      changed = true;
    } else {
      out.append(name.substr(i, static_cast<size_t>(len)));
    }
    i += static_cast<size_t>(len);
  }
  return changed;
}

bool is_printable_code_point(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp >= 0x80 && cp <= 0xA0) return false;
  if (cp == 0xAD || cp == 0x1680 || cp == 0x205F || cp == 0x3000 ||
      (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
      (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xF8FF) ||
      (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFFF9 && cp <= 0xFFFB) ||
      cp >= 0xF0000 || (cp >= 0xE0000 && cp <= 0xE0FFF))
    return false;
  return true;
}

}  // namespace coil::lexer
