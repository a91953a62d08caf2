// Unicode classification and case mapping for str methods, from small range tables.
// Covers ASCII, Latin-1, Latin Extended-A/B (common parts), Greek, Cyrillic, Armenian, fullwidth
// forms and the CJK/Kana/Hangul letter blocks; characters outside them classify as "other".
#include "runtime/text.h"

namespace coil::text {

namespace {

// A case-mapping range. Delta: every cp in [lo, hi] is uppercase and lowercases to cp + delta.
// EvenUpper / OddUpper: alternating pairs where the even (odd) member is the uppercase one.
enum class Map : uint8_t { Delta, EvenUpper, OddUpper };
struct CaseRange { uint32_t lo, hi; Map kind; int32_t delta; };

constexpr CaseRange kCase[] = {
  {0x41, 0x5A, Map::Delta, 32},
  {0xC0, 0xD6, Map::Delta, 32},
  {0xD8, 0xDE, Map::Delta, 32},
  {0x100, 0x12F, Map::EvenUpper, 0},
  {0x132, 0x137, Map::EvenUpper, 0},
  {0x139, 0x148, Map::OddUpper, 0},
  {0x14A, 0x177, Map::EvenUpper, 0},
  {0x179, 0x17E, Map::OddUpper, 0},
  {0x182, 0x185, Map::EvenUpper, 0},
  {0x1A0, 0x1A5, Map::EvenUpper, 0},
  {0x1CD, 0x1DC, Map::OddUpper, 0},
  {0x1DE, 0x1EF, Map::EvenUpper, 0},
  {0x1F8, 0x21F, Map::EvenUpper, 0},
  {0x222, 0x233, Map::EvenUpper, 0},
  {0x246, 0x24F, Map::EvenUpper, 0},
  {0x370, 0x373, Map::EvenUpper, 0},
  {0x386, 0x386, Map::Delta, 38},
  {0x388, 0x38A, Map::Delta, 37},
  {0x38C, 0x38C, Map::Delta, 64},
  {0x38E, 0x38F, Map::Delta, 63},
  {0x391, 0x3A1, Map::Delta, 32},
  {0x3A3, 0x3AB, Map::Delta, 32},
  {0x3D8, 0x3EF, Map::EvenUpper, 0},
  {0x400, 0x40F, Map::Delta, 80},
  {0x410, 0x42F, Map::Delta, 32},
  {0x460, 0x481, Map::EvenUpper, 0},
  {0x48A, 0x4BF, Map::EvenUpper, 0},
  {0x4C0, 0x4C0, Map::Delta, 15},
  {0x4C1, 0x4CE, Map::OddUpper, 0},
  {0x4D0, 0x52F, Map::EvenUpper, 0},
  {0x531, 0x556, Map::Delta, 48},
  {0x10A0, 0x10C5, Map::Delta, 7264},
  {0x1E00, 0x1E95, Map::EvenUpper, 0},
  {0x1EA0, 0x1EFF, Map::EvenUpper, 0},
  {0x1F08, 0x1F0F, Map::Delta, -8},
  {0x1F18, 0x1F1D, Map::Delta, -8},
  {0x1F28, 0x1F2F, Map::Delta, -8},
  {0x1F38, 0x1F3F, Map::Delta, -8},
  {0x1F48, 0x1F4D, Map::Delta, -8},
  {0x1F68, 0x1F6F, Map::Delta, -8},
  {0x2160, 0x216F, Map::Delta, 16},
  {0x24B6, 0x24CF, Map::Delta, 26},
  {0x2C00, 0x2C2F, Map::Delta, 48},
  {0xFF21, 0xFF3A, Map::Delta, 32},
  {0x10400, 0x10427, Map::Delta, 40},
};

// Lowercase letters whose uppercase is not found by inverting kCase.
struct Pair { uint32_t from, to; };
constexpr Pair kExtraUpper[] = {
  {0xB5, 0x39C}, {0xFF, 0x178}, {0x131, 0x49}, {0x17F, 0x53}, {0x3C2, 0x3A3},
  {0x1C6, 0x1C4}, {0x1C5, 0x1C4}, {0x1C9, 0x1C7}, {0x1C8, 0x1C7}, {0x1CC, 0x1CA}, {0x1CB, 0x1CA},
  {0x1F3, 0x1F1}, {0x1F2, 0x1F1}, {0x1E9B, 0x1E60},
};
// Uppercase letters whose lowercase is not in kCase.
constexpr Pair kExtraLower[] = {
  {0x178, 0xFF}, {0x130, 0x69}, {0x1C4, 0x1C6}, {0x1C5, 0x1C6}, {0x1C7, 0x1C9}, {0x1C8, 0x1C9},
  {0x1CA, 0x1CC}, {0x1CB, 0x1CC}, {0x1F1, 0x1F3}, {0x1F2, 0x1F3}, {0x1E9E, 0xDF},
};

const CaseRange* find_upper_range(uint32_t cp) {
  for (const CaseRange& r : kCase) {
    if (cp < r.lo) return nullptr;   // sorted by lo
    if (cp <= r.hi) {
      if (r.kind == Map::Delta) return &r;
      bool even = (cp & 1) == 0;
      if ((r.kind == Map::EvenUpper) == even) return &r;
      return nullptr;
    }
  }
  return nullptr;
}

const CaseRange* find_lower_range(uint32_t cp) {
  for (const CaseRange& r : kCase) {
    if (r.kind == Map::Delta) {
      int64_t lo = int64_t(r.lo) + r.delta, hi = int64_t(r.hi) + r.delta;
      if (int64_t(cp) >= lo && int64_t(cp) <= hi) return &r;
    } else if (cp >= r.lo && cp <= r.hi + 1 && cp > r.lo) {
      bool even = (cp & 1) == 0;
      if ((r.kind == Map::EvenUpper) != even && cp - 1 >= r.lo) return &r;
    }
  }
  return nullptr;
}

bool in(uint32_t cp, uint32_t lo, uint32_t hi) { return cp >= lo && cp <= hi; }

// First code points of the blocks of ten decimal digits (Nd) coil knows.
constexpr uint32_t kDigitZeros[] = {
  0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
  0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
  0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xAA50, 0xABF0, 0xFF10,
  0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
};

}  // namespace

uint32_t to_lower(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  for (const Pair& p : kExtraLower) if (p.from == cp) return p.to;
  const CaseRange* r = find_upper_range(cp);
  if (r == nullptr) return cp;
  return r->kind == Map::Delta ? uint32_t(int64_t(cp) + r->delta) : cp + 1;
}

uint32_t to_upper(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
  for (const Pair& p : kExtraUpper) if (p.from == cp) return p.to;
  const CaseRange* r = find_lower_range(cp);
  if (r == nullptr) return cp;
  return r->kind == Map::Delta ? uint32_t(int64_t(cp) - r->delta) : cp - 1;
}

bool is_title(uint32_t cp) {
  return cp == 0x1C5 || cp == 0x1C8 || cp == 0x1CB || cp == 0x1F2 ||
         in(cp, 0x1F88, 0x1F8F) || in(cp, 0x1F98, 0x1F9F) || in(cp, 0x1FA8, 0x1FAF) ||
         cp == 0x1FBC || cp == 0x1FCC || cp == 0x1FFC;
}

bool is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (is_title(cp)) return false;
  return to_lower(cp) != cp || cp == 0x3D2 || in(cp, 0x2102, 0x2102) || cp == 0x210B;
}

bool is_lower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (is_title(cp)) return false;
  return to_upper(cp) != cp || cp == 0xDF || cp == 0xAA || cp == 0xBA || cp == 0x138 ||
         cp == 0x149 || in(cp, 0x250, 0x2AF) || in(cp, 0x1D00, 0x1D2B) || in(cp, 0xFB00, 0xFB06);
}

bool is_cased(uint32_t cp) { return is_upper(cp) || is_lower(cp) || is_title(cp); }

bool is_space(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || in(cp, 0x2000, 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool is_linebreak(uint32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || in(cp, 0x1C, 0x1E) ||
         cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

int decimal_value(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') ? int(cp - '0') : -1;
  for (uint32_t z : kDigitZeros)
    if (cp >= z && cp <= z + 9) return int(cp - z);
  return -1;
}

bool is_decimal(uint32_t cp) { return decimal_value(cp) >= 0; }

bool is_digit(uint32_t cp) {
  if (is_decimal(cp)) return true;
  return cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || cp == 0x2070 || in(cp, 0x2074, 0x2079) ||
         in(cp, 0x2080, 0x2089) || in(cp, 0x2460, 0x2468) || in(cp, 0x2474, 0x247C) ||
         in(cp, 0x2488, 0x2490) || cp == 0x24EA || in(cp, 0x24F5, 0x24FD) || cp == 0x24FF ||
         in(cp, 0x2776, 0x277E) || in(cp, 0x2780, 0x2788) || in(cp, 0x278A, 0x2792);
}

bool is_numeric(uint32_t cp) {
  if (is_digit(cp)) return true;
  switch (cp) {
    case 0x3007: case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D:
    case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341: case 0x767E: case 0x5343: case 0x4E07:
    case 0x5104: case 0x96F6: case 0x5146:
      return true;
    default: break;
  }
  return in(cp, 0xBC, 0xBE) || in(cp, 0x2150, 0x2189) || in(cp, 0x2469, 0x2473) ||
         in(cp, 0x247D, 0x2487) || in(cp, 0x2491, 0x249B) || in(cp, 0x24EB, 0x24F4) ||
         in(cp, 0x2CFD, 0x2CFD) || in(cp, 0x3021, 0x3029) || in(cp, 0x3038, 0x303A);
}

bool is_alpha(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp < 0x100) return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7);
  if (cp < 0x2C2) return true;                                 // Latin Extended, IPA, modifiers
  if (in(cp, 0x2C6, 0x2D1) || in(cp, 0x2E0, 0x2E4) || cp == 0x2EC || cp == 0x2EE) return true;
  if (in(cp, 0x370, 0x3FF))
    return cp != 0x375 && cp != 0x37E && !in(cp, 0x384, 0x385) && cp != 0x387 && cp != 0x3F6 &&
           !in(cp, 0x378, 0x379) && !in(cp, 0x380, 0x383) && cp != 0x38B && cp != 0x38D && cp != 0x3A2;
  if (in(cp, 0x400, 0x481) || in(cp, 0x48A, 0x52F)) return true;   // Cyrillic
  if (in(cp, 0x531, 0x556) || in(cp, 0x560, 0x588)) return true;   // Armenian
  if (in(cp, 0x5D0, 0x5EA) || in(cp, 0x5EF, 0x5F2)) return true;   // Hebrew
  if (in(cp, 0x620, 0x64A) || in(cp, 0x66E, 0x66F) || in(cp, 0x671, 0x6D3) || cp == 0x6D5)
    return true;                                                   // Arabic
  if (in(cp, 0x904, 0x939) || cp == 0x93D || cp == 0x950 || in(cp, 0x958, 0x961)) return true;
  if (in(cp, 0xE01, 0xE30) || in(cp, 0xE40, 0xE46)) return true;   // Thai
  if (in(cp, 0x10A0, 0x10FF) || in(cp, 0x1100, 0x11FF)) return true;
  if (in(cp, 0x1E00, 0x1FBC) || in(cp, 0x1FC2, 0x1FCC) || in(cp, 0x1FD0, 0x1FDB) ||
      in(cp, 0x1FE0, 0x1FEC) || in(cp, 0x1FF2, 0x1FFC)) return true;
  if (cp == 0x2071 || cp == 0x207F || in(cp, 0x2090, 0x209C)) return true;
  if (cp == 0x2102 || cp == 0x2107 || in(cp, 0x210A, 0x2113) || cp == 0x2115 ||
      in(cp, 0x2119, 0x211D) || cp == 0x2124 || cp == 0x2126 || cp == 0x2128 ||
      in(cp, 0x212A, 0x212D) || in(cp, 0x212F, 0x2139)) return true;
  if (in(cp, 0x2C00, 0x2CE4) || in(cp, 0x2D00, 0x2D25)) return true;
  if (in(cp, 0x3005, 0x3006) || in(cp, 0x3031, 0x3035) || in(cp, 0x3041, 0x3096) ||
      in(cp, 0x309D, 0x309F) || in(cp, 0x30A1, 0x30FA) || in(cp, 0x30FC, 0x30FF) ||
      in(cp, 0x3105, 0x312F) || in(cp, 0x3131, 0x318E)) return true;
  if (in(cp, 0x3400, 0x4DBF) || in(cp, 0x4E00, 0x9FFF) || in(cp, 0xA000, 0xA48C)) return true;
  if (in(cp, 0xAC00, 0xD7A3) || in(cp, 0xF900, 0xFA6D) || in(cp, 0xFB00, 0xFB06)) return true;
  if (in(cp, 0xFF21, 0xFF3A) || in(cp, 0xFF41, 0xFF5A) || in(cp, 0xFF66, 0xFFDC)) return true;
  if (in(cp, 0x10400, 0x1044F) || in(cp, 0x1D400, 0x1D6A5) || in(cp, 0x20000, 0x2FA1D)) return true;
  return false;
}

bool is_printable(uint32_t cp) {
  if (cp < 0x20 || in(cp, 0x7F, 0xA0) || cp == 0xAD) return false;
  if (cp < 0x300) return true;
  if (in(cp, 0x378, 0x379) || in(cp, 0x380, 0x383) || cp == 0x38B || cp == 0x38D || cp == 0x3A2)
    return false;
  if (in(cp, 0x600, 0x605) || cp == 0x61C || cp == 0x6DD || cp == 0x70F || cp == 0x180E ||
      cp == 0x1680) return false;
  if (in(cp, 0x2000, 0x200F) || in(cp, 0x2028, 0x202F) || in(cp, 0x205F, 0x2064) ||
      in(cp, 0x2066, 0x206F) || cp == 0x3000) return false;
  if (in(cp, 0xD800, 0xF8FF) || cp == 0xFEFF || in(cp, 0xFFF0, 0xFFFB) || in(cp, 0xFFFE, 0xFFFF))
    return false;
  if (in(cp, 0x1BCA0, 0x1BCA3) || in(cp, 0x1D173, 0x1D17A) || in(cp, 0xE0000, 0xE0FFF) ||
      cp >= 0xF0000) return false;
  if ((cp & 0xFFFE) == 0xFFFE) return false;   // noncharacters U+xFFFE/xFFFF
  return true;
}

bool is_id_start(uint32_t cp) {
  if (cp < 0x80) return cp == '_' || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return is_alpha(cp) || in(cp, 0x2160, 0x2188) || in(cp, 0x3021, 0x3029);
}

bool is_id_continue(uint32_t cp) {
  if (cp < 0x80) return cp == '_' || (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return is_id_start(cp) || is_decimal(cp) || cp == 0xB7 || in(cp, 0x300, 0x36F) ||
         in(cp, 0x483, 0x487) || in(cp, 0x591, 0x5BD) || in(cp, 0x64B, 0x65F) ||
         in(cp, 0x900, 0x903) || in(cp, 0x93A, 0x94F) || in(cp, 0x1DC0, 0x1DFF) ||
         in(cp, 0x203F, 0x2040) || in(cp, 0x20D0, 0x20DC) || in(cp, 0xFE00, 0xFE0F) ||
         in(cp, 0xFE20, 0xFE2F) || cp == 0xFF3F;
}

void append_upper(std::string& out, uint32_t cp) {
  switch (cp) {
    case 0xDF: out += "SS"; return;
    case 0xFB00: out += "FF"; return;
    case 0xFB01: out += "FI"; return;
    case 0xFB02: out += "FL"; return;
    case 0xFB03: out += "FFI"; return;
    case 0xFB04: out += "FFL"; return;
    case 0xFB05: case 0xFB06: out += "ST"; return;
    case 0x149: out += "\xCA\xBCN"; return;   // ŉ → ʼN
    // Letters whose uppercase needs a combining mark (SpecialCasing.txt).
    case 0x1F0: out += "J\xCC\x8C"; return;
    case 0x1E96: out += "H\xCC\xB1"; return;
    case 0x1E97: out += "T\xCC\x88"; return;
    case 0x1E98: out += "W\xCC\x8A"; return;
    case 0x1E99: out += "Y\xCC\x8A"; return;
    case 0x1E9A: out += "A\xCA\xBE"; return;
    case 0x390: out += "\xCE\x99\xCC\x88\xCC\x81"; return;
    case 0x3B0: out += "\xCE\xA5\xCC\x88\xCC\x81"; return;
    case 0x587: out += "\xD4\xB5\xD5\x92"; return;
    default: utf8_append(out, to_upper(cp));
  }
}

void append_lower(std::string& out, uint32_t cp) {
  if (cp == 0x130) { out += "i\xCC\x87"; return; }   // İ → i + combining dot above
  utf8_append(out, to_lower(cp));
}

void append_title(std::string& out, uint32_t cp) {
  switch (cp) {
    case 0x1C4: case 0x1C5: case 0x1C6: utf8_append(out, 0x1C5); return;
    case 0x1C7: case 0x1C8: case 0x1C9: utf8_append(out, 0x1C8); return;
    case 0x1CA: case 0x1CB: case 0x1CC: utf8_append(out, 0x1CB); return;
    case 0x1F1: case 0x1F2: case 0x1F3: utf8_append(out, 0x1F2); return;
    case 0xDF: out += "Ss"; return;
    case 0xFB00: out += "Ff"; return;
    case 0xFB01: out += "Fi"; return;
    case 0xFB02: out += "Fl"; return;
    default: append_upper(out, cp);
  }
}

void append_casefold(std::string& out, uint32_t cp) {
  switch (cp) {
    case 0xDF: out += "ss"; return;
    case 0x1E9E: out += "ss"; return;
    case 0xB5: utf8_append(out, 0x3BC); return;
    case 0x17F: out += 's'; return;
    case 0x3C2: utf8_append(out, 0x3C3); return;
    case 0xFB00: out += "ff"; return;
    case 0xFB01: out += "fi"; return;
    case 0xFB02: out += "fl"; return;
    default: append_lower(out, cp);
  }
}

}  // namespace coil::text
