#pragma once
// INTERNAL to core/train: the baseline's aspect categories (SemEval-2016 slot 1), trained
// beside the baseline when the run's opinions have categories, saved in its folder and scored
// on the dev split (slot 1, and slot 1+2 with the baseline's predicted targets).
#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "baseline/baselinemodel.h"
#include "corpus/corpus.h"
#include "eval/evalreport.h"

namespace mizan {

struct CategoryRun {
    bool trained = false;    // false: no opinion has a category
    std::optional<CategoryReport> report;  // slot 1 and slot 1+2 on the dev split; none without dev data
    std::string summary;     // " categories slot-1 F1 ..., slot 1+2 F1 ..." or empty
};

// Throws JobError when training is cancelled or fails, or the folder cannot be written.
// `targets` (may be null) gives slot 1+2 its predicted target spans.
CategoryRun runBaselineCategories(const std::vector<const Sentence *> &train, const std::vector<const Sentence *> &dev,
                                  const BaselineModel *targets, const BaselineOptions &options, const std::string &dir,
                                  const std::atomic<bool> *stop);

} // namespace mizan
