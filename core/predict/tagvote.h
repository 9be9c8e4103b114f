#pragma once
// Spans decided by two taggers together: the transformer (over its sub-word pieces) and the
// linear baseline (over its clitic-split units), for opinion targets and for entities. Each
// gives the probability of every BIO label per token; the vote averages them on the
// baseline's units and takes the best valid BIO path of the average. Units are the grid
// because span boundaries fall on them (a piece that starts inside a unit cannot start a
// span: "عر" of "سعر"). Plain C++.
#include <cstddef>
#include <string>
#include <vector>

namespace mizan {

// One token of a tagger: [start, end) in code points of the raw text, and the probability of
// each label (in the order of the labels passed with it).
struct TokenTagProbs {
    std::size_t start = 0;
    std::size_t end = 0;
    std::vector<double> probs;
};

struct VotedSpan {
    std::size_t start = 0;  // code points of the raw text, end exclusive
    std::size_t end = 0;
    std::string label;      // the type, without B- / I-
    double score = 0.0;     // mean averaged probability of the span's tags
};

// The transformer's probabilities on each unit: from the piece covering the unit's first
// character (a piece that began in an earlier unit gives no B-X: its B-X goes to I-X), or the
// unit's own probabilities where no piece overlaps it. `pieces` sorted by start; `labels`
// are "O", "B-X", "I-X", ... for both.
std::vector<std::vector<double>> piecesOnUnits(const std::vector<TokenTagProbs> &units,
                                               const std::vector<TokenTagProbs> &pieces,
                                               const std::vector<std::string> &labels);

// Spans of a sentence: per unit q = unitWeight * unit + (1 - unitWeight) * piece
// (piecesOnUnits), then the path maximising the sum of log q where I-X follows only B-X or
// I-X. `units` in text order; unitWeight in [0, 1].
std::vector<VotedSpan> voteSpans(const std::vector<TokenTagProbs> &units, const std::vector<TokenTagProbs> &pieces,
                                 const std::vector<std::string> &labels, double unitWeight);

} // namespace mizan
