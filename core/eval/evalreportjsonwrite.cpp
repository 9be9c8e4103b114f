// The writing half of the one JSON form of the evaluation report (evalreportjson.h).
#include "eval/evalreportjson.h"

#include "eval/evaljson.h"

namespace mizan {

using nlohmann::json;

// ---- writing ----

namespace {

void addNotes(json &j, const TaskReportNotes &n)
{
    if (!n.definition.empty())
        j["definition"] = n.definition;
    if (n.examples)
        j["examples"] = *n.examples;
    if (n.ensemble) {
        const EnsembleReport &e = *n.ensemble;
        if (e.spans)
            j["ensemble"] = {{"transformer_weight", e.weight},
                             {"definition", e.definition},
                             {"transformer_only",
                              {{"precision", e.alone.precision}, {"recall", e.alone.recall}, {"f1", e.alone.f1}}}};
        else
            j["ensemble"] = {{"baseline_weight", e.weight},
                             {"definition", e.definition},
                             {"transformer_only", {{"accuracy", e.accuracy}, {"macro_f1", e.macroF1}}}};
    }
    if (n.errors)
        j["errors"] = errorsToJson(*n.errors);
}

} // namespace

json reportToJson(const ClassificationReport &r)
{
    json j = r.error.empty() ? classificationToJson(r.metrics) : json{{"error", r.error}};
    j["kind"] = r.kind;
    addNotes(j, r);
    return j;
}

json reportToJson(const SpanReport &r)
{
    json j = {{"kind", r.kind},        {"precision", r.micro.precision}, {"recall", r.micro.recall},
              {"f1", r.micro.f1},      {"gold", r.gold},                 {"predicted", r.predicted},
              {"correct", r.correct}};
    if (r.perLabel) {
        json perLabel = json::object();
        for (const auto &[label, prf] : *r.perLabel)
            perLabel[label] = prfToJson(prf);
        j["per_label"] = std::move(perLabel);
    }
    if (!r.f1Definition.empty())
        j["f1_definition"] = r.f1Definition;
    if (r.tokenBio) {
        j["token_accuracy"] = r.tokenBio->tokenAccuracy;
        j["token_bio"] = taggingToJson(*r.tokenBio);
        if (!r.tokenBioDefinition.empty())
            j["token_bio"]["definition"] = r.tokenBioDefinition;
    } else if (!r.tokenBioError.empty()) {
        j["token_accuracy"] = nullptr;
        j["token_bio_error"] = r.tokenBioError;
    }
    addNotes(j, r);
    return j;
}

json reportToJson(const CategoryReport &r)
{
    json j = categoryScoresToJson(r.scores);
    j["kind"] = r.kind;
    j["precision"] = r.scores.slot1.precision;
    j["recall"] = r.scores.slot1.recall;
    j["f1"] = r.scores.slot1.f1;
    if (!r.f1Definition.empty())
        j["f1_definition"] = r.f1Definition;
    addNotes(j, r);
    return j;
}

json reportToJson(const TaskReport &r)
{
    return std::visit([](const auto &report) { return reportToJson(report); }, r);
}

json reportToJson(const TaskReports &r)
{
    json j = json::object();
    for (const auto &[name, report] : r)
        j[name] = reportToJson(report);
    return j;
}

json reportToJson(const BaselineReport &r)
{
    return {{"model", r.model}, {"tasks", reportToJson(r.tasks)}};
}

json reportToJson(const EvalReport &r)
{
    json j = {{"model", r.model},         {"model_kind", r.modelKind}, {"corpora", r.corpora},
              {"split", r.split},         {"sentences", r.sentences},  {"tasks", reportToJson(r.tasks)}};
    if (r.baseline) {
        j["baseline"] = reportToJson(*r.baseline);
        json ratios = json::object();
        for (const auto &[task, metrics] : r.modelVsBaseline)
            for (const auto &[metric, value] : metrics)
                ratios[task][metric] = value;
        j["model_vs_baseline"] = std::move(ratios);
    }
    return j;
}

} // namespace mizan
