// `mizan stats`: counts, JSON totals, warnings with lines, exit status.
#include <gtest/gtest.h>

#include "support/testsupport.h"

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "clirun.h"

namespace {

using mizan::test::CliRun;

// `mizan <args>`: stdout (stderr is discarded).
CliRun runMizan(const std::string &args) { return mizan::test::runMizan(args, "", false); }

std::string shared(const std::string &rel) { return std::string(MIZAN_SHARED_DIR) + "/" + rel; }

} // namespace

TEST(CliStats, SemEvalTrainJson)
{
    const std::string path = shared("data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml");
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "SemEval train file not found at " << path;
    CliRun r = runMizan("stats --json '" + path + "'");
    ASSERT_EQ(r.exitCode, 0);
    nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["documents"], 1839);
    EXPECT_EQ(j["sentences"], 4802);
    EXPECT_EQ(j["opinions"], 10509);
    EXPECT_EQ(j["explicit_targets"], 9620);
    EXPECT_EQ(j["null_targets"], 889);
    EXPECT_EQ(j["categories"].size(), 34u);
    EXPECT_EQ(j["polarity"]["positive"].get<int>() + j["polarity"]["negative"].get<int>() +
                  j["polarity"]["neutral"].get<int>(),
              10509);
    EXPECT_GT(j["tokens"].get<int>(), 60000);
    EXPECT_TRUE(j["warnings"].empty());
}

TEST(CliStats, AqmarListsMalformedTagsWithLines)
{
    const std::string dir = shared("data/aqmar/articles");
    if (!std::filesystem::exists(dir))
        MIZAN_SKIP_FOR_MISSING_DATA() << "AQMAR articles not found at " << dir;
    CliRun text = runMizan("stats '" + dir + "'");
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("Enrico_Fermi.txt:2268:11: warning: malformed tag \"I--ORG\""), std::string::npos);
    EXPECT_NE(text.out.find("Crusades.txt:2145:9: warning: malformed tag \"IO\""), std::string::npos);
    CliRun json = runMizan("stats --json '" + dir + "'");
    ASSERT_EQ(json.exitCode, 0);
    nlohmann::json j = nlohmann::json::parse(json.out);
    std::size_t malformed = 0;
    for (const auto &w : j["warnings"])
        if (w["message"].get<std::string>().find("malformed tag") != std::string::npos) {
            ++malformed;
            EXPECT_GT(w["line"].get<int>(), 0);
        }
    EXPECT_EQ(malformed, 9u);
    EXPECT_GT(j["entity_labels"]["PER"].get<int>(), 1000);
}

TEST(CliStats, ExitStatusIsNonZeroWhenAFileHasAnError)
{
    const std::string bad = std::string(MIZAN_TEST_DATA_DIR) + "/bad/truncated.xml";
    const std::string sample = std::string(MIZAN_RESOURCES_DIR) + "/sample/hotel_reviews_sample.xml";
    CliRun ok = runMizan("stats '" + sample + "'");
    EXPECT_EQ(ok.exitCode, 0);
    EXPECT_NE(ok.out.find("sentences:        100"), std::string::npos);
    CliRun r = runMizan("stats --json '" + sample + "' '" + bad + "'");
    EXPECT_EQ(r.exitCode, 1);
    nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["sentences"], 100);  // totals over the files that could be read
    ASSERT_EQ(j["warnings"].size(), 1u);
    EXPECT_EQ(j["warnings"][0]["line"], 11);
    EXPECT_EQ(j["warnings"][0]["severity"], "error");
    EXPECT_EQ(runMizan("stats /no/such/file.xml").exitCode, 1);
}

// A folder holding a symlink loop and a dangling link: each is reported and skipped (no
// std::filesystem exception ends the command) and the readable file in it is still counted.
TEST(CliStats, AFolderWithASymlinkLoopSkipsItWithAWordAndReadsTheRest)
{
    mizan::test::TempDir dir;
    {
        std::ofstream out(dir.file("ner.conll"));
        out << "القاهرة B-LOC\nمدينة O\n\nزار O\nأحمد B-PERS\n";
    }
    std::filesystem::create_symlink(dir.path / "loop.conll", dir.path / "loop.conll");
    std::filesystem::create_symlink(dir.path / "missing.conll", dir.path / "dangling.conll");
    CliRun r = mizan::test::runMizan("stats --json " + mizan::test::quote(dir.path.string()),
                                     mizan::test::CliOptions{"", mizan::test::Stderr::Apart});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("loop.conll: skipped"), std::string::npos) << r.err;
    nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["sentences"], 2);
}
