#!/usr/bin/env bash
# Mutation testing: does the suite notice a plausible one-line bug?
#
#   tools/mutate.sh [options] [ID-or-glob ...]
#
# Each mutation in tools/mutations.tsv replaces one exact fragment of one source line. The repository
# is copied to a scratch folder (never touched here), configured and built there once; then for each
# mutation the fragment is replaced in the copy, the copy is rebuilt, and the tests run layer by
# layer (core, render, e2e), stopping at the first failure. The file is restored before the next.
#
#   killed       a test failed (or the suite timed out): the bug would be caught
#   survived     every test passed with the bug in place
#   build-error  the mutant does not compile (left out of the score)
#   stale        the fragment does not occur exactly once in the file any more: fix the list
#
# Score = killed / (mutations - build errors - stale). Results are kept in $MUTATE_DIR/results.tsv.
#
# Options:
#   --list            print the mutations and exit
#   --head            copy the last commit (HEAD) instead of the working tree
#   --no-baseline     skip running the unmutated suite first (it must pass for the score to mean much)
#   --timeout SECS    limit for each test layer of one mutant (default 900)
#   --min-score PCT   exit 1 when the score is below PCT (default 0: report only)
#   --exclude REGEX   leave out the tests whose names match (ctest -E), e.g. one that is broken now
# Environment: MUTATE_DIR (default /tmp/kgatlas-mutate), MUTATIONS (default tools/mutations.tsv).
# IDs may be shell globs: `tools/mutate.sh 'render-*' app-drag-vertical`.
set -euo pipefail

# All in one function, read whole before it runs: editing this file during a run cannot change it.
main() {
root=$(cd "$(dirname "$0")/.." && pwd)
list=${MUTATIONS:-$root/tools/mutations.tsv}
scratch=${MUTATE_DIR:-/tmp/kgatlas-mutate}
source_mode=worktree
baseline=1
layer_timeout=900
min_score=0
only_list=0
exclude=()
patterns=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --list) only_list=1 ;;
    --head) source_mode=head ;;
    --no-baseline) baseline=0 ;;
    --timeout) layer_timeout=$2; shift ;;
    --min-score) min_score=$2; shift ;;
    --exclude) exclude=(-E "$2"); shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    -*) echo "mutate: unknown option '$1' (see --help)" >&2; exit 2 ;;
    *) patterns+=("$1") ;;
  esac
  shift
done

# The list: id, file, original fragment, replacement, what the bug is; tab-separated, # comments.
# In the fragment and the replacement, \n stands for a line break, \t for a tab, \\ for a backslash.
ids=() files=() originals=() replacements=() descriptions=()
while IFS=$'\t' read -r id file original replacement description || [[ -n ${id:-} ]]; do
  [[ -z $id || $id == \#* ]] && continue
  if [[ -z ${file:-} || -z ${original:-} || -z ${description:-} ]]; then
    echo "mutate: $list: mutation '$id' needs five tab-separated fields" >&2
    exit 2
  fi
  selected=$(( ${#patterns[@]} == 0 ))
  for p in "${patterns[@]}"; do
    # shellcheck disable=SC2053  # a glob on purpose
    [[ $id == $p ]] && selected=1
  done
  [[ $selected == 1 ]] || continue
  ids+=("$id") files+=("$file") originals+=("$original") replacements+=("$replacement") descriptions+=("$description")
done <"$list"
total=${#ids[@]}
if [[ $total -eq 0 ]]; then
  echo "mutate: no mutation in $list matches ${patterns[*]:-anything}" >&2
  exit 2
fi
if [[ $only_list == 1 ]]; then
  for ((i = 0; i < total; ++i)); do printf '%-28s %-40s %s\n' "${ids[i]}" "${files[i]}" "${descriptions[i]}"; done
  echo "$total mutations"
  exit 0
fi

mkdir -p "$scratch"
exec 9>"$scratch/lock"
flock -n 9 || { echo "mutate: another run is using $scratch (set MUTATE_DIR for a second one)" >&2; exit 2; }
work=$scratch/main   # named like the checkout, with shared/ beside it as in CI
build=$scratch/build
log=$scratch/log
mkdir -p "$work" "$log"
[[ -e $root/../shared ]] && ln -sfn "$(cd "$root/../shared" && pwd)" "$scratch/shared"

# Brings the copy to the chosen source. Only files whose bytes differ are written, so their
# timestamps move and the build redoes just what changed; files gone from the source go too.
stage=$scratch/stage
rm -rf "$stage"
mkdir -p "$stage"
if [[ $source_mode == head ]]; then
  git -C "$root" archive HEAD | tar -x -C "$stage"
else
  (cd "$root" && git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' f; do [[ -f $f ]] && printf '%s\0' "$f"; done |
    xargs -0 cp --parents -t "$stage")
fi
(cd "$stage" && find . -type f -print0) | while IFS= read -r -d '' f; do
  cmp -s "$stage/$f" "$work/$f" || { mkdir -p "$(dirname "$work/$f")"; cp "$stage/$f" "$work/$f"; }
done
(cd "$work" && find . -type f -print0) | while IFS= read -r -d '' f; do
  [[ -e $stage/$f ]] || rm -f "$work/$f"
done
rm -rf "$stage"

# Checks that a fragment occurs exactly once and replaces it (python: fragments are literal text).
mutate_file() {  # mode(check|apply) path original replacement
  python3 - "$@" <<'EOF'
import re, sys
mode, path, original, replacement = sys.argv[1:5]
unescape = lambda s: re.sub(r"\\([nt\\])", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}[m.group(1)], s)
original, replacement = unescape(original), unescape(replacement)
try:
    text = open(path, encoding="utf-8").read()
except OSError as e:
    print(f"cannot read: {e.strerror}"); sys.exit(1)
count = text.count(original)
if count != 1:
    print(f"the fragment occurs {count} times"); sys.exit(1)
if mode == "apply":
    open(path, "w", encoding="utf-8").write(text.replace(original, replacement))
EOF
}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
generator=()
[[ -f $build/CMakeCache.txt ]] || { command -v ninja >/dev/null && generator=(-G Ninja); }
jobs=$(nproc)
started=$SECONDS
echo "mutate: $total mutations; copy of the $source_mode in $work, build in $build"
cmake -S "$work" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKGATLAS_WERROR=OFF \
  "${launcher[@]}" >"$log/configure.txt" 2>&1 || { echo "mutate: configure failed: $log/configure.txt" >&2; exit 2; }

# The lock (fd 9) stays with this script: a build or test left over from a killed run must not hold it.
build_copy() { timeout 1800 cmake --build "$build" -j"$jobs" >"$1" 2>&1 9>&-; }

# Runs the layers in order; prints "" when all pass, else "LAYER: first failing test".
run_layers() {  # log prefix
  local layer status
  for layer in core render e2e; do
    status=0
    timeout --kill-after=30 "$layer_timeout" ctest --test-dir "$build" -R "^$layer:" "${exclude[@]}" -j"$jobs" --stop-on-failure \
      --no-tests=error --output-on-failure >"$1-$layer.txt" 2>&1 9>&- || status=$?
    if [[ $status -ne 0 ]]; then
      local failed
      failed=$(grep -m1 -E '\*\*\*(Failed|Timeout|Exception)|Not Run' "$1-$layer.txt" |
        sed -E 's/^ *[0-9]+\/[0-9]+ Test +#[0-9]+: //; s/ \.\.\.+.*//' || true)
      # An entry that runs many Catch cases (render, e2e): name the first case that failed too.
      local case
      case=$(awk '/^--------------------+$/ { if (inside) { print name; exit } inside = 1; next }
                  inside { name = name (name == "" ? "" : " ") $0 }' "$1-$layer.txt" || true)
      [[ $layer != core && -n $case ]] && failed="$failed / $case"
      [[ $status -eq 124 || $status -eq 137 ]] && failed="$layer: timed out after ${layer_timeout} s"
      echo "${failed:-$layer: failed (see $1-$layer.txt)}"
      return
    fi
  done
  echo ""
}

if ! build_copy "$log/build-baseline.txt"; then
  echo "mutate: the unmutated copy does not build: $log/build-baseline.txt" >&2
  exit 2
fi
if [[ $baseline == 1 ]]; then
  echo "mutate: running the unmutated suite first"
  failure=$(run_layers "$log/baseline")
  if [[ -n $failure ]]; then
    echo "mutate: the unmutated suite fails ($failure); fix that first, or pass --no-baseline" >&2
    exit 2
  fi
  echo "mutate: the unmutated suite passes ($((SECONDS - started)) s so far)"
fi

results=$scratch/results.tsv
printf 'id\tresult\tseconds\tdetail\tdescription\n' >"$results"
killed=0 survived=0 broken=0 stale=0
survivors=()
for ((i = 0; i < total; ++i)); do
  id=${ids[i]} file=${files[i]} target=$work/${files[i]}
  t0=$SECONDS
  detail=""
  if ! why=$(mutate_file check "$target" "${originals[i]}" "${replacements[i]}"); then
    result=stale detail="$file: $why"
    stale=$((stale + 1))
  else
    backup=$scratch/original.bak
    cp "$target" "$backup"
    mutate_file apply "$target" "${originals[i]}" "${replacements[i]}" >/dev/null
    if ! build_copy "$log/$id-build.txt"; then
      result=build-error detail="see $log/$id-build.txt"
      broken=$((broken + 1))
    else
      detail=$(run_layers "$log/$id")
      if [[ -n $detail ]]; then
        result=killed
        killed=$((killed + 1))
      else
        result=survived
        survived=$((survived + 1))
        survivors+=("$id")
      fi
    fi
    # Restored with a fresh timestamp, so the next build compiles the original again.
    cp "$backup" "$target"
    touch "$target"
  fi
  seconds=$((SECONDS - t0))
  printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$result" "$seconds" "$detail" "${descriptions[i]}" >>"$results"
  printf '[%2d/%d] %-28s %-11s %4ss  %s\n' $((i + 1)) "$total" "$id" "$result" "$seconds" "$detail"
done
# Leave the copy built as it is in the source, so the next run starts from there.
build_copy "$log/build-final.txt" || true

scored=$((total - broken - stale))
echo
echo "mutate: $killed killed, $survived survived, $broken build errors, $stale stale, of $total," \
  "in $(( (SECONDS - started) / 60 )) min"
score=0
if [[ $scored -gt 0 ]]; then
  score=$((100 * killed / scored))
  echo "mutate: score $killed/$scored = $(python3 -c "print(f'{100 * $killed / $scored:.1f}')")%"
fi
if [[ ${#survivors[@]} -gt 0 ]]; then
  echo "mutate: survivors:"
  for id in "${survivors[@]}"; do
    for ((i = 0; i < total; ++i)); do [[ ${ids[i]} == "$id" ]] && printf '  %-28s %s\n' "$id" "${descriptions[i]}"; done
  done
fi
[[ $stale -gt 0 ]] && echo "mutate: stale mutations (fix tools/mutations.tsv): see $results"
echo "mutate: results in $results, logs in $log"
[[ $score -ge $min_score ]]
}

main "$@"; exit
