// Argument-count checks for the VM's native methods, with the wording CPython uses for each
// calling convention (METH_NOARGS / METH_O / fastcall with positional limits / slot wrappers).
#pragma once
#include <string>
#include "runtime/error.h"
#include "runtime/tuple.h"

namespace coil {

// "generator.send"
inline std::string method_label(Interp& interp, Value self, const char* meth) {
  return std::string(type_name(interp, self)) + "." + meth;
}

inline bool check_kw_none(Interp& interp, Value self, const char* meth, Tuple* kw) {
  if (kw == nullptr || kw->size == 0) return true;
  raise_str(interp, interp.exc_types.TypeError, method_label(interp, self, meth) + "() takes no keyword arguments");
  return false;
}

// METH_NOARGS: "generator.close() takes no arguments (1 given)"
inline bool check_meth_noargs(Interp& interp, const Value* args, size_t nargs, Tuple* kw, const char* meth) {
  if (!check_kw_none(interp, args[0], meth, kw)) return false;
  if (nargs == 1) return true;
  raise_str(interp, interp.exc_types.TypeError, method_label(interp, args[0], meth) + "() takes no arguments (" +
                                                    std::to_string(nargs - 1) + " given)");
  return false;
}

// METH_O: "generator.send() takes exactly one argument (0 given)"
inline bool check_meth_o(Interp& interp, const Value* args, size_t nargs, Tuple* kw, const char* meth) {
  if (!check_kw_none(interp, args[0], meth, kw)) return false;
  if (nargs == 2) return true;
  raise_str(interp, interp.exc_types.TypeError, method_label(interp, args[0], meth) +
                                                    "() takes exactly one argument (" + std::to_string(nargs - 1) +
                                                    " given)");
  return false;
}

// Slot wrappers (__next__, __iter__, __await__): "expected 0 arguments, got 1"
inline bool check_wrapper_noargs(Interp& interp, const Value* args, size_t nargs, Tuple* kw, const char* meth) {
  if (!check_kw_none(interp, args[0], meth, kw)) return false;
  if (nargs == 1) return true;
  raise_str(interp, interp.exc_types.TypeError, "expected 0 arguments, got " + std::to_string(nargs - 1));
  return false;
}

// Fastcall positional range: "throw expected at least 1 argument, got 0"
inline bool check_positional(Interp& interp, const Value* args, size_t nargs, Tuple* kw, const char* meth,
                             size_t min, size_t max) {
  if (!check_kw_none(interp, args[0], meth, kw)) return false;
  size_t n = nargs - 1;
  if (n >= min && n <= max) return true;
  bool few = n < min;
  size_t lim = few ? min : max;
  raise_str(interp, interp.exc_types.TypeError,
            std::string(meth) + " expected " + (min == max ? "" : few ? "at least " : "at most ") +
                std::to_string(lim) + " argument" + (lim == 1 ? "" : "s") + ", got " + std::to_string(n));
  return false;
}

}  // namespace coil
