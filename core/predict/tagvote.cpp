#include "predict/tagvote.h"

#include <algorithm>

namespace mizan {

namespace {

// 'B' / 'I' and the type of a BIO label; 'O' for anything else.
std::pair<char, std::string> bio(const std::string &label)
{
    if (label.size() > 2 && (label[0] == 'B' || label[0] == 'I') && label[1] == '-')
        return {label[0], label.substr(2)};
    return {'O', {}};
}

// Index of I-X for each B-X label (or -1).
std::vector<long> insideOf(const std::vector<std::string> &labels)
{
    std::vector<long> out(labels.size(), -1);
    for (std::size_t b = 0; b < labels.size(); ++b) {
        const auto [kind, type] = bio(labels[b]);
        if (kind != 'B')
            continue;
        const auto it = std::find(labels.begin(), labels.end(), "I-" + type);
        if (it != labels.end())
            out[b] = long(it - labels.begin());
    }
    return out;
}

} // namespace

std::vector<std::vector<double>> piecesOnUnits(const std::vector<TokenTagProbs> &units,
                                               const std::vector<TokenTagProbs> &pieces,
                                               const std::vector<std::string> &labels)
{
    const auto inside = insideOf(labels);
    std::vector<std::vector<double>> out;
    out.reserve(units.size());
    std::size_t p = 0;
    for (const TokenTagProbs &u : units) {
        while (p < pieces.size() && pieces[p].end <= u.start)
            ++p;
        if (p == pieces.size() || pieces[p].start >= u.end || pieces[p].probs.size() != labels.size()) {
            out.push_back(u.probs);  // no piece overlaps the unit
            continue;
        }
        std::vector<double> q = pieces[p].probs;
        if (pieces[p].start < u.start)  // the piece began in an earlier unit: no B here
            for (std::size_t b = 0; b < q.size(); ++b)
                if (inside[b] >= 0) {
                    q[std::size_t(inside[b])] += q[b];
                    q[b] = 0.0;
                }
        out.push_back(std::move(q));
    }
    return out;
}

} // namespace mizan
