#!/usr/bin/env bash
# Seeds for one fuzz target (fuzz/CMakeLists.txt), from tests/data and a few small valid
# files written here: bash fuzz/seeds.sh TARGET DIR
set -euo pipefail
cd "$(dirname "$0")/.."
t=$1 out=$2
mkdir -p "$out"
copy() { for f in "$@"; do [ -f "$f" ] && cp "$f" "$out/" || true; done; }
case "$t" in
  semevalxml) copy tests/data/train/*.xml tests/data/bad/*.xml ;;
  conll) copy tests/data/bad/*.conll
         printf 'الفندق B-LOC\nجميل O\n\n-DOCSTART- O\n\nw1\tI-PER\nw2\tI-PER\n' >"$out/valid.conll" ;;
  jsonl) copy tests/data/bad/*.jsonl tests/data/bad/*.json
         printf '{"mizan_corpus": 1, "semeval_flavor": "2016-sentence"}\n{"id": "1", "sentences": [{"id": "1:0", "text": "الفندق جميل", "opinions": [{"target": "الفندق", "category": "HOTEL#GENERAL", "polarity": "positive", "from": 0, "to": 6}], "entities": [[0, 6, "LOC"]]}]}\n' >"$out/mizan.jsonl"
         printf '{"text": "abc def", "label": [[0, 3, "X"], {"start_offset": 4, "end_offset": 7, "label": "Y"}]}\n' >"$out/doccano.jsonl" ;;
  safetensors) python3 - "$out/tiny.safetensors" <<'PY'
import json, struct, sys
header = json.dumps({"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
                     "b": {"dtype": "I64", "shape": [1, 1], "data_offsets": [8, 16]},
                     "__metadata__": {"format": "pt"}}).encode()
open(sys.argv[1], "wb").write(struct.pack("<Q", len(header)) + header + bytes(16))
PY
               ;;
  bertconfig) copy tests/data/bad/model_config*.json
              printf '{"model_type": "bert", "vocab_size": 100, "hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2, "intermediate_size": 64, "max_position_embeddings": 64, "type_vocab_size": 2, "hidden_act": "gelu", "layer_norm_eps": 1e-12, "pad_token_id": 0}\n' >"$out/config.json" ;;
  vocab) copy tests/data/tokenize/*.txt tests/data/bad/tokenize_vocab_invalid_utf8.txt
         printf '[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nال\n##ة\n' >"$out/vocab.txt" ;;
  tokenizerconfig) copy tests/data/bad/tokenize_config*.json
                   printf '{"do_lower_case": false, "strip_accents": null, "never_split": ["[X]"], "unk_token": "[UNK]", "model_max_length": 512, "added_tokens_decoder": {"0": {"content": "[PAD]"}}}\n' >"$out/tokenizer_config.json" ;;
  preset) copy resources/presets/*.json ;;
  vectorsmeta) printf '{"format": "mizan-word-vectors", "version": 1, "model": "fasttext-skipgram", "dim": 100, "minn": 2, "maxn": 5, "epoch": 5, "window": 5, "min_count": 3, "negatives": 5, "buckets": 200000, "seed": 13, "sampling": 0.0001, "normalisation": "baseline-words-1", "words": 43121, "bin_bytes": 120000000, "bin_sha256": "%064d", "train_seconds": 149.0, "sources": ["a.txt"]}\n' 0 >"$out/vectors.json" ;;
  baselineconfig) printf '{"model_type": "mizan-baseline", "format_version": 2, "polarity_labels": ["negative", "neutral", "positive"], "tag_labels": ["O", "B", "I"], "parts": {"targets": true, "sentiment": true, "entity_labels": ["O", "B-LOC", "I-LOC"]}, "options": {"tagger_buckets": 1024, "sentiment_buckets": 512, "sentiment_dim": 8, "tagger_epochs": 1, "sentiment_epochs": 1, "batch_size": 4, "tagger_lr": 0.1, "sentiment_lr": 0.1, "class_weight_power": 0.75, "window": 6, "seed": 13, "outside_bias": -0.5, "threads": 1}}\n' >"$out/baseline.json" ;;
  textpipeline) copy tests/data/bad/tokenize_corpus_invalid_utf8.txt
                printf '\x15وَالْفَنْدُقُ جميلٌ جداً!! http://x.y/z ١٢٣ بالفندق، وللموقع' >"$out/arabic.txt"
                printf '\x07ب\xd9\x8e\xd9\x8e\xd9\x8e\xd9\x8e ﻻ ﷺ Ａ' >"$out/marks.txt" ;;
  torchcheckpoint) copy tests/data/model/*.bin tests/data/bad/*.bin
                   [ -d "${MIZAN_SHARED_DIR:-../shared}/fixtures/torch-pickle" ] &&
                     copy "${MIZAN_SHARED_DIR:-../shared}"/fixtures/torch-pickle/*.bin
                   # The bare pickles inside the zip checkpoints, and a small legacy one.
                   python3 - "$out" <<'PY'
import glob, os, pickle, sys, zipfile
out = sys.argv[1]
for path in glob.glob(os.path.join(out, "*.bin")):
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith("data.pkl"):
                    open(os.path.join(out, os.path.basename(path) + ".data.pkl"), "wb").write(z.read(name))
open(os.path.join(out, "plain.pkl"), "wb").write(pickle.dumps({"a": [1, 2.5, "x", b"y", None, True]}, protocol=2))
PY
                   ;;
  *) echo "seeds.sh: unknown target $t" >&2; exit 2 ;;
esac
