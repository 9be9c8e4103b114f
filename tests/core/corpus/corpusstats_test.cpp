#include <gtest/gtest.h>

#include <filesystem>

#include "corpus/corpusio.h"
#include "corpus/corpusstats.h"
#include "corpus/lineindex.h"
#include "support/testsupport.h"

using namespace mizan;

TEST(CorpusStats, TrainFile)
{
    const std::string path = test::sharedFile(test::kSemEvalTrain);
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "SemEval train file not found at " << path;
    ImportResult r = importCorpus(path);
    ASSERT_TRUE(r.ok);
    CorpusStats st = computeStats(r.corpus);
    EXPECT_EQ(st.documents, 1839u);
    EXPECT_EQ(st.sentences, 4802u);
    EXPECT_EQ(st.opinions, 10509u);
    EXPECT_EQ(st.explicitTargets, 9620u);
    EXPECT_EQ(st.nullTargets, 889u);
    EXPECT_EQ(st.categories.size(), 34u);
    EXPECT_EQ(st.categories["SERVICE#GENERAL"], 2221u);
    EXPECT_EQ(st.polarity["positive"] + st.polarity["negative"] + st.polarity["neutral"], 10509u);
    EXPECT_GT(st.tokens, 60000u);
    CorpusStats twice = st;
    twice.add(st);
    EXPECT_EQ(twice.opinions, 2 * 10509u);
    EXPECT_EQ(twice.categories["SERVICE#GENERAL"], 2 * 2221u);
}

TEST(CorpusStats, EntityLabelsAndTokens)
{
    ImportResult r = importCorpusData("زار O\nمحمد B-PERS\nدبي، B-LOC\n", "x.conll");
    ASSERT_TRUE(r.ok);
    CorpusStats st = computeStats(r.corpus);
    EXPECT_EQ(st.entityLabels["PERS"], 1u);
    EXPECT_EQ(st.entityLabels["LOC"], 1u);
    EXPECT_EQ(st.tokens, 4u);  // the Arabic comma is a token of its own
}

TEST(WordTokenizer, WhitespaceAndPunctuation)
{
    auto t = splitWords("  أنا، هنا؟ $5 ok.");
    EXPECT_EQ(t, (std::vector<WordToken>{{2, 5}, {5, 6}, {7, 10}, {10, 11}, {12, 13}, {13, 14}, {15, 17}, {17, 18}}));
    EXPECT_TRUE(splitWords("").empty());
    EXPECT_TRUE(splitWords(" \t\n").empty());
}

// The Statistics panel's sentence lengths and `mizan stats` count words the same way.
TEST(WordTokenizer, CountWordsIsTheSplittersCount)
{
    EXPECT_EQ(countWords("  أنا، هنا؟ $5 ok."), 8u);
    EXPECT_EQ(countWords("الفندق\u00a0رائع"), 2u);  // no-break space separates, as ICU says
    EXPECT_EQ(countWords(""), 0u);
}

TEST(LineIndex, LinesAndCodePointColumns)
{
    const std::string text = "ab\r\nجمل x\rz\n";
    LineIndex idx(text);
    EXPECT_EQ(idx.position(0).line, 1u);
    EXPECT_EQ(idx.position(4).line, 2u);
    EXPECT_EQ(idx.position(4).column, 1u);
    EXPECT_EQ(idx.position(11).column, 5u);  // 'x' after three two-byte letters and a space
    EXPECT_EQ(idx.position(13).line, 3u);
}
