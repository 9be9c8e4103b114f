#include "baseline/baselineconfig.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <stdexcept>

#include "common/jsontext.h"

namespace mizan {
namespace {

// A value of baseline.json outside what the baseline can use; the message names the key.
struct BadOption : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The integer at `key` in [lo, hi]; `fallback` when absent (required when there is none).
std::int64_t intOption(const nlohmann::json &j, const char *key, std::int64_t lo, std::int64_t hi,
                       std::optional<std::int64_t> fallback = std::nullopt)
{
    const auto it = j.find(key);
    if (it == j.end() && fallback)
        return *fallback;
    if (it == j.end())
        throw BadOption(std::string("\"options\".\"") + key + "\" is missing");
    const bool ok = it->is_number_integer() &&
                    !(it->is_number_unsigned() && it->get<std::uint64_t>() > std::uint64_t(hi)) &&
                    it->get<std::int64_t>() >= lo && it->get<std::int64_t>() <= hi;
    if (!ok)
        throw BadOption(std::string("\"options\".\"") + key + "\" must be an integer from " + std::to_string(lo) +
                        " to " + std::to_string(hi) + ", found " + describeJson(*it));
    return it->get<std::int64_t>();
}

double numberOption(const nlohmann::json &j, const char *key, double fallback)
{
    const auto it = j.find(key);
    if (it == j.end())
        return fallback;
    if (!it->is_number() || !std::isfinite(it->get<double>()))
        throw BadOption(std::string("\"options\".\"") + key + "\" must be a number, found " + describeJson(*it));
    return it->get<double>();
}

bool boolOption(const nlohmann::json &j, const char *key, bool fallback)
{
    const auto it = j.find(key);
    if (it == j.end())
        return fallback;
    if (!it->is_boolean())
        throw BadOption(std::string("\"options\".\"") + key + "\" must be true or false, found " + describeJson(*it));
    return it->get<bool>();
}

std::string stringOption(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end())
        return {};
    if (!it->is_string())
        throw BadOption(std::string("\"options\".\"") + key + "\" must be a string, found " + describeJson(*it));
    return it->get<std::string>();
}

// The word-vector options (absent in folders from before them: no vectors).
void readVectorOptions(const nlohmann::json &j, BaselineOptions &o)
{
    o.vectors = stringOption(j, "vectors");
    o.vectorsSha256 = stringOption(j, "vectors_sha256");
    if (!o.vectors.empty() && o.vectorsSha256.size() != 64)
        throw BadOption("\"options\".\"vectors_sha256\" must be the SHA-256 of the vectors (64 hex digits)");
    o.vectorTagger = boolOption(j, "vector_tagger", o.vectorTagger);
    o.vectorSentiment = boolOption(j, "vector_sentiment", o.vectorSentiment);
    o.vectorScale = numberOption(j, "vector_scale", o.vectorScale);
    if (o.vectorScale <= 0.0 || o.vectorScale > 1000.0)
        throw BadOption("\"options\".\"vector_scale\" must be above 0 and at most 1000");
    o.rareNeighbours = int(intOption(j, "rare_neighbours", 0, 100, 0));  // absent in folders from before them
    o.rareCount = int(intOption(j, "rare_count", 1, 1000000, o.rareCount));
    o.neighbourTagger = boolOption(j, "neighbour_tagger", o.neighbourTagger);
    o.neighbourSentiment = boolOption(j, "neighbour_sentiment", o.neighbourSentiment);
    if (o.rareNeighbours > 0 && o.vectors.empty())
        throw BadOption("\"options\".\"rare_neighbours\" needs \"vectors\"");
}

BaselineOptions optionsFromJson(const nlohmann::json &j)
{
    if (!j.is_object())
        throw BadOption("\"options\" must be an object, found " + describeJson(j));
    constexpr std::int64_t kMaxBuckets = std::int64_t(1) << 26;
    BaselineOptions o;
    o.taggerBuckets = intOption(j, "tagger_buckets", 1, kMaxBuckets);
    o.sentimentBuckets = intOption(j, "sentiment_buckets", 1, kMaxBuckets);
    o.sentimentDim = intOption(j, "sentiment_dim", 1, 4096);
    o.taggerEpochs = int(intOption(j, "tagger_epochs", 0, 100000, o.taggerEpochs));
    o.sentimentEpochs = int(intOption(j, "sentiment_epochs", 0, 100000, o.sentimentEpochs));
    o.batchSize = int(intOption(j, "batch_size", 1, 1 << 20, o.batchSize));
    o.taggerLr = numberOption(j, "tagger_lr", o.taggerLr);
    o.sentimentLr = numberOption(j, "sentiment_lr", o.sentimentLr);
    o.classWeightPower = numberOption(j, "class_weight_power", o.classWeightPower);
    o.window = std::size_t(intOption(j, "window", 0, 4096));
    const auto seed = j.find("seed");
    o.seed = seed != j.end() && seed->is_number_unsigned()
                 ? seed->get<std::uint64_t>()
                 : std::uint64_t(intOption(j, "seed", 0, INT64_MAX, std::int64_t(o.seed)));
    o.threads = int(intOption(j, "threads", 0, 1024, o.threads));
    o.outsideBias = numberOption(j, "outside_bias", 0.0);  // folders from before it decoded unshifted
    // Folders from before these were written used feature set 1 without the linear path.
    o.sentimentFeatures = int(intOption(j, "sentiment_features", 1, 3, 1));
    const auto linear = j.find("sentiment_linear");
    if (linear != j.end() && !linear->is_boolean())
        throw BadOption("\"options\".\"sentiment_linear\" must be true or false, found " + describeJson(*linear));
    o.sentimentLinear = linear != j.end() && linear->get<bool>();
    const auto tfidf = j.find("sentiment_tfidf");
    if (tfidf != j.end() && !tfidf->is_boolean())
        throw BadOption("\"options\".\"sentiment_tfidf\" must be true or false, found " + describeJson(*tfidf));
    o.sentimentTfidf = tfidf != j.end() && tfidf->get<bool>();
    o.sentimentC = numberOption(j, "sentiment_c", 0.0);
    if (o.sentimentFeatures >= 3 && o.sentimentEpochs == 0 && !(o.sentimentLinear && o.sentimentTfidf))
        throw BadOption("\"options\".\"sentiment_features\" 3 with \"sentiment_epochs\" 0 needs "
                        "\"sentiment_linear\" and \"sentiment_tfidf\"");
    readVectorOptions(j, o);
    return o;
}

std::vector<std::string> stringList(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array())
        throw BadOption(std::string("\"") + key + "\" must be a list of strings");
    std::vector<std::string> out;
    for (const auto &v : *it) {
        if (!v.is_string())
            throw BadOption(std::string("\"") + key + "\" must be a list of strings, found " + describeJson(v));
        out.push_back(v.get<std::string>());
    }
    // A label listed twice would make two outputs one label: the file is not what was saved.
    std::vector<std::string> sorted = out;
    std::sort(sorted.begin(), sorted.end());
    if (auto twice = std::adjacent_find(sorted.begin(), sorted.end()); twice != sorted.end())
        throw BadOption(std::string("\"") + key + "\" lists " + describeJson(*twice) + " more than once");
    return out;
}

bool boolean(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_boolean())
        throw BadOption(std::string("\"parts\".\"") + key + "\" must be true or false");
    return it->get<bool>();
}

BaselineConfigFile readConfig(const nlohmann::json &c)
{
    if (!c.is_object())
        throw BadOption("expected a JSON object, found " + describeJson(c));
    const auto type = c.find("model_type");
    if (type == c.end() || *type != "mizan-baseline")
        throw BadOption("\"model_type\" is not \"mizan-baseline\"");
    BaselineConfigFile out;
    const auto version = c.find("format_version");
    if (version == c.end() || !version->is_number_integer() || *version < 1 || *version > kBaselineFormatVersion)
        throw BadOption("unsupported \"format_version\" (expected 1 to " + std::to_string(kBaselineFormatVersion) +
                        ")");
    if (*version >= 2) {  // version 1 always had targets and sentiment
        const auto parts = c.find("parts");
        if (parts == c.end() || !parts->is_object())
            throw BadOption("\"parts\" must be an object");
        out.targets = boolean(*parts, "targets");
        out.sentiment = boolean(*parts, "sentiment");
        out.entityLabels = stringList(*parts, "entity_labels");
        if (!out.entityLabels.empty() && (out.entityLabels.front() != "O" || out.entityLabels.size() % 2 == 0))
            throw BadOption("\"entity_labels\" must be \"O\" then B-/I- pairs");
    }
    out.polarityLabels = stringList(c, "polarity_labels");
    if (out.polarityLabels.empty())
        throw BadOption("\"polarity_labels\" is empty");
    const auto options = c.find("options");
    if (options == c.end())
        throw BadOption("\"options\" is missing");
    out.options = optionsFromJson(*options);
    return out;
}

} // namespace

Result<BaselineConfigFile> parseBaselineConfig(std::string_view text, const std::string &fileName)
{
    auto parsed = parseJsonFile(text, fileName);
    if (!parsed)
        return parsed.status();
    try {
        return readConfig(*parsed);
    } catch (const BadOption &e) {
        return Status(ErrorCode::ParseError, fileName + ": " + e.what());
    } catch (const nlohmann::json::exception &e) {
        return Status(ErrorCode::ParseError, fileName + ": unexpected value (" + jsonErrorText(e) + ")");
    }
}

} // namespace mizan
