#include "model/bertconfig.h"

#include <nlohmann/json.hpp>

#include "common/atomicfile.h"
#include "common/jsontext.h"
#include "common/problem.h"
#include "model/jsonutil.h"

namespace mizan {

BertConfig builtinSmallConfig(std::int64_t vocabSize)
{
    BertConfig c;
    c.vocabSize = vocabSize;
    c.hiddenSize = 256;
    c.numLayers = 4;
    c.numHeads = 4;
    c.intermediateSize = 1024;
    c.maxPositions = 512;
    return c;
}

namespace {

Status fieldError(const std::string &fileName, const std::string &field, const std::string &expected)
{
    return Status(ErrorCode::ParseError,
                  problemMessage({ProblemCode::ConfigFieldInvalid, {fileName, field, expected}}));
}

// Values past these are refused before anything is built from them (the largest public BERT
// models are far below; a typo or a hostile file must not allocate billions of names).
constexpr std::int64_t kMaxDimension = std::int64_t(1) << 20;
constexpr std::int64_t kMaxVocabulary = std::int64_t(1) << 24;
constexpr std::int64_t kMaxLayers = 256;

Status readInt(const nlohmann::json &j, const char *key, std::int64_t &out, bool required, std::int64_t minimum,
               const std::string &fileName, std::int64_t maximum = kMaxDimension)
{
    if (!j.contains(key)) {
        if (required)
            return Status(ErrorCode::ParseError, problemMessage({ProblemCode::ConfigFieldMissing, {fileName, key}}));
        return Status::ok();
    }
    const auto &v = j[key];
    if (!v.is_number_integer() || (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(maximum)) ||
        v.get<std::int64_t>() < minimum || v.get<std::int64_t>() > maximum)
        return fieldError(fileName, key, "an integer from " + std::to_string(minimum) + " to " +
                                             std::to_string(maximum) + " (found " + describeJson(v) + ")");
    out = v.get<std::int64_t>();
    return Status::ok();
}

Status readProbability(const nlohmann::json &j, const char *key, double &out, const std::string &fileName)
{
    if (!j.contains(key) || j[key].is_null())
        return Status::ok();
    const auto &v = j[key];
    if (!v.is_number() || v.get<double>() < 0.0 || v.get<double>() >= 1.0)
        return fieldError(fileName, key, "a number in [0, 1)");
    out = v.get<double>();
    return Status::ok();
}

} // namespace

namespace {

// The sizes, dropouts and padding id, checked against each other and the parameter limit.
Status readSizes(const nlohmann::json &j, BertConfig &c, const std::string &fileName)
{
    for (Status s : {readInt(j, "vocab_size", c.vocabSize, true, 1, fileName, kMaxVocabulary),
                     readInt(j, "hidden_size", c.hiddenSize, true, 1, fileName),
                     readInt(j, "num_hidden_layers", c.numLayers, true, 1, fileName, kMaxLayers),
                     readInt(j, "num_attention_heads", c.numHeads, true, 1, fileName),
                     readInt(j, "intermediate_size", c.intermediateSize, true, 1, fileName),
                     readInt(j, "max_position_embeddings", c.maxPositions, false, 1, fileName),
                     readInt(j, "type_vocab_size", c.typeVocabSize, false, 1, fileName, 1024),
                     readProbability(j, "hidden_dropout_prob", c.hiddenDropout, fileName),
                     readProbability(j, "attention_probs_dropout_prob", c.attentionDropout, fileName)})
        if (!s)
            return s;
    if (j.contains("pad_token_id") && !j["pad_token_id"].is_null()) {
        if (Status s = readInt(j, "pad_token_id", c.padTokenId, false, 0, fileName, kMaxVocabulary); !s)
            return s;
    }
    if (c.hiddenSize % c.numHeads != 0)
        return fieldError(fileName, "hidden_size", "a multiple of num_attention_heads (" +
                                                       std::to_string(c.hiddenSize) + " % " +
                                                       std::to_string(c.numHeads) + " != 0)");
    const double h = double(c.hiddenSize);
    const double parameters = (double(c.vocabSize) + double(c.maxPositions) + double(c.typeVocabSize)) * h +
                              double(c.numLayers) * (4.0 * h * h + 2.0 * h * double(c.intermediateSize));
    if (parameters > 4e9)
        return Status(ErrorCode::ParseError, fileName + ": the sizes describe an encoder of " +
                                                 std::to_string(static_cast<long long>(parameters / 1e6)) +
                                                 " million parameters, over the limit of 4000 million");
    if (c.padTokenId >= c.vocabSize)
        return fieldError(fileName, "pad_token_id", "an id below vocab_size");
    return Status::ok();
}

// layer_norm_eps, initializer_range, hidden_act, position_embedding_type and mizan_with_pooler.
Status readLayerOptions(const nlohmann::json &j, BertConfig &c, const std::string &fileName)
{
    if (j.contains("layer_norm_eps")) {
        if (!j["layer_norm_eps"].is_number() || j["layer_norm_eps"].get<double>() <= 0)
            return fieldError(fileName, "layer_norm_eps", "a positive number");
        c.layerNormEps = j["layer_norm_eps"].get<double>();
    }
    if (j.contains("initializer_range") && j["initializer_range"].is_number())
        c.initializerRange = j["initializer_range"].get<double>();
    if (j.contains("hidden_act")) {
        const auto &v = j["hidden_act"];
        const std::string act = v.is_string() ? v.get<std::string>() : "";
        if (act == "gelu")
            c.hiddenAct = HiddenAct::Gelu;
        else if (act == "gelu_new" || act == "gelu_pytorch_tanh")
            c.hiddenAct = HiddenAct::GeluTanh;
        else if (act == "relu")
            c.hiddenAct = HiddenAct::Relu;
        else
            return fieldError(fileName, "hidden_act", "\"gelu\", \"gelu_new\", \"gelu_pytorch_tanh\" or \"relu\"");
    }
    if (j.contains("position_embedding_type") && j["position_embedding_type"].is_string() &&
        j["position_embedding_type"].get<std::string>() != "absolute")
        return fieldError(fileName, "position_embedding_type",
                          "\"absolute\" (relative positions are not supported)");
    if (j.contains("mizan_with_pooler") && j["mizan_with_pooler"].is_boolean())
        c.withPooler = j["mizan_with_pooler"].get<bool>();
    return Status::ok();
}

// The character n-gram embedding's sizes and the feature set it was trained with.
Status readCharNgrams(const nlohmann::json &j, BertConfig &c, const std::string &fileName)
{
    for (const auto &[key, field] :
         {std::pair<const char *, std::int64_t *>{"mizan_char_ngram_buckets", &c.charNgramBuckets},
          {"mizan_char_ngram_dim", &c.charNgramDim}}) {
        if (!j.contains(key))
            continue;
        if (Status st = readInt(j, key, *field, false, 0, fileName, kMaxVocabulary); !st)
            return st;
    }
    if ((c.charNgramBuckets > 0) != (c.charNgramDim > 0))
        return fieldError(fileName, "mizan_char_ngram_dim",
                          "both mizan_char_ngram_buckets and mizan_char_ngram_dim positive, or neither");
    const char *features = "mizan_char_ngram_features";
    if (c.charNgramBuckets > 0 && (!j.contains(features) || !j[features].is_string() ||
                                   j[features].get<std::string>() != kCharNgramFeatureSet))
        return fieldError(fileName, features,
                          std::string("\"") + kCharNgramFeatureSet +
                              "\" (the model was trained with another character n-gram feature set; "
                              "retrain it with this version)");
    return Status::ok();
}

} // namespace

Result<BertConfig> parseBertConfig(std::string_view json, const std::string &fileName)
{
    auto parsed = jsonutil::parse(json, fileName);
    if (!parsed)
        return parsed.status();
    const nlohmann::json &j = *parsed;
    if (!j.is_object())
        return Status(ErrorCode::ParseError, fileName + ": expected a JSON object");
    if (j.contains("model_type") && j["model_type"].is_string()) {
        const auto type = j["model_type"].get<std::string>();
        if (type != "bert")
            return fieldError(fileName, "model_type",
                              "\"bert\" (got \"" + type + "\"; only BERT encoders are supported)");
    }
    BertConfig c;
    for (auto step : {readSizes, readLayerOptions, readCharNgrams})
        if (Status s = step(j, c, fileName); !s)
            return s;
    return c;
}

Result<BertConfig> readBertConfig(const std::string &path)
{
    auto text = readFile(path);
    if (!text)
        return text.status();
    return parseBertConfig(*text, path);
}

std::string bertConfigToJson(const BertConfig &c, const std::string &architecture)
{
    const char *act = c.hiddenAct == HiddenAct::Gelu       ? "gelu"
                      : c.hiddenAct == HiddenAct::GeluTanh ? "gelu_new"
                                                           : "relu";
    nlohmann::json j = {
        {"architectures", {architecture}},
        {"model_type", "bert"},
        {"vocab_size", c.vocabSize},
        {"hidden_size", c.hiddenSize},
        {"num_hidden_layers", c.numLayers},
        {"num_attention_heads", c.numHeads},
        {"intermediate_size", c.intermediateSize},
        {"max_position_embeddings", c.maxPositions},
        {"type_vocab_size", c.typeVocabSize},
        {"layer_norm_eps", c.layerNormEps},
        {"hidden_dropout_prob", c.hiddenDropout},
        {"attention_probs_dropout_prob", c.attentionDropout},
        {"initializer_range", c.initializerRange},
        {"pad_token_id", c.padTokenId},
        {"hidden_act", act},
        {"position_embedding_type", "absolute"},
        {"torch_dtype", "float32"},
        {"mizan_with_pooler", c.withPooler},
    };
    if (c.charNgramBuckets > 0) {
        j["mizan_char_ngram_buckets"] = c.charNgramBuckets;
        j["mizan_char_ngram_dim"] = c.charNgramDim;
        j["mizan_char_ngram_features"] = kCharNgramFeatureSet;
    }
    return j.dump(2) + "\n";
}

} // namespace mizan
