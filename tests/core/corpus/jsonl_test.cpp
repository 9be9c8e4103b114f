#include <gtest/gtest.h>

#include <filesystem>

#include "corpus/corpusio.h"
#include "support/testsupport.h"

using namespace mizan;

namespace {

ImportResult importJsonl(const std::string &text, bool strict = false, CorpusFormat f = CorpusFormat::Unknown)
{
    ImportOptions o;
    o.strict = strict;
    o.format = f;
    return importCorpusData(text, "mem.jsonl", o);
}

} // namespace

TEST(Jsonl, DoccanoLinesAreDocuments)
{
    ImportResult r = importJsonl(
        "{\"id\": 7, \"text\": \"زار محمد دبي\", \"label\": [[4, 8, \"PERS\"], [9, 12, \"LOC\"]]}\n"
        "\n"
        "{\"text\": \"no labels\"}\n"
        "{\"text\": \"new style\", \"entities\": [{\"start_offset\": 0, \"end_offset\": 3, \"label\": \"X\"}]}\n",
        true);
    ASSERT_TRUE(r.ok) << r.report.issues[0].toString();
    EXPECT_EQ(r.corpus.format, CorpusFormat::JsonlDoccano);
    ASSERT_EQ(r.corpus.documents.size(), 3u);
    const Sentence &s = r.corpus.documents[0].sentences[0];
    EXPECT_EQ(s.id, "7");
    EXPECT_EQ(s.entities[0], (EntitySpan{"PERS", 4, 8}));
    EXPECT_EQ(r.corpus.documents[1].id, "3");  // no id: the line number
    EXPECT_EQ(r.corpus.documents[2].sentences[0].entities[0], (EntitySpan{"X", 0, 3}));
}

TEST(Jsonl, DoccanoProblemsNameTheLine)
{
    ImportResult r = importJsonl("{\"text\": \"abc\", \"label\": [[1, 9, \"X\"]]}\n"
                                 "{\"text\": 5}\n"
                                 "{\"text\": \"a\",, }\n"
                                 "{\"text\": \"fine\"}\n");
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(r.report.issues.size(), 3u);
    EXPECT_EQ(r.report.issues[0].line, 1u);
    EXPECT_NE(r.report.issues[0].message.find("outside the text"), std::string::npos);
    EXPECT_EQ(r.report.issues[1].line, 2u);
    EXPECT_NE(r.report.issues[1].message.find("\"text\" must be a string"), std::string::npos);
    EXPECT_EQ(r.report.issues[2].line, 3u);
    EXPECT_EQ(r.report.issues[2].column, 14u);
    EXPECT_EQ(r.corpus.documents.size(), 2u);
    EXPECT_FALSE(importJsonl("{\"text\": 5}\n", true, CorpusFormat::JsonlDoccano).ok);
}

TEST(Jsonl, DoccanoRoundTrip)
{
    ImportResult a = importJsonl("{\"id\": \"a\", \"text\": \"زار محمد دبي\", \"label\": [[4, 8, \"PERS\"]]}\n", true);
    ASSERT_TRUE(a.ok);
    test::TempDir dir;
    ASSERT_TRUE(exportCorpus(a.corpus, dir.file("x.jsonl")).isOk());
    ImportResult b = importCorpus(dir.file("x.jsonl"), {true, CorpusFormat::Unknown});
    ASSERT_TRUE(b.ok);
    EXPECT_EQ(b.corpus.format, CorpusFormat::JsonlDoccano);
    EXPECT_TRUE(a.corpus == b.corpus);
}

TEST(Jsonl, MizanJsonlRoundTripsTheTrainFileAndEverythingElse)
{
    const std::string path = test::sharedFile(test::kSemEvalTrain);
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "SemEval train file not found at " << path;
    ImportResult a = importCorpus(path);
    ASSERT_TRUE(a.ok);
    // Things SemEval XML cannot hold.
    Sentence &s = a.corpus.documents[3].sentences[0];
    s.reviewed = true;
    s.entities.push_back({"LOC", 0, 2});
    a.corpus.documents[3].documentOpinions.push_back({"", true, "HOTEL#GENERAL", Polarity::Neutral, 0, 0, {{"k", "v"}}});
    test::TempDir dir;
    ASSERT_TRUE(exportCorpus(a.corpus, dir.file("x.jsonl"), CorpusFormat::JsonlMizan).isOk());
    ImportResult b = importCorpus(dir.file("x.jsonl"), {true, CorpusFormat::Unknown});
    ASSERT_TRUE(b.ok) << b.report.issues[0].toString();
    EXPECT_EQ(b.corpus.format, CorpusFormat::JsonlMizan);
    EXPECT_EQ(b.corpus.semevalFlavor, SemEvalFlavor::Y2016Sentence);
    EXPECT_TRUE(a.corpus == b.corpus);
}

TEST(Jsonl, MizanJsonlChecksTargets)
{
    const std::string text = "{\"mizan_corpus\": 1, \"semeval_flavor\": \"2014\"}\n"
                             "{\"id\": \"d\", \"sentences\": [{\"id\": \"s\", \"text\": \"abc\", \"opinions\": "
                             "[{\"target\": \"bc\", \"category\": \"\", \"polarity\": \"positive\", \"from\": 0, \"to\": 2}]}]}\n";
    ImportResult r = importJsonl(text);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.corpus.semevalFlavor, SemEvalFlavor::Y2014);
    ASSERT_EQ(r.report.issues.size(), 1u);
    EXPECT_EQ(r.report.issues[0].line, 2u);
    EXPECT_NE(r.report.issues[0].message.find("does not match"), std::string::npos);
    EXPECT_FALSE(importJsonl(text, true).ok);
}
