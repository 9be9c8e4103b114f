#pragma once
// Multi-task sampling: one task per batch, as the notebook's MultitaskDataloader did.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "common/result.h"

namespace mizan {

enum class SamplingMode { Proportional, Temperature, RoundRobin };

// "proportional", "temperature", "round-robin".
const char *samplingModeName(SamplingMode mode);
// Parses a sampling mode name; InvalidArgument naming the accepted values when unknown.
Result<SamplingMode> parseSamplingMode(const std::string &name);

// Picks the task of each batch. Proportional: p_i = n_i / sum n; Temperature: p_i ~ n_i^(1/T)
// (T = 1 is proportional, large T tends to uniform); RoundRobin: 0, 1, ..., k-1, 0, ...
// Deterministic for a seed; its whole state (RNG included) round-trips through state() /
// restore() so a resumed run draws the same tasks as an uninterrupted one.
class TaskSampler {
public:
    // `sizes`: examples (or batches) per task, each > 0. temperature is used only by
    // Temperature mode and must be > 0. Invalid input throws std::invalid_argument.
    TaskSampler(std::vector<std::size_t> sizes, SamplingMode mode, double temperature = 1.0,
                std::uint64_t seed = 0);

    // The task index for the next batch.
    std::size_t next();
    // The probability of each task (round-robin: 1/k each).
    const std::vector<double> &probabilities() const { return m_probs; }
    std::size_t taskCount() const { return m_probs.size(); }

    // Serialised state (mode-independent text); restore() fails with ParseError on text that
    // state() did not produce.
    std::string state() const;
    Status restore(const std::string &state);

private:
    SamplingMode m_mode;
    std::vector<double> m_probs;
    std::vector<double> m_cumulative;
    std::mt19937_64 m_rng;
    std::uint64_t m_drawn = 0;
};

} // namespace mizan
