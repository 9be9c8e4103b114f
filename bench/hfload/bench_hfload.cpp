// bench_hfload: a full-size BERT folder as users download it (make one with
// ../shared/tools/make_bert_base_like.py OUT qarib VOCAB --bin-only): time and peak RSS of
// loading it into a multi-task model (encoder + token head), then one fine-tune step
// (forward + backward + AdamW, batch 16 x 128 pieces), against Debian's PyTorch loading the
// same pytorch_model.bin with torch.load(weights_only=True) into the same architecture, in the
// same run and with the same thread count.
//
// Times are wall seconds and, beside them, CPU seconds of the process (user + system): on a
// shared machine the CPU time is the fairer comparison. --load-only skips the step (both sides).
//
//   bench_hfload DIR [--threads N] [--steps N] [--no-peer] [--load-only]
#include <torch/torch.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "benchsupport.h"
#include "model/hfload.h"

using namespace mizan;
using mizan::bench::cpuSeconds;
using mizan::bench::jsonNumber;
using mizan::bench::peakRssMb;
using mizan::bench::seconds;
namespace fs = std::filesystem;

namespace {

std::optional<std::string> runHfloadPeer(const std::string &dir, int threads, int steps, bool loadOnly)
{
    return bench::runPeer(std::string("/usr/bin/python3 ") + MIZAN_BENCH_PEER + " '" + dir + "' --threads " +
                          std::to_string(threads) + " --steps " + std::to_string(steps) +
                          (loadOnly ? " --load-only" : ""));
}

} // namespace

int main(int argc, char **argv)
{
    std::string dir;
    int threads = 1, steps = 2;
    bool peer = true, loadOnly = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a == "--steps" && i + 1 < argc)
            steps = std::max(1, std::atoi(argv[++i]));
        else if (a == "--no-peer")
            peer = false;
        else if (a == "--load-only")
            loadOnly = true;
        else if (dir.empty() && a[0] != '-')
            dir = a;
        else {
            std::cerr << "usage: bench_hfload DIR [--threads N] [--steps N] [--no-peer] [--load-only]\n";
            return 2;
        }
    }
    if (dir.empty()) {
        std::cerr << "usage: bench_hfload DIR [--threads N] [--steps N] [--no-peer] [--load-only]\n";
        return 2;
    }
    torch::set_num_threads(threads);
    torch::manual_seed(0);
    std::vector<std::string> names = {"O"};
    for (const char *t : {"A", "B", "C", "D"})
        for (const char *p : {"B-", "I-"})
            names.push_back(std::string(p) + t);
    const double baseMb = peakRssMb();
    Result<MultitaskModel> model = Status(ErrorCode::Internal, "not loaded");
    const double cpu0 = cpuSeconds();
    const double loadS = seconds([&] {
        model = multitaskFromHfBert(dir, {{"ner", HeadKind::TokenClassification, names, false, 0.1}}, torch::kCPU);
    });
    if (!model) {
        std::cerr << "bench_hfload: " << model.error() << '\n';
        return 1;
    }
    const double loadCpuS = cpuSeconds() - cpu0;
    const double loadPeakMb = peakRssMb();
    auto inspected = inspectHfBertDirectory(dir);
    if (!inspected) {
        std::cerr << "bench_hfload: " << inspected.error() << '\n';
        return 1;
    }
    double weightsMb = 0;
    for (const auto &f : inspected->weightsFiles)
        weightsMb += static_cast<double>(fs::file_size(f)) / (1024.0 * 1024.0);

    auto &m = *model;
    const std::int64_t vocab = inspected->config.vocabSize, batch = 16, seq = 128;
    double stepMs = 0, stepMinMs = 0, stepCpuMs = 0, stepPeakMb = 0;
    if (!loadOnly) {
        torch::optim::AdamW optimizer(m->parameters(), torch::optim::AdamWOptions(2e-5));
        Batch b{torch::randint(5, vocab, {batch, seq}, torch::kLong), {}, torch::ones({batch, seq}, torch::kLong),
                torch::randint(0, 9, {batch, seq}, torch::kLong), {}, {}};
        auto step = [&] {
            optimizer.zero_grad();
            auto out = m->forward(b, "ner");
            out.loss.backward();
            optimizer.step();
        };
        m->train();
        step();
        std::vector<double> times, cpu;
        for (int i = 0; i < steps; ++i) {
            const double c = cpuSeconds();
            times.push_back(seconds(step));
            cpu.push_back(cpuSeconds() - c);
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        stepMs = times[times.size() / 2] * 1000.0;
        stepMinMs = times.front() * 1000.0;
        stepCpuMs = cpu[cpu.size() / 2] * 1000.0;
        stepPeakMb = peakRssMb();
    }

    std::printf("bench_hfload: %s (%s, %lld layers, vocabulary %lld, %.1f M parameters, weights %.0f MB), %d thread(s)\n",
                dir.c_str(), inspected->format.c_str(), static_cast<long long>(inspected->config.numLayers),
                static_cast<long long>(vocab), static_cast<double>(inspected->parameters) / 1e6, weightsMb,
                torch::get_num_threads());
    auto line = [&](const char *who, double load, double loadCpu, double peak, double ms, double minMs, double cpuMs,
                    double trainPeak) {
        std::printf("  %-14s load %.2f s wall, %.2f s CPU, peak RSS after load %.0f MB (%.2fx the weights)", who, load,
                    loadCpu, peak, peak / weightsMb);
        if (!loadOnly)
            std::printf("   step 16x128: %.0f ms median wall, %.0f ms fastest, %.0f ms median CPU of %d; peak RSS "
                        "%.0f MB",
                        ms, minMs, cpuMs, steps, trainPeak);
        std::printf("\n");
    };
    line("C++ libtorch", loadS, loadCpuS, loadPeakMb, stepMs, stepMinMs, stepCpuMs, stepPeakMb);
    std::printf("  (C++ process before loading: %.0f MB)\n", baseMb);
    if (!peer)
        return 0;
    const std::optional<std::string> peerJson = runHfloadPeer(dir, threads, steps, loadOnly);
    if (!peerJson) {
        std::printf("  Python peer failed to run (/usr/bin/python3 with python3-torch and DIR/pytorch_model.bin needed)\n");
        return 1;
    }
    const std::string &json = *peerJson;
    const double pyLoad = jsonNumber(json, "load_s"), pyLoadCpu = jsonNumber(json, "load_cpu_s"), pyPeak = jsonNumber(json, "load_peak_mb");
    const double pyStep = jsonNumber(json, "step_ms"), pyStepMin = jsonNumber(json, "step_min_ms"), pyStepCpu = jsonNumber(json, "step_cpu_ms");
    const double pyStepPeak = jsonNumber(json, "step_peak_mb");
    line("Python PyTorch", pyLoad, pyLoadCpu, pyPeak, pyStep, pyStepMin, pyStepCpu, pyStepPeak);
    std::printf("  ratio C++/Python (below 1 = C++ better): load %.2fx wall, %.2fx CPU, load peak RSS %.2fx", loadS / pyLoad,
                loadCpuS / pyLoadCpu, loadPeakMb / pyPeak);
    if (!loadOnly)
        std::printf(", step %.2fx median wall, %.2fx fastest wall, %.2fx median CPU, peak RSS %.2fx", stepMs / pyStep,
                    stepMinMs / pyStepMin, stepCpuMs / pyStepCpu, stepPeakMb / pyStepPeak);
    std::printf("\n");
    return 0;
}
