#pragma once
// Uncertainty measures of a model's answers, for ranking what to annotate next. Plain maths
// over probability vectors; higher always means "the model is less sure".
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace mizan {

// 1 - max p. 0 for an empty vector.
double leastConfidence(const std::vector<double> &probs);
// 1 - (p1 - p2) with p1 >= p2 the two largest (1 - p1 with a single class). 0 when empty.
double marginUncertainty(const std::vector<double> &probs);
// Shannon entropy in nats (terms with p <= 0 skipped).
double entropy(const std::vector<double> &probs);

// Total per-unit entropy of a tagger's marginals divided by the number of units (0 for none).
double meanTokenEntropy(const std::vector<std::vector<double>> &marginals);

// A span's posterior from per-unit marginals over BIO `labels`: the mean probability of its
// own labels (B-`type` on its first unit, I-`type` on the others). `units` are code-point
// ranges; the span covers the units inside [start, end). 0 when it covers none.
double spanPosterior(const std::vector<std::string> &labels,
                     const std::vector<std::pair<std::size_t, std::size_t>> &units,
                     const std::vector<std::vector<double>> &marginals, std::size_t start, std::size_t end,
                     const std::string &type);

// Sequence uncertainty from the lowest span posterior: 1 - min posterior over the predicted
// spans; with no span predicted, the largest probability that a unit is NOT outside
// (1 - P(O), `outsideIndex` in each row): the most likely missed span. 0 without units.
double lowestSpanUncertainty(const std::vector<double> &spanPosteriors,
                             const std::vector<std::vector<double>> &marginals, std::size_t outsideIndex);

} // namespace mizan
