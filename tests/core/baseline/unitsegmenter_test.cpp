#include <gtest/gtest.h>

#include "baseline/featurehasher.h"
#include "baseline/unitsegmenter.h"
#include "common/utf8.h"

namespace mizan::baseline {
namespace {

std::vector<std::string> texts(const std::string &s)
{
    const std::u32string cps = utf8::decodeLossy(s);
    std::vector<std::string> out;
    for (const Unit &u : segmentUnits(cps))
        out.push_back(utf8::encode(unitText(cps, u)));
    return out;
}

TEST(UnitSegmenter, SplitsProcliticsAndPunctuationWithRawOffsets)
{
    const std::u32string text = utf8::decodeLossy("والخدمة ممتازة.");
    const auto units = segmentUnits(text);
    ASSERT_EQ(units.size(), 4u);
    EXPECT_EQ(units[0].start, 0u);
    EXPECT_EQ(units[0].end, 1u);
    EXPECT_TRUE(units[0].clitic);
    EXPECT_EQ(units[1].start, 1u);  // "الخدمة" starts after the attached و
    EXPECT_EQ(units[1].end, 7u);
    EXPECT_EQ(units[1].word, 0u);
    EXPECT_EQ(units[2].start, 8u);
    EXPECT_EQ(units[2].word, 1u);
    EXPECT_EQ(units[3].start, 14u);
    EXPECT_FALSE(units[3].wordChar);
    EXPECT_EQ(units[3].word, 1u);
}

TEST(UnitSegmenter, SplitsTheLamOfTheArticleAfterLam)
{
    EXPECT_EQ(texts("للفندق"), (std::vector<std::string>{"ل", "ل", "فندق"}));
    EXPECT_EQ(texts("وبالفندق"), (std::vector<std::string>{"و", "ب", "الفندق"}));
}

TEST(UnitSegmenter, KeepsShortWordsWhole)
{
    EXPECT_EQ(texts("ول في"), (std::vector<std::string>{"ول", "في"}));
}

TEST(UnitSegmenter, TashkeelTatweelStayInsideWordsEmojiIsAUnit)
{
    // "جميـــل" with tatweel, "رائعٌ" with a tanween, then an emoji.
    const std::string s = "جميـــل رائعٌ 😀";
    const auto t = texts(s);
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[0], "جميـــل");
    EXPECT_EQ(t[1], "رائعٌ");
    EXPECT_EQ(t[2], "😀");
    const std::u32string cps = utf8::decodeLossy(s);
    const auto units = segmentUnits(cps);
    EXPECT_EQ(units[2].start, 14u);  // 7 + 1 + 5 + 1 code points before it
    EXPECT_EQ(units[2].end, 15u);
}

TEST(FeatureHasher, FeatureFormFoldsVariantsAndIdsAreStable)
{
    EXPECT_EQ(featureForm(U"أحمد"), featureForm(U"احمد"));
    EXPECT_EQ(featureForm(U"جميـــلةٌ"), "جميله");
    EXPECT_EQ(featureForm(U"WiFi ٣"), "wifi 3");
    const FeatureHasher h(1000);
    EXPECT_EQ(h.id("w0", "فندق"), h.id("w0", "فندق"));
    EXPECT_NE(h.id("w0", "فندق"), h.id("w1", "فندق"));
    EXPECT_LT(h.id("w0", "فندق"), 1000);
    EXPECT_GE(h.id("w0", "فندق"), 0);
}

} // namespace
} // namespace mizan::baseline
