#pragma once
// INTERNAL to core/predict: aspect categories for a prediction from a linear category model
// (the baseline's own, or the one trained beside a transformer run).
#include <string>
#include <vector>

#include "baseline/categorymodel.h"
#include "corpus/corpus.h"
#include "eval/evalreport.h"
#include "predict/predictbackend.h"
#include "predict/predictor.h"

namespace mizan {

// Gives each of `p`'s targets its category and score, and sets p.sentenceOpinions to the
// sentence categories no target carries, each with its pair polarity. `raw` is p's text.
void categorize(const CategoryModel &model, const std::string &raw, Prediction &p);

// SemEval-2016 slot 1 and slot 1+2 of `backend`'s predictions (its own targets, categorized
// by its addCategories()) on `sentences`. `errors` (optional) gets the
// missed / spurious (sentence, category) pairs. May throw (torch), as predict() does.
CategoryReport scoreCategoryTask(const PredictBackend &backend, const std::vector<const Sentence *> &sentences,
                                 std::vector<PredictionError> *errors = nullptr);

} // namespace mizan
