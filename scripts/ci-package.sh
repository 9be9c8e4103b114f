#!/usr/bin/env bash
# Builds the Debian package from an existing build folder and checks it:
#   scripts/ci-package.sh BUILD_DIR
# 1. cpack -G DEB (after building the installed targets);
# 2. desktop-file-validate, appstreamcli validate (no network), lintian (no errors);
# 3. an install test: the .deb unpacked with dpkg-deb -x into a fresh root, then from the
#    installed paths only: `mizan --version`, `mizan predict` with the shipped model on a
#    sentence, and mizan-studio started offscreen on the installed sample, quitting by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:?usage: scripts/ci-package.sh BUILD_DIR}
BUILD=$(cd "$BUILD" && pwd)
START=$(date +%s)
step() { echo "== ci-package: $* ($(( $(date +%s) - START )) s)"; }

step "building the installed targets"
cmake --build "$BUILD" --target mizan mizan-studio mizan-vocab mizan_icons mizan_docs_gz mizan_ui
step "cpack -G DEB"
rm -f "$BUILD"/mizan-studio_*.deb
(cd "$BUILD" && cpack -G DEB > cpack.log 2>&1) || { cat "$BUILD/cpack.log"; exit 1; }
DEB=$(ls "$BUILD"/mizan-studio_*.deb)
echo "$DEB: $(du -h "$DEB" | cut -f1)"
dpkg-deb -f "$DEB" Depends

ROOT=$(mktemp -d /tmp/mizan-deb-root-XXXXXX)
trap 'rm -rf "$ROOT"' EXIT
dpkg-deb -x "$DEB" "$ROOT"

step "desktop-file-validate"
desktop-file-validate "$ROOT/usr/share/applications/org.mizan.Studio.desktop"
step "appstreamcli validate"
appstreamcli validate --no-net --pedantic "$ROOT/usr/share/metainfo/org.mizan.Studio.metainfo.xml"
step "lintian"
# Errors fail the check; warnings are printed for the record.
lintian --tag-display-limit 0 "$DEB" | tee "$BUILD/lintian.log" || true
if grep -q '^E: ' "$BUILD/lintian.log"; then
  echo "ci-package: lintian reports errors" >&2
  exit 1
fi

step "install test in $ROOT (installed paths only)"
for f in usr/bin/mizan usr/bin/mizan-studio usr/bin/mizan-vocab usr/share/mizan/presets/default.json \
         usr/share/mizan/sample/hotel_reviews_sample.xml usr/share/mizan/models/default/manifest.json \
         usr/share/mizan/translations/mizan_ar.qm usr/share/icons/hicolor/scalable/apps/org.mizan.Studio.svg \
         usr/share/icons/hicolor/48x48/apps/org.mizan.Studio.png usr/share/man/man1/mizan.1.gz \
         usr/share/man/man1/mizan-studio.1.gz usr/share/man/man1/mizan-vocab.1.gz usr/share/doc/mizan-studio/copyright usr/share/mizan/guide/guide.md; do
  [ -e "$ROOT/$f" ] || { echo "ci-package: $f is not in the package" >&2; exit 1; }
done
# A fresh HOME, and nothing from the source or build tree reachable: the binaries must find
# their resources beside themselves (<root>/usr/bin/../share/mizan).
export HOME="$ROOT/home" XDG_CONFIG_HOME="$ROOT/home/.config" XDG_DATA_HOME="$ROOT/home/.local/share"
mkdir -p "$HOME"
export LD_LIBRARY_PATH="$ROOT/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
SRC_TREE=$(pwd)
cd "$ROOT"
"$ROOT/usr/bin/mizan" --version
OUT=$("$ROOT/usr/bin/mizan" predict --json "الخدمة سيئة جدا" 2> "$ROOT/predict.err")
cat "$ROOT/predict.err"
echo "$OUT"
grep -q "using the default model" "$ROOT/predict.err"
grep -q "$ROOT/usr/share/mizan/models/default" "$ROOT/predict.err" || { echo "ci-package: predict did not use the installed model" >&2; exit 1; }
echo "$OUT" | grep -q '"polarity":"negative"' || { echo "ci-package: the default model did not find the negative target" >&2; exit 1; }
if grep -rq "$SRC_TREE" "$ROOT/predict.err"; then echo "ci-package: the source tree leaked into the run" >&2; exit 1; fi
QT_QPA_PLATFORM=offscreen timeout 180 "$ROOT/usr/bin/mizan-studio" --quit-after-load | tee "$ROOT/studio.out"
grep -q "loaded $ROOT/usr/share/mizan/sample/hotel_reviews_sample.xml" "$ROOT/studio.out"
grep -q "playground model loaded: $ROOT/usr/share/mizan/models/default" "$ROOT/studio.out"
step "done: $DEB passes"
