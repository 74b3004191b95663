#!/usr/bin/env bash
# Long runs of the libFuzzer harnesses in tests/fuzz:
#   tools/fuzz.sh [harness|all] [hours]      default: all, 1 hour for each harness
#   e.g.  tools/fuzz.sh events 0.5           FUZZ_JOBS=4 tools/fuzz.sh all 8
# Configures build-fuzz with clang-14 (AddressSanitizer, UBSan, libFuzzer) when it is not yet,
# builds the harnesses, then fuzzes each in turn with one worker per core (FUZZ_JOBS to change)
# from its seed corpus (tests/fuzz/corpus/<harness>) and the corpus earlier runs grew, kept in
# build-fuzz/fuzz/<harness>/corpus. tests/ is never written. A crash, hang (10 s), leak or growth
# past 2 GB is saved in build-fuzz/fuzz/<harness>/findings/; fix the bug, then copy the input to
# tests/fuzz/regressions/<harness>/ and add a test that fails without the fix. Prints executions
# and executions per second for each harness at the end. Safe to run again: it resumes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
harnesses=(boundaries events passages articles commandline blockfile eventdate story)
which=${1:-all}
hours=${2:-1}
usage() { (IFS='|'; echo "usage: tools/fuzz.sh [all|${harnesses[*]}] [hours]" >&2); exit 2; }
[[ $which == -h || $which == --help ]] && usage
if [[ $which == all ]]; then
  selected=("${harnesses[@]}")
elif [[ " ${harnesses[*]} " == *" $which "* ]]; then
  selected=("$which")
else
  usage
fi
seconds=$(awk -v h="$hours" 'BEGIN { s = int(h * 3600); if (s < 1) exit 1; print s }') || usage
cores=$(nproc)
# Harnesses that hand their input to a reader as a real file write one per run: in memory when
# /dev/shm is there, which nearly doubles their speed (articles: 4,000
# runs in 3.2-3.5 s against 5.1-6.5 s on disk).
if [[ -z ${TMPDIR:-} && -d /dev/shm && -w /dev/shm ]]; then export TMPDIR=/dev/shm; fi
jobs=${FUZZ_JOBS:-$cores}
build=build-fuzz

# Configured once; an existing build-fuzz is reused as it is (it must have KGATLAS_FUZZ on).
if ! grep -q '^KGATLAS_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKGATLAS_SANITIZE=address -DKGATLAS_FUZZ=ON "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j"$cores" --target "${selected[@]/#/fuzz_}"

summary=()
for h in "${selected[@]}"; do
  work=$root/$build/fuzz/$h
  mkdir -p "$work/corpus" "$work/findings" "$work/logs"
  rm -f "$work"/logs/fuzz-*.log
  touch "$work/logs/started"
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
    -artifact_prefix="$work/findings/")
  [[ -f tests/fuzz/$h.dict ]] && args+=(-dict="$root/tests/fuzz/$h.dict")
  echo "== fuzz $h: $jobs worker(s) for ${seconds}s; corpus $work/corpus"
  start=$SECONDS
  # Each job writes fuzz-N.log in the current folder. A job that finds something stops; the
  # others go on. The exit status only says whether one did: the findings folder tells.
  (cd "$work/logs" && "$root/$build/tests/fuzz/fuzz_$h" "${args[@]}" -jobs="$jobs" -workers="$jobs" \
    "$work/corpus" "$root/tests/fuzz/corpus/$h" >/dev/null 2>&1) || true
  wall=$((SECONDS - start))
  execs=$(cat "$work"/logs/fuzz-*.log 2>/dev/null | awk '/stat::number_of_executed_units:/ { n += $2 } END { print n + 0 }')
  findings=$(find "$work/findings" -type f -newer "$work/logs/started" | wc -l)
  line=$(printf '%-12s %12d execs  %8d exec/s  %6ds  %5d corpus files  %d new finding(s)' "$h" "$execs" \
    $((execs / (wall > 0 ? wall : 1))) "$wall" "$(ls "$work/corpus" | wc -l)" "$findings")
  echo "$line"
  summary+=("$line")
done
echo "== summary (exec/s over all workers; findings in $build/fuzz/<harness>/findings/)"
printf '%s\n' "${summary[@]}"
