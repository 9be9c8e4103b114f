// BaselineModel::save / load: baseline.json (options, labels, format version) beside
// baseline.safetensors (every parameter, named as in the modules).
#include <filesystem>

#include "baseline/baselinenets.h"
#include "common/atomicfile.h"
#include "model/jsonutil.h"
#include "model/tensorio.h"

namespace mizan {
namespace {

// 1: targets + sentiment always; 2: "parts" says which of targets / sentiment / entities.
constexpr int kFormatVersion = 2;
constexpr const char *kConfigName = "baseline.json";
constexpr const char *kWeightsName = "baseline.safetensors";

nlohmann::json optionsToJson(const BaselineOptions &o)
{
    return {{"tagger_buckets", o.taggerBuckets}, {"sentiment_buckets", o.sentimentBuckets},
            {"sentiment_dim", o.sentimentDim},   {"tagger_epochs", o.taggerEpochs},
            {"sentiment_epochs", o.sentimentEpochs}, {"batch_size", o.batchSize},
            {"tagger_lr", o.taggerLr},           {"sentiment_lr", o.sentimentLr},
            {"class_weight_power", o.classWeightPower},
            {"window", o.window},                {"seed", o.seed},
            {"outside_bias", o.outsideBias},
            {"threads", o.threads}};
}

BaselineOptions optionsFromJson(const nlohmann::json &j)
{
    BaselineOptions o;
    o.taggerBuckets = j.at("tagger_buckets").get<std::int64_t>();
    o.sentimentBuckets = j.at("sentiment_buckets").get<std::int64_t>();
    o.sentimentDim = j.at("sentiment_dim").get<std::int64_t>();
    o.taggerEpochs = j.value("tagger_epochs", o.taggerEpochs);
    o.sentimentEpochs = j.value("sentiment_epochs", o.sentimentEpochs);
    o.batchSize = j.value("batch_size", o.batchSize);
    o.taggerLr = j.value("tagger_lr", o.taggerLr);
    o.sentimentLr = j.value("sentiment_lr", o.sentimentLr);
    o.classWeightPower = j.value("class_weight_power", o.classWeightPower);
    o.window = j.at("window").get<std::size_t>();
    o.seed = j.value("seed", o.seed);
    o.threads = j.value("threads", o.threads);
    o.outsideBias = j.value("outside_bias", 0.0);  // folders from before it decoded unshifted
    return o;
}

void collect(const std::string &prefix, torch::nn::Module &module, TensorMap &out)
{
    for (const auto &p : module.named_parameters())
        out[prefix + p.key()] = p.value().detach().contiguous();
}

// Copies `tensors[prefix + name]` into each parameter of `module`, checking shapes.
Status restore(const std::string &prefix, torch::nn::Module &module, const TensorMap &tensors,
               const std::string &file)
{
    torch::NoGradGuard noGrad;
    for (auto &p : module.named_parameters()) {
        const std::string name = prefix + p.key();
        const auto it = tensors.find(name);
        if (it == tensors.end())
            return Status(ErrorCode::ParseError, file + ": tensor \"" + name + "\" is missing");
        if (it->second.sizes() != p.value().sizes())
            return Status(ErrorCode::ParseError, file + ": tensor \"" + name + "\" has shape " +
                                                     c10::str(it->second.sizes()) + ", expected " +
                                                     c10::str(p.value().sizes()));
        p.value().copy_(it->second.to(p.value().scalar_type()));
    }
    return Status::ok();
}

} // namespace

Status BaselineModel::save(const std::string &dir) const
{
    if (!m_impl)
        return Status(ErrorCode::InvalidArgument, "baseline: cannot save an empty model");
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return Status(ErrorCode::IoError, dir + ": cannot create the folder: " + ec.message());
    TensorMap tensors;
    if (m_impl->tagger)
        collect("tagger.", *m_impl->tagger, tensors);
    if (m_impl->entityTagger)
        collect("entities.", *m_impl->entityTagger, tensors);
    if (m_impl->sentiment)
        collect("sentiment.", *m_impl->sentiment, tensors);
    const BaselineParts parts = m_impl->parts();
    const std::string weights = (std::filesystem::path(dir) / kWeightsName).string();
    if (Status st = saveSafetensors(weights, tensors, {{"format", "mizan-baseline"}}); !st)
        return st;
    const nlohmann::json config = {{"model_type", "mizan-baseline"},
                                   {"format_version", kFormatVersion},
                                   {"polarity_labels", m_impl->polarityLabels},
                                   {"tag_labels", baselineTagLabels()},
                                   {"parts", {{"targets", parts.targets}, {"sentiment", parts.sentiment},
                                              {"entity_labels", parts.entityLabels}}},
                                   {"options", optionsToJson(m_impl->options)}};
    return writeFileAtomic((std::filesystem::path(dir) / kConfigName).string(), config.dump(2) + "\n");
}

Result<BaselineModel> BaselineModel::load(const std::string &dir)
{
    const std::string configPath = (std::filesystem::path(dir) / kConfigName).string();
    const std::string weightsPath = (std::filesystem::path(dir) / kWeightsName).string();
    auto text = readFile(configPath);
    if (!text)
        return text.status();
    auto config = jsonutil::parse(*text, configPath);
    if (!config)
        return config.status();
    try {
        const nlohmann::json &c = *config;
        if (c.value("model_type", std::string()) != "mizan-baseline")
            return Status(ErrorCode::ParseError, configPath + ": \"model_type\" is not \"mizan-baseline\"");
        const int version = c.value("format_version", 0);
        if (version < 1 || version > kFormatVersion)
            return Status(ErrorCode::Unsupported, configPath + ": unsupported \"format_version\" (expected 1 to " +
                                                      std::to_string(kFormatVersion) + ")");
        BaselineParts parts;
        parts.targets = parts.sentiment = true;  // version 1 always had both
        if (version >= 2) {
            const nlohmann::json &pj = c.at("parts");
            parts.targets = pj.at("targets").get<bool>();
            parts.sentiment = pj.at("sentiment").get<bool>();
            parts.entityLabels = pj.at("entity_labels").get<std::vector<std::string>>();
            if (!parts.entityLabels.empty() && (parts.entityLabels.front() != "O" || parts.entityLabels.size() % 2 == 0))
                return Status(ErrorCode::ParseError, configPath + ": \"entity_labels\" must be \"O\" then B-/I- pairs");
        }
        auto labels = c.at("polarity_labels").get<std::vector<std::string>>();
        if (labels.empty())
            return Status(ErrorCode::ParseError, configPath + ": \"polarity_labels\" is empty");
        const BaselineOptions options = optionsFromJson(c.at("options"));
        if (options.taggerBuckets <= 0 || options.sentimentBuckets <= 0 || options.sentimentDim <= 0)
            return Status(ErrorCode::ParseError, configPath + ": bucket counts and dimension must be positive");
        auto tensors = loadSafetensors(weightsPath);
        if (!tensors)
            return tensors.status();
        auto impl = std::make_unique<Impl>();
        impl->build(options, std::move(labels), parts);
        auto raw = [](auto &holder) -> torch::nn::Module * { return holder.is_empty() ? nullptr : holder.ptr().get(); };
        for (auto [prefix, module] : {std::pair<const char *, torch::nn::Module *>{"tagger.", raw(impl->tagger)},
                                      {"entities.", raw(impl->entityTagger)},
                                      {"sentiment.", raw(impl->sentiment)}}) {
            if (!module)
                continue;
            if (Status st = restore(prefix, *module, *tensors, weightsPath); !st)
                return st;
            module->eval();
        }
        return BaselineModel(std::move(impl));
    } catch (const nlohmann::json::exception &e) {
        return Status(ErrorCode::ParseError, configPath + ": " + e.what());
    } catch (const std::exception &e) {
        return Status(ErrorCode::Internal, dir + ": cannot load the baseline: " + e.what());
    }
}

} // namespace mizan
