#pragma once
// Classification metrics equal to scikit-learn 1.2's accuracy_score, f1_score(average=macro /
// weighted), precision_recall_fscore_support(labels=...) and confusion_matrix(labels=...),
// all with zero_division=0.
#include <cstddef>
#include <string>
#include <vector>

#include "common/result.h"
#include "eval/metrictypes.h"

namespace mizan {

struct ClassificationMetrics {
    std::vector<std::string> labels;  // class order of perClass and confusion
    std::size_t count = 0;            // number of examples
    double accuracy = 0.0;            // over all examples, labels list or not
    Prf macro;                        // unweighted mean over labels; support = sum
    Prf weighted;                     // mean weighted by gold support
    std::vector<Prf> perClass;        // aligned with labels
    // confusion[g][p]: examples with gold labels[g] predicted as labels[p] (sklearn layout).
    std::vector<std::vector<std::size_t>> confusion;

    // Index of `label` in labels, or labels.size() when absent.
    std::size_t indexOf(const std::string &label) const;
};

// Scores `predicted` against `gold` (same length, one label per example). `labels` fixes the
// class order and set (sklearn's labels=); when empty it is the sorted union of both lists.
// Examples whose labels are outside `labels` count for accuracy only (as in sklearn).
// Fails with InvalidArgument when the lists differ in length or `labels` has a duplicate.
// An empty input gives all-zero metrics.
Result<ClassificationMetrics> classificationMetrics(const std::vector<std::string> &gold,
                                                    const std::vector<std::string> &predicted,
                                                    const std::vector<std::string> &labels = {});

// The wrong predictions, in input order: {ids[i], gold[i], predicted[i]} where they differ.
// `ids` may be shorter than the lists (missing ids are empty strings).
std::vector<PredictionError> classificationErrors(const std::vector<std::string> &ids,
                                                  const std::vector<std::string> &gold,
                                                  const std::vector<std::string> &predicted);

} // namespace mizan
