// str.format / str.format_map: replacement fields `{name.attr[key]!conv:spec}`, automatic and
// manual numbering, nested fields inside specs, `{{ }}` escapes — CPython's MarkupIterator rules.
#include <string>
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/text.h"
#include "runtime/tuple.h"

namespace coil {

namespace {

class Formatter {
 public:
  Formatter(Interp& in, const Value* args, size_t nargs, Tuple* kwnames, Value mapping)
      : interp_(in), args_(args), nargs_(nargs), kwnames_(kwnames), mapping_(mapping) {}

  // Expands fmt into out; depth bounds recursion through nested specs.
  bool expand(std::string_view fmt, std::string& out, int depth) {
    if (depth <= 0) return fail_value("Max string recursion exceeded");
    size_t i = 0, n = fmt.size();
    while (i < n) {
      char c = fmt[i];
      if (c == '}') {
        if (i + 1 < n && fmt[i + 1] == '}') { out += '}'; i += 2; continue; }
        return fail_value("Single '}' encountered in format string");
      }
      if (c != '{') { out += c; i++; continue; }
      if (i + 1 < n && fmt[i + 1] == '{') { out += '{'; i += 2; continue; }
      // Find the matching '}' (nested braces belong to the spec).
      // Braces inside [...] of the field name are literal key text.
      size_t j = i + 1;
      int level = 1;
      bool in_name = true;
      while (j < n) {
        char d = fmt[j];
        if (in_name && d == '[') {
          while (j < n && fmt[j] != ']') j++;
          if (j >= n) break;
        } else if (in_name && (d == ':' || d == '!')) {
          in_name = false;
        } else if (d == '{') {
          level++;
        } else if (d == '}' && --level == 0) {
          break;
        }
        j++;
      }
      if (j >= n) {
        if (i + 1 >= n) return fail_value("Single '{' encountered in format string");
        return fail_value("expected '}' before end of string");
      }
      // A template that is one field gives the formatted object itself, as CPython's writer
      // does (a str subclass returned by __format__ stays one).
      if (depth == kTopDepth) whole_ = i == 0 && j + 1 == n;
      if (!field(fmt.substr(i + 1, j - i - 1), out, depth)) return false;
      i = j + 1;
    }
    return true;
  }

  // expand()'s depth at the top; result() is set when the whole template was one field.
  static constexpr int kTopDepth = 2;
  Value result() const { return result_; }

 private:
  bool fail_value(const char* msg) {
    raise(interp_, interp_.exc_types.ValueError, "%s", msg);
    return false;
  }

  // One replacement field's text (between the braces).
  bool field(std::string_view f, std::string& out, int depth) {
    size_t k = 0;
    while (k < f.size()) {
      char c = f[k];
      if (c == '[') {
        while (k < f.size() && f[k] != ']') k++;
        if (k < f.size()) k++;
        continue;
      }
      if (c == '{') return fail_value("unexpected '{' in field name");
      if (c == ':' || c == '!') break;
      k++;
    }
    std::string_view name = f.substr(0, k);
    char conversion = 0;
    std::string_view spec;
    if (k < f.size() && f[k] == '!') {
      if (k + 1 >= f.size()) return fail_value("unmatched '{' in format spec");
      conversion = f[k + 1];
      if (k + 2 < f.size() && f[k + 2] != ':') return fail_value("expected ':' after conversion specifier");
      if (k + 2 < f.size()) spec = f.substr(k + 3);
    } else if (k < f.size()) {
      spec = f.substr(k + 1);
    }
    Value obj = resolve(name);
    if (obj.is_null()) return false;
    switch (conversion) {
      case 0: break;
      case 'r': obj = repr(interp_, obj); break;
      case 's': obj = to_str(interp_, obj); break;
      case 'a': obj = ascii_of(interp_, obj); break;
      default:
        if (static_cast<unsigned char>(conversion) > 32 && static_cast<unsigned char>(conversion) < 128)
          raise(interp_, interp_.exc_types.ValueError, "Unknown conversion specifier %c", conversion);
        else
          raise(interp_, interp_.exc_types.ValueError, "Unknown conversion specifier \\x%x",
                unsigned(static_cast<unsigned char>(conversion)));
        return false;
    }
    if (obj.is_null()) return false;
    std::string expanded;
    if (spec.find('{') != std::string_view::npos || spec.find('}') != std::string_view::npos) {
      if (!expand(spec, expanded, depth - 1)) return false;
      spec = expanded;
    }
    if (whole_ && depth == kTopDepth) {
      Value sv = spec.empty() ? Value::object(interp_.empty_str) : str_value(interp_, spec);
      if (!sv.is_null()) result_ = format(interp_, obj, sv);
      return !result_.is_null();
    }
    return format_into(interp_, obj, spec, out);
  }


  static bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) if (c < '0' || c > '9') return false;
    return true;
  }

  Value positional(size_t index) {
    if (index >= nargs_)
      return raise(interp_, interp_.exc_types.IndexError, "Replacement index %zu out of range for positional args tuple", index);
    return args_[index];
  }

  Value keyword(std::string_view key) {
    if (!mapping_.is_null()) {
      Value k = str_value(interp_, key);
      if (k.is_null()) return k;
      return getitem(interp_, mapping_, k);
    }
    size_t nkw = kwnames_ ? kwnames_->size : 0;
    for (size_t i = 0; i < nkw; i++)
      if (kwnames_->items[i].as<Str>()->view() == key) return args_[nargs_ + i];
    Value k = str_value(interp_, key);
    if (k.is_null()) return k;
    return raise_key_error(interp_, k);
  }

  // name := first ('.' attr | '[' key ']')*
  Value resolve(std::string_view name) {
    size_t k = 0;
    while (k < name.size() && name[k] != '.' && name[k] != '[') k++;
    std::string_view first = name.substr(0, k);
    Value obj;
    if (first.empty()) {
      if (mode_ == kManual) {
        fail_value("cannot switch from manual field specification to automatic field numbering");
        return Value::null();
      }
      mode_ = kAuto;
      obj = positional(next_auto_++);
    } else if (all_digits(first)) {
      if (mode_ == kAuto) {
        fail_value("cannot switch from automatic field numbering to manual field specification");
        return Value::null();
      }
      mode_ = kManual;
      if (first.size() > 18) {
        fail_value("Too many decimal digits in format string");
        return Value::null();
      }
      obj = positional(size_t(std::stoll(std::string(first))));
    } else {
      obj = keyword(first);
    }
    while (!obj.is_null() && k < name.size()) {
      if (name[k] == '.') {
        size_t e = k + 1;
        while (e < name.size() && name[e] != '.' && name[e] != '[') e++;
        std::string_view attr = name.substr(k + 1, e - k - 1);
        if (attr.empty()) { fail_value("Empty attribute in format string"); return Value::null(); }
        Str* a = intern(interp_, attr);
        if (a == nullptr) return Value::null();
        obj = getattr(interp_, obj, a);
        k = e;
      } else if (name[k] == '[') {
        size_t e = name.find(']', k);
        if (e == std::string_view::npos) { fail_value("Missing ']' in format string"); return Value::null(); }
        std::string_view key = name.substr(k + 1, e - k - 1);
        if (key.empty()) { fail_value("Empty attribute in format string"); return Value::null(); }
        Value kv = all_digits(key) ? int_from_string(interp_, key, 10) : str_value(interp_, key);
        if (kv.is_null()) return kv;
        obj = getitem(interp_, obj, kv);
        k = e + 1;
        if (k < name.size() && name[k] != '.' && name[k] != '[') {
          fail_value("Only '.' or '[' may follow ']' in format field specifier");
          return Value::null();
        }
      } else {
        break;
      }
    }
    return obj;
  }

  enum Mode { kNone, kAuto, kManual };
  Interp& interp_;
  const Value* args_;
  size_t nargs_;
  Tuple* kwnames_;
  Value mapping_;
  Mode mode_ = kNone;
  size_t next_auto_ = 0;
  bool whole_ = false;
  Value result_;
};

}  // namespace

Value str_format(Interp& interp, std::string_view fmt, const Value* args, size_t nargs, Tuple* kwnames) {
  Formatter f(interp, args, nargs, kwnames, Value());
  std::string out;
  out.reserve(fmt.size() + 16);
  if (!f.expand(fmt, out, Formatter::kTopDepth)) return Value::null();
  return f.result().is_null() ? str_value(interp, out) : f.result();
}

Value str_format_map(Interp& interp, std::string_view fmt, Value mapping) {
  Formatter f(interp, nullptr, 0, nullptr, mapping);
  std::string out;
  if (!f.expand(fmt, out, Formatter::kTopDepth)) return Value::null();
  return f.result().is_null() ? str_value(interp, out) : f.result();
}

}  // namespace coil
