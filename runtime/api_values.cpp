// Embedding API, values: Handles (GC roots in the Vm's handle table), their type tests and
// conversions, and the Vm's value constructors.
#include "runtime/api_internal.h"

#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"

namespace coil {

uint32_t VmState::acquire(Value v) {
  if (!free_slots.empty()) {
    uint32_t s = free_slots.back();
    free_slots.pop_back();
    slots[s] = v;
    return s;
  }
  slots.push_back(v);
  return uint32_t(slots.size() - 1);
}

Handle VmState::make(Value v) {
  if (v.is_null()) return Handle();
  return Handle(this, acquire(v));
}

Handle::~Handle() {
  if (state_ != nullptr) state_->release(slot_);
}

Handle::Handle(const Handle& other) : state_(other.state_) {
  if (state_ != nullptr) slot_ = state_->acquire(state_->slots[other.slot_]);
}

Handle& Handle::operator=(const Handle& other) {
  if (this == &other) return *this;
  Handle copy(other);
  *this = std::move(copy);
  return *this;
}

Handle::Handle(Handle&& other) noexcept : state_(other.state_), slot_(other.slot_) { other.state_ = nullptr; }

Handle& Handle::operator=(Handle&& other) noexcept {
  if (this == &other) return *this;
  if (state_ != nullptr) state_->release(slot_);
  state_ = other.state_;
  slot_ = other.slot_;
  other.state_ = nullptr;
  return *this;
}

namespace {
Value value_of(const Handle& h, VmState* s) { return s ? s->get(h) : Value(); }
}  // namespace

bool Handle::is_none() const { return state_ && value_of(*this, state_).is_none(); }
bool Handle::is_bool() const { return state_ && value_of(*this, state_).is_bool(); }
bool Handle::is_int() const {
  if (!state_) return false;
  Value v = value_of(*this, state_);
  return !v.is_bool() && is_int_like(v);
}
bool Handle::is_float() const { return state_ && coil::is_float(value_of(*this, state_)); }
bool Handle::is_str() const { return state_ && coil::is_str(value_of(*this, state_)); }
bool Handle::is_callable() const { return state_ && coil::is_callable(state_->interp, value_of(*this, state_)); }

std::string Handle::type_name() const {
  if (!state_) return "";
  return coil::type_name(state_->interp, value_of(*this, state_));
}

std::optional<int64_t> Handle::to_int() const {
  if (!state_) return std::nullopt;
  Value v = value_of(*this, state_);
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  int64_t n;
  if (is_int_like(v) && int_to_int64(v, &n)) return n;
  return std::nullopt;
}

std::optional<double> Handle::to_float() const {
  if (!state_) return std::nullopt;
  Value v = value_of(*this, state_);
  if (coil::is_float(v)) return float_value(v);
  if (v.is_small_int()) return double(v.as_small_int());
  if (is_int_like(v) && !v.is_bool()) {
    bool overflow = false;
    double d = int_to_double(state_->interp, v, &overflow);
    if (overflow) return std::nullopt;
    return d;
  }
  return std::nullopt;
}

std::optional<bool> Handle::to_bool() const {
  if (!state_) return std::nullopt;
  Value v = value_of(*this, state_);
  if (!v.is_bool()) return std::nullopt;
  return v.is_true();
}

std::optional<std::string> Handle::to_str() const {
  if (!state_) return std::nullopt;
  Value v = value_of(*this, state_);
  if (!coil::is_str(v)) return std::nullopt;
  return std::string(v.as<Str>()->view());
}

std::string Handle::repr() const {
  if (!state_) return "<empty>";
  std::string out;
  Interp& interp = state_->interp;
  if (!repr_into(interp, value_of(*this, state_), out)) {
    clear_error(interp);
    return "<error>";
  }
  return out;
}

std::string Handle::str() const {
  if (!state_) return "<empty>";
  std::string out;
  Interp& interp = state_->interp;
  if (!str_into(interp, value_of(*this, state_), out)) {
    clear_error(interp);
    return "<error>";
  }
  return out;
}

Handle Vm::none() { return state_->make(Value::none()); }
Handle Vm::boolean(bool b) { return state_->make(Value::boolean(b)); }
Handle Vm::integer(int64_t n) {
  Value v = make_int(state_->interp, n);
  if (v.is_null()) clear_error(state_->interp);
  return state_->make(v);
}
Handle Vm::number(double d) {
  Value v = make_float(state_->interp, d);
  if (v.is_null()) clear_error(state_->interp);
  return state_->make(v);
}
Handle Vm::string(std::string_view utf8) {
  if (!utf8_valid(utf8)) return Handle();
  Value v = str_value(state_->interp, utf8);
  if (v.is_null()) clear_error(state_->interp);
  return state_->make(v);
}

}  // namespace coil
