#pragma once
// What the commands that train or run a model set up the same way: the preset with its
// command-line overrides (mizan train, mizan pretrain) and the predictor with its options
// (mizan eval, mizan predict). A failure is printed as "mizan <command>: <message>" and thrown
// as CLI::RuntimeError, like every command's own errors.
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "predict/predictor.h"
#include "train/preset.h"

namespace mizan::cli {

// --preset and the options that override its keys (registered by each command, with its own
// help texts); a value <= 0 (--max-minutes < 0) keeps the preset's.
struct PresetOverrides {
    std::string preset = "default";
    int epochs = 0, batchSize = 0;
    double maxMinutes = -1, lr = 0;
    std::string initVectors;  // not empty: the preset's init_vectors
};

// The preset named by o.preset (presetSearchDirs()) with the overrides applied; --lr through
// overrideLearningRate (the heads keep their ratio). Exit status 2 when it cannot be loaded.
TrainPreset loadPresetWithOverrides(const PresetOverrides &o, const std::string &command);

// --device, --threads, --blend-weight and --vote-weight of the commands that run a model.
struct PredictorFlags {
    std::string device = "auto";
    int threads = 1;
    double blendWeight = -1, voteWeight = -1;
};

void addPredictorOptions(CLI::App *cmd, PredictorFlags &flags);

// The predictor of `modelDir` loaded with `flags`. Exit status 1 when it cannot be loaded.
std::unique_ptr<Predictor> loadPredictor(const std::string &modelDir, const PredictorFlags &flags,
                                         const std::string &command);

} // namespace mizan::cli
