// Running a Markdown guide: every ```python block in order in one __main__ namespace with
// asyncio imported; a block using top-level await runs under asyncio.run (scripts/guide_reference.py).
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "runtime/interpreter.h"

namespace coil {

// The ```python ... ``` blocks of a Markdown text, in order.
std::vector<std::string> markdown_python_blocks(std::string_view text);

// Runs the guide at `path`; returns the process exit status as run_file (runtime/run.h) does.
int run_markdown(Interp&, const std::string& path);

}  // namespace coil
