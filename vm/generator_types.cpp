// The Python-visible generator, coroutine and coroutine_wrapper types: send/throw/close,
// __next__/__iter__/__await__, gi_*/cr_* attributes, repr, tracing and the "never awaited"
// warning. (Async generators and their awaitables are in vm/async_gen.cpp.)
#include <cstdio>
#include <string>
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "vm/async_gen.h"
#include "vm/method_args.h"
#include "vm/vm.h"
#include "vm/vm_internal.h"
#include "vm/vm_types.h"

namespace coil {

namespace {

// Return of a generator to a Python caller of send()/__next__()/throw(): StopIteration.
Value stop_with(Interp& interp, Value v) {
  if (v.is_none()) return raise_with_args(interp, interp.exc_types.StopIteration, interp.empty_tuple);
  return raise_stop_iteration(interp, v);
}

Value resume_for_python(Interp& interp, Value gen, Value send, Value exc) {
  Value out;
  GenStatus st = gen_resume(interp, gen, send, exc, &out);
  if (st == GenStatus::Yield) return out;
  if (st == GenStatus::Return) return stop_with(interp, out);
  return Value::null();
}

Value gen_send_method(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_meth_o(interp, args, nargs, kw, "send")) return Value::null();
  return resume_for_python(interp, args[0], args[1], Value::null());
}

Value gen_next_method(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_wrapper_noargs(interp, args, nargs, kw, "__next__")) return Value::null();
  return resume_for_python(interp, args[0], Value::none(), Value::null());
}

Value gen_throw_method(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(interp, args, nargs, kw, "throw", 1, 3)) return Value::null();
  Value exc = make_throw_exception(interp, args + 1, nargs - 1);
  if (exc.is_null()) return exc;
  return resume_for_python(interp, args[0], Value::none(), exc);
}

Value gen_close_method(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_meth_noargs(interp, args, nargs, kw, "close")) return Value::null();
  if (!gen_close(interp, args[0])) return Value::null();
  return Value::none();
}

Value self_method(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_wrapper_noargs(interp, args, nargs, kw, "__iter__")) return Value::null();
  return args[0];
}

Value coro_await_method(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_wrapper_noargs(interp, args, nargs, kw, "__await__")) return Value::null();
  auto* w = gc_new<CoroWrapper>(interp.heap, interp.types.coroutine_wrapper, Kind::CoroutineWrapper);
  if (w == nullptr) return raise_no_memory(interp);
  w->coro = args[0];
  return Value::object(w);
}

// tp_iternext: a return of None ends iteration without an exception.
Value gen_next_slot(Interp& interp, Value self) {
  Value out;
  GenStatus st = gen_resume(interp, self, Value::none(), Value::null(), &out);
  if (st == GenStatus::Yield) return out;
  if (st == GenStatus::Return) {
    if (out.is_none()) return Value::null();
    return raise_stop_iteration(interp, out);
  }
  return Value::null();
}

Value self_iter_slot(Interp&, Value self) { return self; }

}  // namespace

Value iter_next_clean(Interp& interp, Value it) {
  if (!is_generator(it)) return iter_next(interp, it);
  Value out;
  GenStatus st = gen_resume_clean(interp, it, Value::none(), Value::null(), &out);
  if (st == GenStatus::Yield) return out;
  if (st == GenStatus::Return) {
    if (out.is_none()) return Value::null();
    return raise_stop_iteration(interp, out);
  }
  return Value::null();
}

namespace {

void gen_trace(Object* self, Tracer& t) {
  auto* g = static_cast<Generator*>(self);
  frame_trace(g->frame(), t);
}

void gen_finalize(Interp& interp, Object* self) {
  auto* g = static_cast<Generator*>(self);
  if (g->kind == Kind::Coroutine && g->state() == GenState::Created && !g->flag(kGenWarned)) {
    g->set_flag(kGenWarned, true);
    coroutine_warn_never_awaited(interp, g);
  }
  gen_release_names(interp, g);
}

Value gen_repr(Interp& interp, Value self) {
  auto* g = self.as<Generator>();
  const char* what = g->kind == Kind::Coroutine ? "coroutine" : g->kind == Kind::AsyncGenerator ? "async_generator" : "generator";
  char buf[48];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  std::string s = "<";
  s += what;
  s += " object ";
  s += gen_qualname(interp, g)->view();
  s += buf;
  return str_value(interp, s);
}

// The receiver a frame suspended in YIELD_FROM is waiting on, or None.
Value yielded_from(Generator* g) {
  Frame* f = g->frame();
  if (g->state() != GenState::Suspended) return Value::none();
  if (f->ip > f->first_insn() && op_of(f->ip[-1]) == Op::YIELD_FROM) return f->sp[-1];
  return Value::none();
}

Value gen_getattr(Interp& interp, Value self, Str* name) {
  auto* g = self.as<Generator>();
  std::string_view n = name->view();
  if (n == "__name__") return Value::object(gen_name(interp, g));
  if (n == "__qualname__") return Value::object(gen_qualname(interp, g));
  if (n.size() > 3 && n[2] == '_') {
    std::string_view prefix = n.substr(0, 3);
    std::string_view a = n.substr(3);
    bool mine = (prefix == "gi_" && g->kind == Kind::Generator) || (prefix == "cr_" && g->kind == Kind::Coroutine) ||
                (prefix == "ag_" && g->kind == Kind::AsyncGenerator);
    if (mine) {
      if (a == "running") {
        if (g->kind == Kind::AsyncGenerator) return Value::boolean(g->flag(kGenAgRunningAsync));
        return Value::boolean(g->state() == GenState::Running);
      }
      if (a == "suspended") return Value::boolean(g->state() == GenState::Suspended);
      if (a == "code") return Value::object(g->frame()->code);
      if (a == "frame") {
        if (g->state() == GenState::Closed) return Value::none();
        return frame_object_new(interp, g->frame());
      }
      if (a == "yieldfrom" || a == "await") return yielded_from(g);
      if (a == "origin") return Value::none();
    }
  }
  return generic_getattr(interp, self, name);
}

int gen_setattr(Interp& interp, Value self, Str* name, Value v) {
  auto* g = self.as<Generator>();
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__") {
    if (v.is_null() || !is_str(v)) {
      raise(interp, interp.exc_types.TypeError, "%s must be set to a string object", n == "__name__" ? "__name__" : "__qualname__");
      return -1;
    }
    if (!gen_set_name(interp, g, n == "__name__" ? 0 : 1, v.as<Str>())) {
      raise_no_memory(interp);
      return -1;
    }
    return 0;
  }
  return generic_setattr(interp, self, name, v);
}

// ---- coroutine_wrapper: forwards to its coroutine.
Value wrapper_coro(const Value* args) { return args[0].as<CoroWrapper>()->coro; }

Value cw_send(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_meth_o(interp, args, nargs, kw, "send")) return Value::null();
  return resume_for_python(interp, wrapper_coro(args), args[1], Value::null());
}
Value cw_next(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_wrapper_noargs(interp, args, nargs, kw, "__next__")) return Value::null();
  return resume_for_python(interp, wrapper_coro(args), Value::none(), Value::null());
}
Value cw_throw(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_positional(interp, args, nargs, kw, "throw", 1, 3)) return Value::null();
  Value exc = make_throw_exception(interp, args + 1, nargs - 1);
  if (exc.is_null()) return exc;
  return resume_for_python(interp, wrapper_coro(args), Value::none(), exc);
}
Value cw_close(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_meth_noargs(interp, args, nargs, kw, "close")) return Value::null();
  if (!gen_close(interp, wrapper_coro(args))) return Value::null();
  return Value::none();
}
Value cw_next_slot(Interp& interp, Value self) { return gen_next_slot(interp, self.as<CoroWrapper>()->coro); }
void cw_trace(Object* self, Tracer& t) { t.mark(static_cast<CoroWrapper*>(self)->coro); }

Value plain_repr(Interp& interp, Value self) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "<%s object at %p>", cstr(self.as_object()->type->name),
                static_cast<void*>(self.as_object()));
  return str_value(interp, buf);
}

const MethodDef kGeneratorMethods[] = {
    {"send", gen_send_method},   {"throw", gen_throw_method},     {"close", gen_close_method},
    {"__next__", gen_next_method}, {"__iter__", self_method},
};
const MethodDef kCoroutineMethods[] = {
    {"send", gen_send_method}, {"throw", gen_throw_method}, {"close", gen_close_method},
    {"__await__", coro_await_method},
};
const MethodDef kWrapperMethods[] = {
    {"send", cw_send}, {"throw", cw_throw}, {"close", cw_close}, {"__next__", cw_next}, {"__iter__", self_method},
};

void setup_gen_type(Type* t) {
  t->trace = gen_trace;
  t->finalize = gen_finalize;
  t->repr = gen_repr;
  t->getattr = gen_getattr;
  t->setattr = gen_setattr;
  t->type_flags &= ~kTypeBaseType;
  t->type_flags |= kTypeAbstractNew;
}

}  // namespace

void coroutine_warn_never_awaited(Interp& interp, Generator* g) {
  CodePosition pos = current_code_position(interp);
  std::string msg;
  if (pos.code == nullptr) {
    msg = "sys:1: RuntimeWarning: coroutine '" + std::string(gen_qualname(interp, g)->view()) + "' was never awaited\n";
  } else {
    msg = std::string(pos.code->filename->view()) + ":" + std::to_string(pos.line) + ": RuntimeWarning: coroutine '" +
          std::string(gen_qualname(interp, g)->view()) + "' was never awaited\n";
    if (is_str(pos.code->source) && pos.line > 0) {
      std::string_view src = pos.code->source.as<Str>()->view();
      size_t start = 0;
      for (int l = 1; l < pos.line && start != std::string_view::npos; l++) {
        start = src.find('\n', start);
        if (start != std::string_view::npos) start++;
      }
      if (start != std::string_view::npos && start < src.size()) {
        size_t end = src.find('\n', start);
        std::string_view line = src.substr(start, end == std::string_view::npos ? src.npos : end - start);
        size_t b = line.find_first_not_of(" \t\r\f");
        if (b != std::string_view::npos) {
          line = line.substr(b);
          size_t e = line.find_last_not_of(" \t\r\f");
          msg += "  " + std::string(line.substr(0, e + 1)) + "\n";
        }
      }
    }
    msg += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  }
  std::fflush(stdout);
  std::fputs(msg.c_str(), stderr);
  std::fflush(stderr);
}

bool init_generator_types(Interp& interp) {
  Type* gen = interp.types.generator;
  setup_gen_type(gen);
  gen->iter = self_iter_slot;
  gen->next = gen_next_slot;
  if (!add_methods(interp, gen, kGeneratorMethods, std::size(kGeneratorMethods))) return false;

  Type* coro = interp.types.coroutine;
  setup_gen_type(coro);
  if (!add_methods(interp, coro, kCoroutineMethods, std::size(kCoroutineMethods))) return false;

  Type* cw = interp.types.coroutine_wrapper;
  cw->trace = cw_trace;
  cw->repr = plain_repr;
  cw->iter = self_iter_slot;
  cw->next = cw_next_slot;
  cw->type_flags &= ~kTypeBaseType;
  cw->type_flags |= kTypeAbstractNew;
  if (!add_methods(interp, cw, kWrapperMethods, std::size(kWrapperMethods))) return false;

  setup_gen_type(interp.types.async_generator);
  return init_async_gen_types(interp);
}

}  // namespace coil
