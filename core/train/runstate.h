#pragma once
// INTERNAL to core/train: the progress of a run, saved in every checkpoint's training.json and
// read back by --resume. Torch-free.
#include <cstddef>

#include <nlohmann/json.hpp>

#include "eval/evalreport.h"
#include "train/modelselection.h"

namespace mizan {

struct RunState {
    std::size_t step = 0;          // optimizer updates made
    std::size_t batchesDrawn = 0;  // batches drawn, skipped (non-finite) ones included
    std::size_t totalSteps = 1;    // the run length (fitted to the time budget as it goes)
    std::size_t stepsPerEpoch = 1;
    ModelSelection selection;
    TaskReports lastMetrics;                    // the last evaluation, by task
    std::optional<TaskReports> baselineMetrics;  // the linear baseline's, when trained
    // Preset ensemble_baseline "auto": the blend weight chosen for the model last saved as the
    // best (blendholdout.h), null before or without one.
    nlohmann::json blendChoice;

    // "step", "batches_drawn", "total_steps", "steps_per_epoch", "best_score", "best_step",
    // "evals_without_gain", "metrics", "baseline_metrics" ({} when none), "ensemble_choice"
    // (only with a choice).
    nlohmann::json toJson() const;
    // Reads the progress and the blend choice back from a saved training.json. The run length
    // keeps its current value when the file has none; the metrics are not read back (the next
    // evaluation and the run's own baseline set them).
    void restore(const nlohmann::json &training);
};

} // namespace mizan
