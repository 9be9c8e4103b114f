#!/usr/bin/python3
"""Peer for bench_hfload: loads the same Hugging Face BERT folder with Debian's python3-torch
(torch.load(weights_only=True) of pytorch_model.bin into bench/model's BERT, same layout) and
times one fine-tune step (token head, AdamW). Prints one JSON line:
{"load_s", "load_cpu_s", "load_peak_mb", "step_ms", "step_min_ms", "step_cpu_ms", "step_peak_mb",
"threads"}
(wall times, and CPU times of the process: user + system). --load-only: no step."""
import argparse
import json
import os
import resource
import statistics
import sys
import time

import torch
from torch import nn

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "model"))
from model_peer import Model  # noqa: E402  (the same BERT as bench_model's peer)


def rename(name):
    """HF BertModel name -> model_peer.Model name (None: not part of the encoder)."""
    n = name[5:] if name.startswith("bert.") else name
    if n.startswith("cls.") or n == "embeddings.position_ids":
        return None
    n = n.replace("LayerNorm.gamma", "LayerNorm.weight").replace("LayerNorm.beta", "LayerNorm.bias")
    fixed = {"embeddings.word_embeddings.": "word.", "embeddings.position_embeddings.": "pos.",
             "embeddings.token_type_embeddings.": "token_type.", "embeddings.LayerNorm.": "norm.",
             "pooler.dense.": "pooler."}
    for a, b in fixed.items():
        if n.startswith(a):
            return b + n[len(a):]
    n = n.replace("encoder.layer.", "layers.")
    for a, b in {"attention.self.query.": "query.", "attention.self.key.": "key.", "attention.self.value.": "value.",
                 "attention.output.dense.": "attn_dense.", "attention.output.LayerNorm.": "attn_norm.",
                 "intermediate.dense.": "inter.", "output.dense.": "out.", "output.LayerNorm.": "out_norm."}.items():
        n = n.replace(a, b)
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--steps", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--load-only", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    cfg = json.load(open(os.path.join(args.dir, "config.json")))
    labels = 9
    t0, c0 = time.perf_counter(), time.process_time()
    state = torch.load(os.path.join(args.dir, "pytorch_model.bin"), map_location="cpu", weights_only=True)
    model = Model(cfg["vocab_size"], cfg["hidden_size"], cfg["num_hidden_layers"], cfg["num_attention_heads"],
                  cfg["intermediate_size"], labels, positions=cfg["max_position_embeddings"])
    mapped = {rename(k): v for k, v in state.items() if rename(k) is not None}
    del state
    missing, _ = model.load_state_dict(mapped, strict=False)
    del mapped
    load_s, load_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    load_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert set(missing) <= {"classifier.weight", "classifier.bias"}, missing

    result = {"load_s": load_s, "load_cpu_s": load_cpu_s, "load_peak_mb": load_peak_mb, "threads": torch.get_num_threads()}
    if args.load_only:
        print(json.dumps(result))
        return
    opt = torch.optim.AdamW(model.parameters(), lr=2e-5)
    ids = torch.randint(5, cfg["vocab_size"], (args.batch, args.seq))
    mask = torch.ones_like(ids)
    gold = torch.randint(0, labels, (args.batch, args.seq))

    def step():
        opt.zero_grad()
        logits = model(ids, mask)
        loss = nn.functional.cross_entropy(logits.reshape(-1, labels), gold.reshape(-1))
        loss.backward()
        opt.step()

    model.train()
    step()
    times, cpu = [], []
    for _ in range(args.steps):
        t, c = time.perf_counter(), time.process_time()
        step()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    result.update(step_ms=1000 * statistics.median(times), step_min_ms=1000 * min(times),
                  step_cpu_ms=1000 * statistics.median(cpu),
                  step_peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
