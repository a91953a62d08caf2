// Type objects as data: allocation, builtin type creation, MRO lookup, C3 linearisation and
// type_ready (MRO, slot inheritance, dunder wrappers for the slots a builtin defines).
#include "runtime/type.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type_internal.h"

namespace coil {

Type* type_alloc(Interp& interp, Type* metatype, size_t size) {
  if (size < sizeof(TypeObject)) size = sizeof(TypeObject);
  auto* t = static_cast<TypeObject*>(interp.heap.allocate(metatype, Kind::Type, size));
  if (t == nullptr) return nullptr;
  t->flags |= kTypeObjectExt;
  return t;
}

bool type_is_ready(const Type* t) { return t->mro != nullptr; }

void type_add_subclass(Type* base, Type* sub) {
  if (!(base->flags & kTypeObjectExt)) return;
  auto* b = static_cast<TypeObject*>(base);
  if (b->subclasses == nullptr) b->subclasses = new std::vector<Type*>();
  if (std::find(b->subclasses->begin(), b->subclasses->end(), sub) == b->subclasses->end())
    b->subclasses->push_back(sub);
}

Type* type_new_builtin(Interp& interp, const char* name, Type* base, Kind kind, size_t instance_size,
                       uint32_t flags) {
  Type* t = type_alloc(interp, interp.types.type, sizeof(TypeObject));
  if (t == nullptr) { raise_no_memory(interp); return nullptr; }
  // "module.Name" gives __module__ = "module", __name__ = "Name" (as CPython's tp_name).
  const char* dot = std::strrchr(name, '.');
  if (dot != nullptr) {
    Str* m = intern(interp, std::string_view(name, size_t(dot - name)));
    if (m == nullptr) return nullptr;
    t->module = Value::object(m);
    name = dot + 1;
  }
  t->name = intern(interp, name);
  if (t->name == nullptr) return nullptr;
  t->qualname = t->name;
  t->dict = dict_new(interp);
  if (t->dict == nullptr) return nullptr;
  t->base = base != nullptr ? base : interp.types.object;
  t->bases = tuple_pack(interp, {Value::object(t->base)});
  if (t->bases == nullptr) return nullptr;
  t->instance_kind = kind;
  t->instance_size = uint32_t(instance_size);
  t->type_flags = flags;
  return t;
}

Value type_lookup(Type* t, Str* name) {
  if (t->mro != nullptr) {
    Tuple* mro = t->mro;
    for (size_t i = 0; i < mro->size; i++) {
      Type* b = mro->items[i].as<Type>();
      if (b->dict == nullptr) continue;
      Value v = dict_get_str(b->dict, name);
      if (!v.is_null()) return v;
    }
    return Value::null();
  }
  // Not ready yet (start-up): the base chain is the MRO of single inheritance.
  for (Type* b = t; b != nullptr; b = b->base) {
    if (b->dict == nullptr) continue;
    Value v = dict_get_str(b->dict, name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

// ---- C3 --------------------------------------------------------------------------------------

Tuple* compute_mro(Interp& interp, Type* t) {
  Tuple* bases = t->bases;
  if (bases == nullptr || bases->size == 0) return tuple_pack(interp, {Value::object(t)});
  if (bases->size == 1) {
    Type* b = bases->items[0].as<Type>();
    Tuple* bm = b->mro;
    if (bm == nullptr) return nullptr;
    Tuple* r = tuple_new(interp, bm->size + 1);
    if (r == nullptr) return nullptr;
    r->items[0] = Value::object(t);
    for (size_t i = 0; i < bm->size; i++) r->items[i + 1] = bm->items[i];
    return r;
  }
  std::vector<std::vector<Type*>> seqs;
  for (size_t i = 0; i < bases->size; i++) {
    Type* b = bases->items[i].as<Type>();
    std::vector<Type*> s;
    for (size_t j = 0; j < b->mro->size; j++) s.push_back(b->mro->items[j].as<Type>());
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> direct;
  for (size_t i = 0; i < bases->size; i++) direct.push_back(bases->items[i].as<Type>());
  seqs.push_back(direct);
  std::vector<size_t> pos(seqs.size(), 0);
  std::vector<Type*> result{t};
  auto in_tail = [&](Type* c) {
    for (size_t i = 0; i < seqs.size(); i++)
      for (size_t j = pos[i] + 1; j < seqs[i].size(); j++)
        if (seqs[i][j] == c) return true;
    return false;
  };
  for (;;) {
    bool empty = true;
    Type* pick = nullptr;
    for (size_t i = 0; i < seqs.size(); i++) {
      if (pos[i] >= seqs[i].size()) continue;
      empty = false;
      Type* head = seqs[i][pos[i]];
      if (!in_tail(head)) { pick = head; break; }
    }
    if (empty) break;
    if (pick == nullptr) {
      std::vector<Type*> remaining;
      for (size_t i = 0; i < seqs.size(); i++) {
        if (pos[i] >= seqs[i].size()) continue;
        Type* head = seqs[i][pos[i]];
        if (std::find(remaining.begin(), remaining.end(), head) == remaining.end()) remaining.push_back(head);
      }
      std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases ";
      for (size_t i = 0; i < remaining.size(); i++) {
        if (i) msg += ", ";
        msg += remaining[i]->name->view();
      }
      raise_str(interp, interp.exc_types.TypeError, msg);
      return nullptr;
    }
    result.push_back(pick);
    for (size_t i = 0; i < seqs.size(); i++)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == pick) pos[i]++;
  }
  Tuple* r = tuple_new(interp, result.size());
  if (r == nullptr) return nullptr;
  for (size_t i = 0; i < result.size(); i++) r->items[i] = Value::object(result[i]);
  return r;
}

// ---- type_ready ------------------------------------------------------------------------------

namespace {

bool same_layout(const Type* a, const Type* b) {
  return a->instance_kind == b->instance_kind && a->instance_size == b->instance_size;
}

void inherit_slots(Type* t, Type* b) {
#define INHERIT(slot) if (t->slot == nullptr) t->slot = b->slot;
  // A type that defines comparison but not hashing is unhashable (CPython's rule), so hash and
  // compare are inherited together.
  if (t->hash == nullptr && t->compare == nullptr && !(t->type_flags & kTypeUnhashable)) {
    t->hash = b->hash;
    t->compare = b->compare;
  }
  INHERIT(compare)
  if (t->new_ == nullptr && !(t->type_flags & kTypeAbstractNew) && same_layout(t, b)) t->new_ = b->new_;
  INHERIT(init) INHERIT(repr) INHERIT(str) INHERIT(getattr) INHERIT(setattr)
  INHERIT(call) INHERIT(iter) INHERIT(next) INHERIT(len) INHERIT(getitem) INHERIT(setitem)
  INHERIT(contains) INHERIT(to_bool) INHERIT(binary) INHERIT(inplace) INHERIT(unary)
  INHERIT(descr_get) INHERIT(descr_set) INHERIT(trace) INHERIT(finalize)
#undef INHERIT
  if (b->type_flags & kTypeUnhashable && t->hash == nullptr) t->type_flags |= kTypeUnhashable;
}

}  // namespace

bool type_ready(Interp& interp, Type* t) {
  if (type_is_ready(t)) return true;
  if (t->base == nullptr && t != interp.types.object) t->base = interp.types.object;
  Type* base = t->base;
  if (base != nullptr && !type_ready(interp, base)) return false;
  if (t->bases != nullptr)
    for (size_t i = 0; i < t->bases->size; i++)
      if (!type_ready(interp, t->bases->items[i].as<Type>())) return false;
  if (t->bases == nullptr) {
    t->bases = base != nullptr ? tuple_pack(interp, {Value::object(base)}) : interp.empty_tuple;
    if (t->bases == nullptr) return false;
  }
  if (t->dict == nullptr && (t->dict = dict_new(interp)) == nullptr) return false;
  if (t->qualname == nullptr) t->qualname = t->name;
  // Wrappers first: they describe what this type itself defines, before inheritance fills in.
  if (!add_slot_wrappers(interp, t, base)) return false;
  if (base != nullptr) inherit_slots(t, base);
  if (t->dict_offset == 0 && base != nullptr && base->dict_offset != 0 && same_layout(t, base))
    t->dict_offset = base->dict_offset;
  if ((t->type_flags & kTypeBaseType) && t->instance_size < sizeof(Object)) t->type_flags &= ~kTypeBaseType;
  if (t->hash == nullptr || (t->type_flags & kTypeUnhashable)) {
    t->hash = nullptr;
    t->type_flags |= kTypeUnhashable;
    if (dict_get_str(t->dict, interp.names.__hash__).is_null() &&
        !dict_set_str(interp, t->dict, interp.names.__hash__, Value::none()))
      return false;
  }
  Tuple* mro = compute_mro(interp, t);
  if (mro == nullptr) return false;
  t->mro = mro;
  for (size_t i = 0; i < t->bases->size; i++) type_add_subclass(t->bases->items[i].as<Type>(), t);
  return true;
}

}  // namespace coil
