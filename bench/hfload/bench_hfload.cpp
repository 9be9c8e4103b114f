// bench_hfload: a full-size BERT folder as users download it (make one with
// ../shared/tools/make_bert_base_like.py OUT qarib VOCAB --bin-only): time and peak RSS of
// loading it into a multi-task model (encoder + token head), then one fine-tune step
// (forward + backward + AdamW, batch 16 x 128 pieces), against Debian's PyTorch loading the
// same pytorch_model.bin with torch.load(weights_only=True) into the same architecture, in the
// same run and with the same thread count.
//
//   bench_hfload DIR [--threads N] [--steps N] [--no-peer]
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "model/hfload.h"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

template <typename F>
double seconds(F &&f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Peak resident set size of this process so far (VmHWM), in MB.
double peakRssMb()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::atof(line.c_str() + 6) / 1024.0;
    return -1.0;
}

double field(const std::string &json, const std::string &key)
{
    const auto pos = json.find("\"" + key + "\":");
    return pos == std::string::npos ? -1.0 : std::atof(json.c_str() + pos + key.size() + 3);
}

std::string runPeer(const std::string &dir, int threads, int steps)
{
    const std::string cmd = std::string("/usr/bin/python3 ") + MIZAN_BENCH_PEER + " '" + dir + "' --threads " +
                            std::to_string(threads) + " --steps " + std::to_string(steps);
    FILE *pipe = ::popen(cmd.c_str(), "r");
    if (!pipe)
        return {};
    std::string out;
    char buf[512];
    while (std::fgets(buf, sizeof buf, pipe))
        out += buf;
    return ::pclose(pipe) == 0 ? out : std::string();
}

} // namespace

int main(int argc, char **argv)
{
    std::string dir;
    int threads = 1, steps = 2;
    bool peer = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a == "--steps" && i + 1 < argc)
            steps = std::max(1, std::atoi(argv[++i]));
        else if (a == "--no-peer")
            peer = false;
        else if (dir.empty() && a[0] != '-')
            dir = a;
        else {
            std::cerr << "usage: bench_hfload DIR [--threads N] [--steps N] [--no-peer]\n";
            return 2;
        }
    }
    if (dir.empty()) {
        std::cerr << "usage: bench_hfload DIR [--threads N] [--steps N] [--no-peer]\n";
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
    const double loadS = seconds([&] {
        model = multitaskFromHfBert(dir, {{"ner", HeadKind::TokenClassification, names, false, 0.1}}, torch::kCPU);
    });
    if (!model) {
        std::cerr << "bench_hfload: " << model.error() << '\n';
        return 1;
    }
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
    torch::optim::AdamW optimizer(m->parameters(), torch::optim::AdamWOptions(2e-5));
    Batch b{torch::randint(5, vocab, {batch, seq}, torch::kLong), {}, torch::ones({batch, seq}, torch::kLong),
            torch::randint(0, 9, {batch, seq}, torch::kLong)};
    auto step = [&] {
        optimizer.zero_grad();
        auto out = m->forward(b, "ner");
        out.loss.backward();
        optimizer.step();
    };
    m->train();
    step();
    std::vector<double> times;
    for (int i = 0; i < steps; ++i)
        times.push_back(seconds(step));
    std::sort(times.begin(), times.end());
    const double stepMs = times[times.size() / 2] * 1000.0, stepMinMs = times.front() * 1000.0;

    std::printf("bench_hfload: %s (%s, %lld layers, vocabulary %lld, %.1f M parameters, weights %.0f MB), %d thread(s)\n",
                dir.c_str(), inspected->format.c_str(), static_cast<long long>(inspected->config.numLayers),
                static_cast<long long>(vocab), static_cast<double>(inspected->parameters) / 1e6, weightsMb,
                torch::get_num_threads());
    std::printf("  C++ libtorch   load %.2f s, peak RSS after load %.0f MB (%.2fx the weights; %.0f MB before)   "
                "step 16x128: %.0f ms median, %.0f ms fastest of %d\n",
                loadS, loadPeakMb, loadPeakMb / weightsMb, baseMb, stepMs, stepMinMs, steps);
    if (!peer)
        return 0;
    const std::string json = runPeer(dir, threads, steps);
    if (json.empty()) {
        std::printf("  Python peer failed to run (/usr/bin/python3 with python3-torch and DIR/pytorch_model.bin needed)\n");
        return 1;
    }
    const double pyLoad = field(json, "load_s"), pyPeak = field(json, "load_peak_mb");
    const double pyStep = field(json, "step_ms"), pyStepMin = field(json, "step_min_ms");
    std::printf("  Python PyTorch load %.2f s, peak RSS after load %.0f MB (%.2fx the weights)   "
                "step 16x128: %.0f ms median, %.0f ms fastest of %d\n",
                pyLoad, pyPeak, pyPeak / weightsMb, pyStep, pyStepMin, steps);
    std::printf("  ratio C++/Python (below 1 = C++ better): load time %.2fx, load peak RSS %.2fx, step %.2fx median, "
                "%.2fx fastest\n",
                loadS / pyLoad, loadPeakMb / pyPeak, stepMs / pyStep, stepMinMs / pyStepMin);
    return 0;
}
