// Raising Python exceptions from C++: builds the exception object and sets interp.exc.
// CPython's messages word for word; printf-style formatting for natives.
#include "runtime/error.h"

#include <cstdarg>
#include <cstdio>
#include <string>
#include "runtime/call.h"
#include "runtime/exception.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type_internal.h"

namespace coil {

namespace {

// Sets exc as pending. __context__ chaining is the VM's (at the frame that first sees the
// exception, with the handled exception of the running generator chain).
void set_pending(Interp& interp, Value exc) { interp.exc = exc; }

}  // namespace

Value raise_with_args(Interp& interp, Type* type, Tuple* args) {
  BaseException* e = exception_new(interp, type, args);
  if (e == nullptr) return Value::null();
  set_pending(interp, Value::object(e));
  return Value::null();
}

Value raise_str(Interp& interp, Type* type, const std::string& message) {
  Value s = str_value(interp, message);
  if (s.is_null()) return Value::null();
  Tuple* args = tuple_pack(interp, {s});
  if (args == nullptr) return Value::null();
  return raise_with_args(interp, type, args);
}

Value raise(Interp& interp, Type* type, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return raise_str(interp, type, fmt);
  if (size_t(n) < sizeof buf) return raise_str(interp, type, std::string(buf, size_t(n)));
  std::string big(size_t(n) + 1, '\0');
  va_start(ap, fmt);
  std::vsnprintf(big.data(), big.size(), fmt, ap);
  va_end(ap);
  big.resize(size_t(n));
  return raise_str(interp, type, big);
}

Value raise_value(Interp& interp, Value exc_or_type) {
  if (is_kind(exc_or_type, Kind::Type)) {
    Type* t = exc_or_type.as<Type>();
    if (!(t->type_flags & kTypeException) && !is_subtype(t, interp.exc_types.BaseException))
      return raise(interp, interp.exc_types.TypeError, "exceptions must derive from BaseException");
    Value inst = call(interp, exc_or_type, nullptr, 0);
    if (inst.is_null()) return inst;
    if (!is_exception(inst))
      return raise(interp, interp.exc_types.TypeError,
                   "calling %s should have returned an instance of BaseException, not %s",
                   type_qualified_name(interp, t).c_str(), type_name(interp, inst));
    set_pending(interp, inst);
    return Value::null();
  }
  if (!is_exception(exc_or_type))
    return raise(interp, interp.exc_types.TypeError, "exceptions must derive from BaseException");
  set_pending(interp, exc_or_type);
  return Value::null();
}

Value raise_key_error(Interp& interp, Value key) {
  Tuple* args = tuple_pack(interp, {key});
  if (args == nullptr) return Value::null();
  return raise_with_args(interp, interp.exc_types.KeyError, args);
}

Value raise_stop_iteration(Interp& interp, Value value) {
  Tuple* args = value.is_null() ? interp.empty_tuple : tuple_pack(interp, {value});
  if (args == nullptr) return Value::null();
  return raise_with_args(interp, interp.exc_types.StopIteration, args);
}

Value raise_no_memory(Interp& interp) {
  // No allocation: a MemoryError instance may not be makeable. Try once; fall back to the class.
  BaseException* e = exception_new(interp, interp.exc_types.MemoryError, interp.empty_tuple);
  interp.exc = e != nullptr ? Value::object(e) : Value::object(interp.exc_types.MemoryError);
  return Value::null();
}

Value raise_binop_type_error(Interp& interp, BinOp op, Value a, Value b) {
  if (op == BinOp::Pow)
    return raise(interp, interp.exc_types.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                 type_name(interp, a), type_name(interp, b));
  return raise(interp, interp.exc_types.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
               binop_symbol(op), type_name(interp, a), type_name(interp, b));
}

Value fetch_error(Interp& interp) {
  Value e = interp.exc;
  interp.exc = Value::null();
  return e;
}

void clear_error(Interp& interp) { interp.exc = Value::null(); }

bool error_matches(Interp& interp, Type* type) {
  Value e = interp.exc;
  if (e.is_null()) return false;
  if (is_kind(e, Kind::Type)) return is_subtype(e.as<Type>(), type);
  return isinstance(interp, e, type);
}

const char* type_name(Interp& interp, Value v) { return type_of(interp, v)->name->data; }

}  // namespace coil
