#!/usr/bin/env bash
# Runs script tests under valgrind memcheck and reports any test with memory errors or leaks.
# Slow (valgrind is ~50x slower): not part of `make test`. Usage:
#   scripts/valgrind-check.sh [--coil build/coil] [--filter REGEX] [--jobs 2]
set -u
coil=build/coil filter=. jobs=2
while [ $# -gt 0 ]; do
  case $1 in
    --coil) coil=$2; shift 2;;
    --filter) filter=$2; shift 2;;
    --jobs) jobs=$2; shift 2;;
    *) echo "usage: $0 [--coil PATH] [--filter REGEX] [--jobs N]" >&2; exit 2;;
  esac
done
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
coil=$(realpath "$coil")
export coil
check() {
  t=$1; dir=$(dirname "$t"); base=$(basename "$t")
  flags=(); grep -q '^# coil: virtual-time' "$t" && flags+=(--virtual-time)
  log=$(mktemp)
  (cd "$dir" && timeout 600 valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect \
      --error-exitcode=99 --log-file="$log" "$coil" "${flags[@]}" "$base" >/dev/null 2>&1 </dev/null)
  if [ $? -eq 99 ]; then echo "VALGRIND $t"; grep -E "Invalid|uninitialised|definitely|indirectly" "$log" | head -5; fi
  rm -f "$log"
}
export -f check
find tests/scripts -name '*.py' ! -name 'helper_*' ! -path '*/helper_*' | grep -E "$filter" | sort |
  xargs -P "$jobs" -I{} bash -c 'check {}' | tee /tmp/valgrind-check.out
n=$(grep -c '^VALGRIND' /tmp/valgrind-check.out || true)
echo "valgrind: $n test(s) with memory errors or leaks"
[ "$n" -eq 0 ]
