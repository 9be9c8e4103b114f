#pragma once
// JSON forms of the metrics, the shapes `mizan eval --json` prints and the GUI reads back.
#include <nlohmann/json.hpp>

#include "eval/classificationmetrics.h"
#include "eval/entitymetrics.h"
#include "eval/spanmetrics.h"

namespace mizan {

// {"precision", "recall", "f1", "support"}.
nlohmann::json prfToJson(const Prf &prf);

// {"accuracy", "macro_f1", "weighted_f1", "macro": {...}, "weighted": {...}, "count",
//  "per_class": {label: prf}, "confusion": {gold label: {predicted label: count}},
//  "labels": [...]}. Callers add "kind".
nlohmann::json classificationToJson(const ClassificationMetrics &m);

// {"scheme", "precision", "recall", "f1" (micro), "macro": prf, "weighted": prf,
//  "per_label": {type: prf}, "gold", "predicted", "correct"}.
nlohmann::json entityMetricsToJson(const EntityMetrics &m);

// Headline = conlleval micro P/R/F1: {"precision", "recall", "f1", "token_accuracy",
//  "per_label", "conlleval": {...}, "strict_iob2": {...}}. Callers add "kind".
nlohmann::json taggingToJson(const TaggingMetrics &m);

// [{"sentence_id", "gold", "predicted", "start", "end"}] (start/end only for span errors).
nlohmann::json errorsToJson(const std::vector<PredictionError> &errors);

} // namespace mizan
