// Calling any callable from C++ (runtime/call.h): dispatch on the callable's kind, bound
// receivers prepended without allocation for small argument counts, special-method lookup.
// Argument parsing for natives (parse_args …) is in runtime/args.cpp.
#include "runtime/call.h"

#include <vector>
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/fast_ops.h"
#include "vm/vm.h"
#include "vm/vm_internal.h"

namespace coil {

namespace {

constexpr size_t kSmallArgs = 8;

Value dispatch(Interp& interp, Value callable, const Value* args, size_t nargs, Tuple* kwnames);

// Calls `target` with `first` prepended to the arguments. A bound builtin's fn is called
// directly (dispatching it again would prepend its receiver twice).
// (nargs positional values, then len(kwnames) keyword values, are copied after it.)
template <class Target>
Value with_first(Interp& interp, Target target, Value first, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t total = nargs + (kwnames ? kwnames->size : 0);
  if (total < kSmallArgs) {
    Value buf[kSmallArgs];
    buf[0] = first;
    for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
    return target(buf, nargs + 1);
  }
  std::vector<Value> buf(total + 1);
  buf[0] = first;
  for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
  return target(buf.data(), nargs + 1);
}

Value dispatch(Interp& interp, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  if (callable.is_object()) {
    Object* o = callable.as_object();
    switch (o->kind) {
      case Kind::Function:
        return call_function(interp, static_cast<Function*>(o), args, nargs, kwnames);
      case Kind::NativeFunction: {
        auto* f = static_cast<NativeFunction*>(o);
        if (o->type == interp.types.method_descriptor) {
          if (!native_check_self(interp, f, args, nargs)) return Value::null();
          return f->fn(interp, args, nargs, kwnames);
        }
        if (!f->self.is_null()) {
          return with_first(interp, [&](const Value* a, size_t n) { return f->fn(interp, a, n, kwnames); }, f->self,
                            args, nargs, kwnames);
        }
        return f->fn(interp, args, nargs, kwnames);
      }
      case Kind::BoundMethod: {
        auto* m = static_cast<BoundMethod*>(o);
        Value func = m->func;
        return with_first(interp, [&](const Value* a, size_t n) { return dispatch(interp, func, a, n, kwnames); },
                          m->self, args, nargs, kwnames);
      }
      default:
        break;
    }
  }
  Type* t = type_of(interp, callable);
  if (t->call != nullptr) return t->call(interp, callable, args, nargs, kwnames);
  return raise(interp, interp.exc_types.TypeError, "'%s' object is not callable", type_name(interp, callable));
}

Value guarded(Interp& interp, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  if (++interp.call_depth > interp.recursion_limit) {
    interp.call_depth--;
    return raise(interp, interp.exc_types.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  VmState* vm = vm_state(interp);
  if (vm != nullptr && c_stack_exhausted(interp, vm)) {
    interp.call_depth--;
    return raise(interp, interp.exc_types.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  Value r = dispatch(interp, callable, args, nargs, kwnames);
  interp.call_depth--;
  return r;
}

}  // namespace

Value call(Interp& interp, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  NoGC nogc(interp);
  return guarded(interp, callable, args, nargs, kwnames);
}

Value call(Interp& interp, Value callable, std::initializer_list<Value> args) {
  NoGC nogc(interp);
  return guarded(interp, callable, args.begin(), args.size(), nullptr);
}

Value call_clean(Interp& interp, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  return guarded(interp, callable, args, nargs, kwnames);
}

Value call_method(Interp& interp, Value obj, Str* name, std::initializer_list<Value> args) {
  Value meth = fast_method_lookup(interp, obj, name);
  if (!meth.is_null()) {
    size_t n = args.size();
    if (n < kSmallArgs) {
      Value buf[kSmallArgs];
      buf[0] = obj;
      size_t i = 1;
      for (Value a : args) buf[i++] = a;
      return call(interp, meth, buf, n + 1);
    }
    std::vector<Value> buf;
    buf.push_back(obj);
    for (Value a : args) buf.push_back(a);
    return call(interp, meth, buf.data(), buf.size());
  }
  Value attr = getattr(interp, obj, name);
  if (attr.is_null()) return attr;
  return call(interp, attr, args.begin(), args.size());
}

Value lookup_special(Interp& interp, Value obj, Str* name) {
  return type_lookup(type_of(interp, obj), name);
}

Value call_special(Interp& interp, Value obj, Str* name, std::initializer_list<Value> args) {
  Value raw = lookup_special(interp, obj, name);
  if (raw.is_null()) return raw;
  bool plain = is_kind(raw, Kind::Function) ||
               (is_kind(raw, Kind::NativeFunction) && raw.as_object()->type == interp.types.method_descriptor);
  if (plain) {
    size_t n = args.size();
    if (n < kSmallArgs) {
      Value buf[kSmallArgs];
      buf[0] = obj;
      size_t i = 1;
      for (Value a : args) buf[i++] = a;
      return call(interp, raw, buf, n + 1);
    }
    std::vector<Value> buf;
    buf.push_back(obj);
    for (Value a : args) buf.push_back(a);
    return call(interp, raw, buf.data(), buf.size());
  }
  Type* rt = type_of(interp, raw);
  Value bound = raw;
  if (rt->descr_get != nullptr) {
    bound = rt->descr_get(interp, raw, obj, type_of(interp, obj));
    if (bound.is_null()) return bound;
  }
  return call(interp, bound, args.begin(), args.size());
}

}  // namespace coil
