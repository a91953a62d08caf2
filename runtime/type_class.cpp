// Creating user classes: the class statement's __build_class__, the metaclass calculation,
// type_new_class (bases checks, layout, C3 MRO, slot wiring, __set_name__, __init_subclass__,
// __classcell__).
#include <string>
#include <vector>
#include "runtime/call.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/iterators.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_internal.h"
#include "vm/vm.h"

namespace coil {

namespace {

// The builtin type whose C++ layout instances of t use.
Type* solid_base(Type* t) {
  while (t->type_flags & kTypeHeap) t = t->base;
  // Walk up while the layout is unchanged (e.g. every exception class shares BaseException's).
  while (t->base != nullptr && t->base->instance_kind == t->instance_kind &&
         t->base->instance_size == t->instance_size)
    t = t->base;
  return t;
}

// CPython's best_base: the base whose solid base is the most derived; a conflict is an error.
Type* best_base(Interp& interp, Tuple* bases) {
  Type* base = nullptr;
  Type* winner = nullptr;
  for (size_t i = 0; i < bases->size; i++) {
    Type* b = bases->items[i].as<Type>();
    Type* candidate = solid_base(b);
    if (winner == nullptr) {
      winner = candidate;
      base = b;
    } else if (is_subtype(winner, candidate)) {
      // keep
    } else if (is_subtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else {
      raise(interp, interp.exc_types.TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

bool is_var_size(Kind k) { return k == Kind::Str || k == Kind::Tuple || k == Kind::Bytes; }

Value wrap_in(Interp& interp, Value f, bool classmethod) {
  return classmethod ? classmethod_new(interp, f) : staticmethod_new(interp, f);
}

bool set_name_hooks(Interp& interp, Type* t) {
  // __set_name__ may mutate the namespace: iterate over a snapshot.
  Dict* snapshot = dict_copy(interp, t->dict);
  if (snapshot == nullptr) return false;
  size_t pos = 0;
  Value k, v;
  Str* set_name = interp.names.__set_name__;
  while (dict_next(snapshot, &pos, &k, &v)) {
    if (!v.is_object()) continue;
    Value f = type_lookup(type_of(interp, v), set_name);
    if (f.is_null()) continue;
    bool found;
    Value args[2] = {Value::object(t), k};
    Value r = call_dunder(interp, v, set_name, args, 2, &found);
    if (r.is_null() && found) {
      // 3.11 wraps the error: RuntimeError("Error calling __set_name__ …") from the original.
      Value cause = fetch_error(interp);
      raise(interp, interp.exc_types.RuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'",
            type_name(interp, v), is_str(k) ? str_cstr(k.as<Str>()) : "?", t->name->data);
      Value e = interp.exc;
      if (is_exception(e) && is_exception(cause)) {
        e.as<BaseException>()->cause = cause;
        e.as<BaseException>()->suppress_context = true;
      }
      return false;
    }
  }
  return true;
}

bool init_subclass_hook(Interp& interp, Type* t, const Value* kwvalues, Tuple* kwnames) {
  // super(t, t).__init_subclass__(**kwargs): search the MRO after t.
  Tuple* mro = t->mro;
  Value f;
  Type* owner = nullptr;
  for (size_t i = 1; i < mro->size && f.is_null(); i++) {
    owner = mro->items[i].as<Type>();
    f = dict_get_str(owner->dict, interp.names.__init_subclass__);
  }
  if (f.is_null()) return true;
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  if (is_kind(f, Kind::ClassMethod)) {
    // Call the function with the class prepended (no bound method: keywords pass straight on).
    std::vector<Value> args(nkw + 1);
    args[0] = Value::object(t);
    for (size_t i = 0; i < nkw; i++) args[i + 1] = kwvalues[i];
    return !call(interp, f.as<ClassMethod>()->func, args.data(), 1, kwnames).is_null();
  }
  Type* ft = type_of(interp, f);
  Value bound = f;
  if (ft->descr_get != nullptr) {
    bound = ft->descr_get(interp, f, Value::object(t), t);
    if (bound.is_null()) return false;
  }
  return !call(interp, bound, kwvalues, 0, kwnames).is_null();
}

}  // namespace

Value type_new_class_kw(Interp& interp, Type* metatype, Str* name, Tuple* bases, Dict* ns, const Value* kwvalues,
                        Tuple* kwnames) {
  Type* object = interp.types.object;
  if (bases->size == 0) bases = tuple_pack(interp, {Value::object(object)});
  if (bases == nullptr) return Value::null();
  // Bases must be classes, distinct, and subclassable.
  for (size_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (!is_kind(b, Kind::Type))
      return raise(interp, interp.exc_types.TypeError, "bases must be types");
    for (size_t j = 0; j < i; j++)
      if (bases->items[j] == b)
        return raise(interp, interp.exc_types.TypeError, "duplicate base class %s", b.as<Type>()->name->data);
    if (!(b.as<Type>()->type_flags & kTypeBaseType))
      return raise(interp, interp.exc_types.TypeError, "type '%s' is not an acceptable base type",
                   b.as<Type>()->name->data);
  }
  // The most derived metaclass.
  Type* winner = metatype;
  for (size_t i = 0; i < bases->size; i++) {
    Type* bt = type_of(interp, bases->items[i]);
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) { winner = bt; continue; }
    return raise(interp, interp.exc_types.TypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                 "metaclasses of all its bases");
  }
  if (winner != metatype && winner->new_ != metatype->new_) {
    Value args[3] = {Value::object(name), Value::object(bases), Value::object(ns)};
    return call(interp, Value::object(winner), args, 3, nullptr);
  }
  metatype = winner;

  Type* base = best_base(interp, bases);
  if (base == nullptr) return Value::null();

  Type* t = type_alloc(interp, metatype, metatype->instance_size);
  if (t == nullptr) return raise_no_memory(interp);
  t->type_flags = kTypeHeap | kTypeBaseType | (base->type_flags & kTypeException);
  // Type names are printed with %s everywhere (type_name): keep them NUL-terminated.
  t->name = str_compact(interp, name);
  if (t->name == nullptr) return Value::null();
  t->qualname = t->name;
  t->base = base;
  t->bases = bases;
  t->dict = dict_copy(interp, ns);
  if (t->dict == nullptr) return Value::null();
  Dict* d = t->dict;
  Names& N = interp.names;

  // __qualname__ comes from the class body, and is not a class attribute.
  Value qn = dict_get_str(d, N.__qualname__);
  if (!qn.is_null()) {
    if (!is_str(qn))
      return raise(interp, interp.exc_types.TypeError, "type __qualname__ must be a str, not %s",
                   type_name(interp, qn));
    t->qualname = str_compact(interp, qn.as<Str>());
    if (t->qualname == nullptr) return Value::null();
    if (dict_del(interp, d, Value::object(N.__qualname__)) < 0) return Value::null();
  }
  Value mod = dict_get_str(d, N.__module__);
  if (mod.is_null()) {
    Dict* g = current_globals(interp);
    Value gm = g != nullptr ? dict_get_str(g, N.__name__) : Value::null();
    if (!gm.is_null()) {
      if (!dict_set_str(interp, d, N.__module__, gm)) return Value::null();
      mod = gm;
    }
  }
  t->module = mod;
  // Implicit staticmethod / classmethod wrappers.
  Value nf = dict_get_str(d, N.__new__);
  if (is_kind(nf, Kind::Function)) {
    Value w = wrap_in(interp, nf, false);
    if (w.is_null() || !dict_set_str(interp, d, N.__new__, w)) return Value::null();
  }
  for (Str* cm : {N.__init_subclass__, N.__class_getitem__}) {
    Value f = dict_get_str(d, cm);
    if (is_kind(f, Kind::Function)) {
      Value w = wrap_in(interp, f, true);
      if (w.is_null() || !dict_set_str(interp, d, cm, w)) return Value::null();
    }
  }
  // __eq__ without __hash__ makes instances unhashable.
  if (!dict_get_str(d, N.__eq__).is_null() && dict_get_str(d, N.__hash__).is_null() &&
      !dict_set_str(interp, d, N.__hash__, Value::none()))
    return Value::null();
  Value cell = dict_get_str(d, N.__classcell__);
  if (!cell.is_null() && dict_del(interp, d, Value::object(N.__classcell__)) < 0) return Value::null();

  // __slots__: the names get member descriptors over words appended to the layout, and the
  // instances have no __dict__ unless a base has one or '__dict__' is listed.
  std::vector<Str*> slot_names;
  bool has_slots = false, want_dict = false;
  Value slots = dict_get_str(d, N.__slots__);
  if (!slots.is_null()) {
    has_slots = true;
    Value it = is_str(slots) ? Value::object(tuple_pack(interp, {slots})) : slots;
    Tuple* items = sequence_to_tuple(interp, it);
    if (items == nullptr) return Value::null();
    for (size_t i = 0; i < items->size; i++) {
      Value s = items->items[i];
      if (!is_str(s))
        return raise(interp, interp.exc_types.TypeError, "__slots__ items must be strings, not '%s'", type_name(interp, s));
      std::string_view sv = s.as<Str>()->view();
      if (sv == "__dict__") { want_dict = true; continue; }
      if (sv == "__weakref__") continue;
      Str* key = intern_str(interp, s.as<Str>());
      if (key == nullptr) return Value::null();
      if (!dict_get_str(d, key).is_null())
        return raise(interp, interp.exc_types.ValueError, "'%s' in __slots__ conflicts with class variable", key->data);
      slot_names.push_back(key);
    }
    if (!slot_names.empty() && is_var_size(base->instance_kind))
      return raise(interp, interp.exc_types.TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                   solid_base(base)->name->data);
  }

  // Layout: the solid base's, plus a __dict__ slot unless the base already has one.
  t->instance_kind = base->instance_kind;
  t->instance_size = base->instance_size;
  t->dict_offset = base->dict_offset;
  if (t->dict_offset == 0 && t->instance_kind != Kind::Type) {
    if (is_var_size(t->instance_kind)) {
      t->dict_offset = -1;
      t->instance_size = base->instance_size + uint32_t(sizeof(Dict*));
    } else {
      uint32_t off = (base->instance_size + 7u) & ~7u;
      if (off < sizeof(Object)) off = sizeof(Object);
      t->dict_offset = int32_t(off);
      t->instance_size = off + uint32_t(sizeof(Dict*));
    }
  }
  if (t->instance_kind == Kind::Object && base->instance_size <= sizeof(Object)) {
    // Plain instances use runtime/instance.h's layout.
    t->dict_offset = int32_t(sizeof(Object));
    t->instance_size = uint32_t(sizeof(Object) + sizeof(Dict*));
  }
  if (has_slots) {
    t->dict_offset = base->dict_offset;
    uint32_t off = (base->instance_size < sizeof(Object) ? uint32_t(sizeof(Object)) : base->instance_size);
    off = (off + 7u) & ~7u;
    for (Str* name : slot_names) {
      Value m = member_new(interp, t, name, off);
      if (m.is_null() || !dict_set_str(interp, d, name, m)) return Value::null();
      off += 8;
    }
    if (t->dict_offset == 0 && want_dict && !is_var_size(t->instance_kind) && t->instance_kind != Kind::Type) {
      t->dict_offset = int32_t(off);
      off += 8;
    }
    t->instance_size = off;
    if (!slot_names.empty() || (base->type_flags & kTypeSlotted)) t->type_flags |= kTypeSlotted;
  } else if (base->type_flags & kTypeSlotted) {
    t->type_flags |= kTypeSlotted;
  }
  // After __slots__ (as CPython's PyType_Ready): a '__doc__' slot is not a conflict.
  if (dict_get_str(d, N.__doc__).is_null() && !dict_set_str(interp, d, N.__doc__, Value::none())) return Value::null();

  Tuple* mro = compute_mro(interp, t);
  if (mro == nullptr) return Value::null();
  t->mro = mro;
  // Start from the solid base's slots (trace, finalize, new …), then wire the dunders.
  Type* b = base;
  t->new_ = b->new_; t->init = b->init; t->repr = b->repr; t->str = b->str; t->hash = b->hash;
  t->compare = b->compare; t->getattr = b->getattr; t->setattr = b->setattr; t->call = b->call;
  t->iter = b->iter; t->next = b->next; t->len = b->len; t->getitem = b->getitem; t->setitem = b->setitem;
  t->contains = b->contains; t->to_bool = b->to_bool; t->binary = b->binary; t->inplace = b->inplace;
  t->unary = b->unary; t->descr_get = b->descr_get; t->descr_set = b->descr_set; t->trace = b->trace;
  t->finalize = b->finalize;
  wire_heap_slots(interp, t);
  for (size_t i = 0; i < bases->size; i++) type_add_subclass(bases->items[i].as<Type>(), t);

  if (is_kind(cell, Kind::Cell)) cell.as<Cell>()->value = Value::object(t);
  Value tv = Value::object(t);
  Root keep(interp, tv);
  if (!set_name_hooks(interp, t)) return Value::null();
  if (!init_subclass_hook(interp, t, kwvalues, kwnames)) return Value::null();
  return tv;
}

Value type_new_class(Interp& interp, Type* metatype, Str* name, Tuple* bases, Dict* ns) {
  return type_new_class_kw(interp, metatype, name, bases, ns, nullptr, nullptr);
}

// ---- __build_class__ ---------------------------------------------------------------------------

namespace {

// PEP 560: a base that is not a class may stand for other bases through __mro_entries__
// (typing.Generic[T], typing.NamedTuple …). Returns `bases` itself when nothing changed.
Tuple* update_bases(Interp& interp, Tuple* bases) {
  std::vector<Value> out;
  bool changed = false;
  for (size_t i = 0; i < bases->size; i++) {
    Value base = bases->items[i];
    Value meth = is_kind(base, Kind::Type) ? Value::null() : getattr_opt(interp, base, om_state(interp).mro_entries);
    if (meth.is_null()) {
      if (interp.has_error()) return nullptr;
      out.push_back(base);
      continue;
    }
    Value arg = Value::object(bases);
    Value entries = call(interp, meth, &arg, 1);
    if (entries.is_null()) return nullptr;
    if (!is_tuple(entries)) {
      raise(interp, interp.exc_types.TypeError, "__mro_entries__ must return a tuple");
      return nullptr;
    }
    Tuple* t = entries.as<Tuple>();
    out.insert(out.end(), t->items, t->items + t->size);
    changed = true;
  }
  if (!changed) return bases;
  Tuple* r = tuple_from(interp, out.data(), out.size());
  if (r == nullptr) raise_no_memory(interp);
  return r;
}

}  // namespace


Value build_class(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 2) return raise(interp, interp.exc_types.TypeError, "__build_class__: not enough arguments");
  if (!is_kind(args[0], Kind::Function))
    return raise(interp, interp.exc_types.TypeError, "__build_class__: func must be a function");
  if (!is_str(args[1])) return raise(interp, interp.exc_types.TypeError, "__build_class__: name is not a string");
  Function* body = args[0].as<Function>();
  Value name = args[1];
  Tuple* orig_bases = tuple_from(interp, args + 2, nargs - 2);
  if (orig_bases == nullptr) return Value::null();
  Root orig_bases_root(interp, Value::object(orig_bases));
  Tuple* bases = update_bases(interp, orig_bases);
  if (bases == nullptr) return Value::null();
  Root bases_root(interp, Value::object(bases));

  // Keywords: metaclass= is ours; the rest go to the metaclass (and __init_subclass__).
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  const Value* kwv = args + nargs;
  Value meta;
  std::vector<Value> rest_values;
  std::vector<Value> rest_names;
  for (size_t i = 0; i < nkw; i++) {
    Value k = kwnames->items[i];
    if (is_str(k) && k.as<Str>()->view() == "metaclass") meta = kwv[i];
    else {
      rest_names.push_back(k);
      rest_values.push_back(kwv[i]);
    }
  }
  Tuple* rest_kw = rest_names.empty() ? nullptr : tuple_from(interp, rest_names.data(), rest_names.size());
  if (!rest_names.empty() && rest_kw == nullptr) return Value::null();
  Root rest_root(interp, rest_kw != nullptr ? Value::object(rest_kw) : Value::none());

  bool meta_is_type = false;
  if (meta.is_null()) {
    meta = bases->size > 0 ? Value::object(type_of(interp, bases->items[0])) : Value::object(interp.types.type);
    meta_is_type = true;
  } else {
    meta_is_type = is_kind(meta, Kind::Type);
  }
  if (meta_is_type) {
    // The most derived metaclass of the explicit one and the bases' metaclasses.
    Type* winner = meta.as<Type>();
    for (size_t i = 0; i < bases->size; i++) {
      Type* bt = type_of(interp, bases->items[i]);
      if (is_subtype(winner, bt)) continue;
      if (is_subtype(bt, winner)) { winner = bt; continue; }
      return raise(interp, interp.exc_types.TypeError,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                   "metaclasses of all its bases");
    }
    meta = Value::object(winner);
  }
  Root meta_root(interp, meta);

  // The namespace: __prepare__ when the metaclass defines one.
  Value ns;
  Value prep = getattr_opt(interp, meta, om_state(interp).prepare);
  if (prep.is_null() && interp.has_error()) return Value::null();
  if (!prep.is_null()) {
    Value pargs[2] = {name, Value::object(bases)};
    std::vector<Value> all(pargs, pargs + 2);
    all.insert(all.end(), rest_values.begin(), rest_values.end());
    ns = call(interp, prep, all.data(), 2, rest_kw);
    if (ns.is_null()) return ns;
    if (!is_dict(ns))
      return raise(interp, interp.exc_types.TypeError, "%s.__prepare__() must return a mapping, not %s",
                   is_kind(meta, Kind::Type) ? meta.as<Type>()->name->data : "<metaclass>", type_name(interp, ns));
  } else {
    Dict* d = dict_new(interp);
    if (d == nullptr) return Value::null();
    ns = Value::object(d);
  }
  Root ns_root(interp, ns);

  Value cell = run_class_body(interp, body, ns.as<Dict>());
  if (cell.is_null()) return cell;
  Root cell_root(interp, cell);
  if (bases != orig_bases &&
      !dict_set_str(interp, ns.as<Dict>(), intern(interp, "__orig_bases__"), Value::object(orig_bases)))
    return Value::null();

  std::vector<Value> margs = {name, Value::object(bases), ns};
  margs.insert(margs.end(), rest_values.begin(), rest_values.end());
  Value cls = call(interp, meta, margs.data(), 3, rest_kw);
  if (cls.is_null()) return cls;
  if (is_kind(cell, Kind::Cell)) {
    Cell* c = cell.as<Cell>();
    if (c->value.is_null() && is_kind(cls, Kind::Type)) c->value = cls;
    else if (c->value != cls && is_kind(cls, Kind::Type))
      return raise(interp, interp.exc_types.TypeError, "__class__ set to %s defining '%s' as %s",
                   "<unknown>", str_cstr(name.as<Str>()), "<class>");
  }
  return cls;
}

}  // namespace coil
