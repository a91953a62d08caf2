// String and bytes escape decoding, following CPython 3.11's unicode_escape and
// _PyBytes_DecodeEscape (unknown escapes are kept verbatim, as CPython does without -W error).
#include "lexer/string_decode.h"

#include <cstdio>

#include "lexer/utf8.h"

namespace coil::lexer {

StringToken split_string_token(std::string_view t) {
  StringToken s;
  size_t i = 0;
  while (i < t.size() && t[i] != '\'' && t[i] != '"') {
    char c = t[i] | 0x20;
    if (c == 'b') s.is_bytes = true;
    else if (c == 'r') s.is_raw = true;
    else if (c == 'f') s.is_fstring = true;
    else if (c == 'u') s.is_u = true;
    i++;
  }
  char q = t[i];
  s.quote_size = (t.size() >= i + 6 && t[i + 1] == q && t[i + 2] == q) ? 3 : 1;
  s.body_offset = i + static_cast<size_t>(s.quote_size);
  s.body = t.substr(s.body_offset, t.size() - s.body_offset - static_cast<size_t>(s.quote_size));
  return s;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// CPython hands the decoder a copy in which every non-ASCII character became "\UXXXXXXXX"
// (10 bytes) and a backslash before one became "\u005c" (6 bytes); error positions count
// bytes of that copy, so we translate our offsets the same way.
size_t cpython_position(std::string_view body, size_t upto) {
  size_t pos = 0;
  for (size_t i = 0; i < upto && i < body.size();) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c == '\\' && i + 1 < body.size() && (static_cast<unsigned char>(body[i + 1]) & 0x80)) {
      pos += 6;
      i++;
      continue;
    }
    if (c & 0x80) {
      int len;
      decode_utf8(body, i, &len);
      pos += 10;
      i += static_cast<size_t>(len);
      continue;
    }
    pos++;
    i++;
  }
  return pos;
}

bool unicode_error(std::string_view body, size_t start, size_t end, const char* why,
                   DecodeError* err) {
  size_t s = cpython_position(body, start), e = cpython_position(body, end);
  char buf[160];
  if (e - s <= 1)
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position "
                  "%zu: %s",
                  static_cast<unsigned char>(body[start]), s, why);
  else
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                  "%zu-%zu: %s",
                  s, e - 1, why);
  err->message = buf;
  err->at_token = false;
  return false;
}

}  // namespace

bool decode_str(std::string_view body, bool raw, std::string& out, DecodeError* err) {
  if (raw) {
    out.append(body);
    return true;
  }
  size_t i = 0, n = body.size();
  while (i < n) {
    size_t run = i;
    while (run < n && body[run] != '\\') run++;
    out.append(body.substr(i, run - i));
    i = run;
    if (i >= n) break;
    size_t start = i;
    i++;  // the backslash
    if (i >= n) {
      out.push_back('\\');
      break;
    }
    char c = body[i++];
    switch (c) {
      case '\n': break;  // line continuation inside the literal
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 't': out.push_back('\t'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 'v': out.push_back('\v'); break;
      case 'a': out.push_back('\a'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(c - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++)
          v = v * 8 + static_cast<uint32_t>(body[i++] - '0');
        append_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* why = c == 'x' ? "truncated \\xXX escape"
                        : c == 'u' ? "truncated \\uXXXX escape"
                                   : "truncated \\UXXXXXXXX escape";
        uint32_t v = 0;
        for (; count; count--, i++) {
          if (i >= n) return unicode_error(body, start, i, why, err);
          int h = hex_value(body[i]);
          if (h < 0) return unicode_error(body, start, i, why, err);
          v = (v << 4) | static_cast<uint32_t>(h);
        }
        if (v > 0x10FFFF) return unicode_error(body, start, i, "illegal Unicode character", err);
        append_utf8(out, v);
        break;
      }
      case 'N': {
        const char* why = "malformed \\N character escape";
        if (i >= n) return unicode_error(body, start, i, why, err);
        if (body[i] != '{') return unicode_error(body, start, i, why, err);
        size_t name_start = ++i;
        while (i < n && body[i] != '}') i++;
        if (i >= n) return unicode_error(body, start, i, why, err);
        if (i == name_start) return unicode_error(body, start, i, why, err);
        int32_t cp = lookup_unicode_name(body.substr(name_start, i - name_start));
        i++;
        if (cp < 0) return unicode_error(body, start, i, "unknown Unicode character name", err);
        append_utf8(out, static_cast<uint32_t>(cp));
        break;
      }
      default:
        // Unknown escape: kept as written (CPython only warns).
        out.push_back('\\');
        i--;
        break;
    }
  }
  return true;
}

bool decode_bytes(std::string_view body, bool raw, std::string& out, DecodeError* err) {
  for (char c : body) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      err->message = "bytes can only contain ASCII literal characters";
      err->at_token = true;
      return false;
    }
  }
  if (raw) {
    out.append(body);
    return true;
  }
  size_t i = 0, n = body.size();
  while (i < n) {
    char c = body[i++];
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    size_t start = i - 1;
    if (i >= n) {
      out.push_back('\\');
      break;
    }
    c = body[i++];
    switch (c) {
      case '\n': break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 't': out.push_back('\t'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 'v': out.push_back('\v'); break;
      case 'a': out.push_back('\a'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = static_cast<unsigned>(c - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++)
          v = v * 8 + static_cast<unsigned>(body[i++] - '0');
        out.push_back(static_cast<char>(v & 0xFF));
        break;
      }
      case 'x': {
        int h1 = i < n ? hex_value(body[i]) : -1;
        int h2 = i + 1 < n ? hex_value(body[i + 1]) : -1;
        if (h1 < 0 || h2 < 0) {
          err->message = "(value error) invalid \\x escape at position " + std::to_string(start);
          err->at_token = false;
          return false;
        }
        out.push_back(static_cast<char>((h1 << 4) | h2));
        i += 2;
        break;
      }
      default:
        out.push_back('\\');
        i--;
        break;
    }
  }
  return true;
}

}  // namespace coil::lexer
