#include "predict/evaluator.h"

#include <deque>

#include "baseline/baselineeval.h"
#include "baseline/baselinemodel.h"
#include "corpus/corpusfiles.h"
#include "corpus/datasplit.h"
#include "predict/categorizer.h"
#include "tasks/taskscore.h"
#include "rundir/rundir.h"

namespace mizan {

namespace {

using nlohmann::json;

// Whether the sentences have anything `baseline` can be scored on.
bool scorable(const BaselineModel &baseline, const std::vector<const Sentence *> &sentences)
{
    bool anyTarget = false, anyEntity = false;
    for (const Sentence *s : sentences) {
        anyEntity = anyEntity || !s->entities.empty();
        for (const Opinion &o : s->opinions)
            anyTarget = anyTarget || (!o.isNull && o.to > o.from);
    }
    return (anyTarget && (baseline.hasTargets() || baseline.hasSentiment())) ||
           (anyEntity && !baseline.entityLabels().empty());
}

// The linear baseline trained beside a transformer, scored the same way; null when there is
// none or nothing to score it on.
Result<json> runBaselineReport(const std::string &modelDir, const std::vector<const Sentence *> &sentences)
{
    const std::string dir = findRunBaseline(modelDir);
    if (dir.empty())
        return json();
    auto baseline = BaselineModel::load(dir);
    if (!baseline || !scorable(*baseline, sentences))
        return json();
    auto ev = evaluateBaseline(*baseline, sentences);
    if (!ev)
        return Result<json>(ev.status());
    return json{{"model", dir}, {"tasks", baselineToJson(*ev)}};
}

// model / baseline for each headline metric both report.
json ratios(const json &tasks, const json &baselineTasks)
{
    json ratio = json::object();
    for (const auto &[task, bt] : baselineTasks.items()) {
        if (!tasks.contains(task))
            continue;
        for (const char *k : {"f1", "accuracy", "macro_f1"})
            if (bt.contains(k) && tasks[task].contains(k) && bt[k].get<double>() > 0)
                ratio[task][k] = tasks[task][k].get<double>() / bt[k].get<double>();
    }
    return ratio;
}

} // namespace

Result<json> evaluateModel(const PredictBackend &backend, const EvalRequest &request, ErrorsByTask *errors)
{
    const auto loaded = importCorpora(request.corpora);
    if (!loaded)
        return Result<json>(loaded.status());
    const double fraction = request.training.value("dev_fraction", 0.1);
    const std::uint64_t seed = request.training.value("seed", std::uint64_t(13));
    std::deque<Corpus> parts;
    std::vector<const Sentence *> sentences;
    for (const Corpus &c : *loaded) {
        const Corpus *part = &c;
        if (request.devSplitOnly) {
            parts.push_back(splitTrainDev(c, fraction, seed).second);
            part = &parts.back();
        }
        for (const Document &d : part->documents)
            for (const Sentence &s : d.sentences)
                sentences.push_back(&s);
    }
    auto tasks = backend.scoreTasks(sentences, errors);
    if (!tasks)
        return tasks;
    if (const CategoryModel *categories = backend.categories())
        (*tasks)["categories"] = scoreCategoryTask(backend, *categories, sentences, errors ? &(*errors)["categories"] : nullptr);
    json out = {{"model", request.modelDir}, {"model_kind", backend.kind()}, {"corpora", request.corpora},
                {"split", request.devSplitOnly ? "dev" : "all"}, {"sentences", sentences.size()}, {"tasks", *tasks}};
    if (std::string(backend.kind()) == "baseline")
        return out;
    auto baseline = runBaselineReport(request.modelDir, sentences);
    if (!baseline)
        return baseline;
    if (!baseline->is_null()) {
        out["baseline"] = *baseline;
        out["model_vs_baseline"] = ratios(*tasks, (*baseline)["tasks"]);
    }
    return out;
}

} // namespace mizan
