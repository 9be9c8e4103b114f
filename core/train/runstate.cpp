#include "train/runstate.h"

#include "eval/evalreportjson.h"

namespace mizan {

nlohmann::json RunState::toJson() const
{
    nlohmann::json j = {{"step", step},
            {"batches_drawn", batchesDrawn},
            {"total_steps", totalSteps},
            {"steps_per_epoch", stepsPerEpoch},
            {"best_score", selection.bestScore()},
            {"best_step", selection.bestStep()},
            {"evals_without_gain", selection.evalsWithoutGain()},
            {"metrics", reportToJson(lastMetrics)},
            {"baseline_metrics", baselineMetrics ? reportToJson(*baselineMetrics) : nlohmann::json::object()}};
    if (!blendChoice.is_null())
        j["ensemble_choice"] = blendChoice;
    return j;
}

void RunState::restore(const nlohmann::json &training)
{
    step = training.value("step", std::size_t(0));
    batchesDrawn = training.value("batches_drawn", step);
    totalSteps = training.value("total_steps", totalSteps);
    selection = ModelSelection(training.value("best_score", -1.0), training.value("best_step", std::size_t(0)),
                               training.value("evals_without_gain", std::size_t(0)));
    blendChoice = training.value("ensemble_choice", nlohmann::json());
}

} // namespace mizan
