// types.UnionType: what `int | str` makes. Its members are flattened and de-duplicated in
// order; repr, ==, hash, __args__ and `|` follow CPython 3.11 (Objects/unionobject.c).
// The type is created on first use and found through its own entry in interp.root_tracers
// (which also keeps it alive), so the object model's state needs no new field.
#include <string>
#include <vector>
#include "runtime/error.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_union.h"
#include "runtime/types_init.h"

namespace coil {

namespace {

struct UnionObject : Object {   // Kind::Native, type types.UnionType
  Tuple* args;
};

void union_root_trace(void* type, Tracer& t) { t.mark(static_cast<Type*>(type)); }

// The UnionType if it exists yet (never creates it).
Type* find_union_type(Interp& interp) {
  for (auto& entry : interp.root_tracers)
    if (entry.first == union_root_trace) return static_cast<Type*>(entry.second);
  return nullptr;
}

bool is_union(Interp& interp, Value v) {
  if (!is_kind(v, Kind::Native)) return false;
  Type* t = find_union_type(interp);
  return t != nullptr && v.as_object()->type == t;
}

// runtime/list_generic_alias.cpp makes types.GenericAlias (named with CPython's tp_name).
bool is_generic_alias(Value v) {
  return is_kind(v, Kind::Native) && v.as_object()->type->name->view() == "types.GenericAlias";
}

bool is_unionable(Interp& interp, Value v) {
  return v.is_none() || is_kind(v, Kind::Type) || is_generic_alias(v) || is_union(interp, v);
}

// int → "int", a user class → "mod.A", NoneType → "None", anything else → repr().
bool union_item_repr(Interp& interp, Value v, std::string& out) {
  if (v.is_object() && v.as_object() == interp.types.none) {
    out += "None";
    return true;
  }
  if (is_generic_alias(v)) return repr_into(interp, v, out);
  Value qualname = getattr_opt(interp, v, interp.names.__qualname__);
  if (qualname.is_null()) {
    if (interp.has_error()) return false;
    return repr_into(interp, v, out);
  }
  Value module = getattr_opt(interp, v, interp.names.__module__);
  if (module.is_null()) {
    if (interp.has_error()) return false;
    return repr_into(interp, v, out);
  }
  if (module.is_none()) return repr_into(interp, v, out);
  if (is_str(module) && module.as<Str>()->view() == "builtins") return str_into(interp, qualname, out);
  if (!str_into(interp, module, out)) return false;
  out += ".";
  return str_into(interp, qualname, out);
}

Value union_repr(Interp& interp, Value self) {
  Tuple* args = self.as<UnionObject>()->args;
  std::string out;
  for (size_t i = 0; i < args->size; i++) {
    if (i) out += " | ";
    if (!union_item_repr(interp, args->items[i], out)) return Value::null();
  }
  return str_value(interp, out);
}

Value union_getattr(Interp& interp, Value self, Str* name) {
  auto* u = self.as<UnionObject>();
  if (name->view() == "__args__") return Value::object(u->args);
  if (name->view() == "__parameters__") return Value::object(interp.empty_tuple);
  return generic_getattr(interp, self, name);
}

// 1 when every member of a is among b's members, 0 if not, -1 on error.
int members_within(Interp& interp, Tuple* a, Tuple* b) {
  for (size_t i = 0; i < a->size; i++) {
    bool found = false;
    for (size_t j = 0; j < b->size && !found; j++) {
      int r = equal(interp, a->items[i], b->items[j]);
      if (r < 0) return -1;
      found = r == 1;
    }
    if (!found) return 0;
  }
  return 1;
}

// Equal as sets of members, as CPython compares frozenset(__args__).
Value union_compare(Interp& interp, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_union(interp, b)) return interp.not_implemented;
  Tuple* x = a.as<UnionObject>()->args;
  Tuple* y = b.as<UnionObject>()->args;
  int r = members_within(interp, x, y);
  if (r == 1) r = members_within(interp, y, x);
  if (r < 0) return Value::null();
  return Value::boolean((r == 1) == (op == CmpOp::Eq));
}

// Order-independent, so that `int | str` and `str | int` (which are equal) hash alike.
int64_t union_hash(Interp& interp, Value self) {
  Tuple* args = self.as<UnionObject>()->args;
  uint64_t h = 0x2f1d5a3bULL;
  for (size_t i = 0; i < args->size; i++) {
    int64_t x = hash(interp, args->items[i]);
    if (x == -1) return -1;
    h ^= uint64_t(x) * 0x9e3779b97f4a7c15ULL;
  }
  int64_t r = int64_t(h >> 1);
  return r == -1 ? -2 : r;
}

Value union_binary(Interp& interp, BinOp op, Value a, Value b) {
  if (op != BinOp::Or) return interp.not_implemented;
  return union_or(interp, a, b);
}

Value union_new(Interp& interp, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  return raise(interp, interp.exc_types.TypeError, "cannot create 'types.UnionType' instances");
}

void union_trace(Object* self, Tracer& t) { t.mark(static_cast<UnionObject*>(self)->args); }

Type* union_type(Interp& interp) {
  if (Type* t = find_union_type(interp)) return t;
  Type* t = type_new_builtin(interp, "types.UnionType", interp.types.object, Kind::Native, sizeof(UnionObject), 0);
  if (t == nullptr) return nullptr;
  // The name keeps CPython's tp_name for messages; __name__ / repr use the qualname.
  t->name = intern(interp, "types.UnionType");
  if (t->name == nullptr) return nullptr;
  t->new_ = union_new;
  t->repr = union_repr;
  t->getattr = union_getattr;
  t->compare = union_compare;
  t->hash = union_hash;
  t->binary = union_binary;
  t->trace = union_trace;
  interp.root_tracers.push_back({union_root_trace, t});
  if (!type_ready(interp, t)) return nullptr;
  return t;
}

// Appends v (or a union's members) to out unless an equal member is already there.
bool add_member(Interp& interp, std::vector<Value>& out, Value v) {
  if (Tuple* inner = union_args(interp, v)) {
    for (size_t i = 0; i < inner->size; i++)
      if (!add_member(interp, out, inner->items[i])) return false;
    return true;
  }
  if (v.is_none()) v = Value::object(interp.types.none);
  for (Value have : out) {
    if (have == v) return true;
    // Classes compare by identity; generic aliases by value (list[int] == list[int]).
    if (is_generic_alias(v) && is_generic_alias(have)) {
      int r = equal(interp, have, v);
      if (r < 0) return false;
      if (r == 1) return true;
    }
  }
  out.push_back(v);
  return true;
}

}  // namespace

Tuple* union_args(Interp& interp, Value v) {
  return is_union(interp, v) ? v.as<UnionObject>()->args : nullptr;
}

Value union_or(Interp& interp, Value a, Value b) {
  if (!is_unionable(interp, a) || !is_unionable(interp, b)) return interp.not_implemented;
  std::vector<Value> members;
  if (!add_member(interp, members, a) || !add_member(interp, members, b)) return Value::null();
  if (members.size() == 1) return members[0];
  Type* t = union_type(interp);
  if (t == nullptr) return Value::null();
  Tuple* args = tuple_from(interp, members.data(), members.size());
  if (args == nullptr) return raise_no_memory(interp);
  auto* u = gc_new<UnionObject>(interp.heap, t, Kind::Native);
  if (u == nullptr) return raise_no_memory(interp);
  u->args = args;
  return Value::object(u);
}

Value type_binary_or(Interp& interp, BinOp op, Value a, Value b) {
  if (op != BinOp::Or) return interp.not_implemented;
  return union_or(interp, a, b);
}

}  // namespace coil
