#pragma once
// Opinion targets decided by two taggers together: the transformer (over its sub-word pieces)
// and the linear baseline (over its clitic-split units). Each gives the probability of O, B
// and I per token; the vote averages them on the baseline's units and takes the best valid
// BIO path of the average. Units are the grid because target boundaries fall on them (a
// piece that starts inside a unit cannot start a target: "عر" of "سعر"). Plain C++.
#include <array>
#include <cstddef>
#include <vector>

namespace mizan {

// One token of a tagger: [start, end) in code points of the raw text, probabilities of O, B, I.
struct TokenTagProbs {
    std::size_t start = 0;
    std::size_t end = 0;
    std::array<double, 3> probs{1.0, 0.0, 0.0};
};

struct VotedSpan {
    std::size_t start = 0;  // code points of the raw text, end exclusive
    std::size_t end = 0;
    double score = 0.0;  // mean averaged probability of the span's tags
};

// The transformer's probabilities on each unit: from the piece covering the unit's first
// character (a piece that began in an earlier unit gives no B: its B and I go to I), or the
// unit's own probabilities where no piece overlaps it. `pieces` sorted by start.
std::vector<std::array<double, 3>> piecesOnUnits(const std::vector<TokenTagProbs> &units,
                                                 const std::vector<TokenTagProbs> &pieces);

// Target spans of a sentence: per unit q = unitWeight * unit + (1 - unitWeight) * piece
// (piecesOnUnits), then the path maximising the sum of log q with I only after B or I.
// `units` in text order; unitWeight in [0, 1].
std::vector<VotedSpan> voteTargetSpans(const std::vector<TokenTagProbs> &units,
                                       const std::vector<TokenTagProbs> &pieces, double unitWeight);

} // namespace mizan
