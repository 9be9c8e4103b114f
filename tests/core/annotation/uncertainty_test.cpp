// Uncertainty measures: values on hand-worked vectors and edge cases.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "annotation/uncertainty.h"

using namespace mizan;

TEST(Uncertainty, LeastConfidenceMarginEntropy)
{
    EXPECT_DOUBLE_EQ(leastConfidence({0.7, 0.2, 0.1}), 0.3);
    EXPECT_DOUBLE_EQ(marginUncertainty({0.2, 0.7, 0.1}), 0.5);
    EXPECT_DOUBLE_EQ(marginUncertainty({0.5, 0.5}), 1.0);
    EXPECT_NEAR(entropy({0.5, 0.5}), std::log(2.0), 1e-15);
    EXPECT_DOUBLE_EQ(entropy({1.0, 0.0}), 0.0);
    EXPECT_DOUBLE_EQ(leastConfidence({}), 0.0);
    EXPECT_DOUBLE_EQ(marginUncertainty({}), 0.0);
}

TEST(Uncertainty, TokenEntropyIsNormalisedByLength)
{
    const std::vector<double> sure = {1.0, 0.0, 0.0}, torn = {0.5, 0.5, 0.0};
    EXPECT_NEAR(meanTokenEntropy({sure, torn}), std::log(2.0) / 2, 1e-15);
    EXPECT_NEAR(meanTokenEntropy({sure, torn, sure, torn}), std::log(2.0) / 2, 1e-15);
    EXPECT_DOUBLE_EQ(meanTokenEntropy({}), 0.0);
}

TEST(Uncertainty, SpanPosteriorReadsBThenI)
{
    const std::vector<std::string> labels = {"O", "B-TARGET", "I-TARGET"};
    const std::vector<std::pair<std::size_t, std::size_t>> units = {{0, 3}, {4, 7}, {8, 10}};
    const std::vector<std::vector<double>> m = {{0.1, 0.8, 0.1}, {0.3, 0.1, 0.6}, {0.9, 0.05, 0.05}};
    EXPECT_DOUBLE_EQ(spanPosterior(labels, units, m, 0, 7, "TARGET"), (0.8 + 0.6) / 2);
    EXPECT_DOUBLE_EQ(spanPosterior(labels, units, m, 4, 7, "TARGET"), 0.1);
    EXPECT_DOUBLE_EQ(spanPosterior(labels, units, m, 11, 12, "TARGET"), 0.0);
}

TEST(Uncertainty, SpanPosteriorFindsItsUnitsLikeAScanOfAllUnits)
{
    // The units of a span are found by binary search; the answer is the scan's over every unit.
    const std::vector<std::string> labels = {"O", "B-X", "I-X"};
    std::mt19937 rng(7);
    for (int round = 0; round < 50; ++round) {
        std::vector<std::pair<std::size_t, std::size_t>> units;
        std::vector<std::vector<double>> m;
        for (std::size_t at = rng() % 3; units.size() < 40; at += 1 + rng() % 3) {
            const std::size_t end = at + 1 + rng() % 4;
            units.emplace_back(at, end);
            m.push_back({double(rng() % 100) / 100, double(rng() % 100) / 100, double(rng() % 100) / 100});
            at = end;
        }
        for (int q = 0; q < 40; ++q) {
            const std::size_t start = rng() % 200, end = start + rng() % 30;
            double sum = 0;
            std::size_t n = 0;
            for (std::size_t u = 0; u < units.size(); ++u)
                if (units[u].first >= start && units[u].second <= end)
                    sum += m[u][n++ == 0 ? 1 : 2];
            EXPECT_DOUBLE_EQ(spanPosterior(labels, units, m, start, end, "X"), n ? sum / double(n) : 0.0)
                << round << " [" << start << ", " << end << ")";
        }
    }
}

TEST(Uncertainty, LowestSpanOrLikeliestMissedSpan)
{
    EXPECT_DOUBLE_EQ(lowestSpanUncertainty({0.9, 0.6, 0.95}, {}, 0), 0.4);
    // No span predicted: the unit least likely to be O.
    EXPECT_DOUBLE_EQ(lowestSpanUncertainty({}, {{0.99, 0.01}, {0.7, 0.3}}, 0), 0.30000000000000004);
    EXPECT_DOUBLE_EQ(lowestSpanUncertainty({}, {}, 0), 0.0);
}
