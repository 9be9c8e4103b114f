// bench_model: time of one training step (forward + backward + AdamW, batch 16 x 64 tokens) of
// the built-in encoder (4 layers, hidden 256, 4 heads, FFN 1024, 16k vocabulary) with a token
// head, and the latency of one 30-word sentence (40 sub-word tokens), against the same
// architecture in Debian's PyTorch run in the same process tree, with the same thread count.
//
//   bench_model [--threads N] [--steps N] [--rounds N] [--no-peer]
// The two sides take turns (C++, Python, C++, Python, ...; three rounds by default) so that a
// shared machine's load falls on both alike. Each step is timed in wall time and in the
// process's CPU time: a step that waited for a core (another process running on it) is slow in
// wall time only, so the CPU-time ratio is the steadier one on a loaded machine.
// One intra-op thread by default: on the 2-vCPU build machines more threads oversubscribe
// (see docs/DESIGN.md, "Threads").
#include <torch/torch.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "benchsupport.h"
#include "model/multitaskmodel.h"

using namespace mizan;
using mizan::bench::jsonNumber;
using mizan::bench::medianMs;
using mizan::bench::minMs;

namespace {

// Median and fastest wall time and median CPU time of one kind of work, in ms.
struct Timing {
    double median = -1, fastest = -1, cpu = -1;
};

struct RoundResult {
    Timing step, infer;
};

// Runs `f` `count` times: its wall and CPU times.
template <typename F>
Timing timeEach(int count, F &&f)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < count; ++i) {
        const double cpu0 = bench::cpuSeconds();
        wall.push_back(bench::seconds(f));
        cpu.push_back(bench::cpuSeconds() - cpu0);
    }
    return {medianMs(wall), minMs(wall), medianMs(cpu)};
}

// The C++ side: the model, its optimizer and the two batches, built once and timed each round.
class CppSide {
public:
    CppSide()
        : m_model(builtinSmallConfig(kVocab), std::vector<HeadSpec>{{"ner", HeadKind::TokenClassification,
                                                                     labelNames(), false, 0.1}}),
          m_optimizer(m_model->parameters(), torch::optim::AdamWOptions(1e-4))
    {
        m_batch = {torch::randint(5, kVocab, {kBatch, kSeq}, torch::kLong), {},
                   torch::ones({kBatch, kSeq}, torch::kLong), torch::randint(0, kLabels, {kBatch, kSeq}, torch::kLong),
                   {}, {}};
        m_one = {torch::randint(5, kVocab, {1, kInferTokens}, torch::kLong), {},
                 torch::ones({1, kInferTokens}, torch::kLong), {}, {}, {}};
    }

    RoundResult run(int steps)
    {
        auto step = [&] {
            m_optimizer.zero_grad();
            auto out = m_model->forward(m_batch, "ner");
            out.loss.backward();
            m_optimizer.step();
        };
        RoundResult r;
        m_model->train();
        for (int i = 0; i < 3; ++i)
            step();
        r.step = timeEach(steps, step);
        m_model->eval();
        torch::NoGradGuard noGrad;
        auto infer = [&] { m_model->forward(m_one, "ner"); };
        for (int i = 0; i < 5; ++i)
            infer();
        r.infer = timeEach(30, infer);
        return r;
    }

private:
    static constexpr std::int64_t kVocab = 16000, kBatch = 16, kSeq = 64, kInferTokens = 40, kLabels = 9;

    static std::vector<std::string> labelNames()
    {
        std::vector<std::string> names = {"O"};
        for (const char *t : {"A", "B", "C", "D"})
            for (const char *p : {"B-", "I-"})
                names.push_back(std::string(p) + t);
        return names;
    }

    MultitaskModel m_model;
    torch::optim::AdamW m_optimizer;
    Batch m_batch, m_one;
};

std::optional<RoundResult> runPeer(int threads, int steps)
{
    const auto json = bench::runPeer(std::string("/usr/bin/python3 ") + MIZAN_BENCH_PEER + " --threads " +
                                     std::to_string(threads) + " --steps " + std::to_string(steps));
    if (!json)
        return std::nullopt;
    RoundResult r;
    r.step = {jsonNumber(*json, "step_ms"), jsonNumber(*json, "step_min_ms"), jsonNumber(*json, "step_cpu_ms")};
    r.infer = {jsonNumber(*json, "infer_ms"), jsonNumber(*json, "infer_min_ms"), jsonNumber(*json, "infer_cpu_ms")};
    return r;
}

// Over the rounds: the median of the medians, the fastest of the fastest.
Timing overRounds(const std::vector<RoundResult> &rounds, Timing RoundResult::*part)
{
    std::vector<double> median, fastest, cpu;
    for (const auto &r : rounds) {
        median.push_back((r.*part).median / 1000.0);
        fastest.push_back((r.*part).fastest / 1000.0);
        cpu.push_back((r.*part).cpu / 1000.0);
    }
    return {medianMs(median), minMs(fastest), medianMs(cpu)};
}

void printSide(const char *name, const RoundResult &r)
{
    std::printf("  %-14s train step (fwd+bwd+AdamW, 16x64): %7.1f / %7.1f ms, CPU %7.1f ms   "
                "one 30-word sentence (40 tokens): %6.2f / %6.2f ms, CPU %6.2f ms\n",
                name, r.step.median, r.step.fastest, r.step.cpu, r.infer.median, r.infer.fastest, r.infer.cpu);
}

void printRatio(const char *what, const RoundResult &cpp, const RoundResult &py)
{
    std::printf("  %s Python/C++ (above 1 = C++ faster): train step %.2fx median, %.2fx fastest, %.2fx CPU; "
                "inference %.2fx median, %.2fx fastest, %.2fx CPU\n",
                what, py.step.median / cpp.step.median, py.step.fastest / cpp.step.fastest, py.step.cpu / cpp.step.cpu,
                py.infer.median / cpp.infer.median, py.infer.fastest / cpp.infer.fastest, py.infer.cpu / cpp.infer.cpu);
}

} // namespace

int main(int argc, char **argv)
{
    int threads = 1, steps = 10, rounds = 3;
    bool peer = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a == "--steps" && i + 1 < argc)
            steps = std::atoi(argv[++i]);
        else if (a == "--rounds" && i + 1 < argc)
            rounds = std::atoi(argv[++i]);
        else if (a == "--no-peer")
            peer = false;
        else {
            std::cerr << "usage: bench_model [--threads N] [--steps N] [--rounds N] [--no-peer]\n";
            return 2;
        }
    }
    if (threads < 1 || steps < 1 || rounds < 1) {
        std::cerr << "bench_model: --threads, --steps and --rounds must be at least 1\n";
        return 2;
    }
    torch::set_num_threads(threads);
    torch::manual_seed(0);
    CppSide cppSide;
    std::printf(
        "bench_model: built-in encoder 4x256 (4 heads, FFN 1024, vocab 16000) + token head, %d intra-op "
        "thread(s); median / fastest wall time and median CPU time of %d steps and 30 inferences, %d round(s)\n",
        torch::get_num_threads(), steps, rounds);
    std::vector<RoundResult> cpp, py;
    for (int r = 0; r < rounds; ++r) {
        std::printf(" round %d\n", r + 1);
        cpp.push_back(cppSide.run(steps));
        printSide("C++ libtorch", cpp.back());
        std::fflush(stdout);
        if (!peer)
            continue;
        const auto peerRound = runPeer(threads, steps);
        if (!peerRound) {
            std::printf("  Python peer failed to run (/usr/bin/python3 with python3-torch needed)\n");
            return 1;
        }
        py.push_back(*peerRound);
        printSide("Python PyTorch", py.back());
        printRatio("ratio", cpp.back(), py.back());
        std::fflush(stdout);
    }
    const RoundResult cppAll{overRounds(cpp, &RoundResult::step), overRounds(cpp, &RoundResult::infer)};
    std::printf(" over the rounds (median of the medians, fastest of all)\n");
    printSide("C++ libtorch", cppAll);
    if (!peer)
        return 0;
    const RoundResult pyAll{overRounds(py, &RoundResult::step), overRounds(py, &RoundResult::infer)};
    printSide("Python PyTorch", pyAll);
    printRatio("ratio", cppAll, pyAll);
    return 0;
}
