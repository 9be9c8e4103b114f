#pragma once
// Word vectors learned from the user's own text: fastText's subword skip-gram (Debian's
// libfasttext), so a word never seen in training still gets a vector from its character
// n-grams. A vectors folder holds vectors.bin (fastText's model file) and vectors.json
// (Mizan's description of it, with the size and SHA-256 of vectors.bin); load() hands
// fastText only a file whose checksum matches, so a truncated or foreign file is refused with
// a message naming it instead of reaching fastText's reader. No torch, no Qt.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"

namespace mizan {

struct WordVectorOptions {
    int dim = 100;
    int minn = 2;  // character n-grams of minn..maxn code points (with < > word marks)
    int maxn = 5;
    int epoch = 5;
    int window = 5;
    int minCount = 3;
    int negatives = 5;
    int buckets = 200000;  // hashed n-gram rows (fastText's default 2M makes an 800 MB file)
    // Frequent words are skipped with probability 1 - sqrt(t / f) - t / f (f: the word's share
    // of the text); fastText's 1e-4 suits megabytes, a tiny text needs 1 (keep every word).
    double sampling = 1e-4;
    int threads = 2;
    int seed = 13;
    // How the caller normalised the text, written to vectors.json (a user of the vectors must
    // normalise words the same way); e.g. "baseline-words-1".
    std::string normalisation;
};

// Progress of train(): fraction done (0..1) and the current loss.
using WordVectorProgressFn = std::function<void(double fraction, double loss)>;

class WordVectors {
public:
    WordVectors();
    ~WordVectors();
    WordVectors(WordVectors &&) noexcept;
    WordVectors &operator=(WordVectors &&) noexcept;

    // Learns vectors from `lines` (whitespace-separated words, already normalised) and saves
    // them into `dir` (created when absent; vectors.bin then vectors.json, each atomically).
    // `sources` are recorded in vectors.json. Fails with InvalidArgument when there is no word
    // seen minCount times, Cancelled when `stop` is set, IoError naming the file on a write
    // failure.
    static Result<WordVectors> train(const std::vector<std::string> &lines, const WordVectorOptions &options,
                                     const std::string &dir, const std::vector<std::string> &sources = {},
                                     const WordVectorProgressFn &progress = {},
                                     const std::atomic<bool> *stop = nullptr);

    // Reads a folder written by train(). Fails with IoError / ParseError naming the file and
    // what is wrong (missing, not Mizan's, size or checksum not the recorded one).
    static Result<WordVectors> load(const std::string &dir);

    int dim() const;
    std::size_t words() const;                 // vocabulary size (words seen minCount times)
    const std::string &normalisation() const;  // as given to train()
    const std::string &checksum() const;       // SHA-256 of vectors.bin
    double trainSeconds() const;               // as recorded by train()
    bool inVocabulary(const std::string &word) const;
    std::string word(std::size_t i) const;  // the i-th vocabulary word (i < words())

    // The word's vector (its own row, when in the vocabulary, averaged with its character
    // n-grams' rows); all zeros for a word with no known n-gram, and for an empty word.
    std::vector<float> vector(const std::string &word) const;

    // The `k` vocabulary words closest to `word` by cosine similarity (the word itself
    // excluded), best first. Works for out-of-vocabulary words too. Thread-safe.
    std::vector<std::pair<std::string, double>> neighbours(const std::string &word, int k) const;

    struct Impl;

private:
    explicit WordVectors(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mizan
