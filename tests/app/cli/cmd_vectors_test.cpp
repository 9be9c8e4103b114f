// `mizan vectors`: learns vectors from a tiny text file and a corpus, answers neighbours (also
// as JSON), refuses a folder that is not vectors by its file name, and `mizan baseline train
// --vectors` uses them (also for rare-word neighbours, --rare-neighbours).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "clirun.h"

namespace {

using mizan::test::CliRun;
using mizan::test::quote;
using mizan::test::runMizan;

const std::string kCorpus = std::string(MIZAN_TEST_DATA_DIR) + "/train/tiny_hotels.xml";
const std::string kSmall = " --dim 8 --epochs 3 --min-count 1 --threads 1 --buckets 5000 --sampling 1";

class CliVectors : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_root = std::filesystem::temp_directory_path() / ("mizan-vectors-cli-" + std::to_string(::getpid()));
        std::filesystem::create_directories(s_root);
        std::ofstream text(s_root / "text.txt");
        for (int i = 0; i < 20; ++i)
            text << "الغرفة نظيفة والموظفين رائعين\nبالغرفة سرير مريح\n\n";
        text.close();
        s_train = runMizan("vectors train --text " + quote((s_root / "text.txt").string()) + " --corpus " +
                           quote(kCorpus) + " --out " + quote((s_root / "v").string()) + kSmall);
    }
    static void TearDownTestSuite()
    {
        std::error_code ec;
        std::filesystem::remove_all(s_root, ec);
    }
    static std::filesystem::path s_root;
    static CliRun s_train;
};
std::filesystem::path CliVectors::s_root;
CliRun CliVectors::s_train;

TEST_F(CliVectors, TrainsFromTextAndCorporaIntoAFolder)
{
    ASSERT_EQ(s_train.exitCode, 0) << s_train.out;
    EXPECT_NE(s_train.out.find("8 dimensions"), std::string::npos) << s_train.out;
    std::ifstream in(s_root / "v" / "vectors.json");
    const auto meta = nlohmann::json::parse(in);
    EXPECT_EQ(meta["normalisation"], "baseline-words-1");
    EXPECT_EQ(meta["sources"].size(), 2u);
    EXPECT_TRUE(std::filesystem::exists(s_root / "v" / ".mizan-output"));
}

TEST_F(CliVectors, NeighboursOfANormalisedWordAsJson)
{
    ASSERT_EQ(s_train.exitCode, 0) << s_train.out;
    const CliRun r = runMizan("vectors neighbours " + quote((s_root / "v").string()) + " الغرفةِ --top 3 --json",
                              {"", mizan::test::Stderr::Apart});
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["word"], "الغرفه");  // tashkeel dropped, ة folded: the baseline's form
    EXPECT_EQ(j["in_vocabulary"], true);
    ASSERT_EQ(j["neighbours"].size(), 3u);
    EXPECT_NE(j["neighbours"][0]["word"], "الغرفه");
}

TEST_F(CliVectors, AFolderThatIsNotVectorsIsRefusedByFileName)
{
    const CliRun r = runMizan("vectors neighbours " + quote(s_root.string()) + " كلمة");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find((s_root / "vectors.json").string()), std::string::npos) << r.out;
}

TEST_F(CliVectors, TrainingWithoutInputOrIntoAFolderOfOtherFilesIsRefused)
{
    CliRun r = runMizan("vectors train --out " + quote((s_root / "none").string()));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("give --text"), std::string::npos) << r.out;
    std::filesystem::create_directories(s_root / "theirs");
    std::ofstream(s_root / "theirs" / "notes.txt") << "mine";
    r = runMizan("vectors train --text " + quote((s_root / "text.txt").string()) + " --out " +
                 quote((s_root / "theirs").string()) + kSmall);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(std::filesystem::exists(s_root / "theirs" / "notes.txt"));
}

TEST_F(CliVectors, TheBaselineTrainsWithThem)
{
    ASSERT_EQ(s_train.exitCode, 0) << s_train.out;
    const std::string model = (s_root / "baseline").string();
    const CliRun r = runMizan("baseline train --train " + quote(kCorpus) + " --dev-fraction 0 --tagger-epochs 3 "
                              "--vectors " + quote((s_root / "v").string()) + " --out " + quote(model));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    std::ifstream in(model + "/baseline.json");
    const auto config = nlohmann::json::parse(in);
    EXPECT_EQ(config["options"]["vectors"], (s_root / "v").string());
    const CliRun p = runMizan("baseline predict --model " + quote(model) + " " + quote("الغرفة نظيفة"));
    EXPECT_EQ(p.exitCode, 0) << p.out;
}

TEST_F(CliVectors, TheBaselineTakesRareWordNeighboursFromThem)
{
    ASSERT_EQ(s_train.exitCode, 0) << s_train.out;
    const std::string model = (s_root / "baseline-neighbours").string();
    const std::string common = "baseline train --train " + quote(kCorpus) + " --dev-fraction 0 --tagger-epochs 3 ";
    const CliRun r = runMizan(common + "--vectors " + quote((s_root / "v").string()) +
                              " --vector-tagger=false --vector-sentiment=false --rare-neighbours 2 --rare-count 3"
                              " --neighbour-tagger=false --out " + quote(model));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    std::ifstream in(model + "/baseline.json");
    const auto options = nlohmann::json::parse(in)["options"];
    EXPECT_EQ(options["rare_neighbours"], 2);
    EXPECT_EQ(options["rare_count"], 3);
    EXPECT_EQ(options["neighbour_tagger"], false);
    EXPECT_EQ(options["neighbour_sentiment"], true);
    EXPECT_TRUE(std::filesystem::exists(model + "/neighbours.json"));
    const CliRun p = runMizan("baseline predict --model " + quote(model) + " " + quote("بالغرفة سريرين"));
    EXPECT_EQ(p.exitCode, 0) << p.out;
    const CliRun none = runMizan(common + "--rare-neighbours 1 --out " + quote((s_root / "nothing").string()));
    EXPECT_NE(none.exitCode, 0);
    EXPECT_NE(none.out.find("need word vectors (--vectors)"), std::string::npos) << none.out;
}

} // namespace
