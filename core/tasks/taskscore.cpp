#include "tasks/taskscore.h"

#include <map>
#include <set>

#include "baseline/baselineeval.h"
#include "eval/categoryscore.h"
#include "eval/classificationmetrics.h"
#include "eval/entitymetrics.h"
#include "eval/prf.h"
#include "tokenize/labelalign.h"
#include "eval/spanmetrics.h"

namespace mizan {

std::vector<DecodedSpan> predictedSpans(const TaskData &task, const TaskPredictions &pred,
                                        std::size_t i)
{
    return predictedSpans(task, pred, i, i + 1);
}

std::vector<DecodedSpan> predictedSpans(const TaskData &task, const TaskPredictions &pred,
                                        std::size_t first, std::size_t end)
{
    if (auto it = pred.sentenceSpans.find(first); it != pred.sentenceSpans.end())
        return it->second;
    std::vector<std::int64_t> ids;
    std::vector<CharRange> offsets;
    std::vector<double> probs;
    for (std::size_t i = first; i < end && i < task.examples.size() && i < pred.tags.size(); ++i) {
        const TaskExample &ex = task.examples[i];
        for (std::size_t p = 0; p < ex.labels.size() && p < pred.tags[i].size(); ++p) {
            if (ex.labels[p] == kIgnoreLabel)
                continue;
            ids.push_back(pred.tags[i][p]);
            offsets.push_back(ex.offsets[p]);
            probs.push_back(i < pred.tagProbs.size() && p < pred.tagProbs[i].size() ? pred.tagProbs[i][p] : 1.0);
        }
    }
    return decodeBio(ids, offsets, task.labels, probs);
}

namespace {

SpanReport scoreTagging(const TaskData &task, const TaskPredictions &pred, std::vector<PredictionError> *errors)
{
    // Exact labelled spans: per label through spanMetrics, micro from summed counts. Scored per
    // sentence: the gold and predicted spans and the tags of all its windows together.
    std::map<std::string, std::vector<SentenceSpans>> byLabel;
    std::vector<TagSequence> goldTags, predTags;
    for (const auto &[first, end] : sentenceExamples(task)) {
        const std::string &id = task.examples[first].sentenceId;
        std::map<std::string, SentenceSpans> sentence;
        TagSequence g, p;
        for (std::size_t i = first; i < end; ++i) {
            const TaskExample &ex = task.examples[i];
            for (const EntitySpan &gs : ex.gold) {
                auto &s = sentence[gs.label];
                s.sentenceId = id;
                s.gold.emplace_back(gs.start, gs.end);
            }
            for (std::size_t k = 0; k < ex.labels.size(); ++k) {
                if (ex.labels[k] == kIgnoreLabel)
                    continue;
                g.push_back(task.labels[std::size_t(ex.labels[k])]);
                const std::int64_t tag = i < pred.tags.size() && k < pred.tags[i].size() ? pred.tags[i][k] : 0;
                p.push_back(tag >= 0 && std::size_t(tag) < task.labels.size() ? task.labels[std::size_t(tag)] : "O");
            }
        }
        for (const DecodedSpan &ps : predictedSpans(task, pred, first, end)) {
            auto &s = sentence[ps.label];
            s.sentenceId = id;
            s.predicted.emplace_back(ps.start, ps.end);
        }
        for (auto &[label, s] : sentence)
            byLabel[label].push_back(std::move(s));
        goldTags.push_back(std::move(g));
        predTags.push_back(std::move(p));
    }
    SpanReport r;
    r.perLabel.emplace();
    for (auto &[label, sentences] : byLabel) {
        const SpanMetrics m = spanMetrics(sentences);
        (*r.perLabel)[label] = m.prf;
        r.gold += m.goldCount;
        r.predicted += m.predictedCount;
        r.correct += m.correctCount;
        if (errors)
            for (PredictionError e : spanErrors(sentences)) {
                if (!e.gold.empty())
                    e.gold = label;
                if (!e.predicted.empty())
                    e.predicted = label;
                errors->push_back(std::move(e));
            }
    }
    r.micro = detail::prfFromCounts(r.correct, r.predicted, r.gold);
    r.f1Definition = "exact character spans with their label (SemEval-2016 slot 2 for targets)";
    auto tagging = taggingMetrics(goldTags, predTags);
    if (tagging.ok()) {
        r.tokenBio = std::move(*tagging);
        r.tokenBioDefinition = "entity F1 over the model's sub-word tokens";
    } else {
        r.tokenBioError = tagging.error();
    }
    return r;
}

ClassificationReport scoreClasses(const TaskData &task, const TaskPredictions &pred,
                                  std::vector<PredictionError> *errors)
{
    std::vector<std::string> gold, predicted, ids;
    for (std::size_t i = 0; i < task.examples.size(); ++i) {
        const TaskExample &ex = task.examples[i];
        if (ex.label < 0)
            continue;
        gold.push_back(task.labels[std::size_t(ex.label)]);
        const std::int64_t c = i < pred.classes.size() ? pred.classes[i] : 0;
        predicted.push_back(task.labels[std::size_t(c)]);
        ids.push_back(ex.sentenceId);
    }
    ClassificationReport r;
    r.kind = taskKindName(task.kind);
    auto m = classificationMetrics(gold, predicted, task.labels);
    if (!m.ok()) {
        r.error = m.error();
        return r;
    }
    r.metrics = std::move(*m);
    if (errors) {
        // Sentiment errors carry the target span so the GUI can highlight it.
        std::size_t row = 0;
        for (const TaskExample &ex : task.examples) {
            if (ex.label < 0)
                continue;
            if (gold[row] != predicted[row]) {
                PredictionError e;
                e.sentenceId = ids[row];
                e.gold = gold[row];
                e.predicted = predicted[row];
                e.hasSpan = ex.target.end > ex.target.start;
                e.start = ex.target.start;
                e.end = ex.target.end;
                errors->push_back(std::move(e));
            }
            ++row;
        }
    }
    return r;
}

// A baseline's span scores in the report's shape.
SpanReport baselineSpans(const SpanMetrics &m, std::map<std::string, Prf> perLabel, const TaggingMetrics &unitBio,
                         std::string f1Definition)
{
    SpanReport r;
    r.micro = m.prf;
    r.gold = m.goldCount;
    r.predicted = m.predictedCount;
    r.correct = m.correctCount;
    r.perLabel = std::move(perLabel);
    r.f1Definition = std::move(f1Definition);
    r.tokenBio = unitBio;
    r.tokenBioDefinition = "entity F1 over the baseline's sub-word units";
    return r;
}

// Slot 1 of the sentence categories whose probability reaches 0.5; slot 1+2 with them as
// NULL-target opinions against every gold opinion (this head finds no targets).
CategoryReport scoreCategorySets(const TaskData &task, const TaskPredictions &pred,
                                 std::vector<PredictionError> *errors)
{
    std::vector<CategorySentence> sentences;
    for (std::size_t i = 0; i < task.examples.size(); ++i) {
        const TaskExample &ex = task.examples[i];
        CategorySentence cs{ex.sentenceId, {}, {}};
        for (const EntitySpan &g : ex.gold)
            cs.gold.push_back({g.label, g.end <= g.start, g.start, g.end});
        if (i < pred.classProbs.size())
            for (std::size_t l = 0; l < pred.classProbs[i].size() && l < task.labels.size(); ++l)
                if (pred.classProbs[i][l] >= 0.5)
                    cs.predicted.push_back({task.labels[l], true, 0, 0});
        sentences.push_back(std::move(cs));
    }
    CategoryReport r;
    r.scores = scoreCategories(sentences);
    r.f1Definition = "unique (sentence, category) pairs (SemEval-2016 slot 1); slot12: the sentence categories as "
                     "NULL-target opinions";
    if (errors)
        *errors = std::move(r.scores.errors);
    r.scores.errors.clear();
    return r;
}

} // namespace

TaskReport scoreTask(const TaskData &task, const TaskPredictions &pred, std::vector<PredictionError> *errors)
{
    if (task.kind == TaskKind::Tagging)
        return scoreTagging(task, pred, errors);
    if (task.kind == TaskKind::Categories)
        return scoreCategorySets(task, pred, errors);
    return scoreClasses(task, pred, errors);
}

TaskReports baselineReports(const BaselineEvaluation &e)
{
    TaskReports out;
    if (e.hasTargets)
        out.emplace("targets", baselineSpans(e.targets, {{"TARGET", e.targets.prf}}, e.unitBio,
                                             "exact character spans (SemEval-2016 slot 2)"));
    if (e.hasSentiment) {
        ClassificationReport sentiment;
        sentiment.kind = "target_sentiment";
        sentiment.metrics = e.sentiment;
        sentiment.definition = "polarity of each GOLD target (SemEval-2016 slot 3)";
        out.emplace("sentiment", std::move(sentiment));
    }
    if (e.hasEntities) {
        std::map<std::string, Prf> perLabel;
        for (const auto &[label, m] : e.entitiesPerLabel)
            perLabel[label] = m.prf;
        out.emplace("ner", baselineSpans(e.entities, std::move(perLabel), e.entityUnitBio,
                                         "exact character spans with their label"));
    }
    return out;
}

} // namespace mizan
