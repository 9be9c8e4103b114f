// `mizan agree`: two and three annotations (SemEval XML and Mizan JSONL with other ids),
// JSON scores, text output, exit status on bad input. Files in tests/data/agree.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "clirun.h"

namespace {

using mizan::test::CliRun;

// JSON runs drop stderr (warnings) so stdout parses; text runs keep it.
CliRun agree(const std::string &args)
{
    return mizan::test::runMizan("agree " + args, "", args.find("--json") == std::string::npos);
}

std::string data(const std::string &name) { return "'" + std::string(MIZAN_TEST_DATA_DIR) + "/agree/" + name + "'"; }

} // namespace

TEST(CliAgree, TwoAnnotatorsJson)
{
    CliRun r = agree("--json " + data("annotator_a.xml") + " " + data("annotator_b.xml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const nlohmann::json j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["pairs"].size(), 1u);
    const auto &p = j["pairs"][0];
    EXPECT_EQ(p["sentences"], 4);
    EXPECT_EQ(p["targets"]["count_a"], 6);
    EXPECT_EQ(p["targets"]["count_b"], 5);
    EXPECT_NEAR(p["targets"]["exact"]["f1"].get<double>(), 2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6), 1e-12);
    EXPECT_NEAR(p["targets"]["overlap"]["f1"].get<double>(), 2 * 1.0 * (5.0 / 6) / (1.0 + 5.0 / 6), 1e-12);
    EXPECT_EQ(p["polarity"]["items"], 4);
    EXPECT_EQ(p["polarity"]["agreed"], 3);
    EXPECT_NEAR(p["categories"]["exact"]["recall"].get<double>(), 5.0 / 6, 1e-12);
    std::set<std::string> kinds;
    for (const auto &d : p["disagreements"])
        kinds.insert(d["kind"].get<std::string>());
    EXPECT_EQ(kinds, (std::set<std::string>{"polarity", "boundary", "only-a"}));
    EXPECT_TRUE(j["polarity"]["multi_kappa"].is_null());
}

TEST(CliAgree, ThreeAnnotatorsMatchByTextAcrossFormats)
{
    CliRun r = agree("--json " + data("annotator_a.xml") + " " + data("annotator_b.xml") + " " +
                     data("annotator_c.jsonl"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const nlohmann::json j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["pairs"].size(), 3u);
    const auto &ac = j["pairs"][1];
    EXPECT_EQ(ac["b"], "annotator_c.jsonl");
    EXPECT_EQ(ac["sentences"], 4);
    EXPECT_DOUBLE_EQ(ac["targets"]["exact"]["f1"].get<double>(), 1.0);
    EXPECT_EQ(ac["polarity"]["items"], 6);
    EXPECT_EQ(ac["polarity"]["agreed"], 5);
    EXPECT_EQ(j["polarity"]["items"], 7);
    // Krippendorff's alpha and Davies-Fleiss kappa of these labels, worked by hand.
    EXPECT_NEAR(j["polarity"]["krippendorff_alpha"].get<double>(), 0.5774647887323944, 1e-12);
    EXPECT_NEAR(j["polarity"]["multi_kappa"].get<double>(), 0.4482758620689654, 1e-12);
}

TEST(CliAgree, TextOutputNamesScoresAndDisagreements)
{
    CliRun r = agree(data("annotator_a.xml") + " " + data("annotator_b.xml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("A = annotator_a.xml, B = annotator_b.xml (4 sentences in both"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Cohen's kappa"), std::string::npos);
    EXPECT_NE(r.out.find("1:0  targets  polarity: A [14,22) \"الموظفون\" positive B [14,22) \"الموظفون\" negative"), std::string::npos)
        << r.out;
}

TEST(CliAgree, UnreadableFileFailsNamingIt)
{
    CliRun r = agree(data("annotator_a.xml") + " " + data("missing.xml"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("missing.xml"), std::string::npos) << r.out;
    CliRun one = agree(data("annotator_a.xml"));
    EXPECT_NE(one.exitCode, 0);
}
