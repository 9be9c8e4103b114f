#!/usr/bin/python3
"""Reads a `mizan train --log-jsonl` log and its output folder and prints what bench/train
reports from a real run: time to reach a dev sentiment accuracy (default 0.80), the best dev
metrics, the linear baseline's (trained on the same split) and the model/baseline ratios.
Usage: run_report.py LOG.jsonl OUT_DIR [--accuracy 0.80]"""
import argparse
import json
import os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("out")
    ap.add_argument("--accuracy", type=float, default=0.80)
    a = ap.parse_args()
    events = [json.loads(line) for line in open(a.log) if line.strip()]
    first_step = next((e for e in events if e["event"] == "step"), None)
    evals = [e for e in events if e["event"] == "eval"]
    steps = [e for e in events if e["event"] == "step"]
    finished = next((e for e in events if e["event"] == "finished"), None)
    if steps:
        tps = sorted(e["tokens_per_second"] for e in steps)
        print(f"steps {len(steps)}, median {tps[len(tps) // 2]:.0f} tokens/s, "
              f"{steps[-1]['elapsed_seconds'] / 60:.1f} min from the start to the last step")
    reached = next((e for e in evals if e["metrics"].get("sentiment", {}).get("accuracy", 0) >= a.accuracy), None)
    if reached and first_step:
        reached_seconds = None
        for e in steps:
            if e["step"] == reached["step"]:
                reached_seconds = e["elapsed_seconds"]
        print(f"dev sentiment accuracy >= {a.accuracy:.2f} at step {reached['step']}"
              + (f", {reached_seconds / 60:.1f} min after the start" if reached_seconds else ""))
    else:
        print(f"dev sentiment accuracy never reached {a.accuracy:.2f}")
    for e in evals:
        m = e["metrics"]
        print(f"  eval step {e['step']}: " + "  ".join(
            f"{task} " + " ".join(f"{k} {v:.4f}" for k, v in sorted(vals.items()) if k in ("accuracy", "macro_f1", "f1"))
            for task, vals in sorted(m.items())))
    training = json.load(open(os.path.join(a.out, "model", "training.json")))
    best = training.get("metrics", {})
    base = training.get("baseline_metrics", {})
    print("best model (dev):    " + "  ".join(f"{t} " + " ".join(f"{k} {best[t][k]:.4f}" for k in ("accuracy", "macro_f1", "f1") if k in best[t]) for t in sorted(best)))
    if base:
        print("linear baseline (dev): " + "  ".join(f"{t} " + " ".join(f"{k} {base[t][k]:.4f}" for k in ("accuracy", "macro_f1", "f1") if k in base[t]) for t in sorted(base)))
        ratios = [f"{t} {k} {best[t][k] / base[t][k]:.3f}x" for t in sorted(best) if t in base
                  for k in ("accuracy", "macro_f1", "f1") if k in best[t] and k in base[t] and base[t][k] > 0]
        print("model / baseline:    " + "  ".join(ratios))
    if finished:
        print(f"finished: {finished['reason']} after {finished['step']} steps, {finished['elapsed_seconds'] / 60:.1f} min in all")


if __name__ == "__main__":
    main()
