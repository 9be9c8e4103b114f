#include <gtest/gtest.h>

#include "tokenize/labelalign.h"
#include "tokenize/wordpiece.h"

using namespace mizan;

namespace {

WordPieceTokenizer smallTokenizer()
{
    TokenizerConfig c;
    c.doLowerCase = false;
    Result<WordPieceTokenizer> t = WordPieceTokenizer::create(
        Vocab({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "ال", "##فندق", "فندق", "جميل", "##ة", ".", "في"}), c);
    if (!t)
        throw std::runtime_error(t.error());
    return std::move(*t);
}

} // namespace

TEST(LabelAlign, FirstSubTokenGetsTheWordLabelOthersAreIgnored)
{
    const WordPieceTokenizer tok = smallTokenizer();
    const std::string text = "الفندق جميلة.";  // words: [0,6) [7,12) — the '.' belongs to no word
    const Encoding e = tok.encode(text);
    ASSERT_EQ(e.tokens, (std::vector<std::string>{"[CLS]", "ال", "##فندق", "جميل", "##ة", ".", "[SEP]"}));
    const std::vector<CharRange> words{{0, 6}, {7, 12}};
    EXPECT_EQ(tokenWordIndices(e, words), (std::vector<int>{-1, 0, 0, 1, 1, -1, -1}));
    const std::vector<std::int64_t> labels = alignLabelsToTokens(e, words, {3, 5});
    EXPECT_EQ(labels, (std::vector<std::int64_t>{-100, 3, -100, 5, -100, -100, -100}));
    // Back: predictions at first sub-tokens, whatever the others say.
    EXPECT_EQ(tokenLabelsToWords(e, words, {9, 1, 8, 2, 8, 8, 9}, 0), (std::vector<std::int64_t>{1, 2}));
}

TEST(LabelAlign, WordsWithoutTokensAndPaddingAndPairs)
{
    const WordPieceTokenizer tok = smallTokenizer();
    const std::string text = "فندق \u200F في";  // the middle word is only an RLM, dropped by cleaning
    std::vector<Encoding> batch{tok.encodePair(text, "فندق")};
    tok.pad(batch, 8);
    const Encoding &e = batch[0];
    ASSERT_EQ(e.size(), 8u);
    const std::vector<CharRange> words{{0, 4}, {5, 6}, {7, 9}};
    EXPECT_EQ(alignLabelsToTokens(e, words, {1, 2, 3}),
              (std::vector<std::int64_t>{-100, 1, 3, -100, -100, -100, -100, -100}));
    EXPECT_EQ(tokenLabelsToWords(e, words, {0, 4, 6, 0, 0, 0, 0, 0}, -1), (std::vector<std::int64_t>{4, -1, 6}));
    // A label list of the wrong length aligns nothing rather than misaligning.
    EXPECT_EQ(alignLabelsToTokens(e, words, {1, 2}), std::vector<std::int64_t>(8, -100));
}

TEST(LabelAlign, TruncatedWordsAreSkipped)
{
    const WordPieceTokenizer tok = smallTokenizer();
    const Encoding e = tok.encode("فندق في جميل", 4);  // [CLS] فندق في [SEP]
    const std::vector<CharRange> words{{0, 4}, {5, 7}, {8, 12}};
    EXPECT_EQ(alignLabelsToTokens(e, words, {1, 2, 3}), (std::vector<std::int64_t>{-100, 1, 2, -100}));
    EXPECT_EQ(tokenLabelsToWords(e, words, {0, 7, 8, 0}, 0), (std::vector<std::int64_t>{7, 8, 0}));
}
