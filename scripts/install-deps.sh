#!/usr/bin/env bash
# Installs every Debian package Mizan Studio needs to build, test and run.
# Idempotent: packages already present are skipped by apt-get.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  # ccache: scripts/test.sh uses it when present (CI's second, GUI-off build is mostly cache hits)
  ccache
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n
  libqt6svg6 qt6-qpa-plugins libgl-dev libqt6opengl6-dev libxkbcommon-dev
  libtorch-dev libopenblas0-pthread libgloo-dev
  libsentencepiece-dev
  libgtest-dev libgmock-dev
  libpugixml-dev nlohmann-json3-dev libcli11-dev libstemmer-dev libicu-dev
  # word vectors (core/vectors, `mizan vectors`): fastText's subword skip-gram
  libfasttext-dev
  libminizip-dev
  xvfb xauth fonts-noto-core fonts-dejavu-core
  # packaging checks (scripts/ci-package.sh): the icon PNGs, .desktop, AppStream and .deb lint
  librsvg2-bin desktop-file-utils appstream lintian
  python3 python3-nltk
  # hardening only (scripts/ci-hardening.sh): libFuzzer and clang's sanitizer runtimes
  clang libclang-rt-14-dev
  # benchmarks only: bench/model compares against the same model in Debian's PyTorch;
  # bench/active plots its learning curves with matplotlib; bench/accuracy trains the
  # scikit-learn peers of the baseline (and of its aspect categories, SemEval slot 1)
  python3-torch python3-matplotlib python3-sklearn
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
