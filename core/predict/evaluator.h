#pragma once
// INTERNAL to core/predict: a loaded model scored on corpus files (an EvalReport), and for a
// transformer the run's linear baseline scored the same way with the ratio of each headline
// metric.
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
Result<EvalReport> evaluateModel(const PredictBackend &backend, const EvalRequest &request, ErrorsByTask *errors);

} // namespace mizan
