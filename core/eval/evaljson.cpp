#include "eval/evaljson.h"

namespace mizan {

nlohmann::json prfToJson(const Prf &prf)
{
    return {{"precision", prf.precision}, {"recall", prf.recall}, {"f1", prf.f1},
            {"support", prf.support}};
}

nlohmann::json classificationToJson(const ClassificationMetrics &m)
{
    nlohmann::json perClass = nlohmann::json::object();
    nlohmann::json confusion = nlohmann::json::object();
    for (std::size_t i = 0; i < m.labels.size(); ++i) {
        perClass[m.labels[i]] = prfToJson(m.perClass[i]);
        nlohmann::json row = nlohmann::json::object();
        for (std::size_t j = 0; j < m.labels.size(); ++j)
            row[m.labels[j]] = m.confusion[i][j];
        confusion[m.labels[i]] = std::move(row);
    }
    return {{"accuracy", m.accuracy},       {"macro_f1", m.macro.f1},
            {"weighted_f1", m.weighted.f1}, {"macro", prfToJson(m.macro)},
            {"weighted", prfToJson(m.weighted)}, {"count", m.count},
            {"labels", m.labels},           {"per_class", std::move(perClass)},
            {"confusion", std::move(confusion)}};
}

nlohmann::json entityMetricsToJson(const EntityMetrics &m)
{
    nlohmann::json perLabel = nlohmann::json::object();
    for (std::size_t i = 0; i < m.types.size(); ++i)
        perLabel[m.types[i]] = prfToJson(m.perType[i]);
    return {{"scheme", entitySchemeName(m.scheme)},
            {"precision", m.micro.precision},
            {"recall", m.micro.recall},
            {"f1", m.micro.f1},
            {"macro", prfToJson(m.macro)},
            {"weighted", prfToJson(m.weighted)},
            {"per_label", std::move(perLabel)},
            {"gold", m.goldCount},
            {"predicted", m.predictedCount},
            {"correct", m.correctCount}};
}

nlohmann::json taggingToJson(const TaggingMetrics &m)
{
    nlohmann::json conll = entityMetricsToJson(m.conlleval);
    return {{"precision", m.conlleval.micro.precision},
            {"recall", m.conlleval.micro.recall},
            {"f1", m.conlleval.micro.f1},
            {"token_accuracy", m.tokenAccuracy},
            {"per_label", conll["per_label"]},
            {"conlleval", conll},
            {"strict_iob2", entityMetricsToJson(m.strict)}};
}

nlohmann::json errorsToJson(const std::vector<PredictionError> &errors)
{
    nlohmann::json out = nlohmann::json::array();
    for (const PredictionError &e : errors) {
        nlohmann::json j = {{"sentence_id", e.sentenceId}, {"gold", e.gold}, {"predicted", e.predicted}};
        if (e.hasSpan) {
            j["start"] = e.start;
            j["end"] = e.end;
        }
        out.push_back(std::move(j));
    }
    return out;
}

} // namespace mizan
