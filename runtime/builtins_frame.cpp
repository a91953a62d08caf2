// sys._getframe. Frame objects are snapshots (vm/traceback.cpp), so the whole chain below the
// requested frame is captured at the call, each with its locals, and linked through f_back.
#include "runtime/builtins_frame.h"

#include <vector>
#include "runtime/builtins.h"
#include "runtime/call.h"
#include "runtime/error.h"
#include "runtime/protocol.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "vm/vm_internal.h"

namespace coil {

Value sys_getframe(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_no_kwargs(interp, "_getframe", kwnames) || !check_nargs(interp, "_getframe", nargs, 0, 1)) return Value();
  int64_t depth = 0;
  if (nargs == 1) {
    Value d = index_value(interp, args[0]);
    if (d.is_null()) return d;
    if (!d.is_small_int()) return raise(interp, interp.exc_types.OverflowError, "Python int too large to convert to C int");
    depth = d.as_small_int();
  }
  Frame* f = interp.frame;
  for (; f != nullptr && depth > 0; depth--) f = f->back;
  if (f == nullptr) return raise(interp, interp.exc_types.ValueError, "call stack is not deep enough");
  std::vector<Frame*> chain;
  for (Frame* g = f; g != nullptr; g = g->back) chain.push_back(g);
  // Built outermost first, so each snapshot can point at its caller's. No Python code runs
  // here, so the snapshots need no rooting.
  Value back;
  for (size_t i = chain.size(); i-- > 0;) {
    Value fo = frame_object_new(interp, chain[i]);
    if (fo.is_null()) return fo;
    Value locals = frame_locals(interp, chain[i]);
    if (locals.is_null()) return locals;
    frame_object_link(fo, back, locals.is_none() ? Value() : locals);
    back = fo;
  }
  return back;
}

}  // namespace coil
