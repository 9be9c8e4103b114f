#include "train/baselinerun.h"

#include "baseline/baselineeval.h"
#include "train/categoryrun.h"
#include "train/jobguard.h"
#include "tasks/taskscore.h"

namespace mizan {

BaselineRun runBaseline(const BaselineRunData &data, const BaselineOptions &options, const std::string &dir,
                        const std::atomic<bool> *stop)
{
    BaselineRun run;
    if (data.opinionTrain.empty() && data.entityTrain.empty())
        return run;
    auto model = BaselineModel::train(data.opinionTrain, data.entityTrain, options, {}, stop);
    if (!model && model.status().code() == ErrorCode::InvalidArgument)
        return run;  // nothing it can learn (e.g. no explicit targets, no entities)
    if (!model)
        throw JobError(model.status().code(), "baseline: " + model.error());
    if (Status st = model->save(dir); !st)
        throw JobError(st.code(), "baseline: " + st.message());
    run.trained = true;
    BaselineEvaluation ev;
    if (!data.opinionDev.empty() && (model->hasTargets() || model->hasSentiment()))
        if (auto a = evaluateBaseline(*model, data.opinionDev)) {
            ev = std::move(*a);
            ev.hasEntities = false;
        }
    if (!data.entityDev.empty() && !model->entityLabels().empty())
        if (auto b = evaluateBaseline(*model, data.entityDev)) {
            ev.hasEntities = true;
            ev.entities = b->entities;
            ev.entitiesPerLabel = b->entitiesPerLabel;
            ev.entityUnitBio = b->entityUnitBio;
        }
    const CategoryRun categories =
        runBaselineCategories(data.opinionTrain, data.opinionDev, &*model, options, dir, stop);
    if (!(ev.hasTargets || ev.hasSentiment || ev.hasEntities || categories.report.has_value()))
        return run;
    run.metrics = baselineReports(ev);
    if (categories.report)
        (*run.metrics)["categories"] = *categories.report;
    run.summary = "baseline on dev:";
    if (ev.hasTargets)
        run.summary += " targets F1 " + std::to_string(ev.targets.prf.f1);
    if (ev.hasSentiment)
        run.summary += " sentiment accuracy " + std::to_string(ev.sentiment.accuracy) + ", macro-F1 " +
                       std::to_string(ev.sentiment.macro.f1);
    if (ev.hasEntities)
        run.summary += " entities F1 " + std::to_string(ev.entities.prf.f1);
    run.summary += categories.summary;
    return run;
}

} // namespace mizan
