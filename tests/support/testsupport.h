#pragma once
// The one test-support header (namespace mizan::test): paths from compile definitions (never
// the working directory), temporary folders, and the rule for missing shared data: a test
// skips, saying why, when MIZAN_SHARED_DIR lacks what it reads; with -DMIZAN_CI=ON it fails.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

namespace mizan::test {

// True in CI builds (-DMIZAN_CI=ON, which sets MIZAN_REQUIRE_SHARED_DATA=1 for every test
// ctest runs): shared data must be present.
inline bool sharedDataRequired()
{
    const char *v = std::getenv("MIZAN_REQUIRE_SHARED_DATA");
    return v && std::string(v) == "1";
}

inline std::string sharedFile(const std::string &relative) { return std::string(MIZAN_SHARED_DIR) + "/" + relative; }
inline std::string dataFile(const std::string &relative) { return std::string(MIZAN_TEST_DATA_DIR) + "/" + relative; }
inline std::string resourceFile(const std::string &relative)
{
    return std::string(MIZAN_RESOURCES_DIR) + "/" + relative;
}

inline const char *kSemEvalTrain = "data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml";
inline const char *kSemEvalTrainSB2 = "data/semeval2016-ar-hotels/AR_Hotels_Train_SB2.xml";

// A fresh empty directory under the system temp dir, removed with the object.
struct TempDir {
    std::filesystem::path path;
    TempDir()
    {
        path = std::filesystem::temp_directory_path() /
               ("mizan-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    std::string file(const std::string &name) const { return (path / name).string(); }
    static int &counter()
    {
        static int n = 0;
        return n;
    }
};

// The folders freshDir() made, removed when the test process exits.
struct TempDirs {
    std::vector<std::filesystem::path> dirs;
    ~TempDirs()
    {
        std::error_code ec;
        for (const auto &d : dirs)
            std::filesystem::remove_all(d, ec);
    }
};

// Removes `dir` when the test process exits.
inline void removeAtExit(const std::filesystem::path &dir)
{
    static TempDirs made;
    made.dirs.push_back(dir);
}

// An empty folder named after `name` and the process, kept until the process exits (for
// models that several tests of one file share).
inline std::string freshDir(const std::string &name)
{
    const auto dir = std::filesystem::temp_directory_path() /
                     ("mizan-train-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    removeAtExit(dir);
    return dir.string();
}

} // namespace mizan::test

// GoogleTest: use instead of GTEST_SKIP() where a test skips because shared data is missing,
//   if (!std::filesystem::exists(path)) MIZAN_SKIP_FOR_MISSING_DATA() << "... not found at " << path;
// Under -DMIZAN_CI=ON it is a fatal failure instead (same message).
#define MIZAN_SKIP_FOR_MISSING_DATA()                                                                          \
    return GTEST_MESSAGE_(::mizan::test::sharedDataRequired() ? "shared data missing (MIZAN_CI: required)"     \
                                                             : "shared data missing",                          \
                          ::mizan::test::sharedDataRequired() ? ::testing::TestPartResult::kFatalFailure        \
                                                             : ::testing::TestPartResult::kSkip)

// QtTest: the same for QSKIP (QFAIL under -DMIZAN_CI=ON). `message` is a C string.
#define MIZAN_QSKIP_FOR_MISSING_DATA(message)                                                                  \
    do {                                                                                                       \
        if (::mizan::test::sharedDataRequired())                                                                \
            QFAIL(message);                                                                                    \
        QSKIP(message);                                                                                        \
    } while (false)
