// The traceback and frame types: tb_next/tb_lineno/tb_frame, and Python-visible frame objects
// (snapshots of a frame's code and position; a generator's frame follows the generator live).
#include <cstdio>
#include <string>
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "vm/vm.h"
#include "vm/vm_internal.h"
#include "vm/vm_types.h"

namespace coil {

namespace {

struct FrameObject : Object {   // Kind::Native, type frame
  Value gen;                    // the generator whose frame this shows live, or null
  Code* code;
  Dict* globals;
  Value locals;                 // a dict, or null (made on demand)
  Value back;                   // f_back (sys._getframe chains snapshots), or null → None
  int32_t line;
  int32_t instruction;
};

FrameObject* frame_snapshot(Interp& interp, Code* code, Dict* globals, int32_t instruction) {
  auto* fo = gc_new<FrameObject>(interp.heap, interp.types.frame, Kind::Native);
  if (fo == nullptr) {
    raise_no_memory(interp);
    return nullptr;
  }
  fo->code = code;
  fo->globals = globals;
  fo->instruction = instruction;
  fo->line = code_position(code, instruction < 0 ? size_t(-1) : size_t(instruction)).line;
  return fo;
}

void frame_type_trace(Object* self, Tracer& t) {
  if (is_vm_state(self)) return;
  auto* fo = static_cast<FrameObject*>(self);
  t.mark(fo->gen);
  t.mark(fo->code);
  t.mark(fo->globals);
  t.mark(fo->locals);
  t.mark(fo->back);
}

void frame_type_finalize(Interp& interp, Object* self) {
  if (!is_vm_state(self)) return;
  vm_state_free(self);
  if (interp.vm == self) interp.vm = nullptr;
}

// Refreshes a generator frame object's position from its generator.
void frame_refresh(FrameObject* fo) {
  if (fo->gen.is_null()) return;
  auto* g = fo->gen.as<Generator>();
  Frame* f = g->frame();
  int idx = f->current_index();
  fo->instruction = idx;
  if (idx < 0) fo->line = fo->code->firstlineno;
  else fo->line = code_position(fo->code, size_t(idx)).line;
}

Value frame_type_repr(Interp& interp, Value self) {
  auto* fo = self.as<FrameObject>();
  frame_refresh(fo);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(fo));
  std::string s = std::string("<frame at ") + buf + ", file '" + std::string(fo->code->filename->view()) +
                  "', line " + std::to_string(fo->line) + ", code " + std::string(fo->code->name->view()) + ">";
  return str_value(interp, s);
}

Value frame_type_getattr(Interp& interp, Value self, Str* name) {
  auto* fo = self.as<FrameObject>();
  std::string_view n = name->view();
  if (n == "f_code") return Value::object(fo->code);
  if (n == "f_lineno") {
    frame_refresh(fo);
    return Value::small_int(fo->line);
  }
  if (n == "f_lasti") {
    frame_refresh(fo);
    return Value::small_int(fo->instruction < 0 ? -1 : fo->instruction * 2);
  }
  if (n == "f_globals") return fo->globals ? Value::object(fo->globals) : Value::none();
  if (n == "f_back") return fo->back.is_null() ? Value::none() : fo->back;
  if (n == "f_builtins") return interp.builtins ? Value::object(interp.builtins) : Value::none();
  if (n == "f_locals") {
    if (fo->locals.is_null()) {
      Dict* d = dict_new(interp);
      if (d == nullptr) return Value::null();
      fo->locals = Value::object(d);
    }
    return fo->locals;
  }
  return generic_getattr(interp, self, name);
}

void traceback_trace(Object* self, Tracer& t) {
  auto* tb = static_cast<Traceback*>(self);
  t.mark(tb->next);
  t.mark(tb->code);
}

Value traceback_getattr(Interp& interp, Value self, Str* name) {
  auto* tb = self.as<Traceback>();
  std::string_view n = name->view();
  if (n == "tb_next") return tb->next ? Value::object(tb->next) : Value::none();
  if (n == "tb_lineno") return Value::small_int(tb->line);
  if (n == "tb_lasti") return Value::small_int(tb->instruction < 0 ? -1 : tb->instruction * 2);
  if (n == "tb_frame") {
    FrameObject* fo = frame_snapshot(interp, tb->code, nullptr, tb->instruction);
    if (fo == nullptr) return Value::null();
    fo->line = tb->line;
    return Value::object(fo);
  }
  return generic_getattr(interp, self, name);
}

int traceback_setattr(Interp& interp, Value self, Str* name, Value v) {
  auto* tb = self.as<Traceback>();
  if (name->view() == "tb_next") {
    if (v.is_null() || v.is_none()) {
      tb->next = nullptr;
      return 0;
    }
    if (!(v.is_object() && v.as_object()->type == interp.types.traceback)) {
      raise(interp, interp.exc_types.TypeError, "expected traceback object or None, got '%s'", type_name(interp, v));
      return -1;
    }
    tb->next = v.as<Traceback>();
    return 0;
  }
  return generic_setattr(interp, self, name, v);
}

void not_subclassable(Type* t) {
  t->type_flags &= ~kTypeBaseType;
  t->type_flags |= kTypeAbstractNew;
}

}  // namespace

Value frame_object_new(Interp& interp, Frame* f) {
  FrameObject* fo = frame_snapshot(interp, f->code, f->globals, f->current_index());
  if (fo == nullptr) return Value::null();
  if (f->owner() != nullptr) {
    fo->gen = Value::object(f->owner());
    frame_refresh(fo);
  }
  if (f->locals() != nullptr) fo->locals = Value::object(f->locals());
  return Value::object(fo);
}

void frame_object_link(Value frame, Value back, Value locals) {
  auto* fo = frame.as<FrameObject>();
  fo->back = back;
  if (fo->locals.is_null()) fo->locals = locals;
}

bool init_traceback_types(Interp& interp) {
  Type* tb = interp.types.traceback;
  tb->trace = traceback_trace;
  tb->getattr = traceback_getattr;
  tb->setattr = traceback_setattr;
  not_subclassable(tb);

  Type* fr = interp.types.frame;
  fr->trace = frame_type_trace;
  fr->finalize = frame_type_finalize;
  fr->repr = frame_type_repr;
  fr->getattr = frame_type_getattr;
  not_subclassable(fr);
  return true;
}

}  // namespace coil
