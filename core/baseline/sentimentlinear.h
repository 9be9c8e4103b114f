#pragma once
// INTERNAL to core/baseline (torch): the linear (logistic-regression) path of the sentiment
// head. Its input is one weighted bag per example, the bags of SentimentFeatures together,
// weighted either
//  - TF-IDF (BaselineOptions::sentimentTfidf): sublinear tf (1 + ln count) times the idf of
//    the training examples (ln((1 + n) / (1 + df)) + 1, as scikit-learn's smooth idf), each
//    bag L2-normalised apart. A bucket no training example has gets idf 0: as with
//    scikit-learn's vocabulary, an n-gram training never saw neither weighs nor shrinks the
//    rest of its bag (folders fitted before kept ln(1 + n) + 1 there, saved with the weights,
//    and answer as they did). The path is then trained alone to the optimum of an
//    L2-regularised, class-weighted logistic regression (intercept, when the net has one, not
//    penalised) by full-batch L-BFGS over compressed sparse rows, with the inverse strength C
//    chosen by 3-fold cross-validation over the training sentences unless given;
//  - or each bag's features 1/sqrt(its size) (folders from before TF-IDF), trained with the
//    embedding path by Adagrad.
#include <torch/torch.h>

#include <atomic>
#include <cstdint>
#include <random>
#include <vector>

#include "baseline/baselinedata.h"
#include "baseline/baselinenets.h"

namespace mizan::baseline {

// ids, offsets, per-sample weights of `batch` for the linear path of `net` (net.lin set).
std::vector<torch::Tensor> linearBags(const BaselineSentimentImpl &net,
                                      const std::vector<const SentimentFeatures *> &batch);

// Logits [batch, classes] of the whole sentiment head (embedding path, and the linear one
// when net.lin is set).
torch::Tensor sentimentLogits(BaselineSentimentImpl &net, const std::vector<const SentimentFeatures *> &batch);

// Logits [targets, C] of several targets of one sentence, as sentimentLogits gives them within
// float rounding, in time linear in the sentence and its targets: `sentence` holds only the
// sentence's bags (sentence, sentenceChars), `targets` each target's own bags with their
// sentence bags left empty. Every bag is weighted apart (TF-IDF or 1/sqrt(size)), so the
// sentence's part of the linear path, and its embedding, are computed once for all targets
// (on a long line with every word a target, weighting it per target was quadratic).
torch::Tensor sharedSentenceLogits(BaselineSentimentImpl &net, const SentimentFeatures &sentence,
                                   const std::vector<SentimentFeatures> &targets);

// Logits [which, C] of the examples `which` of `examples` (their sentence bags in
// examples.sentences, own's empty), each distinct sentence's part computed once; with grad.
torch::Tensor exampleLogits(BaselineSentimentImpl &net, const SentimentExamples &examples,
                            const std::vector<std::size_t> &which);

// Sets net.idf from the examples `which` of `examples` (document = one example, its own and its
// sentence's bags; 0 where none has the bucket), in time linear in the bags held.
void fitIdf(BaselineSentimentImpl &net, const SentimentExamples &examples, const std::vector<std::size_t> &which);

// Trains net.lin (and net.idf) on `examples` as described above; `classWeights` per label, the
// cross-validation folds by sentence (examples.sentenceOf). The fit holds a sentence's rows once
// for all its examples: an example's logits are its own row's plus its sentence row's, the
// gradient of a sentence row is taken once from the sum of its examples' residuals; the
// objective, and so the optimum, is that of the expanded rows (each example its sentence's
// bags copied), in time and memory linear in the bags held. Returns the C used. `stop` is
// checked between L-BFGS runs; false in `done` when stopped.
double trainLinearPath(BaselineSentimentImpl &net, const SentimentExamples &examples,
                       const std::vector<double> &classWeights, const BaselineOptions &options,
                       const std::atomic<bool> *stop, bool &done);

} // namespace mizan::baseline
