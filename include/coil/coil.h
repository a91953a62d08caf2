// coil's embedding API: run Python code from a C++ host, exchange values, expose host functions.
// In the spirit of Lua's and pocketpy's APIs: no exceptions cross it, values are held through
// Handles (GC roots), and every function says whether it can fail and what it returns.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coil {

struct Interpreter;
class Vm;
struct VmState;

// A Python error as the host sees it.
struct Error {
  std::string type;        // the exception class name, e.g. "ZeroDivisionError"
  std::string message;     // str(exception), e.g. "division by zero"
  std::string traceback;   // CPython-style "Traceback (most recent call last): ..." text
};

// A reference to a Python value that keeps it alive (a GC root) as long as the Handle exists.
// Copying makes another root for the same value. A default-constructed Handle is empty.
// Handles must not outlive their Vm.
class Handle {
 public:
  Handle() = default;
  ~Handle();
  Handle(const Handle& other);
  Handle& operator=(const Handle& other);
  Handle(Handle&& other) noexcept;
  Handle& operator=(Handle&& other) noexcept;

  bool empty() const { return state_ == nullptr; }

  // Type tests. All false for an empty handle. Never fail.
  bool is_none() const;
  bool is_bool() const;
  bool is_int() const;     // int (not bool)
  bool is_float() const;
  bool is_str() const;
  bool is_callable() const;
  std::string type_name() const;   // "int", "list", "MyClass"; "" when empty

  // Conversions. Return nullopt when the value has another type (or does not fit):
  // to_int accepts ints and bools within int64; to_float accepts floats and ints;
  // to_bool accepts only bool; to_str only str (UTF-8). They never raise.
  std::optional<int64_t> to_int() const;
  std::optional<double> to_float() const;
  std::optional<bool> to_bool() const;
  std::optional<std::string> to_str() const;
  // repr(value) / str(value); these may run Python code (__repr__/__str__). On error the
  // Python error is swallowed and "<error>" is returned.
  std::string repr() const;
  std::string str() const;

 private:
  friend class Vm;
  friend struct VmState;
  Handle(VmState* state, uint32_t slot) : state_(state), slot_(slot) {}
  VmState* state_ = nullptr;
  uint32_t slot_ = 0;
};

// The outcome of running code: a value or an error, never both.
class Result {
 public:
  static Result success(Handle v) { Result r; r.value_ = std::move(v); return r; }
  static Result failure(Error e) { Result r; r.error_ = std::move(e); return r; }
  bool ok() const { return !error_.has_value(); }
  const Handle& value() const { return value_; }     // empty when !ok()
  const Error& error() const { return *error_; }     // only when !ok()
 private:
  Handle value_;
  std::optional<Error> error_;
};

// A host function callable from Python: receives the positional arguments, returns a value or
// an Error (raised in Python as the builtin exception class named by Error::type — e.g.
// "ValueError"; unknown names become RuntimeError). `userdata` is what was registered.
// Keyword arguments are rejected with TypeError before the function is called.
using HostFunction = Result (*)(Vm& vm, const std::vector<Handle>& args, void* userdata);

struct VmOptions {
  std::vector<std::string> argv;   // sys.argv (default: [""])
  std::vector<std::string> path;   // sys.path for imports of .py files (default: [""] = cwd)
  bool virtual_time = false;       // asyncio: jump the clock instead of sleeping
  bool gc_stress = false;          // collect at every safe point (testing)
};

// One Python world (an Interpreter with its own heap, modules and __main__ namespace).
// Several Vms may exist in one process; each must be used from one thread at a time.
class Vm {
 public:
  explicit Vm(VmOptions options = {});
  ~Vm();
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  // Runs statements in the Vm's __main__ namespace. Never throws. On success the value is None.
  // Fails with the Python error (SyntaxError, or what the code raised — SystemExit included).
  Result exec(std::string_view source, std::string_view filename = "<string>");
  // Evaluates one expression in the __main__ namespace. Returns its value or the error.
  Result eval(std::string_view expression);
  // Calls a callable with positional arguments. Returns the result or the error.
  Result call(const Handle& callable, const std::vector<Handle>& args);
  Result call(const Handle& callable, std::initializer_list<Handle> args) {
    return call(callable, std::vector<Handle>(args));
  }
  // Calls the global function `name` (convenience for get_global + call). Fails with NameError
  // when there is no such global.
  Result call(std::string_view name, const std::vector<Handle>& args);

  // The __main__ global `name`, or an empty Handle when it is not defined. Never fails.
  Handle get_global(std::string_view name);
  // Binds a __main__ global. Returns false only on MemoryError (or an empty handle).
  bool set_global(std::string_view name, const Handle& value);
  // Registers fn as a builtin-style function in the __main__ namespace under `name`.
  // Returns false on MemoryError.
  bool register_function(std::string_view name, HostFunction fn, void* userdata = nullptr);

  // Value constructors. They return an empty Handle only on MemoryError.
  Handle none();
  Handle boolean(bool b);
  Handle integer(int64_t n);
  Handle number(double d);
  Handle string(std::string_view utf8);   // invalid UTF-8 gives an empty Handle

  // Flushes sys.stdout / sys.stderr (they are also flushed when the Vm is destroyed).
  void flush();

  // The underlying interpreter, for hosts that also use coil's internal headers.
  Interpreter& interpreter();

 private:
  std::unique_ptr<VmState> state_;
};

}  // namespace coil
