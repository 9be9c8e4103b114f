// BaselineModel::save / load: baseline.json (options, labels, format version) beside
// baseline.safetensors (every parameter, named as in the modules).
#include <filesystem>
#include <nlohmann/json.hpp>

#include "baseline/baselineconfig.h"
#include "baseline/baselinenets.h"
#include "common/atomicfile.h"
#include "common/errortext.h"
#include "common/outputdir.h"
#include "baseline/moduletensors.h"
#include "model/tensorio.h"

namespace mizan {
namespace {

// 1: targets + sentiment always; 2: "parts" says which of targets / sentiment / entities.
constexpr const char *kConfigName = "baseline.json";
constexpr const char *kWeightsName = "baseline.safetensors";
constexpr const char *kNeighboursName = "neighbours.json";  // with options.rareNeighbours

nlohmann::json optionsToJson(const BaselineOptions &o)
{
    return {{"tagger_buckets", o.taggerBuckets}, {"sentiment_buckets", o.sentimentBuckets},
            {"sentiment_dim", o.sentimentDim},   {"tagger_epochs", o.taggerEpochs},
            {"sentiment_epochs", o.sentimentEpochs}, {"batch_size", o.batchSize},
            {"tagger_lr", o.taggerLr},           {"sentiment_lr", o.sentimentLr},
            {"class_weight_power", o.classWeightPower},
            {"window", o.window},                {"seed", o.seed},
            {"outside_bias", o.outsideBias},
            {"sentiment_features", o.sentimentFeatures}, {"sentiment_linear", o.sentimentLinear},
            {"sentiment_tfidf", o.sentimentTfidf}, {"sentiment_c", o.sentimentC},
            {"threads", o.threads}, {"vectors", o.vectors}, {"vectors_sha256", o.vectorsSha256},
            {"vector_tagger", o.vectorTagger}, {"vector_sentiment", o.vectorSentiment},
            {"vector_scale", o.vectorScale}, {"rare_neighbours", o.rareNeighbours},
            {"rare_count", o.rareCount}, {"neighbour_tagger", o.neighbourTagger},
            {"neighbour_sentiment", o.neighbourSentiment}};
}

} // namespace

Status BaselineModel::save(const std::string &dir) const
{
    if (!m_impl)
        return Status(ErrorCode::InvalidArgument, "baseline: cannot save an empty model");
    // Never into a folder of the user's files (or a regular file): only new, empty or Mizan's.
    if (Status st = checkOutputDir(dir); !st)
        return st;
    if (Status st = markOutputDir(dir); !st)
        return st;
    TensorMap tensors;
    if (m_impl->tagger)
        baseline::collectTensors("tagger.", *m_impl->tagger, tensors);
    if (m_impl->entityTagger)
        baseline::collectTensors("entities.", *m_impl->entityTagger, tensors);
    if (m_impl->sentiment)
        baseline::collectTensors("sentiment.", *m_impl->sentiment, tensors);
    const BaselineParts parts = m_impl->parts();
    const std::string weights = (std::filesystem::path(dir) / kWeightsName).string();
    if (Status st = saveSafetensors(weights, tensors, {{"format", "mizan-baseline"}}); !st)
        return st;
    if (m_impl->neighbours)
        if (Status st = m_impl->neighbours->save((std::filesystem::path(dir) / kNeighboursName).string()); !st)
            return st;
    const nlohmann::json config = {{"model_type", "mizan-baseline"},
                                   {"format_version", kBaselineFormatVersion},
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
    auto config = parseBaselineConfig(*text, configPath);
    if (!config)
        return config.status();
    try {
        BaselineParts parts;
        parts.targets = config->targets;
        parts.sentiment = config->sentiment;
        parts.entityLabels = config->entityLabels;
        const BaselineOptions &options = config->options;
        auto labels = config->polarityLabels;
        auto tensors = loadSafetensors(weightsPath);
        if (!tensors)
            return tensors.status();
        auto impl = std::make_unique<Impl>();
        if (!options.vectors.empty()) {  // the folder the model was trained with, checked by its checksum
            auto vectors = baseline::VectorFeatures::load(options.vectors, options.vectorsSha256, options.vectorScale);
            if (!vectors)
                return Status(vectors.status().code(), configPath + ": \"vectors\": " + vectors.error());
            impl->vectors = *vectors;
        }
        if (options.rareNeighbours > 0) {  // the table computed at train time, over the same vectors
            auto table = baseline::RareNeighbours::load((std::filesystem::path(dir) / kNeighboursName).string(),
                                                        impl->vectors, options.rareCount, options.rareNeighbours);
            if (!table)
                return table.status();
            impl->neighbours = *table;
        }
        impl->build(options, std::move(labels), parts);
        auto raw = [](auto &holder) -> torch::nn::Module * { return holder.is_empty() ? nullptr : holder.ptr().get(); };
        for (auto [prefix, module] : {std::pair<const char *, torch::nn::Module *>{"tagger.", raw(impl->tagger)},
                                      {"entities.", raw(impl->entityTagger)},
                                      {"sentiment.", raw(impl->sentiment)}}) {
            if (!module)
                continue;
            if (Status st = baseline::restoreTensors(prefix, *module, *tensors, weightsPath); !st)
                return st;
            module->eval();
        }
        return BaselineModel(std::move(impl));
    } catch (const std::exception &e) {
        return Status(ErrorCode::Internal, dir + ": cannot load the baseline: " + errorText(e));
    }
}

} // namespace mizan
