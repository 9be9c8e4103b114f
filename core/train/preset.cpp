#include "train/preset.h"

#include <algorithm>
#include <filesystem>
#include <type_traits>
#include <nlohmann/json.hpp>

#include "common/brieftext.h"
#include "common/atomicfile.h"
#include "common/jsontext.h"
#include "common/utf8.h"
#include "model/headspec.h"

namespace mizan {
namespace {

using nlohmann::json;

// A value of the wrong type; the message names the key.
struct BadKey : std::runtime_error {
    using std::runtime_error::runtime_error;
};

template <typename T>
void read(const json &j, const char *key, T &field)
{
    const auto it = j.find(key);
    if (it == j.end())
        return;
    const bool ok = std::is_same_v<T, bool>          ? it->is_boolean()
                    : std::is_same_v<T, std::string> ? it->is_string()
                    : std::is_integral_v<T>          ? it->is_number_integer()
                    : std::is_floating_point_v<T>    ? it->is_number()
                                                     : true;
    if (!ok)
        throw BadKey(std::string("'") + key + "' has the wrong type (" + describeJson(*it) + ")");
    try {
        field = it->get<T>();
    } catch (const json::exception &e) {
        throw BadKey(std::string("'") + key + "': " + jsonErrorText(e));
    }
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        if (json(field) != *it)
            throw BadKey(std::string("'") + key + "' is out of range (" + describeJson(*it) + ")");
    }
}

// The one list of a preset's keys (all but "sampling", an enum named by text): `visit` gets
// each key with its field, for reading, writing and the list of known keys.
template <typename Preset, typename Visit>
void visitFields(Preset &p, Visit &&visit)
{
    visit("name", p.name);
    visit("description", p.description);
    visit("layers", p.layers);
    visit("hidden", p.hidden);
    visit("heads", p.heads);
    visit("ffn", p.ffn);
    visit("vocab_size", p.vocabSize);
    visit("max_length", p.maxLength);
    visit("dropout", p.dropout);
    visit("crf", p.crf);
    visit("char_ngram_buckets", p.charNgramBuckets);
    visit("char_ngram_dim", p.charNgramDim);
    visit("init_vectors", p.initVectors);
    visit("init_vectors_std", p.initVectorsStd);
    visit("target_pooling", p.targetPooling);
    visit("wide_tagging", p.wideTagging);
    visit("wide_sentiment", p.wideSentiment);
    visit("wide_window", p.wideWindow);
    visit("wide_lr", p.wideLr);
    visit("normalizer", p.normalizer);
    visit("stemmer", p.stemmer);
    visit("split_clitics", p.splitClitics);
    visit("mark_target", p.markTarget);
    visit("first_piece_labels", p.firstPieceLabels);
    visit("epochs", p.epochs);
    visit("batch_size", p.batchSize);
    visit("encoder_lr", p.encoderLr);
    visit("head_lr", p.headLr);
    visit("weight_decay", p.weightDecay);
    visit("warmup_ratio", p.warmupRatio);
    visit("clip_norm", p.clipNorm);
    visit("temperature", p.temperature);
    visit("class_weights", p.classWeights);
    visit("eval_every", p.evalEvery);
    visit("patience", p.patience);
    visit("max_minutes", p.maxMinutes);
    visit("max_bad_steps", p.maxBadSteps);
    visit("baseline", p.baseline);
    visit("ensemble_baseline", p.ensembleBaseline);
    visit("ensemble_tagging", p.ensembleTagging);
    visit("ema_decay", p.emaDecay);
}

// Empty when the n-gram and feature-path keys fit together, otherwise what is wrong.
std::string featurePathProblem(const TrainPreset &p)
{
    if (p.charNgramBuckets < 0 || p.charNgramBuckets > (1 << 22) || p.charNgramDim < 1 || p.charNgramDim > 1024)
        return "char_ngram_buckets must be in [0, 4194304] and char_ngram_dim in [1, 1024]";
    if ((p.wideTagging || p.wideSentiment) && p.charNgramBuckets <= 0)
        return "wide_tagging and wide_sentiment score the character n-gram bags: they need char_ngram_buckets > 0";
    if (p.wideWindow < 0 || p.wideWindow > kMaxWideWindow || (p.wideWindow > 0 && !p.wideSentiment))
        return "wide_window must be in [0, " + std::to_string(kMaxWideWindow) + "] and needs wide_sentiment";
    if (!(p.wideLr > 0) || !(p.initVectorsStd >= 0.0 && p.initVectorsStd <= 10.0))
        return "wide_lr must be positive, init_vectors_std in [0, 10]";
    return {};
}

} // namespace

Result<TrainPreset> parsePreset(const std::string &text, const std::string &origin)
{
    auto parsed = parseJsonFile(text, origin);
    if (!parsed)
        return parsed.status();
    const json &j = *parsed;
    if (!j.is_object())
        return Result<TrainPreset>(ErrorCode::ParseError, origin + ": expected a JSON object");
    std::vector<std::string> known = {"sampling"};
    TrainPreset p;
    visitFields(p, [&](const char *key, auto &) { known.push_back(key); });
    for (auto it = j.begin(); it != j.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return Result<TrainPreset>(ErrorCode::ParseError, origin + ": unknown key '" + utf8::brief(it.key()) + "'");
    try {
        // "ensemble_baseline": "auto" (the run chooses) or a fixed weight.
        json fields = j;
        if (fields.contains("ensemble_baseline") && fields["ensemble_baseline"] == "auto") {
            p.ensembleBaselineAuto = true;
            fields.erase("ensemble_baseline");
        }
        visitFields(p, [&](const char *key, auto &field) { read(fields, key, field); });
        if (j.contains("sampling")) {
            std::string sampling;
            read(j, "sampling", sampling);
            auto mode = parseSamplingMode(sampling);
            if (!mode)
                return Result<TrainPreset>(ErrorCode::ParseError, origin + ": " + mode.error());
            p.sampling = *mode;
        }
    } catch (const BadKey &e) {
        return Result<TrainPreset>(ErrorCode::ParseError, origin + ": " + e.what());
    } catch (const json::exception &e) {
        return Result<TrainPreset>(ErrorCode::ParseError, origin + ": wrong value type: " + jsonErrorText(e));
    }
    if (p.layers < 1 || p.hidden < 1 || p.heads < 1 || p.hidden % p.heads != 0)
        return Result<TrainPreset>(ErrorCode::InvalidArgument,
                                   origin + ": hidden must be a positive multiple of heads");
    if (p.layers > 64 || p.hidden > 8192 || p.ffn < 1 || p.ffn > 32768 || p.vocabSize < 1 || p.vocabSize > (1 << 22) ||
        p.maxLength > 8192 || p.epochs > 100000 || p.batchSize > 65536)
        return Result<TrainPreset>(ErrorCode::InvalidArgument,
                                   origin + ": a size is out of range (layers <= 64, hidden <= 8192, ffn 1 to 32768, "
                                            "vocab_size 1 to 4194304, max_length <= 8192, epochs <= 100000, "
                                            "batch_size <= 65536)");
    if (std::string why = featurePathProblem(p); !why.empty())
        return Result<TrainPreset>(ErrorCode::InvalidArgument, origin + ": " + why);
    if (!(p.emaDecay >= 0.0 && p.emaDecay < 1.0))
        return Result<TrainPreset>(ErrorCode::InvalidArgument, origin + ": ema_decay must be in [0, 1)");
    if (!(p.ensembleBaseline >= 0.0 && p.ensembleBaseline <= 1.0) ||
        ((p.ensembleBaseline > 0 || p.ensembleBaselineAuto) && !p.baseline))
        return Result<TrainPreset>(ErrorCode::InvalidArgument,
                                   origin + ": ensemble_baseline must be in [0, 1] or \"auto\" and needs "
                                            "\"baseline\": true");
    if (!(p.ensembleTagging >= 0.0 && p.ensembleTagging <= 1.0) || (p.ensembleTagging > 0 && !p.baseline))
        return Result<TrainPreset>(ErrorCode::InvalidArgument,
                                   origin + ": ensemble_tagging must be in [0, 1] and needs \"baseline\": true");
    if (p.batchSize < 1 || p.epochs < 1 || p.maxLength < 8)
        return Result<TrainPreset>(ErrorCode::InvalidArgument,
                                   origin + ": batch_size and epochs must be >= 1, max_length >= 8");
    if (p.stemmer != "none")
        return Result<TrainPreset>(ErrorCode::Unsupported,
                                   origin + ": stemmer '" + p.stemmer +
                                       "' is not supported for training yet (use \"none\": the "
                                       "sub-word tokenizer works on the normalised text)");
    if (!(p.temperature > 0))
        return Result<TrainPreset>(ErrorCode::InvalidArgument, origin + ": temperature must be > 0");
    return p;
}

std::string presetToJson(const TrainPreset &p)
{
    json j = {{"sampling", samplingModeName(p.sampling)}};
    visitFields(p, [&](const char *key, const auto &field) { j[key] = field; });
    if (p.ensembleBaselineAuto)
        j["ensemble_baseline"] = "auto";
    return j.dump(2);
}

void overrideLearningRate(TrainPreset &preset, double encoderLr)
{
    if (!(encoderLr > 0))
        return;
    const double ratio = preset.encoderLr > 0 ? preset.headLr / preset.encoderLr : 2.0;
    preset.encoderLr = encoderLr;
    preset.headLr = encoderLr * ratio;
}

Result<TrainPreset> loadPreset(const std::string &nameOrPath,
                               const std::vector<std::string> &searchDirs)
{
    namespace fs = std::filesystem;
    std::vector<std::string> candidates;
    if (nameOrPath.size() > 5 && nameOrPath.compare(nameOrPath.size() - 5, 5, ".json") == 0)
        candidates.push_back(nameOrPath);
    else
        for (const auto &dir : searchDirs)
            candidates.push_back((fs::path(dir) / (nameOrPath + ".json")).string());
    std::string tried;
    for (const auto &path : candidates) {
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) {
            tried += (tried.empty() ? "" : ", ") + path;
            continue;
        }
        auto text = readFile(path);
        if (!text)
            return Result<TrainPreset>(text.status());
        return parsePreset(*text, path);
    }
    return Result<TrainPreset>(ErrorCode::NotFound,
                               "preset '" + nameOrPath + "' not found (looked for " + tried + ")");
}

} // namespace mizan
