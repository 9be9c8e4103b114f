#pragma once
// INTERNAL to core/train (torch): everything a run builds before its first update: the
// tokenizer, the task data, the model, the optimizer, class weights, the batch sampling, the
// weight average and the run's state. Two factories build it: a fresh run (vocabulary or
// encoder, new heads, the baseline beside it) and a resumed one (all of it read back from a
// checkpoint). The checkpoint side (training.json, save, restore) is in runcheckpoint.h.
#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/multitaskmodel.h"
#include "tokenize/wordpiece.h"
#include "train/batching.h"
#include "train/blendholdout.h"
#include "train/runinputs.h"
#include "train/runstate.h"
#include "train/sampler.h"
#include "tasks/taskdata.h"
#include "rundir/rundir.h"
#include "train/weightaverage.h"

namespace mizan {

struct RunSetup {
    torch::Device device{torch::kCPU};
    TextSettings text;
    std::unique_ptr<WordPieceTokenizer> tokenizer;
    std::map<std::string, std::string> tokenizerFiles;  // saved with every checkpoint
    std::vector<TaskData> train, dev;                   // one of each per task, same order
    MultitaskModel model{nullptr};
    std::unique_ptr<torch::optim::AdamW> optimizer;
    std::map<std::string, torch::Tensor> classWeights;  // per classification task (preset class_weights)
    std::unique_ptr<TaskSampler> sampler;               // which task each batch comes from
    std::vector<BatchCursor> cursors;                   // one per task
    std::unique_ptr<WeightAverage> average;             // preset ema_decay > 0: what is evaluated and saved
    std::size_t globalBatch = 1;                        // examples per update, over all ranks
    // A data-parallel run: every rank's random generators (rngStateJson()) by rank, gathered
    // before rank 0 saves a resumable state, so each rank resumes its own dropout stream.
    std::vector<std::string> rankRng;
    std::string resumedFrom;                            // the state folder a resumed run started from
    std::string initVectorsSha256;                      // preset init_vectors: the vectors' checksum
    std::string initVectorsReport;                      // and what was set from them
    std::unique_ptr<BlendHoldout> blendHoldout;         // ensemble_baseline "auto" (rank 0 only)
    RunState state;
};

// A new run of ctx.params (not the baseline-only run, see baselineonly.h).
std::unique_ptr<RunSetup> freshRun(const RunContext &ctx, const RunInputs &inputs);
// A run continued from ctx.params.resumeDir (a run folder or its last/ state).
std::unique_ptr<RunSetup> resumedRun(const RunContext &ctx, const RunInputs &inputs);

} // namespace mizan
