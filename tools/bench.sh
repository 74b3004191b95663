#!/usr/bin/env bash
# Benchmark: the whole world's admin-1 boundaries (Natural Earth 10m: 4,596 polygons, 1.3 million
# vertices) from FlatGeobuf at 1920x1080 under Xvfb. Prints load-to-first-frame, median and
# 95th-percentile frame time while panning, and peak memory; then, in the same run, the time
# Mapnik (the renderer behind OpenStreetMap's tiles) takes to draw one frame of the same file.
#
# usage: tools/bench.sh        (after tools/dev.sh has built build/kgatlas)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/tools/setup.sh"
[[ -x build/kgatlas ]] || { echo "bench: build first with tools/dev.sh test" >&2; exit 1; }
world=build/bench/admin1.fgb
if [[ ! -s $world ]]; then
  mkdir -p build/bench
  tools/make_geodata.sh --world "$world"
fi

echo "== kgatlas"
xvfb-run -a -s "-screen 0 1920x1080x24" build/kgatlas --boundaries "$world" --benchmark --size 1920x1080

echo
echo "== reference: Mapnik, same file, one 1920x1080 frame"
# Debian's own Python: that is where python3-mapnik installs.
if ! /usr/bin/python3 -c "import mapnik" 2>/dev/null; then
  echo "kgatlas bench: installing python3-mapnik for the reference"
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-mapnik >/dev/null
fi
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
