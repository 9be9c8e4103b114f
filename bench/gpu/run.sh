#!/bin/bash
# bench/gpu/run.sh: proves the CUDA path on a GPU machine (and runs end to end on a CPU).
#  1. builds core, the CLI and bench_train with -DMIZAN_BUILD_GUI=OFF against the machine's
#     PyTorch (python3 -c 'import torch; print(torch.utils.cmake_prefix_path)'; Debian's
#     libtorch when that PyTorch has no CMake files), the other libraries from Debian .deb
#     files extracted next to this script when the machine lacks them;
#  2. times STEPS steps of a BERT-base (12 x 768, AraBERT's 64k vocabulary) sentence-pair
#     fine-tune in Mizan and in the same model and loop written in Python torch, on the same
#     batches and in the same precision (bench_train), and prints both and the ratio;
#  3. generates a BERT-base folder with ../shared/tools/make_bert_base_like.py and trains it
#     multi-task (targets + sentiment) with `mizan train` for STEPS steps: Mizan's own loop,
#     tokens/s from its log (and --nproc ranks when asked).
#   bench/gpu/run.sh [--device cuda|cuda:N|cpu] [--steps N] [--precision fp32|bf16|fp16] [--nproc N]
#                    [--python PYTHON] [--build DIR] [--small]
# --small: a 2 x 128 model instead of BERT-base (the CPU check CI runs, in seconds).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
device=cuda steps=200 precision=fp32 nproc=1 small=0 build= python=
while [ $# -gt 0 ]; do
    case $1 in
    --device) device=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    --precision) precision=$2; shift 2 ;;
    --nproc) nproc=$2; shift 2 ;;
    --python) python=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --small) small=1; shift ;;
    *) echo "usage: $0 [--device D] [--steps N] [--precision P] [--nproc N] [--python PY] [--build DIR] [--small]" >&2; exit 2 ;;
    esac
done
say() { echo "run.sh: $*" >&2; }

# A Python with torch: the one asked for, python3 on PATH, then Debian's.
for py in $python python3 /usr/bin/python3; do
    if "$py" -c 'import torch' 2>/dev/null; then python=$py; break; fi
done
"$python" -c 'import torch' 2>/dev/null || { say "no Python with torch found (--python)"; exit 1; }
prefix=$("$python" -c 'import torch; print(torch.utils.cmake_prefix_path)')
cmake_prefix=
if [ -f "$prefix/Torch/TorchConfig.cmake" ]; then
    cmake_prefix=$prefix
    say "PyTorch $("$python" -c 'import torch; print(torch.__version__, "CUDA", torch.version.cuda)') at $prefix"
else
    say "this PyTorch has no CMake files ($prefix): building against Debian's libtorch"
fi

# Debian libraries the build needs; on a machine without them, their .deb files are fetched
# with apt-get download (no root needed) and extracted into $here/sysroot.
debs="nlohmann-json3-dev libcli11-dev libpugixml-dev libicu-dev libstemmer-dev libminizip-dev libgtest-dev libgloo-dev libsentencepiece-dev"
missing=
for h in nlohmann/json.hpp CLI/CLI.hpp pugixml.hpp unicode/uchar.h libstemmer.h minizip/unzip.h gtest/gtest.h gloo/context.h sentencepiece_trainer.h; do
    [ -e "/usr/include/$h" ] || missing=1
done
if [ -n "$missing" ]; then
    mkdir -p "$here/debs" "$here/sysroot"
    (cd "$here/debs" && apt-get download $debs)
    for d in "$here"/debs/*.deb; do dpkg -x "$d" "$here/sysroot"; done
    cmake_prefix="$cmake_prefix;$here/sysroot/usr"
    export CPLUS_INCLUDE_PATH="$here/sysroot/usr/include${CPLUS_INCLUDE_PATH:+:$CPLUS_INCLUDE_PATH}"
    export LIBRARY_PATH="$here/sysroot/usr/lib/x86_64-linux-gnu${LIBRARY_PATH:+:$LIBRARY_PATH}"
fi

build=${build:-$here/build-$(echo "$device" | tr ':' '-')}
launcher=
command -v ccache > /dev/null && launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMIZAN_BUILD_GUI=OFF -DMIZAN_BUILD_BENCH=ON $launcher \
    ${cmake_prefix:+"-DCMAKE_PREFIX_PATH=$cmake_prefix"} > "$build.cmake.log" 2>&1 ||
    { tail -30 "$build.cmake.log"; exit 1; }
cmake --build "$build" -j "$(nproc)" --target mizan mizan-vocab bench_train > "$build.build.log" 2>&1 ||
    { grep -E "error|Error" "$build.build.log" | head -30; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$small" = 1 ]; then
    layers=2 hidden=128 heads=4 ffn=512 vocab=2000
else
    layers=12 hidden=768 heads=12 ffn=3072 vocab=64000
fi
cat > "$work/preset.json" <<JSON
{"name": "bert-base-bench", "layers": $layers, "hidden": $hidden, "heads": $heads, "ffn": $ffn,
 "vocab_size": $vocab, "max_length": 128, "char_ngram_buckets": 0, "wide_tagging": false, "target_pooling": true,
 "batch_size": 16, "dropout": 0.1, "baseline": false, "ensemble_baseline": 0, "ensemble_tagging": 0,
 "ema_decay": 0, "epochs": 100, "eval_every": 0, "patience": 0, "max_minutes": 0,
 "encoder_lr": 0.0005, "weight_decay": 0.01, "clip_norm": 1.0}
JSON
echo "== same model, same batches: Mizan (libtorch) against Python torch =="
"$build/bench/train/bench_train" --preset "$work/preset.json" --steps "$steps" --device "$device" \
    --precision "$precision" --python "$python"

echo "== multi-task fine-tune of a BERT-base folder with mizan train =="
shared=${MIZAN_SHARED_DIR:-$src/../shared}
corpus=$src/tests/data/train/tiny_hotels.xml
[ -f "$shared/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml" ] &&
    corpus=$shared/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml
encoder_args=(--encoder "$work/bert")
if [ "$small" = 1 ] || [ ! -f "$shared/tools/make_bert_base_like.py" ]; then
    encoder_args=(--encoder builtin)  # the small check: the built-in encoder at the preset's size
else
    "$python" "$shared/tools/make_bert_base_like.py" "$work/bert" arabert \
        "$shared/data/vocab/arabertv02-style/vocab.txt" > /dev/null
fi
start=$(date +%s.%N)
"$build/app/cli/mizan" train --train "$corpus" --preset "$work/preset.json" "${encoder_args[@]}" \
    --tasks targets,sentiment --device "$device" --precision "$precision" --max-steps "$steps" \
    --nproc "$nproc" --out "$work/run" --log-jsonl "$work/run.jsonl" > "$work/train.log" 2>&1 ||
    { tail -20 "$work/train.log"; exit 1; }
end=$(date +%s.%N)
"$python" - "$work/run.jsonl" "$start" "$device" "$precision" "$nproc" "$end" <<'PY'
import json, sys
sys.argv[2] = float(sys.argv[6]) - float(sys.argv[2])  # wall seconds of mizan train
ev = [json.loads(l) for l in open(sys.argv[1])]
st = [e for e in ev if e["event"] == "step"]
skip = min(5, len(st) - 1)
span = st[-1]["elapsed_seconds"] - st[skip]["elapsed_seconds"]
print(f"mizan train on {sys.argv[3]} ({sys.argv[4]}, {sys.argv[5]} rank(s)): {len(st)} steps, "
      f"{1000 * span / max(1, len(st) - 1 - skip):.1f} ms a step after {skip} warm-up steps, "
      f"{st[-1]['tokens_per_second']:.0f} tokens/s, wall {float(sys.argv[2]):.1f} s")
PY
grep -h "all-reduce" "$work/train.log" || true
