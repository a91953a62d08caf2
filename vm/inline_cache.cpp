// Inline caches: building a code object's side table, and the fills that record what a
// lookup finds. A fill mirrors the generic protocol (generic_getattr / generic_setattr /
// LOAD_GLOBAL) and only records cases whose per-use checks make it exact; anything else
// leaves the entry Empty so the loop keeps using the protocol.
#include "vm/inline_cache.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include "runtime/containers.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/fast_ops.h"
#include "vm/frame.h"

namespace coil {

namespace {

bool has_site(Op op) {
  switch (op) {
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::LOAD_METHOD:
    case Op::LOAD_GLOBAL:
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::STORE_GLOBAL:
    case Op::CALL:
      return true;
    default:
      return false;
  }
}

bool compute_fast_call(const Code* code) {
  if (code->code_flags & (kCodeVarargs | kCodeVarkeywords | kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator))
    return false;
  if (code->kwonlyargcount != 0) return false;
  if (code->cellvars != nullptr && code->cellvars->size != 0) return false;
  return true;
}


bool generic_set(Interp& interp, const Type* t) {
  return t->setattr == &generic_setattr || t->setattr == interp.types.object->setattr;
}

// __dict__ is answered specially by the object model: never cached on instances.
bool uncacheable_name(Interp& interp, Str* name) {
  return name == interp.names.__dict__ || name->view() == "__dict__";
}

bool is_dunder(Str* name) {
  std::string_view n = name->view();
  return n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__";
}

void set_type(InlineCache* c, Type* t, CacheKind kind) {
  c->type = t;
  c->version = t->version;
  c->kind = kind;
}

// Records class attribute `descr` (possibly null) of an attribute entry and, when its type is
// a heap type, that type's version (see InlineCache::descr_type).
void set_descr(Interp& interp, InlineCache* c, Value descr) {
  c->value = descr;
  c->descr_type = nullptr;
  if (descr.is_object()) {
    Type* dt = descr.as_object()->type;
    if (dt->type_flags & kTypeHeap) {
      c->descr_type = dt;
      c->descr_version = dt->version;
    }
  }
}

// An exact module's attribute from its dict (module_getattr finds it through generic_getattr
// first; the module type has no descriptor for a non-dunder name).
bool fill_module_attr(Interp& interp, InlineCache* c, Value obj, Str* name) {
  if (!obj.is_object() || obj.as_object()->type != interp.types.module || is_dunder(name)) return false;
  auto* m = obj.as<Module>();
  if (m->dict == nullptr || !type_lookup(interp.types.module, name).is_null()) return false;
  int64_t ix = dict_find_str(m->dict, name, str_hash(name));
  if (ix < 0 || m->dict->entries[ix].key.raw() != Value::object(name).raw()) return false;
  c->kind = CacheKind::ModuleAttr;
  c->type = interp.types.module;
  c->version = interp.types.module->version;
  c->hint = uint32_t(ix);
  c->value = Value();
  c->descr_type = nullptr;
  return true;
}

}  // namespace

CodeCaches* code_caches(Code* code) {
  CodeBody* body = code->body;
  if (body->caches != nullptr) return body->caches;
  size_t n = body->insns.size();
  size_t sites = 0;
  for (uint32_t insn : body->insns)
    if (has_site(op_of(insn))) sites++;
  size_t head = sizeof(CodeCaches) + sites * sizeof(InlineCache);
  head = (head + 7) & ~size_t(7);
  auto* cc = static_cast<CodeCaches*>(std::calloc(1, head + n * sizeof(uint32_t)));
  if (cc == nullptr) {
    std::fputs("coil: out of memory\n", stderr);
    std::abort();
  }
  cc->insns = body->insns.data();
  cc->nlocalsplus = uint32_t(code->nlocalsplus());
  cc->frame_bytes = uint32_t((frame_size(code) + 15) & ~size_t(15));
  cc->fast_call = compute_fast_call(code);
  cc->site = reinterpret_cast<uint32_t*>(reinterpret_cast<char*>(cc) + head);
  cc->nentries = sites;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) cc->site[i] = has_site(op_of(body->insns[i])) ? uint32_t(k++) : ~0u;
  body->caches = cc;
  return cc;
}

void code_caches_trace(const CodeCaches* cc, Tracer& t) {
  if (cc == nullptr) return;
  for (size_t i = 0; i < cc->nentries; i++) {
    const InlineCache& c = cc->entries[i];
    if (c.kind == CacheKind::Empty) continue;
    t.mark(c.type);
    t.mark(c.value);
    t.mark(c.dict);
    t.mark(c.descr_type);
  }
}

void code_caches_free(CodeCaches* cc) { std::free(cc); }

Value ic_load_attr_slow(Interp& interp, InlineCache* c, Value obj, Str* name) {
  if ((c->kind == CacheKind::ClassDescr || c->kind == CacheKind::DataDescr) && obj.is_object()) {
    Object* o = obj.as_object();
    Type* t = o->type;
    if (ic_attr_guard(c, t) && (c->kind == CacheKind::DataDescr || ic_not_shadowed(o, t, name))) {
      Value descr = c->value;
      return type_of(interp, descr)->descr_get(interp, descr, obj, t);
    }
  }
  Value v = getattr(interp, obj, name);
  if (!v.is_null()) ic_fill_load_attr(interp, c, obj, name);
  return v;
}

bool ic_store_attr_slow(Interp& interp, InlineCache* c, Value obj, Str* name, Value v) {
  if (c->kind == CacheKind::StoreInstance && obj.is_object()) {
    Object* o = obj.as_object();
    Type* t = o->type;
    if (ic_attr_guard(c, t)) {
      // generic_setattr's work, minus the descriptor search the versions make unnecessary.
      auto** slot = reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + t->dict_offset);
      if (*slot == nullptr && (*slot = dict_new(interp)) == nullptr) return false;
      Dict* d = *slot;
      size_t used = d->used;
      int64_t hash = str_hash(name);
      if (!dict_insert(interp, d, Value::object(name), hash, v)) return false;
      // The entry it landed in: appended when the dict grew.
      int64_t ix = d->used > used ? int64_t(d->nentries) - 1 : dict_find_str(d, name, hash);
      c->hint = ix >= 0 ? uint32_t(ix) : ~0u;
      return true;
    }
  }
  if (setattr(interp, obj, name, v) < 0) return false;
  ic_fill_store_attr(interp, c, obj, name);
  return true;
}

Value ic_load_method_slow(Interp& interp, InlineCache* c, Value obj, Str* name, bool* is_method) {
  Value m = fast_method_lookup(interp, obj, name);
  *is_method = !m.is_null();
  if (*is_method) {
    ic_fill_load_method(interp, c, obj, name);
    return m;
  }
  Value v = getattr(interp, obj, name);
  if (!v.is_null()) ic_fill_load_method(interp, c, obj, name);
  return v;
}

void ic_fill_load_attr(Interp& interp, InlineCache* c, Value obj, Str* name) {
  c->kind = CacheKind::Empty;
  if (fill_module_attr(interp, c, obj, name)) return;
  if (!obj.is_object()) return;
  Object* o = obj.as_object();
  Type* t = o->type;
  if (!uses_generic_getattr(interp, t) || t->dict_offset < 0 || uncacheable_name(interp, name)) return;
  Value descr = type_lookup(t, name);
  Type* dt = descr.is_null() ? nullptr : type_of(interp, descr);
  set_descr(interp, c, descr);
  c->dict = nullptr;
  if (dt != nullptr && dt->descr_get != nullptr && dt->descr_set != nullptr) {
    set_type(c, t, CacheKind::DataDescr);
    return;
  }
  if (t->dict_offset > 0) {
    Dict* d = ic_instance_dict(o, t);
    if (d != nullptr) {
      int64_t ix = dict_find_str(d, name, str_hash(name));
      if (ix >= 0) {
        c->hint = uint32_t(ix);
        set_type(c, t, CacheKind::InstanceValue);
        return;
      }
    }
  }
  if (dt == nullptr) return;   // AttributeError: not cached
  set_type(c, t, dt->descr_get == nullptr ? CacheKind::ClassValue : CacheKind::ClassDescr);
}

void ic_fill_load_method(Interp& interp, InlineCache* c, Value obj, Str* name) {
  c->kind = CacheKind::Empty;
  if (fill_module_attr(interp, c, obj, name)) return;
  Type* t = ic_type_of(interp, obj);
  if (!uses_generic_getattr(interp, t) || t->dict_offset < 0) return;
  if (t->dict_offset > 0 && !obj.is_object()) return;
  Value m = type_lookup(t, name);
  if (m.is_null() || !m.is_object()) return;
  Object* mo = m.as_object();
  if (mo->kind == Kind::Function ||
      (mo->kind == Kind::NativeFunction && mo->type == interp.types.method_descriptor)) {
    c->value = m;
    c->descr_type = nullptr;
    c->dict = nullptr;
    set_type(c, t, CacheKind::Method);
  }
}

void ic_fill_store_attr(Interp& interp, InlineCache* c, Value obj, Str* name) {
  c->kind = CacheKind::Empty;
  if (!obj.is_object()) return;
  Object* o = obj.as_object();
  Type* t = o->type;
  if (!generic_set(interp, t) || t->dict_offset <= 0 || uncacheable_name(interp, name)) return;
  Value descr = type_lookup(t, name);
  if (!descr.is_null() && type_of(interp, descr)->descr_set != nullptr) return;
  set_descr(interp, c, descr);
  c->dict = nullptr;
  c->hint = ~0u;
  Dict* d = ic_instance_dict(o, t);
  if (d != nullptr) {
    int64_t ix = dict_find_str(d, name, str_hash(name));
    if (ix >= 0) c->hint = uint32_t(ix);
  }
  set_type(c, t, CacheKind::StoreInstance);
}

void ic_fill_global(InlineCache* c, Dict* globals, Dict* builtins, Str* name) {
  c->kind = CacheKind::Empty;
  c->type = nullptr;
  c->value = Value();
  c->descr_type = nullptr;
  c->dict = nullptr;
  int64_t ix = dict_find_str(globals, name, str_hash(name));
  if (ix >= 0) {
    if (globals->entries[ix].key.raw() != Value::object(name).raw()) return;
    c->hint = uint32_t(ix);
    c->kind = CacheKind::Global;
    return;
  }
  if (builtins == nullptr) return;
  ix = dict_find_str(builtins, name, str_hash(name));
  if (ix < 0 || builtins->entries[ix].key.raw() != Value::object(name).raw()) return;
  c->hint = uint32_t(ix);
  c->dict = globals;
  c->dict_version = globals->version;
  c->kind = CacheKind::Builtin;
}

void ic_fill_init(InlineCache* c, Type* cls, Value init) {
  c->value = init;
  c->descr_type = nullptr;
  c->dict = nullptr;
  set_type(c, cls, CacheKind::Init);
}

}  // namespace coil
