#pragma once
// INTERNAL to core/predict: a loaded model scored on corpus files, in `mizan eval --json`'s
// shape: {"model", "model_kind", "corpora", "split", "sentences", "tasks"}, and for a
// transformer the run's linear baseline scored the same way ("baseline") with the ratio of
// each headline metric ("model_vs_baseline").
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "predict/predictbackend.h"

namespace mizan {

struct EvalRequest {
    std::string modelDir;
    nlohmann::json training;  // the model's training.json: the seed and dev fraction of its split
    std::vector<std::string> corpora;
    bool devSplitOnly = false;  // only the documents the training run held out
};

// Throws on torch errors (the Predictor catches them).
Result<nlohmann::json> evaluateModel(const PredictBackend &backend, const EvalRequest &request, ErrorsByTask *errors);

} // namespace mizan
