// Start-up of an Interpreter's type system: the Type shells of types.def / exceptions.def with
// their Python names, kinds and bases, the interned names, and the shared singletons.
// Order matters: str/dict/tuple constructors only need their type pointers to exist, so the
// shells come first, then strings, then everything that needs strings.
#include "runtime/bootstrap.h"

#include <cstring>
#include <string>
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/descriptors.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type_internal.h"
#include "vm/code.h"

namespace coil {

namespace {

struct ShellInfo {
  const char* python_name;
  Kind kind;
  uint32_t size;
};

// Python names and default layouts of the builtin types. Each area's init function may refine
// instance_kind / instance_size; the defaults here matter for the subclassable ones.
ShellInfo shell_info(Interp& interp, Type* t) {
  BuiltinTypes& T = interp.types;
  if (t == T.object) return {"object", Kind::Object, sizeof(Object)};
  if (t == T.type) return {"type", Kind::Type, sizeof(TypeObject)};
  if (t == T.none) return {"NoneType", Kind::Object, sizeof(Object)};
  if (t == T.not_implemented) return {"NotImplementedType", Kind::NotImplementedType, sizeof(Object)};
  if (t == T.ellipsis) return {"ellipsis", Kind::EllipsisType, sizeof(Object)};
  if (t == T.bool_) return {"bool", Kind::Int, sizeof(BigInt)};
  if (t == T.int_) return {"int", Kind::Int, sizeof(BigInt)};
  if (t == T.float_) return {"float", Kind::Float, sizeof(Float)};
  if (t == T.str) return {"str", Kind::Str, sizeof(Str)};
  if (t == T.bytes) return {"bytes", Kind::Bytes, 0};
  if (t == T.bytearray) return {"bytearray", Kind::Native, 0};
  if (t == T.tuple) return {"tuple", Kind::Tuple, sizeof(Tuple)};
  if (t == T.list) return {"list", Kind::List, sizeof(List)};
  if (t == T.dict) return {"dict", Kind::Dict, sizeof(Dict)};
  if (t == T.set) return {"set", Kind::Set, sizeof(Set)};
  if (t == T.frozenset) return {"frozenset", Kind::FrozenSet, sizeof(Set)};
  if (t == T.range) return {"range", Kind::Range, 0};
  if (t == T.slice) return {"slice", Kind::Slice, 0};
  if (t == T.function) return {"function", Kind::Function, sizeof(Function)};
  if (t == T.builtin_function) return {"builtin_function_or_method", Kind::NativeFunction, sizeof(NativeFunction)};
  if (t == T.method_descriptor) return {"method_descriptor", Kind::NativeFunction, sizeof(NativeFunction)};
  if (t == T.method) return {"method", Kind::BoundMethod, sizeof(BoundMethod)};
  if (t == T.cell) return {"cell", Kind::Cell, sizeof(Cell)};
  if (t == T.code) return {"code", Kind::Code, sizeof(Code)};
  if (t == T.module) return {"module", Kind::Module, sizeof(Module)};
  if (t == T.property) return {"property", Kind::Property, sizeof(Property)};
  if (t == T.classmethod) return {"classmethod", Kind::ClassMethod, sizeof(ClassMethod)};
  if (t == T.staticmethod) return {"staticmethod", Kind::StaticMethod, sizeof(StaticMethod)};
  if (t == T.super) return {"super", Kind::Super, sizeof(Super)};
  if (t == T.generator) return {"generator", Kind::Generator, 0};
  if (t == T.coroutine) return {"coroutine", Kind::Coroutine, 0};
  if (t == T.async_generator) return {"async_generator", Kind::AsyncGenerator, 0};
  if (t == T.coroutine_wrapper) return {"coroutine_wrapper", Kind::CoroutineWrapper, 0};
  if (t == T.async_generator_asend) return {"async_generator_asend", Kind::AsyncGenAwaitable, 0};
  if (t == T.traceback) return {"traceback", Kind::Native, sizeof(Traceback)};
  if (t == T.frame) return {"frame", Kind::Native, 0};
  if (t == T.list_iterator) return {"list_iterator", Kind::Iterator, 0};
  if (t == T.list_reverseiterator) return {"list_reverseiterator", Kind::Iterator, 0};
  if (t == T.tuple_iterator) return {"tuple_iterator", Kind::Iterator, 0};
  if (t == T.str_iterator) return {"str_ascii_iterator", Kind::Iterator, 0};
  if (t == T.bytes_iterator) return {"bytes_iterator", Kind::Iterator, 0};
  if (t == T.range_iterator) return {"range_iterator", Kind::Iterator, 0};
  if (t == T.dict_keyiterator) return {"dict_keyiterator", Kind::Iterator, 0};
  if (t == T.dict_valueiterator) return {"dict_valueiterator", Kind::Iterator, 0};
  if (t == T.dict_itemiterator) return {"dict_itemiterator", Kind::Iterator, 0};
  if (t == T.dict_keys) return {"dict_keys", Kind::DictView, 0};
  if (t == T.dict_values) return {"dict_values", Kind::DictView, 0};
  if (t == T.dict_items) return {"dict_items", Kind::DictView, 0};
  if (t == T.set_iterator) return {"set_iterator", Kind::Iterator, 0};
  if (t == T.callable_iterator) return {"callable_iterator", Kind::Iterator, 0};
  if (t == T.seq_iterator) return {"iterator", Kind::Iterator, 0};
  if (t == T.enumerate) return {"enumerate", Kind::Iterator, 0};
  if (t == T.zip) return {"zip", Kind::Iterator, 0};
  if (t == T.map) return {"map", Kind::Iterator, 0};
  if (t == T.filter) return {"filter", Kind::Iterator, 0};
  if (t == T.reversed) return {"reversed", Kind::Iterator, 0};
  if (t == T.text_file) return {"TextIOWrapper", Kind::Native, 0};
  return {"?", Kind::Native, 0};
}

bool set_names(Interp& interp, Type* t, const char* name, const char* module) {
  t->name = intern(interp, name);
  if (t->name == nullptr) return false;
  t->qualname = t->name;
  if (module != nullptr) {
    Str* m = intern(interp, module);
    if (m == nullptr) return false;
    t->module = Value::object(m);
  }
  return true;
}

}  // namespace

bool bootstrap_types(Interp& interp) {
  BuiltinTypes& T = interp.types;
  // 1. Shells. `type` first: every other shell's type is `type`.
  T.type = type_alloc(interp, nullptr, sizeof(TypeObject));
  if (T.type == nullptr) return false;
  T.type->type = T.type;
#define COIL_BUILTIN_TYPE(id) \
  if (T.id == nullptr && (T.id = type_alloc(interp, T.type, sizeof(TypeObject))) == nullptr) return false;
#include "runtime/types.def"
#undef COIL_BUILTIN_TYPE
#define COIL_EXCEPTION(id, base) \
  if ((interp.exc_types.id = type_alloc(interp, T.type, sizeof(TypeObject))) == nullptr) return false;
#include "runtime/exceptions.def"
#undef COIL_EXCEPTION

  // 2. Layout defaults (strings and dicts are made next and only need kind/size).
  Type* all_builtin[] = {
#define COIL_BUILTIN_TYPE(id) T.id,
#include "runtime/types.def"
#undef COIL_BUILTIN_TYPE
  };
  for (Type* t : all_builtin) {
    ShellInfo info = shell_info(interp, t);
    t->instance_kind = info.kind;
    t->instance_size = info.size;
    t->type_flags = kTypeBaseType;
  }
  T.bool_->type_flags = 0;
  T.none->type_flags = 0;
  T.not_implemented->type_flags = 0;
  T.ellipsis->type_flags = 0;

  // 3. The shared empty objects and the intern table.
  if (tuple_new(interp, 0) == nullptr) return false;
  if (interp.empty_tuple == nullptr) return false;
  if (str_new(interp, "") == nullptr || interp.empty_str == nullptr) return false;
  interp.interned = dict_new(interp);
  if (interp.interned == nullptr) return false;
  for (int c = 0; c < 128; c++) {
    if (!interp.small_strs[c].is_null()) continue;
    char ch = char(c);
    Str* s = str_new(interp, std::string_view(&ch, 1));
    if (s == nullptr) return false;
    if (interp.small_strs[c].is_null()) interp.small_strs[c] = Value::object(s);
  }
#define COIL_NAME(id, text) \
  if ((interp.names.id = intern(interp, text)) == nullptr) return false;
#include "runtime/names.def"
#undef COIL_NAME

  // 4. Names, dicts and bases.
  for (Type* t : all_builtin) {
    ShellInfo info = shell_info(interp, t);
    if (!set_names(interp, t, info.python_name, t == T.text_file ? "_io" : nullptr)) return false;
    if ((t->dict = dict_new(interp)) == nullptr) return false;
    if (t != T.object) t->base = t == T.bool_ ? T.int_ : T.object;
  }
  // exceptions.def names bases by identifier, the root's base as `none`: a local table with
  // a member per exception (plus `none`) turns the identifiers into Type pointers.
  struct ExcTable {
    Type* none = nullptr;
#define COIL_EXCEPTION(id, base_id) Type* id = nullptr;
#include "runtime/exceptions.def"
#undef COIL_EXCEPTION
  } ex;
#define COIL_EXCEPTION(id, base_id) ex.id = interp.exc_types.id;
#include "runtime/exceptions.def"
#undef COIL_EXCEPTION
#define COIL_EXCEPTION(id, base_id) \
  { \
    Type* e = interp.exc_types.id; \
    if (!set_names(interp, e, #id, nullptr)) return false; \
    if ((e->dict = dict_new(interp)) == nullptr) return false; \
    e->instance_kind = Kind::Exception; \
    e->instance_size = sizeof(BaseException); \
    e->dict_offset = member_offset(&BaseException::dict); \
    e->type_flags = kTypeBaseType | kTypeException; \
    e->base = ex.base_id != nullptr ? ex.base_id : T.object; \
  }
#include "runtime/exceptions.def"
#undef COIL_EXCEPTION

  // 5. Bases tuples (ExceptionGroup also derives from Exception).
  for (Type* t : all_builtin) {
    t->bases = t->base != nullptr ? tuple_pack(interp, {Value::object(t->base)}) : interp.empty_tuple;
    if (t->bases == nullptr) return false;
  }
#define COIL_EXCEPTION(id, base_id) \
  { \
    Type* e = interp.exc_types.id; \
    e->bases = tuple_pack(interp, {Value::object(e->base)}); \
    if (e->bases == nullptr) return false; \
  }
#include "runtime/exceptions.def"
#undef COIL_EXCEPTION
  {
    Type* eg = interp.exc_types.ExceptionGroup;
    eg->base = interp.exc_types.BaseExceptionGroup;
    eg->bases = tuple_pack(interp, {Value::object(interp.exc_types.BaseExceptionGroup),
                                    Value::object(interp.exc_types.Exception)});
    if (eg->bases == nullptr) return false;
  }

  // 6. The heap singletons.
  Object* ni = interp.heap.allocate(T.not_implemented, Kind::NotImplementedType, sizeof(Object));
  Object* el = interp.heap.allocate(T.ellipsis, Kind::EllipsisType, sizeof(Object));
  if (ni == nullptr || el == nullptr) return false;
  interp.not_implemented = Value::object(ni);
  interp.ellipsis = Value::object(el);
  return true;
}

}  // namespace coil
