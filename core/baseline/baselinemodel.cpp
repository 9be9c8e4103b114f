#include "baseline/baselinemodel.h"

#include <algorithm>
#include <numeric>
#include <random>

#include "baseline/baselinedata.h"
#include "baseline/baselinenets.h"
#include "common/utf8.h"

namespace mizan {
namespace {

using baseline::SentimentExample;
using baseline::TaggerExample;

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

// Emissions [B, T, L], mask [B, T] and (when every example has tags) tags [B, T] of a batch.
struct TaggerBatch {
    torch::Tensor emissions, mask, tags;
};

TaggerBatch taggerBatch(BaselineTaggerImpl &net, const std::vector<const TaggerExample *> &batch)
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
        const TaggerExample &ex = *batch[static_cast<std::size_t>(i)];
        for (std::size_t t = 0; t < ex.features.size(); ++t) {
            bags.push_back(&ex.features[t]);
            positions.push_back(i * maxLen + static_cast<std::int64_t>(t));
            maskA[i][static_cast<std::int64_t>(t)] = true;
            if (t < ex.tags.size())
                tagsA[i][static_cast<std::int64_t>(t)] = ex.tags[t];
        }
    }
    const auto labels = static_cast<std::int64_t>(baselineTagLabels().size());
    auto [ids, offsets] = packBags(bags);
    auto flat = net.emissions(ids, offsets);  // [units, L]
    auto padded = torch::zeros({b * maxLen, labels}).index_copy(0, torch::tensor(positions, torch::kLong), flat);
    return {padded.view({b, maxLen, labels}), mask, tags};
}

torch::Tensor sentimentLogits(BaselineSentimentImpl &net, const std::vector<const SentimentExample *> &batch)
{
    std::vector<const std::vector<std::int64_t> *> s, t, w;
    for (const auto *ex : batch) {
        s.push_back(&ex->sentence);
        t.push_back(&ex->target);
        w.push_back(&ex->window);
    }
    return net.forward({packBags(s), packBags(t), packBags(w)});
}

bool stopped(const std::atomic<bool> *stop) { return stop && stop->load(std::memory_order_relaxed); }

// Runs `epochs` passes of shuffled mini-batches over `n` examples; `step` returns the batch
// loss (a scalar with grad). Returns false when stopped.
template <typename StepFn>
bool runEpochs(std::size_t n, int epochs, int batchSize, std::mt19937_64 &rng, torch::optim::Optimizer &opt,
               const std::string &part, const BaselineProgressFn &progress, const std::atomic<bool> *stop,
               StepFn step)
{
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    const std::size_t bs = static_cast<std::size_t>(std::max(1, batchSize));
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        double total = 0.0;
        std::size_t batches = 0;
        for (std::size_t at = 0; at < n; at += bs) {
            if (stopped(stop))
                return false;
            std::vector<std::size_t> idx(order.begin() + static_cast<std::ptrdiff_t>(at),
                                         order.begin() + static_cast<std::ptrdiff_t>(std::min(n, at + bs)));
            opt.zero_grad();
            torch::Tensor loss = step(idx);
            loss.backward();
            opt.step();
            total += loss.item<double>();
            ++batches;
        }
        if (progress)
            progress({part, epoch, epochs, batches ? total / static_cast<double>(batches) : 0.0});
    }
    return true;
}

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

} // namespace

BaselineModel::BaselineModel() = default;
BaselineModel::~BaselineModel() = default;
BaselineModel::BaselineModel(BaselineModel &&) noexcept = default;
BaselineModel &BaselineModel::operator=(BaselineModel &&) noexcept = default;
BaselineModel::BaselineModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Result<BaselineModel> BaselineModel::train(const std::vector<const Sentence *> &sentences,
                                           const BaselineOptions &options, const BaselineProgressFn &progress,
                                           const std::atomic<bool> *stop)
{
    if (options.taggerBuckets <= 0 || options.sentimentBuckets <= 0 || options.sentimentDim <= 0)
        return Status(ErrorCode::InvalidArgument, "baseline: bucket counts and dimension must be positive");
    try {
        ThreadScope threads(options.threads);
        torch::manual_seed(options.seed);
        std::mt19937_64 rng(options.seed);
        auto impl = std::make_unique<Impl>();
        impl->build(options, {"positive", "negative", "neutral"});

        std::vector<TaggerExample> tagged;
        std::vector<SentimentExample> polar;
        std::vector<double> classCounts(impl->polarityLabels.size(), 0.0);
        for (const Sentence *s : sentences) {
            if (!s)
                continue;
            const baseline::UnitSentence us = baseline::prepareSentence(s->text);
            if (us.units.empty())
                continue;
            TaggerExample ex = baseline::taggerExample(impl->taggerHasher, us);
            ex.tags = baseline::bioTags(us.units, baseline::explicitTargetSpans(*s));
            tagged.push_back(std::move(ex));
            for (const Opinion &o : s->opinions) {
                if (o.isNull || o.to <= o.from)
                    continue;
                const auto label = std::find(impl->polarityLabels.begin(), impl->polarityLabels.end(),
                                             polarityName(o.polarity));
                if (label == impl->polarityLabels.end())
                    continue;  // conflict / none: not a class of the classifier
                SentimentExample se =
                    baseline::sentimentExample(impl->sentimentHasher, us, o.from, o.to, options.window);
                se.label = label - impl->polarityLabels.begin();
                classCounts[static_cast<std::size_t>(se.label)] += 1.0;
                polar.push_back(std::move(se));
            }
        }
        if (tagged.empty() || polar.empty())
            return Status(ErrorCode::InvalidArgument,
                          "baseline: no training data (need sentences with explicit targets and polarities)");

        // Tagger: maximise the CRF log-likelihood.
        impl->tagger->train();
        // Adagrad: per-feature step sizes suit sparse hashed features, and it takes the sparse
        // gradients of the embedding tables, so a step costs the features seen, not the table.
        torch::optim::Adagrad taggerOpt(impl->tagger->parameters(), torch::optim::AdagradOptions(options.taggerLr));
        BaselineTaggerImpl &tagger = *impl->tagger;
        const bool taggerDone = runEpochs(
            tagged.size(), options.taggerEpochs, options.batchSize, rng, taggerOpt, "tagger", progress, stop,
            [&](const std::vector<std::size_t> &idx) {
                std::vector<const TaggerExample *> batch;
                for (std::size_t i : idx)
                    batch.push_back(&tagged[i]);
                TaggerBatch tb = taggerBatch(tagger, batch);
                return -tagger.crf->logLikelihood(tb.emissions, tb.tags, tb.mask).mean();
            });
        if (!taggerDone)
            return Status(ErrorCode::Cancelled, "baseline training cancelled");

        // Sentiment: class-weighted cross-entropy.
        std::vector<double> weights(classCounts.size(), 1.0);
        const double total = std::accumulate(classCounts.begin(), classCounts.end(), 0.0);
        for (std::size_t c = 0; c < weights.size(); ++c)
            if (classCounts[c] > 0)
                weights[c] = std::pow(total / (static_cast<double>(weights.size()) * classCounts[c]),
                                      options.classWeightPower);
        const torch::Tensor classWeights = torch::tensor(weights, torch::kFloat);
        impl->sentiment->train();
        torch::optim::Adagrad sentOpt(impl->sentiment->parameters(), torch::optim::AdagradOptions(options.sentimentLr));
        BaselineSentimentImpl &sentiment = *impl->sentiment;
        const bool sentimentDone = runEpochs(
            polar.size(), options.sentimentEpochs, options.batchSize, rng, sentOpt, "sentiment", progress, stop,
            [&](const std::vector<std::size_t> &idx) {
                std::vector<const SentimentExample *> batch;
                std::vector<std::int64_t> labels;
                for (std::size_t i : idx) {
                    batch.push_back(&polar[i]);
                    labels.push_back(polar[i].label);
                }
                return torch::nn::functional::cross_entropy(
                    sentimentLogits(sentiment, batch), torch::tensor(labels, torch::kLong),
                    torch::nn::functional::CrossEntropyFuncOptions().weight(classWeights));
            });
        if (!sentimentDone)
            return Status(ErrorCode::Cancelled, "baseline training cancelled");
        impl->tagger->eval();
        impl->sentiment->eval();
        return BaselineModel(std::move(impl));
    } catch (const std::exception &e) {
        return Status(ErrorCode::Internal, std::string("baseline training failed: ") + e.what());
    }
}

std::vector<std::pair<std::size_t, std::size_t>> BaselineModel::predictTargetSpans(const std::string &text) const
{
    if (!m_impl)
        return {};
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    if (us.units.empty())
        return {};
    const TaggerExample ex = baseline::taggerExample(m_impl->taggerHasher, us);
    TaggerBatch tb = taggerBatch(*m_impl->tagger, {&ex});
    const auto paths = m_impl->tagger->crf->decode(tb.emissions, tb.mask);
    return baseline::spansFromTags(us.units, paths.at(0));
}

BaselineUnitTags BaselineModel::targetUnitTags(const std::string &text) const
{
    BaselineUnitTags out;
    if (!m_impl)
        return out;
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    if (us.units.empty())
        return out;
    const TaggerExample ex = baseline::taggerExample(m_impl->taggerHasher, us);
    TaggerBatch tb = taggerBatch(*m_impl->tagger, {&ex});
    const torch::Tensor m = m_impl->tagger->crf->marginals(tb.emissions, tb.mask)[0].to(torch::kDouble).contiguous();
    const auto ma = m.accessor<double, 2>();
    for (std::size_t u = 0; u < us.units.size(); ++u) {
        out.units.emplace_back(us.units[u].start, us.units[u].end);
        const auto i = static_cast<std::int64_t>(u);
        out.probs.push_back({ma[i][baseline::TagO], ma[i][baseline::TagB], ma[i][baseline::TagI]});
    }
    return out;
}

Result<BaselinePolarity> BaselineModel::predictPolarity(const std::string &text, std::size_t start,
                                                        std::size_t end) const
{
    if (!m_impl)
        return Status(ErrorCode::InvalidArgument, "baseline: the model is empty (not trained or loaded)");
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    if (start >= end || end > us.text.size())
        return Status(ErrorCode::InvalidArgument, "baseline: target span [" + std::to_string(start) + ", " +
                                                      std::to_string(end) + ") is empty or outside the text of " +
                                                      std::to_string(us.text.size()) + " characters");
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    const SentimentExample ex =
        baseline::sentimentExample(m_impl->sentimentHasher, us, start, end, m_impl->options.window);
    const auto probs = torch::softmax(sentimentLogits(*m_impl->sentiment, {&ex}), 1)[0].to(torch::kDouble);
    BaselinePolarity p;
    const auto best = probs.argmax().item<std::int64_t>();
    p.label = m_impl->polarityLabels.at(static_cast<std::size_t>(best));
    for (std::size_t c = 0; c < m_impl->polarityLabels.size(); ++c)
        p.scores.emplace_back(m_impl->polarityLabels[c], probs[static_cast<std::int64_t>(c)].item<double>());
    return p;
}

std::vector<BaselineTarget> BaselineModel::predict(const std::string &text) const
{
    std::vector<BaselineTarget> out;
    for (const auto &[start, end] : predictTargetSpans(text)) {
        BaselineTarget t;
        t.start = start;
        t.end = end;
        t.text = utf8::substr(text, start, end);
        if (auto p = predictPolarity(text, start, end); p.ok())
            t.polarity = std::move(*p);
        out.push_back(std::move(t));
    }
    return out;
}

const std::vector<std::string> &BaselineModel::polarityLabels() const
{
    static const std::vector<std::string> none;
    return m_impl ? m_impl->polarityLabels : none;
}

const BaselineOptions &BaselineModel::options() const
{
    static const BaselineOptions defaults;
    return m_impl ? m_impl->options : defaults;
}

bool BaselineModel::isValid() const { return m_impl != nullptr; }

} // namespace mizan
