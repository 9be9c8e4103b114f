#include "tasks/polarityblend.h"

#include <gtest/gtest.h>

using namespace mizan;

namespace {

// Target polarity examples with gold labels (indices into negative, neutral, positive).
TaskData goldTask(const std::vector<std::int64_t> &gold)
{
    TaskData d;
    d.name = "sentiment";
    d.kind = TaskKind::TargetSentiment;
    d.labels = {"negative", "neutral", "positive"};
    for (std::size_t i = 0; i < gold.size(); ++i) {
        TaskExample ex;
        ex.sentenceId = "s" + std::to_string(i);
        ex.label = gold[i];
        d.examples.push_back(ex);
    }
    return d;
}

TaskPredictions transformerSays(const std::vector<std::vector<double>> &probs)
{
    TaskPredictions p;
    p.classProbs = probs;
    for (const auto &q : probs)
        p.classes.push_back(std::int64_t(std::max_element(q.begin(), q.end()) - q.begin()));
    return p;
}

} // namespace

// Example 0 (negative) needs the baseline's weight above 0.625, example 1 (positive) below
// 0.714: of the grid only 0.7 gets both right.
TEST(PolarityBlend, ChoosesTheWeightThatMaximisesAccuracyPlusMacroF1)
{
    const TaskData d = goldTask({0, 2});
    const TaskPredictions t = transformerSays({{0.0, 0.0, 1.0}, {0.0, 0.0, 1.0}});
    const std::vector<std::vector<double>> b = {{0.8, 0.0, 0.2}, {0.7, 0.0, 0.3}};
    const BlendChoice c = chooseBlendWeight(d, t, b);
    EXPECT_DOUBLE_EQ(c.weight, 0.7);
    EXPECT_EQ(c.examples, 2u);
    ASSERT_EQ(c.candidates.size(), 11u);
    EXPECT_DOUBLE_EQ(c.candidates[7].accuracy, 1.0);
    EXPECT_DOUBLE_EQ(c.candidates[0].accuracy, 0.5);   // the transformer alone
    EXPECT_DOUBLE_EQ(c.candidates[10].accuracy, 0.5);  // the baseline alone
    const nlohmann::json j = blendChoiceToJson(c);
    EXPECT_DOUBLE_EQ(j["blend_weight"].get<double>(), 0.7);
    EXPECT_EQ(j["held_out_targets"], 2);
    EXPECT_EQ(j["candidates"].size(), 11u);
}

// A transformer confidently wrong where the baseline is barely right: only 1 gets it right
// (> 0.909); the other way round only 0 (< 0.091).
TEST(PolarityBlend, TheEndsOfTheGridWin)
{
    const TaskData d = goldTask({0});
    EXPECT_DOUBLE_EQ(chooseBlendWeight(d, transformerSays({{0.0, 0.0, 1.0}}), {{0.55, 0.0, 0.45}}).weight, 1.0);
    EXPECT_DOUBLE_EQ(chooseBlendWeight(d, transformerSays({{0.55, 0.0, 0.45}}), {{0.0, 0.0, 1.0}}).weight, 0.0);
}

// Tied weights: the middle one (every weight right: 0.5).
TEST(PolarityBlend, ATieGoesToTheMiddleOfThePlateau)
{
    const TaskData d = goldTask({2});
    EXPECT_DOUBLE_EQ(chooseBlendWeight(d, transformerSays({{0.1, 0.1, 0.8}}), {{0.2, 0.0, 0.8}}).weight, 0.5);
    // class 2 wins when 0.4 (1 - w) + w > 0.6 (1 - w): w > 0.167 -> 0.2 ... 1, the middle 0.6.
    EXPECT_DOUBLE_EQ(chooseBlendWeight(d, transformerSays({{0.6, 0.0, 0.4}}), {{0.0, 0.0, 1.0}}).weight, 0.6);
}

TEST(PolarityBlend, BlendsOnlyWhereTheBaselineAnswers)
{
    TaskPredictions p = transformerSays({{0.6, 0.0, 0.4}, {0.6, 0.0, 0.4}});
    blendPolarities(p, {{0.0, 0.0, 1.0}, {}}, 0.5);
    EXPECT_DOUBLE_EQ(p.classProbs[0][2], 0.7);
    EXPECT_EQ(p.classes[0], 2);
    EXPECT_DOUBLE_EQ(p.classProbs[1][0], 0.6);  // no baseline answer: the transformer's stands
    EXPECT_EQ(p.classes[1], 0);
}
