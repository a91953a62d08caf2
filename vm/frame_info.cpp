// Questions natives ask about the running Python frame: its position, globals(), locals(),
// and the implicit arguments of zero-argument super().
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"
#include "vm/vm_internal.h"

namespace coil {

CodePosition current_code_position(Interp& interp) {
  Frame* f = interp.frame;
  if (f == nullptr || f->code == nullptr) return CodePosition{nullptr, -1, 0};
  int idx = f->current_index();
  int line = idx < 0 ? f->code->firstlineno : code_position(f->code, size_t(idx)).line;
  return CodePosition{f->code, idx, line};
}

Dict* current_globals(Interp& interp) {
  return interp.frame != nullptr ? interp.frame->globals : nullptr;
}

Value current_locals(Interp& interp) { return frame_locals(interp, interp.frame); }

Value frame_locals(Interp& interp, Frame* f) {
  if (f == nullptr) return Value::none();
  if (f->locals() != nullptr) return Value::object(f->locals());
  Dict* d = dict_new(interp);
  if (d == nullptr) return raise_no_memory(interp);
  Code* c = f->code;
  size_t nl = size_t(c->nlocals);
  size_t n = c->nlocalsplus();
  for (size_t i = 0; i < n; i++) {
    Value v = f->localsplus[i];
    if (i >= nl) {
      if (!is_kind(v, Kind::Cell)) continue;
      v = v.as<Cell>()->value;
    }
    if (v.is_null()) continue;
    if (!dict_set_str(interp, d, localsplus_name(c, i), v)) return Value::null();
  }
  return Value::object(d);
}

bool current_super_args(Interp& interp, Value* type, Value* self) {
  Frame* f = interp.frame;
  if (f == nullptr || f->code == nullptr) {
    raise(interp, interp.exc_types.RuntimeError, "super(): no current frame");
    return false;
  }
  Code* c = f->code;
  if (c->argcount == 0 && !(c->code_flags & kCodeVarargs)) {
    raise(interp, interp.exc_types.RuntimeError, "super(): no arguments");
    return false;
  }
  Value first = f->localsplus[0];
  // The first argument may also be a cell variable (captured by a closure): use the cell.
  size_t ncells = c->cellvars ? c->cellvars->size : 0;
  Str* argname = c->nlocals > 0 ? c->varnames->items[0].as<Str>() : nullptr;
  for (size_t i = 0; argname != nullptr && i < ncells; i++) {
    Str* cn = c->cellvars->items[i].as<Str>();
    if (cn == argname || str_equal(cn, argname)) {
      Value cell = f->localsplus[size_t(c->nlocals) + i];
      if (is_kind(cell, Kind::Cell) && !cell.as<Cell>()->value.is_null()) first = cell.as<Cell>()->value;
      break;
    }
  }
  if (c->argcount == 0 && is_kind(first, Kind::Tuple)) {
    // def f(*args): super() uses args[0].
    Tuple* t = first.as<Tuple>();
    first = t->size > 0 ? t->items[0] : Value::null();
  }
  if (first.is_null()) {
    raise(interp, interp.exc_types.RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  size_t nfree = c->freevars ? c->freevars->size : 0;
  for (size_t i = 0; i < nfree; i++) {
    Str* fn = c->freevars->items[i].as<Str>();
    if (fn == interp.names.__class__ || str_equal(fn, interp.names.__class__)) {
      Value cell = f->localsplus[size_t(c->nlocals) + ncells + i];
      Value cls = is_kind(cell, Kind::Cell) ? cell.as<Cell>()->value : Value::null();
      if (cls.is_null()) {
        raise(interp, interp.exc_types.RuntimeError, "super(): empty __class__ cell");
        return false;
      }
      if (!is_kind(cls, Kind::Type)) {
        raise(interp, interp.exc_types.RuntimeError, "super(): __class__ is not a type (%s)", type_name(interp, cls));
        return false;
      }
      *type = cls;
      *self = first;
      return true;
    }
  }
  raise(interp, interp.exc_types.RuntimeError, "super(): __class__ cell not found");
  return false;
}

}  // namespace coil
