#include "text/offsetmap.h"

#include <gtest/gtest.h>

#include <random>
#include <stdexcept>

#include "common/utf8.h"
#include "text/normalizer.h"

namespace mizan {
namespace {

TEST(OffsetMap, IdentityMapsEveryRangeOntoItself)
{
    const OffsetMap m = OffsetMap::identity(5);
    EXPECT_EQ(m.rawLength(), 5u);
    EXPECT_EQ(m.normLength(), 5u);
    EXPECT_EQ(m.rawRange(1, 4), (TextRange{1, 4}));
    EXPECT_EQ(m.normRange(0, 5), (TextRange{0, 5}));
    EXPECT_EQ(m.rawRange(5, 5), (TextRange{5, 5}));
}

TEST(OffsetMap, DeletionMergeExpansionAndReplacement)
{
    // raw:  a b c d e f g    (7)  -> norm: a X Y e T T (6)
    // a 1:1, b deleted, c d merged into X Y? no: cd -> X (2:1), (none) , e 1:1, fg -> TT (2:2)
    const OffsetMap m({{0, 1, 0, 1}, {1, 2, 1, 1}, {2, 4, 1, 2}, {4, 5, 2, 3}, {5, 7, 3, 5}});
    EXPECT_EQ(m.rawLength(), 7u);
    EXPECT_EQ(m.normLength(), 5u);
    EXPECT_EQ(m.rawRange(1, 2), (TextRange{2, 4}));  // X came from c d
    EXPECT_EQ(m.rawRange(0, 2), (TextRange{0, 4}));  // a X spans the deleted b
    EXPECT_EQ(m.normRange(1, 2), (TextRange{1, 1}));  // b was deleted: empty at its place
    EXPECT_EQ(m.normRange(2, 3), (TextRange{1, 2}));  // c alone still maps to X
    EXPECT_EQ(m.rawRange(4, 5), (TextRange{5, 7}));   // any part of a token maps to its source
    EXPECT_EQ(m.rawRange(5, 5), (TextRange{7, 7}));
    EXPECT_EQ(m.rawRange(3, 99), (TextRange{5, 7}));  // clamped
}

TEST(OffsetMap, RejectsNonContiguousSegments)
{
    EXPECT_THROW(OffsetMap({{0, 1, 0, 1}, {2, 3, 1, 2}}), std::invalid_argument);
    EXPECT_THROW(OffsetMap({{0, 1, 0, 1}, {1, 2, 2, 3}}), std::invalid_argument);
}

TEST(OffsetMap, ThenComposesTwoMaps)
{
    // "abc" -> "aXc" where b -> X Y (1:2), then "aXYc" -> "aZc" where X Y -> Z (2:1)
    const OffsetMap first({{0, 1, 0, 1}, {1, 2, 1, 3}, {2, 3, 3, 4}});
    const OffsetMap second({{0, 1, 0, 1}, {1, 3, 1, 2}, {3, 4, 2, 3}});
    const OffsetMap both = first.then(second);
    EXPECT_EQ(both.rawLength(), 3u);
    EXPECT_EQ(both.normLength(), 3u);
    EXPECT_EQ(both.rawRange(1, 2), (TextRange{1, 2}));
    EXPECT_EQ(both.normRange(2, 3), (TextRange{2, 3}));
    EXPECT_THROW(first.then(OffsetMap::identity(2)), std::invalid_argument);
}

// Random text drawn from Arabic letters, tashkeel, tatweel, Latin, digits of three scripts,
// emoji outside the BMP (with skin tones, ZWJ and VS16), combining marks, bidi marks, white
// space, lam-alef ligatures, URLs and mentions.
std::u32string randomText(std::mt19937 &rng)
{
    static const std::vector<std::u32string> pieces = {
        U"\u0627", U"\u0644", U"\u0623", U"\u0625", U"\u0622", U"\u0649", U"\u0629", U"\u0624", U"\u0626",
        U"\u0645", U"\u0631", U"\u0639", U"\u064E", U"\u0650", U"\u0651", U"\u0652", U"\u0670", U"\u0640",
        U"\u0654", U"\u0655", U"\u0653", U"a", U"B", U"e\u0301", U"\u0301", U"1", U"\u0663", U"\u06F7",
        U" ", U"  ", U"\t", U"\n", U"\u00A0", U"\u200E", U"\u200F", U"\u061C", U"\u200D",
        U"\U0001F60D", U"\U0001F44D\U0001F3FD", U"\U0001F468\u200D\U0001F469\u200D\U0001F467",
        U"\u2764\uFE0F", U"\U0001F1F8\U0001F1E6", U"\uFEFB", U"\uFEF7", U"\uFDF2", U"\uFB50",
        U"https://x.co/a", U"@user", U"a@b.com", U".", U"\u060C", U"\u061F", U"\u0627\u0627\u0627\u0627",
        U"\U00010400", U"\u1100\u1161", U"\uFFFD"};
    std::uniform_int_distribution<std::size_t> len(0, 40);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::u32string s;
    for (std::size_t n = len(rng); n > 0; --n)
        s += pieces[pick(rng)];
    return s;
}

void expectMonotoneAndCovering(const OffsetMap &m, std::size_t rawLen, std::size_t normLen)
{
    ASSERT_EQ(m.rawLength(), rawLen);
    ASSERT_EQ(m.normLength(), normLen);
    std::size_t raw = 0, norm = 0;
    for (const OffsetSegment &s : m.segments()) {
        ASSERT_EQ(s.rawStart, raw);    // covering, no gap, no overlap
        ASSERT_EQ(s.normStart, norm);
        ASSERT_LE(s.rawStart, s.rawEnd);
        ASSERT_LE(s.normStart, s.normEnd);
        raw = s.rawEnd;
        norm = s.normEnd;
    }
    // Every normalised char maps to a non-empty raw range, in order.
    TextRange prev{0, 0};
    for (std::size_t i = 0; i < normLen; ++i) {
        const TextRange r = m.rawRange(i, i + 1);
        ASSERT_FALSE(r.empty()) << "norm char " << i;
        ASSERT_LE(prev.start, r.start);
        ASSERT_LE(prev.end, r.end);
        prev = r;
    }
    // Every raw char maps somewhere, in order; mapping back contains it unless it was deleted.
    TextRange prevNorm{0, 0};
    for (std::size_t i = 0; i < rawLen; ++i) {
        const TextRange n = m.normRange(i, i + 1);
        ASSERT_LE(prevNorm.start, n.start);
        ASSERT_LE(prevNorm.end, n.end);
        ASSERT_LE(n.end, normLen);
        if (!n.empty()) {
            const TextRange back = m.rawRange(n);
            ASSERT_LE(back.start, i);
            ASSERT_GT(back.end, i);
        }
        prevNorm = n;
    }
    // Whole texts correspond.
    if (normLen > 0) {
        const TextRange all = m.rawRange(0, normLen);
        ASSERT_LE(all.end, rawLen);
    }
}

TEST(OffsetMapProperty, RandomTextsEveryPresetMonotoneAndCovering)
{
    std::mt19937 rng(20260511);
    for (const std::string &presetName : NormalizerOptions::presetNames()) {
        NormalizerOptions opts = *NormalizerOptions::preset(presetName);
        // ASCII tokens, so that the alignment check below sees only letters of the text.
        opts.urlToken = "<url>";
        opts.emailToken = "<mail>";
        opts.mentionToken = "<user>";
        opts.emojiToken = "<emoji>";
        for (SpanAction emoji : {SpanAction::Keep, SpanAction::Remove, SpanAction::Replace}) {
            opts.emoji = emoji;
            const Normalizer n(opts);
            for (int iter = 0; iter < 400; ++iter) {
                const std::u32string raw = randomText(rng);
                OffsetMap map;
                const std::u32string norm = n.normalizeCodePoints(raw, &map);
                SCOPED_TRACE(presetName + " raw=" + utf8::encode(raw) + " norm=" + utf8::encode(norm));
                expectMonotoneAndCovering(map, raw.size(), norm.size());
                if (HasFatalFailure())
                    return;
                // Alignment: letters no option rewrites (م ر ع) map back onto themselves.
                for (std::size_t i = 0; i < norm.size(); ++i) {
                    if (norm[i] != U'\u0645' && norm[i] != U'\u0631' && norm[i] != U'\u0639')
                        continue;
                    const TextRange r = map.rawRange(i, i + 1);
                    ASSERT_NE(raw.substr(r.start, r.size()).find(norm[i]), std::u32string::npos) << "norm char " << i;
                }
            }
        }
    }
}

TEST(OffsetMapProperty, ComposedMapsStayMonotoneAndCovering)
{
    std::mt19937 rng(7);
    const Normalizer light(NormalizerOptions::light());
    const Normalizer search(NormalizerOptions::search());
    for (int iter = 0; iter < 300; ++iter) {
        const std::u32string raw = randomText(rng);
        OffsetMap a, b;
        const std::u32string mid = light.normalizeCodePoints(raw, &a);
        const std::u32string fin = search.normalizeCodePoints(mid, &b);
        const OffsetMap both = a.then(b);
        SCOPED_TRACE(utf8::encode(raw));
        expectMonotoneAndCovering(both, raw.size(), fin.size());
        if (HasFatalFailure())
            return;
    }
}

} // namespace
} // namespace mizan
