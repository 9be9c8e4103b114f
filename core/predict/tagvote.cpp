#include "predict/tagvote.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

std::vector<VotedSpan> voteSpans(const std::vector<TokenTagProbs> &units, const std::vector<TokenTagProbs> &pieces,
                                 const std::vector<std::string> &labels, double unitWeight)
{
    const std::size_t n = units.size(), L = labels.size();
    if (n == 0 || L == 0)
        return {};
    const double w = std::clamp(unitWeight, 0.0, 1.0);
    const auto fromPieces = piecesOnUnits(units, pieces, labels);
    std::vector<std::vector<double>> q(n, std::vector<double>(L, 0.0));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t l = 0; l < L; ++l) {
            const double a = l < units[i].probs.size() ? units[i].probs[l] : 0.0;
            const double b = l < fromPieces[i].size() ? fromPieces[i][l] : 0.0;
            q[i][l] = w * a + (1.0 - w) * b;
        }
    std::vector<std::pair<char, std::string>> parts;
    for (const std::string &l : labels)
        parts.push_back(bio(l));
    auto allowed = [&](long from, std::size_t to) {
        if (parts[to].first != 'I')
            return true;
        return from >= 0 && parts[std::size_t(from)].first != 'O' && parts[std::size_t(from)].second == parts[to].second;
    };
    // Viterbi (emission log q, no transition scores, BIO constraints).
    constexpr double kNone = -std::numeric_limits<double>::infinity();
    auto logq = [&](std::size_t i, std::size_t l) { return std::log(std::max(q[i][l], 1e-12)); };
    std::vector<std::vector<double>> best(n, std::vector<double>(L, kNone));
    std::vector<std::vector<std::size_t>> back(n, std::vector<std::size_t>(L, 0));
    for (std::size_t l = 0; l < L; ++l)
        if (allowed(-1, l))
            best[0][l] = logq(0, l);
    for (std::size_t i = 1; i < n; ++i)
        for (std::size_t to = 0; to < L; ++to) {
            double top = kNone;
            for (std::size_t from = 0; from < L; ++from)
                if (allowed(long(from), to) && best[i - 1][from] > top) {
                    top = best[i - 1][from];
                    back[i][to] = from;
                }
            if (top != kNone)
                best[i][to] = top + logq(i, to);
        }
    std::vector<std::size_t> path(n);
    path[n - 1] = std::size_t(std::max_element(best[n - 1].begin(), best[n - 1].end()) - best[n - 1].begin());
    for (std::size_t i = n - 1; i > 0; --i)
        path[i - 1] = back[i][path[i]];

    std::vector<VotedSpan> spans;
    for (std::size_t i = 0; i < n;) {
        if (parts[path[i]].first != 'B') {
            ++i;
            continue;
        }
        const std::string &type = parts[path[i]].second;
        std::size_t j = i + 1;
        double sum = q[i][path[i]];
        while (j < n && parts[path[j]].first == 'I' && parts[path[j]].second == type)
            sum += q[j][path[j++]];
        spans.push_back({units[i].start, units[j - 1].end, type, sum / double(j - i)});
        i = j;
    }
    return spans;
}

} // namespace mizan
