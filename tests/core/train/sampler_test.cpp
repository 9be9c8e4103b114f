#include "train/sampler.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace mizan;

namespace {

std::vector<double> observed(TaskSampler &s, int draws)
{
    std::vector<double> counts(s.taskCount(), 0.0);
    for (int i = 0; i < draws; ++i)
        counts[s.next()] += 1.0;
    for (double &c : counts)
        c /= draws;
    return counts;
}

} // namespace

TEST(TaskSampler, ProportionalMatchesTaskSizes)
{
    TaskSampler s({9620, 3900, 100}, SamplingMode::Proportional, 1.0, 7);
    const double total = 9620 + 3900 + 100;
    EXPECT_NEAR(s.probabilities()[0], 9620 / total, 1e-12);
    EXPECT_NEAR(s.probabilities()[2], 100 / total, 1e-12);
    const auto freq = observed(s, 200000);
    for (std::size_t i = 0; i < freq.size(); ++i)
        EXPECT_NEAR(freq[i], s.probabilities()[i], 0.005) << "task " << i;
}

TEST(TaskSampler, TemperatureFlattensTowardsUniform)
{
    TaskSampler t2({900, 100}, SamplingMode::Temperature, 2.0, 1);
    // p ~ n^(1/2): 30 and 10.
    EXPECT_NEAR(t2.probabilities()[0], 0.75, 1e-12);
    EXPECT_NEAR(t2.probabilities()[1], 0.25, 1e-12);
    const auto freq = observed(t2, 100000);
    EXPECT_NEAR(freq[0], 0.75, 0.006);
    TaskSampler t1({900, 100}, SamplingMode::Temperature, 1.0, 1);
    EXPECT_NEAR(t1.probabilities()[0], 0.9, 1e-12);
    TaskSampler hot({900, 100}, SamplingMode::Temperature, 1000.0, 1);
    EXPECT_NEAR(hot.probabilities()[0], 0.5, 0.002);
}

TEST(TaskSampler, RoundRobinCycles)
{
    TaskSampler s({5, 500, 50}, SamplingMode::RoundRobin);
    for (int i = 0; i < 9; ++i)
        EXPECT_EQ(s.next(), std::size_t(i % 3));
}

TEST(TaskSampler, SeededAndResumable)
{
    TaskSampler a({10, 20, 30}, SamplingMode::Proportional, 1.0, 42);
    TaskSampler b({10, 20, 30}, SamplingMode::Proportional, 1.0, 42);
    for (int i = 0; i < 50; ++i)
        ASSERT_EQ(a.next(), b.next());
    const std::string saved = a.state();
    std::vector<std::size_t> expected;
    for (int i = 0; i < 50; ++i)
        expected.push_back(a.next());
    TaskSampler c({10, 20, 30}, SamplingMode::Proportional, 1.0, 999);
    ASSERT_TRUE(c.restore(saved).isOk());
    for (int i = 0; i < 50; ++i)
        EXPECT_EQ(c.next(), expected[std::size_t(i)]);
    EXPECT_FALSE(c.restore("not a state").isOk());
}

TEST(TaskSampler, RejectsBadInput)
{
    EXPECT_THROW(TaskSampler({}, SamplingMode::Proportional), std::invalid_argument);
    EXPECT_THROW(TaskSampler({3, 0}, SamplingMode::Proportional), std::invalid_argument);
    EXPECT_THROW(TaskSampler({3}, SamplingMode::Temperature, 0.0), std::invalid_argument);
    EXPECT_FALSE(parseSamplingMode("uniform").ok());
    EXPECT_EQ(*parseSamplingMode("round-robin"), SamplingMode::RoundRobin);
}
