#!/usr/bin/python3
"""bench/accuracy: Mizan's sentiment features (feature set 3) replicated in scikit-learn, to tell
apart what the baseline and the best peer (LogisticRegression, class_weight balanced) differ in.

On the split files of `mizan baseline train --write-split DIR` it fits the peer's
LogisticRegression (C 1) on
  - peer:     the peer's own features (run_accuracy.py: raw text, unhashed vocabulary);
  - folded:   the same on Mizan's feature forms (baseline::featureForm: no tashkeel or tatweel,
              alef variants to ا, ى to ي, ة to ه, Arabic-Indic digits to ASCII);
  - mizan:    Mizan's bags as it hashes them (FNV-1a of group + 0x1f + value into --buckets
              buckets shared by the four bags, one idf over the buckets, each bag L2-normalised
              apart), buckets no training example has given idf 0 (what Mizan does now);
  - mizan-old: the same with those buckets at idf ln(1 + n) + 1, so that a dev sentence's unseen
              n-grams count in its bag's norm (Mizan before 2026-12-06 03:40).
and prints dev accuracy, macro-F1, per-class F1 and the training objective in Mizan's scale
(sum of class-weighted cross-entropy / n + |W|^2 / (2 C n)), comparable with the loss that
`mizan baseline train` reaches. --show N prints, for the first N dev pairs, the features of
each bag that the peer and Mizan's forms do not share. --prior-shift tries a neutral logit shift
chosen on out-of-fold training predictions (the idf of the whole train half, a small leak).
Benchmark-only (python3-sklearn).

  replicate_features.py SPLIT_DIR [--buckets 524288] [--variants peer folded mizan mizan-old]
      [--show N] [--prior-shift]
"""
import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_accuracy import LABELS, read_jsonl, scores, window  # noqa: E402

BLOCKS = (("S", "sentence"), ("Y", "window"))
ANALYZERS = (("word", (1, 2)), ("char_wb", (2, 5)))


def fold(text):
    """baseline::featureForm, code point by code point."""
    out = []
    for ch in text:
        c = ord(ch)
        if 0x64B <= c <= 0x65F or c in (0x670, 0x640):
            continue
        if c in (0x623, 0x625, 0x622, 0x671):
            ch = "\u0627"
        elif c == 0x649:
            ch = "\u064A"
        elif c == 0x629:
            ch = "\u0647"
        elif 0x660 <= c <= 0x669:
            ch = chr(ord("0") + c - 0x660)
        elif c < 0x250:
            ch = ch.lower()
        out.append(ch)
    return "".join(out)


def view(block, pair, pre):
    return pre(pair[0] if block == "S" else window(*pair[:3]))


def fnv(group, value, buckets):
    """FeatureHasher::id."""
    h = 1469598103934665603
    for b in group.encode() + b"\x1f" + value.encode():
        h = ((h ^ b) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h % buckets


def mizan_name(group, analyzer, feature):
    """The group and value Mizan hashes for one of scikit-learn's feature names."""
    if analyzer == "word":
        parts = feature.split(" ")
        return group + str(len(parts)), "|".join(parts)
    v = "<" + feature[1:] if feature.startswith(" ") else feature
    v = v[:-1] + ">" if v.endswith(" ") and len(v) > 1 else v
    return group + "c", v


def peer_features(train, dev, pre):
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    tr, dv = [], []
    for block, _ in BLOCKS:
        for analyzer, ngrams in ANALYZERS:
            vec = TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, sublinear_tf=True)
            tr.append(vec.fit_transform([view(block, p, pre) for p in train]))
            dv.append(vec.transform([view(block, p, pre) for p in dev]))
    return hstack(tr).tocsr(), hstack(dv).tocsr()


def mizan_features(train, dev, buckets, unseen_idf_zero):
    """Mizan's four bags over shared hashed buckets; the vocabulary of train + dev, so that dev's
    unseen n-grams land in their buckets, the idf of train alone."""
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize
    counts = []
    for block, _ in BLOCKS:
        for analyzer, ngrams in ANALYZERS:
            cv = CountVectorizer(analyzer=analyzer, ngram_range=ngrams, lowercase=False)
            cv.fit([view(block, p, fold) for p in train + dev])
            cols = [fnv(*mizan_name(block, analyzer, f), buckets) for f in cv.get_feature_names_out()]
            to_bucket = csr_matrix((np.ones(len(cols)), (np.arange(len(cols)), cols)), shape=(len(cols), buckets))
            counts.append([(cv.transform([view(block, p, fold) for p in ps]) @ to_bucket).tocsr()
                           for ps in (train, dev)])
    n = len(train)
    present = sum(c[0] for c in counts)
    df = np.asarray((present > 0).sum(0)).ravel()
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    if unseen_idf_zero:
        idf[df == 0] = 0.0
    out = []
    for half in (0, 1):
        total = None
        for c in counts:
            m = c[half].astype(float).tocsr()
            m.data = 1.0 + np.log(m.data)
            m = normalize(m.multiply(idf).tocsr())
            total = m if total is None else total + m
        out.append(total.tocsr())
    return out


def objective(clf, x, y, c):
    order = [list(clf.classes_).index(label) for label in LABELS]
    w, b = clf.coef_[order], clf.intercept_[order]
    z = x @ w.T + b
    z = z - z.max(1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(1, keepdims=True))
    yi = np.array([LABELS.index(label) for label in y])
    n = len(yi)
    sw = n / (len(LABELS) * np.bincount(yi, minlength=len(LABELS))[yi])
    return -(logp[np.arange(n), yi] * sw).sum() / n + (w ** 2).sum() / (2 * c * n)


def prior_shift(xtr, ytr, xdv, ydv, train, folds=3, seed=13):
    """Idea 4 of issue 16: a shift of the neutral logit chosen on out-of-fold predictions over
    the training sentences (folds by sentence, never dev), to maximise accuracy + macro-F1 (the
    criterion Mizan's C uses) and macro-F1 alone; prints dev with each chosen shift."""
    from sklearn.linear_model import LogisticRegression
    sentences = sorted({p[0] for p in train})
    rng = np.random.default_rng(seed)
    fold_of_sentence = dict(zip(sentences, rng.permutation(len(sentences)) % folds))
    fold = np.array([fold_of_sentence[p[0]] for p in train])
    y = np.array(ytr)
    oof = np.zeros((len(y), len(LABELS)))
    for k in range(folds):
        clf = LogisticRegression(class_weight="balanced", max_iter=2000, tol=1e-6).fit(xtr[fold != k], y[fold != k])
        order = [list(clf.classes_).index(label) for label in LABELS]
        oof[fold == k] = clf.decision_function(xtr[fold == k])[:, order]
    full = LogisticRegression(class_weight="balanced", max_iter=2000, tol=1e-6).fit(xtr, y)
    order = [list(full.classes_).index(label) for label in LABELS]
    dev_scores = full.decision_function(xdv)[:, order]
    grid = np.round(np.arange(-1.0, 1.01, 0.1), 2)

    def answer(z, shift):
        z = z.copy()
        z[:, LABELS.index("neutral")] += shift
        return [LABELS[i] for i in z.argmax(1)]

    oof_scores = {d: scores(list(y), answer(oof, d)) for d in grid}
    for name, key in (("accuracy + macro-F1", lambda v: v["accuracy"] + v["macro_f1"]),
                      ("macro-F1", lambda v: v["macro_f1"])):
        best = max(grid, key=lambda d: (key(oof_scores[d]), -abs(d)))
        s = scores(ydv, answer(dev_scores, best))
        print(f"neutral shift chosen on out-of-fold train by {name}: {best:+.1f} (out-of-fold macro-F1 "
              f"{oof_scores[best]['macro_f1']:.4f}, at 0: {oof_scores[0.0]['macro_f1']:.4f}); dev accuracy "
              f"{s['accuracy']:.4f}  macro-F1 {s['macro_f1']:.4f}  neutral F1 {s['f1']['neutral']:.3f}", flush=True)


def show(dev, count):
    from sklearn.feature_extraction.text import CountVectorizer
    for p in dev[:count]:
        print(f"pair: {p[0][p[1]:p[2]]!r} ({p[3]}) in {p[0]!r}")
        for block, name in BLOCKS:
            for analyzer, ngrams in ANALYZERS:
                a = CountVectorizer(analyzer=analyzer, ngram_range=ngrams).build_analyzer()
                peer, mizan = set(a(view(block, p, lambda s: s))), set(a(view(block, p, fold)))
                print(f"  {name} {analyzer}: {len(peer)} peer, {len(mizan)} Mizan, only the peer's "
                      f"{sorted(peer - mizan)[:12]}, only Mizan's {sorted(mizan - peer)[:12]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split")
    ap.add_argument("--buckets", type=int, default=1 << 19)
    ap.add_argument("--variants", nargs="*", default=["peer", "folded", "mizan", "mizan-old"])
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--prior-shift", action="store_true", help="with the mizan variant: also a neutral logit "
                    "shift chosen on out-of-fold training predictions (3 more fits)")
    a = ap.parse_args()
    from sklearn.linear_model import LogisticRegression
    train = read_jsonl(os.path.join(a.split, "train.jsonl"))
    dev = read_jsonl(os.path.join(a.split, "dev.jsonl"))
    if a.show:
        show(dev, a.show)
    ytr, ydv = [p[3] for p in train], [p[3] for p in dev]
    for v in a.variants:
        t0 = time.perf_counter()
        if v in ("peer", "folded"):
            xtr, xdv = peer_features(train, dev, (lambda s: s) if v == "peer" else fold)
        else:
            xtr, xdv = mizan_features(train, dev, a.buckets, v == "mizan")
        clf = LogisticRegression(class_weight="balanced", max_iter=2000, tol=1e-6).fit(xtr, ytr)
        s = scores(ydv, list(clf.predict(xdv)))
        print(f"{v}: accuracy {s['accuracy']:.4f}  macro-F1 {s['macro_f1']:.4f}  F1 pos / neg / neu "
              f"{s['f1']['positive']:.3f} / {s['f1']['negative']:.3f} / {s['f1']['neutral']:.3f}  "
              f"objective {objective(clf, xtr, ytr, 1.0):.6f}  {time.perf_counter() - t0:.0f} s", flush=True)
        if a.prior_shift and v == "mizan":
            prior_shift(xtr, ytr, xdv, ydv, train)


if __name__ == "__main__":
    sys.exit(main())
