#!/usr/bin/python3
"""Writes a BERT-base-wide model folder as QARiB publishes it, cut to a few layers, for the
real-size CLI test: hidden 768, 12 heads, feed-forward 3072, 64,000-piece vocabulary,
pytorch_model.bin only (torch.save zip, "bert." prefixes, BertForMaskedLM config), no
tokenizer_config.json. The same shapes as ../shared/tools/make_bert_base_like.py's "qarib"
folder, with LAYERS layers instead of 12; random weights (no pretrained ones can be had offline).

Usage: make_bert_base_cut.py OUT_DIR VOCAB_TXT LAYERS
Exit status 3 (and a line saying so) when python3-torch is not installed."""
import json
import os
import sys

try:
    import torch
except ImportError:
    print("python3-torch is not installed (apt-get install python3-torch)")
    sys.exit(3)


def main():
    out, vocab, layers = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    V, H, I = 64000, 768, 3072
    words = [w.rstrip("\n") for w in open(vocab, encoding="utf-8")]
    words = (words + [f"[unused{i}]" for i in range(V)])[:V]
    with open(os.path.join(out, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(words) + "\n")
    cfg = dict(architectures=["BertForMaskedLM"], attention_probs_dropout_prob=0.1, hidden_act="gelu",
               hidden_dropout_prob=0.1, hidden_size=H, initializer_range=0.02, intermediate_size=I,
               layer_norm_eps=1e-12, max_position_embeddings=512, model_type="bert", num_attention_heads=12,
               num_hidden_layers=layers, pad_token_id=0, type_vocab_size=2, vocab_size=V)
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(cfg, f, indent=2)
    g = torch.Generator().manual_seed(1)
    sd = {}

    def normal(name, *shape):
        sd[name] = torch.randn(*shape, generator=g) * 0.02

    def norm(prefix):
        sd[prefix + "LayerNorm.weight"] = torch.ones(H)
        sd[prefix + "LayerNorm.bias"] = torch.zeros(H)

    normal("bert.embeddings.word_embeddings.weight", V, H)
    normal("bert.embeddings.position_embeddings.weight", 512, H)
    normal("bert.embeddings.token_type_embeddings.weight", 2, H)
    norm("bert.embeddings.")
    for layer in range(layers):
        b = f"bert.encoder.layer.{layer}."
        for n in ("query", "key", "value"):
            normal(b + f"attention.self.{n}.weight", H, H)
            sd[b + f"attention.self.{n}.bias"] = torch.zeros(H)
        normal(b + "attention.output.dense.weight", H, H)
        sd[b + "attention.output.dense.bias"] = torch.zeros(H)
        norm(b + "attention.output.")
        normal(b + "intermediate.dense.weight", I, H)
        sd[b + "intermediate.dense.bias"] = torch.zeros(I)
        normal(b + "output.dense.weight", H, I)
        sd[b + "output.dense.bias"] = torch.zeros(H)
        norm(b + "output.")
    normal("bert.pooler.dense.weight", H, H)
    sd["bert.pooler.dense.bias"] = torch.zeros(H)
    torch.save(sd, os.path.join(out, "pytorch_model.bin"))
    print(out, sum(t.numel() for t in sd.values()), "parameters")


if __name__ == "__main__":
    main()
