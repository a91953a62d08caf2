// The json module: dumps/dump/loads/load and json.JSONDecodeError (a ValueError subclass
// created per interpreter as a heap class, shown as json.decoder.JSONDecodeError).
#include <string>

#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/bytes.h"
#include "runtime/function.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "stdlib/json_internal.h"

namespace coil {

namespace {

// JSONDecodeError.__init__(self, msg, doc, pos): "msg: line L column C (char P)".
Value decode_error_init(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  const ArgSpec spec{"JSONDecodeError", {"msg", "doc", "pos"}, 3};
  if (nargs < 1 || !is_exception(args[0])) return raise(interp, interp.exc_types.TypeError, "bad JSONDecodeError");
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  if (!is_str(a[0]) || !is_str(a[1])) return raise(interp, interp.exc_types.TypeError, "JSONDecodeError expects str msg and doc");
  int64_t pos;
  if (!to_index(interp, a[2], &pos)) return Value();
  std::string_view doc = a[1].as<Str>()->view();
  // Count lines and the last newline before pos (pos is in characters).
  int64_t chars = 0, lineno = 1, last_nl = -1;
  for (size_t i = 0; i < doc.size() && chars < pos; i++) {
    unsigned char c = static_cast<unsigned char>(doc[i]);
    if ((c & 0xC0) == 0x80) continue;
    if (c == '\n') { lineno++; last_nl = chars; }
    chars++;
  }
  int64_t colno = pos - last_nl;
  std::string msg(a[0].as<Str>()->view());
  std::string text = msg + ": line " + std::to_string(lineno) + " column " + std::to_string(colno) + " (char " +
                     std::to_string(pos) + ")";
  Value t = str_value(interp, text);
  if (t.is_null()) return Value();
  Tuple* eargs = tuple_pack(interp, {t});
  if (eargs == nullptr) return raise_no_memory(interp);
  args[0].as<BaseException>()->args = eargs;
  Value self = args[0];
  if (setattr(interp, self, intern(interp, "msg"), a[0]) < 0 || setattr(interp, self, intern(interp, "doc"), a[1]) < 0 ||
      setattr(interp, self, intern(interp, "pos"), a[2]) < 0 ||
      setattr(interp, self, intern(interp, "lineno"), make_int(interp, lineno)) < 0 ||
      setattr(interp, self, intern(interp, "colno"), make_int(interp, colno)) < 0) {
    return Value();
  }
  return Value::none();
}

bool flag(Interp& interp, Value v, bool deflt, bool* out) {
  if (v.is_null()) { *out = deflt; return true; }
  int t = truthy(interp, v);
  if (t < 0) return false;
  *out = t;
  return true;
}

// dumps(obj, *, skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys)
bool dump_text(Interp& interp, Value obj, const Value* a, std::string& out) {
  JsonEncodeOptions o;
  if (!flag(interp, a[0], false, &o.skipkeys) || !flag(interp, a[1], true, &o.ensure_ascii) ||
      !flag(interp, a[2], true, &o.check_circular) || !flag(interp, a[3], true, &o.allow_nan) ||
      !flag(interp, a[8], false, &o.sort_keys)) {
    return false;
  }
  Value indent = a[5];
  if (!indent.is_null() && !indent.is_none()) {
    o.has_indent = true;
    if (is_str(indent)) {
      o.indent = indent.as<Str>()->view();
    } else {
      int64_t n;
      if (!to_index(interp, indent, &n)) return false;
      o.indent.assign(n > 0 ? size_t(n) : 0, ' ');
    }
    o.item_separator = ",";
  }
  Value seps = a[6];
  if (!seps.is_null() && !seps.is_none()) {
    Value pair[2];
    if (!unpack_iterable(interp, seps, 2, pair)) return false;
    if (!is_str(pair[0]) || !is_str(pair[1])) {
      raise(interp, interp.exc_types.TypeError, "separators must be a pair of strings");
      return false;
    }
    o.item_separator = pair[0].as<Str>()->view();
    o.key_separator = pair[1].as<Str>()->view();
  }
  if (!a[7].is_null() && !a[7].is_none()) o.default_fn = a[7];
  return json_encode(interp, obj, o, out);
}

Value j_dumps(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[10];
  const ArgSpec spec{"dumps",
                     {"obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators",
                      "default", "sort_keys"},
                     1, 0, 1};
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  std::string out;
  if (!dump_text(interp, a[0], a + 1, out)) return Value();
  return str_value(interp, out);
}

Value j_dump(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[11];
  const ArgSpec spec{"dump",
                     {"obj", "fp", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent",
                      "separators", "default", "sort_keys"},
                     2, 0, 2};
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  std::string out;
  if (!dump_text(interp, a[0], a + 2, out)) return Value();
  Value s = str_value(interp, out);
  if (s.is_null()) return Value();
  if (call_method(interp, a[1], interp.names.write, {s}).is_null()) return Value();
  return Value::none();
}

Value decode_with(Interp& interp, Dict* module, Value s, const Value* hooks) {
  Value text = s;
  if (!is_str(s)) {
    if (is_bytes_like(interp, s)) {
      text = bytes_decode(interp, s, Value(), Value());
      if (text.is_null()) return Value();
    } else {
      return raise(interp, interp.exc_types.TypeError, "the JSON object must be str, bytes or bytearray, not %s",
                   type_name(interp, s));
    }
  }
  JsonDecodeOptions o;
  Value err = dict_get_cstr(interp, module, "JSONDecodeError");
  if (err.is_null() || !is_kind(err, Kind::Type)) return raise(interp, interp.exc_types.RuntimeError, "json.JSONDecodeError is missing");
  o.error_type = err.as<Type>();
  auto hook = [](Value v) { return (v.is_null() || v.is_none()) ? Value() : v; };
  o.object_hook = hook(hooks[1]);
  o.parse_float = hook(hooks[2]);
  o.parse_int = hook(hooks[3]);
  o.parse_constant = hook(hooks[4]);
  o.object_pairs_hook = hook(hooks[5]);
  return json_decode(interp, text, o);
}

// loads(s, *, cls, object_hook, parse_float, parse_int, parse_constant, object_pairs_hook)
Value j_loads(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[7];
  const ArgSpec spec{"loads", {"s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"}, 1, 0, 1};
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  return decode_with(interp, args[0].as<Dict>(), a[0], a + 1);
}

Value j_load(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[7];
  const ArgSpec spec{"load", {"fp", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"}, 1, 0, 1};
  if (!parse_args(interp, spec, args + 1, nargs - 1, kw, a)) return Value();
  Value text = call_method(interp, a[0], intern(interp, "read"), {});
  if (text.is_null()) return Value();
  return decode_with(interp, args[0].as<Dict>(), text, a + 1);
}

struct BoundDef { const char* name; NativeFn fn; };
const BoundDef kJsonFunctions[] = {
    {"dumps", j_dumps}, {"dump", j_dump}, {"loads", j_loads}, {"load", j_load},
};

}  // namespace

bool init_json_module(Interp& interp, Module* m) {
  Dict* d = m->dict;
  // class JSONDecodeError(ValueError), with CPython's __init__(msg, doc, pos).
  Dict* ns = dict_new(interp);
  if (ns == nullptr) return false;
  NativeFunction* init = native_method_new(interp, interp.exc_types.ValueError, "__init__", decode_error_init);
  if (init == nullptr || !dict_set_str(interp, ns, interp.names.__init__, Value::object(init)) ||
      !dict_set_str(interp, ns, interp.names.__module__, str_value(interp, "json.decoder")) ||
      !dict_set_str(interp, ns, interp.names.__doc__, str_value(interp, "Subclass of ValueError with the following additional properties:\n\nmsg: The unformatted error message\ndoc: The JSON document being parsed\npos: The start index of doc where parsing failed\nlineno: The line corresponding to pos\ncolno: The column corresponding to pos\n"))) {
    return false;
  }
  Tuple* bases = tuple_pack(interp, {Value::object(interp.exc_types.ValueError)});
  if (bases == nullptr) return false;
  Value cls = type_new_class(interp, interp.types.type, intern(interp, "JSONDecodeError"), bases, ns);
  if (cls.is_null() || !dict_set_cstr(interp, d, "JSONDecodeError", cls)) return false;
  // The functions find JSONDecodeError through the module dict bound as their self.
  for (const BoundDef& def : kJsonFunctions) {
    NativeFunction* f = native_function_new(interp, def.name, def.fn, Value::object(d));
    if (f == nullptr || !dict_set_cstr(interp, d, def.name, Value::object(f))) return false;
  }
  return true;
}

}  // namespace coil
