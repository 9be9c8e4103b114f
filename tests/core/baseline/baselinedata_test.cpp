#include <gtest/gtest.h>

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

} // namespace
} // namespace mizan::baseline
