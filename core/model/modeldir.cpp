#include "model/modeldir.h"

#include <cstdio>
#include <filesystem>
#include <map>

#include "common/atomicfile.h"
#include "common/problem.h"
#include "model/safetensors.h"
#include "model/torchcheckpoint.h"

namespace mizan {

namespace fs = std::filesystem;

namespace {
// Never throw (a symlink loop or a permission problem reads as "not there").
bool pathExists(const fs::path &p)
{
    std::error_code ec;
    return fs::exists(p, ec);
}
bool isFolder(const fs::path &p)
{
    std::error_code ec;
    return fs::is_directory(p, ec);
}
} // namespace

namespace {

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string joinFirst(const std::vector<std::string> &names, std::size_t limit)
{
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < limit; ++i)
        out += (i ? ", " : "") + names[i];
    if (names.size() > limit)
        out += " and " + std::to_string(names.size() - limit) + " more";
    return out;
}

} // namespace

std::optional<std::string> canonicalBertTensorName(std::string_view name)
{
    std::string n(name);
    if (startsWith(n, "bert."))
        n = n.substr(5);
    if (startsWith(n, "cls.") || n == "embeddings.position_ids")
        return std::nullopt;
    if (endsWith(n, "LayerNorm.gamma"))
        n = n.substr(0, n.size() - 5) + "weight";
    else if (endsWith(n, "LayerNorm.beta"))
        n = n.substr(0, n.size() - 4) + "bias";
    return n;
}

std::vector<std::pair<std::string, std::vector<std::int64_t>>> bertTensorShapes(const BertConfig &c)
{
    const std::int64_t h = c.hiddenSize;
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> out = {
        {"embeddings.word_embeddings.weight", {c.vocabSize, h}},
        {"embeddings.position_embeddings.weight", {c.maxPositions, h}},
        {"embeddings.token_type_embeddings.weight", {c.typeVocabSize, h}},
        {"embeddings.LayerNorm.weight", {h}},
        {"embeddings.LayerNorm.bias", {h}},
    };
    for (std::int64_t i = 0; i < c.numLayers; ++i) {
        const std::string p = "encoder.layer." + std::to_string(i) + ".";
        for (const char *qkv : {"query", "key", "value"}) {
            out.push_back({p + "attention.self." + qkv + ".weight", {h, h}});
            out.push_back({p + "attention.self." + qkv + ".bias", {h}});
        }
        out.push_back({p + "attention.output.dense.weight", {h, h}});
        out.push_back({p + "attention.output.dense.bias", {h}});
        out.push_back({p + "attention.output.LayerNorm.weight", {h}});
        out.push_back({p + "attention.output.LayerNorm.bias", {h}});
        out.push_back({p + "intermediate.dense.weight", {c.intermediateSize, h}});
        out.push_back({p + "intermediate.dense.bias", {c.intermediateSize}});
        out.push_back({p + "output.dense.weight", {h, c.intermediateSize}});
        out.push_back({p + "output.dense.bias", {h}});
        out.push_back({p + "output.LayerNorm.weight", {h}});
        out.push_back({p + "output.LayerNorm.bias", {h}});
    }
    if (c.withPooler) {
        out.push_back({"pooler.dense.weight", {h, h}});
        out.push_back({"pooler.dense.bias", {h}});
    }
    return out;
}

namespace {

using TensorIndex = std::map<std::string, const WeightsTensorInfo *>;

// Every tensor of the weights files, and the file each is in (a name in two files is refused).
Status listAllTensors(const std::vector<std::string> &files, std::vector<WeightsTensorInfo> &tensors,
                      std::map<std::string, std::string> &fileOf)
{
    for (const auto &file : files) {
        auto list = listWeightsTensors(file);
        if (!list)
            return list.status();
        for (auto &t : *list) {
            if (!fileOf.emplace(t.name, file).second)
                return Status(ErrorCode::ParseError, file + ": tensor '" + t.name + "' is also in " + fileOf[t.name]);
            tensors.push_back(std::move(t));
        }
    }
    return Status::ok();
}

// The tensors by their canonical BERT name (two names of one tensor refused); the others
// (pre-training heads, position ids) go to info.ignoredTensors.
Status indexTensors(const std::vector<WeightsTensorInfo> &tensors, std::map<std::string, std::string> &fileOf,
                    HfBertInfo &info, TensorIndex &byName)
{
    for (const auto &e : tensors) {
        auto canonical = canonicalBertTensorName(e.name);
        if (!canonical) {
            info.pretrainingHeads = info.pretrainingHeads || e.name.rfind("cls.", 0) == 0;
            info.ignoredTensors.push_back(e.name);
            continue;
        }
        if (byName.count(*canonical))
            return Status(ErrorCode::ParseError, fileOf[e.name] + ": tensor '" + e.name + "' appears twice (as '" +
                                                     byName[*canonical]->name + "' too)");
        byName[*canonical] = &e;
    }
    return Status::ok();
}

// Every tensor info.config implies is there with a float dtype and its shape; counts the
// parameters and lists the tensors the encoder does not use in info.ignoredTensors.
Status checkEncoderTensors(const TensorIndex &byName, std::map<std::string, std::string> &fileOf, HfBertInfo &info)
{
    std::vector<std::string> missing;
    std::map<std::string, bool> expected;
    for (const auto &[name, shape] : bertTensorShapes(info.config)) {
        expected[name] = true;
        auto it = byName.find(name);
        if (it == byName.end()) {
            missing.push_back(name);
            continue;
        }
        const WeightsTensorInfo &e = *it->second;
        if (e.dtype != DType::F32 && e.dtype != DType::F16 && e.dtype != DType::BF16 && e.dtype != DType::F64)
            return Status(ErrorCode::InvalidArgument, fileOf[e.name] + ": tensor '" + e.name + "' has dtype " +
                                                          dtypeName(e.dtype) + ", expected F32, F16, BF16 or F64");
        if (e.shape != shape)
            return Status(ErrorCode::InvalidArgument, fileOf[e.name] + ": tensor '" + e.name + "' has shape " +
                                                          shapeToString(e.shape) + " but config.json implies " +
                                                          shapeToString(shape));
        std::int64_t n = 1;
        for (auto d : shape)
            n *= d;
        info.parameters += n;
    }
    if (!missing.empty())
        return Status(ErrorCode::NotFound, info.weightsFile + ": missing " + std::to_string(missing.size()) +
                                               " encoder tensor(s): " + joinFirst(missing, 12));
    for (const auto &[name, entry] : byName)
        if (!expected.count(name))
            info.ignoredTensors.push_back(entry->name);
    return Status::ok();
}

} // namespace

Result<HfBertInfo> inspectHfBertDirectory(const std::string &dir)
{
    if (!isFolder(dir))
        return Status(ErrorCode::NotFound, problemMessage({ProblemCode::NotAFolder, {dir}}));
    HfBertInfo info;
    info.dir = dir;
    const fs::path root(dir);
    info.vocabFile = (root / "vocab.txt").string();
    const std::string configFile = (root / "config.json").string();
    auto weights = findHfWeightsFiles(dir);
    if (!weights)
        return weights.status();
    info.weightsFile = weights->primary;
    info.weightsFiles = weights->files;
    info.format = weights->format;
    if (!pathExists(configFile))
        return Status(ErrorCode::NotFound, problemMessage({ProblemCode::FileMissing, {dir, "config.json"}}));
    if (!pathExists(info.vocabFile))
        return Status(ErrorCode::NotFound, problemMessage({ProblemCode::VocabularyMissing, {dir}}));

    auto config = readBertConfig(configFile);
    if (!config)
        return config.status();
    auto tokenizer = inspectHfTokenizer(dir);
    if (!tokenizer)
        return tokenizer.status();
    info.tokenizer = std::move(*tokenizer);
    std::vector<WeightsTensorInfo> tensors;
    std::map<std::string, std::string> fileOf;
    if (Status s = listAllTensors(info.weightsFiles, tensors, fileOf); !s)
        return s;
    TensorIndex byName;
    if (Status s = indexTensors(tensors, fileOf, info, byName); !s)
        return s;
    info.config = *config;
    info.config.withPooler = byName.count("pooler.dense.weight") && byName.count("pooler.dense.bias");
    if (Status s = checkEncoderTensors(byName, fileOf, info); !s)
        return s;
    return info;
}

std::vector<std::string> hfEncoderNotes(const HfBertInfo &info)
{
    std::vector<std::string> notes;
    if (info.pretrainingHeads)
        notes.push_back(info.dir + ": the pre-training heads (cls.*, from BertForMaskedLM / BertForPreTraining) are "
                                   "not part of the encoder and are ignored");
    if (!info.tokenizer.hasConfig)
        notes.push_back(info.dir + ": no tokenizer_config.json; using Hugging Face's defaults (do_lower_case=true: "
                                   "lower-casing, accents, hamza and madda stripped)");
    if (info.tokenizer.farasaVocab)
        notes.push_back("warning: " + farasaWarning(info.dir));
    return notes;
}

std::string hfEncoderSummary(const HfBertInfo &info)
{
    char params[32];
    std::snprintf(params, sizeof params, "%.1f M", static_cast<double>(info.parameters) / 1e6);
    return info.format + ", " + info.tokenizer.family + ", " + std::to_string(info.config.numLayers) +
           " layers, hidden " + std::to_string(info.config.hiddenSize) + ", vocabulary " +
           std::to_string(info.config.vocabSize) + ", " + params + " parameters, " +
           (info.tokenizer.lowerCase ? "lower-cased" : "case kept");
}

Result<CheckpointInfo> inspectCheckpointDirectory(const std::string &dir)
{
    if (!isFolder(dir))
        return Status(ErrorCode::NotFound, problemMessage({ProblemCode::NotAFolder, {dir}}));
    const fs::path root(dir);
    CheckpointInfo info;
    info.dir = dir;
    auto config = readBertConfig((root / "config.json").string());
    if (!config)
        return config.status();
    info.config = *config;
    const std::string labelsFile = (root / "labels.json").string();
    auto labels = readFile(labelsFile);
    if (!labels)
        return labels.status();
    auto heads = parseHeadSpecs(*labels, labelsFile);
    if (!heads)
        return heads.status();
    info.heads = std::move(*heads);
    info.trainingJson = "{}";
    if (pathExists(root / "training.json")) {
        auto training = readFile((root / "training.json").string());
        if (!training)
            return training.status();
        info.trainingJson = std::move(*training);
    }
    auto index = readSafetensorsHeader((root / "model.safetensors").string());
    if (!index)
        return index.status();
    info.hasOptimizerState = pathExists(root / "optimizer.safetensors");
    return info;
}

} // namespace mizan
