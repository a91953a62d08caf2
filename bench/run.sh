#!/usr/bin/env bash
# Benchmarks coil against CPython 3.11.
#
# usage: bench/run.sh [--coil build/coil] [--runs 5] [--filter REGEX]
#   Runs each bench/{cpu,async}/*.py --runs times with each interpreter, alternating,
#   and prints per benchmark: coil's median seconds, python's median seconds and the
#   ratio coil/python. Each benchmark prints a checksum line; coil's output must equal
#   python's (MISMATCH otherwise). A coil failure prints FAIL and the run goes on.
#   Then: start-up time (`-c pass`, median of 20 runs, ms) and memory per suspended task
#   (peak RSS of bench/async/memory.py minus that of `memory.py empty`, / 100,000).
# Asyncio benchmarks run in real time (no --virtual-time): they use sleep(0) or tiny delays.
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
coil=build/coil
runs=5
filter=
while [ $# -gt 0 ]; do
  case $1 in
    --coil) coil=$2; shift 2 ;;
    --coil=*) coil=${1#*=}; shift ;;
    --runs) runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --filter) filter=$2; shift 2 ;;
    --filter=*) filter=${1#*=}; shift ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
case $coil in /*) ;; *) if [ -e "$coil" ]; then coil=$PWD/$coil; else coil=$root/$coil; fi ;; esac
[ -x "$coil" ] || { echo "bench/run.sh: coil not found at $coil (build it first: make)" >&2; exit 2; }
python=$(python3 -c 'import sys; print(sys.executable)') || { echo "bench/run.sh: python3 not found" >&2; exit 2; }
cd "$root" || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/coil-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
TIMEOUT=300

now_ns() { date +%s%N; }
# median of the numbers on stdin ("FAIL" if there are none)
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "FAIL"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "FAIL" || b == "FAIL" || b == 0) print "-"; else printf "%.3f\n", a / b }'; }
fmt() { awk -v v="$1" -v p="$2" 'BEGIN { if (v == "FAIL") print "FAIL"; else printf "%." p "f\n", v }'; }

# run_timed OUT ERR CMD... : runs CMD (cwd = its script's folder), prints seconds or nothing on failure
run_timed() {
  local out=$1 err=$2; shift 2
  local t0 t1
  t0=$(now_ns)
  if timeout "$TIMEOUT" "$@" >"$out" 2>"$err" </dev/null; then
    t1=$(now_ns)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", (b - a) / 1e9 }'
  fi
}

printf '%-24s %10s %10s %12s\n' benchmark "coil(s)" "python(s)" "coil/python"
for script in bench/cpu/*.py bench/async/*.py; do
  name=${script#bench/}; name=${name%.py}
  [ "$name" = async/memory ] && continue
  if [ -n "$filter" ] && ! grep -qE -- "$filter" <<<"$name"; then continue; fi
  : >"$tmp/coil.times"; : >"$tmp/py.times"
  coil_ok=1; note=
  for ((r = 1; r <= runs; r++)); do
    if [ $coil_ok = 1 ]; then
      t=$(run_timed "$tmp/coil.out" "$tmp/coil.err" "$coil" "$script")
      if [ -z "$t" ]; then
        coil_ok=0
        note="  ($(awk 'NF { l = $0 } END { print l }' "$tmp/coil.err" | cut -c1-60))"
      else
        echo "$t" >>"$tmp/coil.times"
        [ $r = 1 ] && cp "$tmp/coil.out" "$tmp/coil.first"
      fi
    fi
    t=$(run_timed "$tmp/py.out" "$tmp/py.err" "$python" "$script")
    if [ -n "$t" ]; then
      echo "$t" >>"$tmp/py.times"
      [ $r = 1 ] && cp "$tmp/py.out" "$tmp/py.first"
    fi
  done
  if [ $coil_ok = 1 ]; then c=$(median <"$tmp/coil.times"); else c=FAIL; fi
  p=$(median <"$tmp/py.times")
  if [ $coil_ok = 1 ] && [ -s "$tmp/py.first" ] && ! cmp -s "$tmp/coil.first" "$tmp/py.first"; then
    note="  MISMATCH: coil printed '$(head -c 60 "$tmp/coil.first" | head -n 1)'"
  fi
  printf '%-24s %10s %10s %12s%s\n' "$name" "$(fmt "$c" 3)" "$(fmt "$p" 3)" "$(ratio "$c" "$p")" "$note"
  rm -f "$tmp/coil.first" "$tmp/py.first"
done

if [ -z "$filter" ] || grep -qE -- "$filter" <<<"startup"; then
  : >"$tmp/coil.start"; : >"$tmp/py.start"
  for ((r = 1; r <= 20; r++)); do
    t=$(run_timed /dev/null /dev/null "$coil" -c pass) && [ -n "$t" ] && echo "$t" >>"$tmp/coil.start"
    t=$(run_timed /dev/null /dev/null "$python" -c pass) && [ -n "$t" ] && echo "$t" >>"$tmp/py.start"
  done
  c=$(median <"$tmp/coil.start"); p=$(median <"$tmp/py.start")
  [ "$(wc -l <"$tmp/coil.start")" -lt 20 ] && c=FAIL
  cm=$(awk -v v="$c" 'BEGIN { if (v == "FAIL") print v; else print v * 1000 }')
  pm=$(awk -v v="$p" 'BEGIN { if (v == "FAIL") print v; else print v * 1000 }')
  printf '%-24s %10s %10s %12s\n' "startup (ms)" "$(fmt "$cm" 1)" "$(fmt "$pm" 1)" "$(ratio "$cm" "$pm")"
fi

# Peak RSS in KB of a command (empty output on failure). Uses GNU time (package `time`);
# without it, a CPython wrapper reads the child's ru_maxrss from getrusage.
peak_kb() {
  if [ -x /usr/bin/time ]; then
    timeout "$TIMEOUT" /usr/bin/time -f '%M' -o "$tmp/rss" "$@" >"$tmp/mem.out" 2>/dev/null </dev/null \
      && tail -n 1 "$tmp/rss"
  else
    MEM_OUT="$tmp/mem.out" timeout "$TIMEOUT" "$python" -c '
import os, resource, subprocess, sys
with open(os.environ["MEM_OUT"], "w") as out:
    rc = subprocess.run(sys.argv[1:], stdout=out, stderr=subprocess.DEVNULL).returncode
if rc:
    sys.exit(rc)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@" </dev/null
  fi
}
# per_task TAG INTERPRETER: bytes per suspended task, median over 3 runs of (full - empty)
per_task() {
  local tag=$1 i full empty
  shift
  : >"$tmp/per"
  for i in 1 2 3; do
    full=$(peak_kb "$@" bench/async/memory.py) || return
    [ -n "$full" ] || return
    [ $i = 1 ] && cp "$tmp/mem.out" "$tmp/mem.full.$tag"
    empty=$(peak_kb "$@" bench/async/memory.py empty) || return
    [ -n "$empty" ] || return
    awk -v f="$full" -v e="$empty" 'BEGIN { printf "%.0f\n", (f - e) * 1024 / 100000 }' >>"$tmp/per"
  done
  median <"$tmp/per"
}
if [ -z "$filter" ] || grep -qE -- "$filter" <<<"async/memory"; then
  c=$(per_task coil "$coil"); [ -n "$c" ] || c=FAIL
  p=$(per_task py "$python"); [ -n "$p" ] || p=FAIL
  note=
  if [ "$c" != FAIL ] && [ "$p" != FAIL ] && ! cmp -s "$tmp/mem.full.coil" "$tmp/mem.full.py"; then
    note="  MISMATCH"
  fi
  printf '%-24s %10s %10s %12s%s\n' "memory (bytes/task)" "$c" "$p" "$(ratio "$c" "$p")" "$note"
fi
