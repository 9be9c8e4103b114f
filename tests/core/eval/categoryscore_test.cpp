#include <gtest/gtest.h>

#include "eval/categoryscore.h"

namespace mizan {
namespace {

CategoryOpinion nullOp(const std::string &category)
{
    return {category, true, 0, 0};
}

CategoryOpinion targetOp(const std::string &category, std::size_t from, std::size_t to)
{
    return {category, false, from, to};
}

// Two sentences worked by hand:
//  s1 gold: FOOD#QUALITY @[0,4), FOOD#QUALITY @[10,15), SERVICE#GENERAL NULL
//     pred: FOOD#QUALITY @[0,4), FOOD#PRICES NULL
//  s2 gold: ROOMS#CLEANLINESS NULL
//     pred: (nothing)
// slot 1 unique pairs: gold {s1 FOOD#QUALITY, s1 SERVICE#GENERAL, s2 ROOMS#CLEANLINESS} = 3,
//   predicted {s1 FOOD#QUALITY, s1 FOOD#PRICES} = 2, correct 1: P 1/2, R 1/3, F1 0.4.
// slot 1+2: gold {s1 FQ@0-4, s1 FQ@10-15, s1 SG NULL, s2 RC NULL} = 4, predicted
//   {s1 FQ@0-4, s1 FP NULL} = 2, correct 1: P 1/2, R 1/4, F1 1/3.
std::vector<CategorySentence> worked()
{
    std::vector<CategorySentence> s(2);
    s[0].sentenceId = "s1";
    s[0].gold = {targetOp("FOOD#QUALITY", 0, 4), targetOp("FOOD#QUALITY", 10, 15), nullOp("SERVICE#GENERAL")};
    s[0].predicted = {targetOp("FOOD#QUALITY", 0, 4), nullOp("FOOD#PRICES")};
    s[1].sentenceId = "s2";
    s[1].gold = {nullOp("ROOMS#CLEANLINESS")};
    return s;
}

TEST(CategoryScore, Slot1IsMicroOverUniqueSentenceCategoryPairs)
{
    const CategoryScores m = scoreCategories(worked());
    EXPECT_EQ(m.gold1, 3u);
    EXPECT_EQ(m.predicted1, 2u);
    EXPECT_EQ(m.correct1, 1u);
    EXPECT_DOUBLE_EQ(m.slot1.precision, 0.5);
    EXPECT_DOUBLE_EQ(m.slot1.recall, 1.0 / 3.0);
    EXPECT_NEAR(m.slot1.f1, 0.4, 1e-12);
    EXPECT_EQ(m.slot1.support, 3u);
}

TEST(CategoryScore, Slot12MatchesCategoryAndTargetTogether)
{
    const CategoryScores m = scoreCategories(worked());
    EXPECT_EQ(m.gold12, 4u);
    EXPECT_EQ(m.predicted12, 2u);
    EXPECT_EQ(m.correct12, 1u);
    EXPECT_DOUBLE_EQ(m.slot12.precision, 0.5);
    EXPECT_DOUBLE_EQ(m.slot12.recall, 0.25);
    EXPECT_NEAR(m.slot12.f1, 1.0 / 3.0, 1e-12);
}

TEST(CategoryScore, RightCategoryOnWrongTargetCountsForSlot1Only)
{
    std::vector<CategorySentence> s(1);
    s[0].gold = {targetOp("HOTEL#GENERAL", 2, 7)};
    s[0].predicted = {targetOp("HOTEL#GENERAL", 2, 8), nullOp("HOTEL#GENERAL")};
    const CategoryScores m = scoreCategories(s);
    EXPECT_DOUBLE_EQ(m.slot1.f1, 1.0);
    EXPECT_EQ(m.correct12, 0u);
    EXPECT_EQ(m.predicted12, 2u);
    EXPECT_DOUBLE_EQ(m.slot12.f1, 0.0);
}

TEST(CategoryScore, PerCategoryCounts)
{
    const CategoryScores m = scoreCategories(worked());
    ASSERT_EQ(m.perCategory.size(), 4u);
    EXPECT_DOUBLE_EQ(m.perCategory.at("FOOD#QUALITY").f1, 1.0);
    EXPECT_EQ(m.perCategory.at("FOOD#QUALITY").support, 1u);  // one pair, two targets
    EXPECT_DOUBLE_EQ(m.perCategory.at("FOOD#PRICES").precision, 0.0);
    EXPECT_EQ(m.perCategory.at("FOOD#PRICES").support, 0u);
    EXPECT_DOUBLE_EQ(m.perCategory.at("SERVICE#GENERAL").recall, 0.0);
    EXPECT_EQ(m.perCategory.at("ROOMS#CLEANLINESS").support, 1u);
}

TEST(CategoryScore, EntityConfusionPairsMissedWithSpurious)
{
    // s1: gold entities {FOOD, SERVICE}, predicted {FOOD}: FOOD on the diagonal, SERVICE
    // missed with no spurious entity beside it; s2: ROOMS missed.
    const CategoryScores m = scoreCategories(worked());
    EXPECT_EQ(m.entityConfusion.at("FOOD").at("FOOD"), 1u);
    EXPECT_EQ(m.entityConfusion.at("SERVICE").at(kNoEntity), 1u);
    EXPECT_EQ(m.entityConfusion.at("ROOMS").at(kNoEntity), 1u);

    std::vector<CategorySentence> s(2);
    s[0].gold = {nullOp("ROOMS#GENERAL")};
    s[0].predicted = {nullOp("HOTEL#GENERAL"), nullOp("LOCATION#GENERAL")};
    s[1].predicted = {nullOp("SERVICE#GENERAL")};
    const CategoryScores c = scoreCategories(s);
    EXPECT_EQ(c.entityConfusion.at("ROOMS").at("HOTEL"), 1u);
    EXPECT_EQ(c.entityConfusion.at("ROOMS").at("LOCATION"), 1u);
    EXPECT_EQ(c.entityConfusion.at(kNoEntity).at("SERVICE"), 1u);
    EXPECT_EQ(c.entityConfusion.count("HOTEL"), 0u);
}

TEST(CategoryScore, ErrorsListMissedAndSpuriousPairs)
{
    const CategoryScores m = scoreCategories(worked());
    ASSERT_EQ(m.errors.size(), 3u);
    EXPECT_EQ(m.errors[0].sentenceId, "s1");
    EXPECT_EQ(m.errors[0].gold, "SERVICE#GENERAL");
    EXPECT_EQ(m.errors[0].predicted, "");
    EXPECT_EQ(m.errors[1].predicted, "FOOD#PRICES");
    EXPECT_EQ(m.errors[2].gold, "ROOMS#CLEANLINESS");
}

TEST(CategoryScore, EmptyInputAndEmptyCategoriesGiveZeros)
{
    EXPECT_DOUBLE_EQ(scoreCategories({}).slot1.f1, 0.0);
    std::vector<CategorySentence> s(1);
    s[0].gold = {nullOp("")};
    s[0].predicted = {nullOp("")};
    const CategoryScores m = scoreCategories(s);
    EXPECT_EQ(m.gold1, 0u);
    EXPECT_EQ(m.predicted12, 0u);
}

TEST(CategoryScore, JsonHasBothSlotsAndConfusion)
{
    const nlohmann::json j = categoryScoresToJson(scoreCategories(worked()));
    EXPECT_NEAR(j.at("slot1").at("f1").get<double>(), 0.4, 1e-12);
    EXPECT_EQ(j.at("slot12").at("gold").get<int>(), 4);
    EXPECT_EQ(j.at("entity_confusion").at("SERVICE").at(kNoEntity).get<int>(), 1);
    EXPECT_TRUE(j.at("per_category").contains("FOOD#PRICES"));
}

} // namespace
} // namespace mizan
