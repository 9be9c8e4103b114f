#!/usr/bin/env bash
# Hardening checks for CI (issue 13), after the main tests:
#  1. core and the CLI built with -DMIZAN_BUILD_GUI=OFF and AddressSanitizer + UBSan
#     (-DMIZAN_SANITIZE=address,undefined), proving core has no Qt, and their tests run;
#  2. the libFuzzer targets (fuzz/, clang) built with the same sanitizers, each run for a
#     bounded time on seeds from tests/data, then on the kept crashers (tests/data/bad/fuzz).
# It can replace CI's plain GUI-off build: the same configuration with sanitizers on.
#
# Environment: MIZAN_SHARED_DIR (default ../shared), JOBS (default nproc), FUZZ_RUNS per target
# (default 20000 inputs from a fixed seed, so a run is repeatable: CI never turns red by chance;
# FUZZ_SEED to explore elsewhere, FUZZ_SECONDS caps the time), HARDENING_SKIP_SANITIZE=1 /
# HARDENING_SKIP_FUZZ=1 to run one half.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JOBS=${JOBS:-$(nproc)}
SHARED=${MIZAN_SHARED_DIR:-$ROOT/../shared}
FUZZ_RUNS=${FUZZ_RUNS:-20000}
FUZZ_SEED=${FUZZ_SEED:-1}
FUZZ_SECONDS=${FUZZ_SECONDS:-120}
LAUNCHER=()
if command -v ccache >/dev/null; then LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE
# libtorch is not instrumented and keeps allocations until exit: no leak report. Any other
# report stops the process with a non-zero exit.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
started=$SECONDS
failed=0

if [ "${HARDENING_SKIP_SANITIZE:-0}" != 1 ]; then
  echo "== GUI-off build with -DMIZAN_SANITIZE=address,undefined (build-asan)"
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Release -DMIZAN_BUILD_GUI=OFF -DMIZAN_BUILD_BENCH=OFF \
    -DMIZAN_SANITIZE=address,undefined -DMIZAN_SHARED_DIR="$SHARED" "${LAUNCHER[@]}" >/dev/null
  cmake --build build-asan -j"$JOBS"
  if grep -q "Qt6_DIR:PATH=/" build-asan/CMakeCache.txt; then
    echo "error: the GUI-less build found Qt" >&2
    exit 1
  fi
  # Label "core-sanitize" (tests/CMakeLists.txt): the tests of the code that does not link
  # libtorch, every reader and the text pipeline among them. The libtorch-linked tests were not
  # verified under ASan in the time this was written in; CI may widen the label.
  ctest --test-dir build-asan --output-on-failure -j"$JOBS" --timeout 900 -L sanitize || failed=1
  echo "== sanitizer build and tests: $((SECONDS - started)) s"
fi

if [ "${HARDENING_SKIP_FUZZ:-0}" != 1 ]; then
  fuzz_started=$SECONDS
  echo "== fuzzers (clang, libFuzzer, address+undefined) in build-fuzz"
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Release -DMIZAN_BUILD_GUI=OFF \
    -DMIZAN_BUILD_TESTS=OFF -DMIZAN_BUILD_BENCH=OFF -DMIZAN_BUILD_FUZZ=ON -DMIZAN_SANITIZE=address,undefined \
    "${LAUNCHER[@]}" >/dev/null
  targets=(semevalxml conll jsonl safetensors bertconfig vocab tokenizerconfig preset baselineconfig textpipeline)
  cmake --build build-fuzz -j"$JOBS" --target "${targets[@]/#/fuzz_}"
  for t in "${targets[@]}"; do
    seeds=build-fuzz/seeds/$t corpus=build-fuzz/corpus/$t crashes=build-fuzz/crashes/$t
    rm -rf "$seeds"
    mkdir -p "$seeds" "$corpus" "$crashes"
    bash fuzz/seeds.sh "$t" "$seeds"
    rm -rf "$corpus" && mkdir -p "$corpus"  # a fresh corpus: the same inputs every run
    echo "-- fuzz_$t: $FUZZ_RUNS inputs, seed $FUZZ_SEED"
    if ! build-fuzz/fuzz/fuzz_$t -seed="$FUZZ_SEED" -runs="$FUZZ_RUNS" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2560 -max_len=65536 \
         -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" "$seeds" >"build-fuzz/fuzz_$t.log" 2>&1; then
      echo "error: fuzz_$t found a crash; input kept in $crashes (copy it to tests/data/bad/fuzz/$t/)" >&2
      tail -40 "build-fuzz/fuzz_$t.log" >&2
      failed=1
    else
      grep -E "stat::number_of_executed_units|cov:" "build-fuzz/fuzz_$t.log" | tail -2
    fi
    # The kept crashers must stay fixed.
    if [ -d "tests/data/bad/fuzz/$t" ] && ! build-fuzz/fuzz/fuzz_$t -runs=1 tests/data/bad/fuzz/$t/* >/dev/null 2>&1; then
      echo "error: a kept crasher of fuzz_$t fails again" >&2
      failed=1
    fi
  done
  echo "== fuzzers: $((SECONDS - fuzz_started)) s"
fi

echo "== hardening total: $((SECONDS - started)) s"
exit $failed
