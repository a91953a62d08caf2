// The format() protocol entry (fast paths for the builtin types, else type(v).__format__),
// ascii(), and the str methods that format: format, format_map, __format__, __mod__, __rmod__.
#include "runtime/format.h"

#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/text.h"
#include "runtime/type.h"

namespace coil {

namespace {

bool exact(Interp& interp, Value v, Type* t) { return v.is_object() && v.as_object()->type == t; }

}  // namespace

Value format(Interp& interp, Value v, Value spec) {
  std::string_view s;
  if (!spec.is_null()) {
    if (!is_str(spec))
      return raise(interp, interp.exc_types.TypeError, "format() argument 2 must be str, not %s", type_name(interp, spec));
    s = spec.as<Str>()->view();
  }
  // Builtin fast paths (exact types only: a subclass may override __format__).
  if (v.is_small_int() || exact(interp, v, interp.types.int_)) return format_int(interp, v, s);
  if (exact(interp, v, interp.types.float_)) return format_float(interp, float_value(v), s);
  if (exact(interp, v, interp.types.str)) return format_str(interp, v, s);
  if (v.is_bool() && s.empty()) return to_str(interp, v);
  Value meth = lookup_special(interp, v, interp.names.__format__);
  if (meth.is_null()) {
    if (interp.has_error()) return Value::null();
    if (s.empty()) return to_str(interp, v);
    return raise(interp, interp.exc_types.TypeError, "unsupported format string passed to %s.__format__",
                 type_name(interp, v));
  }
  Value sv = spec.is_null() ? Value::object(interp.empty_str) : spec;
  Value r = call_special(interp, v, interp.names.__format__, {sv});
  if (r.is_null()) return r;
  if (!is_str(r))
    return raise(interp, interp.exc_types.TypeError, "__format__ must return a str, not %s", type_name(interp, r));
  return r;
}

bool format_into(Interp& interp, Value v, std::string_view spec, std::string& out) {
  if (spec.empty() && is_str(v) && exact(interp, v, interp.types.str)) {
    out.append(v.as<Str>()->view());
    return true;
  }
  Value sv = spec.empty() ? Value::object(interp.empty_str) : str_value(interp, spec);
  if (sv.is_null()) return false;
  Value r = format(interp, v, sv);
  if (r.is_null()) return false;
  out.append(r.as<Str>()->view());
  return true;
}

std::string ascii_escape(std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    if (static_cast<unsigned char>(*p) < 0x80) { out += *p++; continue; }
    uint32_t cp = text::utf8_next(p);
    int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    out += '\\';
    out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int i = digits - 1; i >= 0; i--) out += hex[(cp >> (4 * i)) & 0xF];
  }
  return out;
}

Value ascii_of(Interp& interp, Value v) {
  Value r = repr(interp, v);
  if (r.is_null()) return r;
  Str* s = r.as<Str>();
  if (s->is_ascii()) return r;
  return str_value(interp, ascii_escape(s->view()));
}

namespace {

Value m_format(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Str* self = str_self(interp, args, nargs, "format");
  if (self == nullptr) return Value::null();
  return str_format(interp, self->view(), args + 1, nargs - 1, kw);
}

Value m_format_map(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "format_map", kw)) return Value::null();
  if (nargs != 2)
    return raise(interp, interp.exc_types.TypeError, "format_map() takes exactly one argument (%d given)", int(nargs) - 1);
  Str* self = str_self(interp, args, nargs, "format_map");
  if (self == nullptr) return Value::null();
  return str_format_map(interp, self->view(), args[1]);
}

Value m_dunder_format(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "__format__", kw) || !check_nargs(interp, "__format__", nargs - 1, 1, 1)) return Value::null();
  Str* self = str_self(interp, args, nargs, "__format__");
  if (self == nullptr) return Value::null();
  if (!is_str(args[1]))
    return raise(interp, interp.exc_types.TypeError, "__format__() argument must be str, not %s", type_name(interp, args[1]));
  return format_str(interp, args[0], args[1].as<Str>()->view());
}

Value m_mod(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "__mod__", kw) || !check_nargs(interp, "__mod__", nargs - 1, 1, 1)) return Value::null();
  Str* self = str_self(interp, args, nargs, "__mod__");
  if (self == nullptr) return Value::null();
  return percent_format(interp, self->view(), args[1]);
}

Value m_rmod(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "__rmod__", kw) || !check_nargs(interp, "__rmod__", nargs - 1, 1, 1)) return Value::null();
  if (!is_str(args[1])) return interp.not_implemented;
  return percent_format(interp, args[1].as<Str>()->view(), args[0]);
}

const MethodDef kFormatMethods[] = {
  {"format", m_format}, {"format_map", m_format_map}, {"__format__", m_dunder_format},
  {"__mod__", m_mod}, {"__rmod__", m_rmod},
};

}  // namespace

bool str_add_format_methods(Interp& interp, Type* t) {
  return add_methods(interp, t, kFormatMethods, sizeof kFormatMethods / sizeof kFormatMethods[0]);
}

}  // namespace coil
