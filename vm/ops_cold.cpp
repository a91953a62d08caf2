// Opcodes run out of line: those without a fast path (deletes, imports, class and function
// building, most build ops, with/await/except setup) and the slow paths of the others. The
// dispatch loop sends them all to run_cold_op, so that its own code is only what runs often.
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm_internal.h"

namespace coil {

namespace {

Value* unbound(Interp& interp, const Code* code, uint32_t index) {
  op_raise_unbound(interp, code, index);
  return nullptr;
}

}  // namespace

Value* run_cold_op(Interp& interp, VmState* vm, Frame* f, Value* sp) {
  uint32_t insn = f->ip[-1];
  uint32_t oparg = arg_of(insn);
  Code* code = f->code;
  auto name = [code, oparg]() { return code->names->items[oparg].as<Str>(); };
  auto site = [code, f]() {
    CodeCaches* cc = code->body->caches;
    return &cc->entries[cc->site[f->ip - 1 - cc->insns]];
  };
  switch (op_of(insn)) {
    // ---- slow paths of the loop's fast opcodes (UNPACK_SEQUENCE's is with the build ops)
    case Op::POP_TOP:   // a generator that may need closing (see gen_dropped)
      f->sp = --sp;     // no longer reachable from this frame
      gen_dropped(interp, vm, *sp);
      return sp;
    case Op::LOAD_GLOBAL:
    case Op::LOAD_NAME: {
      Value v = op_of(insn) == Op::LOAD_GLOBAL ? op_load_global(interp, f, name(), site())
                                               : op_load_name(interp, f, name(), site());
      if (v.is_null()) return nullptr;
      *sp++ = v;
      return sp;
    }
    case Op::LOAD_ATTR: {
      Value v = ic_load_attr_slow(interp, site(), sp[-1], name());
      if (v.is_null()) return nullptr;
      sp[-1] = v;
      return sp;
    }
    case Op::STORE_ATTR: return ic_store_attr_slow(interp, site(), sp[-1], name(), sp[-2]) ? sp - 2 : nullptr;
    case Op::LOAD_METHOD: {
      bool is_method;
      Value obj = sp[-1];
      Value v = ic_load_method_slow(interp, site(), obj, name(), &is_method);
      if (v.is_null()) return nullptr;
      sp[-1] = is_method ? v : Value::null();   // (method, self) or (NULL, attribute)
      *sp++ = is_method ? obj : v;
      return sp;
    }
    case Op::STORE_NAME: return op_store_name(interp, f, name(), sp[-1], site()) ? sp - 1 : nullptr;
    case Op::STORE_GLOBAL:
      if (!dict_set_str(interp, f->globals, name(), sp[-1])) return nullptr;
      ic_fill_global(site(), f->globals, nullptr, name());
      return sp - 1;

    // ---- locals, cells, deletes and other rare ones
    case Op::DELETE_FAST: {
      Value old = f->localsplus[oparg];
      if (old.is_null()) return unbound(interp, code, oparg);
      f->localsplus[oparg] = Value::null();
      if (is_gen_or_coro(old) && old.as<Generator>()->flag(kGenFinalizable)) gen_dropped(interp, vm, old);
      return sp;
    }
    case Op::DELETE_DEREF: {
      Cell* c = f->localsplus[oparg].as<Cell>();
      if (c->value.is_null()) return unbound(interp, code, oparg);
      c->value = Value::null();
      return sp;
    }
    case Op::LOAD_CLASSDEREF: {
      Value v = f->locals() != nullptr ? dict_get_str(f->locals(), localsplus_name(code, oparg)) : Value::null();
      if (v.is_null()) v = f->localsplus[oparg].as<Cell>()->value;
      if (v.is_null()) return unbound(interp, code, oparg);
      *sp++ = v;
      return sp;
    }
    case Op::DELETE_GLOBAL: return op_delete_global(interp, f, name()) ? sp : nullptr;
    case Op::DELETE_NAME: return op_delete_name(interp, vm, f, name()) ? sp : nullptr;
    case Op::DELETE_ATTR: return delattr(interp, sp[-1], name()) < 0 ? nullptr : sp - 1;
    case Op::DELETE_SUBSCR: return delitem(interp, sp[-2], sp[-1]) < 0 ? nullptr : sp - 2;
    case Op::UNARY_POSITIVE:
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_INVERT: {
      Op op = op_of(insn);
      UnaryOp u = op == Op::UNARY_POSITIVE ? UnaryOp::Pos : op == Op::UNARY_NEGATIVE ? UnaryOp::Neg : UnaryOp::Invert;
      Value r = unary_op(interp, u, sp[-1]);
      if (r.is_null()) return nullptr;
      sp[-1] = r;
      return sp;
    }
    case Op::GET_ITER: {
      Value it = get_iter(interp, sp[-1]);
      if (it.is_null()) return nullptr;
      sp[-1] = it;
      return sp;
    }
    case Op::PUSH_EXC_INFO: {   // the exception raised becomes the one handled
      Value exc = sp[-1];
      sp[-1] = interp.handled_exc.is_null() ? Value::none() : interp.handled_exc;
      *sp++ = exc;
      interp.handled_exc = exc;
      return sp;
    }
    case Op::POP_EXCEPT:
      interp.handled_exc = *--sp;
      return sp;
    case Op::GET_LEN: {
      int64_t n = length(interp, sp[-1]);
      if (n < 0) return nullptr;
      Value v = make_int(interp, n);
      if (v.is_null()) return nullptr;
      *sp++ = v;
      return sp;
    }
    case Op::LOAD_ASSERTION_ERROR:
      *sp++ = Value::object(interp.exc_types.AssertionError);
      return sp;

    // ---- functions, classes, imports
    case Op::MAKE_FUNCTION: {
      Value fn = op_make_function(interp, f, oparg, sp);
      if (fn.is_null()) return nullptr;
      sp -= 1 + __builtin_popcount(oparg & 0xf);
      *sp++ = fn;
      return sp;
    }
    case Op::LOAD_BUILD_CLASS: {
      Value v = op_load_build_class(interp, f);
      if (v.is_null()) return nullptr;
      *sp++ = v;
      return sp;
    }
    case Op::SETUP_ANNOTATIONS: return op_setup_annotations(interp, f) ? sp : nullptr;
    case Op::IMPORT_NAME: {
      Value m = op_import_name(interp, f, name(), sp[-1], sp[-2]);
      if (m.is_null()) return nullptr;
      sp[-2] = m;
      return sp - 1;
    }
    case Op::IMPORT_FROM: {
      Value v = import_from(interp, sp[-1], name());
      if (v.is_null()) return nullptr;
      *sp++ = v;
      return sp;
    }
    case Op::IMPORT_STAR: return op_import_star(interp, f, sp[-1]) ? sp - 1 : nullptr;

    // ---- build ops (LIST_APPEND and the f-string ones are in the loop)
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST: {
      sp -= oparg;
      Object* o = op_of(insn) == Op::BUILD_TUPLE ? static_cast<Object*>(tuple_from(interp, sp, oparg))
                                                 : static_cast<Object*>(list_from(interp, sp, oparg));
      if (o == nullptr) {
        if (!interp.has_error()) raise_no_memory(interp);
        return nullptr;
      }
      *sp++ = Value::object(o);
      return sp;
    }
    case Op::BUILD_SET:
    case Op::BUILD_MAP:
    case Op::BUILD_CONST_KEY_MAP: {
      Op op = op_of(insn);
      Value* first = op == Op::BUILD_SET ? sp - oparg : op == Op::BUILD_MAP ? sp - 2 * oparg : sp - 1 - oparg;
      Value r = op == Op::BUILD_SET   ? op_build_set(interp, first, oparg)
                : op == Op::BUILD_MAP ? op_build_map(interp, first, oparg)
                                      : op_build_const_key_map(interp, first, oparg, sp[-1]);
      if (r.is_null()) return nullptr;
      *first = r;
      return first + 1;
    }
    case Op::SET_ADD: return set_add(interp, sp[-1 - int(oparg)].as<Set>(), sp[-1]) < 0 ? nullptr : sp - 1;
    case Op::MAP_ADD: return dict_set(interp, sp[-2 - int(oparg)].as<Dict>(), sp[-2], sp[-1]) ? sp - 2 : nullptr;
    case Op::LIST_EXTEND: return op_list_extend(interp, sp[-1 - int(oparg)], sp[-1]) ? sp - 1 : nullptr;
    case Op::SET_UPDATE: return op_set_update(interp, sp[-1 - int(oparg)], sp[-1]) ? sp - 1 : nullptr;
    case Op::DICT_UPDATE: return op_dict_update(interp, sp[-1 - int(oparg)], sp[-1]) ? sp - 1 : nullptr;
    case Op::DICT_MERGE:
      return op_dict_merge(interp, sp[-1 - int(oparg)], sp[-1], sp[-3 - int(oparg)]) ? sp - 1 : nullptr;
    case Op::LIST_TO_TUPLE: {
      List* l = sp[-1].as<List>();
      Tuple* t = tuple_from(interp, l->items, l->size);
      if (t == nullptr) {
        if (!interp.has_error()) raise_no_memory(interp);
        return nullptr;
      }
      sp[-1] = Value::object(t);
      return sp;
    }
    case Op::BUILD_SLICE: {
      Value step = oparg == 3 ? sp[-1] : Value::none();
      sp -= oparg;
      Value s = slice_new(interp, sp[0], sp[1], step);
      if (s.is_null()) {
        if (!interp.has_error()) raise_no_memory(interp);
        return nullptr;
      }
      *sp++ = s;
      return sp;
    }
    case Op::UNPACK_SEQUENCE:
      if (!op_unpack_sequence(interp, sp[-1], oparg, sp - 1)) return nullptr;
      return sp + int(oparg) - 1;
    case Op::UNPACK_EX: {
      uint32_t before = oparg & 0xff, after = oparg >> 8;
      if (!op_unpack_ex(interp, sp[-1], before, after, sp - 1)) return nullptr;
      return sp + int(before + after);
    }

    // ---- with, await, async for
    case Op::BEFORE_WITH:
    case Op::BEFORE_ASYNC_WITH: {
      Value exit_fn;
      Value r = op_before_with(interp, sp[-1], &exit_fn, op_of(insn) == Op::BEFORE_ASYNC_WITH);
      if (r.is_null()) return nullptr;
      sp[-1] = exit_fn;
      *sp++ = r;
      return sp;
    }
    case Op::WITH_EXCEPT_START: {
      Value r = op_with_except_start(interp, sp[-4], sp[-1]);
      if (r.is_null()) return nullptr;
      *sp++ = r;
      return sp;
    }
    case Op::GET_YIELD_FROM_ITER:
    case Op::GET_AWAITABLE:
    case Op::GET_AITER: {
      Op op = op_of(insn);
      Value r = op == Op::GET_YIELD_FROM_ITER ? op_get_yield_from_iter(interp, sp[-1], code)
                : op == Op::GET_AWAITABLE     ? op_get_awaitable(interp, sp[-1], oparg)
                                              : op_get_aiter(interp, sp[-1]);
      if (r.is_null()) return nullptr;
      sp[-1] = r;
      return sp;
    }
    case Op::GET_ANEXT: {
      Value r = op_get_anext(interp, sp[-1]);
      if (r.is_null()) return nullptr;
      *sp++ = r;
      return sp;
    }

    // ---- except clauses
    case Op::CHECK_EXC_MATCH: {
      Value type = sp[-1];
      if (op_check_exc_type(interp, type, false) < 0) return nullptr;
      sp[-1] = Value::boolean(exception_matches(interp, sp[-2], type));
      return sp;
    }
    case Op::CHECK_EG_MATCH: {
      Value type = sp[-1];
      if (op_check_exc_type(interp, type, true) < 0) return nullptr;
      Value rest;
      Value match = op_check_eg_match(interp, sp[-2], type, &rest);
      if (match.is_null()) return nullptr;
      sp[-1] = match;
      if (!match.is_none()) {
        sp[-2] = rest;
        interp.handled_exc = match;
      }
      return sp;
    }
    case Op::PREP_RERAISE_STAR: {
      Value r = op_prep_reraise_star(interp, sp[-2], sp[-1]);
      if (r.is_null()) return nullptr;
      sp[-2] = r;
      return sp - 1;
    }
    default: break;
  }
  raise(interp, interp.exc_types.SystemError, "unknown opcode %u", unsigned(insn & 0xff));
  return nullptr;
}

}  // namespace coil
