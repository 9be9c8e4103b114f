// The learning curve's rounds: scored on held-out annotated reviews of the corpus, stored and
// read back, damaged files refused naming the file and the round.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "annotation/learningcurve.h"
#include "tinybaseline.h"

using namespace mizan;

namespace {

std::size_t annotatedCount(const Corpus &c)
{
    std::size_t n = 0;
    for (const Document &d : c.documents)
        for (const Sentence &s : d.sentences)
            n += s.reviewed || !s.opinions.empty() || !s.entities.empty();
    return n;
}

std::string tempPath(const std::string &name)
{
    return (std::filesystem::temp_directory_path() / ("mizan-curve-" + std::to_string(::getpid()) + "-" + name)).string();
}

void writeText(const std::string &path, const std::string &text) { std::ofstream(path) << text; }

} // namespace

TEST(LearningCurve, ScoresAModelTrainedOnAnnotatedReviewsOnTheHeldOutOnes)
{
    const Corpus &corpus = test::tinyHotels();
    auto round = scoreAnnotated(corpus, test::tinyBaselineOptions());
    ASSERT_TRUE(round.ok()) << round.error();
    EXPECT_EQ(round->labelled, annotatedCount(corpus));
    EXPECT_GT(round->heldOut, 0u);
    EXPECT_LT(round->heldOut, round->labelled);
    ASSERT_TRUE(round->accuracy && round->macroF1 && round->targetF1);
    EXPECT_GE(*round->accuracy, 0.0);
    EXPECT_LE(*round->accuracy, 1.0);
    EXPECT_GE(*round->targetF1, 0.0);
    EXPECT_LE(*round->targetF1, 1.0);
    EXPECT_FALSE(round->entityF1);  // no entity annotation in this corpus
    EXPECT_EQ(round->when.size(), 20u);  // 2026-12-05T11:43:13Z
}

TEST(LearningCurve, OnlyAnnotatedSentencesCount)
{
    Corpus corpus = test::tinyHotels();
    const std::size_t before = annotatedCount(corpus);
    // The first half of the reviews loses its annotation: fewer labelled, same split rule.
    for (std::size_t d = 0; d < corpus.documents.size() / 2; ++d)
        for (Sentence &s : corpus.documents[d].sentences) {
            s.opinions.clear();
            s.reviewed = false;
        }
    auto round = scoreAnnotated(corpus, test::tinyBaselineOptions());
    ASSERT_TRUE(round.ok()) << round.error();
    EXPECT_EQ(round->labelled, annotatedCount(corpus));
    EXPECT_LT(round->labelled, before);
}

TEST(LearningCurve, TooLittleAnnotationIsRefusedSayingWhy)
{
    Corpus corpus = test::tinyHotels();
    bool kept = false;
    for (Document &d : corpus.documents)
        for (Sentence &s : d.sentences) {
            if (!kept && !s.opinions.empty()) {
                kept = true;
                continue;
            }
            s.opinions.clear();
            s.reviewed = false;
        }
    auto round = scoreAnnotated(corpus, test::tinyBaselineOptions());
    ASSERT_FALSE(round.ok());
    EXPECT_EQ(round.status().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(round.error().find("at least 2 annotated sentences"), std::string::npos) << round.error();
}

TEST(LearningCurve, StopCancels)
{
    std::atomic<bool> stop{true};
    auto round = scoreAnnotated(test::tinyHotels(), test::tinyBaselineOptions(), &stop);
    ASSERT_FALSE(round.ok());
    EXPECT_EQ(round.status().code(), ErrorCode::Cancelled);
}

TEST(LearningCurve, RoundsAreWrittenAndReadBack)
{
    const std::string path = tempPath("rounds.json");
    auto none = readLearningCurve(path);
    ASSERT_TRUE(none.ok()) << none.error();
    EXPECT_TRUE(none->empty());
    LearningRound a;
    a.when = "2026-12-05T10:00:00Z";
    a.strategy = "entropy";
    a.labelled = 200;
    a.heldOut = 41;
    a.accuracy = 0.75;
    a.macroF1 = 0.5;
    a.targetF1 = 0.625;
    LearningRound b = a;
    b.labelled = 400;
    b.accuracy.reset();
    b.entityF1 = 0.25;
    ASSERT_TRUE(writeLearningCurve(path, "/data/hotels.xml", {a, b}).isOk());
    auto back = readLearningCurve(path);
    ASSERT_TRUE(back.ok()) << back.error();
    ASSERT_EQ(back->size(), 2u);
    EXPECT_EQ((*back)[0].when, a.when);
    EXPECT_EQ((*back)[0].strategy, "entropy");
    EXPECT_EQ((*back)[0].labelled, 200u);
    EXPECT_EQ((*back)[0].heldOut, 41u);
    EXPECT_EQ((*back)[0].accuracy, 0.75);
    EXPECT_EQ((*back)[0].targetF1, 0.625);
    EXPECT_FALSE((*back)[0].entityF1);
    EXPECT_EQ((*back)[1].labelled, 400u);
    EXPECT_FALSE((*back)[1].accuracy);
    EXPECT_EQ((*back)[1].entityF1, 0.25);
    std::filesystem::remove(path);
}

TEST(LearningCurve, DamagedFilesAreRefusedNamingFileAndRound)
{
    const std::string path = tempPath("bad.json");
    writeText(path, "{\"rounds\": [");
    auto bad = readLearningCurve(path);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.status().code(), ErrorCode::ParseError);
    EXPECT_NE(bad.error().find(path), std::string::npos) << bad.error();
    EXPECT_NE(bad.error().find("line 1"), std::string::npos) << bad.error();

    writeText(path, "{\"rounds\": [{\"labelled\": 10, \"accuracy\": 0.5}, {\"labelled\": 20, \"accuracy\": 7}]}");
    bad = readLearningCurve(path);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("round 2"), std::string::npos) << bad.error();
    EXPECT_NE(bad.error().find("\"accuracy\""), std::string::npos) << bad.error();
    EXPECT_EQ(bad.error().find("json.exception"), std::string::npos);

    writeText(path, "{\"rounds\": [{\"labelled\": -3}]}");
    bad = readLearningCurve(path);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("round 1"), std::string::npos) << bad.error();

    writeText(path, "[1, 2]");
    bad = readLearningCurve(path);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("\"rounds\""), std::string::npos) << bad.error();
    std::filesystem::remove(path);
}
