// Exception machinery of the VM: the handled-exception chain, __context__ chaining, traceback
// entries, exception-table lookup, `raise`, and except/except* matching.
#include <string>
#include <vector>
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"
#include "vm/vm_internal.h"

namespace coil {

namespace {

inline bool is_none_or_null(Value v) { return v.is_null() || v.is_none(); }

bool is_exception_class(Value v, Type* base) {
  return is_kind(v, Kind::Type) && is_subtype(v.as<Type>(), base);
}

bool is_group(Interp& interp, Value v) {
  return is_exception(v) && is_subtype(v.as_object()->type, interp.exc_types.BaseExceptionGroup);
}

}  // namespace

Value topmost_handled(Interp& interp) {
  if (!is_none_or_null(interp.handled_exc)) return interp.handled_exc;
  for (Frame* f = interp.frame; f != nullptr; f = f->back) {
    if (f->owner() != nullptr && !is_none_or_null(f->saved_handled_exc)) return f->saved_handled_exc;
  }
  return Value::none();
}

Value current_handled_exception(Interp& interp) { return topmost_handled(interp); }

void chain_context(Interp& interp, Value exc, Value handled) {
  if (!is_exception(exc) || !is_exception(handled) || exc == handled) return;
  // Break a cycle exc -> ... -> handled -> ... -> exc (CPython's _PyErr_SetObject), with
  // Floyd's check against pre-existing cycles in the chain.
  Value o = handled, slow = handled;
  bool advance_slow = false;
  for (;;) {
    Value ctx = o.as<BaseException>()->context;
    if (!is_exception(ctx)) break;
    if (ctx == exc) {
      o.as<BaseException>()->context = Value::none();
      break;
    }
    o = ctx;
    if (o == slow) break;
    if (advance_slow) slow = slow.as<BaseException>()->context;
    advance_slow = !advance_slow;
  }
  exc.as<BaseException>()->context = handled;
}

void traceback_add(Interp& interp, BaseException* e, Code* code, int instruction) {
  auto* tb = gc_new<Traceback>(interp.heap, interp.types.traceback, Kind::Native);
  if (tb == nullptr) return;   // out of memory: the traceback is incomplete, nothing more
  tb->next = is_kind(e->traceback, Kind::Native) && e->traceback.as_object()->type == interp.types.traceback
                 ? e->traceback.as<Traceback>()
                 : nullptr;
  tb->code = code;
  tb->instruction = instruction;
  tb->line = code_position(code, instruction < 0 ? size_t(-1) : size_t(instruction)).line;
  e->traceback = Value::object(tb);
}

const ExceptionTableEntry* find_handler(const Code* c, int index) {
  if (index < 0) return nullptr;
  for (const auto& e : c->body->exception_table) {
    if (uint32_t(index) >= e.start && uint32_t(index) < e.end) return &e;
  }
  return nullptr;
}

Value stop_iteration_value(Interp& interp, Value exc) {
  if (!is_exception(exc)) return Value::none();
  Tuple* args = exc.as<BaseException>()->args;
  if (args != nullptr && args->size > 0) return args->items[0];
  return Value::none();
}

void restore_error(Interp& interp, Value exc) {
  // Re-raising an existing exception object unchanged (traceback, context and cause kept):
  // the VM owns this transfer, so it sets the pending exception itself.
  interp.exc = exc;
}

namespace {

// `raise X` / `from X`: instantiates an exception class, passes instances through.
Value instantiate(Interp& interp, Value v, bool for_cause) {
  if (is_exception_class(v, interp.exc_types.BaseException)) {
    Value inst = call(interp, v, nullptr, 0);
    if (inst.is_null() || for_cause || is_exception(inst)) return inst;
    std::string cls, got;
    if (!repr_into(interp, v, cls) || !repr_into(interp, Value::object(type_of(interp, inst)), got)) return Value::null();
    return raise_str(interp, interp.exc_types.TypeError,
                     "calling " + cls + " should have returned an instance of BaseException, not " + got);
  }
  if (is_exception(v)) return v;
  if (for_cause) return raise(interp, interp.exc_types.TypeError, "exception causes must derive from BaseException");
  return raise(interp, interp.exc_types.TypeError, "exceptions must derive from BaseException");
}

}  // namespace

Value op_raise(Interp& interp, Value exc, Value cause, bool has_cause) {
  Value handled = topmost_handled(interp);
  Value inst = instantiate(interp, exc, false);
  if (!inst.is_null() && has_cause) {
    Value c = cause.is_none() ? cause : instantiate(interp, cause, true);
    if (c.is_null()) {
      inst = c;
    } else {
      inst.as<BaseException>()->cause = c;
      inst.as<BaseException>()->suppress_context = true;
    }
  }
  if (inst.is_null()) {
    // The error of instantiating is raised instead, chained like any new exception.
    chain_context(interp, interp.exc, handled);
    return inst;
  }
  chain_context(interp, inst, handled);
  restore_error(interp, inst);
  return Value::null();
}

int op_check_exc_type(Interp& interp, Value type, bool star) {
  auto bad = [&](Value t) { return !is_exception_class(t, interp.exc_types.BaseException); };
  auto group = [&](Value t) { return is_exception_class(t, interp.exc_types.BaseExceptionGroup); };
  bool is_bad = false, is_group_type = false;
  if (is_tuple(type)) {
    Tuple* t = type.as<Tuple>();
    for (size_t i = 0; i < t->size; i++) {
      if (bad(t->items[i])) is_bad = true;
      else if (group(t->items[i])) is_group_type = true;
    }
  } else {
    is_bad = bad(type);
    is_group_type = !is_bad && group(type);
  }
  if (is_bad) {
    raise(interp, interp.exc_types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  if (star && is_group_type) {
    raise(interp, interp.exc_types.TypeError,
          "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return -1;
  }
  return 0;
}

Value op_check_eg_match(Interp& interp, Value exc, Value type, Value* rest) {
  *rest = Value::none();
  if (exc.is_none()) return Value::none();
  if (exception_matches(interp, exc, type)) {
    if (is_group(interp, exc)) return exc;
    // A naked exception: wrap it in an ExceptionGroup that keeps its traceback.
    Tuple* excs = tuple_pack(interp, {exc});
    if (excs == nullptr) return raise_no_memory(interp);
    Value msg = Value::object(interp.empty_str);
    Value args[2] = {msg, Value::object(excs)};
    Value wrapped = call(interp, Value::object(interp.exc_types.BaseExceptionGroup), args, 2);
    if (wrapped.is_null()) return wrapped;
    if (is_exception(wrapped)) wrapped.as<BaseException>()->traceback = exc.as<BaseException>()->traceback;
    return wrapped;
  }
  if (is_group(interp, exc)) {
    Value pair = call_method(interp, exc, intern(interp, "split"), {type});
    if (pair.is_null()) return pair;
    if (!is_tuple(pair) || pair.as<Tuple>()->size != 2) {
      return raise(interp, interp.exc_types.TypeError, "X.split(t) must return a 2-tuple");
    }
    *rest = pair.as<Tuple>()->items[1];
    return pair.as<Tuple>()->items[0];
  }
  return Value::none();
}

namespace {

void collect_leaves(Interp& interp, Value e, std::vector<Value>& out) {
  if (is_group(interp, e)) {
    Value excs = e.as<BaseException>()->exceptions;
    if (is_tuple(excs)) {
      for (size_t i = 0; i < excs.as<Tuple>()->size; i++) collect_leaves(interp, excs.as<Tuple>()->items[i], out);
    }
    return;
  }
  out.push_back(e);
}

// The split predicate for exception_group_projection: is e one of the kept leaves?
Value leaf_in_list(Interp& interp, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 2) return Value::false_();
  List* keep = args[0].as<List>();
  for (size_t i = 0; i < keep->size; i++) {
    if (keep->items[i] == args[1]) return Value::true_();
  }
  return Value::false_();
}

bool same_metadata(Value a, Value b) {
  auto* x = a.as<BaseException>();
  auto* y = b.as<BaseException>();
  return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

}  // namespace

Value op_prep_reraise_star(Interp& interp, Value orig, Value list) {
  List* excs = list.as<List>();
  size_t nonnone = 0;
  for (size_t i = 0; i < excs->size; i++) {
    if (!excs->items[i].is_none()) nonnone++;
  }
  if (nonnone == 0) return Value::none();
  if (!is_group(interp, orig)) {
    for (size_t i = 0; i < excs->size; i++) {
      if (!excs->items[i].is_none()) return excs->items[i];
    }
  }
  List* raised = list_new(interp);
  List* keep = list_new(interp);
  if (raised == nullptr || keep == nullptr) return raise_no_memory(interp);
  std::vector<Value> leaves;
  for (size_t i = 0; i < excs->size; i++) {
    Value e = excs->items[i];
    if (e.is_none() || !is_exception(e)) continue;
    if (same_metadata(e, orig)) {
      leaves.clear();
      collect_leaves(interp, e, leaves);
      for (Value l : leaves) {
        if (!list_append(interp, keep, l)) return Value::null();
      }
    } else if (!list_append(interp, raised, e)) {
      return Value::null();
    }
  }
  Value reraised_eg = Value::none();
  if (keep->size > 0) {
    NativeFunction* pred = native_function_new(interp, "leaf_in_list", leaf_in_list, Value::object(keep));
    if (pred == nullptr) return Value::null();
    Value pair = call_method(interp, orig, intern(interp, "split"), {Value::object(pred)});
    if (pair.is_null()) return pair;
    if (is_tuple(pair) && pair.as<Tuple>()->size == 2) reraised_eg = pair.as<Tuple>()->items[0];
  }
  if (raised->size == 0) return reraised_eg;
  if (!reraised_eg.is_none() && !list_append(interp, raised, reraised_eg)) return Value::null();
  if (raised->size == 1) return raised->items[0];
  Value args[2] = {Value::object(interp.empty_str), Value::object(raised)};
  return call(interp, Value::object(interp.exc_types.BaseExceptionGroup), args, 2);
}

Value op_with_except_start(Interp& interp, Value exit_func, Value exc) {
  Value tb = is_exception(exc) ? exc.as<BaseException>()->traceback : Value::none();
  if (tb.is_null()) tb = Value::none();
  Value args[3] = {Value::object(type_of(interp, exc)), exc, tb};
  return call(interp, exit_func, args, 3);
}

}  // namespace coil
