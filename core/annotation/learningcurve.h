#pragma once
// The learning curve of an annotation project: after each retrain, how good a model trained
// on what is annotated so far is, scored on reviews held out of the annotated ones. The
// rounds are kept in a small JSON file (one per corpus) and drawn by the "Annotate next"
// panel, so a user sees whether more labels still pay off.
#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "baseline/baselinemodel.h"
#include "common/result.h"
#include "corpus/corpus.h"

namespace mizan {

struct LearningRound {
    std::string when;          // ISO 8601 UTC
    std::string strategy;      // the ranking strategy in use at that retrain (may be empty)
    std::size_t labelled = 0;  // annotated sentences (what the queue's retrained model learns from)
    std::size_t heldOut = 0;   // of them, the held-out sentences the score is on
    std::optional<double> accuracy, macroF1;  // target polarity (gold targets)
    std::optional<double> targetF1, entityF1;  // exact spans
};

// The annotated sentences of `corpus` (an opinion, an entity, or marked reviewed) split by
// review: 20% of the reviews that hold any (seed 13, splitTrainDev's rule; by sentence for a
// single-document corpus) held out, a linear baseline trained on the rest and evaluated on
// them. Fails with InvalidArgument naming what is missing when there is too little to split
// or train on (fewer than 2 annotated sentences, nothing to learn), Cancelled on `stop`.
Result<LearningRound> scoreAnnotated(const Corpus &corpus, const BaselineOptions &options = {},
                                     const std::atomic<bool> *stop = nullptr);

// The rounds stored at `path`, oldest first; none when the file does not exist. ParseError
// naming the file and what is wrong for a damaged one.
Result<std::vector<LearningRound>> readLearningCurve(const std::string &path);
// Rewrites `path` atomically with `rounds` and `corpusPath` (which corpus they belong to).
Status writeLearningCurve(const std::string &path, const std::string &corpusPath,
                          const std::vector<LearningRound> &rounds);

} // namespace mizan
