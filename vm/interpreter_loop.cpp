// The dispatch loop: run_frame executes bytecode with computed goto. Python-to-Python calls,
// __init__ of plain classes, and generator/coroutine resumption (FOR_ITER, YIELD_FROM) push or
// link frames and continue in this same loop, so they never grow the C++ stack.
#include <cmath>
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/fast_ops.h"
#include "vm/inline_cache.h"
#include "vm/vm_internal.h"

namespace coil {

namespace {

inline Type* fast_type(Interp& interp, Value v) {
  return v.is_object() ? v.as_object()->type : type_of(interp, v);
}

inline Value handled_or_none(Value v) { return v.is_null() ? Value::none() : v; }

// A frame for a Python call made by the loop: pushed, arguments bound, call depth checked.
// Null with an exception pending (nothing left pushed).
Frame* push_call_frame(Interp& interp, VmState* vm, Function* fn, const Value* args, size_t nargs, Tuple* kw) {
  Frame* nf = frame_push(interp, vm, fn->code);
  if (nf == nullptr) return nullptr;
  frame_init(nf, fn->code, fn, fn->globals, fn->builtins, nullptr);
  nf->flags = kFrameOnStack;
  if (!bind_arguments(interp, fn, nf, args, nargs, kw)) {
    frame_pop(vm, nf);
    return nullptr;
  }
  if (++interp.call_depth > interp.recursion_limit) {
    interp.call_depth--;
    frame_pop(vm, nf);
    raise(interp, interp.exc_types.RecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  return nf;
}

inline void pop_frame_inline(VmState* vm, Frame* f) {
  char* p = reinterpret_cast<char*>(f);
  if (p == vm->chunk->data && vm->chunk->prev != nullptr) {
    frame_pop(vm, f);
  } else {
    vm->top = p;
  }
}

}  // namespace

Value run_frame(Interp& interp, Frame* entry, ExitKind* how, bool throwing) {
  static void* const kLabels[] = {
#define COIL_OP(name, pops, pushes, jump) &&L_##name,
#include "vm/opcodes.def"
#undef COIL_OP
  };

  VmState* vm = vm_state(interp);
  Frame* f = entry;
  const uint32_t* ip;
  Value* sp;
  Value* fast;
  const Value* consts;
  Tuple* names;
  CodeCaches* cc;          // the running code's inline caches (never null once loaded)
  uint32_t insn, oparg;
  Tuple* kwnames = nullptr;
  int err_index = 0;
  Value result;

#define LOAD_REGS()                         \
  do {                                      \
    Code* co_ = f->code;                    \
    ip = f->ip;                             \
    sp = f->sp;                             \
    fast = f->localsplus;                   \
    consts = co_->consts->items;            \
    names = co_->names;                     \
    cc = co_->body->caches;                 \
    if (__builtin_expect(cc == nullptr, 0)) cc = code_caches(co_); \
  } while (0)
// Enters frame nf just made by push_fast_frame (whose header the registers are set from
// directly: reading back what was just stored costs a store-forwarding stall).
#define ENTER_FAST_FRAME(nf, fcc)             \
  do {                                        \
    Code* co_ = (nf)->code;                   \
    f = (nf);                                 \
    interp.frame = f;                         \
    ip = (fcc)->insns;                        \
    fast = f->localsplus;                     \
    sp = fast + (fcc)->nlocalsplus;           \
    consts = co_->consts->items;              \
    names = co_->names;                       \
    cc = (fcc);                               \
  } while (0)
#define SAVE()      \
  do {              \
    f->ip = ip;     \
    f->sp = sp;     \
  } while (0)
#define DISPATCH()                  \
  do {                              \
    insn = *ip++;                   \
    oparg = arg_of(insn);           \
    goto* kLabels[insn & 0xff];     \
  } while (0)
// Collection may run here (every live value is in a frame); generators it found unreachable
// while suspended in a try/with are closed right after.
#define SAFEPOINT()                                                              \
  do {                                                                           \
    if (__builtin_expect(interp.heap.wants_collection() || vm->to_close.size != 0, 0)) { \
      SAVE();                                                                    \
      interp.safepoint();                                                        \
      if (vm->to_close.size != 0) run_pending_closes(interp, vm);                \
    }                                                                            \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define NAME(i) (names->items[i].as<Str>())
// The inline cache entry of the instruction being executed.
#define SITE() (&cc->entries[cc->site[ip - 1 - cc->insns]])
#define TARGET(op) L_##op:
#define ERROR_IF(cond) \
  do {                 \
    if (cond) goto error; \
  } while (0)

  LOAD_REGS();
  if (throwing) goto throw_into;
  DISPATCH();

  TARGET(NOP) { DISPATCH(); }
  TARGET(POP_TOP) {
    Value v = *--sp;
    if (is_gen_or_coro(v) && v.as<Generator>()->finalizable) {
      // Dropping a generator suspended in a try/with (e.g. `break` out of its for loop):
      // close it now if nothing else refers to it, as CPython's refcounting would.
      SAVE();
      gen_dropped(interp, vm, v);
      LOAD_REGS();
    }
    DISPATCH();
  }
  TARGET(PUSH_NULL) { PUSH(Value::null()); DISPATCH(); }
  TARGET(COPY) {
    Value v = sp[-int(oparg)];
    PUSH(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    Value t = sp[-1];
    sp[-1] = sp[-int(oparg)];
    sp[-int(oparg)] = t;
    DISPATCH();
  }
  TARGET(LOAD_CONST) { PUSH(consts[oparg]); DISPATCH(); }

  TARGET(LOAD_FAST) {
    Value v = fast[oparg];
    if (v.is_null()) { SAVE(); op_raise_unbound(interp, f->code, oparg); goto error; }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_FAST) { fast[oparg] = POP(); DISPATCH(); }
  TARGET(DELETE_FAST) {
    Value old = fast[oparg];
    if (old.is_null()) { SAVE(); op_raise_unbound(interp, f->code, oparg); goto error; }
    fast[oparg] = Value::null();
    if (is_gen_or_coro(old) && old.as<Generator>()->finalizable) {
      SAVE();
      gen_dropped(interp, vm, old);
    }
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Value v = fast[oparg].as<Cell>()->value;
    if (v.is_null()) { SAVE(); op_raise_unbound(interp, f->code, oparg); goto error; }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) { fast[oparg].as<Cell>()->value = POP(); DISPATCH(); }
  TARGET(DELETE_DEREF) {
    Cell* c = fast[oparg].as<Cell>();
    if (c->value.is_null()) { SAVE(); op_raise_unbound(interp, f->code, oparg); goto error; }
    c->value = Value::null();
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) { PUSH(fast[oparg]); DISPATCH(); }
  TARGET(LOAD_CLASSDEREF) {
    Str* name = localsplus_name(f->code, oparg);
    if (f->locals != nullptr) {
      Value v = dict_get_str(f->locals, name);
      if (!v.is_null()) { PUSH(v); DISPATCH(); }
    }
    Value v = fast[oparg].as<Cell>()->value;
    if (v.is_null()) { SAVE(); op_raise_unbound(interp, f->code, oparg); goto error; }
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    Str* name = NAME(oparg);
    InlineCache* c = SITE();
    Value v = ic_load_global(c, f->globals, f->builtins, name);
    if (v.is_null()) {
      v = dict_get_str(f->globals, name);
      if (v.is_null()) {
        if (f->builtins != nullptr) v = dict_get_str(f->builtins, name);
        if (v.is_null()) {
          SAVE();
          raise(interp, interp.exc_types.NameError, "name '%s' is not defined", cstr(name));
          goto error;
        }
      }
      ic_fill_global(c, f->globals, f->builtins, name);
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    InlineCache* c = SITE();
    Str* name = NAME(oparg);
    if (!ic_store_name(c, f->globals, name, sp[-1])) {
      SAVE();
      ERROR_IF(!dict_set_str(interp, f->globals, name, sp[-1]));
      ic_fill_global(c, f->globals, nullptr, name);
    }
    sp--;
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    SAVE();
    int r = dict_del(interp, f->globals, Value::object(NAME(oparg)));
    if (r == 0) raise(interp, interp.exc_types.NameError, "name '%s' is not defined", cstr(NAME(oparg)));
    ERROR_IF(r <= 0);
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    Str* name = NAME(oparg);
    Dict* locals = f->locals;
    Value v;
    if (locals != nullptr) {
      if (locals->type != interp.types.dict) {
        // A __prepare__ namespace of a dict subclass: its __getitem__ runs (CPython).
        SAVE();
        v = getitem(interp, Value::object(locals), Value::object(name));
        if (v.is_null()) {
          if (!error_matches(interp, interp.exc_types.KeyError)) goto error;
          clear_error(interp);
        }
      } else {
        InlineCache* c = SITE();
        if (c->kind == CacheKind::Global && ic_dict_has_at(locals, c->hint, name)) {
          PUSH(locals->entries[c->hint].value);
          DISPATCH();
        }
        v = dict_get_str(locals, name);
        if (!v.is_null()) ic_fill_global(c, locals, nullptr, name);
      }
    }
    if (v.is_null()) v = dict_get_str(f->globals, name);
    if (v.is_null() && f->builtins != nullptr) v = dict_get_str(f->builtins, name);
    if (v.is_null()) {
      SAVE();
      raise(interp, interp.exc_types.NameError, "name '%s' is not defined", cstr(name));
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    Dict* d = f->locals != nullptr ? f->locals : f->globals;
    Str* name = NAME(oparg);
    SAVE();
    if (d->type != interp.types.dict) {
      // A __prepare__ namespace of a dict subclass: its __setitem__ runs (CPython).
      ERROR_IF(setitem(interp, Value::object(d), Value::object(name), sp[-1]) < 0);
    } else {
      InlineCache* c = SITE();
      if (!ic_store_name(c, d, name, sp[-1])) {
        ERROR_IF(!dict_set_str(interp, d, name, sp[-1]));
        ic_fill_global(c, d, nullptr, name);
      }
    }
    sp--;
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    SAVE();
    Dict* d = f->locals != nullptr ? f->locals : f->globals;
    Value old = dict_get_str(d, NAME(oparg));
    if (d->type != interp.types.dict) {
      if (delitem(interp, Value::object(d), Value::object(NAME(oparg))) < 0) {
        clear_error(interp);   // any failure becomes the NameError, as in CPython 3.11
        raise(interp, interp.exc_types.NameError, "name '%s' is not defined", cstr(NAME(oparg)));
        goto error;
      }
    } else {
      int r = dict_del(interp, d, Value::object(NAME(oparg)));
      if (r == 0) raise(interp, interp.exc_types.NameError, "name '%s' is not defined", cstr(NAME(oparg)));
      ERROR_IF(r <= 0);
    }
    if (is_gen_or_coro(old) && old.as<Generator>()->finalizable) gen_dropped(interp, vm, old);
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    Value obj = sp[-1];
    Str* name = NAME(oparg);
    InlineCache* c = SITE();
    Value v = ic_load_attr(c, obj, name);
    if (v.is_null()) {
      SAVE();
      v = ic_load_attr_slow(interp, c, obj, name);
      ERROR_IF(v.is_null());
    }
    sp[-1] = v;
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    Value obj = sp[-1];
    Str* name = NAME(oparg);
    InlineCache* c = SITE();
    if (!ic_store_attr(c, obj, name, sp[-2])) {
      SAVE();
      ERROR_IF(!ic_store_attr_slow(interp, c, obj, name, sp[-2]));
    }
    sp -= 2;
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    SAVE();
    ERROR_IF(delattr(interp, sp[-1], NAME(oparg)) < 0);
    sp--;
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    Value obj = sp[-1];
    Str* name = NAME(oparg);
    InlineCache* c = SITE();
    Value meth = ic_load_method(interp, c, obj, name);
    if (!meth.is_null()) {
      sp[-1] = meth;
      PUSH(obj);
      DISPATCH();
    }
    Value v = ic_load_module_attr(c, obj, name);
    if (v.is_null()) {
      SAVE();
      bool is_method;
      v = ic_load_method_slow(interp, c, obj, name, &is_method);
      ERROR_IF(v.is_null());
      if (is_method) {
        sp[-1] = v;
        PUSH(obj);
        DISPATCH();
      }
    }
    sp[-1] = Value::null();
    PUSH(v);
    DISPATCH();
  }

  TARGET(KW_NAMES) {
    kwnames = consts[oparg].as<Tuple>();
    DISPATCH();
  }
  TARGET(CALL) {
    Tuple* kw = kwnames;
    kwnames = nullptr;
    Value* base = sp - oparg - 2;
    Value callable;
    Value* args;
    size_t nargs;   // positional arguments; len(kw) keyword values follow them
    size_t nkw = kw ? kw->size : 0;
    if (base[0].is_null()) {
      callable = base[1];
      args = base + 2;
      nargs = oparg - nkw;
    } else {
      callable = base[0];
      args = base + 1;
      nargs = oparg + 1 - nkw;
    }
  call_dispatch:
    if (is_kind(callable, Kind::Function)) {
      auto* fn = callable.as<Function>();
      Code* code = fn->code;
      if (kw == nullptr) {
        CodeCaches* fcc;
        Frame* nf = push_fast_frame(interp, vm, fn, args, nargs, &fcc);
        if (nf != nullptr) {
          f->ip = ip;
          f->sp = base;
          nf->back = f;
          nf->entry = FrameEntry::Call;
          ENTER_FAST_FRAME(nf, fcc);
          SAFEPOINT();
          DISPATCH();
        }
      }
      if (!(code->code_flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator))) {
        SAVE();
        Frame* nf = push_call_frame(interp, vm, fn, args, nargs, kw);
        ERROR_IF(nf == nullptr);
        f->sp = base;
        nf->back = f;
        nf->entry = FrameEntry::Call;
        f = nf;
        interp.frame = f;
        LOAD_REGS();
        SAFEPOINT();
        DISPATCH();
      }
    } else if (is_kind(callable, Kind::BoundMethod)) {
      if (args == base + 2) {
        auto* bm = callable.as<BoundMethod>();
        base[1] = bm->self;
        callable = bm->func;
        args = base + 1;
        nargs++;
        goto call_dispatch;
      }
    } else if (is_kind(callable, Kind::NativeFunction)) {
      auto* nf = callable.as<NativeFunction>();
      bool direct = true;
      if (nf->type == interp.types.method_descriptor) {
        SAVE();
        // (The receiver's exact type is the owner in the common case: no call needed.)
        ERROR_IF((nargs == 0 || fast_type(interp, args[0]) != nf->owner) &&
                 !native_check_self(interp, nf, args, nargs));
      } else if (!nf->self.is_null()) {
        if (args == base + 2) {
          base[1] = nf->self;
          args = base + 1;
          nargs++;
        } else {
          direct = false;
        }
      }
      if (direct) {
        SAVE();
        Value r = nf->fn(interp, args, nargs, kw);
        sp = base;
        ERROR_IF(r.is_null());
        PUSH(r);
        DISPATCH();
      }
    } else if (is_kind(callable, Kind::Type) && args == base + 2) {
      auto* cls = callable.as<Type>();
      InlineCache* c = SITE();
      Value init;
      if (c->kind == CacheKind::Init && c->type == cls && cls->version == c->version &&
          cls->type->call == interp.types.type->call &&
          !(c->value.as<Function>()->code->code_flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator))) {
        init = c->value;
      } else {
        init = plain_init_lookup(interp, cls);
        if (!init.is_null()) ic_fill_init(c, cls, init);
      }
      if (!init.is_null()) {
        auto* fn = init.as<Function>();
        SAVE();
        Value inst = cls->new_(interp, cls, nullptr, 0, nullptr);
        ERROR_IF(inst.is_null());
        base[1] = inst;
        CodeCaches* fcc;
        Frame* nf = kw == nullptr ? push_fast_frame(interp, vm, fn, base + 1, nargs + 1, &fcc) : nullptr;
        if (nf != nullptr) {
          base[0] = inst;
          f->sp = base + 1;
          nf->back = f;
          nf->entry = FrameEntry::Init;
          ENTER_FAST_FRAME(nf, fcc);
          SAFEPOINT();
          DISPATCH();
        }
        nf = push_call_frame(interp, vm, fn, base + 1, nargs + 1, kw);
        ERROR_IF(nf == nullptr);
        base[0] = inst;
        f->sp = base + 1;
        nf->back = f;
        nf->entry = FrameEntry::Init;
        f = nf;
        interp.frame = f;
        LOAD_REGS();
        SAFEPOINT();
        DISPATCH();
      }
    }
    {
      // Everything else: the generic protocol. Our frame state is saved, so collection may
      // run inside (the callable and arguments are on this frame's stack).
      SAVE();
      Value r = call_clean(interp, callable, args, nargs, kw);
      sp = base;
      ERROR_IF(r.is_null());
      PUSH(r);
      DISPATCH();
    }
  }
  TARGET(CALL_FUNCTION_EX) {
    // NULL, callable, args [, kwargs]: everything stays on the stack while converting.
    Value* base = sp - 3 - (oparg & 1);
    Value callable = base[1];
    SAVE();
    Value argt, kwt;
    ERROR_IF(!op_call_function_ex_args(interp, callable, base[2], (oparg & 1) ? base[3] : Value::null(),
                                       &argt, &kwt));
    // argt: a tuple of positional values then keyword values; kwt: their names or null.
    base[0] = argt;
    base[2] = kwt.is_null() ? Value::none() : kwt;
    sp = base + 3;
    SAVE();
    Tuple* at = argt.as<Tuple>();
    Tuple* kt = kwt.is_null() ? nullptr : kwt.as<Tuple>();
    size_t npos = at->size - (kt ? kt->size : 0);
    if (is_kind(callable, Kind::Function) &&
        !(callable.as<Function>()->code->code_flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator))) {
      Frame* nf = push_call_frame(interp, vm, callable.as<Function>(), at->items, npos, kt);
      ERROR_IF(nf == nullptr);
      f->sp = base;
      nf->back = f;
      nf->entry = FrameEntry::Call;
      f = nf;
      interp.frame = f;
      LOAD_REGS();
      SAFEPOINT();
      DISPATCH();
    }
    Value r = call_clean(interp, callable, at->items, npos, kt);
    sp = base;
    ERROR_IF(r.is_null());
    PUSH(r);
    DISPATCH();
  }
  TARGET(MAKE_FUNCTION) {
    SAVE();
    Value fn = op_make_function(interp, f, oparg, sp);
    ERROR_IF(fn.is_null());
    sp -= 1 + __builtin_popcount(oparg & 0xf);
    PUSH(fn);
    DISPATCH();
  }
  TARGET(LOAD_BUILD_CLASS) {
    SAVE();
    Value v = op_load_build_class(interp, f);
    ERROR_IF(v.is_null());
    PUSH(v);
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    Value b = sp[-1], a = sp[-2];
    Value r;
    BinOp op = BinOp(oparg >= kInplaceBase ? oparg - kInplaceBase : oparg);
    if (a.is_small_int() && b.is_small_int()) {
      if (small_int_binop(interp, op, a.as_small_int(), b.as_small_int(), &r)) goto binop_done;
    } else if (a.is_object() && b.is_object()) {
      Type* at = a.as_object()->type;
      Type* bt = b.as_object()->type;
      if (at == interp.types.float_ && bt == interp.types.float_) {
        if (float_binop_fast(interp, op, float_value(a), float_value(b), &r)) {
          ERROR_IF(r.is_null());
          goto binop_done;
        }
      } else if (op == BinOp::Add && at == interp.types.str && bt == interp.types.str) {
        // Exact strs: what str's binary slot does (str has no in-place form).
        SAVE();
        r = str_concat(interp, a.as<Str>(), b.as<Str>());
        ERROR_IF(r.is_null());
        goto binop_done;
      }
    }
    SAVE();
    r = oparg >= kInplaceBase ? inplace_op(interp, op, a, b) : binary_op(interp, op, a, b);
    ERROR_IF(r.is_null());
  binop_done:
    sp[-2] = r;
    sp--;
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    Value v = sp[-1];
    if (v.is_small_int() && v.as_small_int() != Value::kMinSmall) {
      sp[-1] = Value::small_int(-v.as_small_int());
      DISPATCH();
    }
    SAVE();
    Value r = unary_op(interp, UnaryOp::Neg, v);
    ERROR_IF(r.is_null());
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(UNARY_POSITIVE) {
    SAVE();
    Value r = unary_op(interp, UnaryOp::Pos, sp[-1]);
    ERROR_IF(r.is_null());
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    Value v = sp[-1];
    if (v.is_small_int()) { sp[-1] = Value::small_int(~v.as_small_int()); DISPATCH(); }
    SAVE();
    Value r = unary_op(interp, UnaryOp::Invert, v);
    ERROR_IF(r.is_null());
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    Value v = sp[-1];
    int t;
    if (v.is_bool()) t = v.is_true();
    else if (v.is_none()) t = 0;
    else {
      SAVE();
      t = truthy(interp, v);
      ERROR_IF(t < 0);
    }
    sp[-1] = Value::boolean(!t);
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    Value b = sp[-1], a = sp[-2];
    Value r;
    if (a.is_small_int() && b.is_small_int()) {
      r = compare_small(CmpOp(oparg), a.as_small_int(), b.as_small_int());
      // The usual consumer is a conditional jump: take it here (it cannot fail on a bool).
      uint32_t next = *ip;
      if (op_of(next) == Op::POP_JUMP_IF_FALSE) {
        sp -= 2;
        ip = r.is_true() ? ip + 1 : cc->insns + arg_of(next);
        DISPATCH();
      }
      if (op_of(next) == Op::POP_JUMP_IF_TRUE) {
        sp -= 2;
        ip = r.is_true() ? cc->insns + arg_of(next) : ip + 1;
        DISPATCH();
      }
    } else if (a.is_object() && b.is_object() && a.as_object()->type == interp.types.float_ &&
               b.as_object()->type == interp.types.float_) {
      r = compare_double(CmpOp(oparg), float_value(a), float_value(b));
    } else {
      SAVE();
      r = compare(interp, a, b, CmpOp(oparg));
      ERROR_IF(r.is_null());
    }
    sp[-2] = r;
    sp--;
    DISPATCH();
  }
  TARGET(IS_OP) {
    bool r = (sp[-2] == sp[-1]) != (oparg != 0);
    sp[-2] = Value::boolean(r);
    sp--;
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    SAVE();
    int r = contains(interp, sp[-1], sp[-2]);
    ERROR_IF(r < 0);
    sp[-2] = Value::boolean((r != 0) != (oparg != 0));
    sp--;
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Value key = sp[-1], obj = sp[-2];
    Value r = fast_subscr(interp, obj, key);
    if (r.is_null()) {
      SAVE();
      r = getitem(interp, obj, key);
      ERROR_IF(r.is_null());
    }
    sp[-2] = r;
    sp--;
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    Value key = sp[-1], obj = sp[-2], v = sp[-3];
    if (!fast_store_subscr(interp, obj, key, v)) {
      SAVE();
      if (obj.is_object() && obj.as_object()->type == interp.types.dict) {
        ERROR_IF(!dict_set(interp, obj.as<Dict>(), key, v));   // what dict's slot does
      } else {
        ERROR_IF(setitem(interp, obj, key, v) < 0);
      }
    }
    sp -= 3;
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    SAVE();
    ERROR_IF(delitem(interp, sp[-2], sp[-1]) < 0);
    sp -= 2;
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? POP() : Value::none();
    Value stop = POP();
    Value start = POP();
    SAVE();
    Value s = slice_new(interp, start, stop, step);
    if (s.is_null()) { if (!interp.has_error()) raise_no_memory(interp); goto error; }
    PUSH(s);
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    SAVE();
    Tuple* t = tuple_from(interp, sp - oparg, oparg);
    if (t == nullptr) { if (!interp.has_error()) raise_no_memory(interp); goto error; }
    sp -= oparg;
    PUSH(Value::object(t));
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    SAVE();
    List* l = list_from(interp, sp - oparg, oparg);
    if (l == nullptr) { if (!interp.has_error()) raise_no_memory(interp); goto error; }
    sp -= oparg;
    PUSH(Value::object(l));
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    SAVE();
    Value s = op_build_set(interp, sp - oparg, oparg);
    ERROR_IF(s.is_null());
    sp -= oparg;
    PUSH(s);
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    SAVE();
    Value d = op_build_map(interp, sp - 2 * oparg, oparg);
    ERROR_IF(d.is_null());
    sp -= 2 * oparg;
    PUSH(d);
    DISPATCH();
  }
  TARGET(BUILD_CONST_KEY_MAP) {
    SAVE();
    Value d = op_build_const_key_map(interp, sp - 1 - oparg, oparg, sp[-1]);
    ERROR_IF(d.is_null());
    sp -= oparg + 1;
    PUSH(d);
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    SAVE();
    Value s = op_build_string(interp, sp - oparg, oparg);
    ERROR_IF(s.is_null());
    sp -= oparg;
    PUSH(s);
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Value v = sp[-1];
    SAVE();
    ERROR_IF(!list_append(interp, sp[-1 - int(oparg)].as<List>(), v));
    sp--;
    DISPATCH();
  }
  TARGET(SET_ADD) {
    Value v = sp[-1];
    SAVE();
    ERROR_IF(set_add(interp, sp[-1 - int(oparg)].as<Set>(), v) < 0);
    sp--;
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    Value v = sp[-1], k = sp[-2];
    SAVE();
    ERROR_IF(!dict_set(interp, sp[-2 - int(oparg)].as<Dict>(), k, v));
    sp -= 2;
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    SAVE();
    ERROR_IF(!op_list_extend(interp, sp[-1 - int(oparg)], sp[-1]));
    sp--;
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    SAVE();
    ERROR_IF(!op_set_update(interp, sp[-1 - int(oparg)], sp[-1]));
    sp--;
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    SAVE();
    ERROR_IF(!op_dict_update(interp, sp[-1 - int(oparg)], sp[-1]));
    sp--;
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    SAVE();
    ERROR_IF(!op_dict_merge(interp, sp[-1 - int(oparg)], sp[-1], sp[-3 - int(oparg)]));
    sp--;
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    List* l = sp[-1].as<List>();
    SAVE();
    Tuple* t = tuple_from(interp, l->items, l->size);
    if (t == nullptr) { if (!interp.has_error()) raise_no_memory(interp); goto error; }
    sp[-1] = Value::object(t);
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    Value seq = sp[-1];
    if (is_tuple(seq) && seq.as<Tuple>()->size == oparg) {
      Tuple* t = seq.as<Tuple>();
      sp--;
      for (uint32_t i = oparg; i-- > 0;) PUSH(t->items[i]);
      DISPATCH();
    }
    if (is_list(seq) && seq.as<List>()->size == oparg) {
      List* l = seq.as<List>();
      sp--;
      for (uint32_t i = oparg; i-- > 0;) PUSH(l->items[i]);
      DISPATCH();
    }
    SAVE();
    ERROR_IF(!op_unpack_sequence(interp, seq, oparg, sp - 1));
    sp += int(oparg) - 1;
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    Value seq = sp[-1];
    SAVE();
    uint32_t before = oparg & 0xff, after = oparg >> 8;
    ERROR_IF(!op_unpack_ex(interp, seq, before, after, sp - 1));
    sp += int(before + after + 1) - 1;
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    Value spec = (oparg & 4) ? POP() : Value::null();
    Value v = sp[-1];
    if (spec.is_null() && (oparg & 3) == 0 && is_str(v) && v.as_object()->type == interp.types.str) {
      DISPATCH();
    }
    SAVE();
    Value r = op_format_value(interp, v, oparg, spec);
    ERROR_IF(r.is_null());
    sp[-1] = r;
    DISPATCH();
  }

  TARGET(JUMP) {
    const uint32_t* target = cc->insns + oparg;
    if (target < ip) {
      ip = target;
      SAFEPOINT();
      DISPATCH();
    }
    ip = target;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    int t;
    if (v.is_bool()) t = v.is_true();
    else if (v.is_none()) t = 0;
    else if (v.is_small_int()) t = v.as_small_int() != 0;
    else {
      SAVE();
      t = truthy(interp, v);
      ERROR_IF(t < 0);
    }
    if (!t) ip = cc->insns + oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    int t;
    if (v.is_bool()) t = v.is_true();
    else if (v.is_none()) t = 0;
    else if (v.is_small_int()) t = v.as_small_int() != 0;
    else {
      SAVE();
      t = truthy(interp, v);
      ERROR_IF(t < 0);
    }
    if (t) ip = cc->insns + oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_NONE) {
    if (POP().is_none()) ip = cc->insns + oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_NOT_NONE) {
    if (!POP().is_none()) ip = cc->insns + oparg;
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    Value v = sp[-1];
    int t;
    if (v.is_bool()) t = v.is_true();
    else if (v.is_none()) t = 0;
    else {
      SAVE();
      t = truthy(interp, v);
      ERROR_IF(t < 0);
    }
    if (!t) ip = cc->insns + oparg;
    else sp--;
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    Value v = sp[-1];
    int t;
    if (v.is_bool()) t = v.is_true();
    else if (v.is_none()) t = 0;
    else {
      SAVE();
      t = truthy(interp, v);
      ERROR_IF(t < 0);
    }
    if (t) ip = cc->insns + oparg;
    else sp--;
    DISPATCH();
  }
  TARGET(GET_ITER) {
    SAVE();
    Value it = get_iter(interp, sp[-1]);
    ERROR_IF(it.is_null());
    sp[-1] = it;
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = sp[-1];
    if (is_generator(it)) {
      auto* g = it.as<Generator>();
      Frame* gf = g->frame();
      if (g->state == GenState::Suspended && (gf->flags & kFrameStarted) &&
          op_of(gf->ip[-1]) != Op::YIELD_FROM && interp.call_depth < interp.recursion_limit) {
        // Resuming a suspended generator at a YIELD_VALUE: gen_link's work, inline. The
        // None it sends is pushed as the value of its yield expression.
        SAVE();
        interp.call_depth++;
        gf->back = f;
        gf->entry = FrameEntry::ForIter;
        g->state = GenState::Running;
        {
          Value own = gf->saved_handled_exc;   // see Frame::saved_handled_exc
          gf->saved_handled_exc = handled_or_none(interp.handled_exc);
          interp.handled_exc = own;
        }
        f = gf;
        interp.frame = f;
        LOAD_REGS();
        PUSH(Value::none());
        DISPATCH();
      }
      SAVE();
      int ok = gen_check_resume(interp, g, Value::none(), false);
      ERROR_IF(ok < 0);
      if (ok == 0) {
        sp--;
        ip = cc->insns + oparg;
        DISPATCH();
      }
      ERROR_IF(!gen_link(interp, g, f, FrameEntry::ForIter, Value::none()));
      f = g->frame();
      interp.frame = f;
      LOAD_REGS();
      DISPATCH();
    }
    Type* t = fast_type(interp, it);
    // The two commonest iterators, inline (as their next slots do; exhaustion takes the slot).
    if (t == interp.types.range_iterator) {
      auto* r = it.as<RangeIter>();
      if (!r->big && r->remaining != 0 && Value::fits_small(r->next)) {
        Value v = Value::small_int(r->next);
        r->next = int64_t(uint64_t(r->next) + uint64_t(r->step));
        r->remaining--;
        PUSH(v);
        DISPATCH();
      }
    } else if (t == interp.types.list_iterator) {
      auto* li = it.as<SeqIter>();
      if (!li->seq.is_null()) {
        List* l = li->seq.as<List>();
        if (uint64_t(li->index) < l->size) {
          PUSH(l->items[li->index++]);
          DISPATCH();
        }
      }
    }
    SAVE();
    Value v = t->next != nullptr ? t->next(interp, it) : iter_next(interp, it);
    if (v.is_null()) {
      if (interp.has_error()) {
        if (!error_matches(interp, interp.exc_types.StopIteration)) goto error;
        clear_error(interp);
      }
      sp--;
      ip = cc->insns + oparg;
      DISPATCH();
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(YIELD_VALUE) {
    result = POP();
    *how = f->owner()->kind == Kind::AsyncGenerator ? ExitKind::AsyncGenYield : ExitKind::Yield;
    goto do_yield;
  }
  TARGET(GET_YIELD_FROM_ITER) {
    SAVE();
    Value it = op_get_yield_from_iter(interp, sp[-1], f->code);
    ERROR_IF(it.is_null());
    sp[-1] = it;
    DISPATCH();
  }
  TARGET(YIELD_FROM) {
    Value v = POP();
    Value receiver = sp[-1];
    SAVE();
    // coroutine.__await__() wrappers are driven through their coroutine's frame directly.
    if (is_kind(receiver, Kind::CoroutineWrapper)) receiver = receiver.as<CoroWrapper>()->coro;
    if (is_gen_or_coro(receiver)) {
      auto* g = receiver.as<Generator>();
      int ok = gen_check_resume(interp, g, v, false);
      ERROR_IF(ok < 0);
      if (ok == 0) {
        sp[-1] = Value::none();
        DISPATCH();
      }
      ERROR_IF(!gen_link(interp, g, f, FrameEntry::YieldFrom, v));
      f = g->frame();
      interp.frame = f;
      LOAD_REGS();
      DISPATCH();
    }
    Value out;
    if (receiver.is_object() && receiver.as_object()->type->await_step != nullptr) {
      // `await future`: no iterator object; the frame remembers that it already yielded.
      bool resumed = f->flags & kFrameAwaitYielded;
      int r = receiver.as_object()->type->await_step(interp, receiver, resumed, &out);
      if (r != 0) {
        f->flags &= ~kFrameAwaitYielded;
        ERROR_IF(r < 0);
        sp[-1] = out;
        DISPATCH();
      }
      f->flags |= kFrameAwaitYielded;
      result = out;
      *how = ExitKind::Yield;
      goto do_yield;
    }
    GenStatus st = op_send_generic(interp, receiver, v, &out);
    if (st == GenStatus::Error) goto error;
    if (st == GenStatus::Return) {
      sp[-1] = out;
      DISPATCH();
    }
    result = out;
    *how = ExitKind::Yield;
    goto do_yield;
  }
  TARGET(GET_AWAITABLE) {
    SAVE();
    Value a = op_get_awaitable(interp, sp[-1], oparg);
    ERROR_IF(a.is_null());
    sp[-1] = a;
    DISPATCH();
  }
  TARGET(GET_AITER) {
    SAVE();
    Value a = op_get_aiter(interp, sp[-1]);
    ERROR_IF(a.is_null());
    sp[-1] = a;
    DISPATCH();
  }
  TARGET(GET_ANEXT) {
    SAVE();
    Value a = op_get_anext(interp, sp[-1]);
    ERROR_IF(a.is_null());
    PUSH(a);
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    Value exc = sp[-1];
    if (is_exception(exc) && is_subtype(exc.as_object()->type, interp.exc_types.StopAsyncIteration)) {
      sp -= 2;
      DISPATCH();
    }
    sp--;
    SAVE();
    restore_error(interp, exc);
    err_index = f->current_index();
    goto unwind;
  }
  TARGET(BEFORE_ASYNC_WITH) {
    SAVE();
    Value exit_fn;
    Value r = op_before_with(interp, sp[-1], &exit_fn, true);
    ERROR_IF(r.is_null());
    sp[-1] = exit_fn;
    PUSH(r);
    DISPATCH();
  }

  TARGET(PUSH_EXC_INFO) {
    Value exc = sp[-1];
    sp[-1] = handled_or_none(interp.handled_exc);
    PUSH(exc);
    interp.handled_exc = exc;
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    interp.handled_exc = POP();
    DISPATCH();
  }
  TARGET(CHECK_EXC_MATCH) {
    Value type = sp[-1];
    SAVE();
    ERROR_IF(op_check_exc_type(interp, type, false) < 0);
    sp[-1] = Value::boolean(exception_matches(interp, sp[-2], type));
    DISPATCH();
  }
  TARGET(CHECK_EG_MATCH) {
    Value type = sp[-1];
    SAVE();
    ERROR_IF(op_check_exc_type(interp, type, true) < 0);
    Value rest;
    Value match = op_check_eg_match(interp, sp[-2], type, &rest);
    ERROR_IF(match.is_null());
    if (match.is_none()) {
      sp[-1] = match;
      DISPATCH();
    }
    sp[-2] = rest;
    sp[-1] = match;
    interp.handled_exc = match;
    DISPATCH();
  }
  TARGET(PREP_RERAISE_STAR) {
    SAVE();
    Value r = op_prep_reraise_star(interp, sp[-2], sp[-1]);
    ERROR_IF(r.is_null());
    sp[-2] = r;
    sp--;
    DISPATCH();
  }
  TARGET(RERAISE) {
    Value exc = POP();
    if (oparg) {
      Value lasti = sp[-int(oparg)];
      (void)lasti;  // only affects f_lineno in CPython; the traceback already has the line
    }
    SAVE();
    restore_error(interp, exc);
    err_index = f->current_index();
    goto unwind;
  }
  TARGET(RAISE_VARARGS) {
    SAVE();
    if (oparg == 0) {
      Value exc = topmost_handled(interp);
      if (exc.is_none()) {
        raise(interp, interp.exc_types.RuntimeError, "No active exception to reraise");
        goto error;
      }
      restore_error(interp, exc);
      err_index = f->current_index();
      goto unwind;
    }
    Value cause = oparg == 2 ? sp[-1] : Value::null();
    Value exc = sp[-int(oparg)];
    op_raise(interp, exc, cause, oparg == 2);
    sp -= oparg;
    goto error_tb;
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value::object(interp.exc_types.AssertionError));
    DISPATCH();
  }
  TARGET(BEFORE_WITH) {
    SAVE();
    Value exit_fn;
    Value r = op_before_with(interp, sp[-1], &exit_fn, false);
    ERROR_IF(r.is_null());
    sp[-1] = exit_fn;
    PUSH(r);
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    SAVE();
    Value r = op_with_except_start(interp, sp[-4], sp[-1]);
    ERROR_IF(r.is_null());
    PUSH(r);
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    SAVE();
    Value m = op_import_name(interp, f, NAME(oparg), sp[-1], sp[-2]);
    ERROR_IF(m.is_null());
    sp[-2] = m;
    sp--;
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    SAVE();
    Value v = import_from(interp, sp[-1], NAME(oparg));
    ERROR_IF(v.is_null());
    PUSH(v);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    SAVE();
    ERROR_IF(!op_import_star(interp, f, sp[-1]));
    sp--;
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    SAVE();
    ERROR_IF(!op_setup_annotations(interp, f));
    DISPATCH();
  }
  TARGET(GET_LEN) {
    SAVE();
    int64_t n = length(interp, sp[-1]);
    ERROR_IF(n < 0);
    Value v = make_int(interp, n);
    PUSH(v);
    DISPATCH();
  }

  TARGET(RETURN_VALUE) {
    result = POP();
    SAVE();
    if (f->owner() != nullptr) {
      FrameEntry kind = f->entry;
      Frame* back = f->back;
      gen_frame_leave(interp, f, false);
      if (f == entry) {
        interp.frame = back;
        *how = ExitKind::Return;
        return result;
      }
      f = back;
      interp.frame = f;
      LOAD_REGS();
      if (kind == FrameEntry::ForIter) {
        sp--;
        ip = cc->insns + arg_of(ip[-1]);
        DISPATCH();
      }
      // YieldFrom: replace the receiver with the result.
      sp[-1] = result;
      DISPATCH();
    }
    FrameEntry kind = f->entry;
    Frame* back = f->back;
    interp.call_depth--;
    if (f->flags & kFrameOnStack) pop_frame_inline(vm, f);
    if (f == entry) {
      interp.frame = back;
      *how = ExitKind::Return;
      return result;
    }
    f = back;
    interp.frame = f;
    LOAD_REGS();
    if (kind == FrameEntry::Init) {
      if (!result.is_none()) {
        raise(interp, interp.exc_types.TypeError, "__init__() should return None, not '%s'",
              type_name(interp, result));
        goto error;
      }
    } else {
      PUSH(result);
    }
    SAFEPOINT();
    DISPATCH();
  }

  // ---- yielding: f (a generator frame) yields `result`; *how says which kind.
do_yield : {
    SAVE();
    FrameEntry kind = f->entry;
    Frame* back = f->back;
    auto* g = static_cast<Generator*>(f->owner());
    g->state = GenState::Suspended;
    if (!g->finalizable && !f->code->body->exception_table.empty()) gen_note_suspended(interp, vm, g);
    {
      Value resumer = f->saved_handled_exc;   // see Frame::saved_handled_exc
      f->saved_handled_exc = handled_or_none(interp.handled_exc);
      interp.handled_exc = resumer;
    }
    f->back = nullptr;
    interp.call_depth--;
    interp.frame = back;
    if (f == entry) {
      return result;
    }
    f = back;
    LOAD_REGS();
    if (kind == FrameEntry::ForIter) {
      PUSH(result);
      DISPATCH();
    }
    // YieldFrom: the delegating frame yields the same value (it stays at its YIELD_FROM).
    *how = ExitKind::Yield;
    goto do_yield;
  }

  // ---- throwing into a suspended generator frame (gen_resume with an exception)
throw_into : {
    for (;;) {
      bool in_yield_from = (f->flags & kFrameStarted) && f->ip > f->first_insn() &&
                           op_of(f->ip[-1]) == Op::YIELD_FROM;
      if (f->owner() == nullptr || !in_yield_from) break;
      f->flags &= ~kFrameAwaitYielded;   // the exception ends this await whatever it awaits
      Value receiver = f->sp[-1];
      Value exc = interp.exc;
      if (is_exception(exc) && is_subtype(exc.as_object()->type, interp.exc_types.GeneratorExit)) {
        clear_error(interp);
        if (op_close_receiver(interp, receiver)) restore_error(interp, exc);
        break;
      }
      if (is_kind(receiver, Kind::CoroutineWrapper)) receiver = receiver.as<CoroWrapper>()->coro;
      if (is_gen_or_coro(receiver) && receiver.as<Generator>()->state == GenState::Suspended) {
        auto* g = receiver.as<Generator>();
        clear_error(interp);
        if (!gen_link(interp, g, f, FrameEntry::YieldFrom, Value::null())) break;
        restore_error(interp, exc);
        f = g->frame();
        interp.frame = f;
        continue;
      }
      Value out;
      GenStatus st;
      clear_error(interp);
      int handled = op_throw_generic(interp, receiver, exc, &out, &st);
      if (!handled) {
        restore_error(interp, exc);
        break;
      }
      LOAD_REGS();
      if (st == GenStatus::Error) break;
      if (st == GenStatus::Return) {
        sp[-1] = out;
        DISPATCH();
      }
      result = out;
      *how = ExitKind::Yield;
      goto do_yield;
    }
    LOAD_REGS();
    if (f->owner() != nullptr) {
      // CPython chains the thrown exception to what this generator itself was handling.
      if (!interp.handled_exc.is_null() && !interp.handled_exc.is_none())
        chain_context(interp, interp.exc, interp.handled_exc);
      if (!(f->flags & kFrameStarted)) {
        // Never ran: the exception is raised "at the def line" and ends the generator.
        f->flags |= kFrameStarted;
        if (is_exception(interp.exc))
          traceback_add(interp, interp.exc.as<BaseException>(), f->code, -1);
        err_index = -1;
        goto unwind;
      }
    }
    goto error_tb;
  }

  // ---- errors. `error`: raised by an instruction of f (chains __context__ to the handled
  // exception if it is fresh); `error_tb`: adds the traceback entry only; `unwind`: looks for
  // a handler for err_index, leaving frames as needed.
error : {
    Value exc = interp.exc;
    if (is_exception(exc)) {
      auto* e = exc.as<BaseException>();
      if (e->traceback.is_null() || e->traceback.is_none()) chain_context(interp, exc, topmost_handled(interp));
    }
  }
error_tb : {
    SAVE();
    err_index = f->current_index();
    Value exc = interp.exc;
    if (is_exception(exc)) traceback_add(interp, exc.as<BaseException>(), f->code, err_index);
  }
unwind : {
    const ExceptionTableEntry* h = find_handler(f->code, err_index);
    if (h != nullptr) {
      sp = f->stack_base() + h->depth;
      if (h->lasti) PUSH(Value::small_int(err_index));
      PUSH(fetch_error(interp));
      ip = cc->insns + h->target;
      kwnames = nullptr;
      DISPATCH();
    }
    // Leave f.
    Frame* back = f->back;
    if (f->owner() != nullptr) {
      gen_frame_leave(interp, f, true);
    } else {
      interp.call_depth--;
      if (f->flags & kFrameOnStack) frame_pop(vm, f);
    }
    if (f == entry) {
      interp.frame = back;
      *how = ExitKind::Error;
      return Value::null();
    }
    f = back;
    interp.frame = f;
    LOAD_REGS();
    goto error_tb;
  }

#undef LOAD_REGS
#undef SAVE
#undef DISPATCH
#undef SAFEPOINT
#undef PUSH
#undef POP
#undef TOP
#undef NAME
#undef SITE
#undef TARGET
#undef ERROR_IF
#undef ENTER_FAST_FRAME
}

}  // namespace coil
