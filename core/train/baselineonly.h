#pragma once
// INTERNAL to core/train: the baseline-only run (`--encoder baseline`): the linear baseline
// trained on the run's split and saved as the run's model, with a training.json of its own.
#include "train/runinputs.h"

namespace mizan {

// Throws JobError when the corpora give the baseline nothing to learn.
TrainSummary runBaselineOnly(const RunContext &ctx, const RunInputs &inputs);

} // namespace mizan
