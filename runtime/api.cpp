// Embedding API, running code: the Vm (an Interpreter plus a handle table traced as a GC root),
// exec/eval/call with errors turned into Error values, globals, and host functions.
#include "runtime/api_internal.h"

#include "compiler/compiler.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/run.h"
#include "runtime/str.h"
#include "runtime/textio.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace coil {

namespace {

void trace_handles(void* data, Tracer& t) {
  VmState* s = static_cast<VmState*>(data);
  for (Value v : s->slots) t.mark(v);
}

InterpreterOptions to_interp_options(const VmOptions& o) {
  InterpreterOptions io;
  io.argv = o.argv.empty() ? std::vector<std::string>{""} : o.argv;
  io.path = o.path.empty() ? std::vector<std::string>{""} : o.path;
  io.virtual_time = o.virtual_time;
  io.gc_stress = o.gc_stress;
  return io;
}

Module* main_of(VmState* s) {
  Module* m = main_module(s->interp, Value());
  if (m == nullptr) clear_error(s->interp);
  return m;
}

// Host functions: args[0] is the bound index into VmState::hosts.
Value host_trampoline(Interp& interp, const Value* args, size_t nargs, Tuple* kwnames) {
  VmState* s = vm_state_of(interp);
  if (s == nullptr || nargs < 1 || !args[0].is_small_int()) {
    return raise(interp, interp.exc_types.SystemError, "host function called without its Vm");
  }
  const HostEntry& entry = s->hosts[size_t(args[0].as_small_int())];
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise(interp, interp.exc_types.TypeError, "host functions take no keyword arguments");
  }
  std::vector<Handle> hargs;
  hargs.reserve(nargs - 1);
  for (size_t i = 1; i < nargs; i++) hargs.push_back(s->make(args[i]));
  Result r = entry.fn(*s->vm, hargs, entry.userdata);
  if (r.ok()) {
    Value v = s->get(r.value());
    return v.is_null() ? Value::none() : v;
  }
  const Error& e = r.error();
  Type* type = interp.exc_types.RuntimeError;
  Value t = dict_get_cstr(interp, interp.builtins, e.type.c_str());
  if (!t.is_null() && is_kind(t, Kind::Type) && (t.as<Type>()->type_flags & kTypeException)) type = t.as<Type>();
  return raise_str(interp, type, e.message);
}

}  // namespace

VmState::VmState(InterpreterOptions opts) : interp(std::move(opts)) {
  interp.root_tracers.emplace_back(trace_handles, this);
}

VmState::~VmState() {
  auto& tr = interp.root_tracers;
  for (size_t i = 0; i < tr.size(); i++) {
    if (tr[i].first == trace_handles && tr[i].second == this) {
      tr.erase(tr.begin() + ptrdiff_t(i));
      break;
    }
  }
}

VmState* vm_state_of(Interp& interp) {
  for (auto& entry : interp.root_tracers) {
    if (entry.first == trace_handles) return static_cast<VmState*>(entry.second);
  }
  return nullptr;
}

Error VmState::take_error() {
  Value exc = fetch_error(interp);
  Error e;
  if (exc.is_null()) {
    e.type = "SystemError";
    e.message = "error return without exception set";
    return e;
  }
  Root keep(interp, exc);
  e.type = type_name(interp, exc);
  std::string msg;
  if (!str_into(interp, exc, msg)) {
    clear_error(interp);
    msg = "<exception str() failed>";
  }
  e.message = msg;
  e.traceback = format_exception(interp, exc);
  clear_error(interp);
  return e;
}

Vm::Vm(VmOptions options) : state_(std::make_unique<VmState>(to_interp_options(options))) { state_->vm = this; }

Vm::~Vm() {
  flush_std_streams(state_->interp);
}

Interpreter& Vm::interpreter() { return state_->interp; }

void Vm::flush() { flush_std_streams(state_->interp); }

Result Vm::exec(std::string_view source, std::string_view filename) {
  VmState* s = state_.get();
  Interp& interp = s->interp;
  Module* m = main_of(s);
  if (m == nullptr) return Result::failure({"MemoryError", "", ""});
  compiler::Options opts;
  Code* code = compiler::compile_source(interp, source, filename, opts);
  if (code == nullptr) return Result::failure(s->take_error());
  Root keep(interp, Value::object(code));
  Value r = run_code(interp, code, m->dict, nullptr);
  if (r.is_null()) return Result::failure(s->take_error());
  return Result::success(s->make(Value::none()));
}

Result Vm::eval(std::string_view expression) {
  VmState* s = state_.get();
  Interp& interp = s->interp;
  Module* m = main_of(s);
  if (m == nullptr) return Result::failure({"MemoryError", "", ""});
  compiler::Options opts;
  Code* code = compiler::compile_eval(interp, expression, "<string>", opts);
  if (code == nullptr) return Result::failure(s->take_error());
  Root keep(interp, Value::object(code));
  Value r = run_code(interp, code, m->dict, nullptr);
  if (r.is_null()) return Result::failure(s->take_error());
  return Result::success(s->make(r));
}

Result Vm::call(const Handle& callable, const std::vector<Handle>& args) {
  VmState* s = state_.get();
  Value fn = s->get(callable);
  if (fn.is_null()) return Result::failure({"TypeError", "cannot call an empty handle", ""});
  std::vector<Value> values;
  values.reserve(args.size());
  for (const Handle& h : args) {
    Value v = s->get(h);
    if (v.is_null()) return Result::failure({"TypeError", "empty handle passed as an argument", ""});
    values.push_back(v);
  }
  // Every argument is rooted by its Handle, so the collector may run inside.
  Value r = call_clean(s->interp, fn, values.data(), values.size(), nullptr);
  if (r.is_null()) return Result::failure(s->take_error());
  return Result::success(s->make(r));
}

Result Vm::call(std::string_view name, const std::vector<Handle>& args) {
  Handle fn = get_global(name);
  if (fn.empty()) {
    return Result::failure({"NameError", "name '" + std::string(name) + "' is not defined", ""});
  }
  return call(fn, args);
}

Handle Vm::get_global(std::string_view name) {
  VmState* s = state_.get();
  Module* m = main_of(s);
  if (m == nullptr) return Handle();
  Str* key = intern(s->interp, name);
  if (key == nullptr) { clear_error(s->interp); return Handle(); }
  Value v = dict_get_str(m->dict, key);
  if (v.is_null()) v = dict_get_str(s->interp.builtins, key);
  return s->make(v);
}

bool Vm::set_global(std::string_view name, const Handle& value) {
  VmState* s = state_.get();
  Value v = s->get(value);
  Module* m = main_of(s);
  if (v.is_null() || m == nullptr) return false;
  Str* key = intern(s->interp, name);
  if (key == nullptr || !dict_set_str(s->interp, m->dict, key, v)) {
    clear_error(s->interp);
    return false;
  }
  return true;
}

bool Vm::register_function(std::string_view name, HostFunction fn, void* userdata) {
  VmState* s = state_.get();
  Interp& interp = s->interp;
  Module* m = main_of(s);
  if (m == nullptr || fn == nullptr) return false;
  Str* key = intern(interp, name);
  if (key == nullptr) { clear_error(interp); return false; }
  s->hosts.push_back({fn, userdata});
  // The name text must outlive the function object: use the interned Str's bytes.
  NativeFunction* f = native_function_new(interp, key->data, host_trampoline,
                                          Value::small_int(int64_t(s->hosts.size() - 1)));
  if (f == nullptr || !dict_set_str(interp, m->dict, key, Value::object(f))) {
    clear_error(interp);
    return false;
  }
  return true;
}

}  // namespace coil
