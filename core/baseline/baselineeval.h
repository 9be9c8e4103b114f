#pragma once
// Scoring the baseline on annotated sentences with core/eval's metrics.
#include <map>
#include <string>
#include <vector>

#include "baseline/baselinemodel.h"
#include "common/result.h"
#include "corpus/corpus.h"
#include "eval/classificationmetrics.h"
#include "eval/entitymetrics.h"
#include "eval/spanmetrics.h"

namespace mizan {

struct BaselineEvaluation {
    // SemEval slot 3: polarity of each GOLD explicit target (positive/negative/neutral).
    ClassificationMetrics sentiment;
    // SemEval slot 2: exact character-span F1 of predicted targets (NULL targets excluded).
    SpanMetrics targets;
    // BIO over the baseline's sub-word units (label TARGET): conlleval, strict IOB2 and
    // token accuracy. Labelled as unit-level; the headline is `targets`.
    TaggingMetrics unitBio;
    std::vector<PredictionError> sentimentErrors;  // gold/predicted polarity
    std::vector<PredictionError> targetErrors;     // missed / spurious target spans
    bool hasTargets = false, hasSentiment = false;  // which parts were scored (the model's)

    // Entities (a model with an entity tagger): exact labelled character spans per label and
    // micro over labels, BIO over the units, and the missed / spurious spans by label.
    bool hasEntities = false;
    std::map<std::string, SpanMetrics> entitiesPerLabel;
    SpanMetrics entities;  // micro: counts summed over labels
    TaggingMetrics entityUnitBio;
    std::vector<PredictionError> entityErrors;
};

// Every sentence of `corpus`, in document order (pointers into `corpus`, which must outlive
// the vector).
std::vector<const Sentence *> corpusSentences(const Corpus &corpus);

// Evaluates `model` on `sentences` (not owned). Fails with InvalidArgument when the model is
// empty.
Result<BaselineEvaluation> evaluateBaseline(const BaselineModel &model,
                                            const std::vector<const Sentence *> &sentences);

} // namespace mizan
