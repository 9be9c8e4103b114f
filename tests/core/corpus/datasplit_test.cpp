#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "corpus/corpusio.h"
#include "corpus/datasplit.h"
#include "support/testsupport.h"

using namespace mizan;

namespace {

Corpus corpusWithDocuments(std::size_t n)
{
    Corpus c;
    for (std::size_t i = 0; i < n; ++i) {
        Document d;
        d.id = "r" + std::to_string(i);
        d.sentences.push_back({});
        d.sentences[0].id = d.id + ":0";
        c.documents.push_back(d);
    }
    return c;
}

} // namespace

TEST(DataSplit, DeterministicSeededAndOrderIndependent)
{
    Corpus c = corpusWithDocuments(200);
    DocumentSplit a = splitByDocument(c, 0.1, 42);
    DocumentSplit b = splitByDocument(c, 0.1, 42);
    EXPECT_EQ(a.dev, b.dev);
    EXPECT_EQ(a.dev.size(), 20u);
    EXPECT_EQ(a.train.size(), 180u);
    EXPECT_NE(splitByDocument(c, 0.1, 43).dev, a.dev);

    std::set<std::string> devIds;
    for (std::size_t i : a.dev)
        devIds.insert(c.documents[i].id);
    Corpus reversed = c;
    std::reverse(reversed.documents.begin(), reversed.documents.end());
    std::set<std::string> reversedIds;
    for (std::size_t i : splitByDocument(reversed, 0.1, 42).dev)
        reversedIds.insert(reversed.documents[i].id);
    EXPECT_EQ(devIds, reversedIds);
}

TEST(DataSplit, EdgeFractions)
{
    Corpus c = corpusWithDocuments(5);
    EXPECT_EQ(splitByDocument(c, 0.0, 1).dev.size(), 0u);
    EXPECT_EQ(splitByDocument(c, 0.01, 1).dev.size(), 1u);
    EXPECT_EQ(splitByDocument(c, 1.0, 1).dev.size(), 4u);
    EXPECT_EQ(splitByDocument(corpusWithDocuments(0), 0.5, 1).dev.size(), 0u);
}

TEST(DataSplit, TrainFileSplitKeepsReviewsWhole)
{
    const std::string path = test::sharedFile(test::kSemEvalTrain);
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "SemEval train file not found at " << path;
    ImportResult r = importCorpus(path);
    ASSERT_TRUE(r.ok);
    auto [train, dev] = splitTrainDev(r.corpus, 0.1, 2016);
    EXPECT_EQ(train.documents.size() + dev.documents.size(), 1839u);
    EXPECT_EQ(dev.documents.size(), 184u);
    EXPECT_EQ(train.sentenceCount() + dev.sentenceCount(), 4802u);
    std::set<std::string> trainIds;
    for (const Document &d : train.documents)
        trainIds.insert(d.id);
    for (const Document &d : dev.documents)
        EXPECT_EQ(trainIds.count(d.id), 0u);
}

TEST(DataSplit, SingleDocumentCorpusIsSplitBySentence)
{
    Corpus c;
    c.documents.emplace_back();
    for (int i = 0; i < 50; ++i) {
        Sentence s;
        s.id = "1:" + std::to_string(i);
        c.documents[0].sentences.push_back(s);
    }
    auto [train, dev] = splitTrainDev(c, 0.2, 7);
    EXPECT_EQ(dev.sentenceCount(), 10u);
    EXPECT_EQ(train.sentenceCount(), 40u);
}
