#include "predict/baselinebackend.h"

#include "baseline/baselineeval.h"
#include "common/codepointindex.h"
#include "predict/ensemble.h"
#include "tasks/taskscore.h"

namespace mizan {

BaselineBackend::BaselineBackend(BaselineModel model) : m_model(std::move(model))
{
    if (m_model.hasTargets())
        m_tasks.push_back({"targets", TaskKind::Tagging, {"O", "B-TARGET", "I-TARGET"}});
    if (m_model.hasSentiment())
        m_tasks.push_back({"sentiment", TaskKind::TargetSentiment, m_model.polarityLabels()});
    if (!m_model.entityLabels().empty())
        m_tasks.push_back({"ner", TaskKind::Tagging, m_model.entityLabels()});
}

Result<std::unique_ptr<PredictBackend>> BaselineBackend::load(const std::string &dir)
{
    auto model = BaselineModel::load(dir);
    if (!model)
        return Result<std::unique_ptr<PredictBackend>>(model.status());
    std::unique_ptr<BaselineBackend> backend(new BaselineBackend(std::move(*model)));
    if (Status st = backend->loadCategories(dir); !st)
        return Result<std::unique_ptr<PredictBackend>>(st);
    return std::unique_ptr<PredictBackend>(std::move(backend));
}

Prediction BaselineBackend::predict(const std::string &raw) const
{
    Prediction out;
    out.text = raw;
    const BaselineUnitTags targetTags = m_model.targetUnitTags(raw);
    for (const BaselineTarget &t : m_model.predict(raw)) {
        PredictedTarget pt{t.start,          t.end, t.text,
                           t.polarity.label, {},    unitSpanScore(targetTags, t.start, t.end, "TARGET")};
        for (const auto &[label, score] : t.polarity.scores)
            pt.scores[label] = score;
        out.targets.push_back(std::move(pt));
    }
    const BaselineUnitTags entityTags = m_model.entityUnitTags(raw);
    const utf8::CodePointIndex codePoints(raw);
    for (const EntitySpan &e : m_model.predictEntities(raw))
        out.entities.push_back({e.start, e.end, e.label, codePoints.substr(e.start, e.end),
                                unitSpanScore(entityTags, e.start, e.end, e.label)});
    return out;
}

Status BaselineBackend::classifyTargets(const std::string &raw, std::vector<PredictedTarget> &targets) const
{
    if (!m_model.hasSentiment())
        return Status();  // spans only: this baseline has no polarity classifier
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const auto &t : targets)
        spans.emplace_back(t.start, t.end);
    auto polarities = m_model.predictPolarities(raw, spans);  // the sentence prepared once
    if (!polarities)
        return polarities.status();
    for (std::size_t i = 0; i < targets.size(); ++i) {
        targets[i].polarity = (*polarities)[i].label;
        for (const auto &[label, score] : (*polarities)[i].scores)
            targets[i].scores[label] = score;
    }
    return Status();
}

Result<TaskReports> BaselineBackend::scoreTasks(const std::vector<const Sentence *> &sentences,
                                                   ErrorsByTask *errors) const
{
    auto ev = evaluateBaseline(m_model, sentences);
    if (!ev)
        return Result<TaskReports>(ev.status());
    if (errors) {
        if (ev->hasTargets)
            (*errors)["targets"] = ev->targetErrors;
        if (ev->hasSentiment)
            (*errors)["sentiment"] = ev->sentimentErrors;
        if (ev->hasEntities)
            (*errors)["ner"] = ev->entityErrors;
    }
    return baselineReports(*ev);
}

} // namespace mizan
