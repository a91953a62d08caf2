// The Markdown guide runner (see markdown.h). Mirrors scripts/guide_reference.py: a block whose
// code object is a coroutine (top-level await) becomes a function called and handed to
// asyncio.run(); any other block runs as plain module code in the shared namespace.
#include "runtime/markdown.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "compiler/compiler.h"
#include "parser/parse.h"
#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/import.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/run.h"
#include "runtime/str.h"
#include "runtime/textio.h"
#include "vm/vm.h"

namespace coil {

std::vector<std::string> markdown_python_blocks(std::string_view text) {
  std::vector<std::string> out;
  size_t pos = 0;
  // A fence line is exactly "```python"; the block ends at the next line starting with "```".
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    std::string_view line = text.substr(pos, eol == std::string_view::npos ? text.size() - pos : eol - pos);
    if (line == "```python" && eol != std::string_view::npos) {
      size_t start = eol + 1, p = start;
      while (p < text.size()) {
        if (text.compare(p, 3, "```") == 0) break;
        size_t e = text.find('\n', p);
        p = e == std::string_view::npos ? text.size() : e + 1;
      }
      if (p >= text.size()) break;   // unterminated: Python's regex finds nothing either
      out.emplace_back(text.substr(start, p - start));
      size_t e = text.find('\n', p);
      pos = e == std::string_view::npos ? text.size() : e + 1;
      continue;
    }
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
  }
  return out;
}

int run_markdown(Interp& interp, const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  std::string text;
  if (fd >= 0) {
    char buf[65536];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0) text.append(buf, size_t(n));
    ::close(fd);
  } else {
    int err = errno;
    std::string msg = "coil: can't open file '" + path + "': [Errno " + std::to_string(err) + "] " + strerror(err) + "\n";
    (void)!::write(2, msg.data(), msg.size());
    return 2;
  }
  Value file = str_value(interp, path);
  Module* m = main_module(interp, file);
  if (m == nullptr) return handle_uncaught(interp);
  Root keep_module(interp, Value::object(m));
  // `asyncio` pre-imported, as in the reference; a build without asyncio still runs the guide.
  Value asyncio = import_absolute(interp, "asyncio");
  if (asyncio.is_null()) clear_error(interp);
  else if (!dict_set_cstr(interp, m->dict, "asyncio", asyncio)) return handle_uncaught(interp);
  Root keep_asyncio(interp, asyncio);

  for (const std::string& block : markdown_python_blocks(text)) {
    compiler::Options opts;
    opts.allow_top_level_await = true;
    Code* code = compiler::compile_source(interp, block, "<guide>", opts);
    if (code == nullptr) return handle_uncaught(interp);
    Root keep_code(interp, Value::object(code));
    Value r = run_toplevel(interp, code, m);
    if (r.is_null()) return handle_uncaught(interp);
  }
  finish_output(interp);
  return 0;
}

}  // namespace coil
