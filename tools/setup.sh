#!/usr/bin/env bash
# Installs the Debian packages kgatlas needs to build, run and test. Idempotent: it asks apt
# for nothing when every package is already installed.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libgdal-dev gdal-bin libproj-dev          # boundaries, reprojection, geodesic areas
  libimgui-dev libglfw3-dev libgl-dev       # UI, window, OpenGL
  python3-glad                              # OpenGL loader generator (run at build time)
  libstb-dev                                # PNG writing for screenshots
  fonts-noto-core fonts-dejavu-core         # fonts with Cyrillic and Kyrgyz letters
  catch2                                    # unit tests
  libtomlplusplus-dev                       # field mapping and briefing files (TOML)
  libxxhash-dev                             # content hashes keying the boundary cache
  libkml-dev                                # KML placemarks and Google Earth tours
  libicu-dev                                # names compared across scripts and spellings (search)
  gettext                                   # the interface in Russian and Kyrgyz (msgfmt at build)
  postgresql-15-postgis-3                   # a real PostGIS server for the PG: source tests
  clang-14 libfuzzer-14-dev                 # sanitizer builds and the libFuzzer harnesses
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus  # tests read text back from screenshots
  xvfb xauth xdotool xclip x11-xserver-utils libgl1-mesa-dri x11-utils  # display, input, clipboard, dpi
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "kgatlas setup: installing ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "kgatlas setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
