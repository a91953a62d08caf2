// Private glue of the object model (type*.cpp, object*.cpp, descriptors, exceptions): the
// extended type layout, slot wrappers, and the per-Interpreter state the object model keeps.
#pragma once
#include <vector>
#include "runtime/interpreter.h"
#include "runtime/object.h"

namespace coil {

// Every Type the object model allocates is a TypeObject: the contract's Type plus a weak list
// of direct subclasses (so that `Base.__add__ = f` can re-wire slots and bump versions of
// subclasses). Object::flags carries kTypeObjectExt when the extension is present.
struct TypeObject : Type {
  std::vector<Type*>* subclasses;   // weak: a subclass removes itself in its finalizer
};
constexpr uint16_t kTypeObjectExt = 1;
// Type::type_flags bit (beyond object.h's): instances carry __slots__ values, traced as Values
// from the end of the builtin base's layout to instance_size.
constexpr uint32_t kTypeSlotted = 1u << 8;
// Where the slot words of a slotted class's instances start.
uint32_t slots_start(const Type* t);
// Type::type_flags bit: a non-empty __abstractmethods__ was assigned (abc.ABCMeta does), so
// object.__new__ refuses to instantiate the class (CPython's Py_TPFLAGS_IS_ABSTRACT).
constexpr uint32_t kTypeIsAbstract = 1u << 9;

// Byte offset of a member in a (non-standard-layout) object struct, for Type::dict_offset.
template <class T, class M>
int32_t member_offset(M T::*member) {
  alignas(T) char probe[sizeof(T)] = {};
  const T* p = reinterpret_cast<const T*>(probe);
  return int32_t(reinterpret_cast<const char*>(&(p->*member)) - probe);
}

// Per-Interpreter state of the object model: internal types that are not in types.def.
// Registered first in interp.root_tracers (so it is found in O(1)) and freed by ~Interpreter.
struct ObjectModelState {
  Type* wrapper_descriptor = nullptr;   // slot wrappers: object.__init__, list.__len__ …
  Type* getset_descriptor = nullptr;    // native attributes: BaseException.args, object.__class__
  Type* member_descriptor = nullptr;    // __slots__ entries of user classes
  bool bootstrapped = false;            // true once every builtin type is ready
  // Interned dunder names the slot functions look up (interp.interned keeps them alive).
  Str* bin_names[13][3] = {};           // __add__, __radd__, __iadd__ … by BinOp
  Str* unary_names[4] = {};             // by UnaryOp
  Str* cmp_names[6] = {};               // by CmpOp
  Str* prepare = nullptr;               // __prepare__
  Str* mro_entries = nullptr;           // __mro_entries__
};
bool om_intern_names(Interp&);
ObjectModelState& om_state(Interp&);
void om_trace_roots(void* state, Tracer& t);

// ---- slot wrappers (type_wrappers.cpp) ---------------------------------------------------
// Which slot a dunder name belongs to.
enum class SlotId : uint8_t {
  Repr, Str, Hash, Compare, GetAttr, SetAttr, DelAttr, Call, Iter, Next, Len, GetItem,
  SetItem, DelItem, Contains, Bool, Binary, RBinary, Inplace, Unary, DescrGet, DescrSet,
  DescrDelete, Init, New,
};

struct SlotWrapper : Object {     // Kind::Native, type wrapper_descriptor
  Type* owner;                     // the builtin type whose slot this calls
  Str* name;
  SlotId slot;
  uint8_t op;                      // BinOp / CmpOp / UnaryOp for the multi-op slots
};

// If v is a slot wrapper (or, for New, a builtin __new__) for `slot`, returns its owner type.
Type* slot_wrapper_owner(Interp&, Value v, SlotId slot);
// Adds the dunder wrappers for the slots `t` itself defines (called by type_ready).
bool add_slot_wrappers(Interp&, Type* t, Type* base);
// Calls a slot wrapper with args[0] as self (no bound method is made).
Value slot_wrapper_call(Interp&, Value wrapper, const Value* args, size_t nargs, Tuple* kwnames);
const char* binop_dunder(BinOp op, int which);   // which: 0 op, 1 reflected, 2 in-place
const char* unary_dunder(UnaryOp op);
const char* compare_dunder(CmpOp op);
bool init_wrapper_types(Interp&);

// ---- getset descriptors (descriptors.h has the public API) ------------------------------
bool init_getset_type(Interp&);
// A __slots__ member descriptor for `owner` storing its value at byte `offset` of instances.
Value member_new(Interp&, Type* owner, Str* name, uint32_t offset);

// ---- heap-type slots (type_slots.cpp) -----------------------------------------------------
// Recomputes the dunder-driven slots of a heap type from its MRO.
void wire_heap_slots(Interp&, Type* t);
// Bumps the version of t and of every subclass (attribute caches keyed on versions).
void type_modified(Type* t);
// Calls `name` looked up on type(self) with self prepended. *found = false (no exception)
// when the type has no such attribute.
Value call_dunder(Interp&, Value self, Str* name, const Value* args, size_t nargs, bool* found);

// ---- types (type.cpp / type_object.cpp) ---------------------------------------------------
Type* type_alloc(Interp&, Type* metatype, size_t size);
void type_add_subclass(Type* base, Type* sub);
bool type_is_ready(const Type* t);
// The address of obj's __dict__ slot, or null when its type has none.
Dict** instance_dict_slot(Object* obj);
// C3 linearisation of t (whose bases are set). Null with TypeError on failure.
Tuple* compute_mro(Interp&, Type* t);
bool init_type_type(Interp&);
bool init_object_type(Interp&);
bool init_singleton_types(Interp&);
bool init_descriptor_types(Interp&);
bool init_super_type(Interp&);
bool init_module_type(Interp&);
// type.__call__: what calling a class does (new_ then init).
Value type_call(Interp&, Value cls, const Value* args, size_t nargs, Tuple* kwnames);
// type_new_class with the class keywords (passed on to __init_subclass__).
Value type_new_class_kw(Interp&, Type* metatype, Str* name, Tuple* bases, Dict* ns,
                        const Value* kwvalues, Tuple* kwnames);
// "<class 'A'>"-style text pieces.
std::string type_qualified_name(Interp&, Type* t);   // "mod.A" or "A" for builtins

// object's slots (object.cpp), used by wrappers and heap-type wiring.
Value object_new(Interp&, Type* cls, const Value* args, size_t nargs, Tuple* kwnames);
int object_init(Interp&, Value self, const Value* args, size_t nargs, Tuple* kwnames);
Value object_compare(Interp&, Value a, Value b, CmpOp op);
int64_t object_hash(Interp&, Value self);
Value object_repr(Interp&, Value self);

// ---- protocol helpers (protocol*.cpp) ----------------------------------------------------------
Value raise_unary_type_error(Interp&, UnaryOp op, Value v);
const char* binop_symbol(BinOp op);
const char* compare_symbol(CmpOp op);

// ---- exceptions ----------------------------------------------------------------------------
bool init_exception_attrs(Interp&);      // per-class attributes (exception_types.cpp)
// The attribute dict of an exception (created on demand; null on MemoryError).
Dict* exception_dict(Interp&, Value exc);
// Sets an attribute in an exception's dict (no Python code runs).
bool exception_set_attr(Interp&, Value exc, const char* name, Value v);
Value exception_get_attr(Interp&, Value exc, const char* name);   // null when absent

}  // namespace coil
