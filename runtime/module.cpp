// The import system: sys.modules, builtin (C++) modules, the embedded Python stdlib, and .py
// files / packages found on sys.path; relative imports, from-lists and `from m import *`.
// The module TYPE (module_new, repr, getattr) lives in runtime/module_object.cpp.
#include <cerrno>
#include <fcntl.h>
#include <string>
#include <vector>
#include <sys/stat.h>
#include <unistd.h>

#include "compiler/compiler.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/import.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/embedded_sources.h"
#include "vm/vm.h"

namespace coil {

namespace {

bool read_file(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) { ::close(fd); return false; }
  out.clear();
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buf, size_t(n));
  }
  ::close(fd);
  return true;
}

bool is_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

const EmbeddedSource* find_embedded(std::string_view name) {
  for (const EmbeddedSource* e = kEmbeddedSources; e->module != nullptr; e++) {
    if (name == e->module) return e;
  }
  return nullptr;
}

// ModuleNotFoundError / ImportError with the `name` (and `path`) attributes set when the
// exception class accepts them as keywords, as CPython's do.
Value raise_import_error(Interp& interp, Type* type, const std::string& msg, std::string_view name,
                         Value path = Value()) {
  Value m = str_value(interp, msg);
  Value n = str_value(interp, name);
  if (m.is_null() || n.is_null()) return Value();
  Value exc;
  if (path.is_null()) {
    Value args[2] = {m, n};
    Tuple* kw = tuple_pack(interp, {Value::object(interp.names.name)});
    exc = kw ? call(interp, Value::object(type), args, 1, kw) : Value();
  } else {
    Value args[3] = {m, n, path};
    Tuple* kw = tuple_pack(interp, {Value::object(interp.names.name), Value::object(intern(interp, "path"))});
    exc = kw ? call(interp, Value::object(type), args, 1, kw) : Value();
  }
  if (exc.is_null()) {
    // The class rejected the keywords: fall back to the message alone.
    clear_error(interp);
    return raise_str(interp, type, msg);
  }
  return raise_value(interp, exc);
}

Value not_found(Interp& interp, std::string_view name, const char* suffix = "") {
  std::string msg = "No module named '";
  msg += name;
  msg += "'";
  msg += suffix;
  return raise_import_error(interp, interp.exc_types.ModuleNotFoundError, msg, name);
}

// A fresh module registered in sys.modules with the standard attributes.
Module* new_registered_module(Interp& interp, std::string_view name, Value file, Value path_list,
                              std::string_view package, bool python_source = true) {
  Str* n = str_new(interp, name);
  if (n == nullptr) { raise_no_memory(interp); return nullptr; }
  Module* m = module_new(interp, n);
  if (m == nullptr) { raise_no_memory(interp); return nullptr; }
  Dict* d = m->dict;
  Value pkg = str_value(interp, package);
  if (pkg.is_null() || !dict_set_str(interp, d, interp.names.__name__, Value::object(n)) ||
      !dict_set_str(interp, d, interp.names.__package__, pkg) ||
      !dict_set_str(interp, d, interp.names.__spec__, Value::none()) ||
      !dict_set_cstr(interp, d, "__loader__", Value::none())) {
    return nullptr;
  }
  // Python code finds its builtins through __builtins__; C++ modules have none (as CPython's).
  if (python_source && !dict_set_str(interp, d, interp.names.__builtins__, Value::object(interp.builtins))) {
    return nullptr;
  }
  if (dict_get_str(d, interp.names.__doc__).is_null() && !dict_set_str(interp, d, interp.names.__doc__, Value::none())) {
    return nullptr;
  }
  if (!file.is_null() && !dict_set_str(interp, d, interp.names.__file__, file)) return nullptr;
  if (!path_list.is_null() && !dict_set_str(interp, d, interp.names.__path__, path_list)) return nullptr;
  if (!dict_set(interp, interp.modules, Value::object(n), Value::object(m))) return nullptr;
  return m;
}

// Removes a module that failed to initialize from sys.modules (CPython does the same).
void forget_module(Interp& interp, std::string_view name) {
  Value saved = fetch_error(interp);
  Value key = str_value(interp, name);
  if (!key.is_null()) dict_del(interp, interp.modules, key);
  clear_error(interp);
  interp.exc = saved;
}

std::string parent_of(std::string_view name) {
  size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string() : std::string(name.substr(0, dot));
}

// Runs the embedded source of module m (after its C++ part, if any).
bool run_embedded(Interp& interp, Module* m, const EmbeddedSource* e) {
  return exec_module_source(interp, m, e->source, e->filename);
}

// The directories to search: the parent's __path__ for submodules, sys.path otherwise.
bool search_dirs(Interp& interp, Value parent, std::vector<std::string>& dirs) {
  Value list;
  if (!parent.is_null()) {
    list = getattr_opt(interp, parent, interp.names.__path__);
    if (list.is_null()) return !interp.has_error();
  } else {
    if (interp.sys_module == nullptr) return true;
    list = dict_get_cstr(interp, interp.sys_module->dict, "path");
    if (list.is_null()) return true;
  }
  if (!is_list(list)) return true;
  List* l = list.as<List>();
  for (size_t i = 0; i < l->size; i++) {
    if (is_str(l->items[i])) dirs.emplace_back(l->items[i].as<Str>()->view());
  }
  return true;
}

// Finds and loads one module whose parent (if any) is already imported. Returns the module,
// null + ModuleNotFoundError, or null + whatever executing it raised.
Value load_module(Interp& interp, std::string_view fullname, Value parent) {
  std::string_view last = fullname.substr(fullname.rfind('.') == std::string_view::npos ? 0 : fullname.rfind('.') + 1);
  // 1. Builtin C++ modules (and their embedded Python half).
  if (parent.is_null()) {
    ModuleInitFn init = find_builtin_module(fullname);
    const EmbeddedSource* e = find_embedded(fullname);
    if (init != nullptr) {
      Module* m;
      if (fullname == "sys" && interp.sys_module != nullptr) {
        m = interp.sys_module;
        if (!dict_set(interp, interp.modules, Value::object(m->name), Value::object(m))) return Value();
      } else {
        Value path = Value();
        if (e && e->is_package) {
          List* l = list_new(interp);
          if (l == nullptr) return raise_no_memory(interp);
          path = Value::object(l);
        }
        m = new_registered_module(interp, fullname, Value(), path, e && e->is_package ? fullname : "", e != nullptr);
        if (m == nullptr) return Value();
      }
      Root keep(interp, Value::object(m));
      if (!init(interp, m) || (e != nullptr && !run_embedded(interp, m, e))) {
        if (fullname != "sys") forget_module(interp, fullname);
        return Value();
      }
      return Value::object(m);
    }
  }
  // 2. The embedded stdlib (packages and their submodules).
  if (const EmbeddedSource* e = find_embedded(fullname)) {
    Value path;
    if (e->is_package) {
      List* l = list_new(interp);
      if (l == nullptr) return raise_no_memory(interp);
      path = Value::object(l);
    }
    Value file = str_value(interp, e->filename);
    if (file.is_null()) return Value();
    std::string pkg = e->is_package ? std::string(fullname) : parent_of(fullname);
    Module* m = new_registered_module(interp, fullname, file, path, pkg);
    if (m == nullptr) return Value();
    Root keep(interp, Value::object(m));
    if (!run_embedded(interp, m, e)) {
      forget_module(interp, fullname);
      return Value();
    }
    return Value::object(m);
  }
  // 3. Files: DIR/name.py or DIR/name/__init__.py.
  std::vector<std::string> dirs;
  if (!search_dirs(interp, parent, dirs)) return Value();
  for (const std::string& dir : dirs) {
    std::string base = dir.empty() ? std::string(last) : dir + "/" + std::string(last);
    std::string pkg_init = base + "/__init__.py";
    std::string file_path = base + ".py";
    bool is_pkg = is_file(pkg_init);
    if (!is_pkg && !is_file(file_path)) continue;
    const std::string& path = is_pkg ? pkg_init : file_path;
    std::string source;
    if (!read_file(path, source)) continue;
    Value file = str_value(interp, path);
    if (file.is_null()) return Value();
    Value pkg_path;
    if (is_pkg) {
      Value d = str_value(interp, base);
      List* l = d.is_null() ? nullptr : list_from(interp, &d, 1);
      if (l == nullptr) return raise_no_memory(interp);
      pkg_path = Value::object(l);
    }
    std::string pkg = is_pkg ? std::string(fullname) : parent_of(fullname);
    Module* m = new_registered_module(interp, fullname, file, pkg_path, pkg);
    if (m == nullptr) return Value();
    Root keep(interp, Value::object(m));
    if (!exec_module_source(interp, m, source, path)) {
      forget_module(interp, fullname);
      return Value();
    }
    // The module may have replaced itself in sys.modules (CPython honours that).
    Value key = Value::object(m->name);
    Value final;
    int found = dict_lookup(interp, interp.modules, key, &final);
    if (found < 0) return Value();
    return found ? final : Value::object(m);
  }
  if (!parent.is_null() && !interp.has_error()) {
    Value ppath = getattr_opt(interp, parent, interp.names.__path__);
    if (ppath.is_null() && !interp.has_error()) {
      std::string suffix = "; '" + parent_of(fullname) + "' is not a package";
      return not_found(interp, fullname, suffix.c_str());
    }
  }
  if (interp.has_error()) return Value();
  return not_found(interp, fullname);
}

Value cached_module(Interp& interp, std::string_view name, int* status) {
  Value key = str_value(interp, name);
  if (key.is_null()) { *status = -1; return Value(); }
  Value m;
  *status = dict_lookup(interp, interp.modules, key, &m);
  return m;
}

// Resolves `level` leading dots against the importer's package.
bool resolve_name(Interp& interp, Str* name, int level, Dict* globals, std::string& out) {
  if (level <= 0) {
    out = name->view();
    return true;
  }
  Value pkg;
  if (globals != nullptr) pkg = dict_get_str(globals, interp.names.__package__);
  std::string package;
  if (!pkg.is_null() && is_str(pkg) && pkg.as<Str>()->size > 0) {
    package = pkg.as<Str>()->view();
  } else if (globals != nullptr) {
    Value modname = dict_get_str(globals, interp.names.__name__);
    if (!modname.is_null() && is_str(modname)) {
      if (!dict_get_str(globals, interp.names.__path__).is_null()) package = modname.as<Str>()->view();
      else package = parent_of(modname.as<Str>()->view());
    }
  }
  if (package.empty()) {
    raise(interp, interp.exc_types.ImportError, "attempted relative import with no known parent package");
    return false;
  }
  std::string base = package;
  for (int i = 1; i < level; i++) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      raise(interp, interp.exc_types.ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    base.resize(dot);
  }
  out = base;
  if (name->size > 0) {
    out += ".";
    out += name->view();
  }
  return true;
}

bool fromlist_nonempty(Interp& interp, Value fromlist) {
  if (fromlist.is_null() || fromlist.is_none()) return false;
  if (is_tuple(fromlist)) return fromlist.as<Tuple>()->size > 0;
  if (is_list(fromlist)) return fromlist.as<List>()->size > 0;
  int t = truthy(interp, fromlist);
  if (t < 0) clear_error(interp);
  return t > 0;
}

// from package import submodule: import names that are not attributes yet as submodules.
bool handle_fromlist(Interp& interp, Value module, Value fromlist) {
  Value path = getattr_opt(interp, module, interp.names.__path__);
  if (path.is_null()) return !interp.has_error();   // not a package: IMPORT_FROM reports misses
  Value modname = getattr_opt(interp, module, interp.names.__name__);
  if (modname.is_null() || !is_str(modname)) { clear_error(interp); return true; }
  const Value* items = nullptr;
  size_t n = 0;
  if (is_tuple(fromlist)) { items = fromlist.as<Tuple>()->items; n = fromlist.as<Tuple>()->size; }
  else if (is_list(fromlist)) { items = fromlist.as<List>()->items; n = fromlist.as<List>()->size; }
  for (size_t i = 0; i < n; i++) {
    if (!is_str(items[i])) continue;
    Str* name = items[i].as<Str>();
    if (name->view() == "*") continue;
    Value existing = getattr_opt(interp, module, name);
    if (!existing.is_null()) continue;
    if (interp.has_error()) return false;
    std::string full = std::string(modname.as<Str>()->view()) + "." + std::string(name->view());
    Value sub = import_absolute(interp, full);
    if (sub.is_null()) {
      // A missing submodule is reported later by IMPORT_FROM ("cannot import name").
      if (error_matches(interp, interp.exc_types.ModuleNotFoundError)) { clear_error(interp); continue; }
      return false;
    }
  }
  return true;
}

}  // namespace

bool exec_module_source(Interp& interp, Module* m, std::string_view source, std::string_view filename) {
  compiler::Options opts;
  Code* code = compiler::compile_source(interp, source, filename, opts);
  if (code == nullptr) return false;
  Root keep_code(interp, Value::object(code));
  Root keep_module(interp, Value::object(m));
  m->flags |= kModuleInitializing;
  Value r = run_code(interp, code, m->dict, nullptr);
  m->flags &= ~kModuleInitializing;
  return !r.is_null();
}

Value import_absolute(Interp& interp, std::string_view name) {
  int status;
  Value m = cached_module(interp, name, &status);
  if (status < 0) return Value();
  if (status > 0) {
    if (m.is_none()) return not_found(interp, name, "; import of it halted; None in sys.modules");
    return m;
  }
  if (name.empty()) return raise(interp, interp.exc_types.ValueError, "Empty module name");
  Value parent;
  std::string parent_name = parent_of(name);
  if (!parent_name.empty()) {
    parent = import_absolute(interp, parent_name);
    if (parent.is_null()) return Value();
    // Importing the parent may have imported this module as a side effect.
    m = cached_module(interp, name, &status);
    if (status < 0) return Value();
    if (status > 0) return m;
  }
  Root keep_parent(interp, parent);
  m = load_module(interp, name, parent);
  if (m.is_null()) return Value();
  if (!parent.is_null()) {
    Str* child = intern(interp, name.substr(parent_name.size() + 1));
    if (child == nullptr || setattr(interp, parent, child, m) < 0) return Value();
  }
  return m;
}

Value import_name(Interp& interp, Str* name, Value fromlist, int level, Dict* globals) {
  std::string full;
  if (!resolve_name(interp, name, level, globals, full)) return Value();
  if (level == 0 && name->size == 0) return raise(interp, interp.exc_types.ValueError, "Empty module name");
  Value m = import_absolute(interp, full);
  if (m.is_null()) return Value();
  if (fromlist_nonempty(interp, fromlist)) {
    Root keep(interp, m);
    if (!handle_fromlist(interp, m, fromlist)) return Value();
    return m;
  }
  // `import a.b.c` binds the top-level package `a`.
  std::string_view rel = name->view();
  size_t dot = rel.find('.');
  if (dot == std::string_view::npos) return m;
  std::string top = full.substr(0, full.size() - (rel.size() - dot));
  int status;
  Value t = cached_module(interp, top, &status);
  if (status < 0) return Value();
  if (status == 0) return not_found(interp, top);
  return t;
}

Value import_module(Interp& interp, Str* name, Value fromlist, int level, Module* importer) {
  return import_name(interp, name, fromlist, level, importer ? importer->dict : nullptr);
}

Value import_from(Interp& interp, Value module, Str* name) {
  Value v = getattr_opt(interp, module, name);
  if (!v.is_null()) return v;
  if (interp.has_error()) {
    if (!error_matches(interp, interp.exc_types.AttributeError)) return Value();
    clear_error(interp);
  }
  // A submodule imported meanwhile (circular imports) is found in sys.modules.
  Value modname = getattr_opt(interp, module, interp.names.__name__);
  if (modname.is_null()) clear_error(interp);
  std::string mname = (!modname.is_null() && is_str(modname)) ? std::string(modname.as<Str>()->view()) : "<unknown module name>";
  if (!modname.is_null() && is_str(modname)) {
    int status;
    Value sub = cached_module(interp, mname + "." + std::string(name->view()), &status);
    if (status < 0) return Value();
    if (status > 0) return sub;
  }
  Value file = getattr_opt(interp, module, interp.names.__file__);
  if (file.is_null()) clear_error(interp);
  std::string where = (!file.is_null() && is_str(file)) ? std::string(file.as<Str>()->view()) : "unknown location";
  std::string msg = "cannot import name '" + std::string(name->view()) + "' from ";
  if (is_kind(module, Kind::Module) && (module.as_object()->flags & kModuleInitializing)) {
    msg += "partially initialized module '" + mname + "' (most likely due to a circular import) (" + where + ")";
  } else {
    msg += "'" + mname + "' (" + where + ")";
  }
  return raise_import_error(interp, interp.exc_types.ImportError, msg, mname,
                            (!file.is_null() && is_str(file)) ? file : Value());
}

bool import_star(Interp& interp, Value module, Dict* target) {
  Value all = getattr_opt(interp, module, interp.names.__all__);
  if (all.is_null()) {
    if (interp.has_error()) return false;
    Value d = getattr_opt(interp, module, interp.names.__dict__);
    if (d.is_null() || !is_dict(d)) {
      if (!interp.has_error()) {
        raise(interp, interp.exc_types.ImportError, "from-import-* object has no __dict__ and no __all__");
      }
      return false;
    }
    Dict* src = d.as<Dict>();
    size_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
      if (!is_str(k)) continue;
      Str* ks = k.as<Str>();
      if (ks->size > 0 && ks->data[0] == '_') continue;
      if (!dict_set(interp, target, k, v)) return false;
    }
    return true;
  }
  Value it = get_iter(interp, all);
  if (it.is_null()) return false;
  Value modname = getattr_opt(interp, module, interp.names.__name__);
  if (modname.is_null()) clear_error(interp);
  for (;;) {
    Value name = iter_next(interp, it);
    if (name.is_null()) return !interp.has_error();
    if (!is_str(name)) {
      std::string m = (!modname.is_null() && is_str(modname)) ? std::string(modname.as<Str>()->view()) : "?";
      raise(interp, interp.exc_types.TypeError, "Item in %s.__all__ must be str, not %s", m.c_str(),
            type_name(interp, name));
      return false;
    }
    Value v = getattr(interp, module, name.as<Str>());
    if (v.is_null()) return false;
    if (!dict_set(interp, target, name, v)) return false;
  }
}

}  // namespace coil
