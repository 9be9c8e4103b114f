#include <gtest/gtest.h>

#include "common/utf8.h"

using namespace mizan;

TEST(Utf8, DecodesArabicAndEmojiAsCodePoints)
{
    const std::string s = "فندق 😀!";
    auto cps = utf8::decode(s);
    ASSERT_TRUE(cps.ok());
    EXPECT_EQ(cps->size(), 7u);
    EXPECT_EQ((*cps)[5], U'\U0001F600');
    EXPECT_EQ(utf8::length(s), 7u);
    EXPECT_EQ(utf8::encode(*cps), s);
}

TEST(Utf8, SubstrUsesCodePointIndices)
{
    const std::string s = "الخدمة سيئة";
    EXPECT_EQ(utf8::substr(s, 0, 6), "الخدمة");
    EXPECT_EQ(utf8::substr(s, 7, 11), "سيئة");
    EXPECT_EQ(utf8::substr(s, 7, 100), "سيئة");
}

TEST(Utf8, ReportsTheFirstInvalidByte)
{
    const std::string bad = std::string("ab") + "\xC3\x28" + "cd";
    auto r = utf8::decode(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("byte 2"), std::string::npos) << r.error();
    auto where = utf8::findInvalid(bad);
    ASSERT_TRUE(where.has_value());
    EXPECT_EQ(where->byteOffset, 2u);
    EXPECT_EQ(where->codePoint, 2u);
    EXPECT_FALSE(utf8::isValid("\xED\xA0\x80"));  // encoded surrogate
    EXPECT_FALSE(utf8::isValid("\xC0\xAF"));      // overlong
}

TEST(Utf8, LossyDecodeReplacesInvalidBytes)
{
    auto cps = utf8::decodeLossy(std::string("a\xFF") + "b");
    ASSERT_EQ(cps.size(), 3u);
    EXPECT_EQ(cps[1], U'\uFFFD');
}
