#include "baseline/baselinemodel.h"
#include "common/errortext.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "baseline/baselinedata.h"
#include "baseline/baselinenets.h"
#include "common/utf8.h"

namespace mizan {
namespace {

using baseline::SentimentFeatures;
using baseline::TaggerExample;

torch::Tensor sentimentLogits(BaselineSentimentImpl &net, const std::vector<const SentimentFeatures *> &batch)
{
    std::vector<const std::vector<std::int64_t> *> s, t, w;
    for (const auto *ex : batch) {
        s.push_back(&ex->sentence);
        t.push_back(&ex->target);
        w.push_back(&ex->window);
    }
    std::vector<torch::Tensor> weighted;
    if (net.lin) {  // the three bags of each example as one, each weighted 1/sqrt(its size)
        std::vector<std::int64_t> ids, offsets;
        std::vector<float> weights;
        for (const auto *ex : batch) {
            offsets.push_back(static_cast<std::int64_t>(ids.size()));
            for (const auto *bag : {&ex->sentence, &ex->target, &ex->window}) {
                ids.insert(ids.end(), bag->begin(), bag->end());
                weights.insert(weights.end(), bag->size(), 1.0f / std::sqrt(float(std::max<std::size_t>(1, bag->size()))));
            }
        }
        weighted = {torch::tensor(ids, torch::kLong), torch::tensor(offsets, torch::kLong), torch::tensor(weights)};
    }
    return net.forward({packBags(s), packBags(t), packBags(w)}, weighted);
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

// Polarity of each span of one prepared sentence; the sentence's own features are hashed once.
std::vector<BaselinePolarity> polaritiesOf(BaselineModel::Impl &m, const baseline::UnitSentence &us,
                                           const std::vector<std::pair<std::size_t, std::size_t>> &spans)
{
    torch::NoGradGuard noGrad;
    ThreadScope threads(m.options.threads);
    std::vector<BaselinePolarity> out;
    SentimentFeatures ex;
    ex.sentence = baseline::sentenceBag(m.sentimentHasher, us, m.options.sentimentFeatures);
    for (const auto &[start, end] : spans) {
        const SentimentFeatures one = baseline::sentimentFeatures(m.sentimentHasher, us, start, end, m.options.window, &ex.sentence,
                                                                     m.options.sentimentFeatures);
        const auto probs = torch::softmax(sentimentLogits(*m.sentiment, {&one}), 1)[0].to(torch::kDouble);
        BaselinePolarity p;
        const auto best = probs.argmax().item<std::int64_t>();
        p.label = m.polarityLabels.at(static_cast<std::size_t>(best));
        for (std::size_t c = 0; c < m.polarityLabels.size(); ++c)
            p.scores.emplace_back(m.polarityLabels[c], probs[static_cast<std::int64_t>(c)].item<double>());
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

BaselineModel::BaselineModel() = default;
BaselineModel::~BaselineModel() = default;
BaselineModel::BaselineModel(BaselineModel &&) noexcept = default;
BaselineModel &BaselineModel::operator=(BaselineModel &&) noexcept = default;
BaselineModel::BaselineModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

bool trainTagger(BaselineTaggerImpl &tagger, const std::vector<TaggerExample> &tagged, const BaselineOptions &options,
                 std::mt19937_64 &rng, const std::string &part, const BaselineProgressFn &progress,
                 const std::atomic<bool> *stop)
{
    tagger.train();
    torch::optim::Adagrad opt(tagger.parameters(), torch::optim::AdagradOptions(options.taggerLr));
    const bool done = runEpochs(tagged.size(), options.taggerEpochs, options.batchSize, rng, opt, part, progress, stop,
                                [&](const std::vector<std::size_t> &idx) {
                                    std::vector<const TaggerExample *> batch;
                                    for (std::size_t i : idx)
                                        batch.push_back(&tagged[i]);
                                    TaggerBatch tb = taggerBatch(tagger, batch);
                                    return -tagger.crf->logLikelihood(tb.emissions, tb.tags, tb.mask).mean();
                                });
    tagger.eval();
    return done;
}

namespace {

bool anyTarget(const std::vector<const Sentence *> &sentences)
{
    for (const Sentence *s : sentences)
        if (s && !baseline::explicitTargetSpans(*s).empty())
            return true;
    return false;
}

bool anyEntity(const std::vector<const Sentence *> &sentences)
{
    for (const Sentence *s : sentences)
        if (s && !s->entities.empty())
            return true;
    return false;
}

} // namespace

Result<BaselineModel> BaselineModel::train(const std::vector<const Sentence *> &sentences,
                                           const BaselineOptions &options, const BaselineProgressFn &progress,
                                           const std::atomic<bool> *stop)
{
    static const std::vector<const Sentence *> none;
    return train(anyTarget(sentences) ? sentences : none, anyEntity(sentences) ? sentences : none, options,
                 progress, stop);
}

Result<BaselineModel> BaselineModel::train(const std::vector<const Sentence *> &opinionSentences,
                                           const std::vector<const Sentence *> &entitySentences,
                                           const BaselineOptions &options, const BaselineProgressFn &progress,
                                           const std::atomic<bool> *stop)
{
    if (options.taggerBuckets <= 0 || options.sentimentBuckets <= 0 || options.sentimentDim <= 0)
        return Status(ErrorCode::InvalidArgument, "baseline: bucket counts and dimension must be positive");
    try {
        ThreadScope threads(options.threads);
        torch::manual_seed(options.seed);
        std::mt19937_64 rng(options.seed);
        const std::vector<std::string> polarityLabels = {"positive", "negative", "neutral"};
        baseline::FeatureHasher taggerHasher(options.taggerBuckets), sentimentHasher(options.sentimentBuckets);

        std::vector<TaggerExample> tagged, entityTagged;
        std::vector<SentimentFeatures> polar;
        std::vector<double> classCounts(polarityLabels.size(), 0.0);
        const bool targets = anyTarget(opinionSentences);
        for (const Sentence *s : opinionSentences) {
            if (!s || !targets)
                continue;
            const baseline::UnitSentence us = baseline::prepareSentence(s->text);
            if (us.units.empty())
                continue;
            TaggerExample ex = baseline::taggerExample(taggerHasher, us);
            ex.tags = baseline::bioTags(us.units, baseline::explicitTargetSpans(*s));
            tagged.push_back(std::move(ex));
            for (const Opinion &o : s->opinions) {
                if (o.isNull || o.to <= o.from)
                    continue;
                const auto label = std::find(polarityLabels.begin(), polarityLabels.end(), polarityName(o.polarity));
                if (label == polarityLabels.end())
                    continue;  // conflict / none: not a class of the classifier
                SentimentFeatures se = baseline::sentimentFeatures(sentimentHasher, us, o.from, o.to, options.window, nullptr,
                                                                      options.sentimentFeatures);
                se.label = label - polarityLabels.begin();
                classCounts[static_cast<std::size_t>(se.label)] += 1.0;
                polar.push_back(std::move(se));
            }
        }
        BaselineParts parts;
        parts.targets = !tagged.empty();
        parts.sentiment = !polar.empty();
        if (anyEntity(entitySentences)) {
            std::vector<std::string> types;
            for (const Sentence *s : entitySentences)
                if (s)
                    for (const EntitySpan &e : s->entities)
                        types.push_back(e.label);
            std::sort(types.begin(), types.end());
            types.erase(std::unique(types.begin(), types.end()), types.end());
            parts.entityLabels = {"O"};
            for (const std::string &t : types) {
                parts.entityLabels.push_back("B-" + t);
                parts.entityLabels.push_back("I-" + t);
            }
            for (const Sentence *s : entitySentences) {
                if (!s)
                    continue;
                const baseline::UnitSentence us = baseline::prepareSentence(s->text);
                if (us.units.empty())
                    continue;
                TaggerExample ex = baseline::taggerExample(taggerHasher, us);
                ex.tags = baseline::labelledBioTags(us.units, s->entities, parts.entityLabels);
                entityTagged.push_back(std::move(ex));
            }
        }
        if (tagged.empty() && entityTagged.empty())
            return Status(ErrorCode::InvalidArgument, "baseline: no training data (need sentences with explicit "
                                                      "opinion targets, or with entities)");
        auto impl = std::make_unique<Impl>();
        impl->build(options, polarityLabels, parts);

        if (impl->tagger && !trainTagger(*impl->tagger, tagged, options, rng, "tagger", progress, stop))
            return Status(ErrorCode::Cancelled, "baseline training cancelled");
        if (impl->entityTagger && !trainTagger(*impl->entityTagger, entityTagged, options, rng, "entities", progress, stop))
            return Status(ErrorCode::Cancelled, "baseline training cancelled");

        if (impl->sentiment) {
            // Class-weighted cross-entropy.
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
                    std::vector<const SentimentFeatures *> batch;
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
            impl->sentiment->eval();
        }
        return BaselineModel(std::move(impl));
    } catch (const std::exception &e) {
        return Status(ErrorCode::Internal, std::string("baseline training failed: ") + errorText(e));
    }
}

namespace {

// The units of `text` and the tagger's Viterbi tags over them, with `outsideBias` added to
// every O score.
std::pair<baseline::UnitSentence, std::vector<std::int64_t>> decodeUnits(BaselineTaggerImpl &tagger,
                                                                         const baseline::FeatureHasher &hasher,
                                                                         const std::string &text, double outsideBias)
{
    std::pair<baseline::UnitSentence, std::vector<std::int64_t>> out{baseline::prepareSentence(text), {}};
    if (out.first.units.empty())
        return out;
    const TaggerExample ex = baseline::taggerExample(hasher, out.first);
    TaggerBatch tb = taggerBatch(tagger, {&ex});
    if (outsideBias != 0.0)
        tb.emissions.select(2, 0).add_(outsideBias);  // label 0 is "O"
    out.second = tagger.crf->decode(tb.emissions, tb.mask).at(0);
    return out;
}

} // namespace

std::vector<std::pair<std::size_t, std::size_t>> BaselineModel::predictTargetSpans(const std::string &text) const
{
    if (!m_impl || !m_impl->tagger)
        return {};
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    const auto [us, tags] = decodeUnits(*m_impl->tagger, m_impl->taggerHasher, text, m_impl->options.outsideBias);
    return baseline::spansFromTags(us.units, tags);
}

namespace {

BaselineUnitTags unitTags(BaselineTaggerImpl &tagger, const baseline::FeatureHasher &hasher,
                          const baseline::UnitSentence &us)
{
    BaselineUnitTags out;
    out.labels = tagger.labels;
    if (us.units.empty())
        return out;
    const TaggerExample ex = baseline::taggerExample(hasher, us);
    TaggerBatch tb = taggerBatch(tagger, {&ex});
    const torch::Tensor m = tagger.crf->marginals(tb.emissions, tb.mask)[0].to(torch::kDouble).contiguous();
    const auto ma = m.accessor<double, 2>();
    for (std::size_t u = 0; u < us.units.size(); ++u) {
        out.units.emplace_back(us.units[u].start, us.units[u].end);
        std::vector<double> p(out.labels.size());
        for (std::size_t l = 0; l < p.size(); ++l)
            p[l] = ma[static_cast<std::int64_t>(u)][static_cast<std::int64_t>(l)];
        out.probs.push_back(std::move(p));
    }
    return out;
}

} // namespace

BaselineUnitTags BaselineModel::targetUnitTags(const std::string &text) const
{
    if (!m_impl || !m_impl->tagger)
        return {};
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    return unitTags(*m_impl->tagger, m_impl->taggerHasher, baseline::prepareSentence(text));
}

BaselineUnitTags BaselineModel::entityUnitTags(const std::string &text) const
{
    if (!m_impl || !m_impl->entityTagger)
        return {};
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    return unitTags(*m_impl->entityTagger, m_impl->taggerHasher, baseline::prepareSentence(text));
}

std::vector<EntitySpan> BaselineModel::predictEntities(const std::string &text) const
{
    if (!m_impl || !m_impl->entityTagger)
        return {};
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    const auto [us, tags] = decodeUnits(*m_impl->entityTagger, m_impl->taggerHasher, text, m_impl->options.outsideBias);
    return baseline::labelledSpansFromTags(us.units, tags, m_impl->entityTagger->labels);
}

std::vector<EntitySpan> BaselineModel::decodeWithEvidence(const std::string &text, bool entities,
                                                          const std::vector<std::vector<double>> &evidence,
                                                          double weight) const
{
    if (!m_impl || !(entities ? m_impl->entityTagger : m_impl->tagger))
        return {};
    BaselineTaggerImpl &tagger = entities ? *m_impl->entityTagger : *m_impl->tagger;
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    const auto labels = static_cast<std::int64_t>(tagger.labels.size());
    if (us.units.empty() || evidence.size() != us.units.size())
        return {};
    std::vector<double> extra;
    for (const auto &row : evidence) {
        if (static_cast<std::int64_t>(row.size()) != labels)
            return {};
        for (double p : row)
            extra.push_back(weight * std::log(std::max(p, 1e-6)));
    }
    const TaggerExample ex = baseline::taggerExample(m_impl->taggerHasher, us);
    TaggerBatch tb = taggerBatch(tagger, {&ex});
    tb.emissions.select(2, 0).add_(m_impl->options.outsideBias);
    tb.emissions.add_(torch::tensor(extra, torch::kDouble).to(torch::kFloat).view({1, -1, labels}));
    const auto tags = tagger.crf->decode(tb.emissions, tb.mask).at(0);
    return baseline::labelledSpansFromTags(us.units, tags, tagger.labels);
}

bool BaselineModel::hasTargets() const { return m_impl && m_impl->tagger; }
bool BaselineModel::hasSentiment() const { return m_impl && m_impl->sentiment; }

const std::vector<std::string> &BaselineModel::entityLabels() const
{
    static const std::vector<std::string> none;
    return m_impl && m_impl->entityTagger ? m_impl->entityTagger->labels : none;
}

Result<BaselinePolarity> BaselineModel::predictPolarity(const std::string &text, std::size_t start,
                                                        std::size_t end) const
{
    if (!m_impl)
        return Status(ErrorCode::InvalidArgument, "baseline: the model is empty (not trained or loaded)");
    if (!m_impl->sentiment)
        return Status(ErrorCode::InvalidArgument, "baseline: this model has no sentiment part (its training data had "
                                                  "no target polarities)");
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    if (start >= end || end > us.text.size())
        return Status(ErrorCode::InvalidArgument, "baseline: target span [" + std::to_string(start) + ", " +
                                                      std::to_string(end) + ") is empty or outside the text of " +
                                                      std::to_string(us.text.size()) + " characters");
    return polaritiesOf(*m_impl, us, {{start, end}}).front();
}

std::vector<BaselineTarget> BaselineModel::predict(const std::string &text) const
{
    std::vector<BaselineTarget> out;
    const auto spans = predictTargetSpans(text);
    if (spans.empty())
        return out;
    // The sentence is prepared once for all its targets (once per target was quadratic).
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    const std::u32string raw = utf8::decodeLossy(text);
    std::vector<BaselinePolarity> polarities;
    if (m_impl->sentiment)
        polarities = polaritiesOf(*m_impl, us, spans);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        BaselineTarget t;
        t.start = spans[i].first;
        t.end = spans[i].second;
        t.text = utf8::encode(std::u32string_view(raw).substr(t.start, t.end - t.start));
        if (i < polarities.size())
            t.polarity = std::move(polarities[i]);
        out.push_back(std::move(t));
    }
    return out;
}

const std::vector<std::string> &BaselineModel::polarityLabels() const
{
    static const std::vector<std::string> none;
    return m_impl && m_impl->sentiment ? m_impl->polarityLabels : none;
}

const BaselineOptions &BaselineModel::options() const
{
    static const BaselineOptions defaults;
    return m_impl ? m_impl->options : defaults;
}

bool BaselineModel::isValid() const { return m_impl != nullptr; }

} // namespace mizan
