#!/usr/bin/env bash
# ThreadSanitizer run for CI (issue 13): one clang GUI-off build (build-tsan,
# -DMIZAN_SANITIZE=thread) of the torch-free test executables that run threads (target
# mizan_thread_tests: mizan_add_test(... THREADS)), then their *Threads* tests: the normalizer
# tables built on several threads at once, one tokenizer shared by threads, atomic saves of one
# file from several threads, imports on several threads. libtorch is not instrumented, so the
# trainer's worker and the data-parallel heartbeat are not in this run; the studio's workers
# are Qt code (GUI off here).
#
# Environment: MIZAN_SHARED_DIR (default ../shared), JOBS (default nproc), TSAN_TIMEOUT per
# test in seconds (default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JOBS=${JOBS:-$(nproc)}
SHARED=${MIZAN_SHARED_DIR:-$ROOT/../shared}
TSAN_TIMEOUT=${TSAN_TIMEOUT:-300}
BUILD=build-tsan
LAUNCHER=()
if command -v ccache >/dev/null; then LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE
# Any report fails the test (exit code 66), with both stacks printed.
export TSAN_OPTIONS="halt_on_error=1:exitcode=66:second_deadlock_stack=1:suppressions=$ROOT/scripts/tsan.supp"
started=$SECONDS

echo "== clang GUI-off build with the thread sanitizer ($BUILD)"
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIZAN_BUILD_GUI=OFF \
  -DMIZAN_BUILD_BENCH=OFF -DMIZAN_BUILD_FUZZ=OFF -DMIZAN_SANITIZE=thread -DMIZAN_CI=ON \
  -DMIZAN_SHARED_DIR="$SHARED" "${LAUNCHER[@]}" >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target mizan_thread_tests
echo "== build: $((SECONDS - started)) s"

failed=0
ctest --test-dir "$BUILD" --output-on-failure -j"$JOBS" --timeout "$TSAN_TIMEOUT" -L core-sanitize -R Threads \
  --no-tests=error || failed=1
echo "== thread sanitizer total: $((SECONDS - started)) s"
exit $failed
