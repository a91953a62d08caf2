// The gc module: collect() runs the collector now; enable/disable/isenabled are accepted for
// compatibility (coil's collector is paced by allocation and cannot be switched off).
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/gc_api.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/module.h"

namespace coil {

namespace {

Value gc_collect_fn(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  const ArgSpec spec{"collect", {"generation"}, 0};
  if (!parse_args(interp, spec, args, nargs, kw, a)) return Value();
  return gc_collect(interp);
}

Value gc_noop(Interp& interp, const Value* args, size_t nargs, Tuple* kw) { return Value::none(); }
Value gc_isenabled(Interp& interp, const Value* args, size_t nargs, Tuple* kw) { return Value::true_(); }
Value gc_get_count(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  return make_int(interp, int64_t(interp.heap.object_count()));
}

const MethodDef kGcFunctions[] = {
    {"collect", gc_collect_fn}, {"enable", gc_noop},         {"disable", gc_noop},
    {"isenabled", gc_isenabled}, {"get_count", gc_get_count},
};

}  // namespace

bool init_gc_module(Interp& interp, Module* m) {
  return add_functions(interp, m->dict, kGcFunctions, sizeof kGcFunctions / sizeof kGcFunctions[0]);
}

}  // namespace coil
