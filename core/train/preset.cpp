#include "train/preset.h"

#include <filesystem>
#include <type_traits>
#include <nlohmann/json.hpp>

#include "common/brieftext.h"
#include "common/atomicfile.h"
#include "common/jsontext.h"
#include "common/utf8.h"

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

} // namespace

Result<TrainPreset> parsePreset(const std::string &text, const std::string &origin)
{
    auto parsed = parseJsonFile(text, origin);
    if (!parsed)
        return parsed.status();
    const json &j = *parsed;
    if (!j.is_object())
        return Result<TrainPreset>(ErrorCode::ParseError, origin + ": expected a JSON object");
    static const char *known[] = {
        "name", "description", "layers", "hidden", "heads", "ffn", "vocab_size", "max_length",
        "dropout", "crf", "char_ngram_buckets", "char_ngram_dim", "target_pooling", "wide_tagging", "wide_lr", "normalizer", "stemmer", "split_clitics", "mark_target", "first_piece_labels", "epochs", "batch_size", "encoder_lr",
        "head_lr", "weight_decay", "warmup_ratio", "clip_norm", "sampling", "temperature",
        "class_weights", "eval_every", "patience", "max_minutes", "max_bad_steps", "baseline", "ensemble_baseline",
        "ensemble_tagging", "ema_decay"};
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool ok = false;
        for (const char *k : known)
            ok = ok || it.key() == k;
        if (!ok)
            return Result<TrainPreset>(ErrorCode::ParseError,
                                       origin + ": unknown key '" + utf8::brief(it.key()) + "'");
    }
    TrainPreset p;
    try {
        read(j, "name", p.name);
        read(j, "description", p.description);
        read(j, "layers", p.layers);
        read(j, "hidden", p.hidden);
        read(j, "heads", p.heads);
        read(j, "ffn", p.ffn);
        read(j, "vocab_size", p.vocabSize);
        read(j, "max_length", p.maxLength);
        read(j, "dropout", p.dropout);
        read(j, "crf", p.crf);
        read(j, "char_ngram_buckets", p.charNgramBuckets);
        read(j, "char_ngram_dim", p.charNgramDim);
        read(j, "target_pooling", p.targetPooling);
        read(j, "wide_tagging", p.wideTagging);
        read(j, "wide_lr", p.wideLr);
        read(j, "normalizer", p.normalizer);
        read(j, "stemmer", p.stemmer);
        read(j, "split_clitics", p.splitClitics);
        read(j, "mark_target", p.markTarget);
        read(j, "first_piece_labels", p.firstPieceLabels);
        read(j, "epochs", p.epochs);
        read(j, "batch_size", p.batchSize);
        read(j, "encoder_lr", p.encoderLr);
        read(j, "head_lr", p.headLr);
        read(j, "weight_decay", p.weightDecay);
        read(j, "warmup_ratio", p.warmupRatio);
        read(j, "clip_norm", p.clipNorm);
        read(j, "temperature", p.temperature);
        read(j, "class_weights", p.classWeights);
        read(j, "eval_every", p.evalEvery);
        read(j, "patience", p.patience);
        read(j, "max_minutes", p.maxMinutes);
        read(j, "max_bad_steps", p.maxBadSteps);
        read(j, "baseline", p.baseline);
        read(j, "ensemble_baseline", p.ensembleBaseline);
        read(j, "ema_decay", p.emaDecay);
        read(j, "ensemble_tagging", p.ensembleTagging);
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
    if (p.charNgramBuckets < 0 || p.charNgramBuckets > (1 << 22) || p.charNgramDim < 1 || p.charNgramDim > 1024)
        return Result<TrainPreset>(ErrorCode::InvalidArgument,
                                   origin + ": char_ngram_buckets must be in [0, 4194304] and char_ngram_dim in [1, 1024]");
    if (p.wideTagging && p.charNgramBuckets <= 0)
        return Result<TrainPreset>(ErrorCode::InvalidArgument,
                                   origin + ": wide_tagging scores the character n-gram bags: it needs char_ngram_buckets > 0");
    if (!(p.wideLr > 0))
        return Result<TrainPreset>(ErrorCode::InvalidArgument, origin + ": wide_lr must be positive");
    if (!(p.emaDecay >= 0.0 && p.emaDecay < 1.0))
        return Result<TrainPreset>(ErrorCode::InvalidArgument, origin + ": ema_decay must be in [0, 1)");
    if (!(p.ensembleBaseline >= 0.0 && p.ensembleBaseline <= 1.0) || (p.ensembleBaseline > 0 && !p.baseline))
        return Result<TrainPreset>(ErrorCode::InvalidArgument,
                                   origin + ": ensemble_baseline must be in [0, 1] and needs \"baseline\": true");
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
    json j = {{"name", p.name},
              {"description", p.description},
              {"layers", p.layers},
              {"hidden", p.hidden},
              {"heads", p.heads},
              {"ffn", p.ffn},
              {"vocab_size", p.vocabSize},
              {"max_length", p.maxLength},
              {"dropout", p.dropout},
              {"crf", p.crf},
              {"char_ngram_buckets", p.charNgramBuckets},
              {"char_ngram_dim", p.charNgramDim},
              {"target_pooling", p.targetPooling},
              {"wide_tagging", p.wideTagging},
              {"wide_lr", p.wideLr},
              {"normalizer", p.normalizer},
              {"stemmer", p.stemmer},
              {"split_clitics", p.splitClitics},
              {"mark_target", p.markTarget},
              {"first_piece_labels", p.firstPieceLabels},
              {"epochs", p.epochs},
              {"batch_size", p.batchSize},
              {"encoder_lr", p.encoderLr},
              {"head_lr", p.headLr},
              {"weight_decay", p.weightDecay},
              {"warmup_ratio", p.warmupRatio},
              {"clip_norm", p.clipNorm},
              {"sampling", samplingModeName(p.sampling)},
              {"temperature", p.temperature},
              {"class_weights", p.classWeights},
              {"eval_every", p.evalEvery},
              {"patience", p.patience},
              {"max_minutes", p.maxMinutes},
              {"max_bad_steps", p.maxBadSteps},
              {"baseline", p.baseline},
              {"ensemble_baseline", p.ensembleBaseline},
              {"ensemble_tagging", p.ensembleTagging},
              {"ema_decay", p.emaDecay}};
    return j.dump(2);
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
