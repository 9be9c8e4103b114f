#pragma once
// Tiny models and synthetic batches shared by the model tests (seconds on a CPU).
#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

#include "model/multitaskmodel.h"

namespace mizan::test {

inline BertConfig tinyConfig(double dropout = 0.1)
{
    BertConfig c;
    c.vocabSize = 40;
    c.hiddenSize = 32;
    c.numLayers = 2;
    c.numHeads = 2;
    c.intermediateSize = 64;
    c.maxPositions = 32;
    c.hiddenDropout = dropout;
    c.attentionDropout = dropout;
    return c;
}

inline std::vector<HeadSpec> tinyHeads(bool crf = true)
{
    return {{"entities", HeadKind::TokenClassification, {"O", "B-X", "I-X"}, crf, 0.1},
            {"polarity", HeadKind::SequenceClassification, {"neg", "pos"}, false, 0.1}};
}

// A learnable synthetic task: token 10..19 starts an entity (B-X), 20..29 continues it (I-X),
// everything else is O. For the sequence task a "pos" row draws its tokens from 4..21 and a
// "neg" row from 22..39. [CLS]=2 first, padding=0.
inline Batch syntheticBatch(const std::string &task, std::int64_t batch, std::int64_t len, std::uint64_t seed)
{
    auto gen = at::detail::createCPUGenerator(seed);
    auto ids = torch::randint(4, 40, {batch, len}, gen, torch::kLong);
    auto polarity = torch::randint(0, 2, {batch}, gen, torch::kLong);
    if (task != "entities")
        ids = torch::randint(4, 22, {batch, len}, gen, torch::kLong) + 18 * (1 - polarity).unsqueeze(1);
    ids.select(1, 0).fill_(2);
    auto mask = torch::ones({batch, len}, torch::kLong);
    mask[0].slice(0, len - 2).fill_(0);
    ids[0].slice(0, len - 2).fill_(0);
    Batch b{ids, torch::zeros_like(ids), mask, {}, {}, {}};
    if (task == "entities") {
        auto labels = torch::zeros_like(ids);
        labels.masked_fill_((ids >= 10) & (ids < 20), 1);
        labels.masked_fill_((ids >= 20) & (ids < 30), 2);
        labels.select(1, 0).fill_(-100);
        labels.masked_fill_(mask == 0, -100);
        b.labels = labels;
    } else {
        b.labels = polarity;
    }
    return b;
}

// Bags for a [B, T] batch of a model with 97 n-gram buckets: position (b, t) gets
// `perPosition` ids derived from its input id and `salt`; padding positions get none.
inline void addBags(Batch &b, int perPosition, std::int64_t salt)
{
    std::vector<std::int64_t> ids, starts;
    auto in = b.inputIds.contiguous();
    auto mask = b.attentionMask.contiguous();
    for (std::int64_t r = 0; r < in.size(0); ++r)
        for (std::int64_t t = 0; t < in.size(1); ++t) {
            starts.push_back(std::int64_t(ids.size()));
            if (mask[r][t].item<std::int64_t>() == 0)
                continue;
            for (int k = 0; k < perPosition; ++k)
                ids.push_back((in[r][t].item<std::int64_t>() * 7 + k * 13 + salt) % 97);
        }
    b.ngramIds = torch::tensor(ids, torch::kLong);
    b.ngramOffsets = torch::tensor(starts, torch::kLong);
}

} // namespace mizan::test
