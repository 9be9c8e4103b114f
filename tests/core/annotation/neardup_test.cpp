// Near-duplicates by hashed character n-grams, and the diversity pick.
#include <gtest/gtest.h>

#include "annotation/neardup.h"

using namespace mizan;

TEST(NearDup, DiacriticsTatweelAndSpacesDoNotMakeADifference)
{
    EXPECT_EQ(ngramSignature("الغرفة  نظيفة"), ngramSignature("الغُرفـة نظيفة"));
    EXPECT_DOUBLE_EQ(jaccard(ngramSignature("ROOM was clean"), ngramSignature("room was clean")), 1.0);
    EXPECT_TRUE(ngramSignature("").empty());
    EXPECT_EQ(ngramSignature("ab").size(), 1u);
}

TEST(NearDup, JaccardOfOverlappingTexts)
{
    const auto a = ngramSignature("الموظفون لطفاء جدا والغرفة نظيفة");
    const auto b = ngramSignature("الموظفون لطفاء جدا والغرفة نظيفة!");
    const auto c = ngramSignature("الإفطار بارد والسعر مرتفع");
    EXPECT_GT(jaccard(a, b), 0.9);
    EXPECT_LT(jaccard(a, c), 0.2);
    EXPECT_DOUBLE_EQ(jaccard({1, 2, 3}, {2, 3, 4}), 0.5);
}

TEST(NearDup, PickDiverseSkipsNearDuplicatesOfEarlierPicks)
{
    const std::vector<std::string> texts = {"الموظفون لطفاء جدا والغرفة نظيفة", "الموظفون لطفاء جدا والغرفة نظيفة!",
                                            "الإفطار بارد والسعر مرتفع", "موقع الفندق ممتاز"};
    std::vector<std::vector<std::uint64_t>> sig;
    for (const auto &t : texts)
        sig.push_back(ngramSignature(t));
    EXPECT_EQ(pickDiverse({0, 1, 2, 3}, sig, 3, 0.5), (std::vector<std::size_t>{0, 2, 3}));
    EXPECT_EQ(pickDiverse({1, 0, 3, 2}, sig, 2, 0.5), (std::vector<std::size_t>{1, 3}));
    EXPECT_EQ(pickDiverse({0, 1, 2, 3}, sig, 2, 1.5), (std::vector<std::size_t>{0, 1}));  // off
}
