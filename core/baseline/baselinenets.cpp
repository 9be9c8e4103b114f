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

BaselineSentimentImpl::BaselineSentimentImpl(std::int64_t buckets, std::int64_t dim, std::int64_t classes)
{
    emb = register_module("emb", torch::nn::EmbeddingBag(
                                     torch::nn::EmbeddingBagOptions(buckets, dim).mode(torch::kMean).sparse(true)));
    {
        torch::NoGradGuard noGrad;
        emb->weight.uniform_(-1.0 / static_cast<double>(dim), 1.0 / static_cast<double>(dim));
    }
    out = register_module("out", torch::nn::Linear(3 * dim, classes));
}

torch::Tensor BaselineSentimentImpl::forward(const std::vector<std::pair<torch::Tensor, torch::Tensor>> &bags)
{
    std::vector<torch::Tensor> parts;
    parts.reserve(bags.size());
    for (const auto &[ids, offsets] : bags)
        parts.push_back(emb(ids, offsets));
    return out(torch::cat(parts, 1));
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
    sentiment = parts.sentiment ? BaselineSentiment(options.sentimentBuckets, options.sentimentDim,
                                                    static_cast<std::int64_t>(polarityLabels.size()))
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
