#include "train/baselineonly.h"

#include <filesystem>

#include "common/atomicfile.h"
#include "eval/evalreportjson.h"
#include "train/jobguard.h"

namespace mizan {

TrainSummary runBaselineOnly(const RunContext &ctx, const RunInputs &inputs)
{
    const TrainParams &params = ctx.params;
    TrainSummary summary;
    summary.modelDir = bestModelDir(params.outDir);
    std::optional<TaskReports> metrics;
    if (!trainRunBaseline(ctx, inputs.corpora->sources, summary.modelDir, metrics))
        throw JobError(
            ErrorCode::InvalidArgument,
            "--encoder baseline learns opinion targets, their sentiment and entities: the corpora have none");
    summary.reason = ctx.stopping() ? StopReason::Cancelled : StopReason::Completed;
    summary.seconds = ctx.elapsedSeconds();
    const nlohmann::json training = {{"encoder", "baseline"},
                                     {"seed", params.seed},
                                     {"dev_fraction", params.devFraction},
                                     {"train_corpora", params.trainCorpora},
                                     {"baseline_metrics", metrics ? reportToJson(*metrics) : nlohmann::json()}};
    const std::string path = (std::filesystem::path(summary.modelDir) / "training.json").string();
    if (Status st = writeFileAtomic(path, training.dump(2)); !st)
        throw JobError(st.code(), st.message());
    if (ctx.observer)
        ctx.observer->onFinished({eventNow(), 0, summary.reason, 0, 0, summary.modelDir, summary.seconds});
    return summary;
}

} // namespace mizan
