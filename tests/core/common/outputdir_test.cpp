// Output folders: Mizan replaces only what it wrote (issue 13, class 2).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "common/outputdir.h"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path root = fs::temp_directory_path() / ("mizan-outputdir-" + std::to_string(::getpid()));
    Scratch() { fs::create_directories(root); }
    ~Scratch() { fs::remove_all(root); }
    std::string make(const std::string &name, const std::string &content = "x") const
    {
        const fs::path p = root / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p) << content;
        return p.string();
    }
};

} // namespace

TEST(OutputDir, NewOrEmptyFoldersAreAccepted)
{
    Scratch s;
    EXPECT_TRUE(checkOutputDir((s.root / "new").string()).isOk());
    fs::create_directories(s.root / "empty");
    EXPECT_TRUE(checkOutputDir((s.root / "empty").string()).isOk());
}

TEST(OutputDir, AFolderOfTheUsersFilesIsRefused)
{
    Scratch s;
    s.make("mine/thesis.txt");
    Status st = checkOutputDir((s.root / "mine").string());
    ASSERT_FALSE(st.isOk());
    EXPECT_NE(st.message().find("holds files Mizan did not write"), std::string::npos);
}

TEST(OutputDir, ARegularFileIsRefused)
{
    Scratch s;
    const std::string file = s.make("notes.txt");
    Status st = checkOutputDir(file);
    ASSERT_FALSE(st.isOk());
    EXPECT_NE(st.message().find("is not a folder"), std::string::npos);
}

TEST(OutputDir, MarkedAndCheckpointFoldersAreReplaceable)
{
    Scratch s;
    ASSERT_TRUE(markOutputDir((s.root / "run").string()).isOk());
    s.make("run/anything.bin");
    EXPECT_TRUE(checkOutputDir((s.root / "run").string()).isOk());
    s.make("old/config.json", "{}");
    s.make("old/model.safetensors");
    EXPECT_TRUE(checkOutputDir((s.root / "old").string()).isOk());
}

TEST(OutputDir, AnOutputInsideOrAroundAnInputIsRefused)
{
    Scratch s;
    ASSERT_TRUE(markOutputDir((s.root / "model").string()).isOk());
    const std::string model = (s.root / "model").string();
    Status same = checkOutputDir(model, {model});
    ASSERT_FALSE(same.isOk());
    EXPECT_NE(same.message().find("is or holds the input"), std::string::npos);
    Status inside = checkOutputDir(model + "/hf", {model});
    ASSERT_FALSE(inside.isOk());
    EXPECT_NE(inside.message().find("lies inside the input"), std::string::npos);
    Status above = checkOutputDir(s.root.string(), {model + "/x"});
    EXPECT_FALSE(above.isOk());
    EXPECT_TRUE(checkOutputDir((s.root / "other").string(), {model}).isOk());
}

TEST(OutputDir, ASymlinkLoopIsAnErrorNotAnException)
{
    Scratch s;
    fs::create_symlink(s.root / "loop", s.root / "loop");
    Status st = checkOutputDir((s.root / "loop").string());
    EXPECT_FALSE(st.isOk());
    EXPECT_NE(st.message().find("loop"), std::string::npos);
}
