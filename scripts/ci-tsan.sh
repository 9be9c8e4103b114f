#!/usr/bin/env bash
# ThreadSanitizer run for CI (issue 13): one clang build (build-tsan, -DMIZAN_SANITIZE=thread;
# GUI off unless TSAN_STUDIO=1) of only the test executables that run threads and their
# libraries, then their *Threads* tests:
#  - torch-free (target mizan_thread_tests: mizan_add_test(... SANITIZE THREADS)): normalizer
#    tables built on several threads at once, one tokenizer shared by threads, atomic saves of
#    one file from several threads, imports on several threads;
#  - TSAN_TORCH=1 adds the trainer's worker (trainer_threads_test): a tiny training on a worker
#    thread while another thread reads its events and stops it (Trainer::requestStop, the path
#    of the studio's Stop and the CLI's Ctrl-C), and its canary: a deliberate unsynchronised
#    read (MIZAN_TSAN_CANARY=1) that must be reported, so no suppression hides Mizan's frames.
#    libtorch is not instrumented and needs no suppression here. Off by default: its build is
#    about 15 CPU-minutes of libtorch translation units (7-8 minutes on CI's 2 cores).
#  - TSAN_STUDIO=1 (with TSAN_TORCH=1; configures the build with the GUI on) adds the studio's
#    workers (ui.workerthreads_test: TrainingJob stopped from the GUI thread and destroyed while
#    running, ImportJob's queue, RankJob retrain then stop) and their canary, a race in a slot.
#    Qt is not instrumented: its posted-event queue and QMutex are futexes TSan cannot see, so
#    the objects Qt hands from a worker to the GUI thread (a queued signal's event and its
#    arguments) read as races where Qt frees them; scripts/tsan.supp names only those Qt
#    frames, and the canary shows a race in Mizan's own slot is still reported.
#
# Environment: MIZAN_SHARED_DIR (default ../shared), JOBS (default nproc), TSAN_TIMEOUT per
# test in seconds (default 300), TSAN_TORCH=1 for the trainer's worker, TSAN_STUDIO=1 for the
# studio's workers.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JOBS=${JOBS:-$(nproc)}
SHARED=${MIZAN_SHARED_DIR:-$ROOT/../shared}
TSAN_TIMEOUT=${TSAN_TIMEOUT:-300}
BUILD=build-tsan
LAUNCHER=()
if command -v ccache >/dev/null; then LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE QT_QPA_PLATFORM=offscreen
# Any report fails the test (exit code 66), with both stacks printed.
export TSAN_OPTIONS="halt_on_error=1:exitcode=66:second_deadlock_stack=1:suppressions=$ROOT/scripts/tsan.supp"
started=$SECONDS

TORCH=${TSAN_TORCH:-0}
STUDIO=${TSAN_STUDIO:-0}
[ "$STUDIO" = 1 ] && TORCH=1
GUI=OFF
[ "$STUDIO" = 1 ] && GUI=ON
echo "== clang build with the thread sanitizer ($BUILD, GUI $GUI)"
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIZAN_BUILD_GUI=$GUI \
  -DMIZAN_BUILD_BENCH=OFF -DMIZAN_BUILD_FUZZ=OFF -DMIZAN_SANITIZE=thread -DMIZAN_CI=ON \
  -DMIZAN_SHARED_DIR="$SHARED" "${LAUNCHER[@]}" >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target mizan_thread_tests
echo "== build (torch-free): $((SECONDS - started)) s"
if [ "$TORCH" = 1 ]; then
  cmake --build "$BUILD" -j"$JOBS" --target trainer_threads_test
  echo "== build (with the trainer): $((SECONDS - started)) s"
fi
if [ "$STUDIO" = 1 ]; then
  cmake --build "$BUILD" -j"$JOBS" --target mizan_thread_torch_tests
  echo "== build (with the studio's workers): $((SECONDS - started)) s"
fi

failed=0
selection=(-L core-sanitize -R Threads)
[ "$TORCH" = 1 ] && selection=(-R Threads)
[ "$STUDIO" = 1 ] && selection=(-R 'Threads|^ui\.workerthreads_test$')
ctest --test-dir "$BUILD" --output-on-failure -j"$JOBS" --timeout "$TSAN_TIMEOUT" \
  "${selection[@]}" --no-tests=error || failed=1

# The canary: a race in Mizan's own code must still be reported.
canary() {  # name, frame the report must show, command...
  local name=$1 frame=$2 log=$BUILD/canary-$1.log
  shift 2
  if MIZAN_TSAN_CANARY=1 timeout "$TSAN_TIMEOUT" "$@" >"$log" 2>&1; then
    echo "error: canary $name: ThreadSanitizer reported no race (the suppressions hide Mizan's frames?)" >&2
    failed=1
  elif grep -q "WARNING: ThreadSanitizer: data race" "$log" && grep -q "$frame" "$log"; then
    echo "-- canary $name: the deliberate race is reported"
  else
    echo "error: canary $name: no data race report in $frame" >&2
    tail -60 "$log" >&2
    failed=1
  fi
}
if [ "$TORCH" = 1 ]; then
  canary trainer UnsynchronisedProgressIsARace \
    "$BUILD/tests/core/train/trainer_threads_test" --gtest_filter='TrainerThreadsCanary.*'
fi
if [ "$STUDIO" = 1 ]; then
  canary studio canaryUnsynchronisedStepIsARace \
    "$BUILD/tests/ui/workerthreads_test" canaryUnsynchronisedStepIsARace
fi
echo "== thread sanitizer total: $((SECONDS - started)) s"
exit $failed
