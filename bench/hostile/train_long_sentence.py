#!/usr/bin/env python3
"""Training the linear baseline on one long sentence whose every word is an opinion target
(issue 13, class 4), as the `mizan` CLI does it: CPU seconds and peak memory of
`mizan baseline train` at each size, and the ratio to the size before (about 2 per doubling
when training is linear, 4 when quadratic).

The corpus is written here (nothing big is committed): one sentence of N words, every word a
target (polarities in turn), plus 39 short sentences with a target each.

  python3 bench/hostile/train_long_sentence.py --mizan build/app/cli/mizan [--sizes 500 1000 2000 4000]
  python3 bench/hostile/train_long_sentence.py --write 2000 > long.xml   # the corpus alone

The peer of each size is the same command at half the words (the printed ratio); pass
--peer OTHER_MIZAN to run another build (e.g. before a change) on the same files in the same run.
--categories trains the category head as well (the default of `mizan baseline train`; without it
the run passes --no-categories and measures the tagger and the sentiment head);
--sentiment-epochs N also trains the sentiment head's embedding path for N epochs.
"""
import argparse
import os
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape, quoteattr

WORDS = ["الغرفة", "نظيفة", "والموظفون", "لطفاء", "لكن", "الإفطار", "سيئ", "جدا", "والمسبح", "بارد"]
POLARITIES = ["positive", "negative", "neutral"]


def sentence_xml(sid, words, every_word):
    text = " ".join(words)
    opinions = []
    at = 0
    for k, w in enumerate(words):
        if every_word or k == 0:
            opinions.append('<Opinion target=%s category="HOTEL#GENERAL" polarity="%s" from="%d" to="%d"/>'
                            % (quoteattr(w), POLARITIES[k % 3], at, at + len(w)))
        at += len(w) + 1
    return ('<sentence id="%s"><text>%s</text><Opinions>%s</Opinions></sentence>'
            % (sid, escape(text), "".join(opinions)))


def corpus(n_words):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<Reviews>']
    long_words = [WORDS[k % len(WORDS)] for k in range(n_words)]
    parts.append('<Review rid="0"><sentences>%s</sentences></Review>' % sentence_xml("0:0", long_words, True))
    for r in range(1, 40):
        short = [WORDS[(r + k) % len(WORDS)] for k in range(6)]
        parts.append('<Review rid="%d"><sentences>%s</sentences></Review>' % (r, sentence_xml("%d:0" % r, short, False)))
    parts.append("</Reviews>\n")
    return "\n".join(parts)


def measure(mizan, xml_path, categories=False, sentiment_epochs=0):
    """CPU seconds (user + system) and peak resident MB of one `mizan baseline train`."""
    cmd = [mizan, "baseline", "train"] + ([] if categories else ["--no-categories"]) + [
        "--tagger-epochs", "1", "--threads", "1", "--dev-fraction", "0", "--train", xml_path]
    if sentiment_epochs:
        cmd += ["--sentiment-epochs", str(sentiment_epochs)]
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if status != 0:
        sys.exit("%s failed (%d): %s" % (" ".join(cmd), status, err[-2000:]))
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mizan", help="the mizan CLI to measure")
    ap.add_argument("--peer", help="another mizan CLI run on the same files (e.g. the build before a change)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    ap.add_argument("--categories", action="store_true", help="train the category head too (off: --no-categories)")
    ap.add_argument("--sentiment-epochs", type=int, default=0,
                    help="epochs of the sentiment head's embedding path (default 0: off, as in `mizan baseline train`)")
    ap.add_argument("--write", type=int, metavar="N", help="print the corpus of N words and exit")
    args = ap.parse_args()
    if args.write:
        sys.stdout.write(corpus(args.write))
        return
    if not args.mizan:
        ap.error("--mizan is required")
    runs = [("mizan", args.mizan)] + ([("peer", args.peer)] if args.peer else [])
    with tempfile.TemporaryDirectory() as tmp:
        previous = {}
        for n in args.sizes:
            path = os.path.join(tmp, "long%d.xml" % n)
            with open(path, "w", encoding="utf-8") as f:
                f.write(corpus(n))
            for name, binary in runs:
                cpu, peak = measure(binary, path, args.categories, args.sentiment_epochs)
                line = "%-6s words=%6d  CPU %8.2f s  peak %8.1f MB" % (name, n, cpu, peak)
                if name in previous:
                    pn, pcpu, ppeak = previous[name]
                    line += "  ratio to %d words: CPU %.2f, memory %.2f" % (pn, cpu / max(pcpu, 1e-9),
                                                                           peak / max(ppeak, 1e-9))
                print(line, flush=True)
                previous[name] = (n, cpu, peak)


if __name__ == "__main__":
    main()
