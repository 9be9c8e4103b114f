#pragma once
// INTERNAL to core/baseline (torch): the network and Impl behind CategoryModel's pimpl.
#include <torch/torch.h>

#include <string>
#include <vector>

#include "baseline/baselinedata.h"
#include "baseline/categorymodel.h"
#include "baseline/featurehasher.h"

namespace mizan {

// One mean-pooled hashed embedding shared by three linear heads: sentence categories
// (one-vs-rest logits), a target's category, a (sentence, category) pair's polarity.
struct CategoryNetImpl : torch::nn::Module {
    CategoryNetImpl(std::int64_t buckets, std::int64_t dim, std::int64_t categories, std::int64_t polarities);
    // Each of `bags` one bag per example -> [examples, dim] per bag, concatenated.
    torch::Tensor pooled(const std::vector<const std::vector<std::int64_t> *> &bags);
    torch::Tensor sentenceLogits(const std::vector<const std::vector<std::int64_t> *> &sentences);
    torch::Tensor targetLogits(const std::vector<const baseline::SentimentFeatures *> &batch);
    torch::Tensor pairLogits(const std::vector<const baseline::SentimentFeatures *> &batch);
    // `head`'s logits (targetOut or pairOut) for examples whose sentence bag is held apart
    // (training): example i's is sentences[sentenceOf[i]], its own .sentence is left empty. Each
    // distinct sentence is pooled once for all its examples of the batch, where pooling a copy per
    // example made a long line with every word a target quadratic; same numbers as threeBags on
    // the copies (the shared row's gradient is its examples' summed).
    torch::Tensor heldLogits(torch::nn::Linear &head, const std::vector<const std::vector<std::int64_t> *> &sentences,
                             const std::vector<std::int64_t> &sentenceOf,
                             const std::vector<const baseline::SentimentFeatures *> &batch);
    torch::nn::EmbeddingBag emb{nullptr};
    torch::nn::Linear sentenceOut{nullptr}, targetOut{nullptr}, pairOut{nullptr};
};
TORCH_MODULE(CategoryNet);

struct CategoryModel::Impl {
    CategoryOptions options;
    CategoryThresholdChoice thresholdChoice;  // how train() chose options.threshold
    std::vector<std::string> labels;          // categories, sorted
    std::vector<std::string> polarityLabels;  // positive, negative, neutral
    baseline::FeatureHasher hasher{1};
    CategoryNet net{nullptr};

    void build(const CategoryOptions &opts, std::vector<std::string> categories, std::vector<std::string> polarities);
    // The pair example of (prepared sentence, category): the sentence bag, the category's own
    // features (category, entity, attribute) and its conjunctions with the sentence's words.
    baseline::SentimentFeatures pairFeatures(const baseline::UnitSentence &us,
                                             const std::vector<std::int64_t> &sentence,
                                             const std::string &category) const;

    // One sentence asked about several targets and categories (predictOpinions): prepared,
    // hashed and its bag pooled once ([1, dim]); pooling it per target or category made a long
    // line with many targets quadratic.
    struct PooledSentence {
        baseline::UnitSentence us;
        std::vector<std::int64_t> bag;
        torch::Tensor pooled;
    };
    PooledSentence poolSentence(const std::string &text);
    // The target head's logits for the target [start, end) and the pair head's for `category`,
    // [1, n]: the numbers targetLogits / pairLogits give on the full features.
    torch::Tensor targetLogits(const PooledSentence &s, std::size_t start, std::size_t end);
    torch::Tensor pairLogits(const PooledSentence &s, const std::string &category);
};

} // namespace mizan
