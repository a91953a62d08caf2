// The Interpreter's life cycle: start-up (types, names, builtins in the order of
// runtime/types_init.h), the GC roots it owns, and tear-down (the Heap frees every object).
#include "runtime/interpreter.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include "runtime/bootstrap.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type_internal.h"
#include "runtime/types_init.h"

namespace coil {

namespace {

// Readies every builtin type (bases first: type_ready readies a base itself when needed).
bool ready_all(Interp& interp, Type* skip) {
#define COIL_BUILTIN_TYPE(id) \
  if (interp.types.id != skip && !type_ready(interp, interp.types.id)) return false;
#include "runtime/types.def"
#undef COIL_BUILTIN_TYPE
#define COIL_EXCEPTION(id, base) \
  if (!type_ready(interp, interp.exc_types.id)) return false;
#include "runtime/exceptions.def"
#undef COIL_EXCEPTION
  return true;
}

[[noreturn]] void startup_failed(Interp& interp, const char* stage) {
  std::string detail = interp.has_error() ? format_exception_only(interp, interp.exc) : "MemoryError";
  std::fprintf(stderr, "coil: interpreter start-up failed in %s: %s\n", stage, detail.c_str());
  std::abort();
}

}  // namespace

ObjectModelState& om_state(Interp& interp) {
  for (auto& entry : interp.root_tracers)
    if (entry.first == om_trace_roots) return *static_cast<ObjectModelState*>(entry.second);
  std::fprintf(stderr, "coil: object model state missing\n");
  std::abort();
}

void om_trace_roots(void* state, Tracer& t) {
  auto* st = static_cast<ObjectModelState*>(state);
  t.mark(st->wrapper_descriptor);
  t.mark(st->getset_descriptor);
  t.mark(st->member_descriptor);
}

Interpreter::Interpreter(InterpreterOptions opts) : options(std::move(opts)) {
  heap.owner_ = this;
  // First root tracer: the object model's own state (om_state finds it at index 0).
  root_tracers.push_back({om_trace_roots, new ObjectModelState()});

  if (!bootstrap_types(*this)) startup_failed(*this, "bootstrap");
  if (!init_object_types(*this)) startup_failed(*this, "init_object_types");
  if (!init_str_types(*this)) startup_failed(*this, "init_str_types");
  if (!init_number_types(*this)) startup_failed(*this, "init_number_types");
  if (!init_bytes_types(*this)) startup_failed(*this, "init_bytes_types");
  if (!init_container_types(*this)) startup_failed(*this, "init_container_types");
  if (!init_function_types(*this)) startup_failed(*this, "init_function_types");
  if (!init_exception_types(*this)) startup_failed(*this, "init_exception_types");
  // Ready everything before the builtins are made (they may look attributes up), except the
  // text_file type, whose slots init_builtins fills.
  if (!ready_all(*this, types.text_file)) startup_failed(*this, "type_ready");
  if (!init_builtins(*this)) startup_failed(*this, "init_builtins");
  if (!ready_all(*this, nullptr)) startup_failed(*this, "type_ready");
  om_state(*this).bootstrapped = true;
  heap.set_stress(options.gc_stress);
}

Interpreter::~Interpreter() {
  // Free every object now, while the Interpreter's other members (root_tracers, types …) are
  // still alive for the finalizers that consult them. All finalizers run before any free, so
  // a finalizer may look at other dead objects.
  heap.release_all();
  for (auto& entry : root_tracers)
    if (entry.first == om_trace_roots) {
      delete static_cast<ObjectModelState*>(entry.second);
      entry.second = nullptr;
    }
}

void Interpreter::trace_roots(Tracer& t) {
#define COIL_BUILTIN_TYPE(id) t.mark(types.id);
#include "runtime/types.def"
#undef COIL_BUILTIN_TYPE
#define COIL_EXCEPTION(id, base) t.mark(exc_types.id);
#include "runtime/exceptions.def"
#undef COIL_EXCEPTION
#define COIL_NAME(id, text) t.mark(names.id);
#include "runtime/names.def"
#undef COIL_NAME
  t.mark(not_implemented);
  t.mark(ellipsis);
  t.mark(empty_tuple);
  t.mark(empty_str);
  t.mark_range(small_strs, 128);
  t.mark(interned);
  t.mark(builtins);
  t.mark(modules);
  t.mark(sys_module);
  t.mark(main_module);
  t.mark(exc);
  t.mark(handled_exc);
  for (Value* p : root_stack) t.mark(*p);
  for (auto& entry : root_tracers)
    if (entry.first != om_trace_roots || entry.second != nullptr) entry.first(entry.second, t);
}

}  // namespace coil
