#include "model/checkpoint.h"
#include "common/errortext.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <random>
#include <set>
#include <sstream>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "common/atomicfile.h"
#include "common/outputdir.h"
#include "model/jsonutil.h"
#include "model/optimizerkey.h"
#include "model/tensorio.h"
#include "model/weightsreader.h"

namespace mizan {

namespace fs = std::filesystem;

namespace {

const std::set<std::string> kReservedFiles = {"model.safetensors", "config.json", "labels.json", "training.json",
                                              "optimizer.safetensors", kOutputMarkerName};
constexpr std::uintmax_t kMaxTokenizerFileBytes = 64u * 1024u * 1024u;

// Builds a folder in a temporary sibling and renames it over `dir` only when `fill` succeeded,
// so readers never see a half-written checkpoint. A previous `dir` is kept until the swap.
Status writeFolderAtomic(const std::string &dir, const std::function<Status(const fs::path &)> &fill)
{
    std::error_code ec;
    fs::path target = fs::absolute(dir, ec);
    if (ec)
        return Status(ErrorCode::IoError, dir + ": " + ec.message());
    if (target.filename().empty())
        target = target.parent_path();
    if (Status st = checkOutputDir(target.string()); !st)
        return st;
    fs::create_directories(target.parent_path(), ec);
    if (ec)
        return Status(ErrorCode::IoError, target.parent_path().string() + ": cannot create: " + ec.message());
    std::random_device rd;
    const std::string suffix = std::to_string(::getpid()) + "-" + std::to_string(rd());
    const fs::path tmp = target.string() + ".tmp-" + suffix;
    const fs::path old = target.string() + ".old-" + suffix;
    fs::create_directory(tmp, ec);
    if (ec)
        return Status(ErrorCode::IoError, tmp.string() + ": cannot create: " + ec.message());
    Status s = markOutputDir(tmp.string());
    try {
        if (s)
            s = fill(tmp);
    } catch (const std::exception &e) {
        s = Status(ErrorCode::Internal, dir + ": cannot write the checkpoint: " + errorText(e));
    }
    if (!s) {
        fs::remove_all(tmp, ec);
        return s;
    }
    const bool hadOld = fs::exists(target, ec);
    // Swap the new folder and the previous one in one step, so a crash (SIGKILL, power) at any
    // moment leaves one complete checkpoint at `dir`; the previous one is then removed.
    if (hadOld && ::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
        fs::remove_all(tmp, ec);
        return Status::ok();
    }
    if (hadOld) {  // file systems without RENAME_EXCHANGE: two renames
        fs::rename(target, old, ec);
        if (ec) {
            fs::remove_all(tmp, ec);
            return Status(ErrorCode::IoError, dir + ": cannot move the previous checkpoint aside: " + ec.message());
        }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        const std::string why = ec.message();
        if (hadOld)
            fs::rename(old, target, ec);
        fs::remove_all(tmp, ec);
        return Status(ErrorCode::IoError, dir + ": cannot rename the new checkpoint into place: " + why);
    }
    if (hadOld)
        fs::remove_all(old, ec);
    return Status::ok();
}

std::map<const void *, std::string> parameterNames(MultitaskModelImpl &model)
{
    std::map<const void *, std::string> names;
    for (const auto &item : model.named_parameters())
        names[item.value().unsafeGetTensorImpl()] = item.key();
    return names;
}

Status saveOptimizer(const fs::path &file, MultitaskModelImpl &model, const torch::optim::AdamW &optimizer)
{
    using StateMap = std::decay_t<decltype(optimizer.state())>;
    const auto names = parameterNames(model);
    TensorMap tensors;
    nlohmann::json steps = nlohmann::json::object();
    nlohmann::json groups = nlohmann::json::array();
    for (const auto &group : optimizer.param_groups()) {
        const auto &o = static_cast<const torch::optim::AdamWOptions &>(group.options());
        nlohmann::json g = {{"lr", o.lr()},
                            {"weight_decay", o.weight_decay()},
                            {"eps", o.eps()},
                            {"beta1", std::get<0>(o.betas())},
                            {"beta2", std::get<1>(o.betas())},
                            {"amsgrad", o.amsgrad()},
                            {"params", nlohmann::json::array()}};
        for (const auto &p : group.params()) {
            auto n = names.find(p.unsafeGetTensorImpl());
            if (n == names.end())
                return Status(ErrorCode::InvalidArgument,
                              file.string() + ": the optimizer holds a parameter that is not part of the model");
            g["params"].push_back(n->second);
            auto it = optimizer.state().find(stateKey<StateMap>(p));
            if (it == optimizer.state().end())
                continue;
            const auto &st = static_cast<const torch::optim::AdamWParamState &>(*it->second);
            steps[n->second] = st.step();
            tensors[n->second + ".exp_avg"] = st.exp_avg();
            tensors[n->second + ".exp_avg_sq"] = st.exp_avg_sq();
            if (st.max_exp_avg_sq().defined())
                tensors[n->second + ".max_exp_avg_sq"] = st.max_exp_avg_sq();
        }
        groups.push_back(std::move(g));
    }
    return saveSafetensors(
        file.string(), tensors,
        {{"format", "pt"}, {"optimizer", "AdamW"}, {"steps", steps.dump()}, {"groups", groups.dump()}});
}

Status writeText(const fs::path &file, const std::string &text) { return writeFileAtomic(file.string(), text); }

// model.safetensors with every parameter of `weights` (the whole model, or only its encoder
// for a Hugging Face export) and config.json describing the encoder.
Status writeWeightsAndConfig(const fs::path &tmp, const MultitaskModelImpl &model, const torch::nn::Module &weights)
{
    TensorMap tensors;
    for (const auto &item : weights.named_parameters())
        tensors[item.key()] = item.value();
    // An encoder export keeps Mizan's character n-gram embeddings beside the BERT tensors
    // (transformers ignores them; `mizan train --encoder DIR` reads them back).
    if (&weights != &model && !model.charNgrams.is_empty()) {
        tensors["char_ngrams.weight"] = model.charNgrams->weight;
        tensors["char_projection.weight"] = model.charProjection->weight;
    }
    if (Status s = saveSafetensors((tmp / "model.safetensors").string(), tensors, {{"format", "pt"}}); !s)
        return s;
    BertConfig config = model.config();
    config.withPooler = model.bert->hasPooler();
    return writeText(tmp / "config.json", bertConfigToJson(config, "BertModel"));
}

} // namespace

Status saveCheckpoint(const std::string &dir, MultitaskModelImpl &model, const CheckpointFiles &files,
                      const torch::optim::AdamW *optimizer)
{
    for (const auto &[name, tensors] : files.tensorFiles) {
        (void)tensors;
        if (name.empty() || name.find('/') != std::string::npos || name == "." || name == ".." ||
            kReservedFiles.count(name) || files.tokenizerFiles.count(name))
            return Status(ErrorCode::InvalidArgument, dir + ": invalid tensor file name '" + name + "'");
    }
    for (const auto &[name, content] : files.tokenizerFiles) {
        (void)content;
        if (name.empty() || name.find('/') != std::string::npos || name == "." || name == ".." ||
            kReservedFiles.count(name))
            return Status(ErrorCode::InvalidArgument, dir + ": invalid tokenizer file name '" + name + "'");
    }
    if (auto parsed = jsonutil::parse(files.trainingJson, "training.json"); !parsed)
        return Status(ErrorCode::InvalidArgument, dir + ": " + parsed.error());
    return writeFolderAtomic(dir, [&](const fs::path &tmp) -> Status {
        if (Status s = writeWeightsAndConfig(tmp, model, model); !s)
            return s;
        if (Status s = writeText(tmp / "labels.json", headSpecsToJson(model.headSpecs())); !s)
            return s;
        if (Status s = writeText(tmp / "training.json", files.trainingJson); !s)
            return s;
        for (const auto &[name, content] : files.tokenizerFiles)
            if (Status s = writeText(tmp / name, content); !s)
                return s;
        if (optimizer)
            if (Status s = saveOptimizer(tmp / "optimizer.safetensors", model, *optimizer); !s)
                return s;
        for (const auto &[name, tensors] : files.tensorFiles)
            if (Status s = saveSafetensors((tmp / name).string(), tensors); !s)
                return s;
        return Status::ok();
    });
}

Result<LoadedCheckpoint> loadCheckpoint(const std::string &dir, const torch::Device &device)
{
    auto info = inspectCheckpointDirectory(dir);
    if (!info)
        return info.status();
    const std::string weightsFile = (fs::path(dir) / "model.safetensors").string();
    auto weights = WeightsReader::open({weightsFile});
    if (!weights)
        return weights.status();
    LoadedCheckpoint out;
    try {
        out.model = MultitaskModel(info->config, info->heads, /*initEncoder=*/false);  // every tensor is read next
    } catch (const std::exception &e) {
        return Status(ErrorCode::ParseError, dir + ": cannot build the model: " + errorText(e));
    }
    {
        // One tensor at a time straight into its parameter: no second copy of the model.
        torch::NoGradGuard noGrad;
        std::set<std::string> used;
        for (auto &item : out.model->named_parameters()) {
            if (!weights->contains(item.key()))
                return Status(ErrorCode::NotFound, weightsFile + ": missing tensor '" + item.key() + "'");
            const WeightsTensorInfo &stored = weights->info(item.key());
            const auto dtype = stored.dtype;
            if (stored.shape != item.value().sizes().vec() ||
                !(dtype == DType::F32 || dtype == DType::F16 || dtype == DType::BF16 || dtype == DType::F64))
                return Status(ErrorCode::InvalidArgument, weightsFile + ": tensor '" + item.key() + "' has shape " +
                                                              shapeToString(stored.shape) + ", expected " +
                                                              c10::str(item.value().sizes()));
            if (Status s = weights->readInto(item.key(), item.value()); !s)
                return s;
            used.insert(item.key());
        }
        for (const auto &name : weights->names())
            if (!used.count(name))
                return Status(ErrorCode::InvalidArgument, weightsFile + ": unexpected tensor '" + name +
                                                              "' (labels.json and the weights disagree)");
    }
    out.model->to(device);
    out.model->eval();
    out.files.trainingJson = info->trainingJson;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::directory_entry &entry = *it;
        const std::string name = entry.path().filename().string();
        std::error_code entryEc;  // a symlink loop or a dangling link is not a tokenizer file
        if (!entry.is_regular_file(entryEc) || kReservedFiles.count(name) ||
            entry.file_size(entryEc) > kMaxTokenizerFileBytes || entryEc)
            continue;
        auto content = readFile(entry.path().string());
        if (!content)
            return content.status();
        out.files.tokenizerFiles[name] = std::move(*content);
    }
    out.info = std::move(*info);
    return out;
}

Status loadOptimizerState(const std::string &dir, MultitaskModelImpl &model, torch::optim::AdamW &optimizer)
{
    const std::string file = (fs::path(dir) / "optimizer.safetensors").string();
    std::error_code ec;
    if (!fs::exists(file, ec))
        return Status(ErrorCode::NotFound, file + ": no optimizer state in this checkpoint");
    std::map<std::string, std::string> metadata;
    auto tensors = loadSafetensors(file, &metadata);
    if (!tensors)
        return tensors.status();
    nlohmann::json steps, groups;
    try {
        steps = nlohmann::json::parse(metadata.at("steps"));
        groups = nlohmann::json::parse(metadata.at("groups"));
    } catch (const std::exception &) {
        return Status(ErrorCode::ParseError, file + ": metadata must hold JSON 'steps' and 'groups'");
    }
    if (!groups.is_array() || groups.size() != optimizer.param_groups().size())
        return Status(ErrorCode::InvalidArgument, file + ": saved for " + std::to_string(groups.size()) +
                                                      " parameter groups, the optimizer has " +
                                                      std::to_string(optimizer.param_groups().size()));
    using StateMap = std::decay_t<decltype(optimizer.state())>;
    const auto names = parameterNames(model);
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        auto &group = optimizer.param_groups()[gi];
        auto &o = static_cast<torch::optim::AdamWOptions &>(group.options());
        const auto &g = groups[gi];
        try {
            o.lr(g.at("lr").get<double>());
            o.weight_decay(g.at("weight_decay").get<double>());
            o.eps(g.at("eps").get<double>());
            o.betas(std::make_tuple(g.at("beta1").get<double>(), g.at("beta2").get<double>()));
            o.amsgrad(g.at("amsgrad").get<bool>());
        } catch (const std::exception &) {
            return Status(ErrorCode::ParseError, file + ": group " + std::to_string(gi) + " options are incomplete");
        }
        for (const auto &p : group.params()) {
            auto n = names.find(p.unsafeGetTensorImpl());
            if (n == names.end())
                return Status(ErrorCode::InvalidArgument,
                              file + ": the optimizer holds a parameter that is not part of the model");
            const std::string &name = n->second;
            if (!steps.contains(name))
                continue;
            auto avg = tensors->find(name + ".exp_avg");
            auto avgSq = tensors->find(name + ".exp_avg_sq");
            if (avg == tensors->end() || avgSq == tensors->end())
                return Status(ErrorCode::NotFound, file + ": missing moments of parameter '" + name + "'");
            if (avg->second.sizes() != p.sizes() || avgSq->second.sizes() != p.sizes())
                return Status(ErrorCode::InvalidArgument, file + ": moments of '" + name + "' have the wrong shape");
            auto state = std::make_unique<torch::optim::AdamWParamState>();
            state->step(steps[name].get<std::int64_t>());
            state->exp_avg(avg->second.to(p.device(), p.scalar_type()));
            state->exp_avg_sq(avgSq->second.to(p.device(), p.scalar_type()));
            if (auto mx = tensors->find(name + ".max_exp_avg_sq"); mx != tensors->end())
                state->max_exp_avg_sq(mx->second.to(p.device(), p.scalar_type()));
            optimizer.state()[stateKey<StateMap>(p)] = std::move(state);
            // A parameter that had optimizer state had a gradient. libtorch 1.x's zero_grad()
            // zeroes gradients instead of dropping them, so AdamW keeps decaying a head that
            // the current batch does not use; without a (zero) gradient the resumed run would
            // skip it and drift from the uninterrupted one.
            if (!p.grad().defined()) {
                auto param = p;
                param.mutable_grad() = torch::zeros_like(p);
            }
        }
    }
    return Status::ok();
}

Status exportHfEncoder(const std::string &dir, MultitaskModelImpl &model,
                       const std::map<std::string, std::string> &tokenizerFiles)
{
    for (const auto &[name, content] : tokenizerFiles) {
        (void)content;
        if (name.empty() || name.find('/') != std::string::npos || kReservedFiles.count(name))
            return Status(ErrorCode::InvalidArgument, dir + ": invalid tokenizer file name '" + name + "'");
    }
    return writeFolderAtomic(dir, [&](const fs::path &tmp) -> Status {
        if (Status s = writeWeightsAndConfig(tmp, model, *model.bert); !s)
            return s;
        for (const auto &[name, content] : tokenizerFiles)
            if (Status s = writeText(tmp / name, content); !s)
                return s;
        return Status::ok();
    });
}

} // namespace mizan
