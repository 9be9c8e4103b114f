#pragma once
// Coverage-greedy batch selection for bench_active: a sentence is worth what it adds of the
// pool's character 4-grams (neardup.h's signature) that no labelled or already picked sentence
// has, each 4-gram weighted by log(1 + its document frequency in the pool) (representative
// before rare: a density weight). Picks are greedy, so every pick lowers the gain of the
// sentences that share its 4-grams: a batch spreads over what is not covered yet. With a
// strategy, the gain is multiplied by the sentence's uncertainty rank.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mizan {

class CoveragePicker {
public:
    // `candidates` may be picked; `labelled` are covered already. `perLength`: the gain is
    // divided by the square root of the sentence's 4-gram count, so long sentences do not win
    // by length alone.
    CoveragePicker(const std::vector<std::string> &candidates, const std::vector<std::string> &labelled,
                   bool perLength = false);

    // `count` indices of the candidates, greedily by base[i] * gain(i) (base empty: 1 each);
    // with `bucket` non-empty, the picks take turns over the buckets 0..max (class-balanced
    // batches) while every bucket has candidates left.
    std::vector<std::size_t> pick(const std::vector<double> &base, const std::vector<std::size_t> &bucket,
                                  std::size_t count);

private:
    double gain(std::size_t i) const;

    std::vector<std::vector<std::uint32_t>> m_features;  // per candidate, ids into m_weight
    std::vector<double> m_weight;                       // per feature id
    std::vector<bool> m_covered;                        // per feature id
    bool m_perLength = false;
};

} // namespace mizan
