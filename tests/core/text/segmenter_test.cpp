#include "text/segmenter.h"

#include <gtest/gtest.h>

#include "common/utf8.h"
#include "text/normalizer.h"

namespace mizan {
namespace {

std::vector<TextToken> seg(const std::string &text, SegmenterOptions o = {})
{
    auto r = Segmenter(std::move(o)).segment(text);
    EXPECT_TRUE(r.ok()) << r.error();
    return r.ok() ? *r : std::vector<TextToken>{};
}

TEST(Segmenter, KindsAndRanges)
{
    const std::string text = "الفندق، رائع!! 2019 wifi 😍👍🏽 ٣٫٥ ؟";
    const auto t = seg(text);
    ASSERT_EQ(t.size(), 10u);
    EXPECT_EQ(t[0].text, "الفندق");
    EXPECT_EQ(t[0].kind, TokenKind::Word);
    EXPECT_EQ(t[0].range, (TextRange{0, 6}));
    EXPECT_EQ(t[1].text, "،");
    EXPECT_EQ(t[1].kind, TokenKind::Punct);
    EXPECT_EQ(t[3].text, "!!");
    EXPECT_EQ(t[4].kind, TokenKind::Number);
    EXPECT_EQ(t[5].kind, TokenKind::Latin);
    EXPECT_EQ(t[6].kind, TokenKind::Emoji);
    EXPECT_EQ(t[7].text, "👍🏽");
    EXPECT_EQ(t[7].range.size(), 2u);  // emoji + skin tone, both outside the BMP
    EXPECT_EQ(t[8].text, "٣٫٥");
    EXPECT_EQ(t[8].kind, TokenKind::Number);
    EXPECT_EQ(t[9].kind, TokenKind::Punct);
    for (const TextToken &w : t)
        EXPECT_EQ(utf8::substr(text, w.range.start, w.range.end), w.text);
}

TEST(Segmenter, MarksAndTatweelStayInTheWord)
{
    const auto t = seg("مُحَمَّدٌ جمـــيل");
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0].text, "مُحَمَّدٌ");
    EXPECT_EQ(t[1].text, "جمـــيل");
}

TEST(Segmenter, ScriptChangeSplitsWords)
{
    const auto t = seg("الwifiممتاز");
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[1].kind, TokenKind::Latin);
}

TEST(Segmenter, WebTokensAndPlaceholders)
{
    SegmenterOptions o;
    o.placeholders = {"[رابط]"};
    const auto t = seg("انظر https://a.com/x، و[رابط] @ali a@b.sa", o);
    ASSERT_EQ(t.size(), 7u);
    EXPECT_EQ(t[1].kind, TokenKind::Url);
    EXPECT_EQ(t[1].text, "https://a.com/x");
    EXPECT_EQ(t[2].kind, TokenKind::Punct);
    EXPECT_EQ(t[4].kind, TokenKind::Placeholder);
    EXPECT_EQ(t[5].kind, TokenKind::Mention);
    EXPECT_EQ(t[6].kind, TokenKind::Email);
}

TEST(Segmenter, ClitictsOffByDefault)
{
    const auto t = seg("والخدمة");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_TRUE(t[0].clitics.empty());
    EXPECT_EQ(t[0].hostStart(), 0u);
}

TEST(Segmenter, CliticSubSpans)
{
    SegmenterOptions o;
    o.splitClitics = true;
    const auto t = seg("والخدمة بالفندق للغاية وموقع وقت فندق الحمام كبير", o);
    ASSERT_EQ(t.size(), 8u);
    // والخدمة: و + ال + خدمة; the target "الخدمة" starts at 1.
    ASSERT_EQ(t[0].clitics.size(), 2u);
    EXPECT_EQ(t[0].clitics[0].kind, CliticKind::Conjunction);
    EXPECT_EQ(t[0].clitics[0].range, (TextRange{0, 1}));
    EXPECT_EQ(t[0].clitics[1].kind, CliticKind::Article);
    EXPECT_EQ(t[0].clitics[1].range, (TextRange{1, 3}));
    EXPECT_EQ(t[0].hostStart(true), 1u);
    EXPECT_EQ(t[0].hostStart(false), 3u);
    // بالفندق: ب + ال
    ASSERT_EQ(t[1].clitics.size(), 2u);
    EXPECT_EQ(t[1].clitics[0].kind, CliticKind::Preposition);
    EXPECT_EQ(t[1].hostStart(true), t[1].range.start + 1);
    // للغاية: ل + (ا)ل
    ASSERT_EQ(t[2].clitics.size(), 2u);
    EXPECT_EQ(t[2].clitics[1].kind, CliticKind::Article);
    // وموقع: و + موقع
    ASSERT_EQ(t[3].clitics.size(), 1u);
    EXPECT_EQ(t[3].hostStart(), t[3].range.start + 1);
    // short words and words without clitics stay whole
    EXPECT_TRUE(t[4].clitics.empty());
    EXPECT_TRUE(t[5].clitics.empty());
    ASSERT_EQ(t[6].clitics.size(), 1u);
    EXPECT_TRUE(t[7].clitics.empty());
}

TEST(Segmenter, MapTokensToRawThroughTheNormaliser)
{
    const std::string raw = "  والخدمةُ   سيئــة";
    auto n = Normalizer(NormalizerOptions::light()).normalize(raw);
    ASSERT_TRUE(n.ok());
    SegmenterOptions o;
    o.splitClitics = true;
    auto t = mapTokensToRaw(seg(n->text, o), n->map);
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(utf8::substr(raw, t[0].range.start, t[0].range.end), "والخدمةُ");
    EXPECT_EQ(utf8::substr(raw, t[0].hostStart(), t[0].range.end), "الخدمةُ");
    EXPECT_EQ(utf8::substr(raw, t[1].range.start, t[1].range.end), "سيئــة");
}

TEST(Segmenter, InvalidUtf8IsAnError)
{
    auto r = Segmenter().segment(std::string("\xE0\x80", 2));
    EXPECT_FALSE(r.ok());
}

} // namespace
} // namespace mizan
