#pragma once
// SemEval-2016 slot 2 (opinion target expression) exact-span scoring: a predicted target
// counts only when its character span equals a gold target span of the same sentence. NULL
// targets are not spans and are never passed here. Duplicate spans within a sentence (one
// target with several categories) count once, as in the official evaluator.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "eval/metrictypes.h"

namespace mizan {

// [start, end) in code points of the sentence text.
using CharSpan = std::pair<std::size_t, std::size_t>;

struct SentenceSpans {
    std::string sentenceId;
    std::vector<CharSpan> gold;
    std::vector<CharSpan> predicted;
};

struct SpanMetrics {
    Prf prf;  // micro over all sentences; support = distinct gold spans
    std::size_t goldCount = 0;       // distinct gold spans
    std::size_t predictedCount = 0;  // distinct predicted spans
    std::size_t correctCount = 0;
};

// Exact-match micro P/R/F1 (zero_division=0). Never fails.
SpanMetrics spanMetrics(const std::vector<SentenceSpans> &sentences);

// Every missed gold span (predicted empty) and spurious predicted span (gold empty), with
// gold/predicted set to "target", in sentence order then span order.
std::vector<PredictionError> spanErrors(const std::vector<SentenceSpans> &sentences);

} // namespace mizan
