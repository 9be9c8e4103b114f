// bench_model: time of one training step (forward + backward + AdamW, batch 16 x 64 tokens) of
// the built-in encoder (4 layers, hidden 256, 4 heads, FFN 1024, 16k vocabulary) with a token
// head, and the latency of one 30-word sentence (40 sub-word tokens), against the same
// architecture in Debian's PyTorch run in the same process tree, with the same thread count.
//
//   bench_model [--threads N] [--steps N] [--no-peer]
// One intra-op thread by default: on the 2-vCPU build machines more threads oversubscribe
// (see docs/DESIGN.md, "Threads").
#include <torch/torch.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "benchsupport.h"
#include "model/multitaskmodel.h"

using namespace mizan;
using mizan::bench::jsonNumber;
using mizan::bench::medianMs;
using mizan::bench::minMs;
using mizan::bench::seconds;

namespace {

std::optional<std::string> runModelPeer(int threads, int steps)
{
    return bench::runPeer(std::string("/usr/bin/python3 ") + MIZAN_BENCH_PEER + " --threads " +
                          std::to_string(threads) + " --steps " + std::to_string(steps));
}

} // namespace

int main(int argc, char **argv)
{
    int threads = 1;
    int steps = 10;
    bool peer = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a == "--steps" && i + 1 < argc)
            steps = std::atoi(argv[++i]);
        else if (a == "--no-peer")
            peer = false;
        else {
            std::cerr << "usage: bench_model [--threads N] [--steps N] [--no-peer]\n";
            return 2;
        }
    }
    torch::set_num_threads(threads);
    torch::manual_seed(0);
    const std::int64_t vocab = 16000, batch = 16, seq = 64, inferTokens = 40, labels = 9;
    std::vector<std::string> names = {"O"};
    for (const char *t : {"A", "B", "C", "D"})
        for (const char *p : {"B-", "I-"})
            names.push_back(std::string(p) + t);
    MultitaskModel model(builtinSmallConfig(vocab),
                         std::vector<HeadSpec>{{"ner", HeadKind::TokenClassification, names, false, 0.1}});
    torch::optim::AdamW optimizer(model->parameters(), torch::optim::AdamWOptions(1e-4));
    Batch b{torch::randint(5, vocab, {batch, seq}, torch::kLong), {}, torch::ones({batch, seq}, torch::kLong),
            torch::randint(0, labels, {batch, seq}, torch::kLong), {}, {}};

    auto step = [&] {
        optimizer.zero_grad();
        auto out = model->forward(b, "ner");
        out.loss.backward();
        optimizer.step();
    };
    model->train();
    for (int i = 0; i < 3; ++i)
        step();
    std::vector<double> stepTimes;
    for (int i = 0; i < steps; ++i)
        stepTimes.push_back(seconds(step));

    model->eval();
    Batch one{torch::randint(5, vocab, {1, inferTokens}, torch::kLong), {}, torch::ones({1, inferTokens}, torch::kLong), {},
              {}, {}};
    std::vector<double> inferTimes;
    {
        torch::NoGradGuard noGrad;
        for (int i = 0; i < 5; ++i)
            model->forward(one, "ner");
        for (int i = 0; i < 30; ++i)
            inferTimes.push_back(seconds([&] { model->forward(one, "ner"); }));
    }
    const double cppStep = medianMs(stepTimes);
    const double cppInfer = medianMs(inferTimes);
    const double cppStepMin = minMs(stepTimes);
    const double cppInferMin = minMs(inferTimes);
    std::printf("bench_model: built-in encoder 4x256 (4 heads, FFN 1024, vocab 16000) + token head, %d intra-op thread(s)\n",
                torch::get_num_threads());
    std::printf("  (median / fastest of %d steps and 30 inferences)\n", steps);
    std::printf("  C++ libtorch   train step (fwd+bwd+AdamW, 16x64): %7.1f / %7.1f ms   one 30-word sentence (40 tokens): %6.2f / %6.2f ms\n",
                cppStep, cppStepMin, cppInfer, cppInferMin);
    if (!peer)
        return 0;
    const std::optional<std::string> peerJson = runModelPeer(threads, steps);
    if (!peerJson) {
        std::printf("  Python peer failed to run (/usr/bin/python3 with python3-torch needed)\n");
        return 1;
    }
    const std::string &json = *peerJson;
    const double pyStep = jsonNumber(json, "step_ms");
    const double pyInfer = jsonNumber(json, "infer_ms");
    const double pyStepMin = jsonNumber(json, "step_min_ms");
    const double pyInferMin = jsonNumber(json, "infer_min_ms");
    std::printf("  Python PyTorch train step (fwd+bwd+AdamW, 16x64): %7.1f / %7.1f ms   one 30-word sentence (40 tokens): %6.2f / %6.2f ms\n",
                pyStep, pyStepMin, pyInfer, pyInferMin);
    std::printf("  ratio Python/C++ (above 1 = C++ faster): train step %.2fx median, %.2fx fastest; inference %.2fx median, %.2fx fastest\n",
                pyStep / cppStep, pyStepMin / cppStepMin, pyInfer / cppInfer, pyInferMin / cppInferMin);
    return 0;
}
