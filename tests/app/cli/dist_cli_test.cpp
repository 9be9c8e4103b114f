// Data-parallel training (issue 19), on this machine's CPU over loopback: 2 ranks train like
// one process with the doubled batch; a killed or stopped rank ends the run on the other with
// a message naming it and leaves a checkpoint that resumes with one process; a port in use
// and an unreachable master are clear errors at the start.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "clirun.h"
#include "model/tensorio.h"

using namespace mizan::test;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kCorpus = std::string(MIZAN_TEST_DATA_DIR) + "/train/tiny_hotels.xml";

// Tiny and without dropout (dropout masks cannot agree between 1 and 2 processes); a CRF and
// class weights so every kind of loss weight is exercised.
const char *kPreset = R"({"name": "dist-test", "layers": 1, "hidden": 32, "heads": 2, "ffn": 64,
  "vocab_size": 300, "max_length": 32, "char_ngram_buckets": 0, "wide_tagging": false, "crf": true,
  "class_weights": true, "dropout": 0, "target_pooling": false, "baseline": false, "ensemble_baseline": 0,
  "ensemble_tagging": 0, "ema_decay": 0, "epochs": 2, "batch_size": 8, "eval_every": 0, "patience": 0,
  "max_minutes": 0})";

struct Dir {
    fs::path root;
    Dir()
    {
        root = fs::temp_directory_path() / ("mizan-dist-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(root);
        fs::create_directories(root);
        std::ofstream(root / "preset.json") << kPreset;
    }
    ~Dir() { fs::remove_all(root); }
    std::string preset() const { return (root / "preset.json").string(); }
};

std::string slurp(const fs::path &p)
{
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A port nobody listens on now (the system's pick).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

// `mizan ARGS` as rank `rank` of `world` (master 127.0.0.1:port), output to `log`.
pid_t startRank(const std::vector<std::string> &args, int rank, int world, int port, const fs::path &log)
{
    return startMizan(args, log.string(), [&] {
        ::setenv("RANK", std::to_string(rank).c_str(), 1);
        ::setenv("LOCAL_RANK", std::to_string(rank).c_str(), 1);
        ::setenv("WORLD_SIZE", std::to_string(world).c_str(), 1);
        ::setenv("MASTER_ADDR", "127.0.0.1", 1);
        ::setenv("MASTER_PORT", std::to_string(port).c_str(), 1);
        ::unsetenv("TORCHELASTIC_USE_AGENT_STORE");
    });
}

// Waits at most `limit` for `pid`; its exit code, -1 when killed, -2 when still running (then killed).
int waitFor(pid_t pid, std::chrono::seconds limit)
{
    const auto deadline = Clock::now() + limit;
    int status = 0;
    while (Clock::now() < deadline) {
        if (::waitpid(pid, &status, WNOHANG) == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return -2;
}

std::string commandLine(const std::vector<std::string> &args)
{
    std::string c;
    for (const auto &a : args)
        c += quote(a) + " ";
    return c;
}

std::vector<double> losses(const fs::path &jsonl)
{
    std::vector<double> out;
    std::ifstream in(jsonl);
    for (std::string line; std::getline(in, line);) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_object() && j.value("event", "") == "step")
            out.push_back(j["loss"].get<double>());
    }
    return out;
}

std::vector<std::string> trainArgs(const Dir &d, const std::string &out)
{
    return {"train", "--train", kCorpus, "--preset", d.preset(), "--threads", "1", "--device", "cpu",
            "--seed", "7", "--out", (d.root / out).string()};
}

// The test preset trained for 400 epochs: a run that is still going when it is interrupted.
std::string longPreset()
{
    auto p = nlohmann::json::parse(kPreset);
    p["epochs"] = 400;
    return p.dump();
}

bool completeCheckpoint(const fs::path &dir)
{
    for (const char *f : {"config.json", "labels.json", "model.safetensors", "training.json"})
        if (!fs::is_regular_file(dir / f))
            return false;
    return true;
}

} // namespace

TEST(DistCli, TwoRanksTrainLikeOneProcessWithTheDoubledBatch)
{
    Dir d;
    auto one = trainArgs(d, "one");
    one.insert(one.end(), {"--batch-size", "8", "--log-jsonl", (d.root / "one.jsonl").string()});
    auto two = trainArgs(d, "two");
    two.insert(two.end(), {"--batch-size", "4", "--nproc", "2", "--log-jsonl", (d.root / "two.jsonl").string()});
    const CliRun a = runMizan(commandLine(one));
    ASSERT_EQ(a.exitCode, 0) << a.out;
    const CliRun b = runMizan(commandLine(two));
    ASSERT_EQ(b.exitCode, 0) << b.out;
    EXPECT_NE(b.out.find("2 ranks (gloo)"), std::string::npos) << b.out;
    EXPECT_NE(b.out.find("training on cpu over 2 ranks"), std::string::npos) << b.out;
    bool startedWithWorld = false;
    std::ifstream events(d.root / "two.jsonl");
    for (std::string line; std::getline(events, line);) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_object() && j.value("event", "") == "started")
            startedWithWorld = j.value("world_size", 0) == 2;
    }
    EXPECT_TRUE(startedWithWorld);
    const auto la = losses(d.root / "one.jsonl"), lb = losses(d.root / "two.jsonl");
    ASSERT_GE(la.size(), 4u);
    ASSERT_EQ(la.size(), lb.size());
    for (std::size_t i = 0; i < la.size(); ++i)
        EXPECT_NEAR(la[i], lb[i], 1e-5) << "step " << i + 1;
    auto wa = mizan::loadSafetensors((d.root / "one/last/model.safetensors").string());
    auto wb = mizan::loadSafetensors((d.root / "two/last/model.safetensors").string());
    ASSERT_TRUE(wa.ok() && wb.ok());
    ASSERT_EQ(wa->size(), wb->size());
    for (const auto &[name, t] : *wa) {
        ASSERT_TRUE(wb->count(name)) << name;
        EXPECT_LT((t - wb->at(name)).abs().max().item<double>(), 1e-5) << name;
    }
    // Rank 0 alone writes the run folder.
    const auto training = nlohmann::json::parse(slurp(d.root / "two/last/training.json"));
    EXPECT_EQ(training["global_batch"], 8);
    EXPECT_EQ(training["world_size"], 2);
}

TEST(DistCli, AKilledRankEndsTheOtherAndTheCheckpointResumesWithOneProcess)
{
    Dir d;
    std::ofstream(d.root / "preset.json") << longPreset();
    auto args = trainArgs(d, "run");
    args.insert(args.end(), {"--batch-size", "4", "--dist-timeout", "60"});
    const int port = freePort();
    const pid_t r0 = startRank(args, 0, 2, port, d.root / "rank0.log");
    const pid_t r1 = startRank(args, 1, 2, port, d.root / "rank1.log");
    const fs::path last = d.root / "run/last";
    const auto deadline = Clock::now() + std::chrono::minutes(2);
    while (Clock::now() < deadline && !completeCheckpoint(last))
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ::kill(r1, SIGKILL);
    ::waitpid(r1, nullptr, 0);
    const int code = waitFor(r0, std::chrono::seconds(60));
    const std::string log = slurp(d.root / "rank0.log");
    ASSERT_TRUE(completeCheckpoint(last)) << log;
    EXPECT_GT(code, 0) << log;
    EXPECT_NE(log.find("rank 1 stopped responding"), std::string::npos) << log;
    EXPECT_EQ(log.find("gloo/"), std::string::npos) << log;  // our words, not the library's
    auto resume = trainArgs(d, "run");
    resume.insert(resume.end(), {"--batch-size", "4", "--resume", (d.root / "run").string(), "--max-steps", "3"});
    const CliRun r = runMizan(commandLine(resume));
    EXPECT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("global batch of 8 examples"), std::string::npos) << r.out;
}

TEST(DistCli, AStoppedRankEndsTheRunWithinTheTimeout)
{
    Dir d;
    std::ofstream(d.root / "preset.json") << longPreset();
    auto args = trainArgs(d, "run");
    args.insert(args.end(), {"--batch-size", "4", "--dist-timeout", "15"});
    const int port = freePort();
    const pid_t r0 = startRank(args, 0, 2, port, d.root / "rank0.log");
    const pid_t r1 = startRank(args, 1, 2, port, d.root / "rank1.log");
    const auto deadline = Clock::now() + std::chrono::minutes(2);
    while (Clock::now() < deadline && !completeCheckpoint(d.root / "run/last"))
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ::kill(r1, SIGSTOP);
    const int code = waitFor(r0, std::chrono::seconds(40));
    ::kill(r1, SIGKILL);
    ::waitpid(r1, nullptr, 0);
    const std::string log = slurp(d.root / "rank0.log");
    EXPECT_GT(code, 0) << log;
    EXPECT_NE(log.find("rank 1 stopped responding"), std::string::npos) << log;
    EXPECT_TRUE(completeCheckpoint(d.root / "run/last")) << log;
}

TEST(DistCli, APortInUseOrAnUnreachableMasterIsAClearErrorAtTheStart)
{
    Dir d;
    const int busy = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    ASSERT_EQ(::bind(busy, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
    ASSERT_EQ(::listen(busy, 1), 0);
    ::getsockname(busy, reinterpret_cast<sockaddr *>(&a), &len);
    const int port = ntohs(a.sin_port);
    auto args = trainArgs(d, "run");
    args.insert(args.end(), {"--dist-timeout", "3"});
    const pid_t r0 = startRank(args, 0, 2, port, d.root / "rank0.log");
    EXPECT_EQ(waitFor(r0, std::chrono::seconds(30)), 1);
    const std::string log0 = slurp(d.root / "rank0.log");
    EXPECT_NE(log0.find("port " + std::to_string(port) + " is in use"), std::string::npos) << log0;
    ::close(busy);
    const pid_t r1 = startRank(args, 1, 2, freePort(), d.root / "rank1.log");
    EXPECT_EQ(waitFor(r1, std::chrono::seconds(30)), 1);
    const std::string log1 = slurp(d.root / "rank1.log");
    EXPECT_NE(log1.find("cannot reach the master at 127.0.0.1:"), std::string::npos) << log1;
    EXPECT_FALSE(fs::exists(d.root / "run"));
}
