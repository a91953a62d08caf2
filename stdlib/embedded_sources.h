// The Python half of the standard library, compiled into the binary by
// scripts/embed-sources.sh (stdlib/**/*.py → build/gen/stdlib/embedded_sources.cpp).
#pragma once

namespace coil {

struct EmbeddedSource {
  const char* module;      // dotted module name, e.g. "asyncio.locks"
  int is_package;          // 1 for a package's __init__.py
  const char* filename;    // shown in tracebacks, e.g. "<frozen asyncio.locks>"
  const char* source;      // UTF-8 Python source
};

// Terminated by an entry whose module is nullptr. Empty until stdlib/*.py files exist.
extern const EmbeddedSource kEmbeddedSources[];

}  // namespace coil
