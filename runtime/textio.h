// The text_file type (shown as _io.TextIOWrapper): sys.stdout/stderr/stdin and open()'s files.
// UTF-8 text over a POSIX file descriptor with our own buffering (no stdio, no iostreams).
#pragma once
#include <string_view>
#include "runtime/interpreter.h"

namespace coil {

// Kind::Native, type interp.types.text_file. Buffers are malloc'd (accounted) and freed by
// the finalizer, which also flushes pending output — so stdout is flushed when the
// Interpreter goes away even if nobody called flush.
struct TextFile : Object {
  int fd;
  bool readable, writable, closed, owns_fd;
  bool line_buffered;          // flush after each write containing '\n' (TTYs)
  bool write_through;          // flush after every write (stderr)
  int8_t tty;                  // -1 unknown, 0, 1
  char* wbuf; size_t wlen, wcap;
  char* rbuf; size_t rpos, rlen, rcap;
  bool eof;
  Str* name;                   // "<stdout>" or the path
  Str* mode;                   // "w", "r", "a"…
  TextFile* flush_first;       // stderr: stdout, flushed before each write so output interleaves
};

// Creates a file object over fd. name/mode are ASCII/UTF-8 texts. Null on MemoryError.
TextFile* textfile_new(Interp&, int fd, std::string_view name, std::string_view mode, bool owns_fd);
inline bool is_textfile(Interp& interp, Value v) {
  return v.is_object() && v.as_object()->type == interp.types.text_file;
}
// Writes UTF-8 text. False with an exception pending (closed file: ValueError; OSError).
bool textfile_write(Interp&, TextFile* f, std::string_view text);
// Flushes pending output. False with OSError pending.
bool textfile_flush(Interp&, TextFile* f);
// Reads one line including its '\n' ("" at EOF) into out. False with an exception pending.
bool textfile_readline(Interp&, TextFile* f, std::string& out, int64_t limit = -1);
// Reads everything left (or up to `limit` characters when limit >= 0).
bool textfile_read(Interp&, TextFile* f, std::string& out, int64_t limit = -1);
bool textfile_close(Interp&, TextFile* f);

// Fills the text_file type's slots and methods (called from init_builtins).
bool init_textfile_type(Interp&);
// Creates sys.stdin/stdout/stderr (stored in the sys module dict by the caller).
bool make_std_streams(Interp&, Value* in, Value* out, Value* err);
// Flushes sys.stdout and sys.stderr: calls Python-level flush() when they were replaced.
// Never raises (errors are cleared); used at exit and before printing tracebacks.
void flush_std_streams(Interp&);

// Writes to sys.stderr (or fd 2 directly if it is unusable); never raises. For tracebacks.
void write_stderr(Interp&, std::string_view text);

// Raises the OSError subclass CPython picks for errno `err` (FileNotFoundError for ENOENT …),
// "[Errno 2] No such file or directory: 'x'". filename may be null. Returns null.
Value raise_os_error(Interp&, int err, Value filename);

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
Value builtin_open(Interp&, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace coil
