#!/usr/bin/env bash
# Runs the conformance scripts under tests/scripts with coil and compares each with the
# expected output that scripts/gen_expected.py produced from CPython:
# stdout byte for byte, the exit code and the last non-empty stderr line (NAME.status).
#
# usage: scripts/run_py_tests.sh [--coil build/coil] [--jobs N] [--filter REGEX]
#                                [--known tests/scripts/known_failures.txt] [--update-known] [-v]
#   --coil PATH      interpreter to test (default build/coil)
#   --jobs N         tests run in parallel (default: number of CPUs)
#   --filter REGEX   only tests whose path (tests/scripts/...) matches REGEX (grep -E)
#   --known FILE     known failures: one test path per line, '#' comments; such a test
#                    failing counts as skipped, passing is reported as an unexpected pass
#   --update-known   rewrite the known-failures file with the tests failing now
#   -v               also list known failures and passes
# Directives read from a script's leading comment lines (one per line):
#   # coil: args=a b c | stdin=FILE | virtual-time | timeout=N (default 10 s)
# .md files run as `coil --virtual-time FILE.md` (timeout 60 s).
# Exit status: 0 when every failure is a known one, 1 otherwise, 2 on a usage error.
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

coil=build/coil
jobs=$(nproc 2>/dev/null || echo 2)
filter=
known=tests/scripts/known_failures.txt
update_known=0
verbose=0
abspath() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }
while [ $# -gt 0 ]; do
  case $1 in
    --coil) coil=$2; shift 2 ;;
    --coil=*) coil=${1#*=}; shift ;;
    --jobs|-j) jobs=$2; shift 2 ;;
    --jobs=*) jobs=${1#*=}; shift ;;
    --filter) filter=$2; shift 2 ;;
    --filter=*) filter=${1#*=}; shift ;;
    --known) known=$2; shift 2 ;;
    --known=*) known=${1#*=}; shift ;;
    --update-known) update_known=1; shift ;;
    -v|--verbose) verbose=1; shift ;;
    -h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_py_tests.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
# Paths given relative to the caller's directory, or failing that, to the repository.
resolve() {
  case $1 in
    /*) printf '%s\n' "$1" ;;
    *) if [ -e "$1" ]; then abspath "$1"; else printf '%s\n' "$root/$1"; fi ;;
  esac
}
coil=$(resolve "$coil")
known=$(resolve "$known")
if [ ! -x "$coil" ] || [ -d "$coil" ]; then
  echo "run_py_tests.sh: coil interpreter not found at $coil (build it first: make)" >&2
  exit 2
fi
cd "$root" || exit 2

work=$(mktemp -d "${TMPDIR:-/tmp}/coil-tests.XXXXXX")
trap 'rm -rf "$work"' EXIT

# One test: runs it and writes "PASS" or "FAIL <reason>" plus up to 5 diff lines to
# $work/results/<path with / replaced by __>. Uses shell builtins where it can: this
# runs once per test.
run_one() {
  local test=$1 dir name base t stdin_file vt args line key value rc exp_rc exp_last last n res
  dir=${test%/*}; name=${test##*/}; base=${test%.*}
  res="$work/results/${test//\//__}"
  t=10; stdin_file=/dev/null; vt=(); args=()
  if [[ $name == *.md ]]; then
    vt=(--virtual-time); t=60
  else
    n=0
    while IFS= read -r line && ((n++ < 10)); do
      [[ $line == \#* ]] || { [[ -z ${line//[[:space:]]/} ]] && continue; break; }
      [[ $line =~ ^#[[:space:]]*coil:[[:space:]]*([^=[:space:]]+)(=(.*))?$ ]] || continue
      key=${BASH_REMATCH[1]}; value=${BASH_REMATCH[3]}
      value=${value%"${value##*[![:space:]]}"}
      case $key in
        args) read -r -a args <<<"$value" ;;
        stdin) stdin_file=$dir/$value ;;
        virtual-time) vt=(--virtual-time) ;;
        timeout) t=$value ;;
      esac
    done <"$test"
  fi
  local out="$res.stdout" err="$res.stderr"
  ( cd "$dir" && exec timeout -k 2 "$t" "$coil" "${vt[@]}" "$name" "${args[@]}" ) \
    <"$stdin_file" >"$out" 2>"$err"
  rc=$?
  exp_rc=; exp_last=
  { IFS= read -r exp_rc; IFS= read -r exp_last; } <"$base.status" 2>/dev/null
  last=
  [ -s "$err" ] && last=$(awk 'NF { l = $0 } END { print l }' "$err")
  {
    if [ ! -f "$base.out" ] || [ ! -f "$base.status" ]; then
      echo "FAIL no expected output (run scripts/gen_expected.py)"
    elif [ "$rc" = 124 ] && [ "$exp_rc" != 124 ]; then
      echo "FAIL timed out after ${t}s"
      diff "$base.out" "$out" | head -n 5
    elif ! cmp -s "$base.out" "$out"; then
      echo "FAIL stdout differs"
      diff "$base.out" "$out" | head -n 5
    elif [ "$rc" != "$exp_rc" ]; then
      echo "FAIL exit code $rc, expected $exp_rc"
      printf '  stderr: %s\n' "$last"
    elif [ "$last" != "$exp_last" ]; then
      echo "FAIL last stderr line differs"
      printf '  expected: %s\n  got:      %s\n' "$exp_last" "$last"
    else
      echo PASS
    fi
  } >"$res"
}
export -f run_one
export work coil PYTHONHASHSEED=0

mkdir -p "$work/results"
find tests/scripts \( -name 'helper_*' -prune \) -o \( -name '*.py' -o -name '*.md' \) -type f -print \
  | LC_ALL=C sort >"$work/all"
if [ -n "$filter" ]; then grep -E -- "$filter" "$work/all" >"$work/tests"; else cp "$work/all" "$work/tests"; fi
: >"$work/known"
if [ -f "$known" ]; then
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e 's/^[[:space:]]*//' "$known" | grep -v '^$' >"$work/known"
fi

# The guide (.md) is the longest test: start it first so the others run beside it.
{ grep '\.md$' "$work/tests"; grep -v '\.md$' "$work/tests"; } | tr '\n' '\0' \
  | xargs -0 -r -n 1 -P "$jobs" bash -c 'run_one "$1"' _

passed=0; failed=0; skipped=0
declare -A is_known=()
while IFS= read -r test; do is_known[$test]=1; done <"$work/known"
: >"$work/failing"
while IFS= read -r test; do
  res="$work/results/${test//\//__}"
  status="FAIL no result"
  [ -f "$res" ] && IFS= read -r status <"$res"
  if [ "$status" = PASS ]; then
    passed=$((passed + 1))
    if [ -n "${is_known[$test]:-}" ]; then
      echo "unexpected pass (remove from known_failures.txt): $test"
    elif [ $verbose = 1 ]; then
      echo "pass: $test"
    fi
  else
    echo "$test" >>"$work/failing"
    if [ -n "${is_known[$test]:-}" ]; then
      skipped=$((skipped + 1))
      [ $verbose = 1 ] && echo "known failure: $test: ${status#FAIL }"
    else
      failed=$((failed + 1))
      echo "FAIL $test: ${status#FAIL }"
      tail -n +2 "$res" 2>/dev/null | head -n 5 | sed 's/^/    /'
    fi
  fi
done <"$work/tests"

if [ $update_known = 1 ]; then
  {
    echo "# Tests expected to fail for now (one path per line). A listed test that fails is"
    echo "# skipped; one that passes is reported. Rewrite with: scripts/run_py_tests.sh --update-known"
    # Entries for tests outside this run are kept; tests that ran are listed only if failing.
    grep -vxF -f "$work/tests" "$work/known" 2>/dev/null
    cat "$work/failing"
  } | { read -r h1; read -r h2; printf '%s\n%s\n' "$h1" "$h2"; LC_ALL=C sort -u; } >"$work/known.new"
  cp "$work/known.new" "$known"
  echo "rewrote $known ($(grep -vc '^#' "$known") entries)"
fi

summary="$passed passed, $failed failed"
[ $skipped -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ $failed -eq 0 ]
