#!/usr/bin/env python3
"""bench/accuracy: the margins of Mizan over the best classical peer on several dev splits.

One dev split of the SemEval train file holds about 960 target/polarity pairs from 47 reviews
(50-90 of them neutral), so a single split's accuracy moves by about +-2 points between splits
for the SAME model, peers included. This reads the `--json` files of several
`run_accuracy.py --seed S [--default-model]` runs (one per split seed) and prints, per split and
over all of them (mean, min, max), each Mizan row's margin in points over the best peer of each
metric (scikit-learn on sentiment, the feature CRF on targets), and the transformer alone
against the baseline inside its run. No training happens here.

  splits_summary.py acc-13.json acc-21.json acc-34.json
"""
import argparse
import json
import os
import statistics
import sys

from run_accuracy import best_peers

METRICS = [("accuracy", "acc"), ("macro_f1", "macro-F1"), ("neutral", "neu F1"), ("target_f1", "target F1")]
ROWS = ["mizan baseline", "mizan default, ensemble", "mizan default, transformer alone"]


def value(row, metric):
    """One metric of a result row, None where the row lacks it."""
    if metric == "neutral":
        return row.get("f1", {}).get("neutral")
    return row.get(metric)


def load(path):
    """(split name, result) of one run_accuracy.py --json file; a clear error if it is not one."""
    try:
        with open(path, encoding="utf-8") as f:
            result = json.load(f)
    except (OSError, ValueError) as e:
        raise SystemExit(f"splits_summary: {path}: cannot read a run_accuracy.py --json result ({e})")
    needed = ("mizan baseline", "pairs", "feature CRF (peer)")
    if not isinstance(result, dict) or any(k not in result for k in needed) or \
            not any(k.startswith("sklearn") for k in result):
        raise SystemExit(f"splits_summary: {path}: not a run_accuracy.py --json result (expected the keys "
                         "\"mizan baseline\", \"pairs\", \"feature CRF (peer)\" and sklearn rows)")
    name = f"seed {result['seed']}" if "seed" in result else os.path.basename(path)
    return name, result


def margins(result):
    """{(row, metric): points over the best peer} of one split, and the transformer's gap to the
    baseline inside its run {metric: points}."""
    out, gap, best = {}, {}, best_peers(result)
    for row in ROWS:
        if row not in result:
            continue
        for metric, _ in METRICS:
            mine, peer = value(result[row], metric), best.get(metric)
            if mine is not None and peer is not None:
                out[(row, metric)] = 100 * (mine - peer)
    alone, base = result.get(ROWS[2]), result.get("mizan default, baseline inside the run")
    if alone and base:
        for metric, _ in METRICS:
            a, b = value(alone, metric), value(base, metric)
            if a is not None and b is not None:
                gap[metric] = 100 * (a - b)
    return out, gap


def spread(values):
    return f"{statistics.mean(values):+.1f} [{min(values):+.1f}, {max(values):+.1f}]"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("results", nargs="+", help="run_accuracy.py --json files, one per split seed")
    splits = [load(p) for p in ap.parse_args().results]
    print("| split | dev pairs (neutral) | best peer acc / macro-F1 / neu F1 / target F1 | " +
          " | ".join(f"{r} acc / macro-F1 / neu / target" for r in ROWS) + " |")
    print("|---" * (3 + len(ROWS)) + "|")
    per_split = []
    for name, r in splits:
        best = best_peers(r)
        peers = " / ".join(f"{best[m]:.4f}" for m, _ in METRICS)
        cells = []
        for row in ROWS:
            v = r.get(row)
            cells.append("-" if v is None else " / ".join(
                "-" if value(v, m) is None else f"{value(v, m):.4f}" for m, _ in METRICS))
        print(f"| {name} | {r['pairs']['dev']} ({r['pairs'].get('dev_neutral', '-')}) | {peers} | " +
              " | ".join(cells) + " |")
        per_split.append(margins(r))
    print(f"\npoints over the best peer of each metric: mean [min, max] over {len(splits)} split(s)")
    for row in ROWS:
        parts = []
        for metric, label in METRICS:
            got = [m[(row, metric)] for m, _ in per_split if (row, metric) in m]
            if got:
                parts.append(f"{label} {spread(got)}")
        if parts:
            print(f"  {row}: " + "  ".join(parts))
    gaps = [g for _, g in per_split if g]
    if gaps:
        print("transformer alone minus the baseline inside its run, points: " + "  ".join(
            f"{label} {spread([g[m] for g in gaps if m in g])}" for m, label in METRICS
            if any(m in g for g in gaps)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
