// `mizan clean` end to end: runs the built binary on arguments and on stdin.
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "clirun.h"

namespace {

using mizan::test::CliRun;
using mizan::test::kMizanBinary;

// `mizan <args>` with `input` on stdin; stdout and stderr apart.
CliRun run(const std::string &args, const std::string &input)
{
    return mizan::test::runMizan(args, {input, mizan::test::Stderr::Apart});
}

std::vector<nlohmann::json> jsonLines(const std::string &s)
{
    std::vector<nlohmann::json> out;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);)
        out.push_back(nlohmann::json::parse(line));
    return out;
}

class CleanCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!std::filesystem::exists(kMizanBinary))
            GTEST_SKIP() << "mizan binary not built: " << kMizanBinary;
    }
};

TEST_F(CleanCli, JsonOnePerLineWithRawOffsets)
{
    const CliRun r = run("clean --json -", "الفندق رااائع\r\nوالخدمةُ سيئة 😍\n");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto objs = jsonLines(r.out);
    ASSERT_EQ(objs.size(), 2u);
    EXPECT_EQ(objs[0]["raw"], "الفندق رااائع");  // CR of CRLF dropped
    EXPECT_EQ(objs[0]["normalized"], "الفندق رائع");
    EXPECT_EQ(objs[0]["stemmed"], "ندق رئع");
    const auto &tok = objs[1]["tokens"][0];
    EXPECT_EQ(tok["text"], "والخدمةُ");
    EXPECT_EQ(tok["start"], 0);
    EXPECT_EQ(tok["end"], 8);
    EXPECT_EQ(tok["norm"], "والخدمة");
    EXPECT_EQ(objs[1]["tokens"][2]["start"], 14);  // the emoji, in code points
    EXPECT_EQ(objs[1]["tokens"][2]["end"], 15);
}

TEST_F(CleanCli, PlainTextFromArguments)
{
    const CliRun r = run("clean --preset search --stem snowball الفندق  رائع", "");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("raw:        الفندق رائع"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("normalized: الفندق راءع"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("stemmed:    فندق"), std::string::npos) << r.out;
}

TEST_F(CleanCli, CliticsAsSubSpans)
{
    const CliRun r = run("clean --json --clitics --stem none والخدمة", "");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto objs = jsonLines(r.out);
    ASSERT_EQ(objs.size(), 1u);
    const auto &cl = objs[0]["tokens"][0]["clitics"];
    ASSERT_EQ(cl.size(), 2u);
    EXPECT_EQ(cl[1]["kind"], "article");
    EXPECT_EQ(cl[1]["start"], 1);
}

TEST_F(CleanCli, InvalidUtf8NamesTheLine)
{
    const CliRun r = run("clean --json -", "سطر أول\nab\xFF\xFE\nثالث\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("<stdin>:2:3: invalid UTF-8"), std::string::npos) << r.err;
    EXPECT_EQ(jsonLines(r.out).size(), 1u);  // the line before the bad one was processed
}

TEST_F(CleanCli, VeryLongLine)
{
    std::string line;
    for (int i = 0; i < 100000; ++i)
        line += "الفُندقُ رااائع ";
    const CliRun r = run("clean -", line + "\n");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_GT(r.out.size(), line.size());
}

TEST_F(CleanCli, UnknownPresetIsAnError)
{
    const CliRun r = run("clean --preset heavy x", "");
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("preset"), std::string::npos) << r.err;
}

} // namespace

TEST_F(CleanCli, AnOverlongLineIsReportedAndSkippedAndTheRestIsCleaned)
{
    // 9 MB on one line (issue 13, class 5), then CR-only line ends.
    const CliRun r = run("clean --json -", std::string(9 << 20, 'x') + "\nالفندق\rرائع\r");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("mizan clean: <stdin>:1: the line is longer than 8 MB; skipped"), std::string::npos) << r.err;
    const auto objs = jsonLines(r.out);
    ASSERT_EQ(objs.size(), 2u);
    EXPECT_EQ(objs[0]["raw"], "الفندق");
    EXPECT_EQ(objs[1]["raw"], "رائع");
}
