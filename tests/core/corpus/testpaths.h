#pragma once
// Paths the corpus tests read, from compile definitions (never the working directory).
#include <filesystem>
#include <string>
#include <unistd.h>

namespace mizan::test {

inline std::string sharedFile(const std::string &relative)
{
    return std::string(MIZAN_SHARED_DIR) + "/" + relative;
}

inline std::string dataFile(const std::string &relative)
{
    return std::string(MIZAN_TEST_DATA_DIR) + "/" + relative;
}

inline std::string resourceFile(const std::string &relative)
{
    return std::string(MIZAN_RESOURCES_DIR) + "/" + relative;
}

inline const char *kSemEvalTrain = "data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml";
inline const char *kSemEvalTrainSB2 = "data/semeval2016-ar-hotels/AR_Hotels_Train_SB2.xml";

// A fresh empty directory under the system temp dir, removed by the caller's TempDir.
struct TempDir {
    std::filesystem::path path;
    TempDir()
    {
        path = std::filesystem::temp_directory_path() /
               ("mizan-corpus-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::string file(const std::string &name) const { return (path / name).string(); }
    static int &counter()
    {
        static int n = 0;
        return n;
    }
};

} // namespace mizan::test
