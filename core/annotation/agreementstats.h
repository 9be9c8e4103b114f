#pragma once
// Chance-corrected agreement between annotators who labelled the same items, equal to
// scikit-learn 1.2's cohen_kappa_score and NLTK 3.8's AnnotationTask alpha() (binary
// distance) and multi_kappa() (Davies and Fleiss). A missing label is std::nullopt.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace mizan {

// One annotator's label for each item, in item order; nullopt = the item was left out.
using LabelColumn = std::vector<std::optional<std::string>>;

enum class KappaWeights { None, Linear, Quadratic };

struct PairAgreement {
    std::vector<std::string> labels;  // row/column order of confusion
    std::size_t items = 0;            // items both annotators labelled
    std::size_t agreed = 0;
    double percentAgreement = 0.0;    // agreed / items (0 when items == 0)
    // Cohen's kappa; nullopt when it is undefined (no item, or both used one same label).
    std::optional<double> kappa;
    // confusion[i][j]: items the first annotator labelled labels[i] and the second labels[j].
    std::vector<std::vector<std::size_t>> confusion;
};

// Agreement of `a` and `b` (same length) on the items both labelled. `labels` fixes the label
// order (needed for weighted kappa, which reads it as ordinal); when empty it is the sorted
// union of the labels used. A label outside a non-empty `labels` is added at the end.
PairAgreement pairAgreement(const LabelColumn &a, const LabelColumn &b,
                            std::vector<std::string> labels = {},
                            KappaWeights weights = KappaWeights::None);

// Krippendorff's alpha with the nominal (binary) distance over every annotator, as NLTK's
// AnnotationTask.alpha(): items with fewer than two labels are skipped; 1 when only one label
// value is used anywhere; nullopt when no item has two labels or the expected disagreement is 0.
// Columns must have equal length.
std::optional<double> krippendorffAlphaNominal(const std::vector<LabelColumn> &annotators);

// Davies and Fleiss' multi-annotator kappa as NLTK's AnnotationTask.multi_kappa(): pairwise
// mean observed agreement against pairwise mean expected agreement, over the items EVERY
// annotator labelled. nullopt with fewer than two annotators, no such item, or expected
// agreement 1.
std::optional<double> multiKappa(const std::vector<LabelColumn> &annotators);

} // namespace mizan
