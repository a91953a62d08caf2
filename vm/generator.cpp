// Generator mechanics shared by generators, coroutines and async generators: creation with an
// owned frame, linking a frame into the running chain, leaving it (PEP 479), and gen_resume.
#include "vm/generator.h"

#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm_internal.h"

namespace coil {

namespace {

const char* kind_word(const Generator* g) {
  switch (g->kind) {
    case Kind::Coroutine: return "coroutine";
    case Kind::AsyncGenerator: return "async generator";
    default: return "generator";
  }
}

}  // namespace

Generator* generator_new(Interp& interp, Function* f) {
  Code* code = f->code;
  Type* type;
  Kind kind;
  if (code->code_flags & kCodeAsyncGenerator) {
    type = interp.types.async_generator;
    kind = Kind::AsyncGenerator;
  } else if (code->code_flags & kCodeCoroutine) {
    type = interp.types.coroutine;
    kind = Kind::Coroutine;
  } else {
    type = interp.types.generator;
    kind = Kind::Generator;
  }
  auto* g = gc_new<Generator>(interp.heap, type, kind, generator_frame_size(code));
  if (g == nullptr) {
    raise_no_memory(interp);
    return nullptr;
  }
  frame_init(g->frame(), code, f->globals, nullptr);
  g->frame()->flags |= kFrameGenerator;
  // A renamed function (functools.wraps) names its generators differently from its code.
  if ((f->name != code->name && !gen_set_name(interp, g, 0, f->name)) ||
      (f->qualname != code->qualname && !gen_set_name(interp, g, 1, f->qualname))) {
    raise_no_memory(interp);
    return nullptr;
  }
  g->set_state(GenState::Created);
  return g;
}

int gen_check_resume(Interp& interp, Generator* g, Value send, bool throwing) {
  switch (g->state()) {
    case GenState::Running:
      raise(interp, interp.exc_types.ValueError, "%s already executing", kind_word(g));
      return -1;
    case GenState::Closed:
      if (g->kind == Kind::Coroutine) {
        raise(interp, interp.exc_types.RuntimeError, "cannot reuse already awaited coroutine");
        return -1;
      }
      return 0;
    case GenState::Created:
      if (!throwing && !send.is_null() && !send.is_none()) {
        raise(interp, interp.exc_types.TypeError, "can't send non-None value to a just-started %s", kind_word(g));
        return -1;
      }
      return 1;
    case GenState::Suspended:
      return 1;
  }
  return 1;
}

namespace {

// The generator's names slot, or null when it has none (or, while the interpreter is torn
// down, when the VmState's finalizer already released the table).
const Value* names_slot(Interp& interp, const Generator* g) {
  if (g->aux == 0) return nullptr;
  VmState* vm = vm_state(interp);
  size_t i = 2 * size_t(g->aux - 1);
  return vm != nullptr && i + 1 < vm->gen_names.size ? vm->gen_names.items + i : nullptr;
}

}  // namespace

Str* gen_name(Interp& interp, const Generator* g) {
  const Value* s = names_slot(interp, g);
  return s != nullptr ? s[0].as<Str>() : g->frame()->code->name;
}

Str* gen_qualname(Interp& interp, const Generator* g) {
  const Value* s = names_slot(interp, g);
  return s != nullptr ? s[1].as<Str>() : g->frame()->code->qualname;
}

bool gen_set_name(Interp& interp, Generator* g, int which, Str* s) {
  VmState* vm = vm_state(interp);
  ValueArray& t = vm->gen_names;
  if (g->aux == 0) {
    Value name = Value::object(gen_name(interp, g)), qualname = Value::object(gen_qualname(interp, g));
    size_t slot;
    if (vm->names_free != 0) {
      slot = vm->names_free - 1;
      vm->names_free = uint32_t(t.items[2 * slot].as_small_int());
    } else {
      if (t.size / 2 >= UINT32_MAX - 1 || !t.push(name) || !t.push(qualname)) return false;
      slot = t.size / 2 - 1;
    }
    t.items[2 * slot] = name;
    t.items[2 * slot + 1] = qualname;
    g->aux = uint32_t(slot + 1);
  }
  t.items[2 * size_t(g->aux - 1) + size_t(which)] = Value::object(s);
  return true;
}

void gen_release_names(Interp& interp, Generator* g) {
  if (names_slot(interp, g) == nullptr) return;
  VmState* vm = vm_state(interp);
  size_t slot = g->aux - 1;
  vm->gen_names.items[2 * slot] = Value::small_int(vm->names_free);
  vm->gen_names.items[2 * slot + 1] = Value::none();
  vm->names_free = uint32_t(slot + 1);
  g->aux = 0;
}

bool gen_link(Interp& interp, Generator* g, Frame* back, FrameEntry entry, Value send) {
  if (++interp.call_depth > interp.recursion_limit) {
    interp.call_depth--;
    raise(interp, interp.exc_types.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  Frame* gf = g->frame();
  gf->back = back;
  gf->entry = entry;
  g->set_state(GenState::Running);
  Value own = gf->saved_handled_exc;   // see Frame::saved_handled_exc
  gf->saved_handled_exc = interp.handled_exc.is_null() ? Value::none() : interp.handled_exc;
  interp.handled_exc = own;
  if (!send.is_null()) {
    if (gf->flags & kFrameStarted) {
      *gf->sp++ = send;
      // A frame suspended inside YIELD_FROM re-executes it with the sent value.
      if (op_of(gf->ip[-1]) == Op::YIELD_FROM) gf->ip--;
    } else {
      gf->flags |= kFrameStarted;
    }
  }
  return true;
}

void gen_frame_leave(Interp& interp, Frame* f, bool raised) {
  auto* g = static_cast<Generator*>(f->owner());
  g->set_state(GenState::Closed);
  interp.handled_exc = f->saved_handled_exc;
  f->saved_handled_exc = Value::none();
  interp.call_depth--;
  f->back = nullptr;
  f->sp = f->localsplus;   // nothing in the frame is live any more
  f->flags |= kFrameStarted;
  if (!raised || !is_exception(interp.exc)) return;
  Type* et = interp.exc.as_object()->type;
  const char* msg = nullptr;
  if (is_subtype(et, interp.exc_types.StopIteration)) {
    msg = g->kind == Kind::Coroutine        ? "coroutine raised StopIteration"
          : g->kind == Kind::AsyncGenerator ? "async generator raised StopIteration"
                                            : "generator raised StopIteration";
  } else if (g->kind == Kind::AsyncGenerator && is_subtype(et, interp.exc_types.StopAsyncIteration)) {
    msg = "async generator raised StopAsyncIteration";
  }
  if (msg == nullptr) return;
  Value cause = fetch_error(interp);
  raise(interp, interp.exc_types.RuntimeError, "%s", msg);
  if (is_exception(interp.exc)) {
    auto* e = interp.exc.as<BaseException>();
    e->cause = cause;
    e->context = cause;
    e->suppress_context = true;
  }
}

ExitKind gen_resume_ex(Interp& interp, Generator* g, Value send, Value throw_exc, Value* out) {
  bool throwing = !throw_exc.is_null();
  if (send.is_null()) send = Value::none();
  int ok = gen_check_resume(interp, g, send, throwing);
  if (ok < 0) return ExitKind::Error;
  if (ok == 0) {
    if (throwing) {
      restore_error(interp, throw_exc);
      return ExitKind::Error;
    }
    *out = Value::none();
    return ExitKind::Return;
  }
  VmState* vm = vm_state(interp);
  if (c_stack_exhausted(interp, vm)) {
    raise(interp, interp.exc_types.RecursionError,
          "maximum recursion depth exceeded while calling a Python object");
    return ExitKind::Error;
  }
  if (!gen_link(interp, g, interp.frame, FrameEntry::Entry, throwing ? Value::null() : send))
    return ExitKind::Error;
  interp.frame = g->frame();
  if (throwing) restore_error(interp, throw_exc);
  ExitKind how = ExitKind::Error;
  Value r = run_frame(interp, g->frame(), &how, throwing);
  *out = r;
  return how;
}

namespace {

GenStatus to_status(ExitKind k) {
  switch (k) {
    case ExitKind::Return: return GenStatus::Return;
    case ExitKind::Yield:
    case ExitKind::AsyncGenYield: return GenStatus::Yield;
    case ExitKind::Error: break;
  }
  return GenStatus::Error;
}

}  // namespace

GenStatus gen_resume(Interp& interp, Value gen, Value send_value, Value throw_exc, Value* out) {
  NoGC nogc(interp);
  return to_status(gen_resume_ex(interp, gen.as<Generator>(), send_value, throw_exc, out));
}

GenStatus gen_resume_clean(Interp& interp, Value gen, Value send_value, Value throw_exc, Value* out) {
  return to_status(gen_resume_ex(interp, gen.as<Generator>(), send_value, throw_exc, out));
}

bool gen_close(Interp& interp, Value gen) {
  auto* g = gen.as<Generator>();
  if (g->state() == GenState::Created) {
    g->set_state(GenState::Closed);
    g->frame()->sp = g->frame()->localsplus;
    return true;
  }
  if (g->state() == GenState::Closed) return true;
  BaseException* exc = exception_new(interp, interp.exc_types.GeneratorExit, interp.empty_tuple);
  if (exc == nullptr) return false;
  Value out;
  ExitKind k;
  {
    NoGC nogc(interp);
    k = gen_resume_ex(interp, g, Value::none(), Value::object(exc), &out);
  }
  if (k == ExitKind::Yield || k == ExitKind::AsyncGenYield) {
    raise(interp, interp.exc_types.RuntimeError, "%s ignored GeneratorExit", kind_word(g));
    return false;
  }
  if (k == ExitKind::Return) return true;
  if (error_matches(interp, interp.exc_types.StopIteration) || error_matches(interp, interp.exc_types.GeneratorExit)) {
    clear_error(interp);
    return true;
  }
  return false;
}

void gen_note_suspended(Interp& interp, VmState* vm, Generator* g) {
  if (g->flag(kGenFinalizable) || g->kind == Kind::AsyncGenerator) return;
  Frame* f = g->frame();
  if (find_handler(f->code, f->current_index()) == nullptr) return;
  if (vm->finalizable.push(Value::object(g))) g->set_flag(kGenFinalizable, true);
}

void gen_weak_hook(void* data, Tracer& t) {
  auto* vm = static_cast<VmState*>(data);
  ValueArray& reg = vm->finalizable;
  for (size_t i = 0; i < reg.size;) {
    auto* g = reg.items[i].as<Generator>();
    bool alive = gc_is_marked(g);
    if (alive && g->state() != GenState::Closed) {
      i++;
      continue;
    }
    if (!alive && g->state() == GenState::Suspended && vm->to_close.push(Value::object(g))) {
      t.mark(g);   // resurrected until its close() has run
    }
    g->set_flag(kGenFinalizable, false);
    reg.remove_at(i);
  }
}

void run_pending_closes(Interp& interp, VmState* vm) {
  while (vm->to_close.size > 0) {
    Value g = vm->to_close.items[--vm->to_close.size];
    Value saved = fetch_error(interp);
    if (!gen_close(interp, g)) clear_error(interp);   // CPython reports it as unraisable
    if (!saved.is_null()) restore_error(interp, saved);
  }
}

// Only a full collection can tell whether the dropped generator was the last reference, and
// it costs as much as the live heap: collecting at every drop made a loop of
// `for x in gen(): break` quadratic (drops x heap). So a drop collects only while that is
// cheap, when the live heap is under kDropCollectLimit (a collection then costs at most
// ~0.15 ms; a script's heap, imports included, is usually smaller, and its finally blocks
// run at once as in CPython), or when the pacer wants a collection anyway. On a bigger
// heap the generator is closed by the next regular collection (Heap::pace: once a quarter
// of the live heap, at least 8 MB, has been allocated): its finally block runs later than
// CPython's, but the collector's work stays proportional to allocation.
constexpr size_t kDropCollectLimit = size_t(2) << 20;

void gen_dropped(Interp& interp, VmState* vm, Value v) {
  if (!is_gen_or_coro(v)) return;
  auto* g = v.as<Generator>();
  if (!g->flag(kGenFinalizable) || g->state() != GenState::Suspended || interp.nogc_depth > 0) return;
  if (interp.heap.live_bytes() > kDropCollectLimit && !interp.heap.wants_collection()) return;
  interp.heap.collect(interp);
  run_pending_closes(interp, vm);
}

void close_suspended_generators(Interp& interp) {
  VmState* vm = vm_state(interp);
  if (vm == nullptr) return;
  while (vm->finalizable.size > 0) {
    Value g = vm->finalizable.items[--vm->finalizable.size];
    g.as<Generator>()->set_flag(kGenFinalizable, false);
    if (!vm->to_close.push(g)) break;
  }
  run_pending_closes(interp, vm);
}

Value make_throw_exception(Interp& interp, const Value* args, size_t nargs) {
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::none();
  Value tb = nargs > 2 ? args[2] : Value::none();
  if (!tb.is_none() && !(tb.is_object() && tb.as_object()->type == interp.types.traceback)) {
    return raise(interp, interp.exc_types.TypeError, "throw() third argument must be a traceback object");
  }
  Value exc;
  if (is_kind(typ, Kind::Type) && is_subtype(typ.as<Type>(), interp.exc_types.BaseException)) {
    if (is_exception(val) && is_subtype(val.as_object()->type, typ.as<Type>())) {
      exc = val;
    } else {
      if (val.is_none()) exc = call(interp, typ, nullptr, 0);
      else if (is_tuple(val)) exc = call(interp, typ, val.as<Tuple>()->items, val.as<Tuple>()->size);
      else exc = call(interp, typ, &val, 1);
      if (exc.is_null()) return exc;
      if (!is_exception(exc)) {
        return raise(interp, interp.exc_types.TypeError,
                     "calling %s should have returned an instance of BaseException, not %s",
                     cstr(typ.as<Type>()->name), type_name(interp, exc));
      }
    }
  } else if (is_exception(typ)) {
    if (!val.is_none()) {
      return raise(interp, interp.exc_types.TypeError, "instance exception may not have a separate value");
    }
    exc = typ;
  } else {
    return raise(interp, interp.exc_types.TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not %s",
                 type_name(interp, typ));
  }
  if (!tb.is_none()) exc.as<BaseException>()->traceback = tb;
  return exc;
}

}  // namespace coil
