#include "corpus/targetfinder.h"

#include <gtest/gtest.h>

using mizan::detail::TargetFinder;

TEST(TargetFinder, SpansAreCodePoints)
{
    const std::string text = "الفندق جميل";
    TargetFinder f(text);
    EXPECT_EQ(f.length(), 11u);
    EXPECT_EQ(f.span(0, 6), "الفندق");
    EXPECT_EQ(f.span(7, 11), "جميل");
    EXPECT_EQ(f.span(11, 11), "");
}

TEST(TargetFinder, NearestOccurrenceTheEarlierOnATie)
{
    const std::string text = "ab ab ab aab";  // "ab" at 0, 3, 6, 10
    TargetFinder f(text);
    EXPECT_EQ(f.nearest("ab", 0), 0u);
    EXPECT_EQ(f.nearest("ab", 4), 3u);
    EXPECT_EQ(f.nearest("ab", 8), 6u);   // 6 and 10 are two away: the earlier
    EXPECT_EQ(f.nearest("ab", 9), 10u);
    EXPECT_EQ(f.nearest("ab", 100), 10u);
    EXPECT_FALSE(f.nearest("abc", 0).has_value());
    EXPECT_FALSE(f.nearest("", 0).has_value());
    // Overlapping occurrences all count; positions are code points.
    const std::string arabic = "ببب ب";
    TargetFinder g(arabic);
    EXPECT_EQ(g.nearest("بب", 2), 1u);
    EXPECT_EQ(g.nearest("ب", 4), 4u);
}
