#pragma once
// bench_active's selection configurations: one or more ranking strategies (several are
// combined by the mean of their normalised ranks), the diversity threshold, a cold start of
// random rounds, and class-balanced batches (equal shares of the sentences predicted
// negative, neutral and positive, each share by uncertainty). Written as a spec:
//   STRATEGY[+STRATEGY...][:div=T|:div=off][:cold=K][:balanced]
// e.g. "entropy", "entropy+token-entropy:div=0.3", "token-entropy:cold=1:balanced".
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
    bool isRandom() const { return strategies.size() == 1 && strategies[0] == RankStrategy::Random; }
};

// The config of `spec`, or nullopt with `error` set.
std::optional<PickConfig> parsePickConfig(const std::string &spec, std::string &error);

// The `count` indices of `texts` to label next under `config` in round `round` (0-based), with
// `model` trained on what is labelled so far. Exits the bench with a message on a model error.
std::vector<std::size_t> pickBatch(const PickConfig &config, std::size_t round, const BaselineModel &model,
                                   const std::vector<std::string> &texts, std::size_t count, std::uint64_t seed);

} // namespace mizan
