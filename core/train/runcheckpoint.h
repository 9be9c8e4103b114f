#pragma once
// INTERNAL to core/train (torch): a run's checkpoints. training.json holds the run's
// description (seed, encoder, preset, text settings, tasks, corpora), its RunState, and what
// makes a resumed run draw the same batches as an uninterrupted one (sampler, cursors, torch
// RNG).
#include <string>

#include <nlohmann/json.hpp>

#include "train/runcontext.h"
#include "train/runsetup.h"

namespace mizan {

nlohmann::json trainingJson(const TrainParams &params, const RunSetup &setup);

// The model (and, `withOptimizer`, the optimizer and weight average: a resumable state) in
// `dir`, atomically; reported as a CheckpointEvent. Throws JobError.
void saveRun(const RunContext &ctx, const RunSetup &setup, const std::string &dir, bool withOptimizer);

// The state, sampler, cursors and torch RNG of a saved training.json. Throws JobError.
void restoreRun(RunSetup &setup, const nlohmann::json &training);

} // namespace mizan
