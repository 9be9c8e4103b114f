// `mizan export|pretrain|train --out`: Mizan never deletes or replaces what it did not write
// (issue 13, class 2). Each refusal exits non-zero, names the folder and leaves it untouched.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "clirun.h"

using namespace mizan::test;
namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path root = fs::temp_directory_path() / ("mizan-outdir-cli-" + std::to_string(::getpid()));
    Scratch() { fs::create_directories(root); }
    ~Scratch() { fs::remove_all(root); }
    std::string file(const std::string &name, const std::string &content) const
    {
        const fs::path p = root / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p) << content;
        return p.string();
    }
    std::string path(const std::string &name) const { return (root / name).string(); }
};

std::string slurp(const std::string &path)
{
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

const std::string kCorpus = std::string(MIZAN_TEST_DATA_DIR) + "/train/tiny_hotels.xml";

} // namespace

TEST(OutDirCli, ExportRefusesAFolderOfTheUsersFiles)
{
    Scratch s;
    s.file("mine/thesis.txt", "years of work");
    s.file("model/config.json", "{}");
    const CliRun r = runMizan("export --model " + quote(s.path("model")) + " --out " + quote(s.path("mine")));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find(s.path("mine") + ": the folder holds files Mizan did not write"), std::string::npos) << r.out;
    EXPECT_EQ(slurp(s.path("mine/thesis.txt")), "years of work");
}

TEST(OutDirCli, ExportRefusesARegularFileAndTheModelFolderItself)
{
    Scratch s;
    const std::string notes = s.file("notes.txt", "keep me");
    s.file("model/config.json", "{\"keep\": 1}");
    const CliRun file = runMizan("export --model " + quote(s.path("model")) + " --out " + quote(notes));
    EXPECT_EQ(file.exitCode, 1) << file.out;
    EXPECT_NE(file.out.find("is not a folder"), std::string::npos) << file.out;
    EXPECT_EQ(slurp(notes), "keep me");
    const CliRun self = runMizan("export --model " + quote(s.path("model")) + " --out " + quote(s.path("model")));
    EXPECT_EQ(self.exitCode, 1) << self.out;
    EXPECT_NE(self.out.find("is or holds the input"), std::string::npos) << self.out;
    EXPECT_EQ(slurp(s.path("model/config.json")), "{\"keep\": 1}");
}

TEST(OutDirCli, PretrainAndTrainRefuseAFolderOfTheUsersFiles)
{
    Scratch s;
    s.file("mine/thesis.txt", "years of work");
    const std::string text = s.file("text.txt", "الفندق جميل\n");
    const CliRun pre = runMizan("pretrain --text " + quote(text) + " --out " + quote(s.path("mine")) +
                                   " --max-minutes 0.05 --threads 1");
    EXPECT_NE(pre.exitCode, 0) << pre.out;
    EXPECT_NE(pre.out.find("holds files Mizan did not write"), std::string::npos) << pre.out;
    const CliRun train = runMizan("train --train " + quote(kCorpus) + " --out " + quote(s.path("mine")) +
                                     " --preset fast --epochs 1 --threads 1");
    EXPECT_NE(train.exitCode, 0) << train.out;
    EXPECT_NE(train.out.find("holds files Mizan did not write"), std::string::npos) << train.out;
    EXPECT_EQ(slurp(s.path("mine/thesis.txt")), "years of work");
    EXPECT_FALSE(fs::exists(s.path("mine.work")));
}

TEST(OutDirCli, TrainRefusesAnOutputAroundItsCorpus)
{
    Scratch s;
    const std::string corpus = s.file("data/corpus.xml", slurp(kCorpus));
    const CliRun r = runMizan("train --train " + quote(corpus) + " --out " + quote(s.path("data")) +
                                 " --preset fast --epochs 1 --threads 1");
    EXPECT_NE(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("is or holds the input"), std::string::npos) << r.out;
    EXPECT_TRUE(fs::exists(corpus));
}
