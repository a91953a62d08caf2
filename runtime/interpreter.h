// One Interpreter holds all state of one Python world: heap, builtin types, modules, the
// pending exception, the frame chain. Several may live in one process (one per thread).
#pragma once
#include <cstdint>
#include <string>
#include <vector>
#include "runtime/gc.h"

namespace coil {

struct Frame;        // vm/frame.h
struct Module;
struct BaseException;
struct EventLoop;    // stdlib/asyncio
struct AsyncioState; // stdlib/asyncio/state.h: per-interpreter asyncio data
struct VmState;      // vm/frame.h: the VM's frame stack and generator registries

// Every builtin type object, created per interpreter by runtime/types_init.cpp.
struct BuiltinTypes {
#define COIL_BUILTIN_TYPE(id) Type* id = nullptr;
#include "runtime/types.def"
#undef COIL_BUILTIN_TYPE
};

// The exception classes (BaseException … ExceptionGroup), as interp.exc_types.ValueError.
struct ExceptionTypes {
#define COIL_EXCEPTION(id, base) Type* id = nullptr;
#include "runtime/exceptions.def"
#undef COIL_EXCEPTION
};

struct Names {
#define COIL_NAME(id, text) Str* id = nullptr;
#include "runtime/names.def"
#undef COIL_NAME
};

struct InterpreterOptions {
  bool virtual_time = false;    // asyncio: jump the clock to the next timer when idle
  bool gc_stress = false;       // collect at every safe point
  std::vector<std::string> argv;      // sys.argv
  std::vector<std::string> path;      // sys.path (the script's folder first)
};

struct Interpreter {
  explicit Interpreter(InterpreterOptions opts = {});
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  InterpreterOptions options;
  Heap heap;
  BuiltinTypes types;
  ExceptionTypes exc_types;
  Names names;

  // Singletons that are heap objects.
  Value not_implemented, ellipsis;
  Tuple* empty_tuple = nullptr;
  Str* empty_str = nullptr;
  Value small_strs[128];        // one-character ASCII strings, shared

  Dict* interned = nullptr;     // str -> the interned Str
  Dict* builtins = nullptr;     // the builtins module's namespace
  Dict* modules = nullptr;      // sys.modules
  Module* sys_module = nullptr;
  Module* main_module = nullptr;

  // The exception being raised, or null. Set through runtime/error.h, never directly.
  Value exc;
  // The exception being handled (sys.exc_info()), saved/restored per frame and generator.
  Value handled_exc;

  Frame* frame = nullptr;       // the innermost running frame
  int call_depth = 0;           // Python frames + native re-entries, for RecursionError
  int recursion_limit = 1000;
  // > 0 while native code that holds unrooted Values on the C++ stack has called back into
  // the VM; the collector then waits until that call returns (see safepoint()).
  int nogc_depth = 0;

  // Values that native code roots explicitly (see Root below). Traced as roots.
  std::vector<Value*> root_stack;
  // Extra root tracers registered by subsystems (the asyncio loop, host handles).
  std::vector<std::pair<void (*)(void*, Tracer&), void*>> root_tracers;
  // Called by the collector after marking and before sweeping: weak tables (asyncio's task
  // registry) drop entries whose object is unmarked (!gc_is_marked, runtime/gc.h).
  // They may also resurrect objects by marking them (the collector drains after each hook).
  std::vector<std::pair<void (*)(void*, Tracer&), void*>> weak_hooks;

  EventLoop* loop = nullptr;    // the running asyncio loop, if any
  AsyncioState* asyncio = nullptr;  // created on first `import asyncio`; freed with the Interpreter
  VmState* vm = nullptr;        // the VM's state (vm/frame.h), set by vm_init; a heap object

  // The VM calls this at loop back-edges, calls and returns, with every live Value stored in
  // a frame. Collection only happens here, never inside allocation.
  void safepoint() {
    if (heap.wants_collection() && nogc_depth == 0) heap.collect(*this);
  }
  void trace_roots(Tracer& t);   // marks everything this Interpreter owns

  bool has_error() const { return !exc.is_null(); }
};

// RAII: keeps a native local Value alive across a call into the VM (Lua/Wren-style roots).
// Needed only in natives that call back into Python with nogc_depth == 0 (see call_clean).
class Root {
 public:
  Root(Interp& in, Value v = Value()) : interp_(in), value_(v) { in.root_stack.push_back(&value_); }
  ~Root() { interp_.root_stack.pop_back(); }
  Root(const Root&) = delete;
  Root& operator=(const Root&) = delete;
  Value get() const { return value_; }
  void set(Value v) { value_ = v; }
  operator Value() const { return value_; }
 private:
  Interp& interp_;
  Value value_;
};

// RAII: forbids collection while a native holds unrooted Values across a call into the VM.
class NoGC {
 public:
  explicit NoGC(Interp& in) : interp_(in) { in.nogc_depth++; }
  ~NoGC() { interp_.nogc_depth--; }
  NoGC(const NoGC&) = delete;
  NoGC& operator=(const NoGC&) = delete;
 private:
  Interp& interp_;
};

}  // namespace coil
