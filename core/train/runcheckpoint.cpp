#include "train/runcheckpoint.h"

#include <ATen/CPUGeneratorImpl.h>

#include <mutex>

#include "model/checkpoint.h"
#include "train/jobguard.h"

namespace mizan {

namespace {

using nlohmann::json;

std::string toHex(const torch::Tensor &bytes)
{
    const torch::Tensor t = bytes.contiguous().to(torch::kUInt8);
    static const char *digits = "0123456789abcdef";
    std::string out;
    const auto *p = t.data_ptr<std::uint8_t>();
    for (std::int64_t i = 0; i < t.numel(); ++i) {
        out += digits[p[i] >> 4];
        out += digits[p[i] & 15];
    }
    return out;
}

torch::Tensor fromHex(const std::string &hex)
{
    torch::Tensor t = torch::empty({std::int64_t(hex.size() / 2)}, torch::kUInt8);
    auto *p = t.data_ptr<std::uint8_t>();
    auto val = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        p[i / 2] = std::uint8_t(val(hex[i]) * 16 + val(hex[i + 1]));
    return t;
}

std::string cpuRngState()
{
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    return toHex(gen.get_state());
}

void setCpuRngState(const std::string &hex)
{
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(fromHex(hex));
}

// The generator of the run's GPU, so a resumed run draws the dropout masks an uninterrupted
// one would (through ATen's hooks: no CUDA header, and nothing to do on a CPU run).
std::string cudaRngState(const torch::Device &device)
{
    auto gen = at::globalContext().defaultGenerator(device);
    std::lock_guard<std::mutex> lock(gen.mutex());
    return toHex(gen.get_state());
}

void setCudaRngState(const torch::Device &device, const std::string &hex)
{
    auto gen = at::globalContext().defaultGenerator(device);
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(fromHex(hex));
}

void restoreRngJson(const json &saved, const torch::Device &device)
{
    const std::string cpu = saved.value("torch_rng", std::string());
    if (!cpu.empty())
        setCpuRngState(cpu);
    const std::string cuda = saved.value("cuda_rng", std::string());
    if (!cuda.empty() && device.is_cuda())
        setCudaRngState(device, cuda);
}

} // namespace

std::string rngStateJson(const torch::Device &device)
{
    json j;
    j["torch_rng"] = cpuRngState();
    if (device.is_cuda())
        j["cuda_rng"] = cudaRngState(device);
    return j.dump();
}

void seedRank(std::uint64_t seed, int rank, std::size_t step)
{
    if (rank == 0 && step == 0)
        return;
    // torch::manual_seed seeds the CPU generator and every GPU's.
    torch::manual_seed(seed + 0x9E3779B97F4A7C15ULL * std::uint64_t(rank + 1) + 0xBF58476D1CE4E5B9ULL * step);
}

json trainingJson(const TrainParams &params, const RunSetup &s)
{
    json cursors = json::object();
    for (std::size_t i = 0; i < s.train.size(); ++i)
        cursors[s.train[i].name] = {s.cursors[i].epoch(), s.cursors[i].cursor()};
    json tasks = json::array();
    for (const auto &t : s.train)
        tasks.push_back({{"name", t.name}, {"kind", taskKindName(t.kind)}, {"labels", t.labels}});
    json j = s.state.toJson();
    j["sampler"] = s.sampler ? s.sampler->state() : "";
    j["cursors"] = cursors;
    j["torch_rng"] = cpuRngState();
    if (s.device.is_cuda())
        j["cuda_rng"] = cudaRngState(s.device);
    if (!s.rankRng.empty()) {
        j["rank_rng"] = json::array();
        for (const std::string &r : s.rankRng)
            j["rank_rng"].push_back(json::parse(r));
    }
    j["seed"] = params.seed;
    j["batch_size"] = params.preset.batchSize;  // per rank
    j["world_size"] = params.dist.worldSize;
    j["global_batch"] = s.globalBatch;
    j["encoder"] = params.encoder;
    j["preset"] = json::parse(presetToJson(params.preset));
    if (!s.initVectorsSha256.empty())
        j["init_vectors_sha256"] = s.initVectorsSha256;  // the folder itself is not needed again
    j["text"] = textSettingsToJson(s.text);
    j["tasks"] = tasks;
    j["train_corpora"] = params.trainCorpora;
    j["dev_corpora"] = params.devCorpora;
    j["dev_fraction"] = params.devFraction;
    return j;
}

void saveRun(const RunContext &ctx, const RunSetup &s, const std::string &dir, bool withOptimizer)
{
    CheckpointFiles files;
    files.tokenizerFiles = s.tokenizerFiles;
    files.trainingJson = trainingJson(ctx.params, s).dump(2);
    if (withOptimizer && s.average)
        files.tensorFiles["ema.safetensors"] = s.average->tensors();
    if (Status st = saveCheckpoint(dir, *s.model.ptr(), files, withOptimizer ? s.optimizer.get() : nullptr); !st)
        throw JobError(st.code(), st.message());
    if (ctx.observer)
        ctx.observer->onCheckpoint({eventNow(), s.state.step, dir, !withOptimizer});
}

void restoreRun(RunSetup &s, const json &training, int rank, int world)
{
    s.state.restore(training);
    if (Status st = s.sampler->restore(training.value("sampler", std::string())); !st)
        throw JobError(ErrorCode::ParseError, "resume: " + st.message());
    const json cursors = training.value("cursors", json::object());
    for (std::size_t i = 0; i < s.train.size(); ++i)
        if (cursors.contains(s.train[i].name))
            s.cursors[i].seek(cursors[s.train[i].name][0].get<std::uint64_t>(),
                              cursors[s.train[i].name][1].get<std::size_t>());
    const json ranks = training.value("rank_rng", json::array());
    if (world > 1 && ranks.is_array() && ranks.size() == std::size_t(world) && ranks[std::size_t(rank)].is_object())
        restoreRngJson(ranks[std::size_t(rank)], s.device);
    else if (rank == 0)
        restoreRngJson(training, s.device);
    else
        seedRank(training.value("seed", std::uint64_t(0)), rank, s.state.step);
}

} // namespace mizan
