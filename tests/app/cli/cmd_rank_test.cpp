// `mizan rank`: a tiny baseline trained by `mizan baseline train` ranks the tiny corpus with
// every strategy (scores in order, no repeats, top N), random needs no model and is seeded,
// and bad strategies / pools / models fail with a message.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "clirun.h"

namespace {

using mizan::test::CliRun;
using mizan::test::runMizan;

const std::string kCorpus = "'" + std::string(MIZAN_TEST_DATA_DIR) + "/train/tiny_hotels.xml'";

class CliRank : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = (std::filesystem::temp_directory_path() / ("mizan-rank-cli-" + std::to_string(::getpid()))).string();
        s_train = runMizan("baseline train --train " + kCorpus + " --dev-fraction 0 --tagger-epochs 5 "
                           "--sentiment-epochs 10 --out '" + s_dir + "'");
    }
    static void TearDownTestSuite()
    {
        std::error_code ec;
        std::filesystem::remove_all(s_dir, ec);
    }
    static std::string s_dir;
    static CliRun s_train;
};
std::string CliRank::s_dir;
CliRun CliRank::s_train;

} // namespace

TEST_F(CliRank, EveryStrategyRanksTopNInScoreOrder)
{
    ASSERT_EQ(s_train.exitCode, 0) << s_train.out;
    for (const char *strategy : {"random", "least-confidence", "margin", "entropy", "span-posterior", "token-entropy"}) {
        CliRun r = runMizan("rank --model '" + s_dir + "' --corpus " + kCorpus + " --pool all --top 5 --json --strategy " +
                                strategy,
                            "2>/dev/null");
        ASSERT_EQ(r.exitCode, 0) << strategy << ": " << r.out;
        const nlohmann::json j = nlohmann::json::parse(r.out);
        EXPECT_EQ(j["strategy"], strategy);
        EXPECT_EQ(j["candidates"], 16);
        ASSERT_EQ(j["sentences"].size(), 5u) << strategy;
        std::set<std::string> ids;
        double previous = 1e9;
        for (const auto &s : j["sentences"]) {
            ids.insert(s["id"].get<std::string>());
            EXPECT_LE(s["score"].get<double>(), previous) << strategy;
            previous = s["score"].get<double>();
            EXPECT_FALSE(s["text"].get<std::string>().empty());
        }
        EXPECT_EQ(ids.size(), 5u) << strategy;
    }
}

TEST_F(CliRank, RandomNeedsNoModelAndIsSeeded)
{
    const std::string args = "rank --corpus " + kCorpus + " --pool all --top 0 --strategy random --json";
    CliRun a = runMizan(args + " --seed 3", "", false), b = runMizan(args + " --seed 3", "", false),
           c = runMizan(args + " --seed 4", "", false);
    ASSERT_EQ(a.exitCode, 0) << a.out;
    EXPECT_EQ(a.out, b.out);
    EXPECT_NE(a.out, c.out);
    EXPECT_EQ(nlohmann::json::parse(a.out)["sentences"].size(), 16u);
}

TEST_F(CliRank, FullyAnnotatedCorpusHasNoUnannotatedCandidates)
{
    CliRun r = runMizan("rank --corpus " + kCorpus + " --strategy random");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("warning: no unannotated sentences to rank"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("0 of 0 unannotated sentences"), std::string::npos) << r.out;
}

TEST_F(CliRank, BadArgumentsFailWithAMessage)
{
    CliRun unknown = runMizan("rank --corpus " + kCorpus + " --strategy uncertainty");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.out.find("unknown --strategy \"uncertainty\""), std::string::npos) << unknown.out;
    CliRun noModel = runMizan("rank --corpus " + kCorpus + " --strategy entropy");
    EXPECT_EQ(noModel.exitCode, 2);
    EXPECT_NE(noModel.out.find("--model is needed"), std::string::npos) << noModel.out;
    CliRun missing = runMizan("rank --model /nonexistent/mizan-model --corpus " + kCorpus + " --strategy margin");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.out.find("/nonexistent/mizan-model"), std::string::npos) << missing.out;
}

TEST(CliRankArguments, NegativeCountsAndSeedsAreRefused)
{
    // CLI11 alone reads -1 into an unsigned option as 2^64 - 1: every unsigned option refuses it.
    for (const std::string option : {"--top -1", "--seed -5"}) {
        CliRun r = runMizan("rank --corpus " + kCorpus + " --strategy random " + option);
        EXPECT_NE(r.exitCode, 0) << option << "\n" << r.out;
        EXPECT_NE(r.out.find(option.substr(0, option.find(' '))), std::string::npos) << r.out;
        EXPECT_NE(r.out.find("expected a number >= 0, found -"), std::string::npos) << r.out;
    }
}
