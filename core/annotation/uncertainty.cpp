#include "annotation/uncertainty.h"

#include <algorithm>
#include <cmath>

#include "baseline/baselinemodel.h"

namespace mizan {

double leastConfidence(const std::vector<double> &probs)
{
    if (probs.empty())
        return 0.0;
    return 1.0 - *std::max_element(probs.begin(), probs.end());
}

double marginUncertainty(const std::vector<double> &probs)
{
    if (probs.empty())
        return 0.0;
    double first = 0.0, second = 0.0;
    for (double p : probs) {
        if (p > first) {
            second = first;
            first = p;
        } else if (p > second) {
            second = p;
        }
    }
    return 1.0 - (first - second);
}

double entropy(const std::vector<double> &probs)
{
    double h = 0.0;
    for (double p : probs)
        if (p > 0.0)
            h -= p * std::log(p);
    return h;
}

double meanTokenEntropy(const std::vector<std::vector<double>> &marginals)
{
    if (marginals.empty())
        return 0.0;
    double total = 0.0;
    for (const auto &row : marginals)
        total += entropy(row);
    return total / double(marginals.size());
}

double spanPosterior(const std::vector<std::string> &labels,
                     const std::vector<std::pair<std::size_t, std::size_t>> &units,
                     const std::vector<std::vector<double>> &marginals, std::size_t start, std::size_t end,
                     const std::string &type)
{
    return spanMarginal(labels, units, marginals, start, end, type);
}

double lowestSpanUncertainty(const std::vector<double> &spanPosteriors,
                             const std::vector<std::vector<double>> &marginals, std::size_t outsideIndex)
{
    if (!spanPosteriors.empty())
        return 1.0 - *std::min_element(spanPosteriors.begin(), spanPosteriors.end());
    double best = 0.0;
    for (const auto &row : marginals)
        if (outsideIndex < row.size())
            best = std::max(best, 1.0 - row[outsideIndex]);
    return best;
}

} // namespace mizan
