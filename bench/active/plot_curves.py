#!/usr/bin/python3
"""Plots bench_active's learning curves: one panel per metric, one line per strategy.

usage: plot_curves.py [--xmax N] OUT.png CURVES.csv [MORE.csv ...]
(several CSVs: runs with different strategies; a strategy already read is not read again;
--xmax: draw only up to N sentences labelled, to see the first rounds)
"""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

METRICS = [("sentiment_accuracy", "Sentiment accuracy"), ("macro_f1", "Sentiment macro-F1"),
           ("target_f1", "Target F1 (exact span)")]


def main(dst, sources, xmax=None):
    curves = {}
    for src in sources:
        found = {}
        with open(src, newline="") as f:
            for row in csv.DictReader(f):
                found.setdefault(row["strategy"], []).append(row)
        for name, rows in found.items():
            curves.setdefault(name, rows)
    fig, axes = plt.subplots(1, len(METRICS), figsize=(16, 5))
    colours = plt.cm.tab20.colors  # 20 distinct colours: one per configuration
    for ax, (key, title) in zip(axes, METRICS):
        for index, (name, rows) in enumerate(sorted(curves.items())):
            rows = [r for r in rows if xmax is None or int(r["labelled"]) <= xmax]
            xs = [int(r["labelled"]) for r in rows]
            ys = [float(r[key]) for r in rows]
            ax.plot(xs, ys, marker="o", markersize=3, label=name, color=colours[(2 * index) % 20 + (index >= 10)],
                    linewidth=2.5 if name == "random" else 1.5, linestyle="--" if name == "random" else "-")
        ax.set_title(title)
        ax.set_xlabel("sentences labelled")
        ax.grid(alpha=0.3)
    axes[0].legend(loc="lower right")
    fig.suptitle("Active learning on SemEval-2016 Arabic hotels (linear baseline retrained each round)")
    fig.tight_layout()
    fig.savefig(dst, dpi=100)


if __name__ == "__main__":
    args = sys.argv[1:]
    limit = None
    if len(args) >= 2 and args[0] == "--xmax":
        limit = int(args[1])
        args = args[2:]
    if len(args) < 2:
        sys.exit(__doc__)
    main(args[0], args[1:], limit)
