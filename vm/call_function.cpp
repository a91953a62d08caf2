// Calling Python code: argument binding with CPython's exact TypeError messages, cells and
// closures at frame entry, and the C++ entry points (call_function, run_code, run_class_body).
#include <string>
#include <vector>
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"
#include "vm/vm_internal.h"

namespace coil {

namespace {

bool str_same(Str* a, Str* b) { return a == b || str_equal(a, b); }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string format_names(const std::vector<Str*>& names) {
  auto q = [](Str* s) { return "'" + std::string(s->view()) + "'"; };
  size_t n = names.size();
  if (n == 1) return q(names[0]);
  if (n == 2) return q(names[0]) + " and " + q(names[1]);
  std::string out;
  for (size_t i = 0; i + 2 < n; i++) out += q(names[i]) + ", ";
  out += q(names[n - 2]) + ", and " + q(names[n - 1]);
  return out;
}

bool raise_missing(Interp& interp, Function* func, Value* L, bool positional, size_t defcount) {
  Code* co = func->code;
  size_t start, end;
  if (positional) {
    start = 0;
    end = size_t(co->argcount) - defcount;
  } else {
    start = size_t(co->argcount);
    end = start + size_t(co->kwonlyargcount);
  }
  std::vector<Str*> missing;
  for (size_t i = start; i < end; i++) {
    if (L[i].is_null()) missing.push_back(co->varnames->items[i].as<Str>());
  }
  std::string msg = std::string(func->qualname->view()) + "() missing " + std::to_string(missing.size()) +
                    " required " + (positional ? "positional" : "keyword-only") + " argument" +
                    (missing.size() == 1 ? "" : "s") + ": " + format_names(missing);
  raise_str(interp, interp.exc_types.TypeError, msg);
  return false;
}

bool raise_too_many_positional(Interp& interp, Function* func, Value* L, size_t given) {
  Code* co = func->code;
  size_t defcount = func->defaults ? func->defaults->size : 0;
  size_t kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
    if (!L[i].is_null()) kwonly_given++;
  }
  std::string sig;
  bool plural;
  if (defcount) {
    plural = true;
    sig = "from " + std::to_string(co->argcount - int(defcount)) + " to " + std::to_string(co->argcount);
  } else {
    plural = co->argcount != 1;
    sig = std::to_string(co->argcount);
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
  }
  std::string msg = std::string(func->qualname->view()) + "() takes " + sig + " positional argument" +
                    (plural ? "s" : "") + " but " + std::to_string(given) + kwonly_sig + " " +
                    (given == 1 && !kwonly_given ? "was" : "were") + " given";
  raise_str(interp, interp.exc_types.TypeError, msg);
  return false;
}

bool raise_posonly_as_keyword(Interp& interp, Function* func, Tuple* kwnames, size_t nkw) {
  Code* co = func->code;
  std::string names;
  for (int k = 0; k < co->posonlyargcount; k++) {
    Str* pname = co->varnames->items[k].as<Str>();
    for (size_t i = 0; i < nkw; i++) {
      Value kn = kwnames->items[i];
      if (is_str(kn) && str_same(kn.as<Str>(), pname)) {
        if (!names.empty()) names += ", ";
        names += pname->view();
        break;
      }
    }
  }
  if (names.empty()) return true;
  raise_str(interp, interp.exc_types.TypeError,
            std::string(func->qualname->view()) +
                "() got some positional-only arguments passed as keyword arguments: '" + names + "'");
  return false;
}

}  // namespace

bool frame_setup_cells(Interp& interp, Frame* frame, Function* f) {
  Code* co = frame->code;
  Value* L = frame->localsplus;
  size_t nl = size_t(co->nlocals);
  size_t ncells = co->cellvars ? co->cellvars->size : 0;
  size_t nfree = co->freevars ? co->freevars->size : 0;
  const auto& c2a = co->body->cell2arg;
  size_t nparams = size_t(co->argcount + co->kwonlyargcount) + ((co->code_flags & kCodeVarargs) ? 1 : 0) +
                   ((co->code_flags & kCodeVarkeywords) ? 1 : 0);
  for (size_t i = 0; i < ncells; i++) {
    Value init;
    if (c2a.size() == ncells) {
      if (c2a[i] >= 0) init = L[c2a[i]];
    } else {
      // No cell2arg table: a cell named like a parameter starts with the argument.
      Str* cname = co->cellvars->items[i].as<Str>();
      for (size_t p = 0; p < nparams && p < nl; p++) {
        if (str_same(co->varnames->items[p].as<Str>(), cname)) { init = L[p]; break; }
      }
    }
    Cell* c = cell_new(interp, init);
    if (c == nullptr) return false;
    L[nl + i] = Value::object(c);
  }
  if (nfree) {
    Tuple* closure = f ? f->closure : nullptr;
    for (size_t i = 0; i < nfree; i++) {
      if (closure != nullptr && i < closure->size) {
        L[nl + ncells + i] = closure->items[i];
      } else {
        Cell* c = cell_new(interp, Value::null());
        if (c == nullptr) return false;
        L[nl + ncells + i] = Value::object(c);
      }
    }
  }
  return true;
}

bool bind_arguments(Interp& interp, Function* func, Frame* frame, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* co = func->code;
  Value* L = frame->localsplus;
  size_t nkw = kwnames ? kwnames->size : 0;
  size_t argcount = nargs;   // positional; the keyword values follow
  const Value* kwvalues = args + argcount;
  size_t co_argcount = size_t(co->argcount);
  size_t total_args = co_argcount + size_t(co->kwonlyargcount);
  bool varargs = co->code_flags & kCodeVarargs;
  Dict* kwdict = nullptr;

  // Fast path: exact positional call, no keywords, no defaults needed.
  if (nkw == 0 && argcount == co_argcount && !varargs && !(co->code_flags & kCodeVarkeywords) &&
      co->kwonlyargcount == 0) {
    for (size_t i = 0; i < argcount; i++) L[i] = args[i];
    if (co->nlocalsplus() == size_t(co->nlocals)) return true;
    return frame_setup_cells(interp, frame, func);
  }

  if (co->code_flags & kCodeVarkeywords) {
    kwdict = dict_new(interp);
    if (kwdict == nullptr) return false;
    L[total_args + (varargs ? 1 : 0)] = Value::object(kwdict);
  }
  size_t n = argcount < co_argcount ? argcount : co_argcount;
  for (size_t i = 0; i < n; i++) L[i] = args[i];
  if (varargs) {
    Tuple* u = argcount > n ? tuple_from(interp, args + n, argcount - n) : interp.empty_tuple;
    if (u == nullptr) return false;
    L[total_args] = Value::object(u);
  }
  for (size_t i = 0; i < nkw; i++) {
    Value kn = kwnames->items[i];
    Value value = kwvalues[i];
    if (!is_str(kn)) {
      raise_str(interp, interp.exc_types.TypeError, std::string(func->qualname->view()) + "() keywords must be strings");
      return false;
    }
    Str* name = kn.as<Str>();
    size_t j = size_t(co->posonlyargcount);
    for (; j < total_args; j++) {
      if (co->varnames->items[j].as<Str>() == name) break;
    }
    if (j == total_args) {
      for (j = size_t(co->posonlyargcount); j < total_args; j++) {
        if (str_equal(co->varnames->items[j].as<Str>(), name)) break;
      }
    }
    if (j == total_args) {
      if (kwdict == nullptr) {
        if (co->posonlyargcount && !raise_posonly_as_keyword(interp, func, kwnames, nkw)) return false;
        raise(interp, interp.exc_types.TypeError, "%s() got an unexpected keyword argument '%s'",
              cstr(func->qualname), cstr(name));
        return false;
      }
      if (!dict_set(interp, kwdict, kn, value)) return false;
      continue;
    }
    if (!L[j].is_null()) {
      raise(interp, interp.exc_types.TypeError, "%s() got multiple values for argument '%s'",
            cstr(func->qualname), cstr(name));
      return false;
    }
    L[j] = value;
  }
  if (argcount > co_argcount && !varargs) return raise_too_many_positional(interp, func, L, argcount);
  if (argcount < co_argcount) {
    size_t defcount = func->defaults ? func->defaults->size : 0;
    size_t m = co_argcount - defcount;
    for (size_t i = argcount; i < m; i++) {
      if (L[i].is_null()) return raise_missing(interp, func, L, true, defcount);
    }
    for (size_t i = n > m ? n - m : 0; i < defcount; i++) {
      if (L[m + i].is_null()) L[m + i] = func->defaults->items[i];
    }
  }
  if (co->kwonlyargcount > 0) {
    bool missing = false;
    for (size_t i = co_argcount; i < total_args; i++) {
      if (!L[i].is_null()) continue;
      if (func->kwdefaults != nullptr) {
        Value d = dict_get_str(func->kwdefaults, co->varnames->items[i].as<Str>());
        if (!d.is_null()) { L[i] = d; continue; }
      }
      missing = true;
    }
    if (missing) return raise_missing(interp, func, L, false, 0);
  }
  return frame_setup_cells(interp, frame, func);
}

namespace {

// Pushes a frame for `code`, links it under the running frame and runs it to completion.
Value run_new_frame(Interp& interp, Frame* nf) {
  if (++interp.call_depth > interp.recursion_limit) {
    interp.call_depth--;
    frame_pop(vm_state(interp), nf);
    return raise(interp, interp.exc_types.RecursionError, "maximum recursion depth exceeded");
  }
  nf->back = interp.frame;
  nf->entry = FrameEntry::Entry;
  interp.frame = nf;
  ExitKind how;
  return run_frame(interp, nf, &how);
}

bool c_stack_ok(Interp& interp, VmState* vm) {
  if (!c_stack_exhausted(interp, vm)) return true;
  raise(interp, interp.exc_types.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  return false;
}

}  // namespace

Value call_function(Interp& interp, Function* f, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* code = f->code;
  if (code->code_flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) {
    Generator* g = generator_new(interp, f);
    if (g == nullptr) return Value::null();
    if (!bind_arguments(interp, f, g->frame(), args, nargs, kwnames)) {
      g->set_state(GenState::Closed);
      g->set_flag(kGenWarned, true);
      return Value::null();
    }
    return Value::object(g);
  }
  VmState* vm = vm_state(interp);
  if (!c_stack_ok(interp, vm)) return Value::null();
  if (kwnames == nullptr || kwnames->size == 0) {
    CodeCaches* fcc;
    Frame* nf = push_fast_frame(interp, vm, f, args, nargs, &fcc);   // counts the call depth
    if (nf != nullptr) {
      nf->back = interp.frame;
      nf->entry = FrameEntry::Entry;
      interp.frame = nf;
      ExitKind how;
      return run_frame(interp, nf, &how);
    }
  }
  Frame* nf = frame_push(interp, vm, code);
  if (nf == nullptr) return Value::null();
  frame_init(nf, code, f->globals, nullptr);
  nf->flags |= kFrameOnStack;
  if (!bind_arguments(interp, f, nf, args, nargs, kwnames)) {
    frame_pop(vm, nf);
    return Value::null();
  }
  return run_new_frame(interp, nf);
}

Value run_code(Interp& interp, Code* code, Dict* globals, Dict* locals) {
  VmState* vm = vm_state(interp);
  if (!c_stack_ok(interp, vm)) return Value::null();
  Frame* nf = frame_push(interp, vm, code);
  if (nf == nullptr) return Value::null();
  frame_init(nf, code, globals, locals != nullptr ? locals : globals);
  nf->flags |= kFrameOnStack;
  if (!frame_setup_cells(interp, nf, nullptr)) {
    frame_pop(vm, nf);
    return Value::null();
  }
  return run_new_frame(interp, nf);
}

Value run_class_body(Interp& interp, Function* body, Dict* ns) {
  VmState* vm = vm_state(interp);
  if (!c_stack_ok(interp, vm)) return Value::null();
  Code* code = body->code;
  Frame* nf = frame_push(interp, vm, code);
  if (nf == nullptr) return Value::null();
  frame_init(nf, code, body->globals, ns);
  nf->flags |= kFrameOnStack;
  if (!frame_setup_cells(interp, nf, body)) {
    frame_pop(vm, nf);
    return Value::null();
  }
  return run_new_frame(interp, nf);
}

}  // namespace coil
