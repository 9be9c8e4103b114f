#include <gtest/gtest.h>

#include <filesystem>

#include "common/atomicfile.h"

using namespace mizan;
namespace fs = std::filesystem;

TEST(AtomicFile, WritesAndReplacesWithoutLeavingTemporaries)
{
    const fs::path dir = fs::temp_directory_path() / ("mizan_atomic_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string path = (dir / "out.txt").string();
    ASSERT_TRUE(writeFileAtomic(path, "first").isOk());
    ASSERT_TRUE(writeFileAtomic(path, "second").isOk());
    auto back = readFile(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, "second");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
    fs::remove_all(dir);
}

TEST(AtomicFile, FailsWithThePathWhenTheFolderIsMissing)
{
    const std::string path = "/nonexistent-mizan-dir/x/out.txt";
    Status st = writeFileAtomic(path, "data");
    EXPECT_FALSE(st.isOk());
    EXPECT_NE(st.message().find(path), std::string::npos);
    EXPECT_FALSE(readFile(path).ok());
}
