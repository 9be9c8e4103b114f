#!/usr/bin/env bash
# One-definition-rule check (CI): builds core and the `mizan` CLI with link-time optimisation
# and GCC's -Wodr -Werror=odr, so two different types of one name in namespace mizan (the
# WordToken defect of issue 14) fail the link. GUI off and no tests or benchmarks: the CLI
# links every core library, which is where such clashes live. Usage: scripts/check-odr.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-odr}"
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
