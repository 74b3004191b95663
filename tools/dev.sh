#!/usr/bin/env bash
# The README's two commands:
#   tools/dev.sh run [kgatlas options]   install what is missing, build, open the viewer
#   tools/dev.sh test                    install what is missing, build, run every test
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-}
shift || true

"$root/tools/setup.sh"
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
case $mode in run|test) ;; *) echo "usage: tools/dev.sh run|test" >&2; exit 2 ;; esac
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKGATLAS_WERROR=$werror >/dev/null
if [[ $mode == run ]]; then
  cmake --build build -j"$(nproc)" --target kgatlas  # the viewer only: tests are built by 'test'
  exec build/kgatlas "$@"
fi
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
