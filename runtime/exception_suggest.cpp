// "Did you mean" suggestions for NameError and AttributeError, as CPython 3.11's
// Python/suggestions.c computes them (Levenshtein distance with case-insensitive discount).
#include <algorithm>
#include <climits>
#include <string>
#include <vector>
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/exception_format.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_internal.h"
#include "vm/code.h"

namespace coil {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = char(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = char(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  if (a == b) return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front()) { a.remove_prefix(1); b.remove_prefix(1); }
  while (!a.empty() && !b.empty() && a.back() == b.back()) { a.remove_suffix(1); b.remove_suffix(1); }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a.size(); i++) { buffer[i] = tmp; tmp += kMoveCost; }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); bi++) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); i++) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

std::string best_match(const std::vector<std::string>& dir, std::string_view name) {
  if (dir.size() >= kMaxCandidates) return "";
  size_t best_distance = SIZE_MAX;
  const std::string* best = nullptr;
  for (const std::string& item : dir) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, item, max_distance);
    if (d > max_distance) continue;
    if (best == nullptr || d < best_distance) {
      best = &item;
      best_distance = d;
    }
  }
  return best != nullptr ? *best : "";
}

void add_dict_keys(Dict* d, std::vector<std::string>& out) {
  if (d == nullptr) return;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v))
    if (is_str(k)) out.emplace_back(k.as<Str>()->view());
}

std::vector<std::string> dir_of(Interp& interp, Value obj) {
  std::vector<std::string> names;
  add_dict_keys(instance_dict(interp, obj, false), names);
  Type* t = is_kind(obj, Kind::Type) ? obj.as<Type>() : type_of(interp, obj);
  for (size_t i = 0; t->mro != nullptr && i < t->mro->size; i++) add_dict_keys(t->mro->items[i].as<Type>()->dict, names);
  if (is_kind(obj, Kind::Type)) {
    Type* meta = type_of(interp, obj);
    for (size_t i = 0; meta->mro != nullptr && i < meta->mro->size; i++)
      add_dict_keys(meta->mro->items[i].as<Type>()->dict, names);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// The globals of the module that owns `code` (by __file__), else __main__'s.
Dict* globals_for(Interp& interp, const Code* code) {
  if (interp.modules != nullptr && code != nullptr && code->filename != nullptr) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(interp.modules, &pos, &k, &v)) {
      if (!is_kind(v, Kind::Module) || v.as<Module>()->dict == nullptr) continue;
      Value f = dict_get_str(v.as<Module>()->dict, interp.names.__file__);
      if (is_str(f) && str_equal(f.as<Str>(), code->filename)) return v.as<Module>()->dict;
    }
  }
  return interp.main_module != nullptr ? interp.main_module->dict : nullptr;
}

}  // namespace

std::string suggestion_for(Interp& interp, Value exc) {
  if (!is_exception(exc)) return "";
  Value saved = interp.exc;
  std::string result;
  Value name = exception_get_attr(interp, exc, "name");
  std::string parsed;
  if (!is_str(name) && type_of(interp, exc) == interp.exc_types.NameError) {
    // The VM may raise NameError without setting .name: recover it from the message.
    Tuple* a = exc.as<BaseException>()->args;
    if (a != nullptr && a->size == 1 && is_str(a->items[0])) {
      std::string_view m = a->items[0].as<Str>()->view();
      std::string_view pre = "name '", post = "' is not defined";
      if (m.size() > pre.size() + post.size() && m.substr(0, pre.size()) == pre &&
          m.substr(m.size() - post.size()) == post)
        parsed = std::string(m.substr(pre.size(), m.size() - pre.size() - post.size()));
    }
  }
  if (is_str(name) || !parsed.empty()) {
    std::string_view n = is_str(name) ? name.as<Str>()->view() : std::string_view(parsed);
    if (isinstance(interp, exc, interp.exc_types.AttributeError)) {
      Value obj = exception_get_attr(interp, exc, "obj");
      if (!obj.is_null()) result = best_match(dir_of(interp, obj), n);
    } else if (isinstance(interp, exc, interp.exc_types.NameError)) {
      Value tbv = exc.as<BaseException>()->traceback;
      if (tbv.is_object() && tbv.as_object()->type == interp.types.traceback) {
        const Traceback* tb = tbv.as<Traceback>();
        while (tb->next != nullptr) tb = tb->next;
        const Code* code = tb->code;
        std::vector<std::string> locals;
        if (code != nullptr && code->varnames != nullptr)
          for (size_t i = 0; i < code->varnames->size; i++)
            if (is_str(code->varnames->items[i])) locals.emplace_back(code->varnames->items[i].as<Str>()->view());
        result = best_match(locals, n);
        if (result.empty()) {
          std::vector<std::string> globals;
          add_dict_keys(globals_for(interp, code), globals);
          result = best_match(globals, n);
        }
        if (result.empty()) {
          std::vector<std::string> builtins;
          add_dict_keys(interp.builtins, builtins);
          result = best_match(builtins, n);
        }
      }
    }
  }
  interp.exc = saved;
  return result;
}

}  // namespace coil
