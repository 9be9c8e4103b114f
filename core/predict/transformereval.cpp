// TransformerBackend::scoreTasks: each task scored on gold data (target sentiment on the GOLD
// targets), the ensemble's answer beside the transformer alone, and targets end to end.
#include <set>

#include "eval/prf.h"
#include "eval/spanmetrics.h"
#include "predict/transformerbackend.h"

namespace mizan {

EnsembleReport TransformerBackend::ensembleReport(const ModelTask &t, const TaskData &d) const
{
    // The ensemble is the model's answer; the transformer alone is reported beside it.
    const TaskReport alone = scoreTask(d, run(d, true));
    EnsembleReport e;
    if (t.kind == TaskKind::TargetSentiment) {
        e.weight = m_ensemble->blendWeight();
        e.definition = "polarity probabilities: (1 - w) * transformer + w * linear baseline";
        e.accuracy = reportMetric(alone, "accuracy").value_or(0.0);
        e.macroF1 = reportMetric(alone, "macro_f1").value_or(0.0);
        return e;
    }
    e.spans = true;
    e.weight = m_ensemble->voteWeight();
    e.definition = "the linear baseline's CRF decodes its units with w * log(transformer "
                   "probabilities) added to its scores (w: the transformer's weight)";
    if (const auto *spans = std::get_if<SpanReport>(&alone))
        e.alone = spans->micro;
    return e;
}

// Predicted targets with predicted polarity against gold (span, polarity).
SpanReport TransformerBackend::endToEnd(const ModelTask &sentiment, const TaskData &d,
                                            const TaskPredictions &predicted,
                                            const std::vector<const Sentence *> &sentences) const
{
    std::map<std::string, std::vector<SentenceSpans>> byPolarity;
    const auto groups = sentenceExamples(d);  // sentence g is examples [first, end) (its windows)
    for (std::size_t g = 0; g < groups.size() && g < sentences.size(); ++g) {
        const Sentence &s = *sentences[g];
        std::vector<PredictedTarget> targets;
        for (const DecodedSpan &span : predictedSpans(d, predicted, groups[g].first, groups[g].second))
            targets.push_back({span.start, span.end, "", "", {}, span.score});
        classify(sentiment, s.id, s.text, targets);
        std::map<std::string, SentenceSpans> sent;
        std::set<CharSpan> seen;
        for (const Opinion &o : s.opinions)
            if (!o.isNull && o.to > o.from && seen.insert({o.from, o.to}).second)
                sent[polarityName(o.polarity)].gold.emplace_back(o.from, o.to);
        for (const auto &tg : targets)
            sent[tg.polarity].predicted.emplace_back(tg.start, tg.end);
        for (auto &[pol, ss] : sent) {
            ss.sentenceId = s.id;
            byPolarity[pol].push_back(std::move(ss));
        }
    }
    std::size_t gold = 0, pred = 0, correct = 0;
    for (const auto &[pol, ss] : byPolarity) {
        const SpanMetrics sm = spanMetrics(ss);
        gold += sm.goldCount;
        pred += sm.predictedCount;
        correct += sm.correctCount;
    }
    SpanReport r;
    r.kind = "target_sentiment_end_to_end";
    r.definition =
        "predicted target spans with predicted polarity; correct when span AND polarity equal a gold opinion's";
    r.gold = gold;
    r.predicted = pred;
    r.correct = correct;
    r.micro = detail::prfFromCounts(correct, pred, gold);
    return r;
}

Result<TaskReports> TransformerBackend::scoreTasks(const std::vector<const Sentence *> &sentences,
                                                      ErrorsByTask *errors) const
{
    TaskReports tasks;
    std::map<std::string, std::pair<TaskData, TaskPredictions>> tagged;
    for (const auto &t : m_tasks) {
        if (t.kind == TaskKind::Categories)
            continue;  // scored with the targets, as predictions are (evaluator.cpp)
        TaskData d = t.kind == TaskKind::Tagging
                         ? taggingData(t, sentences, true)
                         : buildTask(t.name, t.kind, sentences, t.labels, *m_encoder, *m_tokenizer, m_text.maxLength,
                                     m_text.markTarget);
        if (d.examples.empty())
            continue;
        const TaskPredictions p = run(d);
        std::vector<PredictionError> errs;
        TaskReport report = scoreTask(d, p, errors ? &errs : nullptr);
        std::visit(
            [&](TaskReportNotes &notes) {
                notes.examples = d.examples.size();
                if (t.kind == TaskKind::TargetSentiment)
                    notes.definition = "polarity of each GOLD target (SemEval-2016 slot 3)";
                if (t.kind == TaskKind::TargetCategories)
                    notes.definition = "category of each GOLD target's opinion";
                if (joins(t))
                    notes.ensemble = ensembleReport(t, d);
            },
            report);
        tasks.insert_or_assign(t.name, std::move(report));
        if (errors)
            (*errors)[t.name] = std::move(errs);
        if (t.kind == TaskKind::Tagging)
            tagged.emplace(t.name, std::make_pair(std::move(d), p));
    }
    const ModelTask *sentiment = find(TaskKind::TargetSentiment);
    auto targetsIt = tagged.find("targets");
    if (sentiment && targetsIt != tagged.end())
        tasks.insert_or_assign("sentiment_end_to_end",
                               endToEnd(*sentiment, targetsIt->second.first, targetsIt->second.second, sentences));
    return tasks;
}

} // namespace mizan
