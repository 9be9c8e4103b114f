#include "tasks/charngrams.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "common/utf8.h"
#include "tasks/taskdata.h"
#include "tinytraining.h"

using namespace mizan;
using namespace mizan::test;

TEST(CharNgrams, OneBagPerPositionAndEmptyForSpecials)
{
    const std::string text = "الفندق نظيف";
    const std::vector<CharRange> offsets = {{0, 0}, {0, 6}, {7, 11}, {0, 0}};
    const auto bags = charNgramBags(text, offsets, 1000);
    ASSERT_EQ(bags.size(), offsets.size());
    EXPECT_TRUE(bags[0].empty());
    EXPECT_TRUE(bags[3].empty());
    // form + 2/3/4-grams of "<الفندق>" (7+6+5) + word form + 2 prefixes + 2 suffixes, then
    // the baseline's unit features (context included).
    EXPECT_GT(bags[1].size(), 1u + 7u + 6u + 5u + 1u + 4u + 10u);
    for (const auto &bag : bags)
        for (std::int64_t id : bag) {
            EXPECT_GE(id, 0);
            EXPECT_LT(id, 1000);
        }
    EXPECT_NE(bags[1], bags[2]);
}

TEST(CharNgrams, TashkeelAndTatweelDoNotChangeTheFeatures)
{
    const auto plain = charNgramBags("الفندق", {{0, 6}}, 1 << 20);
    const std::string marked = "الفُنْدُقـــ";
    const auto withMarks = charNgramBags(marked, {{0, utf8::length(marked)}}, 1 << 20);
    EXPECT_EQ(plain, withMarks);
}

TEST(CharNgrams, APieceInsideAWordSharesTheWordFeatures)
{
    // "والخدمة" split as و | الخدمة: both pieces carry the whole word's form.
    const std::string text = "والخدمة";
    const auto bags = charNgramBags(text, {{0, 1}, {1, 7}}, 1 << 20);
    const auto alone = charNgramBags("الخدمة", {{0, 6}}, 1 << 20);
    // Piece features first: the form and the 2/3/4-grams of "<الخدمه>" (8 code points).
    const std::size_t pieceFeatures = 1 + 7 + 6 + 5;
    // The host piece has the same piece features as the word written alone ...
    EXPECT_TRUE(std::equal(alone[0].begin(), alone[0].begin() + long(pieceFeatures), bags[1].begin()));
    // ... but not the same word features (the conjunction is part of the word).
    EXPECT_NE(alone[0][pieceFeatures], bags[1][pieceFeatures]);
    // Both pieces of the split word carry the same word-form feature ("و" has 1 + 3 piece
    // features: "<و>" has two 2-grams and one 3-gram).
    EXPECT_EQ(bags[0][4], bags[1][pieceFeatures]);
}

TEST(CharNgrams, ZeroBucketsGiveEmptyBags)
{
    const auto bags = charNgramBags("نظيف", {{0, 4}}, 0);
    ASSERT_EQ(bags.size(), 1u);
    EXPECT_TRUE(bags[0].empty());
}

TEST(CharNgrams, ExamplesCarryBagsOnlyWhenTheEncoderAsksForThem)
{
    const std::string dir = writeCharVocab(freshDir("charngrams-vocab"), "الفندقنظيفوموعاتجدخسئةر ");
    auto tok = WordPieceTokenizer::fromDirectory(dir);
    ASSERT_TRUE(tok.ok()) << tok.error();
    Sentence s;
    s.id = "1:0";
    s.text = "الفندق نظيف والخدمة";
    PieceEncoderOptions plainOptions{"light", true};
    PieceEncoder plain(&*tok, plainOptions);
    EXPECT_TRUE(makeTaggingExample(s, {}, {"O", "B-TARGET", "I-TARGET"}, plain, *tok, 64).ngrams.empty());
    PieceEncoderOptions withGrams{"light", true, 4096};
    PieceEncoder grams(&*tok, withGrams);
    const TaskExample tagged = makeTaggingExample(s, {}, {"O", "B-TARGET", "I-TARGET"}, grams, *tok, 64);
    ASSERT_EQ(tagged.ngrams.size(), tagged.inputIds.size());
    EXPECT_TRUE(tagged.ngrams.front().empty());  // [CLS]
    EXPECT_TRUE(tagged.ngrams.back().empty());   // [SEP]
    EXPECT_FALSE(tagged.ngrams[1].empty());
    // A pair: the target segment's pieces get the features of the target's words.
    const TaskExample pair = makePairExample("1:0", s.text, {13, 19}, grams, *tok, 64, true);
    ASSERT_EQ(pair.ngrams.size(), pair.inputIds.size());
    std::size_t secondSegment = 0;
    for (std::size_t i = 0; i < pair.inputIds.size(); ++i)
        if (pair.tokenTypeIds[i] == 1 && !pair.ngrams[i].empty())
            ++secondSegment;
    EXPECT_GT(secondSegment, 0u);
}
