#!/usr/bin/python3
"""Peer for bench_text: the same job in Python with NLTK 3.8's ISRIStemmer.

Reads sentences (one per line, UTF-8) from the file given as argv[1], then, timed:
normalises each sentence the way the "light" preset does (NFC, invisible marks, URLs /
e-mails / mentions -> tokens, tashkeel, tatweel, letters repeated 3+ times, white space),
splits it into words and punctuation, and ISRI-stems the Arabic words. Writes the stemmed
sentences to argv[2]. Then, timed on its own, stems every word of argv[4] (one per line,
the words mizan's segmenter found) and writes the stems to argv[5]. Prints the best CPU time (process_time: the build machines are shared, so wall time says
more about the neighbours than about the code) over argv[3] repetitions as JSON."""
import json
import re
import sys
import time
import unicodedata

from nltk.stem.isri import ISRIStemmer

INVISIBLE = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u200b\ufeff]")
URL = re.compile(r"(?:https?://|www\.)\S+?(?=[.,;:!?)\]}'\"\u060c\u061b\u061f\u06d4]*(?:\s|$))", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
MENTION = re.compile(r"(?<![\w@])@\w+")
TASHKEEL_TATWEEL = re.compile("[\u064b-\u0652\u0670\u0640]")
REPEATS = re.compile(r"([^\W\d_])\1{2,}")
TOKENS = re.compile(r"\[رابط\]|\[بريد\]|\[مستخدم\]|[^\W\d_]+|\d+|[^\w\s]+")
ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def process(stemmer, sentence):
    text = unicodedata.normalize("NFC", sentence)
    text = INVISIBLE.sub("", text)
    text = URL.sub("[رابط]", text)
    text = EMAIL.sub("[بريد]", text)
    text = MENTION.sub("[مستخدم]", text)
    text = TASHKEEL_TATWEEL.sub("", text)
    text = REPEATS.sub(r"\1", text)
    text = " ".join(text.split())
    out = []
    for tok in TOKENS.findall(text):
        out.append(stemmer.stem(tok) if ARABIC_WORD.match(tok) else tok)
    return " ".join(out)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        sentences = f.read().split("\n")
    reps = int(sys.argv[3])
    stemmer = ISRIStemmer()
    best = None
    for _ in range(reps):
        start = time.process_time()
        result = [process(stemmer, s) for s in sentences]
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("\n".join(result))

    with open(sys.argv[4], encoding="utf-8") as f:
        words = f.read().split("\n")
    best_words = None
    for _ in range(reps):
        start = time.process_time()
        stems = [stemmer.stem(w) for w in words]
        elapsed = time.process_time() - start
        best_words = elapsed if best_words is None else min(best_words, elapsed)
    with open(sys.argv[5], "w", encoding="utf-8") as f:
        f.write("\n".join(stems))
    print(json.dumps({"seconds": best, "sentences": len(sentences), "stem_seconds": best_words, "words": len(words)}))


if __name__ == "__main__":
    main()
