// ExceptionGroup support for the VM's except*: matching a group against an except* clause and
// rebuilding what must be re-raised after all clauses ran (CPython's PREP_RERAISE_STAR).
#pragma once
#include "runtime/interpreter.h"

namespace coil {

// CHECK_EG_MATCH: splits `eg` (an exception or a group) by `match_type` (a class or tuple of
// classes). *match gets the matching part (a naked exception that matches is wrapped in an
// ExceptionGroup("", [exc]) keeping its traceback) or None; *rest the remainder or None.
// Raises TypeError for ExceptionGroup classes in except* and non-exception classes.
bool exception_group_split(Interp&, Value eg, Value match_type, Value* match, Value* rest);

// PREP_RERAISE_STAR: from the original exception and the list of exceptions raised or
// re-raised by the except* clauses (None entries ignored), the exception to propagate, or None.
// Null with an exception pending on error.
Value exception_group_prep_reraise(Interp&, Value orig, Value raised_list);

// BaseExceptionGroup(message, exceptions) with CPython's class selection (a group of only
// Exceptions becomes an ExceptionGroup).
Value exception_group_new(Interp&, Value message, Value exceptions);

}  // namespace coil
