#include <gtest/gtest.h>

#include <algorithm>

#include "baseline/baselinedata.h"
#include "common/utf8.h"

namespace mizan::baseline {
namespace {

TEST(BaselineData, BioTagsAndSpansRoundTripOnUnits)
{
    const UnitSentence s = prepareSentence("كانت الغرفة ممتازة وبوفيه الإفطار.");
    // "الغرفة" [5, 11), "بوفيه الإفطار" [20, 33) starts after the attached و.
    const std::vector<Span> gold = {{5, 11}, {20, 33}};
    const auto tags = bioTags(s.units, gold);
    EXPECT_EQ(spansFromTags(s.units, tags), gold);
    std::size_t b = 0;
    for (auto t : tags)
        b += t == TagB ? 1 : 0;
    EXPECT_EQ(b, 2u);
}

TEST(BaselineData, OverlappingSpansKeepTheEarlierLongerOne)
{
    const UnitSentence s = prepareSentence("بوفيه الإفطار رائع");
    const auto tags = bioTags(s.units, {{6, 13}, {0, 13}});
    EXPECT_EQ(spansFromTags(s.units, tags), (std::vector<Span>{{0, 13}}));
}

TEST(BaselineData, StrayInsideTagStartsASpan)
{
    const UnitSentence s = prepareSentence("الغرفة جميلة جدا");
    EXPECT_EQ(spansFromTags(s.units, {TagO, TagI, TagI}), (std::vector<Span>{{7, 16}}));
}

TEST(BaselineData, ExplicitTargetSpansSkipNullAndDuplicates)
{
    Sentence s;
    s.text = "الخدمة ممتازة";
    Opinion a;
    a.from = 0;
    a.to = 6;
    Opinion b = a;  // same target, another category
    b.category = "SERVICE#GENERAL";
    Opinion n;
    n.isNull = true;
    s.opinions = {a, b, n};
    EXPECT_EQ(explicitTargetSpans(s), (std::vector<Span>{{0, 6}}));
}

TEST(BaselineData, PeerTokensAreRunsOfWordCharactersOfTwoOrMore)
{
    EXPECT_EQ(peerTokens({"و،الغرفه", "x", "a_b!c", "12"}), (std::vector<std::string>{"الغرفه", "a_b", "12"}));
}

TEST(BaselineData, FeatureSetThreeIsThePeersFourBags)
{
    const FeatureHasher h(1 << 20);
    const UnitSentence s = prepareSentence("aa bb cc dd ee ff gg");
    const SentimentFeatures f = sentimentFeatures(h, s, 0, 2, 6, nullptr, 3);  // target "aa"
    EXPECT_TRUE(f.target.empty());                                          // no target bag, no bias
    EXPECT_EQ(f.sentence.size(), 7u + 6u);                                  // words, word bigrams
    EXPECT_EQ(f.sentenceChars.size(), 7u * (3 + 2 + 1));  // "<aa>": 3 2-grams, 2 3-grams, 1 4-gram
    EXPECT_EQ(f.window.size(), 4u + 3u);                  // "aa" and the 3 words after it
    EXPECT_EQ(f.windowChars.size(), 4u * (3 + 2 + 1));
    EXPECT_EQ(f.sentence, sentenceBag(h, s, 3));
    EXPECT_EQ(f.sentenceChars, sentenceCharBag(h, s));
    for (std::int64_t id : f.window)  // the window's words are features of their own
        EXPECT_EQ(std::count(f.sentence.begin(), f.sentence.end(), id), 0);
    const SentimentFeatures last = sentimentFeatures(h, s, 18, 20, 6, nullptr, 3);  // "gg": 3 words before it
    EXPECT_EQ(last.window.size(), 4u + 3u);
}

} // namespace
} // namespace mizan::baseline
