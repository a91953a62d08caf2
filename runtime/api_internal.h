// Internals of the embedding API (include/coil/coil.h): the per-Vm state with its handle table,
// which the collector traces as a root through interp.root_tracers.
#pragma once
#include <vector>
#include "coil/coil.h"
#include "runtime/interpreter.h"

namespace coil {

struct HostEntry {
  HostFunction fn;
  void* userdata;
};

struct VmState {
  explicit VmState(InterpreterOptions opts);
  ~VmState();

  Vm* vm = nullptr;
  Interpreter interp;
  std::vector<Value> slots;        // handle slots; null = free
  std::vector<uint32_t> free_slots;
  std::vector<HostEntry> hosts;    // registered host functions, by index

  // A new handle rooting v (an empty Handle if v is null).
  Handle make(Value v);
  Value get(const Handle& h) const { return h.state_ == this ? slots[h.slot_] : Value(); }
  uint32_t acquire(Value v);
  void release(uint32_t slot) { slots[slot] = Value(); free_slots.push_back(slot); }

  // Takes the pending exception and describes it for the host.
  Error take_error();
};

// The VmState owning an interpreter (found through its root tracer); null if none.
VmState* vm_state_of(Interp&);
// The value a handle holds (null when empty).
inline Value handle_value(const Handle& h, const VmState* s) { return s->get(h); }

}  // namespace coil
