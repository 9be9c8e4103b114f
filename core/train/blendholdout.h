#pragma once
// INTERNAL to core/train (torch): preset ensemble_baseline "auto". The run holds a seeded tenth
// of its training reviews out of the transformer's training (runinputs.h, TaskSource::heldOut);
// an auxiliary linear baseline learns from the rest; each time the run saves a new best model
// it blends that model's polarity of the held-out targets with the auxiliary baseline's on the
// grid 0, 0.1, ..., 1 and keeps the best weight (tasks/polarityblend.h) in the run state, so
// the model's training.json carries the weight chosen for it ("ensemble_choice"). The dev data
// plays no part in the choice.
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tasks/taskdata.h"
#include "train/runinputs.h"

namespace mizan {

struct RunSetup;

struct BlendHoldout {
    TaskData data;                              // the held-out targets of the target sentiment task
    std::vector<std::vector<double>> baseline;  // the auxiliary baseline's polarity of each
    std::size_t sentences = 0;                  // held-out sentences
};

// The held-out targets with the auxiliary baseline's answers, or nullptr when the run holds
// nothing out (a fixed weight, no target sentiment task, too few reviews). Throws JobError when
// the auxiliary baseline cannot be trained or is cancelled.
std::unique_ptr<BlendHoldout> prepareBlendHoldout(const RunContext &ctx, const RunSetup &s,
                                                  const TaskSources &sources);

// The weight for the model as it is now (in eval mode, the weight average swapped in), put in
// s.state.blendChoice. Nothing without a holdout.
void chooseRunBlend(RunSetup &s);

// One line for the run's log: the chosen weight, what it scored and what the ends scored.
std::string blendChoiceSummary(const nlohmann::json &choice);

} // namespace mizan
