#!/usr/bin/env bash
# Benchmarks, each printed beside a named reference measured in the same run (figures, not
# pass/fail: these machines are noisy, so compare the lines of one run).
#
#   world   the whole world's admin-1 boundaries (Natural Earth 10m: 4,596 polygons, 1.3 million
#           vertices) from FlatGeobuf at 1920x1080 under Xvfb, opened twice (the boundary cache
#           empty, then full): load-to-first-frame, median and 95th-percentile frame time while
#           panning, peak memory; then Mapnik (the renderer behind OpenStreetMap's tiles) drawing
#           one frame of the same file.
#   events  N synthetic ACLED-format events (default 1,000,000; KGATLAS_BENCH_EVENTS=N) written
#           the usual way (ogr2ogr -oo AUTODETECT_TYPE=YES) to GeoPackage and FlatGeobuf: kgatlas's
#           load, first frame, the whole --screenshot run, pan and timeline-scrub frames and memory
#           per event; beside them a plain C++ OGR read of the same fields
#           (tests/bench/OgrReadReference.cpp), ogr2ogr streaming the file out as CSV, and Mapnik
#           drawing the same points.
#
# usage: tools/bench.sh [world|events|all]      (default all; builds what it needs first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/tools/setup.sh"
what=${1:-all}
case $what in world|events|all) ;; *) echo "usage: tools/bench.sh [world|events|all]" >&2; exit 2 ;; esac
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target kgatlas ogr_read_reference >/dev/null
mkdir -p build/bench

# Debian's own Python: that is where python3-mapnik installs.
need_mapnik() {
  if ! /usr/bin/python3 -c "import mapnik" 2>/dev/null; then
    echo "kgatlas bench: installing python3-mapnik for the reference"
    local sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-mapnik >/dev/null
  fi
}
screen=(xvfb-run -a -s "-screen 0 1920x1080x24")

# Peak memory in MB from a "peak memory (RSS)  N MB" line.
peak() { sed -n 's/^peak memory (RSS) *\([0-9.]*\) MB.*/\1/p' <<<"$1"; }

bench_events() {
  local n=${KGATLAS_BENCH_EVENTS:-1000000}
  local csv=build/bench/events-$n.csv
  [[ -s $csv ]] || { echo "writing $n synthetic events"; tools/synth-acled.py "$n" "$csv" --seed 1 >/dev/null; }
  for format in GPKG FlatGeobuf; do
    local ext=${format,,}; [[ $format == FlatGeobuf ]] && ext=fgb
    local file=build/bench/events-$n.$ext
    [[ -s $file ]] || ogr2ogr -f "$format" "$file" "$csv" -oo AUTODETECT_TYPE=YES -oo X_POSSIBLE_NAMES=longitude \
      -oo Y_POSSIBLE_NAMES=latitude -a_srs EPSG:4326 -nln events
  done
  echo "== kgatlas with the bundled data only (the baseline for memory per event)"
  local base; base=$("${screen[@]}" build/kgatlas --benchmark --size 1920x1080 2>/dev/null)
  echo "$base" | grep -E "peak memory|frame median"
  need_mapnik
  for ext in gpkg fgb; do
    local file=build/bench/events-$n.$ext
    echo
    echo "== kgatlas: $n events from $file, 1920x1080"
    local out; out=$("${screen[@]}" build/kgatlas --events "$file" --benchmark --size 1920x1080 2>/dev/null)
    echo "$out" | grep -E "events loaded|^load|^first frame|frame median|frame p95|timeline scrub|peak memory"
    awk -v a="$(peak "$out")" -v b="$(peak "$base")" -v n="$n" \
      'BEGIN { printf "memory per event      %.0f bytes (peak above the baseline, over %d events)\n", (a - b) * 1048576 / n, n }'
    # The picture as a person asks for it: the whole process, from start to the PNG written.
    local start=$EPOCHREALTIME
    "${screen[@]}" build/kgatlas --events "$file" --screenshot build/bench/events.png --size 1920x1080 2>/dev/null
    awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "picture (--screenshot) %.3f s, start to PNG written\n", e - s }'
    echo "-- reference: a plain C++ OGR read of the same fields"
    build/tests/ogr_read_reference "$file"
    echo "-- reference: ogr2ogr streaming it out as CSV"
    start=$EPOCHREALTIME
    ogr2ogr -f CSV /vsistdout/ "$file" >/dev/null
    awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "ogr2ogr to CSV        %.3f s\n", e - s }'
    echo "-- reference: Mapnik drawing the same points, one 1920x1080 frame"
    /usr/bin/python3 - "$file" <<'PY'
import resource, sys, time
import mapnik
path = sys.argv[1]
start = time.perf_counter()
m = mapnik.Map(1920, 1080, "+proj=aea +lat_0=41.3 +lon_0=74.5 +lat_1=40 +lat_2=42.5 +R=6371007.181 +units=m")
m.background = mapnik.Color("#f2f5f8")
style = mapnik.Style()
rule = mapnik.Rule()
marker = mapnik.MarkersSymbolizer()
marker.allow_overlap = True
marker.ignore_placement = True
rule.symbols.append(marker)
style.rules.append(rule)
m.append_style("events", style)
layer = mapnik.Layer("events", "+proj=longlat +datum=WGS84 +no_defs")
layer.datasource = mapnik.Ogr(file=path, layer_by_index=0)
layer.styles.append("events")
m.layers.append(layer)
m.zoom_all()
image = mapnik.Image(1920, 1080)
mapnik.render(m, image)
print(f"load and one frame    {time.perf_counter() - start:.3f} s")
print(f"peak memory (RSS)     {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MB")
PY
  done
}

bench_world() {
  world=build/bench/admin1.fgb
  if [[ ! -s $world ]]; then
    mkdir -p build/bench
    tools/make_geodata.sh --world "$world"
  fi

  # Twice: first with the boundary cache empty (GDAL reads the file), then opened again (the
  # boundaries come from the cache, keyed by the file's contents).
  local cache=build/bench/cache
  rm -rf "$cache"
  echo "== kgatlas, first opening (boundary cache empty)"
  KGATLAS_CACHE_DIR=$cache "${screen[@]}" build/kgatlas --boundaries "$world" --benchmark --size 1920x1080 2>/dev/null
  echo
  echo "== kgatlas, opened again (boundaries from the cache)"
  KGATLAS_CACHE_DIR=$cache "${screen[@]}" build/kgatlas --boundaries "$world" --benchmark --size 1920x1080 2>/dev/null

  echo
  echo "== reference: Mapnik, same file, one 1920x1080 frame"
  need_mapnik
  /usr/bin/python3 - "$world" <<'PY'
import statistics, sys, time, resource
import mapnik
path = sys.argv[1]
m = mapnik.Map(1920, 1080, "+proj=aea +lat_0=41.3 +lon_0=74.5 +lat_1=40 +lat_2=42.5 +R=6371007.181 +units=m")
m.background = mapnik.Color("#f2f5f8")
style = mapnik.Style()
rule = mapnik.Rule()
rule.symbols.append(mapnik.PolygonSymbolizer())
line = mapnik.LineSymbolizer()
line.stroke = mapnik.Color("#444444")
line.stroke_width = 1.4
rule.symbols.append(line)
style.rules.append(rule)
m.append_style("regions", style)
layer = mapnik.Layer("regions", "+proj=longlat +datum=WGS84 +no_defs")
start = time.perf_counter()
layer.datasource = mapnik.Ogr(file=path, layer_by_index=0)
layer.styles.append("regions")
m.layers.append(layer)
m.zoom_all()
image = mapnik.Image(1920, 1080)
mapnik.render(m, image)
first = time.perf_counter() - start
times = []
for i in range(5):
    m.pan(960 + (i + 1) * 8, 540)
    t = time.perf_counter()
    mapnik.render(m, image)
    times.append((time.perf_counter() - t) * 1000)
print(f"load-to-first-frame   {first:.3f} s")
print(f"frame median          {statistics.median(times):.2f} ms  (5 panned frames)")
print(f"peak memory (RSS)     {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MB")
PY
}

[[ $what == world || $what == all ]] && bench_world
[[ $what == all ]] && echo
[[ $what == events || $what == all ]] && bench_events
exit 0
