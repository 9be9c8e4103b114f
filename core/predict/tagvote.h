#pragma once
// The transformer's tag probabilities moved onto the linear baseline's units, for the span
// vote of targets and entities: the baseline's CRF then decodes its units with them as extra
// evidence (BaselineModel::decodeWithEvidence). Units are the grid because span boundaries
// fall on them (a piece that starts inside a unit cannot start a span: "عر" of "سعر"). Plain C++.
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

// The transformer's probabilities on each unit: from the piece covering the unit's first
// character (a piece that began in an earlier unit gives no B-X: its B-X goes to I-X), or the
// unit's own probabilities where no piece overlaps it. `pieces` sorted by start; `labels`
// are "O", "B-X", "I-X", ... for both.
std::vector<std::vector<double>> piecesOnUnits(const std::vector<TokenTagProbs> &units,
                                               const std::vector<TokenTagProbs> &pieces,
                                               const std::vector<std::string> &labels);

} // namespace mizan
