#include "annotation/learningcurve.h"

#include <chrono>
#include <ctime>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "annotation/ranker.h"
#include "baseline/baselineeval.h"
#include "common/atomicfile.h"
#include "common/jsontext.h"
#include "corpus/datasplit.h"

namespace mizan {
namespace {

constexpr double kHeldOutFraction = 0.2;
constexpr std::uint64_t kSplitSeed = 13;
constexpr int kFileVersion = 1;

std::string nowIso()
{
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

// The annotated sentences of `corpus`, in their reviews (reviews without any left out).
Corpus annotatedPart(const Corpus &corpus, std::size_t &count)
{
    Corpus out;
    out.sourcePath = corpus.sourcePath;
    count = 0;
    for (const Document &d : corpus.documents) {
        Document kept = d;
        kept.sentences.clear();
        for (const Sentence &s : d.sentences)
            if (!inRankPool(s, RankPool::Unannotated))
                kept.sentences.push_back(s);
        count += kept.sentences.size();
        if (!kept.sentences.empty())
            out.documents.push_back(std::move(kept));
    }
    return out;
}

nlohmann::json optionalJson(const std::optional<double> &v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

// A metric of a round read back: a number in [0, 1], null or absent.
bool readMetric(const nlohmann::json &round, const char *key, std::optional<double> &out)
{
    if (!round.contains(key) || round[key].is_null())
        return true;
    if (!round[key].is_number() || round[key].get<double>() < 0.0 || round[key].get<double>() > 1.0)
        return false;
    out = round[key].get<double>();
    return true;
}

} // namespace

Result<LearningRound> scoreAnnotated(const Corpus &corpus, const BaselineOptions &options,
                                     const std::atomic<bool> *stop)
{
    using R = Result<LearningRound>;
    LearningRound round;
    round.when = nowIso();
    const Corpus annotated = annotatedPart(corpus, round.labelled);
    if (round.labelled < 2)
        return R(
            ErrorCode::InvalidArgument,
            "the learning curve needs at least 2 annotated sentences (a part is held out to score on); this corpus "
            "has " +
                std::to_string(round.labelled));
    const auto [train, dev] = splitTrainDev(annotated, kHeldOutFraction, kSplitSeed);
    const std::vector<const Sentence *> trainSentences = corpusSentences(train), devSentences = corpusSentences(dev);
    round.heldOut = devSentences.size();
    auto model = BaselineModel::train(trainSentences, options, {}, stop);
    if (!model)
        return R(model.status().code(), "scoring the round: " + model.error());
    auto e = evaluateBaseline(*model, devSentences);
    if (!e)
        return R(e.status().code(), "scoring the round: " + e.error());
    if (e->hasSentiment && e->sentiment.count > 0) {
        round.accuracy = e->sentiment.accuracy;
        round.macroF1 = e->sentiment.macro.f1;
    }
    if (e->hasTargets)
        round.targetF1 = e->targets.prf.f1;
    if (e->hasEntities)
        round.entityF1 = e->entities.prf.f1;
    return round;
}

Result<std::vector<LearningRound>> readLearningCurve(const std::string &path)
{
    using R = Result<std::vector<LearningRound>>;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return std::vector<LearningRound>{};
    auto text = readFile(path);
    if (!text)
        return text.status();
    auto json = parseJsonFile(*text, path);
    if (!json)
        return json.status();
    const nlohmann::json &j = *json;
    if (!j.is_object() || !j.contains("rounds") || !j["rounds"].is_array())
        return R(ErrorCode::ParseError, path + ": expected an object with a \"rounds\" array");
    std::vector<LearningRound> rounds;
    for (std::size_t i = 0; i < j["rounds"].size(); ++i) {
        const nlohmann::json &r = j["rounds"][i];
        const std::string where = path + ": round " + std::to_string(i + 1) + ": ";
        if (!r.is_object() || !r.contains("labelled") || !r["labelled"].is_number_unsigned())
            return R(ErrorCode::ParseError, where + "expected an object with \"labelled\", a whole number");
        LearningRound round;
        round.labelled = r["labelled"].get<std::size_t>();
        if (r.contains("held_out") && r["held_out"].is_number_unsigned())
            round.heldOut = r["held_out"].get<std::size_t>();
        if (r.contains("when") && r["when"].is_string())
            round.when = r["when"].get<std::string>();
        if (r.contains("strategy") && r["strategy"].is_string())
            round.strategy = r["strategy"].get<std::string>();
        for (auto [key, out] : {std::pair{"accuracy", &round.accuracy}, std::pair{"macro_f1", &round.macroF1},
                                std::pair{"target_f1", &round.targetF1}, std::pair{"entity_f1", &round.entityF1}})
            if (!readMetric(r, key, *out))
                return R(ErrorCode::ParseError, where + "\"" + key + "\" must be a number from 0 to 1 or null, not " +
                                                    describeJson(r[key]));
        rounds.push_back(std::move(round));
    }
    return rounds;
}

Status writeLearningCurve(const std::string &path, const std::string &corpusPath,
                          const std::vector<LearningRound> &rounds)
{
    nlohmann::json list = nlohmann::json::array();
    for (const LearningRound &r : rounds)
        list.push_back({{"when", r.when},
                        {"strategy", r.strategy},
                        {"labelled", r.labelled},
                        {"held_out", r.heldOut},
                        {"accuracy", optionalJson(r.accuracy)},
                        {"macro_f1", optionalJson(r.macroF1)},
                        {"target_f1", optionalJson(r.targetF1)},
                        {"entity_f1", optionalJson(r.entityF1)}});
    const nlohmann::json j = {{"version", kFileVersion}, {"corpus", corpusPath}, {"rounds", list}};
    return writeFileAtomic(path, j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

} // namespace mizan
