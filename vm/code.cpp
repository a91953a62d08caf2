// Code objects: creation, source positions, and the `code` type (co_* attributes, repr).
// The compiler fills the fields; the VM only reads them.
#include "vm/code.h"

#include <cstdio>
#include <new>
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/inline_cache.h"
#include "vm/vm_types.h"

namespace coil {

size_t Code::nlocalsplus() const {
  return size_t(nlocals) + (cellvars ? cellvars->size : 0) + (freevars ? freevars->size : 0);
}

Code* code_new(Interp& interp) {
  auto* c = gc_new<Code>(interp.heap, interp.types.code, Kind::Code);
  if (c == nullptr) return nullptr;
  c->body = new (std::nothrow) CodeBody();
  if (c->body == nullptr) return nullptr;
  c->name = interp.empty_str;
  c->qualname = interp.empty_str;
  c->filename = interp.empty_str;
  c->source = Value::none();
  c->consts = interp.empty_tuple;
  c->names = interp.empty_tuple;
  c->varnames = interp.empty_tuple;
  c->cellvars = interp.empty_tuple;
  c->freevars = interp.empty_tuple;
  c->docstring = Value::none();
  return c;
}

SourcePosition code_position(const Code* c, size_t index) {
  const auto& pos = c->body->positions;
  if (index < pos.size()) {
    SourcePosition p = pos[index];
    if (p.line > 0) return p;
    // Artificial instruction: use the nearest earlier real position.
    for (size_t i = index; i-- > 0;) {
      if (pos[i].line > 0) return pos[i];
    }
  }
  return SourcePosition{c->firstlineno, c->firstlineno, -1, -1};
}

namespace {

void code_trace(Object* self, Tracer& t) {
  auto* c = static_cast<Code*>(self);
  t.mark(c->name);
  t.mark(c->qualname);
  t.mark(c->filename);
  t.mark(c->source);
  t.mark(c->consts);
  t.mark(c->names);
  t.mark(c->varnames);
  t.mark(c->cellvars);
  t.mark(c->freevars);
  t.mark(c->docstring);
  if (c->body != nullptr) code_caches_trace(c->body->caches, t);
}

void code_finalize(Interp&, Object* self) {
  auto* c = static_cast<Code*>(self);
  if (c->body != nullptr) code_caches_free(c->body->caches);
  delete c->body;
  c->body = nullptr;
}

Value code_repr(Interp& interp, Value self) {
  auto* c = self.as<Code>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p, file \"", static_cast<void*>(c));
  std::string s = "<code object ";
  s += c->name ? c->name->view() : "?";
  s += buf;
  s += c->filename ? c->filename->view() : "";
  s += "\", line ";
  s += std::to_string(c->firstlineno);
  s += ">";
  return str_value(interp, s);
}

Value code_getattr(Interp& interp, Value self, Str* name) {
  auto* c = self.as<Code>();
  std::string_view n = name->view();
  auto tup = [&](Tuple* t) { return Value::object(t ? t : interp.empty_tuple); };
  if (n.size() > 3 && n.substr(0, 3) == "co_") {
    std::string_view a = n.substr(3);
    if (a == "name") return Value::object(c->name);
    if (a == "qualname") return Value::object(c->qualname);
    if (a == "filename") return Value::object(c->filename);
    if (a == "firstlineno") return Value::small_int(c->firstlineno);
    if (a == "argcount") return Value::small_int(c->argcount);
    if (a == "posonlyargcount") return Value::small_int(c->posonlyargcount);
    if (a == "kwonlyargcount") return Value::small_int(c->kwonlyargcount);
    if (a == "nlocals") return Value::small_int(c->nlocals);
    if (a == "stacksize") return Value::small_int(c->stacksize);
    if (a == "flags") {
      // CPython's CO_OPTIMIZED|CO_NEWLOCALS|... bit values match CodeFlags.
      return Value::small_int(c->code_flags);
    }
    if (a == "consts") return tup(c->consts);
    if (a == "names") return tup(c->names);
    if (a == "varnames") return tup(c->varnames);
    if (a == "cellvars") return tup(c->cellvars);
    if (a == "freevars") return tup(c->freevars);
  }
  return generic_getattr(interp, self, name);
}

}  // namespace

bool init_code_type(Interp& interp) {
  Type* t = interp.types.code;
  t->trace = code_trace;
  t->finalize = code_finalize;
  t->repr = code_repr;
  t->getattr = code_getattr;
  t->type_flags &= ~kTypeBaseType;
  t->type_flags |= kTypeAbstractNew;
  return true;
}

}  // namespace coil
