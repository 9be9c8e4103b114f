#!/usr/bin/python3
"""Plots bench_active's learning curves: one panel per metric, one line per strategy.

usage: plot_curves.py OUT.png CURVES.csv [MORE.csv ...]
(several CSVs: runs with different strategies; a strategy already read is not read again)
"""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

METRICS = [("sentiment_accuracy", "Sentiment accuracy"), ("macro_f1", "Sentiment macro-F1"),
           ("target_f1", "Target F1 (exact span)")]


def main(dst, sources):
    curves = {}
    for src in sources:
        found = {}
        with open(src, newline="") as f:
            for row in csv.DictReader(f):
                found.setdefault(row["strategy"], []).append(row)
        for name, rows in found.items():
            curves.setdefault(name, rows)
    fig, axes = plt.subplots(1, len(METRICS), figsize=(16, 5))
    for ax, (key, title) in zip(axes, METRICS):
        for name, rows in sorted(curves.items()):
            xs = [int(r["labelled"]) for r in rows]
            ys = [float(r[key]) for r in rows]
            ax.plot(xs, ys, marker="o", markersize=3, label=name,
                    linewidth=2.5 if name == "random" else 1.5, linestyle="--" if name == "random" else "-")
        ax.set_title(title)
        ax.set_xlabel("sentences labelled")
        ax.grid(alpha=0.3)
    axes[0].legend(loc="lower right")
    fig.suptitle("Active learning on SemEval-2016 Arabic hotels (linear baseline retrained each round)")
    fig.tight_layout()
    fig.savefig(dst, dpi=100)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
