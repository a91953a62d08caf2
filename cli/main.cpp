// The `coil` command: runs a script, a -c string, stdin or a Markdown guide.
// Exit status: 0 ok, 1 uncaught exception or syntax error, n from sys.exit(n), 2 usage errors.
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

#include "runtime/interpreter.h"
#include "runtime/markdown.h"
#include "runtime/run.h"

namespace {

constexpr const char* kVersionText = "coil 0.1.0 (Python 3.11 subset)\n";

constexpr const char* kUsage =
    "usage: coil [option] ... [-c cmd | file | -] [arg] ...\n";

constexpr const char* kHelp =
    "usage: coil [option] ... [-c cmd | file | -] [arg] ...\n"
    "\n"
    "coil runs programs written in a subset of Python 3.11.\n"
    "\n"
    "Options:\n"
    "  -c cmd          run the program passed as a string (ends the option list)\n"
    "  -               read the program from standard input\n"
    "  file            run the program in a .py file; a .md file runs its ```python blocks\n"
    "  --dis           print the bytecode of the program instead of running it\n"
    "  --virtual-time  asyncio: when nothing is ready, jump the clock to the next timer\n"
    "                  instead of sleeping (same output, no waiting)\n"
    "  --gc-stress     run the garbage collector at every safe point (slow; finds GC bugs)\n"
    "  -h, --help      print this help and exit\n"
    "  -V, --version   print the version and exit\n"
    "\n"
    "Arguments after the program are passed on in sys.argv.\n"
    "\n"
    "Examples:\n"
    "  coil hello.py                 run a script\n"
    "  coil -c 'print(2 ** 100)'     run a one-liner\n"
    "  coil --dis hello.py           show the bytecode a teacher would want to discuss\n";

void write_out(int fd, const char* text) { (void)!::write(fd, text, strlen(text)); }

bool ends_with(const std::string& s, const char* suffix) {
  size_t n = strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// The directory of a script, absolute and without symlinks, as CPython's sys.path[0].
std::string script_dir(const std::string& path) {
  std::string dir = ".";
  size_t slash = path.rfind('/');
  if (slash != std::string::npos) dir = slash == 0 ? "/" : path.substr(0, slash);
  char resolved[PATH_MAX];
  if (realpath(dir.c_str(), resolved) != nullptr) return resolved;
  return dir;
}

int usage_error(const std::string& message) {
  std::string text = message + "\n" + kUsage + "Try `coil -h' for more information.\n";
  write_out(2, text.c_str());
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  // As CPython: a closed pipe becomes BrokenPipeError (an OSError) instead of killing us.
  signal(SIGPIPE, SIG_IGN);
  coil::InterpreterOptions opts;
  coil::RunOptions run_opts;
  enum class Mode { None, File, Command, Stdin } mode = Mode::None;
  std::string target;   // the file or the command text
  int i = 1;
  for (; i < argc; i++) {
    std::string arg = argv[i];
    if (arg == "-c") {
      if (i + 1 >= argc) return usage_error("Argument expected for the -c option");
      mode = Mode::Command;
      target = argv[++i];
      i++;
      break;
    }
    if (arg.rfind("-c", 0) == 0 && arg.size() > 2 && arg[1] == 'c') {   // -c'code'
      mode = Mode::Command;
      target = arg.substr(2);
      i++;
      break;
    }
    if (arg == "-") { mode = Mode::Stdin; target = "-"; i++; break; }
    if (arg == "--version" || arg == "-V") { write_out(1, kVersionText); return 0; }
    if (arg == "--help" || arg == "-h" || arg == "-?") { write_out(1, kHelp); return 0; }
    if (arg == "--virtual-time") { opts.virtual_time = true; continue; }
    if (arg == "--gc-stress") { opts.gc_stress = true; continue; }
    if (arg == "--dis") { run_opts.disassemble = true; continue; }
    if (arg == "--") { i++; if (i < argc) { mode = Mode::File; target = argv[i]; i++; } break; }
    if (arg.size() > 1 && arg[0] == '-') {
      if (arg[1] == '-') return usage_error("unknown option " + arg);
      return usage_error(std::string("unknown option -") + arg[1]);
    }
    mode = Mode::File;
    target = arg;
    i++;
    break;
  }
  if (mode == Mode::None) {
    if (isatty(0)) {
      write_out(2, kUsage);
      write_out(2, "coil has no interactive mode; run a file, -c cmd, or pipe a program into `coil -`.\n");
      return 2;
    }
    mode = Mode::Stdin;
  }

  switch (mode) {
    case Mode::File: opts.argv.push_back(target); opts.path.push_back(script_dir(target)); break;
    case Mode::Command: opts.argv.push_back("-c"); opts.path.push_back(""); break;
    default: opts.argv.push_back(target); opts.path.push_back(""); break;   // "-" or "" as CPython
  }
  for (; i < argc; i++) opts.argv.push_back(argv[i]);

  int status;
  {
    coil::Interpreter interp(opts);
    switch (mode) {
      case Mode::File:
        if (ends_with(target, ".md")) status = coil::run_markdown(interp, target);
        else status = coil::run_file(interp, target, run_opts);
        break;
      case Mode::Command: status = coil::run_string(interp, target, "<string>", run_opts); break;
      default: status = coil::run_stdin(interp, run_opts); break;
    }
    coil::finish_output(interp);
  }
  return status & 0xff;
}
