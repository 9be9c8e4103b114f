#include "predict/targetvote.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mizan {

namespace {
constexpr std::size_t kO = 0, kB = 1, kI = 2;
}

std::vector<std::array<double, 3>> piecesOnUnits(const std::vector<TokenTagProbs> &units,
                                                 const std::vector<TokenTagProbs> &pieces)
{
    std::vector<std::array<double, 3>> out;
    out.reserve(units.size());
    std::size_t p = 0;
    for (const TokenTagProbs &u : units) {
        while (p < pieces.size() && pieces[p].end <= u.start)
            ++p;
        if (p == pieces.size() || pieces[p].start >= u.end) {
            out.push_back(u.probs);  // no piece overlaps the unit
            continue;
        }
        const auto &q = pieces[p].probs;
        if (pieces[p].start < u.start)
            out.push_back({q[kO], 0.0, q[kB] + q[kI]});  // the piece began in an earlier unit
        else
            out.push_back(q);
    }
    return out;
}

std::vector<VotedSpan> voteTargetSpans(const std::vector<TokenTagProbs> &units,
                                       const std::vector<TokenTagProbs> &pieces, double unitWeight)
{
    const std::size_t n = units.size();
    if (n == 0)
        return {};
    const double w = std::clamp(unitWeight, 0.0, 1.0);
    const auto fromPieces = piecesOnUnits(units, pieces);
    std::vector<std::array<double, 3>> q(n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t l = 0; l < 3; ++l)
            q[i][l] = w * units[i].probs[l] + (1.0 - w) * fromPieces[i][l];
    // Viterbi over O, B, I with I only after B or I (emission log q, no transition scores).
    constexpr double kNone = -std::numeric_limits<double>::infinity();
    auto logq = [&](std::size_t i, std::size_t l) { return std::log(std::max(q[i][l], 1e-12)); };
    std::vector<std::array<double, 3>> best(n);
    std::vector<std::array<std::size_t, 3>> back(n);
    best[0] = {logq(0, kO), logq(0, kB), kNone};
    for (std::size_t i = 1; i < n; ++i) {
        for (std::size_t to = 0; to < 3; ++to) {
            double top = kNone;
            std::size_t arg = kO;
            for (std::size_t from = 0; from < 3; ++from) {
                if (to == kI && from == kO)
                    continue;
                if (best[i - 1][from] > top) {
                    top = best[i - 1][from];
                    arg = from;
                }
            }
            best[i][to] = top == kNone ? kNone : top + logq(i, to);
            back[i][to] = arg;
        }
    }
    std::vector<std::size_t> path(n);
    path[n - 1] = std::size_t(std::max_element(best[n - 1].begin(), best[n - 1].end()) - best[n - 1].begin());
    for (std::size_t i = n - 1; i > 0; --i)
        path[i - 1] = back[i][path[i]];

    std::vector<VotedSpan> spans;
    for (std::size_t i = 0; i < n;) {
        if (path[i] != kB) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        double sum = q[i][kB];
        while (j < n && path[j] == kI)
            sum += q[j++][kI];
        spans.push_back({units[i].start, units[j - 1].end, sum / double(j - i)});
        i = j;
    }
    return spans;
}

} // namespace mizan
