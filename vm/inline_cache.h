// Inline caches of the dispatch loop: per instruction, what an attribute, method, global or
// class-call lookup found last time, plus the per-code facts the call fast path needs.
#pragma once
#include <cstdint>
#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/object.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "vm/code.h"

// The checks below are the fast paths of the dispatch loop: always inlined there.
#define COIL_IC_INLINE __attribute__((always_inline)) inline

namespace coil {

// What a cache entry remembers. Attribute kinds hold for instances whose type is exactly
// `type` at `version` (Type::version is bumped by every change to the class or an ancestor,
// including its slots); the per-use checks below cover what the version does not.
enum class CacheKind : uint8_t {
  Empty,
  InstanceValue,   // LOAD_ATTR: in the instance dict at entry `hint`; no data descriptor on the class
  ClassValue,      // LOAD_ATTR: a plain class attribute (`value`), not shadowed by the instance dict
  ClassDescr,      // LOAD_ATTR: another non-data descriptor on the class (its __get__ is called)
  DataDescr,       // LOAD_ATTR: a data descriptor on the class (property, __slots__ member)
  Method,          // LOAD_METHOD: a function or method descriptor, not shadowed by the instance dict
  StoreInstance,   // STORE_ATTR: goes to the instance dict (entry `hint` last time)
  Global,          // LOAD_/STORE_GLOBAL, LOAD_/STORE_NAME: entry `hint` of the globals (locals) dict
  Builtin,         // LOAD_GLOBAL: absent from globals `dict` at `dict_version`; entry `hint` of builtins
  ModuleAttr,      // LOAD_ATTR / LOAD_METHOD on an exact module: entry `hint` of its dict
  Init,            // CALL on class `type`: object.__new__ and the Python __init__ `value`
};

struct InlineCache {
  Type* type;
  uint32_t version;
  uint32_t hint;
  CacheKind kind;
  uint32_t descr_version;    // attribute kinds: descr_type->version when filled
  Value value;               // the class attribute found (attribute kinds), method, builtin, __init__
  Dict* dict;                // Builtin: the globals dict that lacked the name
  uint64_t dict_version;
  // Attribute kinds: the type of the class attribute `value` when it is a heap type (which may
  // gain or lose __get__/__set__ later, or be swapped by __class__ assignment), else null.
  Type* descr_type;
};

// True while the class attribute an attribute entry saw still has the same descriptor role.
COIL_IC_INLINE bool ic_descr_ok(const InlineCache* c) {
  const Type* dt = c->descr_type;
  return dt == nullptr || (c->value.as_object()->type == dt && dt->version == c->descr_version);
}

// The VM's side table of a code object (CodeBody::caches), built on the first run.
struct CodeCaches {
  const uint32_t* insns;     // the code's instructions (site[] is parallel to them)
  uint32_t nlocalsplus;
  uint32_t frame_bytes;      // frame_size() rounded as frame_push does
  bool fast_call;            // a call binds by copying positional arguments (and defaults,
                             // and the closure): no cellvars, *args, **kwargs, keyword-only,
                             // not a generator or coroutine
  uint32_t* site;            // per instruction: its entry in entries[], for cached opcodes
  size_t nentries;
  InlineCache entries[];
};

// The caches of `code`, built on first use. Aborts on out of memory (a small malloc, as the
// bad_alloc of the containers elsewhere).
CodeCaches* code_caches(Code* code);
// Marks every object the entries refer to (so a cached type's address is never reused while
// an entry names it). Called by the code type's tracer; free by its finalizer.
void code_caches_trace(const CodeCaches* cc, Tracer& t);
void code_caches_free(CodeCaches* cc);

// ---- the slow halves of the cached opcodes: cached descriptor calls, else the generic
// protocol followed by a fill. The frame must be saved (Python code may run). Null / false
// with an exception pending on error.
Value ic_load_attr_slow(Interp&, InlineCache* c, Value obj, Str* name);
bool ic_store_attr_slow(Interp&, InlineCache* c, Value obj, Str* name, Value v);
// *is_method: the result is an unbound method to call with obj prepended (LOAD_METHOD's
// [meth, self] form) rather than the attribute's value.
Value ic_load_method_slow(Interp&, InlineCache* c, Value obj, Str* name, bool* is_method);

// ---- fills: record what a lookup finds now (no Python code runs, nothing raises)
void ic_fill_load_attr(Interp&, InlineCache* c, Value obj, Str* name);
void ic_fill_load_method(Interp&, InlineCache* c, Value obj, Str* name);
void ic_fill_store_attr(Interp&, InlineCache* c, Value obj, Str* name);
void ic_fill_global(InlineCache* c, Dict* globals, Dict* builtins, Str* name);
void ic_fill_init(InlineCache* c, Type* cls, Value init);

// ---- checks

// The instance dict of `o` for a type with a positive dict offset (null when not made yet).
COIL_IC_INLINE Dict* ic_instance_dict(const Object* o, const Type* t) {
  return *reinterpret_cast<Dict* const*>(reinterpret_cast<const char*>(o) + t->dict_offset);
}

COIL_IC_INLINE bool ic_dict_has_at(const Dict* d, uint32_t hint, const Str* name) {
  return hint < d->nentries && d->entries[hint].key.raw() == Value::object(const_cast<Str*>(name)).raw();
}

// True when the instance dict of o (if its type has one) lacks `name`.
COIL_IC_INLINE bool ic_not_shadowed(const Object* o, const Type* t, Str* name) {
  if (t->dict_offset == 0) return true;
  Dict* d = ic_instance_dict(o, t);
  return d == nullptr || d->used == 0 || dict_find_str(d, name, str_hash(name)) < 0;
}

COIL_IC_INLINE Type* ic_type_of(Interp& interp, Value v) {
  return v.is_object() ? v.as_object()->type : type_of(interp, v);
}

// LOAD_METHOD: the unbound method for obj.name, or null (not cached / guard failed).
COIL_IC_INLINE Value ic_load_method(Interp& interp, const InlineCache* c, Value obj, Str* name) {
  // (Methods are functions or method descriptors: builtin types, whose role never changes.)
  if (c->kind != CacheKind::Method) return Value::null();
  Type* t = ic_type_of(interp, obj);
  if (t != c->type || t->version != c->version) return Value::null();
  if (t->dict_offset != 0 && !ic_not_shadowed(obj.as_object(), t, name)) return Value::null();
  return c->value;
}

// The receiver checks every attribute kind shares: same type, same class versions.
COIL_IC_INLINE bool ic_attr_guard(const InlineCache* c, const Type* t) {
  return t == c->type && t->version == c->version && ic_descr_ok(c);
}

// LOAD_ATTR's cached cases that run no code: the value, or null (use ic_load_attr_slow).
COIL_IC_INLINE Value ic_load_attr(InlineCache* c, Value obj, Str* name) {
  if (!obj.is_object()) return Value::null();
  Object* o = obj.as_object();
  Type* t = o->type;
  if (!ic_attr_guard(c, t)) return Value::null();
  switch (c->kind) {
    case CacheKind::InstanceValue: {
      Dict* d = ic_instance_dict(o, t);
      if (d == nullptr) return Value::null();
      if (!ic_dict_has_at(d, c->hint, name)) {
        // Another instance with a different insertion order: no data descriptor can
        // intervene (the versions say so), so the dict decides.
        int64_t ix = dict_find_str(d, name, str_hash(name));
        if (ix < 0) return Value::null();
        c->hint = uint32_t(ix);
      }
      return d->entries[c->hint].value;
    }
    case CacheKind::ClassValue:
      return ic_not_shadowed(o, t, name) ? c->value : Value::null();
    case CacheKind::ModuleAttr: {
      Dict* d = static_cast<Module*>(o)->dict;
      return d != nullptr && ic_dict_has_at(d, c->hint, name) ? d->entries[c->hint].value : Value::null();
    }
    default:
      return Value::null();
  }
}

// LOAD_METHOD on a module: the function found in its dict last time, or null.
COIL_IC_INLINE Value ic_load_module_attr(const InlineCache* c, Value obj, const Str* name) {
  if (c->kind != CacheKind::ModuleAttr || !obj.is_object() || obj.as_object()->type != c->type) return Value::null();
  Dict* d = obj.as<Module>()->dict;
  return d != nullptr && ic_dict_has_at(d, c->hint, name) ? d->entries[c->hint].value : Value::null();
}

// STORE_ATTR into the instance dict entry the site wrote last time. False: not done.
COIL_IC_INLINE bool ic_store_attr(InlineCache* c, Value obj, const Str* name, Value v) {
  if (c->kind != CacheKind::StoreInstance || !obj.is_object()) return false;
  Object* o = obj.as_object();
  Type* t = o->type;
  if (!ic_attr_guard(c, t)) return false;
  Dict* d = ic_instance_dict(o, t);
  if (d == nullptr || !ic_dict_has_at(d, c->hint, name)) return false;
  d->entries[c->hint].value = v;   // what dict_set_str does for a present key
  d->version++;
  return true;
}

// LOAD_GLOBAL's cached value, or null.
COIL_IC_INLINE Value ic_load_global(const InlineCache* c, const Dict* globals, const Dict* builtins, const Str* name) {
  if (c->kind == CacheKind::Global) {
    if (ic_dict_has_at(globals, c->hint, name)) return globals->entries[c->hint].value;
  } else if (c->kind == CacheKind::Builtin) {
    if (globals == c->dict && globals->version == c->dict_version && builtins != nullptr &&
        ic_dict_has_at(builtins, c->hint, name))
      return builtins->entries[c->hint].value;
  }
  return Value::null();
}

// STORE_NAME / STORE_GLOBAL: replaces the value at the cached entry in place (what
// dict_set_str does for a key already present). False when the entry is not there.
COIL_IC_INLINE bool ic_store_name(const InlineCache* c, Dict* d, const Str* name, Value v) {
  if (c->kind != CacheKind::Global || !ic_dict_has_at(d, c->hint, name)) return false;
  d->entries[c->hint].value = v;
  d->version++;
  return true;
}

}  // namespace coil
