#include "train/taskdata.h"

#include <gtest/gtest.h>

#include "common/utf8.h"
#include "corpus/corpusio.h"
#include "tinytraining.h"
#include "tokenize/wordpiece.h"

using namespace mizan;
using namespace mizan::testing;

namespace {

WordPieceTokenizer charTokenizer()
{
    const std::string dir = writeCharVocab(freshDir("taskdata-vocab"),
                                           "الفندقنظيفوموعاتجدخسئةرإطبيـًٌٍَُِّْ😀 ");
    auto tok = WordPieceTokenizer::fromDirectory(dir);
    EXPECT_TRUE(tok.ok()) << tok.error();
    return std::move(*tok);
}

} // namespace

TEST(PieceEncoder, TokenRangesPointIntoTheRawText)
{
    const WordPieceTokenizer tok = charTokenizer();
    PieceEncoder enc(&tok, {"light", true});
    // Tashkeel, tatweel, an emoji outside the BMP and an attached conjunction.
    const std::string raw = "الفُنْدُقـــ 😀 نظيف والخدمة";
    const auto tokens = enc.tokenize(raw);
    ASSERT_FALSE(tokens.empty());
    const std::size_t length = utf8::length(raw);
    std::size_t previousEnd = 0;
    for (const Token &t : tokens) {
        ASSERT_LT(t.range.start, t.range.end);
        ASSERT_LE(t.range.end, length);
        EXPECT_GE(t.range.start, previousEnd) << t.text;
        previousEnd = t.range.end;
    }
    // The first word's letters cover its marks and tatweel: the pieces together span the raw
    // word exactly, from 0 to the space.
    EXPECT_EQ(tokens.front().range.start, 0u);
    std::size_t firstWordEnd = 0;
    for (const Token &t : tokens)
        if (t.range.end <= 12)
            firstWordEnd = t.range.end;
    EXPECT_EQ(utf8::substr(raw, 0, firstWordEnd), "الفُنْدُقـــ");
    // "والخدمة": a token starts where "الخدمة" starts (after the conjunction).
    const std::size_t target = utf8::length("الفُنْدُقـــ 😀 نظيف و");
    bool startsAtTarget = false;
    for (const Token &t : tokens)
        startsAtTarget = startsAtTarget || t.range.start == target;
    EXPECT_TRUE(startsAtTarget);
}

TEST(TaskData, TaggingLabelsEverySubToken)
{
    const WordPieceTokenizer tok = charTokenizer();
    PieceEncoder enc(&tok, {"light", true});
    Sentence s;
    s.id = "1:0";
    s.text = "الفندق نظيف والخدمة";
    Opinion o;
    o.target = "الخدمة";
    o.from = 13;
    o.to = 19;
    o.polarity = Polarity::Negative;
    s.opinions = {o, o};  // the same target twice (two categories) counts once
    const auto spans = goldSpans(s, "targets");
    ASSERT_EQ(spans.size(), 1u);
    const auto labels = bioLabels({"TARGET"});
    ASSERT_EQ(labels, (std::vector<std::string>{"O", "B-TARGET", "I-TARGET"}));
    const TaskExample ex = makeTaggingExample(s, spans, labels, enc, tok, 64);
    std::vector<CharRange> offs;
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < ex.labels.size(); ++i)
        if (ex.labels[i] != -100) {
            ids.push_back(ex.labels[i]);
            offs.push_back(ex.offsets[i]);
        }
    const auto decoded = decodeBio(ids, offs, labels);
    ASSERT_EQ(decoded.size(), 1u);
    EXPECT_EQ(decoded[0].start, 13u);
    EXPECT_EQ(decoded[0].end, 19u);
    EXPECT_EQ(decoded[0].label, "TARGET");

    const TaskExample pair = makePairExample("1:0", s.text, {13, 19}, enc, tok, 64, true);
    int marked = 0;
    for (std::size_t i = 0; i < pair.inputIds.size(); ++i)
        if (pair.tokenTypeIds[i] == 1 && pair.offsets[i].start >= 13 && pair.offsets[i].end <= 19)
            ++marked;
    // Target tokens: once in the sentence (marked) and once as the second segment.
    EXPECT_GE(marked, 2 * 6);
}

TEST(TaskData, DecodeBioFollowsConllevalAndScores)
{
    const std::vector<std::string> labels = {"O", "B-LOC", "I-LOC", "B-PER", "I-PER"};
    const std::vector<CharRange> offs = {{0, 2}, {3, 5}, {6, 8}, {9, 11}, {12, 14}};
    const auto spans = decodeBio({2, 2, 0, 3, 2}, offs, labels, {0.5, 0.7, 1, 0.9, 0.8});
    ASSERT_EQ(spans.size(), 3u);
    EXPECT_EQ(spans[0].label, "LOC");  // I- after nothing starts an entity
    EXPECT_EQ(spans[0].end, 5u);
    EXPECT_DOUBLE_EQ(spans[0].score, 0.6);
    EXPECT_EQ(spans[1].label, "PER");
    EXPECT_EQ(spans[2].label, "LOC");  // a type change starts a new entity
}


TEST(PieceEncoder, HandlesEverySentenceOfTheSampleCorpus)
{
    const WordPieceTokenizer tok = charTokenizer();
    PieceEncoder enc(&tok, {"light", true});
    PieceEncoder pre(nullptr, {"light", true});
    auto corpus = importCorpus(MIZAN_RESOURCES_DIR "/sample/hotel_reviews_sample.xml");
    ASSERT_TRUE(corpus.ok);
    std::size_t sentences = 0;
    for (const Document &d : corpus.corpus.documents)
        for (const Sentence &s : d.sentences) {
            const std::string split = pre.pretokenize(s.text);
            EXPECT_FALSE(split.empty()) << s.id;
            const std::size_t length = utf8::length(s.text);
            for (const Token &t : enc.tokenize(s.text))
                ASSERT_LE(t.range.end, length) << s.id;
            ++sentences;
        }
    EXPECT_GT(sentences, 50u);
}
