#!/usr/bin/python3
"""Peer for bench_train: the default preset's model (BERT post-LN, exact GELU, hashed character
n-gram bags summed into the input embeddings, pooler [+ target mean] + linear sentence-pair head)
and training loop (AdamW with no decay on bias/LayerNorm, linear schedule,
gradient clipping) in Debian's python3-torch, on the batches bench_train wrote.
Prints one JSON line: {"tokens_per_s", "step_ms", "peak_rss_mb"}."""
import argparse
import json
import math
import os
import resource
import sys
import time

import torch
from torch import nn

# The encoder layer is the one bench_model's peer uses (same architecture as Mizan's).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "model"))
from model_peer import Layer  # noqa: E402


class Model(nn.Module):
    def __init__(self, vocab, h, layers, heads, ffn, labels, p, positions, buckets=0, gram_dim=0, target_pooling=False):
        super().__init__()
        self.word, self.pos, self.token_type = nn.Embedding(vocab, h), nn.Embedding(positions, h), nn.Embedding(2, h)
        self.emb_norm, self.drop = nn.LayerNorm(h, eps=1e-12), nn.Dropout(p)
        self.layers = nn.ModuleList([Layer(h, heads, ffn, p) for _ in range(layers)])
        self.pooler = nn.Linear(h, h)
        self.grams = nn.EmbeddingBag(buckets, gram_dim, mode="sum") if buckets > 0 else None
        self.gram_proj = nn.Linear(gram_dim, h, bias=False) if buckets > 0 else None
        self.target_pooling = target_pooling
        self.head_drop = nn.Dropout(p)
        self.classifier = nn.Linear(2 * h if target_pooling else h, labels)

    def forward(self, ids, types, mask, bag_ids=None, bag_offsets=None):
        b, t = ids.shape
        x = self.word(ids) + self.token_type(types) + self.pos(torch.arange(t, device=ids.device).unsqueeze(0))
        if self.grams is not None:
            x = x + self.gram_proj(self.grams(bag_ids, bag_offsets)).view(b, t, -1)
        x = self.drop(self.emb_norm(x))
        add = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in self.layers:
            x = layer(x, add)
        cls = torch.tanh(self.pooler(x[:, 0]))
        if self.target_pooling:
            w = ((types == 1) & (mask != 0)).float().unsqueeze(2)
            cls = torch.cat([cls, (x * w).sum(1) / w.sum(1).clamp_min(1.0)], 1)
        return self.classifier(self.head_drop(cls))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--preset", required=True)
    ap.add_argument("--batches", required=True)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--precision", default="fp32", choices=["fp32", "bf16", "fp16"])
    a = ap.parse_args()
    dev = torch.device(a.device)
    amp = {"fp32": None, "bf16": torch.bfloat16, "fp16": torch.float16}[a.precision]
    scaler = torch.cuda.amp.GradScaler() if a.precision == "fp16" else None
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    p = json.load(open(a.preset))
    batches = json.load(open(a.batches))
    buckets = p.get("char_ngram_buckets", 0)
    model = Model(p["vocab_size"], p["hidden"], p["layers"], p["heads"], p["ffn"], 3, p["dropout"], max(p["max_length"], 128),
                  buckets, p.get("char_ngram_dim", 0) if buckets > 0 else 0, p.get("target_pooling", False))
    model.to(dev)
    model.train()
    norms = {id(q) for m in model.modules() if isinstance(m, nn.LayerNorm) for q in m.parameters()}
    decay = [q for n, q in model.named_parameters() if not (n.endswith("bias") or id(q) in norms)]
    no_decay = [q for n, q in model.named_parameters() if n.endswith("bias") or id(q) in norms]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": p["weight_decay"]},
                             {"params": no_decay, "weight_decay": 0.0}], lr=p["encoder_lr"], eps=1e-8)
    total, warm = len(batches), max(1, (len(batches) - a.warmup) // 10)
    tokens, seconds = 0.0, 0.0
    for s, batch in enumerate(batches):
        rows, bags = batch["ids"], batch["bags"]
        t0 = time.perf_counter()
        width = max(len(r) for r in rows)
        ids = torch.zeros(len(rows), width, dtype=torch.long)
        mask = torch.zeros(len(rows), width, dtype=torch.long)
        types = torch.zeros(len(rows), width, dtype=torch.long)
        bag_ids, bag_offsets = [], []
        for i, r in enumerate(rows):
            ids[i, :len(r)] = torch.tensor(r)
            mask[i, :len(r)] = 1
            types[i, max(1, len(r) - 4):len(r) - 1] = 1
            for t in range(width):
                bag_offsets.append(len(bag_ids))
                if buckets > 0 and t < len(bags[i]):
                    bag_ids.extend(bags[i][t])
        labels = torch.tensor([r[0] % 3 for r in rows])
        ids, types, mask, labels = (t.to(dev, non_blocking=True) for t in (ids, types, mask, labels))
        bag_ids_t = torch.tensor(bag_ids, dtype=torch.long).to(dev)
        bag_offsets_t = torch.tensor(bag_offsets, dtype=torch.long).to(dev)
        with torch.autocast(dev.type, dtype=amp, enabled=amp is not None):
            logits = model(ids, types, mask, bag_ids_t, bag_offsets_t)
            loss = nn.functional.cross_entropy(logits.float(), labels)
        opt.zero_grad(set_to_none=False)
        (scaler.scale(loss) if scaler else loss).backward()
        if scaler:
            scaler.unscale_(opt)
        torch.nn.utils.clip_grad_norm_(model.parameters(), p["clip_norm"])
        step = s + 1
        factor = step / warm if step < warm else max(0.0, (total - step) / max(1, total - warm))
        for g in opt.param_groups:
            g["lr"] = p["encoder_lr"] * factor
        if scaler:
            scaler.step(opt)
            scaler.update()
        else:
            opt.step()
        if dev.type == "cuda":
            torch.cuda.synchronize()
        dt = time.perf_counter() - t0
        if s >= a.warmup:
            seconds += dt
            tokens += sum(len(r) for r in rows)
    timed = len(batches) - a.warmup
    print(json.dumps({"tokens_per_s": tokens / seconds, "step_ms": 1000 * seconds / timed,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
