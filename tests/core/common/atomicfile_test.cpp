#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <vector>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

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

TEST(AtomicFile, ReadingAFolderSaysItIsAFolder)
{
    auto r = readFile(fs::temp_directory_path().string());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("is a folder, expected a file"), std::string::npos);
}

TEST(AtomicFile, ReadsOfEndlessDevicesAndPipesStopAtTheLimit)
{
    auto zero = readFile("/dev/zero", 1 << 16);
    ASSERT_FALSE(zero.ok());
    EXPECT_NE(zero.error().find("/dev/zero: more than 65536 bytes"), std::string::npos);
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    ASSERT_EQ(::write(fds[1], "abcdef", 6), 6);
    ::close(fds[1]);
    auto piped = readFile("/dev/fd/" + std::to_string(fds[0]), 4);
    ::close(fds[0]);
    ASSERT_FALSE(piped.ok());
    EXPECT_NE(piped.error().find("more than 4 bytes"), std::string::npos);
}

TEST(AtomicFile, AProcessKilledWhileSavingLeavesTheOriginalWhole)
{
    // The studio and the CLI save through writeFileAtomic: SIGKILL in the middle of a save
    // (here: while the temporary file is being written) must leave the previous file whole.
    const fs::path dir = fs::temp_directory_path() / ("mizan_atomic_kill_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string path = (dir / "corpus.xml").string();
    const std::string original(1 << 20, 'o');
    ASSERT_TRUE(writeFileAtomic(path, original).isOk());
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const std::string edited(64 << 20, 'n');
        for (;;)
            (void)writeFileAtomic(path, edited);
    }
    bool sawTemporary = false;
    for (int i = 0; i < 200000 && !sawTemporary; ++i) {
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            sawTemporary = sawTemporary || it->path().filename().string().find(".tmp-") != std::string::npos;
        if (!sawTemporary)
            ::usleep(100);
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(sawTemporary);
    auto back = readFile(path);
    ASSERT_TRUE(back.ok());
    // Either the original or a complete new version: never a mix or a truncated file.
    const bool whole = *back == original ||
                       (back->size() == (64u << 20) && back->find_first_not_of('n') == std::string::npos);
    EXPECT_TRUE(whole) << "size " << back->size();
    fs::remove_all(dir);
}

// Run under ThreadSanitizer by scripts/ci-tsan.sh (tests named *Threads*): four threads save
// the same file at once (autosave and an explicit save): the file is always one whole version,
// and no temporary file is left behind.
TEST(AtomicFile, SavesOnFourThreadsLeaveOneWholeVersion)
{
    const fs::path dir = fs::temp_directory_path() / ("mizan_atomic_threads_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string path = (dir / "corpus.xml").string();
    auto version = [](std::size_t thread, int round) {
        return std::string(4096 + thread * 100 + std::size_t(round), char('a' + thread));
    };
    std::vector<std::string> failures(4);
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < failures.size(); ++k)
        threads.emplace_back([&, k] {
            for (int round = 0; round < 25; ++round)
                if (Status st = writeFileAtomic(path, version(k, round)); !st.isOk())
                    failures[k] = st.message();
        });
    for (std::thread &t : threads)
        t.join();
    for (const std::string &f : failures)
        EXPECT_EQ(f, "");
    std::set<std::string> versions;
    for (std::size_t k = 0; k < failures.size(); ++k)
        for (int round = 0; round < 25; ++round)
            versions.insert(version(k, round));
    auto back = readFile(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(versions.count(*back), 1u) << "a mixed or partial file of " << back->size() << " bytes";
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
    fs::remove_all(dir);
}
