#!/usr/bin/env bash
# The soak, for as long as you like: the viewer under Xvfb driven by random input (moves, clicks,
# drags, the wheel, keys, window resizes, language switches) until it has drawn FRAMES frames.
# Prints frames, seconds, frames a second and resident memory after the first 1,000 frames and at
# the end; fails if the viewer crashed, exited non-zero, printed a sanitizer report, or ended with
# more than 10% more memory than it held at frame 1,000. The ctest entry runs 20,000 frames.
#
# usage: tools/soak.sh [FRAMES [SEED]]      FRAMES defaults to 1000000 (some hours), SEED to 9
#        BUILD=build-asan tools/soak.sh 100000   in another build folder (a sanitizer build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
frames=${1:-1000000}
seed=${2:-9}
build=${BUILD:-build}
if ! [[ $frames =~ ^[0-9]+$ && $frames -gt 1000 && $seed =~ ^[0-9]+$ && $seed -gt 0 ]]; then
  echo "usage: tools/soak.sh [FRAMES [SEED]]  (FRAMES a whole number above 1000, SEED above 0)" >&2
  exit 2
fi
"$root/tools/setup.sh"
[[ -f $build/CMakeCache.txt ]] || cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target kgatlas soak_tests
KGATLAS_SOAK_FRAMES=$frames KGATLAS_SOAK_SEED=$seed \
  xvfb-run -a -s "-screen 0 1920x1080x24" "$build/tests/soak/soak_tests"
