#include "train/schedule.h"

#include <gtest/gtest.h>

using namespace mizan;

TEST(LinearSchedule, WarmupThenLinearDecay)
{
    LinearSchedule s{10, 110};
    EXPECT_DOUBLE_EQ(s.factor(1), 0.1);
    EXPECT_DOUBLE_EQ(s.factor(5), 0.5);
    EXPECT_DOUBLE_EQ(s.factor(10), 1.0);
    EXPECT_DOUBLE_EQ(s.factor(60), 0.5);
    EXPECT_DOUBLE_EQ(s.factor(100), 0.1);
    EXPECT_DOUBLE_EQ(s.factor(110), 0.0);
    EXPECT_DOUBLE_EQ(s.factor(500), 0.0);
}

TEST(LinearSchedule, NoWarmupStartsAtFullRate)
{
    LinearSchedule s{0, 4};
    EXPECT_DOUBLE_EQ(s.factor(0), 1.0);
    EXPECT_DOUBLE_EQ(s.factor(1), 0.75);
    EXPECT_DOUBLE_EQ(s.factor(3), 0.25);
}

TEST(LinearSchedule, MatchesHuggingFaceLambda)
{
    // transformers.get_linear_schedule_with_warmup(num_warmup_steps=3, num_training_steps=8)
    // lr_lambda(0..8) = 0, 1/3, 2/3, 1, 0.8, 0.6, 0.4, 0.2, 0.
    LinearSchedule s{3, 8};
    const double expected[] = {0, 1.0 / 3, 2.0 / 3, 1, 0.8, 0.6, 0.4, 0.2, 0};
    for (std::size_t i = 0; i <= 8; ++i)
        EXPECT_NEAR(s.factor(i), expected[i], 1e-15) << "step " << i;
}
