#pragma once
// Target polarity blended with the linear baseline's: p = (1 - w) * transformer + w * baseline,
// and the choice of w on held-out training targets (a run with preset ensemble_baseline
// "auto"). Shared by prediction (predict/ensemble.h) and training (train/blendholdout.h).
// Torch-free.
#include <cstddef>
#include <vector>

#include <nlohmann/json.hpp>

#include "baseline/baselinemodel.h"
#include "tasks/taskdata.h"
#include "tasks/taskscore.h"

namespace mizan {

// The baseline's polarity probabilities of each target example of `d`, in the order of
// d.labels (0 for a label the baseline lacks); empty where the baseline cannot answer (a bad
// span). The targets of one sentence go to the baseline together (the sentence prepared once).
std::vector<std::vector<double>> baselinePolarityProbs(const BaselineModel &baseline, const TaskData &d);

// p.classProbs[i] := (1 - w) * p.classProbs[i] + w * baseline[i] and p.classes[i] its argmax,
// for every example with baseline probabilities.
void blendPolarities(TaskPredictions &p, const std::vector<std::vector<double>> &baseline, double weight);

struct BlendCandidate {
    double weight = 0;
    double accuracy = 0, macroF1 = 0;
};

struct BlendChoice {
    double weight = 0;                        // the chosen baseline weight
    std::size_t examples = 0;                 // held-out targets it was chosen on
    std::vector<BlendCandidate> candidates;   // every weight tried, in grid order
};

// The grid 0, 0.1, ..., 1 of the baseline's weight, each scored on `d` (gold polarities) with
// `transformer` blended with `baseline`; the weight with the highest accuracy + macro-F1 wins,
// and among tied weights the middle one (the lower of two middles: a plateau's centre is the
// safest guess off the held-out data). `d` must be held-out training data, never the dev data
// the run reports.
BlendChoice chooseBlendWeight(const TaskData &d, const TaskPredictions &transformer,
                              const std::vector<std::vector<double>> &baseline);

// {"blend_weight", "held_out_targets", "criterion", "candidates": [{"weight", "accuracy",
// "macro_f1"}, ...]}: what training.json keeps as "ensemble_choice".
nlohmann::json blendChoiceToJson(const BlendChoice &choice);

} // namespace mizan
