#pragma once
// Internal helpers shared by the metric implementations (not part of the public API).
#include <cstddef>
#include <string>
#include <vector>

#include "eval/metrictypes.h"

namespace mizan::detail {

// P/R/F1 from counts with zero_division=0, F1 computed from P and R as scikit-learn 1.2 and
// seqeval do.
Prf prfFromCounts(std::size_t correct, std::size_t predicted, std::size_t gold);

// Unweighted (weighted = false) or support-weighted mean of per-class P/R/F1, as numpy's
// average does; a weighted mean over zero support is all zeros. support = sum of supports.
Prf averagePrf(const std::vector<Prf> &perClass, bool weighted);

// A span error (gold or predicted may be empty: missed / spurious).
PredictionError spanError(const std::string &sentenceId, std::string gold, std::string predicted,
                          std::size_t start, std::size_t end);

} // namespace mizan::detail
