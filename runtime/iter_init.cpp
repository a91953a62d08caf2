// init_container_types: fills the slots and methods of tuple, list, dict, set, frozenset,
// range, slice, the dict views and every builtin iterator type (see runtime/types_init.h).
#include "runtime/containers.h"
#include "runtime/types_init.h"

namespace coil {

bool init_container_types(Interp& interp) {
  return init_tuple_type(interp) && init_list_type(interp) && init_dict_type(interp) &&
         init_dict_views(interp) && init_set_types(interp) && init_range_type(interp) &&
         init_slice_type(interp) && init_seq_iterators(interp) && init_func_iterators(interp) &&
         init_generic_alias(interp);
}

}  // namespace coil
