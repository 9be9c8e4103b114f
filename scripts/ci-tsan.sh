#!/usr/bin/env bash
# ThreadSanitizer run for CI (issue 13): one clang build (build-tsan, -DMIZAN_SANITIZE=thread;
# GUI off unless TSAN_STUDIO=1) of only the test executables that run threads and their
# libraries, then their *Threads* tests:
#  - torch-free (target mizan_thread_tests: mizan_add_test(... SANITIZE THREADS)): normalizer
#    tables built on several threads at once, one tokenizer shared by threads, atomic saves of
#    one file from several threads, imports on several threads;
#  - TSAN_TORCH=1 adds the trainer's worker (trainer_threads_test): a tiny training on a worker
#    thread while another thread reads its events and stops it (Trainer::requestStop, the path
#    of the studio's Stop and the CLI's Ctrl-C), and its canary (below). libtorch is not
#    instrumented and needs no suppression here. Its build is about 15 CPU-minutes of libtorch
#    translation units.
#  - TSAN_STUDIO=1 (CI runs this; implies TSAN_TORCH=1; configures the build with the GUI on)
#    adds the studio's workers (ui.workerthreads_test: TrainingJob stopped from the GUI thread
#    and destroyed while running, ImportJob's queue, RankJob retrain then stop; and
#    ui.backgroundtask_test: BackgroundTask, the thread every other panel's background work
#    runs on) and their canary. About 30 more translation units (core/predict,
#    core/annotation, the workers) than TSAN_TORCH=1 alone. Qt is not instrumented: the
#    studio's work runs on threads of its own (pthread_create), joined before their values
#    are read, never on Qt's pool, whose hand-overs go through Qt's own mutex and read as
#    races; scripts/tsan.supp names only the Qt functions that free what a queued signal hands
#    from a worker to the GUI thread, each line with its reason.
# The canaries (MIZAN_TSAN_CANARY=1) are deliberate races between a worker's step observer and
# the other thread; each must stop its test with a report naming the worker's frames, or the
# run fails: proof that TSan sees that path and no suppression hides it.
#
# Environment: MIZAN_SHARED_DIR (default ../shared), JOBS (default nproc), TSAN_TIMEOUT per
# test in seconds (default 600), TSAN_TORCH=1 for the trainer's worker, TSAN_STUDIO=1 for the
# studio's workers.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JOBS=${JOBS:-$(nproc)}
SHARED=${MIZAN_SHARED_DIR:-$ROOT/../shared}
TSAN_TIMEOUT=${TSAN_TIMEOUT:-600}
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
[ "$STUDIO" = 1 ] && selection=(-R 'Threads|^ui\.workerthreads_test$|^ui\.backgroundtask_test$')
ctest --test-dir "$BUILD" --output-on-failure -j"$JOBS" --timeout "$TSAN_TIMEOUT" \
  "${selection[@]}" --no-tests=error || failed=1

# The canaries: a race in Mizan's own code on the worker must still be reported. Each runs its
# test alone as a child with MIZAN_TSAN_CANARY=1 and fails CI unless TSan stopped it (exit 66)
# with a data race report whose stacks name the test's racy function and the worker's frame
# (TrainLoop::report), so a suppression that swallowed the worker's path would show here.
canary() {  # name, the test's racy function, command...
  local name=$1 racy=$2 log=$BUILD/canary-$1.log rc=0
  shift 2
  MIZAN_TSAN_CANARY=1 timeout "$TSAN_TIMEOUT" "$@" >"$log" 2>&1 || rc=$?
  local frame
  for frame in "WARNING: ThreadSanitizer: data race" "$racy" "mizan::TrainLoop::report"; do
    if [ "$rc" != 66 ] || ! grep -qF "$frame" "$log"; then
      echo "error: canary $name: exit $rc, no data race report naming '$frame'" \
        "(a suppression hides Mizan's frames?)" >&2
      tail -60 "$log" >&2
      failed=1
      return
    fi
  done
  echo "-- canary $name: the deliberate race is reported, in $racy and TrainLoop::report"
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
