// The dispatch loop: run_frame executes bytecode with computed goto. Python-to-Python calls,
// __init__ of plain classes, and generator/coroutine resumption (FOR_ITER, YIELD_FROM) push or
// link frames and continue in this same loop, so they never grow the C++ stack.
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
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

// The truth of the values tested without a call: 1 or 0, or -1 when __bool__/__len__ must run.
inline int quick_truth(Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  return -1;
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

// No cross-jumping: GCC may merge the identical `PUSH(v); DISPATCH();` tails of many opcodes
// into one, which then share one indirect jump (mispredicted far more often) and spill the
// registers around it. Whether it does depends on unrelated edits of this function; when it
// did, bench/cpu ran 5-30% slower.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-crossjumping")))
#endif
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

// The registers hold the running frame's ip and sp and what its code refers to most; SAVE()
// writes ip and sp back, as must happen before anything that may raise, collect or look at
// the frame.
#define LOAD_REGS()                                                \
  do {                                                             \
    Code* co_ = f->code;                                           \
    ip = f->ip;                                                    \
    sp = f->sp;                                                    \
    fast = f->localsplus;                                          \
    consts = co_->consts->items;                                   \
    names = co_->names;                                            \
    cc = co_->body->caches;                                        \
    if (__builtin_expect(cc == nullptr, 0)) cc = code_caches(co_); \
  } while (0)
#define SAVE() (f->ip = ip, f->sp = sp)
#define DISPATCH()              \
  do {                          \
    insn = *ip++;               \
    oparg = arg_of(insn);       \
    goto* kLabels[insn & 0xff]; \
  } while (0)
#define ERROR_IF(cond) do { if (cond) goto error; } while (0)
// Collection may run here (every live value is in a frame); generators it found unreachable
// while suspended in a try/with are closed right after.
#define SAFEPOINT()                                                                      \
  do {                                                                                   \
    if (__builtin_expect(interp.heap.wants_collection() || vm->to_close.size != 0, 0)) { \
      SAVE();                                                                            \
      interp.safepoint();                                                                \
      if (vm->to_close.size != 0) run_pending_closes(interp, vm);                        \
    }                                                                                    \
  } while (0)
// Enter frame nf, called with `how` by f (whose stack, without the call's operands, ends at
// caller_sp). ENTER_FAST_FRAME: nf made by push_fast_frame, the registers set from what that
// knows (reading back what was just stored costs a store-forwarding stall); ENTER_FRAME: nf
// made by push_call_frame.
#define ENTER_FAST_FRAME(nf, fcc, caller_sp, how) \
  do {                                            \
    f->ip = ip;                                   \
    f->sp = (caller_sp);                          \
    (nf)->back = f;                               \
    (nf)->entry = (how);                          \
    f = (nf);                                     \
    interp.frame = f;                             \
    ip = (fcc)->insns;                            \
    fast = f->localsplus;                         \
    sp = fast + (fcc)->nlocalsplus;               \
    consts = f->code->consts->items;              \
    names = f->code->names;                       \
    cc = (fcc);                                   \
    SAFEPOINT();                                  \
    DISPATCH();                                   \
  } while (0)
#define ENTER_FRAME(nf, caller_sp, how) \
  do {                                  \
    f->sp = (caller_sp);                \
    (nf)->back = f;                     \
    (nf)->entry = (how);                \
    f = (nf);                           \
    interp.frame = f;                   \
    LOAD_REGS();                        \
    SAFEPOINT();                        \
    DISPATCH();                         \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define NAME(i) (names->items[i].as<Str>())
// The inline cache entry of the instruction being executed.
#define SITE() (&cc->entries[cc->site[ip - 1 - cc->insns]])
#define TARGET(op) L_##op:

  LOAD_REGS();
  if (throwing) goto throw_into;
  DISPATCH();

  TARGET(NOP) { DISPATCH(); }
  TARGET(POP_TOP) {
    Value v = sp[-1];
    // Dropping a generator suspended in a try/with (`break` out of its for loop): see gen_dropped.
    if (is_gen_or_coro(v) && v.as<Generator>()->flag(kGenFinalizable)) goto cold_op;
    sp--;
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
  TARGET(LOAD_DEREF) {
    Value v = fast[oparg].as<Cell>()->value;
    if (v.is_null()) { SAVE(); op_raise_unbound(interp, f->code, oparg); goto error; }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) { fast[oparg].as<Cell>()->value = POP(); DISPATCH(); }
  TARGET(LOAD_CLOSURE) { PUSH(fast[oparg]); DISPATCH(); }
  TARGET(LOAD_GLOBAL) {
    Str* name = NAME(oparg);
    InlineCache* c = SITE();
    Value v = ic_load_global(c, f->globals, interp.builtins, name);
    if (v.is_null()) goto cold_op;
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    if (!ic_store_name(SITE(), f->globals, NAME(oparg), sp[-1])) goto cold_op;
    sp--;
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    Dict* locals = f->locals();
    if (locals != nullptr && locals->type == interp.types.dict) {
      InlineCache* c = SITE();
      if (c->kind == CacheKind::Global && ic_dict_has_at(locals, c->hint, NAME(oparg))) {
        PUSH(locals->entries[c->hint].value);
        DISPATCH();
      }
    }
    goto cold_op;
  }
  TARGET(STORE_NAME) {
    Dict* d = f->locals() != nullptr ? f->locals() : f->globals;
    if (d->type != interp.types.dict || !ic_store_name(SITE(), d, NAME(oparg), sp[-1])) goto cold_op;
    sp--;
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    Value obj = sp[-1];
    Str* name = NAME(oparg);
    InlineCache* c = SITE();
    Value v = ic_load_attr(c, obj, name);
    if (v.is_null()) goto cold_op;
    sp[-1] = v;
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    Value obj = sp[-1];
    Str* name = NAME(oparg);
    InlineCache* c = SITE();
    if (!ic_store_attr(c, obj, name, sp[-2])) goto cold_op;
    sp -= 2;
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
    if (v.is_null()) goto cold_op;
    sp[-1] = Value::null();
    PUSH(v);
    DISPATCH();
  }

  TARGET(KW_NAMES) { kwnames = consts[oparg].as<Tuple>(); DISPATCH(); }
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
        if (nf != nullptr) ENTER_FAST_FRAME(nf, fcc, base, FrameEntry::Call);
      }
      if (!(code->code_flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator))) {
        SAVE();
        Frame* nf = push_call_frame(interp, vm, fn, args, nargs, kw);
        ERROR_IF(nf == nullptr);
        ENTER_FRAME(nf, base, FrameEntry::Call);
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
        base[0] = inst;
        if (nf != nullptr) ENTER_FAST_FRAME(nf, fcc, base + 1, FrameEntry::Init);
        nf = push_call_frame(interp, vm, fn, base + 1, nargs + 1, kw);
        ERROR_IF(nf == nullptr);
        ENTER_FRAME(nf, base + 1, FrameEntry::Init);
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
    Value* base = sp - 3 - (oparg & 1);   // NULL, callable, args [, kwargs]
    SAVE();
    Frame* nf;
    Value r = op_call_function_ex(interp, vm, f, base, oparg & 1, &nf);
    ERROR_IF(r.is_null());
    if (nf != nullptr) ENTER_FRAME(nf, base, FrameEntry::Call);
    sp = base;
    PUSH(r);
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    Value b = sp[-1], a = sp[-2];
    Value r;
    BinOp op = BinOp(oparg >= kInplaceBase ? oparg - kInplaceBase : oparg);
    if (__builtin_expect(a.is_small_int() && b.is_small_int(), 1)) {
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
    goto cold_op;
  }
  TARGET(UNARY_INVERT) {
    Value v = sp[-1];
    if (v.is_small_int()) { sp[-1] = Value::small_int(~v.as_small_int()); DISPATCH(); }
    goto cold_op;
  }
  TARGET(UNARY_NOT) {
    int t = quick_truth(sp[-1]);
    if (t < 0) {
      SAVE();
      t = truthy(interp, sp[-1]);
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
    goto cold_op;
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
    bool backward = target < ip;
    ip = target;
    if (backward) SAFEPOINT();   // a loop reaches a safe point at each iteration
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    int t = quick_truth(v);
    if (t < 0) {
      SAVE();
      t = truthy(interp, v);
      ERROR_IF(t < 0);
    }
    if (!t) ip = cc->insns + oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    int t = quick_truth(v);
    if (t < 0) {
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
    int t = quick_truth(sp[-1]);
    if (t < 0) {
      SAVE();
      t = truthy(interp, sp[-1]);
      ERROR_IF(t < 0);
    }
    if (!t) ip = cc->insns + oparg;
    else sp--;
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    int t = quick_truth(sp[-1]);
    if (t < 0) {
      SAVE();
      t = truthy(interp, sp[-1]);
      ERROR_IF(t < 0);
    }
    if (t) ip = cc->insns + oparg;
    else sp--;
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = sp[-1];
    if (is_generator(it)) {
      auto* g = it.as<Generator>();
      SAVE();
      if (gen_resume_fast(interp, g, f)) {
        f = g->frame();
        LOAD_REGS();
        PUSH(Value::none());
        DISPATCH();
      }
      int ok = op_gen_enter(interp, g, f, FrameEntry::ForIter, Value::none());
      ERROR_IF(ok < 0);
      if (ok == 0) {
        sp--;
        ip = cc->insns + oparg;
        DISPATCH();
      }
      f = g->frame();
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
  TARGET(YIELD_FROM) {
    Value v = POP();
    SAVE();
    Value out;
    SendStep step = op_yield_from(interp, f, v, &out);
    ERROR_IF(step == SendStep::Error);
    if (step == SendStep::Enter) {
      f = interp.frame;
      LOAD_REGS();
    } else if (step == SendStep::Yield) {
      result = out;
      *how = ExitKind::Yield;
      goto do_yield;
    }
    DISPATCH();
  }

  TARGET(RAISE_VARARGS) TARGET(RERAISE) TARGET(END_ASYNC_FOR) {
    SAVE();
    Value* nsp = sp;   // (the registers' addresses are never taken: they would live in memory)
    RaiseStep step = op_raise_step(interp, &nsp, ip[-1]);
    sp = nsp;
    if (step == RaiseStep::Continue) DISPATCH();
    if (step == RaiseStep::Raise) goto error_tb;
    if (step == RaiseStep::Error) goto error;
    SAVE();
    err_index = f->current_index();
    goto unwind;
  }

  // Opcodes without a fast path run out of line (vm/ops_cold.cpp, one shared entry): what
  // they do costs far more than the call, and this loop stays small.
  TARGET(DELETE_FAST) TARGET(DELETE_DEREF) TARGET(LOAD_CLASSDEREF) TARGET(DELETE_GLOBAL)
  TARGET(DELETE_NAME) TARGET(DELETE_ATTR) TARGET(DELETE_SUBSCR) TARGET(UNARY_POSITIVE)
  TARGET(GET_LEN) TARGET(LOAD_ASSERTION_ERROR) TARGET(MAKE_FUNCTION) TARGET(LOAD_BUILD_CLASS)
  TARGET(SETUP_ANNOTATIONS) TARGET(IMPORT_NAME) TARGET(IMPORT_FROM) TARGET(IMPORT_STAR)
  TARGET(BUILD_SET) TARGET(BUILD_MAP) TARGET(BUILD_CONST_KEY_MAP) TARGET(SET_ADD) TARGET(MAP_ADD)
  TARGET(LIST_EXTEND) TARGET(SET_UPDATE) TARGET(DICT_UPDATE) TARGET(DICT_MERGE)
  TARGET(LIST_TO_TUPLE) TARGET(UNPACK_EX) TARGET(BEFORE_WITH) TARGET(BEFORE_ASYNC_WITH)
  TARGET(WITH_EXCEPT_START) TARGET(GET_YIELD_FROM_ITER) TARGET(GET_AWAITABLE) TARGET(GET_AITER)
  TARGET(GET_ANEXT) TARGET(CHECK_EXC_MATCH) TARGET(CHECK_EG_MATCH) TARGET(PREP_RERAISE_STAR)
  TARGET(BUILD_SLICE) TARGET(BUILD_TUPLE) TARGET(BUILD_LIST) TARGET(GET_ITER) TARGET(PUSH_EXC_INFO)
  TARGET(POP_EXCEPT)
  // Also where POP_TOP, the name and attribute opcodes, UNARY_NEGATIVE/INVERT,
  // UNPACK_SEQUENCE, FORMAT_VALUE and GET_AWAITABLE leave their fast paths.
  cold_op : {
    SAVE();
    Value* nsp = run_cold_op(interp, vm, f, sp);
    ERROR_IF(nsp == nullptr);
    sp = nsp;
    DISPATCH();
  }

  TARGET(RETURN_VALUE) {
    result = POP();
    SAVE();
    FrameEntry kind = f->entry;
    Frame* back = f->back;
    if (f->owner() != nullptr) {
      gen_frame_leave(interp, f, false);
    } else {
      interp.call_depth--;
      if (f->flags & kFrameOnStack) pop_frame_inline(vm, f);
    }
    interp.frame = back;
    if (f == entry) {
      *how = ExitKind::Return;
      return result;
    }
    f = back;
    LOAD_REGS();
    if (kind == FrameEntry::Call) {
      PUSH(result);
    } else if (kind == FrameEntry::Init) {
      ERROR_IF(!result.is_none() && op_init_returned(interp, result));
    } else if (kind == FrameEntry::ForIter) {   // a generator is exhausted: leave the loop
      sp--;
      ip = cc->insns + arg_of(ip[-1]);
      DISPATCH();
    } else {   // YieldFrom: the receiver is replaced with the result
      sp[-1] = result;
      DISPATCH();
    }
    SAFEPOINT();
    DISPATCH();
  }

  // ---- yielding: f (a generator frame) yields `result`; *how says which kind.
do_yield : {
    SAVE();
    FrameEntry kind = f->entry;
    Frame* back = gen_suspend(interp, vm, f);
    if (f == entry) return result;
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
    Value out;
    ThrowStep step;
    f = op_throw_into(interp, f, &step, &out);
    LOAD_REGS();
    if (step == ThrowStep::Resume) DISPATCH();
    if (step == ThrowStep::Yield) {
      result = out;
      *how = ExitKind::Yield;
      goto do_yield;
    }
    err_index = -1;
    if (step == ThrowStep::RaiseUnstarted) goto unwind;
    goto error_tb;
  }

  // ---- errors. `error`: raised by an instruction of f (chains __context__ to the handled
  // exception if it is fresh); `error_tb`: adds the traceback entry only; `unwind`: looks for
  // a handler for err_index, leaving frames as needed.
error:
  SAVE();
  err_index = op_raised(interp, f, true);
  goto unwind;
error_tb:
  SAVE();
  err_index = op_raised(interp, f, false);
unwind : {
    f = op_unwind(interp, vm, f, entry, err_index);
    if (f == nullptr) {
      *how = ExitKind::Error;
      return Value::null();
    }
    LOAD_REGS();
    kwnames = nullptr;
    DISPATCH();
  }
}

}  // namespace coil
