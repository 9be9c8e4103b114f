// bench_train: tokens per second of the default preset's training loop, C++ (libtorch) against
// Python (Debian's python3-torch) on the same batches in the same run.
//   bench_train [--steps N] [--threads N] [--preset FILE] [--device cpu|cuda|cuda:N]
//               [--precision fp32|bf16|fp16] [--python PYTHON] [--no-peer]
// (bench/gpu/run.sh runs it with a BERT-base preset on a GPU, against the machine's PyTorch.)
// The batches are synthetic token ids with lengths like the SemEval sentence-pair examples
// (12..90 tokens), bucketed as the trainer does, written to a file the peer reads.
#include <torch/cuda.h>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>

#include <nlohmann/json.hpp>

#include "benchsupport.h"
#include "common/atomicfile.h"
#include "model/multitaskmodel.h"
#include "train/batching.h"
#include "train/foreachadamw.h"
#include "train/paramgroups.h"
#include "runtime/cputhreads.h"
#include "runtime/device.h"
#include "train/precision.h"
#include "train/preset.h"
#include "train/schedule.h"

using namespace mizan;

int main(int argc, char **argv)
{
    int steps = 60, threads = 1;
    bool peer = true;
    std::string deviceName = "cpu", precisionName = "fp32", python = "/usr/bin/python3";
    std::string presetPath = MIZAN_RESOURCES_DIR "/presets/default.json";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--steps" && i + 1 < argc)
            steps = std::atoi(argv[++i]);
        else if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a == "--preset" && i + 1 < argc)
            presetPath = argv[++i];
        else if (a == "--device" && i + 1 < argc)
            deviceName = argv[++i];
        else if (a == "--precision" && i + 1 < argc)
            precisionName = argv[++i];
        else if (a == "--python" && i + 1 < argc)
            python = argv[++i];
        else if (a == "--no-peer")
            peer = false;
        else {
            std::cerr << "usage: bench_train [--steps N] [--threads N] [--preset FILE] [--device D] "
                         "[--precision fp32|bf16|fp16] [--python PYTHON] [--no-peer]\n";
            return 2;
        }
    }
    auto preset = loadPreset(presetPath, {});
    if (!preset) {
        std::cerr << preset.error() << '\n';
        return 1;
    }
    const TrainPreset &p = *preset;
    const auto found = deviceFromName(deviceName);
    if (!found) {
        std::cerr << found.error() << '\n';
        return 1;
    }
    const torch::Device device = *found;
    Precision precision = Precision::Fp32;
    try {
        precision = precisionFor(precisionName, device);
    } catch (const std::exception &e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    LossScaler scaler(precision == Precision::Fp16);
    configureCpuThreads(threads);
    torch::manual_seed(1);

    // Batches: lengths like the SemEval pair examples, bucketed like the trainer.
    std::mt19937_64 rng(7);
    const int warmup = 5;
    std::vector<std::size_t> lengths(std::size_t(p.batchSize) * std::size_t(steps + warmup) * 2);
    for (auto &l : lengths)
        l = 12 + std::size_t(rng() % 79);
    auto batches = bucketedBatches(lengths, std::size_t(p.batchSize), 3, 0);
    batches.resize(std::size_t(steps + warmup));
    // With the preset's character n-grams, every real position between [CLS] and the last
    // [SEP] gets a bag of kBag hashed ids, and the last three such positions are the "target"
    // (token type 1) that target pooling reads.
    constexpr std::size_t kBag = 24;
    const bool grams = p.charNgramBuckets > 0;
    nlohmann::json out = nlohmann::json::array();
    std::vector<std::vector<std::vector<std::int64_t>>> data;
    std::vector<std::vector<std::vector<std::vector<std::int64_t>>>> bagData;
    for (const auto &b : batches) {
        std::vector<std::vector<std::int64_t>> rows;
        std::vector<std::vector<std::vector<std::int64_t>>> rowBags;
        for (auto i : b) {
            std::vector<std::int64_t> ids(lengths[i]);
            for (auto &id : ids)
                id = 5 + std::int64_t(rng() % std::uint64_t(p.vocabSize - 5));
            std::vector<std::vector<std::int64_t>> bags(ids.size());
            for (std::size_t t = 1; grams && t + 1 < ids.size(); ++t)
                for (std::size_t k = 0; k < kBag; ++k)
                    bags[t].push_back(std::int64_t(rng() % std::uint64_t(p.charNgramBuckets)));
            rows.push_back(ids);
            rowBags.push_back(std::move(bags));
        }
        out.push_back({{"ids", rows}, {"bags", rowBags}});
        data.push_back(std::move(rows));
        bagData.push_back(std::move(rowBags));
    }
    const std::string batchFile = "/tmp/mizan-bench-train-batches.json";
    writeFileAtomic(batchFile, out.dump());

    BertConfig c = builtinSmallConfig(p.vocabSize);
    c.numLayers = p.layers;
    c.hiddenSize = p.hidden;
    c.numHeads = p.heads;
    c.intermediateSize = p.ffn;
    c.maxPositions = std::max(p.maxLength, 128);
    c.charNgramBuckets = std::max(0, p.charNgramBuckets);
    c.charNgramDim = grams ? p.charNgramDim : 0;
    HeadSpec head;
    head.targetPooling = p.targetPooling;
    head.task = "sentiment";
    head.kind = HeadKind::SequenceClassification;
    head.labels = {"positive", "negative", "neutral"};
    MultitaskModel model(c, std::vector<HeadSpec>{head});
    model->to(device);
    model->train();
    std::vector<torch::Tensor> decay, noDecay;
    for (const auto &item : model->named_parameters()) {
        const auto &n = item.key();
        const bool nd = n.find("LayerNorm") != std::string::npos || n.compare(n.size() - 4, 4, "bias") == 0;
        (nd ? noDecay : decay).push_back(item.value());
    }
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(decay, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(p.encoderLr).weight_decay(p.weightDecay)));
    groups.emplace_back(noDecay, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(p.encoderLr).weight_decay(0.0)));
    ForeachAdamW opt(groups, torch::optim::AdamWOptions(p.encoderLr));  // the trainer's optimizer
    auto params = model->parameters();
    LinearSchedule schedule{std::size_t(steps / 10), std::size_t(steps + warmup)};

    double tokens = 0, seconds = 0;
    for (std::size_t s = 0; s < data.size(); ++s) {
        const auto &rows = data[s];
        std::size_t width = 0;
        for (const auto &r : rows)
            width = std::max(width, r.size());
        const auto t0 = std::chrono::steady_clock::now();
        std::vector<std::int64_t> ids(rows.size() * width, 0), mask(ids.size(), 0), types(ids.size(), 0),
            labels(rows.size()), bagIds, bagStarts;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (std::size_t t = 0; t < rows[r].size(); ++t) {
                ids[r * width + t] = rows[r][t];
                mask[r * width + t] = 1;
                types[r * width + t] = t + 4 >= rows[r].size() && t + 1 < rows[r].size() ? 1 : 0;
            }
            labels[r] = std::int64_t(rows[r][0] % 3);
        }
        const auto o = torch::TensorOptions().dtype(torch::kInt64);
        Batch b;
        if (grams) {
            for (std::size_t r = 0; r < rows.size(); ++r)
                for (std::size_t t = 0; t < width; ++t) {
                    bagStarts.push_back(std::int64_t(bagIds.size()));
                    if (t < bagData[s][r].size())
                        bagIds.insert(bagIds.end(), bagData[s][r][t].begin(), bagData[s][r][t].end());
                }
            b.ngramIds = torch::tensor(bagIds, o);
            b.ngramOffsets = torch::tensor(bagStarts, o);
        }
        b.inputIds = torch::from_blob(ids.data(), {std::int64_t(rows.size()), std::int64_t(width)}, o).clone();
        b.attentionMask = torch::from_blob(mask.data(), b.inputIds.sizes(), o).clone();
        b.tokenTypeIds = torch::from_blob(types.data(), b.inputIds.sizes(), o).clone();
        b.labels = torch::from_blob(labels.data(), {std::int64_t(rows.size())}, o).clone();
        b = b.to(device);
        TaskOutput output;
        {
            const AutocastScope autocast(precision, device);
            output = model->forward(b, "sentiment");
        }
        zeroGradients(params);  // the trainer's zeroing and clipping (multi-tensor, no host wait)
        (output.loss * scaler.scale()).backward();
        scaler.unscale(params);
        clipGradientNorm(params, p.clipNorm);
        for (auto &g : opt.param_groups())
            static_cast<torch::optim::AdamWOptions &>(g.options()).lr(p.encoderLr * schedule.factor(s + 1));
        opt.step();
        if (device.is_cuda())
            torch::cuda::synchronize();
        const double dt = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (s >= std::size_t(warmup)) {
            seconds += dt;
            for (const auto &r : rows)
                tokens += double(r.size());
        }
    }
    const double cppTps = tokens / seconds;
    const double cppRss = bench::peakRssMb();
    std::printf("bench_train on %s, %s: ", device.str().c_str(), precisionName.c_str());
    std::printf("preset %s (%d layers, hidden %d, batch %d, char n-grams %d x %d, %s pooling), "
                "%d timed steps, %d thread(s)\n",
                p.name.c_str(), p.layers, p.hidden, p.batchSize, grams ? p.charNgramBuckets : 0, grams ? p.charNgramDim : 0,
                p.targetPooling ? "cls+target" : "cls", steps, threads);
    std::printf("  C++ (libtorch)   %8.0f tokens/s  %6.1f ms/step  peak RSS %6.0f MB\n", cppTps,
                1000 * seconds / steps, cppRss);
    if (!peer)
        return 0;
    const std::string cmd = std::string("OMP_NUM_THREADS=") + std::to_string(threads) + " " + python + " " +
                            MIZAN_BENCH_PEER + " --preset " + presetPath + " --batches " + batchFile +
                            " --warmup " + std::to_string(warmup) + " --threads " + std::to_string(threads) +
                            " --device " + device.str() + " --precision " + precisionName;
    const std::optional<std::string> line = bench::runPeer(cmd);
    const auto j = nlohmann::json::parse(line.value_or(""), nullptr, false);
    if (!line || j.is_discarded()) {
        std::printf("  Python peer failed to run (/usr/bin/python3 with python3-torch needed)\n");
        return 1;  // a peer asked for and not run: no ratio, and the caller must see it
    }
    const double pyTps = j["tokens_per_s"].get<double>();
    std::printf("  Python (PyTorch) %8.0f tokens/s  %6.1f ms/step  peak RSS %6.0f MB\n", pyTps,
                j["step_ms"].get<double>(), j["peak_rss_mb"].get<double>());
    std::printf("  ratio C++/Python tokens/s: %.2fx\n", cppTps / pyTps);
    return 0;
}
