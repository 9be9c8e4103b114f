#pragma once
// INTERNAL to core/baseline: turning sentences into hashed-feature examples and BIO tags
// into spans and back. No torch.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "baseline/featurehasher.h"
#include "corpus/corpus.h"

namespace mizan::baseline {

using Span = std::pair<std::size_t, std::size_t>;  // code points, end exclusive

struct VectorSentence;  // vectorfeatures.h

enum Tag : std::int64_t { TagO = 0, TagB = 1, TagI = 2 };

// The distinct explicit target spans of `sentence` (NULL and empty targets skipped), sorted.
std::vector<Span> explicitTargetSpans(const Sentence &sentence);

// First and last unit overlapping [start, end); nothing when no unit does.
std::optional<std::pair<std::size_t, std::size_t>> unitsCovering(const std::vector<Unit> &units,
                                                                 std::size_t start, std::size_t end);

// BIO tags over units for `spans`: units overlapping a span get B (first) / I (rest).
// Overlapping spans: the earlier (then longer) one wins, the other is dropped.
std::vector<std::int64_t> bioTags(const std::vector<Unit> &units, const std::vector<Span> &spans);

// Spans of a BIO unit tagging (an I without a preceding B/I starts a span, as conlleval).
std::vector<Span> spansFromTags(const std::vector<Unit> &units, const std::vector<std::int64_t> &tags);

// Labelled spans (entities) as tag ids of `labels` ("O", "B-X", "I-X", ...) over units, by
// the same rules as bioTags; spans whose label has no B-/I- pair in `labels` are skipped.
std::vector<std::int64_t> labelledBioTags(const std::vector<Unit> &units, const std::vector<EntitySpan> &spans,
                                          const std::vector<std::string> &labels);

// Labelled spans of a tagging by `labels` (an I-X without a preceding B-X/I-X starts a span).
std::vector<EntitySpan> labelledSpansFromTags(const std::vector<Unit> &units, const std::vector<std::int64_t> &tags,
                                              const std::vector<std::string> &labels);

struct TaggerExample {
    std::vector<std::vector<std::int64_t>> features;  // per unit
    std::vector<std::int64_t> tags;                   // per unit (empty when unknown)
};

TaggerExample taggerExample(const FeatureHasher &hasher, const UnitSentence &sentence);

// The bags of one example. The linear path weighs (TF-IDF) and L2-normalises each bag apart;
// sentenceChars and windowChars are filled by feature set 3 only.
struct SentimentFeatures {
    std::vector<std::int64_t> sentence, target, window;
    std::vector<std::int64_t> sentenceChars, windowChars;
    std::vector<float> dense;  // word-vector inputs of the linear path (vectorfeatures.h); may be empty
    std::int64_t label = -1;
};

// The sentence bag of the sentiment head for feature set `featureSet` (1: word 1-2-grams and
// character 3-grams; 2: also character 2-5-grams of every word; 3: the word 1-2-grams of
// peerTokens only, without a bias feature).
std::vector<std::int64_t> sentenceBag(const FeatureHasher &hasher, const UnitSentence &sentence, int featureSet);

// Feature set 3's second sentence bag: character 2-5-grams of every whitespace word.
std::vector<std::int64_t> sentenceCharBag(const FeatureHasher &hasher, const UnitSentence &sentence);

// `sentenceFeatures` (and `sentenceChars` for set 3), when given, are sentenceBag(hasher,
// sentence, featureSet) (and sentenceCharBag) computed once for all the targets of the
// sentence. Feature set 2 adds character 2-5-grams of the target's units, and the words, word
// bigrams and character 2-5-grams of the whitespace words within 3 of the target's to the
// window bag. Feature set 3 is the classical peers' design: four bags, the sentence's word
// 1-2-grams and character 2-5-grams, and the same of the target's whitespace words and 3 either
// side (window, windowChars); no target bag and no bias feature (the model has an intercept).
// With word vectors (hasher.vectors()), `vectorSentence`, when given, is their prepare(sentence)
// computed once for all the targets of the sentence.
SentimentFeatures sentimentFeatures(const FeatureHasher &hasher, const UnitSentence &sentence, std::size_t start,
                                    std::size_t end, std::size_t window,
                                    const std::vector<std::int64_t> *sentenceFeatures = nullptr, int featureSet = 1,
                                    const std::vector<std::int64_t> *sentenceChars = nullptr,
                                    const VectorSentence *vectorSentence = nullptr);

// The training examples of the sentiment head: the bags of one sentence are held once for all
// its examples (copied into each, a long line with every word a target made training quadratic
// in time and memory). Example i is own[i]'s bags with sentences[sentenceOf[i]]'s: an example's
// sentence bags (sentence, sentenceChars) are either in `sentences` (own[i]'s left empty) or in
// own[i] (the expanded rows, an empty entry in `sentences`), never in both.
struct SentimentExamples {
    std::vector<SentimentFeatures> own;
    std::vector<SentimentFeatures> sentences;  // sentence and sentenceChars only
    std::vector<std::size_t> sentenceOf;       // of each example, into sentences
};

} // namespace mizan::baseline
