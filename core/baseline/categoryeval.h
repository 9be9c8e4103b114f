#pragma once
// Scoring the baseline's category part on annotated sentences: SemEval-2016 slot 1 (sentence
// categories) and slot 1+2 (the baseline's predicted targets, each with its category, and
// NULL opinions for the sentence categories no target carries).
#include <cstddef>
#include <string>
#include <vector>

#include "baseline/baselinemodel.h"
#include "baseline/categorymodel.h"
#include "corpus/corpus.h"
#include "eval/categoryscore.h"

namespace mizan {

// The predicted side of the scoring for `text`: `targets` (may be null, or without a target
// tagger: no targets, so only NULL opinions) gives the target spans.
std::vector<CategoryOpinion> predictCategoryOpinions(const CategoryModel &categories, const BaselineModel *targets,
                                                     const std::string &text);

// Slot 1 and 1+2 of `categories` (with `targets`' spans, see above) on `sentences` (not
// owned; gold from their opinions). Slot 1's predicted set is the sentence categories plus
// those of the predicted targets. Never fails; an invalid model predicts nothing.
CategoryScores evaluateCategories(const CategoryModel &categories, const BaselineModel *targets,
                                  const std::vector<const Sentence *> &sentences);

// Given each sentence's category probabilities and its gold categories: the threshold of the
// grid 0.05, 0.10, ..., 0.95 whose predicted sets (the categories reaching it, plus the
// sentence's `carried` ones when given: its targets' categories, as predictions assemble
// them) have the best micro F1 over unique (sentence, category) pairs (SemEval slot 1); ties
// go to the value nearest 0.5. Sentences beyond the shorter list are ignored; no gold and no
// probability at all keeps 0.5.
CategoryThresholdChoice chooseCategoryThreshold(const std::vector<std::vector<ScoredCategory>> &scores,
                                                const std::vector<std::vector<std::string>> &gold,
                                                const std::vector<std::vector<std::string>> &carried = {});

} // namespace mizan
