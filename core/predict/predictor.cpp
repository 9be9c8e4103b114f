#include "predict/predictor.h"
#include "common/errortext.h"

#include <c10/util/Exception.h>

#include "common/atomicfile.h"
#include "common/codepointindex.h"
#include "common/utf8.h"
#include "predict/baselinebackend.h"
#include "predict/categorizer.h"
#include "predict/evaluator.h"
#include "predict/transformerbackend.h"
#include "rundir/rundir.h"

namespace mizan {

namespace {

// Runs `work` (returning Result<T>); a torch or other exception becomes an Internal error.
template <typename T, typename Work>
Result<T> guarded(Work &&work)
{
    try {
        return work();
    } catch (const c10::Error &e) {
        return Result<T>(ErrorCode::Internal, std::string("torch: ") + e.what_without_backtrace());
    } catch (const std::exception &e) {
        return Result<T>(ErrorCode::Internal, errorText(e));
    }
}

Status validUtf8(std::string_view raw)
{
    if (auto bad = utf8::findInvalid(raw))
        return Status(ErrorCode::InvalidArgument, "invalid UTF-8 at byte " + std::to_string(bad->byteOffset));
    return Status();
}

// The model's training.json (seed and dev fraction of its split); {} when absent or invalid.
nlohmann::json readTrainingJson(const std::string &dir)
{
    const auto text = readFile(dir + "/training.json");
    nlohmann::json j = nlohmann::json::parse(text ? *text : std::string("{}"), nullptr, false);
    return j.is_object() ? j : nlohmann::json::object();
}

} // namespace

struct Predictor::Impl {
    std::string dir;
    nlohmann::json training;
    std::unique_ptr<PredictBackend> backend;  // chosen at load: transformer or baseline
};

Predictor::Predictor() : m_impl(std::make_unique<Impl>()) {}
Predictor::~Predictor() = default;

Result<std::unique_ptr<Predictor>> Predictor::load(const std::string &modelDir, const PredictorOptions &options)
{
    using R = Result<std::unique_ptr<Predictor>>;
    return guarded<std::unique_ptr<Predictor>>([&]() -> R {
        auto dir = resolveModelDir(modelDir);
        if (!dir)
            return R(dir.status());
        std::unique_ptr<Predictor> p(new Predictor());
        p->m_impl->dir = *dir;
        auto backend = isBaselineDir(*dir) ? BaselineBackend::load(*dir) : TransformerBackend::load(*dir, options);
        if (!backend)
            return R(backend.status());
        p->m_impl->backend = std::move(*backend);
        p->m_impl->training = readTrainingJson(*dir);
        return R(std::move(p));
    });
}

std::vector<std::string> Predictor::tasks() const
{
    std::vector<std::string> out;
    for (const auto &t : m_impl->backend->tasks())
        out.push_back(t.name);
    return out;
}

const std::string &Predictor::modelDir() const { return m_impl->dir; }

Result<Prediction> Predictor::predict(std::string_view raw) const
{
    if (Status st = validUtf8(raw); !st)
        return Result<Prediction>(st);
    return guarded<Prediction>([&] {
        Prediction p = m_impl->backend->predict(std::string(raw));
        m_impl->backend->addCategories(p);
        return Result<Prediction>(std::move(p));
    });
}

Result<Prediction> Predictor::predict(std::string_view raw,
                                      const std::vector<std::pair<std::size_t, std::size_t>> &targets) const
{
    auto base = predict(raw);
    if (!base)
        return base;
    Prediction out = std::move(*base);
    out.targets.clear();
    const std::size_t length = utf8::length(raw);
    const utf8::CodePointIndex codePoints(out.text);
    for (const auto &[start, end] : targets) {
        if (start >= end || end > length)
            return Result<Prediction>(ErrorCode::InvalidArgument,
                                      "target [" + std::to_string(start) + ", " + std::to_string(end) +
                                          ") is not inside the text (" + std::to_string(length) + " code points)");
        out.targets.push_back({start, end, codePoints.substr(start, end), "", {}, 1.0});
    }
    return guarded<Prediction>([&]() -> Result<Prediction> {
        if (Status st = m_impl->backend->classifyTargets(out.text, out.targets); !st)
            return Result<Prediction>(st);
        m_impl->backend->addCategories(out);
        return std::move(out);
    });
}

Result<EvalReport> Predictor::evaluate(const std::vector<std::string> &corpora, bool devSplitOnly,
                                           std::map<std::string, std::vector<PredictionError>> *errors) const
{
    const EvalRequest request{m_impl->dir, m_impl->training, corpora, devSplitOnly};
    return guarded<EvalReport>([&] { return evaluateModel(*m_impl->backend, request, errors); });
}

nlohmann::json predictionToJson(const Prediction &p)
{
    nlohmann::json entities = nlohmann::json::array(), targets = nlohmann::json::array();
    for (const auto &e : p.entities)
        entities.push_back(
            {{"start", e.start}, {"end", e.end}, {"label", e.label}, {"text", e.text}, {"score", e.score}});
    for (const auto &t : p.targets) {
        nlohmann::json scores = nlohmann::json::object();
        for (const auto &[k, v] : t.scores)
            scores[k] = v;
        targets.push_back({{"start", t.start}, {"end", t.end}, {"text", t.text},
                           {"polarity", t.polarity.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.polarity)},
                           {"scores", scores}});
        if (!t.category.empty()) {
            targets.back()["category"] = t.category;
            targets.back()["category_score"] = t.categoryScore;
        }
    }
    nlohmann::json out = {{"text", p.text}, {"entities", entities}, {"targets", targets},
                          {"sentence_opinions", nlohmann::json::array()}};
    for (const auto &o : p.sentenceOpinions) {
        nlohmann::json scores = nlohmann::json::object();
        for (const auto &[k, v] : o.scores)
            scores[k] = v;
        out["sentence_opinions"].push_back(
            {{"category", o.category},
             {"score", o.score},
             {"polarity", o.polarity.empty() ? nlohmann::json(nullptr) : nlohmann::json(o.polarity)},
             {"scores", scores}});
    }
    return out;
}

} // namespace mizan
