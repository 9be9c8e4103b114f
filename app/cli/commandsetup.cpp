#include "commandsetup.h"

#include <iostream>

#include "commands.h"
#include "trainprogress.h"

namespace mizan::cli {

TrainPreset loadPresetWithOverrides(const PresetOverrides &o, const std::string &command)
{
    auto preset = loadPreset(o.preset, presetSearchDirs());
    if (!preset) {
        std::cerr << "mizan " << command << ": " << preset.error() << '\n';
        throw CLI::RuntimeError(2);
    }
    if (o.epochs > 0)
        preset->epochs = o.epochs;
    if (o.batchSize > 0)
        preset->batchSize = o.batchSize;
    if (o.maxMinutes >= 0)
        preset->maxMinutes = o.maxMinutes;
    if (!o.initVectors.empty())
        preset->initVectors = o.initVectors;
    overrideLearningRate(*preset, o.lr);
    return *preset;
}

void addPredictorOptions(CLI::App *cmd, PredictorFlags &flags)
{
    addDeviceOption(cmd, flags.device);
    cmd->add_option("--threads", flags.threads, "CPU threads")->check(CLI::Range(1, 256));
    addEnsembleWeightOptions(cmd, flags.blendWeight, flags.voteWeight);
}

std::unique_ptr<Predictor> loadPredictor(const std::string &modelDir, const PredictorFlags &flags,
                                         const std::string &command)
{
    PredictorOptions po;
    po.device = flags.device;
    po.threads = flags.threads;
    po.blendWeight = flags.blendWeight;
    po.voteWeight = flags.voteWeight;
    auto predictor = Predictor::load(modelDir, po);
    if (!predictor) {
        std::cerr << "mizan " << command << ": " << predictor.error() << '\n';
        throw CLI::RuntimeError(1);
    }
    return std::move(*predictor);
}

} // namespace mizan::cli
