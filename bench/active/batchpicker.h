#pragma once
// bench_active's selection configurations: one or more ranking strategies (several are
// combined by the mean of their normalised ranks), the diversity threshold, a cold start of
// random rounds, and class-balanced batches (equal shares of the sentences predicted
// negative, neutral and positive, each share by uncertainty), coverage-greedy batches
// (coverage.h: the uncertainty rank times the weighted 4-grams a sentence adds) and a start
// set chosen by coverage instead of at random. Written as a spec:
//   STRATEGY[+STRATEGY...][:div=T|:div=off][:cold=K][:balanced][:cover][:seed=cover][:per-length]
// (:per-length: the coverage gain divided by the square root of the sentence's 4-gram count;
// :split: several strategies take turns filling the batch, each by its own order, instead of
// ranking by their mean rank)
// e.g. "entropy", "entropy+token-entropy:div=0.3", "token-entropy:cold=1:balanced",
// "cover:seed=cover" (coverage alone: the strategy name "cover" ranks nothing).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "annotation/ranker.h"
#include "baseline/baselinemodel.h"

namespace mizan {

struct PickConfig {
    std::string name;                      // the spec as given
    std::vector<RankStrategy> strategies;  // at least one
    double diversity = 0.5;                // RankOptions' default; > 1 disables the step
    std::size_t coldRounds = 0;            // rounds picked at random before the strategy takes over
    bool balanced = false;
    bool cover = false;      // coverage-greedy batches (the diversity step is not used then)
    bool split = false;      // strategies take turns (each its own order) instead of the mean rank
    bool perLength = false;  // coverage gain per sqrt(4-grams): no win by length alone
    bool coverSeed = false;  // the start set chosen by coverage (pickCoverSeed) instead of the shared random one
    bool isRandom() const { return !cover && strategies.size() == 1 && strategies[0] == RankStrategy::Random; }
};

// The config of `spec`, or nullopt with `error` set.
std::optional<PickConfig> parsePickConfig(const std::string &spec, std::string &error);

// The `count` indices of `texts` to label next under `config` in round `round` (0-based), with
// `model` trained on `labelled` so far. Exits the bench with a message on a model error.
std::vector<std::size_t> pickBatch(const PickConfig &config, std::size_t round, const BaselineModel &model,
                                   const std::vector<std::string> &texts, const std::vector<std::string> &labelled,
                                   std::size_t count, std::uint64_t seed);

// The `count` indices of `texts` a coverage-greedy pick takes with nothing labelled (the
// start set of a config with coverSeed; no model is needed).
std::vector<std::size_t> pickCoverSeed(const std::vector<std::string> &texts, std::size_t count, bool perLength);

} // namespace mizan
