#!/usr/bin/env bash
# One-definition-rule check. Two modes:
#   scripts/check-odr.sh          (CI) a source scan: every class/struct/enum at namespace scope
#                                 in core/ ui/ app/ tools/ must be defined in one file only
#                                 (scripts/check_odr_scan.py; seconds).
#   scripts/check-odr.sh --lto [BUILD_DIR]
#                                 the exact check: core and the `mizan` CLI built with link-time
#                                 optimisation and GCC's -Wodr -Werror=odr (MIZAN_ODR_CHECK), so
#                                 two different types of one name fail the link (a full LTO build).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--lto" ]; then
  exec python3 scripts/check_odr_scan.py .
fi
build="${2:-build-odr}"
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" \
  -DMIZAN_BUILD_GUI=OFF -DMIZAN_BUILD_TESTS=OFF -DMIZAN_BUILD_BENCH=OFF -DMIZAN_ODR_CHECK=ON >/dev/null
if ! cmake --build "$build" -j"$(nproc)" --target mizan; then
  echo "check-odr: the LTO build failed (look for 'violates the C++ One Definition Rule' above)" >&2
  exit 1
fi
echo "check-odr: no ODR violation in core and the CLI"
