#include "batchpicker.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <numeric>
#include <sstream>

#include "annotation/baselinesignals.h"
#include "annotation/neardup.h"
#include "coverage.h"

namespace mizan {
namespace {

[[noreturn]] void fail(const std::string &what)
{
    std::cerr << "bench_active: " << what << '\n';
    std::exit(1);
}

// Indices of `scores`, highest first (stable: ties keep text order).
std::vector<std::size_t> orderOf(const std::vector<double> &scores, const std::vector<std::size_t> &among)
{
    std::vector<std::size_t> order = among;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    return order;
}

// Each strategy's scores as ranks in [0, 1] (1 = most uncertain), averaged.
std::vector<double> meanRank(const std::vector<std::vector<double>> &perStrategy)
{
    const std::size_t n = perStrategy.front().size();
    std::vector<double> mean(n, 0.0);
    std::vector<std::size_t> all(n);
    std::iota(all.begin(), all.end(), 0);
    for (const auto &scores : perStrategy) {
        const std::vector<std::size_t> order = orderOf(scores, all);
        for (std::size_t r = 0; r < n; ++r)
            mean[order[r]] += (n > 1 ? 1.0 - double(r) / double(n - 1) : 1.0) / double(perStrategy.size());
    }
    return mean;
}

// The predicted class of a sentence: neutral when any target is predicted neutral (the rare
// class), else the class of its first target.
std::size_t bucketOf(const SentenceSignals &s, std::size_t neutral)
{
    std::size_t first = 0;
    for (std::size_t t = 0; t < s.polarity.size(); ++t) {
        const auto &p = s.polarity[t];
        const std::size_t best = std::size_t(std::max_element(p.begin(), p.end()) - p.begin());
        if (best == neutral)
            return neutral;
        if (t == 0)
            first = best;
    }
    return first;
}

// Round-robin over the buckets' orders: equal shares while every bucket has candidates.
std::vector<std::size_t> interleave(const std::vector<std::vector<std::size_t>> &buckets)
{
    std::vector<std::size_t> merged;
    for (std::size_t i = 0;; ++i) {
        bool any = false;
        for (const auto &b : buckets)
            if (i < b.size()) {
                merged.push_back(b[i]);
                any = true;
            }
        if (!any)
            return merged;
    }
}

} // namespace

std::optional<PickConfig> parsePickConfig(const std::string &spec, std::string &error)
{
    PickConfig c;
    c.name = spec;
    std::stringstream parts(spec);
    std::string part;
    std::getline(parts, part, ':');
    std::stringstream names(part);
    for (std::string name; std::getline(names, name, '+');) {
        if (name == "cover") {
            c.cover = true;
            continue;
        }
        auto s = parseRankStrategy(name);
        if (!s) {
            error = "unknown strategy " + name + " in " + spec;
            return std::nullopt;
        }
        c.strategies.push_back(*s);
    }
    while (std::getline(parts, part, ':')) {
        if (part == "balanced")
            c.balanced = true;
        else if (part == "cover")
            c.cover = true;
        else if (part == "split")
            c.split = true;
        else if (part == "per-length")
            c.perLength = true;
        else if (part == "seed=cover")
            c.coverSeed = true;
        else if (part == "div=off")
            c.diversity = 2.0;
        else if (part.rfind("div=", 0) == 0)
            c.diversity = std::atof(part.c_str() + 4);
        else if (part.rfind("cold=", 0) == 0)
            c.coldRounds = std::size_t(std::atoi(part.c_str() + 5));
        else {
            error = "unknown option " + part + " in " + spec;
            return std::nullopt;
        }
    }
    if (c.strategies.empty() && !c.cover) {
        error = "no strategy in " + spec;
        return std::nullopt;
    }
    return c;
}

std::vector<std::size_t> pickBatch(const PickConfig &config, std::size_t round, const BaselineModel &model,
                                   const std::vector<std::string> &texts, const std::vector<std::string> &labelled,
                                   std::size_t count, std::uint64_t seed)
{
    RankOptions o;
    o.top = count;
    o.seed = seed;
    o.diversityThreshold = config.diversity;
    const bool random = config.isRandom() || round < config.coldRounds;
    if (config.cover && config.strategies.empty() && !random)
        return CoveragePicker(texts, labelled, config.perLength).pick({}, {}, count);
    if (random || (config.strategies.size() == 1 && !config.balanced && !config.cover)) {
        // The product's ranking, as `mizan rank` and the queue panel do it.
        o.strategy = random ? RankStrategy::Random : config.strategies[0];
        BaselineSignals signals(model);
        auto ranked = rankTexts(texts, random ? nullptr : &signals, o);
        if (!ranked)
            fail("ranking failed: " + ranked.error());
        std::vector<std::size_t> out;
        for (const RankedIndex &r : *ranked)
            out.push_back(r.index);
        return out;
    }
    BaselineSignals source(model);
    std::vector<std::vector<double>> perStrategy(config.strategies.size(), std::vector<double>(texts.size()));
    std::vector<std::size_t> bucket(texts.size(), 0);
    const auto &labels = model.polarityLabels();
    const std::size_t neutral = std::size_t(std::find(labels.begin(), labels.end(), "neutral") - labels.begin());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        auto s = source.signals(texts[i]);
        if (!s)
            fail("sentence " + std::to_string(i + 1) + ": " + s.error());
        for (std::size_t k = 0; k < config.strategies.size(); ++k)
            perStrategy[k][i] = strategyScore(*s, config.strategies[k]);
        bucket[i] = config.balanced ? bucketOf(*s, neutral) : 0;
    }
    if (config.cover) {
        std::vector<double> base = meanRank(perStrategy);  // ranks in [0, 1]: scales of the strategies differ
        for (double &b : base)
            b += 1.0 / double(texts.size());
        return CoveragePicker(texts, labelled, config.perLength).pick(base, config.balanced ? bucket : std::vector<std::size_t>{}, count);
    }
    std::vector<std::vector<std::uint64_t>> signatures(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i)
        signatures[i] = ngramSignature(texts[i]);
    if (config.split && perStrategy.size() > 1) {
        std::vector<std::size_t> all(texts.size());
        std::iota(all.begin(), all.end(), 0);
        std::vector<std::vector<std::size_t>> orders;
        for (const auto &scores : perStrategy)
            orders.push_back(orderOf(scores, all));
        std::vector<std::size_t> turns;  // each index once, at its first turn
        std::vector<bool> seen(texts.size(), false);
        for (std::size_t i : interleave(orders))
            if (!seen[i]) {
                seen[i] = true;
                turns.push_back(i);
            }
        return pickDiverse(turns, signatures, count, config.diversity);
    }
    const std::vector<double> scores = perStrategy.size() == 1 ? perStrategy[0] : meanRank(perStrategy);
    std::vector<std::vector<std::size_t>> members(*std::max_element(bucket.begin(), bucket.end()) + 1);
    for (std::size_t i = 0; i < texts.size(); ++i)
        members[bucket[i]].push_back(i);
    std::vector<std::vector<std::size_t>> orders;
    for (const auto &m : members)
        orders.push_back(orderOf(scores, m));
    return pickDiverse(interleave(orders), signatures, count, config.diversity);
}

std::vector<std::size_t> pickCoverSeed(const std::vector<std::string> &texts, std::size_t count, bool perLength)
{
    return CoveragePicker(texts, {}, perLength).pick({}, {}, count);
}

} // namespace mizan
