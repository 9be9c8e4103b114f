#!/usr/bin/python3
"""SemEval-2016 slot 1 (aspect categories) and slot 1+2 peer for Mizan's linear baseline.

scikit-learn one-vs-rest linear classifier (LinearSVC over TF-IDF word 1-2-grams and
character 2-5-grams within words) on the sentences of the same train/dev split Mizan uses
(reviews hashed with the seed: core/corpus/datasplit.cpp, re-implemented below). Slot 1+2
as the SemEval-2016 baseline does it: for each predicted category, the training targets of
that category found in the sentence become its targets, otherwise the opinion is NULL.

Scoring, written here independently of Mizan's: micro P/R/F1 over unique (sentence,
category) pairs (slot 1) and unique (sentence, category, target span) (slot 1+2; NULL
targets span (0, 0)). Prints one JSON object.

usage: categories.py TRAIN_XML [--seed 13] [--dev-fraction 0.1]
"""
import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC

MASK = (1 << 64) - 1


def splitmix64(x):
    x = (x + 0x9E3779B97F4A7C15) & MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK
    return x ^ (x >> 31)


def key_hash(ident, seed):
    h = 0xCBF29CE484222325
    for c in ident.encode("utf-8"):
        h = ((h ^ c) * 0x100000001B3) & MASK
    return splitmix64(h ^ splitmix64(seed))


def dev_ids(ids, fraction, seed):
    """The ids Mizan's splitIds puts in dev (lowest hashes; round half away from zero)."""
    n = len(ids)
    k = int(np.floor(fraction * n + 0.5))
    if n >= 2 and fraction > 0:
        k = min(max(k, 1), n - 1)
    ranked = sorted(range(n), key=lambda i: (key_hash(ids[i], seed), i))
    return {ids[i] for i in ranked[:k]}


def read_reviews(path):
    reviews = []
    for review in ET.parse(path).getroot().iter("Review"):
        sentences = []
        for s in review.iter("sentence"):
            text = s.findtext("text") or ""
            opinions = []
            for o in s.iter("Opinion"):
                target = o.get("target", "NULL")
                frm, to = int(o.get("from", "0")), int(o.get("to", "0"))
                null = target == "NULL" or to <= frm
                opinions.append((o.get("category", ""), null, 0 if null else frm, 0 if null else to, target))
            sentences.append((s.get("id"), text, opinions))
        reviews.append((review.get("rid"), sentences))
    return reviews


def prf(correct, predicted, gold):
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold": gold, "predicted": predicted, "correct": correct}


def score(gold_sets, pred_sets):
    correct = sum(len(g & p) for g, p in zip(gold_sets, pred_sets))
    return prf(correct, sum(map(len, pred_sets)), sum(map(len, gold_sets)))


def per_category(gold_sets, pred_sets):
    names = set().union(*gold_sets, *pred_sets)
    return {c: score([{x for x in g if x == c} for g in gold_sets], [{x for x in p if x == c} for p in pred_sets])
            for c in sorted(names)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    a = ap.parse_args()

    reviews = read_reviews(a.train)
    dev = dev_ids([r[0] for r in reviews], a.dev_fraction, a.seed)
    train_s = [s for rid, ss in reviews if rid not in dev for s in ss]
    dev_s = [s for rid, ss in reviews if rid in dev for s in ss]

    t0 = time.time()
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
    texts = [s[1] for s in train_s]
    x_train = hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
    x_dev = hstack([words.transform([s[1] for s in dev_s]), chars.transform([s[1] for s in dev_s])]).tocsr()
    mlb = MultiLabelBinarizer()
    y_train = mlb.fit_transform([{o[0] for o in s[2] if o[0]} for s in train_s])
    clf = OneVsRestClassifier(LinearSVC(C=1.0, random_state=a.seed)).fit(x_train, y_train)
    predicted = [set(mlb.classes_[np.flatnonzero(row)]) for row in clf.predict(x_dev)]
    seconds = time.time() - t0

    # Slot 1+2, the SemEval-2016 baseline's way: targets of the category seen in training.
    lexicon = {}
    for _, _, opinions in train_s:
        for category, null, _, _, target in opinions:
            if not null:
                lexicon.setdefault(category, set()).add(target)
    pred12 = []
    for (_, text, _), cats in zip(dev_s, predicted):
        items = set()
        for c in cats:
            spans = [(text.find(t), text.find(t) + len(t)) for t in lexicon.get(c, ()) if t and text.find(t) >= 0]
            if spans:
                items.update((c, False, f, t) for f, t in spans)
            else:
                items.add((c, True, 0, 0))
        pred12.append(items)

    gold1 = [{o[0] for o in s[2] if o[0]} for s in dev_s]
    gold12 = [{o[:4] for o in s[2] if o[0]} for s in dev_s]
    print(json.dumps({
        "peer": "scikit-learn %s OneVsRest(LinearSVC) on TF-IDF word 1-2 + char 2-5-grams" % __import__("sklearn").__version__,
        "train_sentences": len(train_s), "dev_sentences": len(dev_s), "categories": len(mlb.classes_),
        "train_seconds": seconds,
        "slot1": score(gold1, predicted), "slot12": score(gold12, pred12),
        "per_category": per_category(gold1, predicted)}))


if __name__ == "__main__":
    sys.exit(main())
