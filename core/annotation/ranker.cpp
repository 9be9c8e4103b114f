#include "annotation/ranker.h"

#include <algorithm>
#include <numeric>
#include <random>

#include "annotation/neardup.h"
#include "annotation/uncertainty.h"

namespace mizan {
namespace {

struct StrategyName {
    RankStrategy strategy;
    const char *name;
};
const StrategyName kStrategies[] = {
    {RankStrategy::Random, "random"},     {RankStrategy::LeastConfidence, "least-confidence"},
    {RankStrategy::Margin, "margin"},     {RankStrategy::Entropy, "entropy"},
    {RankStrategy::SpanPosterior, "span-posterior"}, {RankStrategy::TokenEntropy, "token-entropy"},
};

bool isPolarityStrategy(RankStrategy s)
{
    return s == RankStrategy::LeastConfidence || s == RankStrategy::Margin || s == RankStrategy::Entropy;
}

double worstTarget(const SentenceSignals &s, double (*measure)(const std::vector<double> &))
{
    double worst = 0.0;
    for (const auto &p : s.polarity)
        worst = std::max(worst, measure(p));
    return worst;
}

} // namespace

const char *rankStrategyName(RankStrategy s)
{
    for (const StrategyName &n : kStrategies)
        if (n.strategy == s)
            return n.name;
    return "";
}

std::optional<RankStrategy> parseRankStrategy(const std::string &name)
{
    for (const StrategyName &n : kStrategies)
        if (name == n.name)
            return n.strategy;
    return std::nullopt;
}

const std::vector<RankStrategy> &allRankStrategies()
{
    static const std::vector<RankStrategy> all = {RankStrategy::Random,       RankStrategy::LeastConfidence,
                                                  RankStrategy::Margin,       RankStrategy::Entropy,
                                                  RankStrategy::SpanPosterior, RankStrategy::TokenEntropy};
    return all;
}

const char *rankPoolName(RankPool p)
{
    switch (p) {
    case RankPool::Unannotated: return "unannotated";
    case RankPool::Unreviewed: return "unreviewed";
    case RankPool::All: return "all";
    }
    return "";
}

std::optional<RankPool> parseRankPool(const std::string &name)
{
    for (RankPool p : {RankPool::Unannotated, RankPool::Unreviewed, RankPool::All})
        if (name == rankPoolName(p))
            return p;
    return std::nullopt;
}

bool inRankPool(const Sentence &s, RankPool pool)
{
    switch (pool) {
    case RankPool::Unannotated: return !s.reviewed && s.opinions.empty() && s.entities.empty();
    case RankPool::Unreviewed: return !s.reviewed;
    case RankPool::All: return true;
    }
    return false;
}

double strategyScore(const SentenceSignals &s, RankStrategy strategy)
{
    switch (strategy) {
    case RankStrategy::Random: return 0.0;
    case RankStrategy::LeastConfidence: return worstTarget(s, leastConfidence);
    case RankStrategy::Margin: return worstTarget(s, marginUncertainty);
    case RankStrategy::Entropy: return worstTarget(s, entropy);
    case RankStrategy::SpanPosterior: return lowestSpanUncertainty(s.spanPosteriors, s.marginals, s.outsideIndex);
    case RankStrategy::TokenEntropy: return meanTokenEntropy(s.marginals);
    }
    return 0.0;
}

Result<std::vector<double>> scoreTexts(const std::vector<std::string> &texts, const SignalSource *source,
                                       const RankOptions &options)
{
    using R = Result<std::vector<double>>;
    const RankStrategy strategy = options.strategy;
    std::vector<double> scores(texts.size(), 0.0);
    if (strategy == RankStrategy::Random) {
        std::mt19937_64 rng(options.seed);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        for (double &s : scores)
            s = uniform(rng);
        return scores;
    }
    if (!source)
        return R(ErrorCode::InvalidArgument,
                 std::string("the ") + rankStrategyName(strategy) + " strategy needs a model");
    if (strategy == RankStrategy::TokenEntropy && !source->hasMarginals())
        return R(ErrorCode::InvalidArgument,
                 "the token-entropy strategy needs CRF marginals, from a linear baseline in or beside the model "
                 "folder; this model has none (try span-posterior)");
    bool anyPolarity = false;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (options.stop && options.stop->load())
            return R(ErrorCode::Cancelled, "ranking stopped");
        auto signals = source->signals(texts[i]);
        if (!signals)
            return R(signals.status().code(), "sentence " + std::to_string(i + 1) + ": " + signals.error());
        anyPolarity = anyPolarity || !signals->polarity.empty();
        scores[i] = strategyScore(*signals, strategy);
        if (options.progress)
            options.progress(i + 1, texts.size());
    }
    if (isPolarityStrategy(strategy) && !anyPolarity && !texts.empty())
        return R(ErrorCode::InvalidArgument, std::string("the ") + rankStrategyName(strategy) +
                                                 " strategy needs target sentiment, and this model has none");
    return scores;
}

Result<std::vector<RankedIndex>> rankTexts(const std::vector<std::string> &texts, const SignalSource *source,
                                           const RankOptions &options)
{
    auto scores = scoreTexts(texts, source, options);
    if (!scores)
        return scores.status();
    std::vector<std::size_t> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return (*scores)[a] > (*scores)[b]; });
    const std::size_t count = options.top ? std::min(options.top, texts.size()) : texts.size();
    std::vector<std::size_t> picked;
    if (options.diversityThreshold > 1.0) {
        picked.assign(order.begin(), order.begin() + std::ptrdiff_t(count));
    } else {
        std::vector<std::vector<std::uint64_t>> signatures(texts.size());
        for (std::size_t i = 0; i < texts.size(); ++i)
            signatures[i] = ngramSignature(texts[i]);
        picked = pickDiverse(order, signatures, count, options.diversityThreshold);
    }
    std::vector<RankedIndex> out;
    for (std::size_t i : picked)
        out.push_back({i, (*scores)[i]});
    return out;
}

Result<std::vector<RankedSentence>> rankCorpora(const std::vector<const Corpus *> &corpora,
                                                const SignalSource *source, const RankOptions &options)
{
    std::vector<RankedSentence> candidates;
    std::vector<std::string> texts;
    for (std::size_t c = 0; c < corpora.size(); ++c)
        for (std::size_t d = 0; d < corpora[c]->documents.size(); ++d) {
            const Document &doc = corpora[c]->documents[d];
            for (std::size_t s = 0; s < doc.sentences.size(); ++s)
                if (inRankPool(doc.sentences[s], options.pool)) {
                    candidates.push_back({c, d, s, doc.sentences[s].id, doc.sentences[s].text, 0.0});
                    texts.push_back(doc.sentences[s].text);
                }
        }
    auto ranked = rankTexts(texts, source, options);
    if (!ranked)
        return ranked.status();
    std::vector<RankedSentence> out;
    for (const RankedIndex &r : *ranked) {
        out.push_back(std::move(candidates[r.index]));
        out.back().score = r.score;
    }
    return out;
}

} // namespace mizan
