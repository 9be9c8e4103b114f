#include "coverage.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "annotation/neardup.h"

namespace mizan {

CoveragePicker::CoveragePicker(const std::vector<std::string> &candidates, const std::vector<std::string> &labelled,
                               bool perLength)
    : m_perLength(perLength)
{
    std::unordered_map<std::uint64_t, std::uint32_t> ids;
    std::vector<double> df;
    const auto idsOf = [&](const std::string &text) {
        std::vector<std::uint32_t> out;
        for (std::uint64_t h : ngramSignature(text)) {
            const auto [it, added] = ids.emplace(h, std::uint32_t(df.size()));
            if (added)
                df.push_back(0.0);
            df[it->second] += 1.0;
            out.push_back(it->second);
        }
        return out;
    };
    for (const std::string &t : candidates)
        m_features.push_back(idsOf(t));
    std::vector<std::vector<std::uint32_t>> known;
    for (const std::string &t : labelled)
        known.push_back(idsOf(t));
    m_weight.resize(df.size());
    for (std::size_t f = 0; f < df.size(); ++f)
        m_weight[f] = std::log1p(df[f]);
    m_covered.assign(df.size(), false);
    for (const auto &k : known)
        for (std::uint32_t f : k)
            m_covered[f] = true;
}

double CoveragePicker::gain(std::size_t i) const
{
    double g = 0.0;
    for (std::uint32_t f : m_features[i])
        if (!m_covered[f])
            g += m_weight[f];
    return m_perLength && !m_features[i].empty() ? g / std::sqrt(double(m_features[i].size())) : g;
}

std::vector<std::size_t> CoveragePicker::pick(const std::vector<double> &base, const std::vector<std::size_t> &bucket,
                                              std::size_t count)
{
    const std::size_t n = m_features.size();
    const std::size_t buckets = bucket.empty() ? 1 : *std::max_element(bucket.begin(), bucket.end()) + 1;
    std::vector<bool> taken(n, false);
    std::vector<std::size_t> out;
    for (std::size_t turn = 0; out.size() < std::min(count, n); ++turn) {
        const std::size_t want = turn % buckets;
        std::size_t best = n;
        double bestScore = -1.0;
        for (int pass = 0; pass < 2 && best == n; ++pass)  // pass 1: any bucket, once this one is empty
            for (std::size_t i = 0; i < n; ++i) {
                if (taken[i] || (pass == 0 && !bucket.empty() && bucket[i] != want))
                    continue;
                const double s = (base.empty() ? 1.0 : base[i]) * gain(i);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
        taken[best] = true;
        out.push_back(best);
        for (std::uint32_t f : m_features[best])
            m_covered[f] = true;
    }
    return out;
}

} // namespace mizan
