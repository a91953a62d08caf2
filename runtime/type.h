// Types as objects: creating builtin and user classes (C3 MRO, slot wiring from dunders),
// attribute lookup along the MRO, and the generic getattr/setattr with descriptors.
#pragma once
#include "runtime/interpreter.h"

namespace coil {

// A builtin type, created at start-up. `base` may be null only for object.
Type* type_new_builtin(Interp&, const char* name, Type* base, Kind kind, size_t instance_size,
                       uint32_t flags = kTypeBaseType);
// class statement / type(name, bases, dict): computes the MRO, layout and slots, runs
// __set_name__ and __init_subclass__. Errors as CPython ("Cannot create a consistent method
// resolution order (MRO) for bases A, B").
Value type_new_class(Interp&, Type* metatype, Str* name, Tuple* bases, Dict* ns);
// Recomputes slots after `cls.__dunder__ = f` (called by type's setattr).
void type_update_slots(Interp&, Type* t);

// Finds name along t's MRO without invoking descriptors; null if absent. Never raises.
Value type_lookup(Type* t, Str* name);

// object.__getattribute__ / object.__setattr__ (data descriptors, instance dict, non-data
// descriptors, class attributes) — the default getattr/setattr slots.
Value generic_getattr(Interp&, Value obj, Str* name);
int generic_setattr(Interp&, Value obj, Str* name, Value v);
// The instance __dict__ of obj if its type has one (created on first use), else null.
Dict* instance_dict(Interp&, Value obj, bool create);

// __build_class__(func, name, *bases, **kwds) as the builtin.
Value build_class(Interp&, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace coil
