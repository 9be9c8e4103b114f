#pragma once
// INTERNAL to core/baseline: features from word vectors (core/vectors) for the baseline, when
// BaselineOptions::vectors names a vectors folder. No torch.
//  - Tagger: each unit gets cluster ids of its whitespace word's vector and of the words
//    either side: the signs of the centred vector on 16 fixed random hyperplanes, as prefixes
//    of 4, 8, 12 and 16 bits (coarse to fine clusters; a word never seen in the labelled data
//    shares them with the seen words whose vectors lie near).
//  - Sentiment: dense inputs for the linear path: the mean vector of the sentence's words, of
//    the target's words and of the words within 3 of the target, each L2-normalised and
//    scaled (SentimentFeatures::dense).
// The vectors must have been learned from vectorText() of the text (the baseline's own
// normalised words).
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "baseline/featurehasher.h"
#include "common/result.h"
#include "vectors/wordvectors.h"

namespace mizan::baseline {

// WordVectorOptions::normalisation of vectors learned from vectorText().
constexpr const char *kVectorNormalisation = "baseline-words-1";

// The words as the vectors see them: per whitespace word of `sentence`, the feature forms
// (featureForm()) of its word-character units joined (punctuation left out, so "الفندق،" is
// الفندق); empty for a word of punctuation only.
std::vector<std::string> vectorWords(const UnitSentence &sentence);

// The text as the vectors see it: its non-empty vectorWords() joined by single spaces.
std::string vectorText(std::string_view utf8Text);

// What VectorFeatures::dense needs of a sentence whatever the target: its vectorWords() and the
// mean part of the dense inputs, computed once for all the sentence's targets (per target it
// made dense() quadratic on a long line with many targets).
struct VectorSentence {
    std::vector<std::string> words;
    std::vector<float> mean;  // the first third of dense(): the sentence's words' mean
};

class VectorFeatures {
public:
    // Loads the vectors folder `dir`; when `sha256` is not empty it must be the checksum of the
    // vectors the model was trained with (else IoError naming the folder).
    static Result<std::shared_ptr<const VectorFeatures>> load(const std::string &dir, const std::string &sha256,
                                                              double scale);

    const WordVectors &vectors() const { return m_vectors; }
    std::size_t denseSize() const { return 3 * static_cast<std::size_t>(m_vectors.dim()); }

    // Appends the cluster features of every unit of `sentence` to `features` (one list per unit).
    void addUnitFeatures(const FeatureHasher &hasher, const UnitSentence &sentence,
                         std::vector<std::vector<std::int64_t>> &features) const;

    // The dense sentiment inputs of the target covering units [first, last] (`cover`; none:
    // the target part and the window are zeros). With `prepared` (prepare(sentence)) the work
    // is the target's words and their window only.
    std::vector<float> dense(const UnitSentence &sentence,
                             const std::optional<std::pair<std::size_t, std::size_t>> &cover) const;
    std::vector<float> dense(const UnitSentence &sentence, const VectorSentence &prepared,
                             const std::optional<std::pair<std::size_t, std::size_t>> &cover) const;
    VectorSentence prepare(const UnitSentence &sentence) const;

    VectorFeatures(WordVectors vectors, double scale);

    std::vector<float> centred(const std::string &word) const;  // vector minus the vocabulary mean (cached)

private:
    std::uint32_t signature(const std::string &word) const;

    WordVectors m_vectors;
    double m_scale;
    std::vector<float> m_mean;
    std::vector<float> m_planes;  // 16 rows of dim
    mutable std::mutex m_mutex;
    mutable std::unordered_map<std::string, std::vector<float>> m_cache;
};

} // namespace mizan::baseline
