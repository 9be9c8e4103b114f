#include "tasks/taskscore.h"

#include <map>
#include <set>

#include "baseline/baselineeval.h"
#include "eval/classificationmetrics.h"
#include "eval/entitymetrics.h"
#include "eval/evaljson.h"
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
            if (ex.labels[p] == -100)
                continue;
            ids.push_back(pred.tags[i][p]);
            offsets.push_back(ex.offsets[p]);
            probs.push_back(i < pred.tagProbs.size() && p < pred.tagProbs[i].size() ? pred.tagProbs[i][p] : 1.0);
        }
    }
    return decodeBio(ids, offsets, task.labels, probs);
}

namespace {

nlohmann::json scoreTagging(const TaskData &task, const TaskPredictions &pred, double *headline,
                            std::vector<PredictionError> *errors)
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
                if (ex.labels[k] == -100)
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
    std::size_t gold = 0, predicted = 0, correct = 0;
    nlohmann::json perLabel = nlohmann::json::object();
    for (auto &[label, sentences] : byLabel) {
        const SpanMetrics m = spanMetrics(sentences);
        perLabel[label] = prfToJson(m.prf);
        gold += m.goldCount;
        predicted += m.predictedCount;
        correct += m.correctCount;
        if (errors)
            for (PredictionError e : spanErrors(sentences)) {
                if (!e.gold.empty())
                    e.gold = label;
                if (!e.predicted.empty())
                    e.predicted = label;
                errors->push_back(std::move(e));
            }
    }
    const double p = predicted ? double(correct) / double(predicted) : 0.0;
    const double r = gold ? double(correct) / double(gold) : 0.0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    nlohmann::json j = {{"kind", "tagging"},  {"precision", p}, {"recall", r},
                        {"f1", f},            {"gold", gold},   {"predicted", predicted},
                        {"correct", correct}, {"per_label", perLabel},
                        {"f1_definition", "exact character spans with their label (SemEval-2016 slot 2 for targets)"}};
    auto tagging = taggingMetrics(goldTags, predTags);
    if (tagging.ok()) {
        j["token_accuracy"] = tagging->tokenAccuracy;
        j["token_bio"] = taggingToJson(*tagging);
        j["token_bio"]["definition"] = "entity F1 over the model's sub-word tokens";
    } else {
        j["token_accuracy"] = nullptr;
        j["token_bio_error"] = tagging.error();
    }
    if (headline)
        *headline = f;
    return j;
}

nlohmann::json scoreClasses(const TaskData &task, const TaskPredictions &pred, double *headline,
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
    auto m = classificationMetrics(gold, predicted, task.labels);
    if (!m.ok())
        return {{"kind", taskKindName(task.kind)}, {"error", m.error()}};
    nlohmann::json j = classificationToJson(*m);
    j["kind"] = taskKindName(task.kind);
    if (headline)
        *headline = (m->accuracy + m->macro.f1) / 2;
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
    return j;
}

} // namespace

nlohmann::json scoreTask(const TaskData &task, const TaskPredictions &pred, double *headline,
                         std::vector<PredictionError> *errors)
{
    if (task.kind == TaskKind::Tagging)
        return scoreTagging(task, pred, headline, errors);
    return scoreClasses(task, pred, headline, errors);
}

nlohmann::json baselineToJson(const BaselineEvaluation &e, double *headline)
{
    nlohmann::json out = nlohmann::json::object();
    double sum = 0;
    int parts = 0;
    if (e.hasTargets) {
        nlohmann::json targets = spanMetricsToJson(e.targets);
        targets["kind"] = "tagging";
        targets["token_accuracy"] = e.unitBio.tokenAccuracy;
        targets["per_label"] = {{"TARGET", prfToJson(e.targets.prf)}};
        targets["token_bio"] = taggingToJson(e.unitBio);
        targets["token_bio"]["definition"] = "entity F1 over the baseline's sub-word units";
        targets["f1_definition"] = "exact character spans (SemEval-2016 slot 2)";
        out["targets"] = targets;
        sum += e.targets.prf.f1;
        ++parts;
    }
    if (e.hasSentiment) {
        nlohmann::json sentiment = classificationToJson(e.sentiment);
        sentiment["kind"] = "target_sentiment";
        sentiment["definition"] = "polarity of each GOLD target (SemEval-2016 slot 3)";
        out["sentiment"] = sentiment;
        sum += (e.sentiment.accuracy + e.sentiment.macro.f1) / 2;
        ++parts;
    }
    if (e.hasEntities) {
        nlohmann::json perLabel = nlohmann::json::object();
        for (const auto &[label, m] : e.entitiesPerLabel)
            perLabel[label] = prfToJson(m.prf);
        nlohmann::json ner = {{"kind", "tagging"},
                              {"precision", e.entities.prf.precision},
                              {"recall", e.entities.prf.recall},
                              {"f1", e.entities.prf.f1},
                              {"gold", e.entities.goldCount},
                              {"predicted", e.entities.predictedCount},
                              {"correct", e.entities.correctCount},
                              {"per_label", perLabel},
                              {"token_accuracy", e.entityUnitBio.tokenAccuracy},
                              {"token_bio", taggingToJson(e.entityUnitBio)},
                              {"f1_definition", "exact character spans with their label"}};
        ner["token_bio"]["definition"] = "entity F1 over the baseline's sub-word units";
        out["ner"] = ner;
        sum += e.entities.prf.f1;
        ++parts;
    }
    if (headline)
        *headline = parts ? sum / parts : 0.0;
    return out;
}

} // namespace mizan
