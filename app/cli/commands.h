#pragma once
// Each subcommand of `mizan` registers itself on the root CLI::App. A command's callback
// reports failure by throwing CLI::RuntimeError(message, exitCode) after printing the message
// to stderr; it never lets another exception escape.
#include <CLI/CLI.hpp>

#include <string>

#include "baseline/baselinemodel.h"
#include "runtime/devicename.h"

namespace mizan::cli {

// Subcommand registration, one per cmd_<name>.cpp.
void addCleanCommand(CLI::App &app);  // cmd_clean.cpp
void addTokenizeCommand(CLI::App &app);  // cmd_tokenize.cpp
void addStatsCommand(CLI::App &app);  // cmd_stats.cpp
void addEncodeCommand(CLI::App &app);  // cmd_encode.cpp
void addBaselineCommand(CLI::App &app);  // cmd_baseline.cpp
void addTrainCommand(CLI::App &app);  // cmd_train.cpp
void addEvalCommand(CLI::App &app);  // cmd_eval.cpp
void addPredictCommand(CLI::App &app);  // cmd_predict.cpp
void addExportCommand(CLI::App &app);  // cmd_export.cpp
void addPretrainCommand(CLI::App &app);  // cmd_pretrain.cpp
void addAgreeCommand(CLI::App &app);  // cmd_agree.cpp
void addRankCommand(CLI::App &app);  // cmd_rank.cpp
void addVectorsCommand(CLI::App &app);  // cmd_vectors.cpp
// --vectors, --vector-tagger, --vector-sentiment, --vector-scale, --rare-neighbours, --rare-count,
// --neighbour-tagger, --neighbour-sentiment of `mizan baseline train`.
void addBaselineVectorOptions(CLI::App &cmd, BaselineOptions &options);  // cmd_vectors.cpp

// --blend-weight / --vote-weight of `mizan eval` and `mizan predict`: the model's ensemble
// weights overridden at load time (PredictorOptions; < 0 keeps the preset's).
inline void addEnsembleWeightOptions(CLI::App *cmd, double &blendWeight, double &voteWeight)
{
    cmd->add_option("--blend-weight", blendWeight,
                    "The baseline's share of target polarity and of category probabilities, instead of the preset's "
                    "ensemble_baseline (or the weight the run chose with \"auto\")")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--vote-weight", voteWeight,
                    "The transformer's evidence weight when the baseline's CRF decodes target / entity spans "
                    "(0: the transformer's own spans), instead of the preset's ensemble_tagging")
        ->check(CLI::Range(0.0, 1.0));
}

// --device of the commands that run a model: auto, cpu, cuda or cuda:N (the device code says
// whether the machine has it).
inline void addDeviceOption(CLI::App *cmd, std::string &device)
{
    cmd->add_option("--device", device, "auto, cpu, cuda or cuda:N (the N-th GPU)")
        ->check(CLI::Validator(
            [](std::string &v) -> std::string {
                return isDeviceName(v) ? std::string() : "expected auto, cpu, cuda or cuda:N, not '" + v + "'";
            },
            "DEVICE"));
}

} // namespace mizan::cli
