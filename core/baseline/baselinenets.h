#pragma once
// INTERNAL to core/baseline (torch): the two networks of the baseline and the Impl behind
// BaselineModel's pimpl.
#include <torch/torch.h>

#include <string>
#include <vector>

#include "baseline/baselinemodel.h"
#include "baseline/featurehasher.h"
#include "model/crf.h"

namespace mizan {

// O, B-TARGET, I-TARGET: the tagger's labels (constrained BIO decoding in the CRF).
const std::vector<std::string> &baselineTagLabels();

// Emissions = sum of hashed feature weights (a linear feature CRF, as CRFsuite trains one),
// over BIO `labels` ("O" first).
struct BaselineTaggerImpl : torch::nn::Module {
    BaselineTaggerImpl(std::int64_t buckets, std::vector<std::string> labels);
    // ids/offsets: one bag per unit -> emissions [units, tags].
    torch::Tensor emissions(const torch::Tensor &ids, const torch::Tensor &offsets);
    torch::nn::EmbeddingBag emb{nullptr};
    Crf crf{nullptr};
    std::vector<std::string> labels;
};
TORCH_MODULE(BaselineTagger);

// fastText-style: mean embedding of three bags (sentence, target, window) -> linear softmax.
struct BaselineSentimentImpl : torch::nn::Module {
    BaselineSentimentImpl(std::int64_t buckets, std::int64_t dim, std::int64_t classes);
    // Each bag pair (ids, offsets) holds one bag per example; returns logits [examples, C].
    torch::Tensor forward(const std::vector<std::pair<torch::Tensor, torch::Tensor>> &bags);
    torch::nn::EmbeddingBag emb{nullptr};
    torch::nn::Linear out{nullptr};
};
TORCH_MODULE(BaselineSentiment);

// Which parts a baseline has: each is trained only when the data has something for it.
struct BaselineParts {
    bool targets = false;
    bool sentiment = false;
    std::vector<std::string> entityLabels;  // BIO labels of the entity tagger; empty = none
};

struct BaselineModel::Impl {
    BaselineOptions options;
    std::vector<std::string> polarityLabels;
    baseline::FeatureHasher taggerHasher{1};
    baseline::FeatureHasher sentimentHasher{1};
    BaselineTagger tagger{nullptr};        // opinion targets (null when absent)
    BaselineTagger entityTagger{nullptr};  // entities (null when absent)
    BaselineSentiment sentiment{nullptr};  // target polarity (null when absent)

    // Builds fresh (untrained) networks for `options`, the polarity `labels` and `parts`.
    void build(const BaselineOptions &opts, std::vector<std::string> labels, const BaselineParts &parts);
    BaselineParts parts() const;
};

} // namespace mizan
