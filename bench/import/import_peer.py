"""Peer for bench_import: xml.etree parse of a SemEval 2016 file plus the same sentiment
pairs and NULL-target list the C++ side builds. Prints: best_seconds pairs nulls."""
import sys
import time
import xml.etree.ElementTree as ET


def run(path):
    root = ET.parse(path).getroot()
    pairs, nulls = [], []
    for review in root.iter("Review"):
        for sentence in review.iter("sentence"):
            text = sentence.find("text").text or ""
            for op in sentence.iter("Opinion"):
                target = op.get("target")
                if target == "NULL":
                    nulls.append((text, op.get("category"), op.get("polarity")))
                    continue
                start, end = int(op.get("from")), int(op.get("to"))
                if text[start:end] != target:
                    raise ValueError(f"{sentence.get('id')}: offsets do not match")
                pairs.append((text, target, op.get("category"), op.get("polarity")))
    return pairs, nulls


def main():
    path, reps = sys.argv[1], int(sys.argv[2])
    best = float("inf")
    for _ in range(reps):
        start = time.perf_counter()
        pairs, nulls = run(path)
        best = min(best, time.perf_counter() - start)
    print(f"{best:.6f} {len(pairs)} {len(nulls)}")


if __name__ == "__main__":
    main()
