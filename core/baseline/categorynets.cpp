#include "baseline/categorynets.h"

namespace mizan {

CategoryNetImpl::CategoryNetImpl(std::int64_t buckets, std::int64_t dim, std::int64_t categories,
                                 std::int64_t polarities)
{
    emb = register_module("emb", torch::nn::EmbeddingBag(
                                     torch::nn::EmbeddingBagOptions(buckets, dim).mode(torch::kMean).sparse(true)));
    {
        torch::NoGradGuard noGrad;
        emb->weight.uniform_(-1.0 / static_cast<double>(dim), 1.0 / static_cast<double>(dim));
    }
    sentenceOut = register_module("sentence", torch::nn::Linear(dim, categories));
    targetOut = register_module("target", torch::nn::Linear(3 * dim, categories));
    pairOut = register_module("pair", torch::nn::Linear(3 * dim, polarities));
}

torch::Tensor CategoryNetImpl::pooled(const std::vector<const std::vector<std::int64_t> *> &bags)
{
    std::vector<std::int64_t> ids, offsets;
    for (const auto *bag : bags) {
        offsets.push_back(static_cast<std::int64_t>(ids.size()));
        ids.insert(ids.end(), bag->begin(), bag->end());
    }
    return emb(torch::tensor(ids, torch::kLong), torch::tensor(offsets, torch::kLong));
}

torch::Tensor CategoryNetImpl::sentenceLogits(const std::vector<const std::vector<std::int64_t> *> &sentences)
{
    return sentenceOut(pooled(sentences));
}

namespace {

// The three bags of each example pooled and concatenated: [examples, 3 * dim].
torch::Tensor threeBags(CategoryNetImpl &net, const std::vector<const baseline::SentimentFeatures *> &batch)
{
    std::vector<const std::vector<std::int64_t> *> s, t, w;
    for (const auto *ex : batch) {
        s.push_back(&ex->sentence);
        t.push_back(&ex->target);
        w.push_back(&ex->window);
    }
    return torch::cat({net.pooled(s), net.pooled(t), net.pooled(w)}, 1);
}

} // namespace

torch::Tensor CategoryNetImpl::targetLogits(const std::vector<const baseline::SentimentFeatures *> &batch)
{
    return targetOut(threeBags(*this, batch));
}

torch::Tensor CategoryNetImpl::pairLogits(const std::vector<const baseline::SentimentFeatures *> &batch)
{
    return pairOut(threeBags(*this, batch));
}

torch::Tensor CategoryNetImpl::heldLogits(torch::nn::Linear &head,
                                          const std::vector<const std::vector<std::int64_t> *> &sentences,
                                          const std::vector<std::int64_t> &sentenceOf,
                                          const std::vector<const baseline::SentimentFeatures *> &batch)
{
    std::vector<const std::vector<std::int64_t> *> t, w;
    for (const auto *ex : batch) {
        t.push_back(&ex->target);
        w.push_back(&ex->window);
    }
    const torch::Tensor s = pooled(sentences).index_select(0, torch::tensor(sentenceOf, torch::kLong));
    return head(torch::cat({s, pooled(t), pooled(w)}, 1));
}

void CategoryModel::Impl::build(const CategoryOptions &opts, std::vector<std::string> categories,
                                std::vector<std::string> polarities)
{
    options = opts;
    labels = std::move(categories);
    polarityLabels = std::move(polarities);
    hasher = baseline::FeatureHasher(options.buckets);
    net = CategoryNet(options.buckets, options.dim, static_cast<std::int64_t>(labels.size()),
                      static_cast<std::int64_t>(polarityLabels.size()));
}

baseline::SentimentFeatures CategoryModel::Impl::pairFeatures(const baseline::UnitSentence &us,
                                                              const std::vector<std::int64_t> &sentence,
                                                              const std::string &category) const
{
    baseline::SentimentFeatures f;
    f.sentence = sentence;
    const std::size_t hash = category.find('#');
    const std::string entity = category.substr(0, hash);
    const std::string attribute = hash == std::string::npos ? std::string() : category.substr(hash + 1);
    f.target = {hasher.id("cat", category), hasher.id("ent", entity), hasher.id("attr", attribute)};
    for (const std::string &w : us.wordForms) {
        f.window.push_back(hasher.id("cat*w", category + '\x1f' + w));
        f.window.push_back(hasher.id("ent*w", entity + '\x1f' + w));
    }
    if (f.window.empty())
        f.window.push_back(hasher.id("cat*w", category));
    return f;
}

CategoryModel::Impl::PooledSentence CategoryModel::Impl::poolSentence(const std::string &text)
{
    PooledSentence s;
    s.us = baseline::prepareSentence(text);
    s.bag = hasher.sentenceFeatures(s.us.wordForms);
    s.pooled = net->pooled({&s.bag});
    return s;
}

namespace {

// The pooled sentence beside the example's own target and window bags (threeBags' layout).
torch::Tensor withSentence(CategoryNetImpl &net, const torch::Tensor &sentence, const baseline::SentimentFeatures &f)
{
    return torch::cat({sentence, net.pooled({&f.target}), net.pooled({&f.window})}, 1);
}

const std::vector<std::int64_t> kNoSentence;  // the features' own copy of the bag is not needed

} // namespace

torch::Tensor CategoryModel::Impl::targetLogits(const PooledSentence &s, std::size_t start, std::size_t end)
{
    const baseline::SentimentFeatures f =
        baseline::sentimentFeatures(hasher, s.us, start, end, options.window, &kNoSentence);
    return net->targetOut(withSentence(*net, s.pooled, f));
}

torch::Tensor CategoryModel::Impl::pairLogits(const PooledSentence &s, const std::string &category)
{
    return net->pairOut(withSentence(*net, s.pooled, pairFeatures(s.us, kNoSentence, category)));
}

} // namespace mizan
