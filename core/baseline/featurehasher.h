#pragma once
// Hashed sparse features (fastText-style): every feature string is hashed into one of
// `buckets` ids, so the model needs no vocabulary and unseen words still share character
// n-grams with seen ones.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "baseline/unitsegmenter.h"

namespace mizan::baseline {

class VectorFeatures;  // vectorfeatures.h
class RareNeighbours;  // rareneighbours.h

// Light normalisation for features only (offsets never see it): drops tashkeel and tatweel,
// folds أ إ آ ٱ to ا, ى to ي, ة to ه, Arabic-Indic digits to ASCII, Latin to lower case.
std::string featureForm(std::u32string_view text);

class FeatureHasher {
public:
    explicit FeatureHasher(std::int64_t buckets) : m_buckets(buckets) {}
    std::int64_t buckets() const { return m_buckets; }

    // Stable 64-bit FNV-1a of `group` + '\x1f' + `value`, reduced to [0, buckets).
    std::int64_t id(std::string_view group, std::string_view value) const;

    // Features of unit `i` for the tagger: its form, character 2-4-grams, prefixes/suffixes,
    // its whitespace word, its place in that word, shape, and the forms of the units within
    // two positions (position-tagged), plus bigrams. `forms` are featureForm() of each unit.
    std::vector<std::int64_t> unitFeatures(const std::vector<Unit> &units,
                                           const std::vector<std::string> &forms,
                                           const std::vector<std::string> &wordForms,
                                           std::size_t i) const;

    // Sentence-level bag for the sentiment head: word unigrams and bigrams, character
    // 3-grams of each word.
    std::vector<std::int64_t> sentenceFeatures(const std::vector<std::string> &wordForms) const;

    // Target-aware bags for the sentiment head: the target's words, and the words in a window
    // of `window` units either side (tagged with their side and distance bucket).
    std::vector<std::int64_t> targetFeatures(const std::vector<std::string> &forms,
                                             std::size_t first, std::size_t last) const;
    std::vector<std::int64_t> windowFeatures(const std::vector<std::string> &forms, std::size_t first,
                                             std::size_t last, std::size_t window) const;

    // Sentiment features of version 2 (BaselineOptions::sentimentFeatures), the classical
    // peers' view: character 2-5-grams (with word boundary marks) of each of `words`, tagged
    // with `group`, and with `bigrams` the word bigrams too.
    std::vector<std::int64_t> wordCharFeatures(const std::vector<std::string> &words, std::string_view group,
                                               bool bigrams) const;

    // Word unigrams and bigrams of `tokens`, tagged with `group` (feature set 3's word blocks).
    std::vector<std::int64_t> wordNgrams(const std::vector<std::string> &tokens, std::string_view group) const;

    // Word-vector features added by taggerExample() / sentimentFeatures() (null: none).
    void setVectors(std::shared_ptr<const VectorFeatures> vectors) { m_vectors = std::move(vectors); }
    const VectorFeatures *vectors() const { return m_vectors.get(); }
    // Rare-word neighbours whose features taggerExample() / feature set 3's word bags add (null: none).
    void setNeighbours(std::shared_ptr<const RareNeighbours> neighbours) { m_neighbours = std::move(neighbours); }
    const RareNeighbours *neighbours() const { return m_neighbours.get(); }

private:
    std::int64_t m_buckets;
    std::shared_ptr<const VectorFeatures> m_vectors;
    std::shared_ptr<const RareNeighbours> m_neighbours;
};

// The word tokens of `forms` as the classical peers cut them (scikit-learn's default token
// pattern): runs of letters, digits and '_', at least two code points long.
std::vector<std::string> peerTokens(const std::vector<std::string> &forms);

// Everything the features of one sentence need: units, their forms, and the forms of the
// whitespace words.
struct UnitSentence {
    std::u32string text;
    std::vector<Unit> units;
    std::vector<std::string> forms;      // per unit
    std::vector<std::string> wordForms;  // per whitespace word (concatenated units)
};

// Segments and normalises `utf8Text` (invalid UTF-8 bytes become U+FFFD).
UnitSentence prepareSentence(std::string_view utf8Text);

} // namespace mizan::baseline
