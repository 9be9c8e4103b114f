#!/usr/bin/env bash
# Regenerates the user guide's screenshots (docs/images/) from the GUI tests, in English and
# Arabic, so the guide never shows a window that no longer exists:
#   scripts/refresh-doc-images.sh [BUILD_DIR]     (default: build; needs xvfb-run)
# The tests are tests/ui/screenshot_test.cpp (main window, statistics),
# tests/ui/training/studioscreenshots_test.cpp (Training, Results, Playground) and
# tests/ui/annotation/annotationscreenshot_test.cpp (Annotate next with its learning curve).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
cmake --build "$BUILD" --target screenshot_test studioscreenshots_test annotationscreenshot_test
SHOTS=$(mktemp -d)
trap 'rm -rf "$SHOTS"' EXIT
export QT_QPA_PLATFORM=xcb MIZAN_SCREENSHOT_DIR="$SHOTS" OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
XVFB=(xvfb-run -a -s "-screen 0 1600x1000x24")
"${XVFB[@]}" "$BUILD/tests/ui/screenshot_test"
"${XVFB[@]}" "$BUILD/tests/ui/training/studioscreenshots_test"
MIZAN_SCREENSHOT_LANG=ar "${XVFB[@]}" "$BUILD/tests/ui/training/studioscreenshots_test"
"${XVFB[@]}" "$BUILD/tests/ui/annotation/annotationscreenshot_test"
for f in main-en main-ar statistics-en statistics-ar training training_ar training-form training-form_ar results \
         results_ar results-categories results-categories_ar playground playground_ar playground-default \
         playground-default_ar; do
  cp "$SHOTS/$f.png" "docs/images/$f.png"
done
for lang in en ar; do
  cp "$SHOTS/annotate-next-panel-$lang.png" "docs/images/annotate-next-curve-$lang.png"
done
# The README's two screenshots are the same main-window shots.
cp "$SHOTS/main-en.png" docs/screenshot-main.png
cp "$SHOTS/main-ar.png" docs/screenshot-main-ar.png
echo "refreshed docs/images/ and docs/screenshot-main*.png from $BUILD's GUI tests"
