// Helpers for the object-model unit tests: making classes from C++ (native methods stand in
// for Python functions), calling, and reading str/repr results.
#pragma once
#include <gtest/gtest.h>
#include <initializer_list>
#include <string>
#include <utility>
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/interpreter.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

namespace coil::testing {

inline Value S(Interp& in, const char* s) { return str_value(in, s); }

// class `name`(*bases) with the given namespace entries and __module__ = '__main__'.
inline Value make_class(Interp& in, const char* name, std::initializer_list<Type*> bases,
                        std::initializer_list<std::pair<const char*, Value>> attrs = {}) {
  Dict* ns = dict_new(in);
  dict_set_str(in, ns, in.names.__module__, S(in, "__main__"));
  for (auto& [k, v] : attrs) dict_set_cstr(in, ns, k, v);
  std::vector<Value> bv;
  for (Type* b : bases) bv.push_back(Value::object(b));
  Tuple* bt = tuple_from(in, bv.data(), bv.size());
  return type_new_class(in, in.types.type, intern(in, name), bt, ns);
}

// A native method usable as a class attribute (binds like a Python function).
inline Value method(Interp& in, const char* name, NativeFn fn) {
  return Value::object(native_method_new(in, nullptr, name, fn));
}

inline Value new_instance(Interp& in, Value cls, std::initializer_list<Value> args = {}) {
  return call(in, cls, args);
}

inline std::string text(Interp& in, Value v) {
  if (v.is_null()) return "<null>";
  Value s = to_str(in, v);
  return s.is_null() ? "<error>" : std::string(s.as<Str>()->view());
}

inline std::string repr_text(Interp& in, Value v) {
  if (v.is_null()) return "<null>";
  Value s = repr(in, v);
  return s.is_null() ? "<error>" : std::string(s.as<Str>()->view());
}

// "TypeError: msg" of the pending exception (and clears it).
inline std::string error_text(Interp& in) {
  Value e = fetch_error(in);
  if (e.is_null()) return "<no error>";
  std::string s = format_exception_only(in, e);
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

}  // namespace coil::testing
