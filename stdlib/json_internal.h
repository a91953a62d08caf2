// Internal glue of the json module: the encoder (json_encode.cpp) and decoder
// (json_decode.cpp) entry points, called by the module functions in json.cpp.
#pragma once
#include <string>
#include "runtime/interpreter.h"

namespace coil {

struct JsonEncodeOptions {
  bool skipkeys = false;
  bool ensure_ascii = true;
  bool check_circular = true;
  bool allow_nan = true;
  bool sort_keys = false;
  bool has_indent = false;
  std::string indent;               // one level of indentation (when has_indent)
  std::string item_separator = ", ";
  std::string key_separator = ": ";
  Value default_fn;                 // null: TypeError "Object of type X is not JSON serializable"
};

// Appends the JSON text of v to out. False with an exception pending.
bool json_encode(Interp&, Value v, const JsonEncodeOptions& opts, std::string& out);

struct JsonDecodeOptions {
  Value object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;   // null = default
  Type* error_type = nullptr;       // json.JSONDecodeError
};

// Parses the whole document (a Str value). Null with JSONDecodeError (or what a hook raised).
Value json_decode(Interp&, Value doc, const JsonDecodeOptions& opts);

}  // namespace coil
