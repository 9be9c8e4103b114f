#!/usr/bin/python3
"""Peer for bench_model: the same BERT encoder + token-classification head as Mizan's built-in
model (post-LN, exact GELU, HF BertModel layout), written with Debian's python3-torch.
Prints one JSON line: {"step_ms", "infer_ms" (medians), "step_min_ms", "infer_min_ms" (fastest),
"step_cpu_ms", "infer_cpu_ms" (median process CPU time), "threads"}."""
import argparse
import json
import math
import statistics
import time

import torch
from torch import nn


class Layer(nn.Module):
    def __init__(self, h, heads, ffn, p):
        super().__init__()
        self.heads, self.dim = heads, h // heads
        self.query, self.key, self.value = nn.Linear(h, h), nn.Linear(h, h), nn.Linear(h, h)
        self.attn_dense, self.attn_norm = nn.Linear(h, h), nn.LayerNorm(h, eps=1e-12)
        self.inter, self.out, self.out_norm = nn.Linear(h, ffn), nn.Linear(ffn, h), nn.LayerNorm(h, eps=1e-12)
        self.attn_drop, self.drop = nn.Dropout(p), nn.Dropout(p)

    def forward(self, x, mask):
        b, t, _ = x.shape
        split = lambda y: y.view(b, t, self.heads, self.dim).transpose(1, 2)
        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.dim) + mask
        ctx = torch.matmul(self.attn_drop(torch.softmax(scores, -1)), v)
        ctx = ctx.transpose(1, 2).contiguous().view(b, t, -1)
        a = self.attn_norm(self.drop(self.attn_dense(ctx)) + x)
        return self.out_norm(self.drop(self.out(nn.functional.gelu(self.inter(a)))) + a)


class Model(nn.Module):
    def __init__(self, vocab, h, layers, heads, ffn, labels, p=0.1, positions=512):
        super().__init__()
        self.word, self.pos, self.token_type = nn.Embedding(vocab, h), nn.Embedding(positions, h), nn.Embedding(2, h)
        self.norm, self.drop = nn.LayerNorm(h, eps=1e-12), nn.Dropout(p)
        self.layers = nn.ModuleList([Layer(h, heads, ffn, p) for _ in range(layers)])
        self.pooler = nn.Linear(h, h)
        self.head_drop, self.classifier = nn.Dropout(p), nn.Linear(h, labels)

    def forward(self, ids, mask):
        t = ids.shape[1]
        x = self.word(ids) + self.token_type(torch.zeros_like(ids)) + self.pos(torch.arange(t).unsqueeze(0))
        x = self.drop(self.norm(x))
        add = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in self.layers:
            x = layer(x, add)
        torch.tanh(self.pooler(x[:, 0]))  # computed as in BertModel, unused by the token head
        return self.classifier(self.head_drop(x))


def timed(work, count):
    """Wall and process CPU seconds of each of `count` calls (as bench_model times its own)."""
    wall, cpu = [], []
    for _ in range(count):
        c0, t0 = time.process_time(), time.perf_counter()
        work()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return wall, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--vocab", type=int, default=16000)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seq", type=int, default=64)
    ap.add_argument("--infer-tokens", type=int, default=40)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    labels = 9
    model = Model(args.vocab, 256, 4, 4, 1024, labels)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4)
    ids = torch.randint(5, args.vocab, (args.batch, args.seq))
    mask = torch.ones_like(ids)
    gold = torch.randint(0, labels, (args.batch, args.seq))

    def step():
        opt.zero_grad()
        logits = model(ids, mask)
        loss = nn.functional.cross_entropy(logits.reshape(-1, labels), gold.reshape(-1), ignore_index=-100)
        loss.backward()
        opt.step()

    model.train()
    for _ in range(3):
        step()
    times, cpu = timed(step, args.steps)

    model.eval()
    one = torch.randint(5, args.vocab, (1, args.infer_tokens))
    one_mask = torch.ones_like(one)
    with torch.no_grad():
        for _ in range(5):
            model(one, one_mask)
        infer, infer_cpu = timed(lambda: model(one, one_mask), 30)
    print(json.dumps({"step_ms": 1000 * statistics.median(times), "infer_ms": 1000 * statistics.median(infer),
                      "step_min_ms": 1000 * min(times), "infer_min_ms": 1000 * min(infer),
                      "step_cpu_ms": 1000 * statistics.median(cpu), "infer_cpu_ms": 1000 * statistics.median(infer_cpu),
                      "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
