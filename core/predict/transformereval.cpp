// TransformerBackend::scoreTasks: each task scored on gold data (target sentiment on the GOLD
// targets), the ensemble's answer beside the transformer alone, and targets end to end.
#include <set>

#include "eval/spanmetrics.h"
#include "predict/transformerbackend.h"

namespace mizan {

nlohmann::json TransformerBackend::ensembleReport(const ModelTask &t, const TaskData &d) const
{
    // The ensemble is the model's answer; the transformer alone is reported beside it.
    const nlohmann::json alone = scoreTask(d, run(d, true));
    if (t.kind == TaskKind::TargetSentiment)
        return {{"baseline_weight", m_ensemble->blendWeight()},
                {"definition", "polarity probabilities: (1 - w) * transformer + w * linear baseline"},
                {"transformer_only", {{"accuracy", alone["accuracy"]}, {"macro_f1", alone["macro_f1"]}}}};
    return {{"transformer_weight", m_ensemble->voteWeight()},
            {"definition", "the linear baseline's CRF decodes its units with w * log(transformer "
                           "probabilities) added to its scores (w: the transformer's weight)"},
            {"transformer_only", {{"precision", alone["precision"]}, {"recall", alone["recall"]}, {"f1", alone["f1"]}}}};
}

// Predicted targets with predicted polarity against gold (span, polarity).
nlohmann::json TransformerBackend::endToEnd(const ModelTask &sentiment, const TaskData &d,
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
    const double p = pred ? double(correct) / double(pred) : 0.0;
    const double r = gold ? double(correct) / double(gold) : 0.0;
    return {{"kind", "target_sentiment_end_to_end"},
            {"definition", "predicted target spans with predicted polarity; correct when span AND polarity equal "
                           "a gold opinion's"},
            {"precision", p}, {"recall", r}, {"f1", p + r > 0 ? 2 * p * r / (p + r) : 0.0},
            {"gold", gold}, {"predicted", pred}, {"correct", correct}};
}

Result<nlohmann::json> TransformerBackend::scoreTasks(const std::vector<const Sentence *> &sentences,
                                                      ErrorsByTask *errors) const
{
    nlohmann::json tasks = nlohmann::json::object();
    std::map<std::string, std::pair<TaskData, TaskPredictions>> tagged;
    for (const auto &t : m_tasks) {
        TaskData d = t.kind == TaskKind::Tagging
                         ? taggingData(t, sentences, true)
                         : buildTask(t.name, t.kind, sentences, t.labels, *m_encoder, *m_tokenizer, m_text.maxLength,
                                     m_text.markTarget);
        if (d.examples.empty())
            continue;
        const TaskPredictions p = run(d);
        std::vector<PredictionError> errs;
        nlohmann::json j = scoreTask(d, p, nullptr, errors ? &errs : nullptr);
        j["examples"] = d.examples.size();
        if (t.kind == TaskKind::TargetSentiment)
            j["definition"] = "polarity of each GOLD target (SemEval-2016 slot 3)";
        if (joins(t))
            j["ensemble"] = ensembleReport(t, d);
        tasks[t.name] = j;
        if (errors)
            (*errors)[t.name] = std::move(errs);
        if (t.kind == TaskKind::Tagging)
            tagged.emplace(t.name, std::make_pair(std::move(d), p));
    }
    const ModelTask *sentiment = find(TaskKind::TargetSentiment);
    auto targetsIt = tagged.find("targets");
    if (sentiment && targetsIt != tagged.end())
        tasks["sentiment_end_to_end"] = endToEnd(*sentiment, targetsIt->second.first, targetsIt->second.second, sentences);
    return tasks;
}

} // namespace mizan
