#!/usr/bin/env bash
# The README's two commands:
#   tools/dev.sh run [kgatlas options]   install what is missing, build, open the viewer
#   tools/dev.sh test [--fast]           install what is missing, build, run every test: the suite,
#                                        then the suite again under AddressSanitizer+UBSan (with
#                                        bounded libFuzzer runs) and under ThreadSanitizer.
#                                        --fast: the plain build's suite only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-}
shift || true
case $mode in run|test) ;; *) echo "usage: tools/dev.sh run [kgatlas options] | test [--fast]" >&2; exit 2 ;; esac

"$root/tools/setup.sh"
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
jobs=$(nproc)

# configure DIR [cmake options]: once per build directory; later runs reuse its cache.
configure() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKGATLAS_WERROR=$werror "$@" >/dev/null
}

# suite DIR TITLE: build everything in DIR and run its tests; prints how long it took.
suite() {
  local dir=$1 title=$2 start=$SECONDS
  echo "== kgatlas: $title ($dir)"
  cmake --build "$dir" -j"$jobs"
  ctest --test-dir "$dir" --output-on-failure -j"$jobs"
  echo "== kgatlas: $title passed in $((SECONDS - start)) s"
}

configure build
if [[ $mode == run ]]; then
  cmake --build build -j"$jobs" --target kgatlas  # the viewer only: tests are built by 'test'
  exec build/kgatlas "$@"
fi
fast=0
for arg in "$@"; do
  case $arg in --fast) fast=1 ;; *) echo "tools/dev.sh test: unknown option '$arg'" >&2; exit 2 ;; esac
done

suite build "the suite"
[[ $fast == 1 ]] && exit 0
# Sanitizer builds with clang, which also builds the libFuzzer harnesses (tests/fuzz).
CC=clang-14 CXX=clang++-14 configure build-asan -DKGATLAS_SANITIZE=address -DKGATLAS_FUZZ=ON
suite build-asan "the suite and bounded fuzzing under AddressSanitizer and UBSan"
CC=clang-14 CXX=clang++-14 configure build-tsan -DKGATLAS_SANITIZE=thread
suite build-tsan "the suite under ThreadSanitizer"
