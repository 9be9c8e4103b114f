#!/usr/bin/python3
"""SemEval-2016 slot 1 / slot 1+2 on a dev split: Mizan's linear baseline (its category part,
`mizan baseline train --json`) next to the scikit-learn one-vs-rest peer (categories.py),
both in this run, on the same split (same seed and fraction). Prints a table and the ratios.

usage: run_categories.py MIZAN_BINARY TRAIN_XML [--seed 13] [--dev-fraction 0.1]
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    t0 = time.time()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1]), time.time() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mizan")
    ap.add_argument("train")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    a = ap.parse_args()
    split = ["--seed", str(a.seed), "--dev-fraction", str(a.dev_fraction)]
    mizan, mizan_s = run([a.mizan, "baseline", "train", "--train", a.train, "--json"] + split)
    peer, peer_s = run([sys.executable, os.path.join(HERE, "categories.py"), a.train] + split)
    cats = mizan["tasks"]["categories"]
    print("dev split: seed %d, fraction %.2f, %d sentences" % (a.seed, a.dev_fraction, peer["dev_sentences"]))
    print("%-34s %8s %8s %8s   %8s %8s %8s %8s" % ("", "slot1 P", "R", "F1", "1+2 P", "R", "F1", "seconds"))
    for name, m, s in (("mizan baseline (categories)", cats, mizan_s), ("sklearn OvR LinearSVC peer", peer, peer_s)):
        print("%-34s %8.4f %8.4f %8.4f   %8.4f %8.4f %8.4f %8.1f" % (
            name, m["slot1"]["precision"], m["slot1"]["recall"], m["slot1"]["f1"],
            m["slot12"]["precision"], m["slot12"]["recall"], m["slot12"]["f1"], s))
    for slot in ("slot1", "slot12"):
        if peer[slot]["f1"] > 0:
            print("%s F1 ratio mizan / peer: %.3f" % (slot, cats[slot]["f1"] / peer[slot]["f1"]))
    if cats["slot1"]["gold"] != peer["slot1"]["gold"]:
        print("WARNING: the two dev splits differ (gold pairs %d vs %d)" % (cats["slot1"]["gold"], peer["slot1"]["gold"]))
        return 1
    print("(official test anchors, Pontiki et al. 2016, Arabic hotels: slot 1 baseline F1 0.403, best 0.521; "
          "slot 1+2 baseline 0.188; these are dev numbers, not comparable one to one)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
