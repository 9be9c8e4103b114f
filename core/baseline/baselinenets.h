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

// Emissions = sum of hashed feature weights (a linear feature CRF, as CRFsuite trains one).
struct BaselineTaggerImpl : torch::nn::Module {
    explicit BaselineTaggerImpl(std::int64_t buckets);
    // ids/offsets: one bag per unit -> emissions [units, tags].
    torch::Tensor emissions(const torch::Tensor &ids, const torch::Tensor &offsets);
    torch::nn::EmbeddingBag emb{nullptr};
    Crf crf{nullptr};
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

struct BaselineModel::Impl {
    BaselineOptions options;
    std::vector<std::string> polarityLabels;
    baseline::FeatureHasher taggerHasher{1};
    baseline::FeatureHasher sentimentHasher{1};
    BaselineTagger tagger{nullptr};
    BaselineSentiment sentiment{nullptr};

    // Builds fresh (untrained) networks for `options` and `labels`.
    void build(const BaselineOptions &opts, std::vector<std::string> labels);
};

} // namespace mizan
