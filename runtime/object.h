// The header every heap object starts with, the layout kinds, and the Type object with its slots.
// Slots are the fast protocol entry points; Python-level dunders of user classes are wired into them.
#pragma once
#include <cstdint>
#include <cstddef>
#include "runtime/value.h"

namespace coil {

struct Interpreter;
using Interp = Interpreter;
struct Type;
struct Str;
struct Tuple;
struct Dict;
class Tracer;

// Layout of an object's C++ struct. Subclasses of a builtin keep their base's kind (a user
// class deriving from list has Kind::List), so `kind` answers "can I use the List layout?";
// exact-type checks compare Object::type.
enum class Kind : uint8_t {
  Object,          // plain instance: header + optional __dict__ (runtime/instance.h)
  Int, Float, Str, Bytes, Tuple, List, Dict, Set, FrozenSet, Range, Slice,
  Type, Function, NativeFunction, BoundMethod, Cell, Code, Module,
  Property, ClassMethod, StaticMethod, Super,
  Exception,       // BaseException and every subclass (runtime/exception.h)
  Generator, Coroutine, AsyncGenerator, CoroutineWrapper, AsyncGenAwaitable,
  Iterator,        // the builtin iterators (list/tuple/str/range/dict/set, enumerate, zip, map…)
  DictView,
  NotImplementedType, EllipsisType,
  Native,          // any other native object (modules' own objects: Future, Task, loop, file…)
};

// Every heap object starts with this. 24 bytes.
struct Object {
  Type* type;
  Kind kind;
  uint8_t gc_mark;     // owned by the collector
  uint16_t flags;      // per-kind use (e.g. Str: interned, ascii)
  uint32_t aux;        // per-kind use (e.g. Tuple/List: nothing; Exception: nothing yet)
};

enum class BinOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
  kCount
};
enum class UnaryOp : uint8_t { Neg, Pos, Invert, Abs };
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// Slot signatures. Conventions (as CPython's): a Value-returning slot returns Value::null()
// with an exception pending on error; int-returning slots return -1 on error.
using ReprFn     = Value (*)(Interp&, Value self);                  // returns a Str
using HashFn     = int64_t (*)(Interp&, Value self);                // -1 = error; never a valid hash
using CompareFn  = Value (*)(Interp&, Value a, Value b, CmpOp op);   // may return NotImplemented
using GetAttrFn  = Value (*)(Interp&, Value self, Str* name);       // AttributeError when missing
using SetAttrFn  = int (*)(Interp&, Value self, Str* name, Value v);  // v null = delete
using CallFn     = Value (*)(Interp&, Value self, const Value* args, size_t nargs, Tuple* kwnames);
using IterFn     = Value (*)(Interp&, Value self);
// next: null with no exception pending = exhausted (no StopIteration object is made).
using NextFn     = Value (*)(Interp&, Value self);
using LenFn      = int64_t (*)(Interp&, Value self);                // -1 = error
using GetItemFn  = Value (*)(Interp&, Value self, Value key);
using SetItemFn  = int (*)(Interp&, Value self, Value key, Value v);  // v null = delete
using ContainsFn = int (*)(Interp&, Value self, Value item);        // 1, 0 or -1
using BoolFn     = int (*)(Interp&, Value self);                    // 1, 0 or -1
// Called with the operands in source order, for the left type and (if it returns
// NotImplemented) for the right type, so a slot must check which operand is its own.
using BinaryFn   = Value (*)(Interp&, BinOp op, Value a, Value b);
using UnaryFn    = Value (*)(Interp&, UnaryOp op, Value self);
// Descriptor protocol. obj is null when the attribute is looked up on the class itself.
using DescrGetFn = Value (*)(Interp&, Value descr, Value obj, Type* owner);
using DescrSetFn = int (*)(Interp&, Value descr, Value obj, Value v);  // v null = delete
// new: creates the instance (and for builtins fully initializes it from the arguments).
using NewFn      = Value (*)(Interp&, Type* cls, const Value* args, size_t nargs, Tuple* kwnames);
using InitFn     = int (*)(Interp&, Value self, const Value* args, size_t nargs, Tuple* kwnames);
using TraceFn    = void (*)(Object* self, Tracer& t);
using FinalizeFn = void (*)(Interp&, Object* self);   // frees non-GC memory; must not run Python
// A native awaitable that is its own iterator under `await` (asyncio.Future): awaiting it
// allocates nothing. `resumed`: it already yielded at this await. Returns 0 and sets *out to
// the value to yield, 1 and sets *out to the await's result, or -1 with an exception pending.
using AwaitStepFn = int (*)(Interp&, Value self, bool resumed, Value* out);

enum TypeFlags : uint32_t {
  kTypeHeap        = 1u << 0,   // created by a class statement or type(name, bases, dict)
  kTypeBaseType    = 1u << 1,   // may be subclassed
  kTypeException   = 1u << 2,   // BaseException or a subclass
  kTypeUnhashable  = 1u << 3,   // __hash__ = None
  kTypeAbstractNew = 1u << 4,   // cannot be instantiated from Python (e.g. function)
};

struct Type : Object {
  Str* name = nullptr;          // __name__
  Str* qualname = nullptr;      // __qualname__
  Value module;                 // __module__ (a Str, or null for builtins → "builtins")
  Type* base = nullptr;         // __base__: the first base (object has none)
  Tuple* bases = nullptr;       // __bases__
  Tuple* mro = nullptr;         // __mro__, computed by C3 (runtime/type.cpp)
  Dict* dict = nullptr;         // the class namespace
  Kind instance_kind = Kind::Object;
  uint32_t instance_size = 0;   // bytes of an instance, including the __dict__ slot
  int32_t dict_offset = 0;      // byte offset of the Dict* __dict__ in instances; 0 = none
  uint32_t type_flags = 0;
  uint32_t version = 0;         // bumped when the class or an ancestor changes (attr caches)

  NewFn new_ = nullptr;
  InitFn init = nullptr;
  ReprFn repr = nullptr;
  ReprFn str = nullptr;
  HashFn hash = nullptr;
  CompareFn compare = nullptr;
  GetAttrFn getattr = nullptr;
  SetAttrFn setattr = nullptr;
  CallFn call = nullptr;
  IterFn iter = nullptr;
  NextFn next = nullptr;
  LenFn len = nullptr;
  GetItemFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;
  BoolFn to_bool = nullptr;
  BinaryFn binary = nullptr;
  BinaryFn inplace = nullptr;   // returns NotImplemented to fall back to `binary`
  UnaryFn unary = nullptr;
  DescrGetFn descr_get = nullptr;
  DescrSetFn descr_set = nullptr;  // non-null makes this a data descriptor
  TraceFn trace = nullptr;
  FinalizeFn finalize = nullptr;
  AwaitStepFn await_step = nullptr;   // used for the exact type only, never for subclasses
};

inline bool is_kind(Value v, Kind k) { return v.is_object() && v.as_object()->kind == k; }
// The await_step slot of v's type, or null (v is then awaited through __await__).
inline AwaitStepFn await_step_of(Value v) { return v.is_object() ? v.as_object()->type->await_step : nullptr; }

}  // namespace coil
