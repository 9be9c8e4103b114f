#include <gtest/gtest.h>

#include "eval/spanmetrics.h"

namespace mizan {
namespace {

TEST(SpanMetrics, ExactSpanMatchOnlyAndDuplicatesCountOnce)
{
    std::vector<SentenceSpans> s(2);
    s[0].sentenceId = "r1:1";
    s[0].gold = {{0, 5}, {10, 16}, {10, 16}};  // one target, two categories
    s[0].predicted = {{0, 5}, {11, 16}};       // second is off by one character: wrong
    s[1].sentenceId = "r1:2";
    s[1].gold = {};
    s[1].predicted = {{3, 4}};
    const SpanMetrics m = spanMetrics(s);
    EXPECT_EQ(m.goldCount, 2u);
    EXPECT_EQ(m.predictedCount, 3u);
    EXPECT_EQ(m.correctCount, 1u);
    EXPECT_DOUBLE_EQ(m.prf.precision, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(m.prf.recall, 0.5);
    EXPECT_NEAR(m.prf.f1, 0.4, 1e-12);
}

TEST(SpanMetrics, NoSpansGivesZerosNotNan)
{
    const SpanMetrics m = spanMetrics({});
    EXPECT_DOUBLE_EQ(m.prf.f1, 0.0);
    EXPECT_DOUBLE_EQ(m.prf.precision, 0.0);
}

TEST(SpanMetrics, ErrorsListMissedAndSpuriousSpans)
{
    std::vector<SentenceSpans> s(1);
    s[0].sentenceId = "r7:3";
    s[0].gold = {{0, 5}, {10, 16}};
    s[0].predicted = {{0, 5}, {11, 16}};
    const auto errors = spanErrors(s);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].sentenceId, "r7:3");
    EXPECT_EQ(errors[0].start, 10u);
    EXPECT_EQ(errors[0].gold, "target");
    EXPECT_EQ(errors[0].predicted, "");
    EXPECT_EQ(errors[1].start, 11u);
    EXPECT_EQ(errors[1].gold, "");
    EXPECT_EQ(errors[1].predicted, "target");
    EXPECT_TRUE(errors[1].hasSpan);
}

} // namespace
} // namespace mizan
