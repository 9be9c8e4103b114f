#include "text/normalizer.h"

#include <gtest/gtest.h>

#include "common/utf8.h"

namespace mizan {
namespace {

std::string norm(const NormalizerOptions &o, const std::string &raw)
{
    auto r = Normalizer(o).normalize(raw);
    EXPECT_TRUE(r.ok()) << r.error();
    return r.ok() ? r->text : std::string();
}

NormalizerOptions only(bool NormalizerOptions::*flag)
{
    NormalizerOptions o;
    o.*flag = true;
    return o;
}

TEST(Normalizer, NonePresetChangesNothing)
{
    const std::string raw = "  الفُندقُ   رااااائع 😍 http://x.com ٣ ";
    auto r = Normalizer(NormalizerOptions::none()).normalize(raw);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->text, raw);
    EXPECT_EQ(r->map.rawRange(3, 5), (TextRange{3, 5}));
}

TEST(Normalizer, SingleSteps)
{
    EXPECT_EQ(norm(only(&NormalizerOptions::removeTashkeel), "مُحَمَّدٌ ٰ"), "محمد ");
    EXPECT_EQ(norm(only(&NormalizerOptions::removeTatweel), "جمـــيل"), "جميل");
    EXPECT_EQ(norm(only(&NormalizerOptions::unifyAlef), "أإآٱا"), "ااااا");
    EXPECT_EQ(norm(only(&NormalizerOptions::alefMaqsuraToYaa), "على"), "علي");
    EXPECT_EQ(norm(only(&NormalizerOptions::taaMarbutaToHaa), "الخدمة"), "الخدمه");
    EXPECT_EQ(norm(only(&NormalizerOptions::hamzaCarrierToHamza), "مؤسسة رئيس"), "مءسسة رءيس");
    EXPECT_EQ(norm(only(&NormalizerOptions::asciiDigits), "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ 42"), "0123456789 0123456789 42");
    EXPECT_EQ(norm(only(&NormalizerOptions::collapseRepeats), "رااااائع جدااا و aa"), "رائع جدا و aa");
    EXPECT_EQ(norm(only(&NormalizerOptions::normalizeWhitespace), " \t a\u00A0\u00A0 b \n"), "a b");
    EXPECT_EQ(norm(only(&NormalizerOptions::removeInvisible), "\u200Fأ\u200Eب\u061Cت\u202Bث\u202C"), "أبتث");
    EXPECT_EQ(norm(only(&NormalizerOptions::splitLamAlef), "\uFEFB \uFEF7 \uFEF9 \uFEF5"), "لا لأ لإ لآ");
}

TEST(Normalizer, UnicodeForms)
{
    NormalizerOptions nfc;
    nfc.unicodeForm = UnicodeForm::Nfc;
    EXPECT_EQ(norm(nfc, "\u0627\u0654"), "\u0623");  // alef + hamza above composes
    EXPECT_EQ(norm(nfc, "\uFEFB"), "\uFEFB");        // compatibility form kept by NFC
    NormalizerOptions nfkc;
    nfkc.unicodeForm = UnicodeForm::Nfkc;
    EXPECT_EQ(norm(nfkc, "\uFEFB\uFE8D"), "\u0644\u0627\u0627");
    auto r = Normalizer(nfc).normalize("x\u0627\u0654y");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->map.rawRange(1, 2), (TextRange{1, 3}));  // أ came from two raw code points
    EXPECT_EQ(r->map.normRange(2, 3), (TextRange{1, 2}));
}

TEST(Normalizer, WebSpansKeepRemoveReplace)
{
    NormalizerOptions o;
    o.urls = SpanAction::Replace;
    o.emails = SpanAction::Replace;
    o.mentions = SpanAction::Replace;
    EXPECT_EQ(norm(o, "زوروا https://example.com/a?b=1. راسلوا info@hotel.sa أو @ahmed_1"),
              "زوروا [رابط]. راسلوا [بريد] أو [مستخدم]");
    o.urls = SpanAction::Remove;
    o.normalizeWhitespace = true;
    EXPECT_EQ(norm(o, "انظر www.x.org هنا"), "انظر هنا");
    NormalizerOptions keep;
    keep.collapseRepeats = true;
    keep.asciiDigits = true;
    keep.urls = SpanAction::Keep;
    EXPECT_EQ(norm(keep, "http://aaaa.com/٣ aaaa"), "http://aaaa.com/٣ a");  // kept URLs are left intact
}

TEST(Normalizer, EmojiKeepRemoveReplace)
{
    NormalizerOptions o;
    o.emoji = SpanAction::Replace;
    o.emojiToken = "[E]";
    EXPECT_EQ(norm(o, "رائع😍😍 👍🏽 👨‍👩‍👧 ❤️ 🇸🇦 1 #"), "رائع[E] [E] [E] [E] [E] 1 #");
    o.emoji = SpanAction::Remove;
    o.normalizeWhitespace = true;
    EXPECT_EQ(norm(o, "جميل 😍 جدا"), "جميل جدا");
}

TEST(Normalizer, OffsetsFollowTheRawText)
{
    // raw:  و ا ل ف ُ ن د ق ـ ـ ـ   ر ا ا ا ا ئ ع
    const std::string raw = "والفُندقـــ رااااائع";
    auto r = Normalizer(NormalizerOptions::light()).normalize(raw);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->text, "والفندق رائع");
    // "الفندق" is norm [1, 7): raw [1, 11) includes the damma and the trailing tatweel.
    EXPECT_EQ(r->map.rawRange(1, 7), (TextRange{1, 11}));
    EXPECT_EQ(utf8::substr(raw, 1, 11), "الفُندقـــ");
    // "رائع" is norm [8, 12): raw [12, 20).
    EXPECT_EQ(r->map.rawRange(8, 12), (TextRange{12, 20}));
    EXPECT_EQ(r->map.normRange(12, 20), (TextRange{8, 12}));
    // The damma alone maps to the letter it sat on.
    EXPECT_EQ(r->map.normRange(4, 5), (TextRange{3, 4}));
}

TEST(Normalizer, SearchPresetIsAggressive)
{
    EXPECT_EQ(norm(NormalizerOptions::search(), " إلى المُستشفى   ٣ مرات  😍 http://a.b "), "الي المستشفي 3 مرات");
    EXPECT_EQ(norm(NormalizerOptions::search(), "ﻻ مسؤولية"), "لا مسءوليه");
}

TEST(Normalizer, InvalidUtf8IsAnErrorNamingTheByte)
{
    auto r = Normalizer().normalize(std::string("ab\xC3(", 4));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(r.error().find("byte 2"), std::string::npos) << r.error();
}

TEST(Normalizer, CodePointsPastUnicodeBecomeReplacementCharacters)
{
    const std::u32string raw = {U'a', static_cast<char32_t>(0x110000), static_cast<char32_t>(0xD800), U'\U0001F60D'};
    const NormalizedText n = Normalizer(NormalizerOptions::none()).normalize(std::u32string_view(raw));
    EXPECT_EQ(n.text, "a\uFFFD\uFFFD\U0001F60D");
    EXPECT_EQ(n.map.rawLength(), 4u);
}

TEST(Normalizer, PresetsByName)
{
    EXPECT_TRUE(NormalizerOptions::preset("light").has_value());
    EXPECT_TRUE(NormalizerOptions::preset("search")->unifyAlef);
    EXPECT_FALSE(NormalizerOptions::preset("heavy").has_value());
    EXPECT_EQ(NormalizerOptions::light().activeTokens().size(), 3u);
}

TEST(Normalizer, VeryLongTextIsLinear)
{
    std::string raw;
    for (int i = 0; i < 200000; ++i)
        raw += "الفُندقُ رااائع ";
    auto r = Normalizer(NormalizerOptions::search()).normalize(raw);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->map.rawLength(), utf8::length(raw));
    EXPECT_EQ(r->text.substr(0, std::string("الفندق راءع").size()), "الفندق راءع");
}

} // namespace
} // namespace mizan
