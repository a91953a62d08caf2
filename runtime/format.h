// Formatting: the format-spec mini-language (format(), __format__, f-strings), str.format /
// format_map, printf-style `%` formatting for str and bytes, and ascii().
#pragma once
#include <string>
#include <string_view>
#include "runtime/interpreter.h"

namespace coil {

// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
struct FormatSpec {
  uint32_t fill = ' ';
  char align = 0;          // '<' '>' '^' '=' or 0 (type's default)
  char sign = 0;           // '+' '-' ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;  // '#'
  bool fill_given = false;
  bool zero_align = false;   // align '=' came from the '0' flag (strings ignore it)
  int64_t width = -1;
  char grouping = 0;       // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;           // presentation type or 0
};

// Parses spec; raises ValueError (CPython's messages, naming `type_name`) and returns false.
// default_type is the object's implicit presentation type ('d' int, 's' str, 0 float), which
// the ',' / '_' checks see when the spec has none.
bool parse_format_spec(Interp&, std::string_view spec, const char* type_name, FormatSpec* out,
                       char default_type = 0);

// The __format__ of the builtin types (spec already a C++ view). Raise ValueError on bad specs.
Value format_int(Interp&, Value v, std::string_view spec);     // int and bool
// type_name: what error messages call the object (a float subclass's name).
Value format_float(Interp&, double d, std::string_view spec, const char* type_name = "float");
Value format_str(Interp&, Value s, std::string_view spec);
// Appends format(v, spec) to out: fast for int/float/str, otherwise type(v).__format__.
bool format_into(Interp&, Value v, std::string_view spec, std::string& out);

// str.format(*args, **kwargs) on the template fmt; format_map uses `mapping` for names.
Value str_format(Interp&, std::string_view fmt, const Value* args, size_t nargs, Tuple* kwnames);
Value str_format_map(Interp&, std::string_view fmt, Value mapping);

// printf-style formatting: fmt % values (values: a single value, a tuple or a mapping).
Value percent_format(Interp&, std::string_view fmt, Value values);
Value bytes_percent_format(Interp&, std::string_view fmt, Value values);   // b'...' % values

// ascii(v): repr(v) with non-ASCII characters escaped (\xe9, \u20ac, \U0001f600).
Value ascii_of(Interp&, Value v);
std::string ascii_escape(std::string_view utf8);

// Registers str.format, str.format_map, str.__format__, str.__mod__/__rmod__ (format.cpp).
bool str_add_format_methods(Interp&, Type* str_type);

}  // namespace coil
