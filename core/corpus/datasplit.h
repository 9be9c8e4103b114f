#pragma once
// Deterministic train/dev splits by document (review), so sentences of one review never sit
// on both sides.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "corpus/corpus.h"

namespace mizan {

// Document indices into corpus.documents, each list ascending.
struct DocumentSplit {
    std::vector<std::size_t> train;
    std::vector<std::size_t> dev;
};

// Puts round(devFraction * documents) documents (at least 1 and at most all but one when
// there are two or more) in dev: those whose id hashes lowest under `seed`. The same corpus
// and seed always give the same split, whatever the order of the documents; a different
// seed gives a different one. devFraction outside [0, 1] is clamped.
DocumentSplit splitByDocument(const Corpus &corpus, double devFraction, std::uint64_t seed);

// A copy of `corpus` holding only the documents at `indices` (in that order).
Corpus selectDocuments(const Corpus &corpus, const std::vector<std::size_t> &indices);

// {train, dev} corpora. Split by document; a corpus with a single document (a CoNLL file
// without -DOCSTART-) is split by sentence the same way instead.
std::pair<Corpus, Corpus> splitTrainDev(const Corpus &corpus, double devFraction, std::uint64_t seed);

} // namespace mizan
