#!/usr/bin/python3
"""bench/accuracy: Mizan's linear baseline against the classical peers of issue 16, same split.

SemEval-2016 Arabic hotels TRAIN (SB1): `mizan baseline train` makes its own dev split (by review,
seeded, the trainer's code) and writes both halves with --write-split, so the peers train and are
scored on the very same sentences. Peers:
  - sentiment: scikit-learn LinearSVC (plain and class_weight=balanced) and LogisticRegression
    (class_weight=balanced) on TF-IDF word 1-2 + char 2-5 n-grams of the sentence and of a +-3
    word window around the target (one example per explicit opinion, as Mizan's);
  - targets (SemEval slot 2, exact character spans) and ANERcorp entities (train -> dev, exact
    labelled spans): crf_peer, the textbook feature CRF (Debian ships no CRFsuite binding).
With --default-model it also trains the default model (`mizan train --preset
resources/presets/default.json`, about 20 minutes on 2 cores) on the very same split files
(--train train.jsonl --dev dev.jsonl) and scores, with `mizan eval`, its ensemble answer and
its transformer alone (--blend-weight 0 --vote-weight 0), next to the baseline trained inside
that run; with --default-ner as well, a second default-preset run on ANERcorp train -> dev.
Prints every number, the ratios Mizan / peer and the training times.

  run_accuracy.py --mizan build/app/cli/mizan --crf-peer build/bench/accuracy/crf_peer \
      --shared /work/shared [--seed 13] [--dev-fraction 0.1] [--skip-ner] [--json OUT]
      [--default-model [--default-ner] [--run-dir DIR]]
  extra arguments after `--` go to `mizan baseline train` (e.g. -- --class-weight-power 1)
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

LABELS = ["positive", "negative", "neutral"]
PRESET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../resources/presets/default.json")


def run_json(cmd):
    print("running:", " ".join(cmd), file=sys.stderr, flush=True)
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True,
                         env=dict(os.environ, OMP_NUM_THREADS="1")).stdout
    try:  # `mizan eval --json` prints one indented document, the others one line last
        result = json.loads(out)
    except json.JSONDecodeError:
        result = json.loads(out.strip().splitlines()[-1])
    print(json.dumps(result)[:2000], file=sys.stderr, flush=True)
    return result


def read_jsonl(path):
    """(sentence text, target from, to, polarity) for every explicit opinion of a Mizan JSONL."""
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            for s in doc.get("sentences", []):
                for o in s.get("opinions", []):
                    if o.get("null") or o.get("polarity") not in LABELS:
                        continue
                    if o.get("to", 0) <= o.get("from", 0):
                        continue
                    pairs.append((s["text"], o["from"], o["to"], o["polarity"]))
    return pairs


def window(text, start, end, k=3):
    """The words of the target and k whitespace words either side of it."""
    spans, at = [], 0
    for w in text.split():
        at = text.index(w, at)
        spans.append((at, at + len(w)))
        at += len(w)
    inside = [i for i, (a, b) in enumerate(spans) if a < end and b > start]
    if not inside:
        return text[start:end]
    lo, hi = max(0, inside[0] - k), min(len(spans), inside[-1] + k + 1)
    return text[spans[lo][0]:spans[hi - 1][1]]


def sklearn_peers(train, dev):
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    def featurize(fit_pairs, pairs_list):
        """TF-IDF word 1-2 + char 2-5 of the sentence and of the +-3 word window, fitted on train."""
        views = [lambda p: p[0], lambda p: window(*p[:3])]
        blocks = [[] for _ in pairs_list]
        for view in views:
            for analyzer, ngrams in (("word", (1, 2)), ("char_wb", (2, 5))):
                vec = TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, sublinear_tf=True)
                vec.fit([view(p) for p in fit_pairs])
                for i, pairs in enumerate(pairs_list):
                    blocks[i].append(vec.transform([view(p) for p in pairs]))
        return [hstack(b).tocsr() for b in blocks]

    ytr, ydv = [p[3] for p in train], [p[3] for p in dev]
    peers = {
        "sklearn LinearSVC": lambda: LinearSVC(),
        "sklearn LinearSVC balanced": lambda: LinearSVC(class_weight="balanced"),
        "sklearn LogisticRegression balanced": lambda: LogisticRegression(class_weight="balanced", max_iter=2000),
    }
    out = {}
    for name, make in peers.items():
        t0 = time.perf_counter()  # features included: each peer's time is all it needs
        xtr, xdv = featurize(train, [train, dev])
        clf = make().fit(xtr, ytr)
        seconds = time.perf_counter() - t0
        out[name] = dict(scores(ydv, list(clf.predict(xdv))), train_seconds=seconds)
        print(name, json.dumps(out[name]), file=sys.stderr, flush=True)
    return out


def scores(gold, pred):
    from sklearn.metrics import accuracy_score, f1_score
    per = f1_score(gold, pred, labels=LABELS, average=None, zero_division=0)
    return {"accuracy": accuracy_score(gold, pred),
            "macro_f1": f1_score(gold, pred, labels=LABELS, average="macro", zero_division=0),
            "f1": dict(zip(LABELS, map(float, per)))}


def mizan_scores(j):
    t = j["tasks"]
    out = {"train_seconds": j.get("train_seconds")}
    if "sentiment" in t:
        s = t["sentiment"]
        out.update(accuracy=s["accuracy"], macro_f1=s["macro_f1"],
                   f1={c: s["per_class"][c]["f1"] for c in LABELS})
    if "targets" in t:
        out["target_f1"] = t["targets"]["f1"]
    if "ner" in t:
        out["entity_f1"] = t["ner"]["f1"]
        out["per_label"] = {k: v["f1"] for k, v in t["ner"].get("per_label", {}).items()}
    return out


def print_run(out):
    """How far the run got (its best model's and last state's steps) and the blend weight it chose."""
    for part in ("model", "last"):
        try:
            with open(os.path.join(out, part, "training.json"), encoding="utf-8") as f:
                t = json.load(f)
        except (OSError, ValueError):
            continue
        steps, per_epoch = t.get("step", 0), max(1, t.get("steps_per_epoch", 1))
        line = f"run {part}/: step {steps} of {t.get('total_steps')} ({steps / per_epoch:.2f} epochs)"
        choice = t.get("ensemble_choice")
        if part == "model" and choice:
            grid = " ".join(f"{c['weight']:.1f}:{c['accuracy']:.3f}/{c['macro_f1']:.3f}" for c in choice["candidates"])
            line += (f"; blend weight chosen {choice['blend_weight']:.1f} on {choice['held_out_targets']} held-out "
                     f"training targets (weight:accuracy/macro-F1 {grid})")
        print(line, file=sys.stderr, flush=True)


def train_default(mizan, train, dev, seed, out):
    """`mizan train` with the default preset, timed (wall), then `mizan eval` of the ensemble
    (the preset's weights) and of the transformer alone. Returns {row name: scores}."""
    cmd = [mizan, "train", "--train", train, "--dev", dev, "--preset", os.path.normpath(PRESET),
           "--seed", str(seed), "--out", out]
    print("running:", " ".join(cmd), file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          env=dict(os.environ, OMP_NUM_THREADS="1"))
    seconds = time.perf_counter() - t0
    print("\n".join(done.stdout.splitlines()[-6:]), file=sys.stderr, flush=True)
    if done.returncode != 0:
        raise RuntimeError(f"mizan train failed ({done.returncode})")
    rows = {}
    print_run(out)
    for name, weights in (("ensemble", []), ("transformer alone", ["--blend-weight", "0", "--vote-weight", "0"])):
        j = run_json([mizan, "eval", "--model", out, "--test", dev, "--json"] + weights)
        j["train_seconds"] = seconds
        rows[name] = mizan_scores(j)
        if name == "ensemble" and "baseline" in j:  # the linear baseline trained inside the run
            rows["baseline inside the run"] = dict(mizan_scores(j["baseline"]), train_seconds=None)
    return rows


def fmt(v):
    return "-" if v is None else f"{v:.4f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mizan", required=True)
    ap.add_argument("--crf-peer", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--skip-ner", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("--default-model", action="store_true", help="also train and score `mizan train`'s default "
                    "preset on the same split (about 20 minutes on 2 cores)")
    ap.add_argument("--default-ner", action="store_true", help="with --default-model: a second run on ANERcorp")
    ap.add_argument("--run-dir", help="keep the default model's runs in this new folder (default: a temporary one)")
    ap.add_argument("extra", nargs="*", help="after --: more `mizan baseline train` options")
    a = ap.parse_args()
    sb1 = os.path.join(a.shared, "data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml")
    aner = os.path.join(a.shared, "data/anercorp/ANERCorp_manually_cleaned_%s.tsv")
    result = {"load_before": os.getloadavg()[0], "seed": a.seed}
    with tempfile.TemporaryDirectory(prefix="mizan-accuracy-") as tmp:
        split = os.path.join(tmp, "split")
        result["mizan baseline"] = mizan_scores(run_json(
            [a.mizan, "baseline", "train", "--train", sb1, "--seed", str(a.seed), "--dev-fraction",
             str(a.dev_fraction), "--write-split", split, "--json"] + a.extra))
        train, dev = read_jsonl(os.path.join(split, "train.jsonl")), read_jsonl(os.path.join(split, "dev.jsonl"))
        result["pairs"] = {"train": len(train), "dev": len(dev),
                           "dev_neutral": sum(p[3] == "neutral" for p in dev)}
        result.update(sklearn_peers(train, dev))
        peer = run_json([a.crf_peer, "--train", os.path.join(split, "train.jsonl"),
                         "--dev", os.path.join(split, "dev.jsonl"), "--targets"])
        result["feature CRF (peer)"] = {"target_f1": peer["f1"], "train_seconds": peer["train_seconds"]}
        runs = a.run_dir or os.path.join(tmp, "runs")
        os.makedirs(runs, exist_ok=True)
        if a.default_model:
            halves = [os.path.join(split, f) for f in ("train.jsonl", "dev.jsonl")]
            for name, row in train_default(a.mizan, *halves, a.seed, os.path.join(runs, "semeval")).items():
                result["mizan default, " + name] = row
        if not a.skip_ner:
            m = mizan_scores(run_json([a.mizan, "baseline", "train", "--train", aner % "train", "--dev",
                                       aner % "dev", "--seed", str(a.seed), "--json"] + a.extra))
            result["mizan baseline (ANERcorp)"] = m
            p = run_json([a.crf_peer, "--train", aner % "train", "--dev", aner % "dev", "--entities"])
            result["feature CRF (peer, ANERcorp)"] = {"entity_f1": p["f1"], "train_seconds": p["train_seconds"],
                                                     "per_label": {k: v["f1"] for k, v in p["per_label"].items()}}
            if a.default_model and a.default_ner:
                for name, row in train_default(a.mizan, aner % "train", aner % "dev", a.seed,
                                               os.path.join(runs, "anercorp")).items():
                    result[f"mizan default, {name} (ANERcorp)"] = row
    result["load_after"] = os.getloadavg()[0]
    report(result)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)


def best_peers(r):
    """The best peer value of each metric: sklearn on sentiment, the feature CRF on targets."""
    sk = [v for k, v in r.items() if k.startswith("sklearn")]
    best = {m: max(v[m] for v in sk) for m in ("accuracy", "macro_f1")}
    best.update({c: max(v["f1"][c] for v in sk) for c in LABELS})
    best["target_f1"] = r["feature CRF (peer)"]["target_f1"]
    return best


def report_default(r, best):
    """Each default-model row against the best peer: ratio and difference in points (x 100)."""
    print("mizan default vs the best peer of each metric (ratio, difference in points):")
    for k in [k for k in r if k.startswith("mizan default") and "ANERcorp" not in k]:
        v = r[k]
        got = {"accuracy": v.get("accuracy"), "macro_f1": v.get("macro_f1"), "target_f1": v.get("target_f1")}
        got.update({c: v.get("f1", {}).get(c) for c in LABELS})
        parts = [f"{m} {got[m] / best[m]:.3f} ({100 * (got[m] - best[m]):+.1f})" for m in got
                 if got[m] is not None and best[m] > 0]
        print(f"  {k}: " + "  ".join(parts))
    for k in [k for k in r if k.startswith("mizan default") and "ANERcorp" in k and "entity_f1" in r[k]]:
        pn = r["feature CRF (peer, ANERcorp)"]["entity_f1"] if "feature CRF (peer, ANERcorp)" in r else None
        ratio = "" if not pn else f"  ratio / feature CRF {r[k]['entity_f1'] / pn:.3f} " \
            f"({100 * (r[k]['entity_f1'] - pn):+.1f})"
        secs = r[k]["train_seconds"]
        print(f"  {k}: entity F1 {r[k]['entity_f1']:.4f}" + (f" in {secs:.0f} s" if secs else "") + ratio +
              f"  {json.dumps({lab: round(f, 3) for lab, f in r[k].get('per_label', {}).items()})}")


def report(r):
    print(f"SemEval-2016 ar hotels TRAIN, dev split: {r['pairs']['dev']} target/polarity pairs "
          f"({r['pairs']['dev_neutral']} neutral), train {r['pairs']['train']}")
    print(f"machine load (1-min average) before {r['load_before']:.1f}, after {r['load_after']:.1f} "
          f"on {os.cpu_count()} CPUs")
    print("| model | train s | sentiment acc | macro-F1 | F1 pos | F1 neg | F1 neu | target F1 |")
    print("|---|---|---|---|---|---|---|---|")
    rows = [k for k in r if k.startswith(("mizan baseline", "mizan default", "sklearn", "feature CRF (peer)"))
            and "ANERcorp" not in k]
    for k in rows:
        v = r[k]
        f1 = v.get("f1", {})
        secs = "-" if v.get("train_seconds") is None else f"{v['train_seconds']:.1f}"
        print(f"| {k} | {secs} | {fmt(v.get('accuracy'))} | {fmt(v.get('macro_f1'))} | "
              f"{fmt(f1.get('positive'))} | {fmt(f1.get('negative'))} | {fmt(f1.get('neutral'))} | "
              f"{fmt(v.get('target_f1'))} |")
    m = r["mizan baseline"]
    print("ratios Mizan / peer:")
    for k in rows:
        if k.startswith("sklearn"):
            print(f"  {k}: accuracy {m['accuracy'] / r[k]['accuracy']:.3f}  macro-F1 "
                  f"{m['macro_f1'] / r[k]['macro_f1']:.3f}  neutral F1 "
                  f"{m['f1']['neutral'] / max(r[k]['f1']['neutral'], 1e-9):.3f}")
    print(f"  feature CRF: target F1 {m['target_f1'] / r['feature CRF (peer)']['target_f1']:.3f}")
    if any(k.startswith("mizan default") for k in r):
        report_default(r, best_peers(r))
    if "mizan baseline (ANERcorp)" in r:
        mn, pn = r["mizan baseline (ANERcorp)"], r["feature CRF (peer, ANERcorp)"]
        print("ANERcorp train -> dev, entity F1 (exact labelled spans):")
        print(f"  mizan baseline {mn['entity_f1']:.4f} in {mn['train_seconds']:.1f} s  "
              f"{json.dumps({k: round(v, 3) for k, v in mn['per_label'].items()})}")
        print(f"  feature CRF (peer) {pn['entity_f1']:.4f} in {pn['train_seconds']:.1f} s  "
              f"{json.dumps({k: round(v, 3) for k, v in pn['per_label'].items()})}")
        print(f"  ratio Mizan / peer: {mn['entity_f1'] / pn['entity_f1']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
