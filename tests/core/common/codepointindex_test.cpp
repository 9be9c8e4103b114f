// CodePointIndex: the same substrings as utf8::substr, each at the cost of its own length.
#include <gtest/gtest.h>

#include "common/codepointindex.h"
#include "common/utf8.h"

using namespace mizan;

TEST(CodePointIndex, SubstringsAreUtf8SubstrsIncludingClampedAndEmptyRanges)
{
    const std::string text = "a\u0628\u064e\U0001F600 z\u0644";  // 1, 2, 2, 4, 1, 1, 2 bytes
    const utf8::CodePointIndex index(text);
    const std::size_t n = utf8::length(text);
    ASSERT_EQ(n, 7u);
    for (std::size_t start = 0; start <= n + 2; ++start)
        for (std::size_t end = 0; end <= n + 2; ++end)
            EXPECT_EQ(index.substr(start, end), utf8::substr(text, start, end)) << start << ", " << end;
    EXPECT_EQ(index.substr(3, 4), "\U0001F600");
    EXPECT_EQ(utf8::CodePointIndex("").substr(0, 3), "");
}

TEST(CodePointIndex, InvalidBytesCountAsOneCodePointEachLikeLength)
{
    const std::string text = "a\xff\xfe" "b";
    const utf8::CodePointIndex index(text);
    for (std::size_t start = 0; start <= 5; ++start)
        for (std::size_t end = start; end <= 5; ++end)
            EXPECT_EQ(index.substr(start, end), utf8::substr(text, start, end)) << start << ", " << end;
}
