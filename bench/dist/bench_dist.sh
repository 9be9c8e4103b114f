#!/bin/bash
# bench_dist: tokens/s of data-parallel training, 1 process with batch 2B against 2 ranks
# (`mizan train --nproc 2`) with batch B each, on the same corpus, preset and steps in the same
# run, and the all-reduce time per step rank 0 reports (what the step waited for after
# backward), with the buckets summed while backward runs (--dist-overlap on, the default) and
# after it (off). On a 2-vCPU machine whose vCPUs share one physical core, expect little or no
# speed-up: the ratios show what the communication costs.
#   bench/dist/bench_dist.sh [BUILD_DIR] [STEPS] [BATCH_PER_RANK]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
steps=${2:-60}
batch=${3:-8}
mizan=$build/app/cli/mizan
corpus=$here/../../tests/data/train/tiny_hotels.xml
shared=${MIZAN_SHARED_DIR:-/work/shared}
[ -f "$shared/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml" ] &&
    corpus=$shared/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/preset.json" <<'JSON'
{"name": "bench-dist", "layers": 2, "hidden": 128, "heads": 4, "ffn": 512, "vocab_size": 2000, "max_length": 64,
 "dropout": 0, "char_ngram_buckets": 0, "wide_tagging": false, "baseline": false, "ensemble_baseline": 0, "ensemble_tagging": 0,
 "ema_decay": 0, "epochs": 50, "eval_every": 0, "patience": 0, "max_minutes": 0}
JSON
run() {  # NAME EXTRA-ARGS...
    local name=$1; shift
    "$mizan" train --train "$corpus" --preset "$work/preset.json" --device cpu --threads 1 --tasks sentiment \
        --max-steps "$steps" --out "$work/$name" --log-jsonl "$work/$name.jsonl" "$@" > "$work/$name.log" 2>&1 ||
        { cat "$work/$name.log"; exit 1; }
}
start=$(date +%s.%N); run one --batch-size $((2 * batch)); t1=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N); run two --batch-size "$batch" --nproc 2 --dist-overlap off; t2=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N); run over --batch-size "$batch" --nproc 2; t3=$(echo "$(date +%s.%N) - $start" | bc)
python3 - "$work" "$steps" "$t1" "$t2" "$t3" <<'PY'
import json, re, statistics, sys
work, steps = sys.argv[1], int(sys.argv[2])
t1, t2, t3 = (float(t) for t in sys.argv[3:6])
def rate(name):
    ev = [json.loads(l) for l in open(f"{work}/{name}.jsonl")]
    st = [e for e in ev if e["event"] == "step"]
    # tokens/s over the steps after the first 5 (warm-up), from the run's own step times
    span = st[-1]["elapsed_seconds"] - st[4]["elapsed_seconds"]
    return st, span
one, s1 = rate("one")
two, s2 = rate("two")
over, s3 = rate("over")
def reduce_ms(name):
    m = re.search(r"all-reduce ([0-9.]+) ms a step", open(f"{work}/{name}.log").read())
    return float(m.group(1)) if m else float("nan")
print(f"steps: {len(one)} (1 process, batch 2B) / {len(two)} / {len(over)} (2 ranks, batch B each)")
def tps(st):  # the run's own tokens/s (a moving window of its step times), mean after warm-up
    return statistics.mean(e["tokens_per_second"] for e in st[5:])
print(f"tokens/s: 1 process {tps(one):.0f}, 2 ranks overlap off {tps(two):.0f}, overlap on {tps(over):.0f}")
print(f"1 process           : {1000 * s1 / (len(one) - 5):.1f} ms a step, wall {t1:.1f} s")
print(f"2 ranks, overlap off: {1000 * s2 / (len(two) - 5):.1f} ms a step, wall {t2:.1f} s, "
      f"all-reduce waited {reduce_ms('two'):.2f} ms a step (flatten + Gloo + unflatten after backward)")
print(f"2 ranks, overlap on : {1000 * s3 / (len(over) - 5):.1f} ms a step, wall {t3:.1f} s, "
      f"all-reduce waited {reduce_ms('over'):.2f} ms a step (weights before backward, rest of the buckets + totals after it)")
print(f"step-time ratio 1 process / 2 ranks: {s1 / s2:.2f}x (overlap off), {s1 / s3:.2f}x (overlap on)")
print(f"step-time ratio overlap off / on: {s2 / s3:.2f}x")
print("max loss difference per step, 1 process vs overlap off / on:",
      max(abs(a["loss"] - b["loss"]) for a, b in zip(one, two)),
      max(abs(a["loss"] - b["loss"]) for a, b in zip(one, over)))
PY
