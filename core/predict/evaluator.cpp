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

// The linear baseline trained beside a transformer, scored the same way; none when there is
// none or nothing to score it on.
Result<std::optional<BaselineReport>> runBaselineReport(const std::string &modelDir,
                                                        const std::vector<const Sentence *> &sentences)
{
    const std::string dir = findRunBaseline(modelDir);
    if (dir.empty())
        return std::optional<BaselineReport>();
    auto baseline = BaselineModel::load(dir);
    if (!baseline || !scorable(*baseline, sentences))
        return std::optional<BaselineReport>();
    auto ev = evaluateBaseline(*baseline, sentences);
    if (!ev)
        return ev.status();
    return std::optional<BaselineReport>(BaselineReport{dir, baselineReports(*ev)});
}

// model / baseline for each headline metric both report.
std::map<std::string, std::map<std::string, double>> ratios(const TaskReports &tasks, const TaskReports &baseline)
{
    std::map<std::string, std::map<std::string, double>> ratio;
    for (const auto &[task, b] : baseline) {
        auto it = tasks.find(task);
        if (it == tasks.end())
            continue;
        for (const char *k : {"f1", "accuracy", "macro_f1"}) {
            const auto bv = reportMetric(b, k), mv = reportMetric(it->second, k);
            if (bv && mv && *bv > 0)
                ratio[task][k] = *mv / *bv;
        }
    }
    return ratio;
}

} // namespace

Result<EvalReport> evaluateModel(const PredictBackend &backend, const EvalRequest &request, ErrorsByTask *errors)
{
    const auto loaded = importCorpora(request.corpora);
    if (!loaded)
        return loaded.status();
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
        return tasks.status();
    EvalReport out;
    out.model = request.modelDir;
    out.modelKind = backend.kind();
    out.corpora = request.corpora;
    out.split = request.devSplitOnly ? "dev" : "all";
    out.sentences = sentences.size();
    out.tasks = std::move(*tasks);
    if (backend.hasCategories())
        out.tasks["categories"] = scoreCategoryTask(backend, sentences, errors ? &(*errors)["categories"] : nullptr);
    if (out.modelKind == "baseline")
        return out;
    auto baseline = runBaselineReport(request.modelDir, sentences);
    if (!baseline)
        return baseline.status();
    if (*baseline) {
        out.modelVsBaseline = ratios(out.tasks, (*baseline)->tasks);
        out.baseline = std::move(**baseline);
    }
    return out;
}

} // namespace mizan
