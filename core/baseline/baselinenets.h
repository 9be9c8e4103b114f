#pragma once
// INTERNAL to core/baseline (torch): the two networks of the baseline and the Impl behind
// BaselineModel's pimpl.
#include <torch/torch.h>

#include <atomic>
#include <random>
#include <string>
#include <vector>

#include "baseline/baselinedata.h"
#include "baseline/baselinemodel.h"
#include "baseline/featurehasher.h"
#include "baseline/rareneighbours.h"
#include "baseline/vectorfeatures.h"
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

// Many bags as EmbeddingBag input: all ids concatenated, and where each bag starts.
std::pair<torch::Tensor, torch::Tensor> packBags(const std::vector<const std::vector<std::int64_t> *> &bags);

// Emissions [B, T, L], mask [B, T] and (when every example has tags) tags [B, T] of a batch.
struct TaggerBatch {
    torch::Tensor emissions, mask, tags;
};
TaggerBatch taggerBatch(BaselineTaggerImpl &net, const std::vector<const baseline::TaggerExample *> &batch);

// Maximises the CRF log-likelihood of `tagged` with Adagrad (options.taggerLr, taggerEpochs,
// batchSize): per-feature step sizes suit sparse hashed features, and it takes the sparse
// gradients of the embedding tables, so a step costs the features seen, not the table. Reports
// each epoch as `part`; false when stopped.
bool trainTagger(BaselineTaggerImpl &tagger, const std::vector<baseline::TaggerExample> &tagged,
                 const BaselineOptions &options, std::mt19937_64 &rng, const std::string &part,
                 const BaselineProgressFn &progress, const std::atomic<bool> *stop);

// fastText-style: mean embedding of three bags (sentence, target, window) -> linear softmax;
// with `linear`, plus a logistic regression over the same features (weighted sums of
// per-feature class scores, see sentimentlinear.h), with `tfidf` its inputs TF-IDF weighted
// by `idf` (one per bucket, a parameter without gradient so that it is saved with the rest).
// With `intercept` the linear path has a bias per class (linBias, never penalised); without
// `embeddingPath` there is no emb / out (feature set 3 with 0 sentiment epochs: they would
// stay zero and only take room on disk).
struct BaselineSentimentImpl : torch::nn::Module {
    // `denseRows`: extra rows of the linear path for word-vector inputs (vectorfeatures.h).
    BaselineSentimentImpl(std::int64_t buckets, std::int64_t dim, std::int64_t classes, bool linear = false,
                          bool tfidf = false, bool intercept = false, bool embeddingPath = true,
                          std::int64_t denseRows = 0);
    // Each bag pair (ids, offsets) holds one bag per example; `weighted` (ids, offsets,
    // weights) one bag per example for the linear path (ignored without it). Returns logits
    // [examples, C].
    torch::Tensor forward(const std::vector<std::pair<torch::Tensor, torch::Tensor>> &bags,
                          const std::vector<torch::Tensor> &weighted = {});
    torch::nn::EmbeddingBag emb{nullptr};  // null without the embedding path
    torch::nn::Linear out{nullptr};
    torch::nn::EmbeddingBag lin{nullptr};  // null without the linear path
    torch::Tensor idf;                     // undefined without TF-IDF
    torch::Tensor linBias;                 // undefined without the intercept
};
TORCH_MODULE(BaselineSentiment);

// Sets the torch intra-op thread count for the duration of a call, then restores it.
class ThreadScope {
public:
    explicit ThreadScope(int threads) : m_saved(torch::get_num_threads())
    {
        if (threads > 0)
            torch::set_num_threads(threads);
    }
    ~ThreadScope() { torch::set_num_threads(m_saved); }

private:
    int m_saved;
};

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
    std::shared_ptr<const baseline::VectorFeatures> vectors;  // options.vectors loaded (null: none)
    std::shared_ptr<const baseline::RareNeighbours> neighbours;  // with options.rareNeighbours (null: none)

    // Builds fresh (untrained) networks for `options`, the polarity `labels` and `parts`
    // (`vectors` and `neighbours` set first when the options use them).
    void build(const BaselineOptions &opts, std::vector<std::string> labels, const BaselineParts &parts);
    BaselineParts parts() const;
};

} // namespace mizan
