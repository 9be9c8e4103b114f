#pragma once
// Counts over a corpus: what `mizan stats` prints and the studio's Statistics panel shows.
#include <cstddef>
#include <map>
#include <string>

#include "corpus/corpus.h"
#include "corpus/wordtokenizer.h"

namespace mizan {

struct CorpusStats {
    std::size_t documents = 0;
    std::size_t sentences = 0;
    std::size_t opinions = 0;          // sentence-level plus review-level (SemEval SB2) opinions
    std::size_t explicitTargets = 0;   // sentence opinions with a target
    std::size_t nullTargets = 0;       // sentence opinions with target NULL
    std::size_t documentOpinions = 0;  // review-level opinions
    std::size_t tokens = 0;            // word tokens (default splitter unless one is given)
    std::map<std::string, std::size_t> polarity;  // "positive"... ("none" when unset)
    std::map<std::string, std::size_t> categories;
    std::map<std::string, std::size_t> entityLabels;

    // Adds `other`'s counts to these (totals over several files).
    void add(const CorpusStats &other);
};

// Counts everything in `corpus`; word tokens come from `splitter`.
CorpusStats computeStats(const Corpus &corpus, const WordSplitter &splitter = splitWords);

} // namespace mizan
