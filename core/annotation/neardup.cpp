#include "annotation/neardup.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "common/utf8.h"

namespace mizan {
namespace {

bool isDroppedMark(char32_t c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640; }

std::u32string normalised(const std::string &text)
{
    std::u32string out;
    bool space = false;
    for (char32_t c : utf8::decodeLossy(text)) {
        if (isDroppedMark(c))
            continue;
        if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out.push_back(U' ');
        space = false;
        out.push_back(c >= U'A' && c <= U'Z' ? c + 32 : c);
    }
    return out;
}

std::uint64_t fnv1a(const char32_t *p, std::size_t n)
{
    std::uint64_t h = 1469598103934665603ull;
    for (std::size_t i = 0; i < n; ++i) {
        h ^= std::uint64_t(p[i]);
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

std::vector<std::uint64_t> ngramSignature(const std::string &text, std::size_t n)
{
    const std::u32string s = normalised(text);
    std::vector<std::uint64_t> out;
    if (s.empty())
        return out;
    if (n == 0 || s.size() < n)
        return {fnv1a(s.data(), s.size())};
    for (std::size_t i = 0; i + n <= s.size(); ++i)
        out.push_back(fnv1a(s.data() + i, n));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double jaccard(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b)
{
    if (a.empty() && b.empty())
        return 1.0;
    std::size_t common = 0, i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

namespace {

// Exact, without comparing every pair (the whole pool with --top 0 was quadratic), after
// PPJoin (Xiao et al. 2008): every signature is ordered rarest token first (one global order);
// two sets with Jaccard >= t share a token within the first |x| - ceil(t |x|) + 1 of each
// (prefix filtering); their sizes are within a factor t (length filter); and a shared token at
// positions i of x and j of y leaves room for at most the overlap counted so far + 1 +
// min(|x| - i - 1, |y| - j - 1), which must reach t (|x| + |y|) / (1 + t) (positional filter:
// sets that share only mid-frequency tokens stop being compared). Only the kept sets that
// survive are compared in full.
class PrefixIndex {
public:
    PrefixIndex(const std::vector<std::size_t> &order, const std::vector<std::vector<std::uint64_t>> &signatures,
                double threshold)
        : m_signatures(signatures), m_threshold(threshold), m_ordered(signatures.size()),
          m_seenBy(signatures.size(), SIZE_MAX), m_overlap(signatures.size(), 0)
    {
        for (std::size_t candidate : order)
            for (std::uint64_t h : signatures[candidate])
                ++m_frequency[h];
    }

    // True when a kept set has Jaccard >= threshold with `candidate`'s (non-empty) signature.
    bool hasSimilar(std::size_t candidate)
    {
        const std::vector<std::uint64_t> &x = ordered(candidate);
        const std::size_t lx = x.size();
        std::vector<std::size_t> survivors;
        for (std::size_t i = 0; i < prefixLength(lx); ++i) {
            auto it = m_index.find(x[i]);
            if (it == m_index.end())
                continue;
            for (const auto &[k, j] : it->second) {
                const std::size_t ly = m_ordered[k].size();
                if (double(std::min(lx, ly)) < m_threshold * double(std::max(lx, ly)) - 1e-9)
                    continue;
                if (m_seenBy[k] != candidate) {
                    m_seenBy[k] = candidate;
                    m_overlap[k] = 0;
                    survivors.push_back(k);
                }
                if (m_overlap[k] < 0)
                    continue;  // pruned for this candidate
                const auto alpha = static_cast<std::ptrdiff_t>(
                    std::ceil(m_threshold * double(lx + ly) / (1.0 + m_threshold) - 1e-9));
                const auto bound = m_overlap[k] + 1 + static_cast<std::ptrdiff_t>(std::min(lx - i - 1, ly - j - 1));
                m_overlap[k] = bound >= alpha ? m_overlap[k] + 1 : -1;
            }
        }
        for (std::size_t k : survivors)
            if (m_overlap[k] > 0 && jaccard(m_signatures[candidate], m_signatures[k]) >= m_threshold)
                return true;
        return false;
    }

    // Indexes kept `candidate`'s prefix tokens with their positions.
    void add(std::size_t candidate)
    {
        const std::vector<std::uint64_t> &x = ordered(candidate);
        for (std::size_t j = 0; j < prefixLength(x.size()); ++j)
            m_index[x[j]].emplace_back(candidate, j);
    }

private:
    std::size_t prefixLength(std::size_t size) const
    {
        const auto need = static_cast<std::size_t>(std::ceil(m_threshold * double(size) - 1e-9));
        return std::min(size, size - std::min(need, size) + 1);
    }

    const std::vector<std::uint64_t> &ordered(std::size_t i)
    {
        std::vector<std::uint64_t> &o = m_ordered[i];
        if (o.empty() && !m_signatures[i].empty()) {
            o = m_signatures[i];
            std::sort(o.begin(), o.end(), [&](std::uint64_t a, std::uint64_t b) {
                const std::uint32_t fa = m_frequency[a], fb = m_frequency[b];
                return fa != fb ? fa < fb : a < b;
            });
        }
        return o;
    }

    const std::vector<std::vector<std::uint64_t>> &m_signatures;
    double m_threshold;
    std::unordered_map<std::uint64_t, std::uint32_t> m_frequency;
    std::vector<std::vector<std::uint64_t>> m_ordered;                                   // rarest first
    std::unordered_map<std::uint64_t, std::vector<std::pair<std::size_t, std::size_t>>> m_index;  // -> kept, position
    std::vector<std::size_t> m_seenBy;        // the candidate that last touched each kept set
    std::vector<std::ptrdiff_t> m_overlap;    // prefix overlap counted so far; -1 when pruned
};

} // namespace

std::vector<std::size_t> pickDiverse(const std::vector<std::size_t> &order,
                                     const std::vector<std::vector<std::uint64_t>> &signatures, std::size_t count,
                                     double threshold)
{
    std::vector<std::size_t> kept;
    if (threshold > 1.0) {
        for (std::size_t i = 0; i < order.size() && kept.size() < count; ++i)
            kept.push_back(order[i]);
        return kept;
    }
    if (threshold <= 0.0) {  // every pair is similar enough: the best alone
        if (!order.empty() && count > 0)
            kept.push_back(order[0]);
        return kept;
    }
    PrefixIndex index(order, signatures, threshold);
    bool emptyKept = false;
    for (std::size_t candidate : order) {
        if (kept.size() >= count)
            break;
        const std::vector<std::uint64_t> &sig = signatures[candidate];
        if (sig.empty() ? emptyKept : index.hasSimilar(candidate))  // two empty signatures: similarity 1
            continue;
        kept.push_back(candidate);
        emptyKept = emptyKept || sig.empty();
        index.add(candidate);
    }
    return kept;
}

} // namespace mizan
