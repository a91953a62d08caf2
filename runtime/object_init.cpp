// init_object_types: the object model's part of start-up — object, type, the singletons,
// property/classmethod/staticmethod, super, module, and the internal descriptor types.
#include "runtime/type.h"
#include "runtime/type_internal.h"
#include "runtime/types_init.h"

namespace coil {

bool init_object_methods(Interp&);   // object.cpp
bool init_type_methods(Interp&);     // type_object.cpp
bool init_method_constructor(Interp&);   // descriptors_method.cpp

bool init_object_types(Interp& interp) {
  // Slots first (calling a type, classmethod() … must work before any method table is added),
  // then the internal wrapper/getset types, then the method and attribute tables.
  if (!om_intern_names(interp)) return false;
  if (!init_object_type(interp) || !init_type_type(interp)) return false;
  if (!init_wrapper_types(interp) || !init_getset_type(interp)) return false;
  if (!init_singleton_types(interp) || !init_descriptor_types(interp) || !init_super_type(interp)) return false;
  if (!init_object_methods(interp) || !init_type_methods(interp) || !init_module_type(interp)) return false;
  if (!init_method_constructor(interp)) return false;
  ObjectModelState& st = om_state(interp);
  return type_ready(interp, st.wrapper_descriptor) && type_ready(interp, st.getset_descriptor) &&
         type_ready(interp, st.member_descriptor);
}

}  // namespace coil
