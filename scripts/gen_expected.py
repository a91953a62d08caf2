#!/usr/bin/env python3
"""Produce the expected output of every conformance test under tests/scripts by running CPython.

For each tests/scripts/**/*.py (except helper_*.py and anything inside a helper_* folder) and
each tests/scripts/**/*.md, runs the real python3 with cwd = the script's folder and the
script's basename as argv[0], then writes beside it:
  NAME.out     the exact stdout bytes
  NAME.status  line 1: exit code (128+N when killed by signal N, as bash reports it);
               line 2: the last non-empty line of stderr (or an empty line)
.md files are run through scripts/guide_reference.py (the guide's reference runner).

Directives in a script's leading comment lines (one per line):
  # coil: args=a b c       extra argv (split on whitespace)
  # coil: stdin=FILE       feed FILE (beside the script) to stdin; otherwise stdin is /dev/null
  # coil: virtual-time     coil runs with --virtual-time (python3 runs normally)
  # coil: timeout=N        per-test timeout in seconds (default 10)

Developers run this after adding or changing a test; the test runner never does.
Usage: scripts/gen_expected.py [--only PATTERN] [-j N] [--check]
  --only PATTERN  only tests whose path (relative to tests/scripts) contains PATTERN
  -j N            run N tests in parallel (default: number of CPUs)
  --check         write nothing; report tests whose expected files would change
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests", "scripts")
GUIDE_TOOL = os.path.join(ROOT, "scripts", "guide_reference.py")
DIRECTIVE = re.compile(r"^#\s*coil:\s*(\S.*?)\s*$")
DEFAULT_TIMEOUT = 10
MD_TIMEOUT = 120  # the guide sleeps in real time under CPython


def find_tests():
    found = []
    for folder, dirs, files in os.walk(TESTS):
        dirs[:] = sorted(d for d in dirs if not d.startswith("helper_") and d != "__pycache__")
        for name in sorted(files):
            if name.startswith("helper_"):
                continue
            if name.endswith(".py") or name.endswith(".md"):
                found.append(os.path.join(folder, name))
    return found


def directives(path):
    """Directives from the leading comment lines, as a dict (flags map to True)."""
    result = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for _, line in zip(range(10), f):
            m = DIRECTIVE.match(line)
            if m:
                key, _, value = m.group(1).partition("=")
                result[key.strip()] = value.strip() if value else True
            elif not line.startswith("#") and line.strip():
                break
    return result


def last_nonempty_line(data):
    lines = [l for l in data.decode("utf-8", "replace").split("\n") if l.strip(" \t\r")]
    return lines[-1] if lines else ""


def run_one(path):
    folder, name = os.path.split(path)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONDEVMODE",
                "PYTHONASYNCIODEBUG", "PYTHONINSPECT", "PYTHONSAFEPATH"):
        env.pop(var, None)  # anything that would change what the reference run prints
    if path.endswith(".md"):
        argv = [sys.executable, GUIDE_TOOL, name]
        opts, timeout = {}, MD_TIMEOUT
    else:
        opts = directives(path)
        argv = [sys.executable, name] + str(opts.get("args", "")).split()
        timeout = int(opts.get("timeout", DEFAULT_TIMEOUT))
    stdin = open(os.path.join(folder, opts["stdin"]), "rb") if "stdin" in opts else subprocess.DEVNULL
    try:
        proc = subprocess.run(argv, cwd=folder, env=env, stdin=stdin, capture_output=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return path, None, None, f"timed out after {timeout}s"
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    code = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    status = f"{code}\n{last_nonempty_line(proc.stderr)}\n".encode("utf-8")
    return path, proc.stdout, status, None


def write_if_changed(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default="", help="substring of the path relative to tests/scripts")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--check", action="store_true", help="report changes, write nothing")
    args = ap.parse_args()
    tests = [t for t in find_tests() if args.only in os.path.relpath(t, TESTS)]
    changed, errors = [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for path, out, status, error in pool.map(run_one, tests):
            rel = os.path.relpath(path, ROOT)
            if error:
                errors.append(f"{rel}: {error}")
                continue
            base = os.path.splitext(path)[0]
            for suffix, data in ((".out", out), (".status", status)):
                target = base + suffix
                if args.check:
                    try:
                        same = open(target, "rb").read() == data
                    except FileNotFoundError:
                        same = False
                    if not same:
                        changed.append(os.path.relpath(target, ROOT))
                elif write_if_changed(target, data):
                    changed.append(os.path.relpath(target, ROOT))
    for line in errors:
        print("ERROR", line, file=sys.stderr)
    verb = "would change" if args.check else "updated"
    for line in changed:
        print(verb, line)
    print(f"{len(tests)} tests, {len(changed)} files {verb}, {len(errors)} errors")
    return 1 if errors or (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
