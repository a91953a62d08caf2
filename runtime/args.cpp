// Argument binding for native functions (runtime/call.h): parse_args, check_no_kwargs,
// check_nargs, with the exact messages of CPython 3.11's argument clinic and getargs.c.
//
// Naming convention for `func_name` (so one helper can produce CPython's differing texts):
//  * parse_args / check_no_kwargs: the bare name ("round"); "()" is appended in messages.
//    A name that already ends in "()" is used as is.
//  * check_nargs: a name ending in "()" selects the METH_O / METH_NOARGS wording
//    ("len() takes exactly one argument (2 given)", "globals() takes no arguments (1 given)");
//    a bare name selects _PyArg_CheckPositional's ("getattr expected at least 2 arguments, got 1").
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

// "round" -> "round()", "len()" stays.
std::string call_name(const char* name) {
  std::string s = name ? name : "function";
  if (s.size() < 2 || s.compare(s.size() - 2, 2, "()") != 0) s += "()";
  return s;
}

bool raise_fmt(Interp& interp, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
bool raise_fmt(Interp& interp, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  raise_str(interp, interp.exc_types.TypeError, buf);
  return false;
}

bool name_is(const Str* s, const char* name) {
  size_t n = strlen(name);
  return s->size == n && memcmp(s->data, name, n) == 0;
}

}  // namespace

bool parse_args(Interp& interp, const ArgSpec& spec, const Value* args, size_t nargs, Tuple* kwnames,
                Value* out) {
  const int total = int(spec.names.size());
  const char* const* names = spec.names.begin();
  const int maxpos = spec.keyword_only_from < 0 ? total : spec.keyword_only_from;
  const int minpos = spec.required < maxpos ? spec.required : maxpos;
  const int posonly = spec.positional_only;
  const int minposonly = posonly < minpos ? posonly : minpos;
  const size_t nkw = kwnames ? kwnames->size : 0;
  for (int i = 0; i < total; i++) out[i] = Value::null();

  // Fast path: positional only, within range.
  if (nkw == 0 && int(nargs) >= minpos && int(nargs) <= maxpos && spec.required <= maxpos) {
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    return true;
  }
  // Only the error messages need the name: building it costs more than the fast path.
  std::string fname = call_name(spec.func_name);
  if (int(nargs + nkw) > total) {
    return raise_fmt(interp, "%s takes at most %d %sargument%s (%zu given)", fname.c_str(), total,
                     nargs == 0 ? "keyword " : "", total == 1 ? "" : "s", nargs + nkw);
  }
  if (int(nargs) > maxpos) {
    if (maxpos == 0) return raise_fmt(interp, "%s takes no positional arguments", fname.c_str());
    return raise_fmt(interp, "%s takes %s %d positional argument%s (%zu given)", fname.c_str(),
                     minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
  }
  if (int(nargs) < minposonly) {
    return raise_fmt(interp, "%s takes %s %d positional argument%s (%zu given)", fname.c_str(),
                     minposonly < maxpos ? "at least" : "exactly", minposonly,
                     minposonly == 1 ? "" : "s", nargs);
  }
  for (size_t i = 0; i < nargs; i++) out[i] = args[i];

  // Keyword arguments, driven by the parameter list as CPython's _PyArg_UnpackKeywords.
  size_t remaining = nkw;
  const Value* kwvalues = args + nargs;
  for (int i = int(nargs) > posonly ? int(nargs) : posonly; i < total; i++) {
    Value found;
    if (remaining) {
      for (size_t k = 0; k < nkw; k++) {
        if (name_is(kwnames->items[k].as<Str>(), names[i])) { found = kwvalues[k]; break; }
      }
    } else if (i >= spec.required) {
      break;
    }
    out[i] = found;
    if (!found.is_null()) {
      remaining--;
    } else if (i < spec.required) {
      return raise_fmt(interp, "%s missing required argument '%s' (pos %d)", fname.c_str(), names[i],
                       i + 1);
    }
  }
  if (remaining > 0) {
    // Given by name and by position?
    for (int i = posonly; i < int(nargs); i++) {
      for (size_t k = 0; k < nkw; k++) {
        if (name_is(kwnames->items[k].as<Str>(), names[i])) {
          return raise_fmt(interp, "argument for %s given by name ('%s') and position (%d)", fname.c_str(),
                           names[i], i + 1);
        }
      }
    }
    // The first keyword that matches no keyword-capable parameter.
    for (size_t k = 0; k < nkw; k++) {
      Str* kn = kwnames->items[k].as<Str>();
      bool known = false;
      for (int i = posonly; i < total; i++) {
        if (name_is(kn, names[i])) { known = true; break; }
      }
      if (!known) {
        std::string key(kn->view());
        return raise_fmt(interp, "'%s' is an invalid keyword argument for %s", key.c_str(), fname.c_str());
      }
    }
  }
  return true;
}

bool check_no_kwargs(Interp& interp, const char* func_name, Tuple* kwnames) {
  if (kwnames == nullptr || kwnames->size == 0) return true;
  return raise_fmt(interp, "%s takes no keyword arguments", call_name(func_name).c_str());
}

bool check_nargs(Interp& interp, const char* func_name, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  size_t len = strlen(func_name);
  bool meth_style = len >= 2 && strcmp(func_name + len - 2, "()") == 0;
  if (meth_style) {
    if (max == 0) return raise_fmt(interp, "%s takes no arguments (%zu given)", func_name, nargs);
    if (min == max) {
      if (min == 1) return raise_fmt(interp, "%s takes exactly one argument (%zu given)", func_name, nargs);
      return raise_fmt(interp, "%s takes exactly %zu arguments (%zu given)", func_name, min, nargs);
    }
    if (nargs < min) {
      return raise_fmt(interp, "%s takes at least %zu argument%s (%zu given)", func_name, min,
                       min == 1 ? "" : "s", nargs);
    }
    return raise_fmt(interp, "%s takes at most %zu argument%s (%zu given)", func_name, max,
                     max == 1 ? "" : "s", nargs);
  }
  if (nargs < min) {
    return raise_fmt(interp, "%s expected %s%zu argument%s, got %zu", func_name, min == max ? "" : "at least ",
                     min, min == 1 ? "" : "s", nargs);
  }
  return raise_fmt(interp, "%s expected %s%zu argument%s, got %zu", func_name, min == max ? "" : "at most ", max,
                   max == 1 ? "" : "s", nargs);
}

}  // namespace coil
