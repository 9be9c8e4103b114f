// Crash safety (issue 13): `mizan train` killed with SIGKILL while it writes a checkpoint
// leaves a complete checkpoint on disk, and a resumed run continues from it.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "clirun.h"

using namespace mizan::test;
namespace fs = std::filesystem;

namespace {

const std::string kCorpus = std::string(MIZAN_TEST_DATA_DIR) + "/train/tiny_hotels.xml";

// A preset that trains the tiny corpus in a fraction of a second per epoch and saves the
// resume state at every epoch's end.
const char *kTinyPreset = R"({"name": "crash-test", "layers": 1, "hidden": 32, "heads": 2, "ffn": 64,
  "vocab_size": 300, "max_length": 32, "char_ngram_buckets": 0, "wide_tagging": false, "crf": false,
  "target_pooling": false, "baseline": false, "ensemble_baseline": 0, "ensemble_tagging": 0, "ema_decay": 0,
  "epochs": 60, "batch_size": 8, "eval_every": 0, "patience": 0, "max_minutes": 0})";

bool completeCheckpoint(const fs::path &dir)
{
    for (const char *f : {"config.json", "labels.json", "model.safetensors", "training.json"})
        if (!fs::is_regular_file(dir / f))
            return false;
    return true;
}

// A checkpoint being written: a temporary sibling of last/ or model/.
bool writingCheckpoint(const fs::path &run)
{
    std::error_code ec;
    for (fs::directory_iterator it(run, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("last.tmp-", 0) == 0)
            return true;
    }
    return false;
}

pid_t startTraining(const std::vector<std::string> &args)
{
    return startMizan(args);
}

} // namespace

TEST(CrashCli, TrainKilledDuringACheckpointWriteResumesFromDisk)
{
    const fs::path root = fs::temp_directory_path() / ("mizan-crash-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    const std::string preset = (root / "tiny.json").string();
    std::ofstream(preset) << kTinyPreset;
    const fs::path run = root / "run";
    const std::vector<std::string> args = {"train", "--train", kCorpus, "--preset", preset, "--threads", "1",
                                           "--tasks", "sentiment", "--out", run.string()};
    const pid_t pid = startTraining(args);
    ASSERT_GT(pid, 0);
    // Wait for a first resume state, then for the next write of it, and kill in the middle.
    bool killed = false, haveLast = false;
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
    while (std::chrono::steady_clock::now() < deadline) {
        if (::waitpid(pid, &status, WNOHANG) == pid)
            break;
        haveLast = haveLast || completeCheckpoint(run / "last");
        if (haveLast && writingCheckpoint(run)) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            killed = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    if (!killed) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    ASSERT_TRUE(killed) << "the run ended before a checkpoint write could be interrupted";
    ASSERT_TRUE(WIFSIGNALED(status));
    // What is on disk is a whole checkpoint, never a half-written one.
    EXPECT_TRUE(completeCheckpoint(run / "last"));
    std::vector<std::string> resume = args;
    resume.insert(resume.end(), {"--resume", run.string(), "--epochs", "61"});
    std::string command;
    for (std::size_t k = 0; k < resume.size(); ++k)
        command += quote(resume[k]) + " ";
    const CliRun r = runMizan(command);
    EXPECT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("resum"), std::string::npos) << r.out;
    EXPECT_TRUE(completeCheckpoint(run / "model"));
    fs::remove_all(root);
}
