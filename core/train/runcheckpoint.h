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
// Rank `rank` of a `world`-rank run takes its own generators from "rank_rng" when the run
// was saved with as many ranks; otherwise rank 0 takes the saved ones and the others are
// reseeded from the seed, their rank and the step (reproducible, not the interrupted run's).
void restoreRun(RunSetup &setup, const nlohmann::json &training, int rank = 0, int world = 1);

// This process's generators as JSON text: the CPU one, and the GPU's when `device` is one.
std::string rngStateJson(const torch::Device &device);

// Seeds this rank's generators apart from the other ranks' (dropout masks differ between
// ranks, and are the same again when the run is repeated); rank 0 keeps its stream, so a
// one-process run is unchanged. Called once the model's weights are drawn (they must be the
// same on every rank). `step` > 0: a resumed run without its rank's saved state.
void seedRank(std::uint64_t seed, int rank, std::size_t step = 0);

} // namespace mizan
