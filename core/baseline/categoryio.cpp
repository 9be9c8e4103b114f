// CategoryModel::save / load: categories.json (labels, options, format version) beside
// categories.safetensors, in the baseline's folder.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "baseline/categorynets.h"
#include "baseline/moduletensors.h"
#include "common/atomicfile.h"
#include "common/errortext.h"
#include "common/jsontext.h"
#include "common/outputdir.h"

namespace mizan {
namespace {

constexpr const char *kConfigName = "categories.json";
constexpr const char *kWeightsName = "categories.safetensors";
constexpr int kFormatVersion = 1;

struct BadValue : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::int64_t intAt(const nlohmann::json &j, const char *key, std::int64_t lo, std::int64_t hi)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer() || it->get<std::int64_t>() < lo || it->get<std::int64_t>() > hi)
        throw BadValue(std::string("\"options\".\"") + key + "\" must be an integer from " + std::to_string(lo) +
                       " to " + std::to_string(hi) +
                       (it == j.end() ? ", it is missing" : ", found " + describeJson(*it)));
    return it->get<std::int64_t>();
}

double numberAt(const nlohmann::json &j, const char *key, double lo, double hi)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < lo ||
        it->get<double>() > hi)
        throw BadValue(std::string("\"options\".\"") + key + "\" must be a number from " + std::to_string(lo) + " to " +
                       std::to_string(hi) + (it == j.end() ? ", it is missing" : ", found " + describeJson(*it)));
    return it->get<double>();
}

std::vector<std::string> labelList(const nlohmann::json &c, const char *key)
{
    const auto it = c.find(key);
    if (it == c.end() || !it->is_array() || it->empty())
        throw BadValue(std::string("\"") + key + "\" must be a non-empty list of strings");
    std::vector<std::string> out;
    for (const auto &v : *it) {
        if (!v.is_string() || v.get<std::string>().empty())
            throw BadValue(std::string("\"") + key + "\" must hold non-empty strings, found " + describeJson(v));
        out.push_back(v.get<std::string>());
    }
    // A label listed twice would make two outputs one category: the file is not what was saved.
    std::vector<std::string> sorted = out;
    std::sort(sorted.begin(), sorted.end());
    if (auto twice = std::adjacent_find(sorted.begin(), sorted.end()); twice != sorted.end())
        throw BadValue(std::string("\"") + key + "\" lists " + describeJson(*twice) + " more than once");
    return out;
}

struct ConfigFile {
    CategoryOptions options;
    CategoryThresholdChoice choice;
    std::vector<std::string> labels, polarityLabels;
};

ConfigFile readConfig(const nlohmann::json &c)
{
    if (!c.is_object() || c.value("model_type", "") != "mizan-baseline-categories")
        throw BadValue("\"model_type\" is not \"mizan-baseline-categories\"");
    const auto version = c.find("format_version");
    if (version == c.end() || !version->is_number_integer() || *version != kFormatVersion)
        throw BadValue("unsupported \"format_version\" (expected " + std::to_string(kFormatVersion) + ")");
    ConfigFile out;
    out.labels = labelList(c, "labels");
    out.polarityLabels = labelList(c, "polarity_labels");
    const auto o = c.find("options");
    if (o == c.end() || !o->is_object())
        throw BadValue("\"options\" must be an object");
    out.options.buckets = intAt(*o, "buckets", 1, std::int64_t(1) << 26);
    out.options.dim = intAt(*o, "dim", 1, 4096);
    out.options.epochs = int(intAt(*o, "epochs", 0, 100000));
    out.options.batchSize = int(intAt(*o, "batch_size", 1, 1 << 20));
    out.options.lr = numberAt(*o, "lr", 0.0, 1e6);
    out.options.threshold = numberAt(*o, "threshold", 0.0, 1.0);
    out.options.window = std::size_t(intAt(*o, "window", 0, 4096));
    out.options.seed = std::uint64_t(intAt(*o, "seed", 0, INT64_MAX));
    out.options.threads = int(intAt(*o, "threads", 0, 1024));
    out.choice.threshold = out.options.threshold;
    // How train() chose the threshold (absent when it was given, and in older folders).
    if (const auto chosen = c.find("threshold_choice"); chosen != c.end()) {
        if (!chosen->is_object())
            throw BadValue("\"threshold_choice\" must be an object");
        out.choice.sentences = std::size_t(intAt(*chosen, "held_out_sentences", 0, INT64_MAX));
        out.choice.f1 = numberAt(*chosen, "slot1_f1", 0.0, 1.0);
    }
    return out;
}

} // namespace

bool CategoryModel::existsIn(const std::string &dir)
{
    std::error_code ec;
    return std::filesystem::is_regular_file(std::filesystem::path(dir) / kConfigName, ec);
}

Status CategoryModel::save(const std::string &dir) const
{
    if (!m_impl)
        return Status(ErrorCode::InvalidArgument, "categories: cannot save an empty model");
    if (Status st = checkOutputDir(dir); !st)
        return st;
    if (Status st = markOutputDir(dir); !st)
        return st;
    TensorMap tensors;
    baseline::collectTensors("categories.", *m_impl->net, tensors);
    const std::string weights = (std::filesystem::path(dir) / kWeightsName).string();
    if (Status st = saveSafetensors(weights, tensors, {{"format", "mizan-baseline-categories"}}); !st)
        return st;
    const CategoryOptions &o = m_impl->options;
    nlohmann::json config = {
        {"model_type", "mizan-baseline-categories"},
        {"format_version", kFormatVersion},
        {"labels", m_impl->labels},
        {"polarity_labels", m_impl->polarityLabels},
        {"options", {{"buckets", o.buckets}, {"dim", o.dim}, {"epochs", o.epochs}, {"batch_size", o.batchSize},
                     {"lr", o.lr}, {"threshold", o.threshold}, {"window", o.window},
                     {"seed", std::int64_t(o.seed & INT64_MAX)}, {"threads", o.threads}}}};
    if (const CategoryThresholdChoice &c = m_impl->thresholdChoice; c.sentences > 0)
        config["threshold_choice"] = {{"held_out_sentences", c.sentences}, {"slot1_f1", c.f1},
                                      {"how", "chosen on 15% of the training sentences by slot-1 F1"}};
    return writeFileAtomic((std::filesystem::path(dir) / kConfigName).string(), config.dump(2) + "\n");
}

Result<CategoryModel> CategoryModel::load(const std::string &dir)
{
    const std::string configPath = (std::filesystem::path(dir) / kConfigName).string();
    const std::string weightsPath = (std::filesystem::path(dir) / kWeightsName).string();
    auto text = readFile(configPath);
    if (!text)
        return text.status();
    auto parsed = parseJsonFile(*text, configPath);
    if (!parsed)
        return parsed.status();
    ConfigFile config;
    try {
        config = readConfig(*parsed);
    } catch (const BadValue &e) {
        return Status(ErrorCode::ParseError, configPath + ": " + e.what());
    } catch (const nlohmann::json::exception &e) {
        return Status(ErrorCode::ParseError, configPath + ": unexpected value (" + jsonErrorText(e) + ")");
    }
    try {
        auto tensors = loadSafetensors(weightsPath);
        if (!tensors)
            return tensors.status();
        auto impl = std::make_unique<Impl>();
        impl->build(config.options, std::move(config.labels), std::move(config.polarityLabels));
        impl->thresholdChoice = config.choice;
        if (Status st = baseline::restoreTensors("categories.", *impl->net, *tensors, weightsPath); !st)
            return st;
        impl->net->eval();
        return CategoryModel(std::move(impl));
    } catch (const std::exception &e) {
        return Status(ErrorCode::Internal, dir + ": cannot load the category model: " + errorText(e));
    }
}

} // namespace mizan
