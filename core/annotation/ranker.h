#pragma once
// Active learning: which sentences to annotate next. A strategy scores every candidate
// sentence (higher = more useful to annotate), the ranking sorts by score, and a diversity
// step keeps near-duplicates out of one batch.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "annotation/sentencesignals.h"
#include "common/result.h"
#include "corpus/corpus.h"

namespace mizan {

enum class RankStrategy {
    Random,           // seeded shuffle: the baseline every other strategy must beat
    LeastConfidence,  // 1 - max polarity probability of the least sure target
    Margin,           // 1 - (p1 - p2) of the least sure target
    Entropy,          // polarity entropy of the least sure target
    SpanPosterior,    // 1 - lowest predicted span posterior (or the likeliest missed span)
    TokenEntropy,     // CRF marginal entropy summed over units / units
};
// "random", "least-confidence", "margin", "entropy", "span-posterior", "token-entropy".
const char *rankStrategyName(RankStrategy s);
std::optional<RankStrategy> parseRankStrategy(const std::string &name);
const std::vector<RankStrategy> &allRankStrategies();

// Which sentences are candidates: those with no opinion and no entity and not marked
// reviewed, those not marked reviewed, or all.
enum class RankPool { Unannotated, Unreviewed, All };
const char *rankPoolName(RankPool p);  // "unannotated", "unreviewed", "all"
std::optional<RankPool> parseRankPool(const std::string &name);
bool inRankPool(const Sentence &s, RankPool pool);

struct RankOptions {
    RankStrategy strategy = RankStrategy::Entropy;
    std::size_t top = 20;      // sentences returned (0 = all candidates)
    std::uint64_t seed = 13;   // of Random (and nothing else)
    // Jaccard similarity of character 4-gram sets at or above which a sentence counts as a
    // near-duplicate of one already picked (> 1 disables the step).
    double diversityThreshold = 0.5;
    RankPool pool = RankPool::Unannotated;
    const std::atomic<bool> *stop = nullptr;  // checked per sentence: a stop gives Cancelled
    std::function<void(std::size_t done, std::size_t total)> progress;  // per sentence scored
};

// The score of one sentence's signals under `strategy` (Random: 0, scored elsewhere).
double strategyScore(const SentenceSignals &signals, RankStrategy strategy);

// Scores `texts` (the source may be null for Random only). Fails with InvalidArgument when the
// strategy needs a model and none is given, when TokenEntropy meets a model without CRF
// marginals, or when a polarity strategy finds no polarity anywhere (a model without
// sentiment); with the model's error naming the text's index otherwise; Cancelled on stop.
Result<std::vector<double>> scoreTexts(const std::vector<std::string> &texts, const SignalSource *source,
                                       const RankOptions &options);

// The indices of `texts` to annotate next, best first (at most options.top; all when 0),
// with their scores, after the diversity step. Failures as scoreTexts().
struct RankedIndex {
    std::size_t index = 0;
    double score = 0.0;
};
Result<std::vector<RankedIndex>> rankTexts(const std::vector<std::string> &texts, const SignalSource *source,
                                           const RankOptions &options);

struct RankedSentence {
    std::size_t corpus = 0, document = 0, sentence = 0;  // where it is
    std::string id;
    std::string text;
    double score = 0.0;
};

// rankTexts() over the candidate sentences (options.pool) of `corpora`.
Result<std::vector<RankedSentence>> rankCorpora(const std::vector<const Corpus *> &corpora,
                                                const SignalSource *source, const RankOptions &options);

} // namespace mizan
