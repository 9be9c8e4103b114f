#pragma once
// The layout of a training run's folder and how its text settings are stored, shared by
// the trainer and the predictor. Torch-free.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/result.h"
#include "tasks/pieceencoder.h"

namespace mizan {

// <out>/model: the best model (what eval/predict/export use); <out>/last: the latest state
// with the optimizer, for --resume.
std::string bestModelDir(const std::string &outDir);
std::string lastStateDir(const std::string &outDir);
// <out>/baseline: the linear baseline trained on the same split.
std::string baselineDir(const std::string &outDir);
// True when `dir` holds a saved linear baseline (baseline.json).
bool isBaselineDir(const std::string &dir);
// The one rule for the linear baseline trained beside a model: <model>/baseline (a model
// folder copied on its own), else the run's <run>/baseline next to <run>/model. Returns the
// first of the two that holds a baseline, or an empty string (runBaselineCandidates names
// both, for messages).
std::string findRunBaseline(const std::string &modelDir);
std::vector<std::string> runBaselineCandidates(const std::string &modelDir);

// The model folder a user named: `dir` itself when it holds labels.json (a checkpoint) or
// baseline.json (a linear baseline), else <dir>/model (a training output folder). NotFound
// names both places.
Result<std::string> resolveModelDir(const std::string &dir);

// Text settings as stored in training.json ("text": {...}) and read back.
struct TextSettings {
    PieceEncoderOptions encoder;
    bool markTarget = true;
    std::size_t maxLength = 128;
};
nlohmann::json textSettingsToJson(const TextSettings &s);
TextSettings textSettingsFromJson(const nlohmann::json &trainingJson);

} // namespace mizan
