#!/usr/bin/python3
"""SemEval-2016 slot 1 / slot 1+2 on a dev split: Mizan's linear baseline (its category part,
`mizan baseline train --json`) next to the scikit-learn one-vs-rest peer (categories.py),
both in this run, on the same split (same seed and fraction). Prints a table and the ratios.

With --transformer-minutes M, also trains the transformer (preset fast, no baseline of its
own, at most M minutes, 1 thread) on the same split, puts the baseline just trained beside it,
and scores it with `mizan eval --dev-split` twice: alone (--blend-weight 0 --vote-weight 0)
and blended with the baseline (--blend-weight W, the preset's span vote). Per-category F1 of
the largest dev categories for every model.

usage: run_categories.py MIZAN_BINARY TRAIN_XML [--seed 13] [--dev-fraction 0.1]
                         [--transformer-minutes M] [--blend-weight 0.5] [--work DIR] [--largest 6]
                         [--baseline-tagger-epochs N] [--reuse-baseline]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PRESETS = os.path.join(HERE, "..", "..", "resources", "presets")


def parse_json(out):
    """A command's JSON output: the whole text, or its last line after progress lines."""
    out = out.strip()
    try:
        return json.loads(out)
    except json.JSONDecodeError:
        return json.loads(out.splitlines()[-1])


def run_json(cmd):
    t0 = time.time()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return parse_json(out), time.time() - t0


def train_transformer(a, work, baseline_dir):
    preset = json.load(open(os.path.join(PRESETS, "fast.json")))
    preset["baseline"] = False  # the baseline trained above is put beside it
    preset["ensemble_baseline"] = 0.0  # the blend is asked for at eval time (--blend-weight)
    preset["name"] = "fast-no-baseline"
    preset_path = os.path.join(work, "preset.json")
    json.dump(preset, open(preset_path, "w"))
    out = os.path.join(work, "run")
    log = os.path.join(work, "train.jsonl")
    t0 = time.time()
    subprocess.run([a.mizan, "train", "--train", a.train, "--preset", preset_path, "--max-minutes",
                    str(a.transformer_minutes), "--threads", "1", "--seed", str(a.seed), "--out", out,
                    "--log-jsonl", log], check=True, capture_output=True, text=True)
    seconds = time.time() - t0
    updates, last_eval = 0, {}
    for line in open(log):
        e = json.loads(line)
        if e.get("event") in ("step", "finished"):
            updates = max(updates, e.get("step", 0))
        if e.get("event") == "eval":
            last_eval = e.get("metrics", {})
    print("trainer's last dev evaluation: %s" % json.dumps(
        {k: v for k, v in last_eval.items() if k in ("categories", "target_categories")}))
    shutil.copytree(baseline_dir, os.path.join(out, "baseline"))
    evals = {}
    for name, weights in (("alone", ["--blend-weight", "0", "--vote-weight", "0"]),
                          ("blend", ["--blend-weight", str(a.blend_weight)])):
        r, s = run_json([a.mizan, "eval", "--model", out, "--test", a.train, "--dev-split", "--json",
                         "--threads", "1"] + weights)
        evals[name] = (r["tasks"]["categories"], s, r["tasks"].get("target_categories"))
    return evals, seconds, updates


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mizan")
    ap.add_argument("train")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--transformer-minutes", type=float, default=0)
    ap.add_argument("--blend-weight", type=float, default=0.5)
    ap.add_argument("--work", default="")
    ap.add_argument("--largest", type=int, default=6)
    ap.add_argument("--reuse-baseline", action="store_true",
                    help="use WORK/baseline (and its --json output WORK/baseline.json) trained before on this split")
    ap.add_argument("--baseline-tagger-epochs", type=int, default=0, help="mizan baseline train --tagger-epochs (0: its default)")
    a = ap.parse_args()
    work = a.work or tempfile.mkdtemp(prefix="mizan-categories-")
    os.makedirs(work, exist_ok=True)
    split = ["--seed", str(a.seed), "--dev-fraction", str(a.dev_fraction)]
    baseline_dir = os.path.join(work, "baseline")
    tagger = ["--tagger-epochs", str(a.baseline_tagger_epochs)] if a.baseline_tagger_epochs > 0 else []
    saved = os.path.join(work, "baseline.json")
    if a.reuse_baseline and os.path.isfile(saved) and os.path.isdir(baseline_dir):  # trained earlier, same split
        mizan, mizan_s = parse_json(open(saved).read()), float("nan")
    else:
        mizan, mizan_s = run_json([a.mizan, "baseline", "train", "--train", a.train, "--json", "--out", baseline_dir] +
                                  split + tagger)
        json.dump(mizan, open(saved, "w"))  # for --reuse-baseline
    if "category_threshold" in mizan:
        t = mizan["category_threshold"]
        print("baseline category threshold %.2f, chosen on %d held-out training sentences (their slot-1 F1 %.4f)" % (
            t["value"], t["held_out_sentences"], t["held_out_slot1_f1"]))
    peer, peer_s = run_json([sys.executable, os.path.join(HERE, "categories.py"), a.train] + split)
    rows = [("mizan baseline (categories)", mizan["tasks"]["categories"], mizan_s)]
    if a.transformer_minutes > 0:
        evals, train_s, updates = train_transformer(a, work, baseline_dir)
        print("transformer: preset fast, %d updates in %.0f s of training (1 thread)" % (updates, train_s))
        rows.append(("transformer alone", evals["alone"][0], evals["alone"][1]))
        rows.append(("transformer + baseline (w %.2f)" % a.blend_weight, evals["blend"][0], evals["blend"][1]))
        for name in ("alone", "blend"):
            t = evals[name][2]
            if t:
                print("target categories on gold targets (%s): accuracy %.4f, macro-F1 %.4f" % (
                    name, t["metrics"]["accuracy"] if "metrics" in t else t.get("accuracy", 0),
                    t["metrics"]["macro_f1"] if "metrics" in t else t.get("macro_f1", 0)))
    rows.append(("sklearn OvR LinearSVC peer", peer, peer_s))
    print("dev split: seed %d, fraction %.2f, %d sentences (work folder %s)" % (
        a.seed, a.dev_fraction, peer["dev_sentences"], work))
    print("%-34s %8s %8s %8s   %8s %8s %8s %8s" % ("", "slot1 P", "R", "F1", "1+2 P", "R", "F1", "seconds"))
    for name, m, s in rows:
        print("%-34s %8.4f %8.4f %8.4f   %8.4f %8.4f %8.4f %8.1f" % (
            name, m["slot1"]["precision"], m["slot1"]["recall"], m["slot1"]["f1"],
            m["slot12"]["precision"], m["slot12"]["recall"], m["slot12"]["f1"], s))
    cats = rows[0][1]
    for slot in ("slot1", "slot12"):
        if peer[slot]["f1"] > 0:
            print("%s F1 ratio mizan baseline / peer: %.3f" % (slot, cats[slot]["f1"] / peer[slot]["f1"]))
    # Per category, the largest of the dev split (gold pairs).
    largest = sorted(peer["per_category"].items(), key=lambda kv: -kv[1]["gold"])[:a.largest]
    print("slot-1 F1 per category (largest on dev):")
    print("%-26s %5s " % ("category", "gold") + " ".join("%12s" % n.split(" ")[0][:12] for n, _, _ in rows))
    for c, g in largest:
        cells = []
        for _, m, _ in rows:
            pc = m.get("per_category", {}).get(c)
            cells.append("%12.3f" % pc["f1"] if pc else "%12s" % "-")
        print("%-26s %5d " % (c, g["gold"]) + " ".join(cells))
    status = 0
    for name, m, _ in rows:
        if m["slot1"]["gold"] != peer["slot1"]["gold"]:
            print("WARNING: %s's dev split differs (gold pairs %d vs %d)" % (name, m["slot1"]["gold"], peer["slot1"]["gold"]))
            status = 1
    print("(official test anchors, Pontiki et al. 2016, Arabic hotels: slot 1 baseline F1 0.403, best 0.521; "
          "slot 1+2 baseline 0.188; these are dev numbers, not comparable one to one)")
    return status


if __name__ == "__main__":
    sys.exit(main())
