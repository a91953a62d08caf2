// Plain instances of user classes that derive from object only: header plus __dict__.
// (Subclasses of builtins use the builtin's layout with the dict at Type::dict_offset.)
#pragma once
#include "runtime/interpreter.h"

namespace coil {

struct Instance : Object {
  Dict* dict;               // created lazily
};

}  // namespace coil
