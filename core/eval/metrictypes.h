#pragma once
// Plain value types shared by every metric in core/eval.
#include <cstddef>
#include <string>

namespace mizan {

// Precision, recall and F1 of one class / entity type / average, with its support (the
// number of gold items; for an average, the total gold count).
struct Prf {
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    std::size_t support = 0;
};

// One wrong prediction, for the GUI's error list and `mizan eval` reports.
// For classification, gold/predicted are labels and hasSpan is false. For spans (targets,
// entities), start/end are code points into the sentence text; gold is empty for a false
// positive ("missing" in the GUI) and predicted is empty for a false negative.
struct PredictionError {
    std::string sentenceId;
    std::string gold;
    std::string predicted;
    bool hasSpan = false;
    std::size_t start = 0;
    std::size_t end = 0;
};

} // namespace mizan
