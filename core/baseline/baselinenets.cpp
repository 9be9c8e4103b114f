#include "baseline/baselinenets.h"

namespace mizan {

const std::vector<std::string> &baselineTagLabels()
{
    static const std::vector<std::string> labels = {"O", "B-TARGET", "I-TARGET"};
    return labels;
}

BaselineTaggerImpl::BaselineTaggerImpl(std::int64_t buckets, std::vector<std::string> tagLabels)
    : labels(std::move(tagLabels))
{
    const auto tags = static_cast<std::int64_t>(labels.size());
    emb = register_module("emb", torch::nn::EmbeddingBag(
                                     torch::nn::EmbeddingBagOptions(buckets, tags).mode(torch::kSum).sparse(true)));
    torch::NoGradGuard noGrad;
    emb->weight.zero_();
    crf = register_module("crf", Crf(CrfOptions(tags).labels(labels)));
}

torch::Tensor BaselineTaggerImpl::emissions(const torch::Tensor &ids, const torch::Tensor &offsets)
{
    return emb(ids, offsets);
}

// Many bags as EmbeddingBag input: all ids concatenated, and where each bag starts.
std::pair<torch::Tensor, torch::Tensor> packBags(const std::vector<const std::vector<std::int64_t> *> &bags)
{
    std::vector<std::int64_t> ids, offsets;
    offsets.reserve(bags.size());
    for (const auto *bag : bags) {
        offsets.push_back(static_cast<std::int64_t>(ids.size()));
        ids.insert(ids.end(), bag->begin(), bag->end());
    }
    return {torch::tensor(ids, torch::kLong), torch::tensor(offsets, torch::kLong)};
}

TaggerBatch taggerBatch(BaselineTaggerImpl &net, const std::vector<const baseline::TaggerExample *> &batch)
{
    std::int64_t maxLen = 0;
    std::vector<const std::vector<std::int64_t> *> bags;
    std::vector<std::int64_t> positions;
    for (const auto *ex : batch)
        maxLen = std::max<std::int64_t>(maxLen, static_cast<std::int64_t>(ex->features.size()));
    const auto b = static_cast<std::int64_t>(batch.size());
    auto mask = torch::zeros({b, maxLen}, torch::kBool);
    auto tags = torch::zeros({b, maxLen}, torch::kLong);
    auto maskA = mask.accessor<bool, 2>();
    auto tagsA = tags.accessor<std::int64_t, 2>();
    for (std::int64_t i = 0; i < b; ++i) {
        const baseline::TaggerExample &ex = *batch[static_cast<std::size_t>(i)];
        for (std::size_t t = 0; t < ex.features.size(); ++t) {
            bags.push_back(&ex.features[t]);
            positions.push_back(i * maxLen + static_cast<std::int64_t>(t));
            maskA[i][static_cast<std::int64_t>(t)] = true;
            if (t < ex.tags.size())
                tagsA[i][static_cast<std::int64_t>(t)] = ex.tags[t];
        }
    }
    const auto labels = static_cast<std::int64_t>(net.labels.size());
    auto [ids, offsets] = packBags(bags);
    auto flat = net.emissions(ids, offsets);  // [units, L]
    auto padded = torch::zeros({b * maxLen, labels}).index_copy(0, torch::tensor(positions, torch::kLong), flat);
    return {padded.view({b, maxLen, labels}), mask, tags};
}

BaselineSentimentImpl::BaselineSentimentImpl(std::int64_t buckets, std::int64_t dim, std::int64_t classes, bool linear,
                                             bool tfidf, bool intercept, bool embeddingPath,
                                             std::int64_t denseRows)
{
    if (embeddingPath) {
        const auto embOptions = torch::nn::EmbeddingBagOptions(buckets, dim).mode(torch::kMean).sparse(true);
        emb = register_module("emb", torch::nn::EmbeddingBag(embOptions));
        torch::NoGradGuard noGrad;
        emb->weight.uniform_(-1.0 / static_cast<double>(dim), 1.0 / static_cast<double>(dim));
        out = register_module("out", torch::nn::Linear(3 * dim, classes));
    }
    if (linear) {
        lin = register_module(
            "lin",
            torch::nn::EmbeddingBag(
                torch::nn::EmbeddingBagOptions(buckets + denseRows, classes).mode(torch::kSum).sparse(true)));
        torch::NoGradGuard noGrad;
        lin->weight.zero_();
        if (tfidf)
            idf = register_parameter("idf", torch::ones({buckets}), /*requires_grad=*/false);
        if (intercept)
            linBias = register_parameter("lin_bias", torch::zeros({classes}), /*requires_grad=*/false);
    }
}

torch::Tensor BaselineSentimentImpl::forward(const std::vector<std::pair<torch::Tensor, torch::Tensor>> &bags,
                                             const std::vector<torch::Tensor> &weighted)
{
    torch::Tensor logits;
    if (emb) {
        std::vector<torch::Tensor> parts;
        parts.reserve(bags.size());
        for (const auto &[ids, offsets] : bags)
            parts.push_back(emb(ids, offsets));
        logits = out(torch::cat(parts, 1));
    }
    if (lin && weighted.size() == 3) {
        torch::Tensor l = lin(weighted[0], weighted[1], weighted[2]);
        if (linBias.defined())
            l = l + linBias;
        logits = logits.defined() ? logits + l : l;
    }
    return logits;
}

void BaselineModel::Impl::build(const BaselineOptions &opts, std::vector<std::string> labels,
                                const BaselineParts &parts)
{
    options = opts;
    polarityLabels = std::move(labels);
    taggerHasher = baseline::FeatureHasher(options.taggerBuckets);
    sentimentHasher = baseline::FeatureHasher(options.sentimentBuckets);
    tagger = parts.targets ? BaselineTagger(options.taggerBuckets, baselineTagLabels()) : BaselineTagger(nullptr);
    entityTagger = parts.entityLabels.empty() ? BaselineTagger(nullptr)
                                              : BaselineTagger(options.taggerBuckets, parts.entityLabels);
    const bool denseVectors = vectors && options.vectorSentiment && options.sentimentLinear;
    if (vectors && options.vectorTagger)
        taggerHasher.setVectors(vectors);
    if (denseVectors)
        sentimentHasher.setVectors(vectors);
    if (neighbours && options.neighbourTagger)
        taggerHasher.setNeighbours(neighbours);
    if (neighbours && options.neighbourSentiment)
        sentimentHasher.setNeighbours(neighbours);
    sentiment = parts.sentiment ? BaselineSentiment(options.sentimentBuckets, options.sentimentDim,
                                                    static_cast<std::int64_t>(polarityLabels.size()),
                                                    options.sentimentLinear, options.sentimentTfidf,
                                                    options.sentimentFeatures >= 3,
                                                    options.sentimentFeatures < 3 || options.sentimentEpochs > 0,
                                                    denseVectors ? std::int64_t(vectors->denseSize()) : 0)
                                : BaselineSentiment(nullptr);
}

BaselineParts BaselineModel::Impl::parts() const
{
    BaselineParts p;
    p.targets = !tagger.is_empty();
    p.sentiment = !sentiment.is_empty();
    if (!entityTagger.is_empty())
        p.entityLabels = entityTagger->labels;
    return p;
}

} // namespace mizan
