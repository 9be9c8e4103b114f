#pragma once
// INTERNAL to core/baseline: nearest frequent training words of rare and unseen words, by
// word-vector cosine (BaselineOptions::rareNeighbours; vectorfeatures.h gives the vectors).
// A word seen fewer than `minCount` times in the baseline's training data, or never, gets the
// `k` training words seen at least `minCount` times (the candidates) whose centred vectors lie
// closest to its own; fastText gives an unseen word a vector from its character n-grams, so a
// misspelling, a clitic variant or a dialect form finds the frequent word it resembles. The
// features add the neighbour's word features to the rare word's own (featurehasher.h,
// baselinedata.h), so the weights learned for the frequent word reach the rare one.
// The candidates and the neighbours of every rare training word are computed once at train
// time and saved in the baseline folder (neighbours.json); a word met only at prediction costs
// one vector and one pass over the candidates, then is cached. The header is plain C++ (the
// .cpp multiplies matrices with torch).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "baseline/vectorfeatures.h"
#include "common/result.h"

namespace mizan::baseline {

class RareNeighbours {
public:
    // The words as the table counts them: vectorWords() of `sentence`, empty ones left out.
    static void countWords(const UnitSentence &sentence, std::unordered_map<std::string, std::size_t> &counts);

    // Candidates: the words of `counts` seen at least `minCount` times whose vector is not zero
    // (sorted); the table then holds the `k` nearest candidates of every other counted word.
    static std::shared_ptr<const RareNeighbours> build(std::shared_ptr<const VectorFeatures> vectors,
                                                       const std::unordered_map<std::string, std::size_t> &counts,
                                                       int minCount, int k);

    // Writes `path` (JSON: min_count, k, the candidates, the table) atomically.
    Status save(const std::string &path) const;
    // Reads a file written by save(); `minCount` and `k` must be the recorded ones (the
    // options of the baseline that wrote it). IoError / ParseError naming the file.
    static Result<std::shared_ptr<const RareNeighbours>> load(const std::string &path,
                                                              std::shared_ptr<const VectorFeatures> vectors,
                                                              int minCount, int k);

    // None for a candidate (a frequent training word) or an empty word; else the k nearest
    // candidates, closest first (fewer when there are fewer candidates; none for a word with
    // no known character n-gram). Thread-safe.
    std::vector<std::string> of(const std::string &word) const;

    // Appends to each unit's features the whitespace-word feature ("W") of each neighbour of
    // its word (vectorWords()); one list per unit of `sentence`.
    void addUnitFeatures(const FeatureHasher &hasher, const UnitSentence &sentence,
                         std::vector<std::vector<std::int64_t>> &features) const;
    // Appends the word unigrams (FeatureHasher::wordNgrams of `group`) of the neighbours of the
    // whitespace words [first, end) of `sentence` to `out`.
    void addWordFeatures(const FeatureHasher &hasher, const UnitSentence &sentence, std::size_t first,
                         std::size_t end, const std::string &group, std::vector<std::int64_t> &out) const;

    std::size_t candidates() const { return m_words.size(); }
    std::size_t tableSize() const;  // words whose neighbours are known (rare training words, cached ones)

    RareNeighbours(std::shared_ptr<const VectorFeatures> vectors, std::vector<std::string> words, int minCount,
                   int k);

private:
    std::vector<std::string> nearest(const std::string &word) const;  // one pass over the candidates

    std::shared_ptr<const VectorFeatures> m_vectors;
    std::vector<std::string> m_words;  // candidates, sorted
    std::vector<float> m_unit;         // their centred vectors, L2-normalised, one row each
    std::size_t m_dim = 0;
    int m_minCount;
    int m_k;
    std::unordered_map<std::string, std::vector<std::string>> m_table;  // rare training words (saved)
    mutable std::mutex m_mutex;
    mutable std::unordered_map<std::string, std::vector<std::string>> m_cache;  // words met at prediction
};

} // namespace mizan::baseline
