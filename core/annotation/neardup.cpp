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
    // Exact, without comparing every pair (the whole pool with --top 0 was quadratic): two
    // sets with Jaccard >= t share a token within their first |x| - ceil(t |x|) + 1 tokens in
    // any one global order (prefix filtering). Rarest tokens first keeps the probed lists short;
    // only kept sets that share a prefix token are compared in full.
    std::unordered_map<std::uint64_t, std::uint32_t> frequency;
    for (std::size_t candidate : order)
        for (std::uint64_t h : signatures[candidate])
            ++frequency[h];
    auto prefix = [&](const std::vector<std::uint64_t> &sig) {
        std::vector<std::uint64_t> p = sig;
        std::sort(p.begin(), p.end(), [&](std::uint64_t x, std::uint64_t y) {
            const std::uint32_t fx = frequency[x], fy = frequency[y];
            return fx != fy ? fx < fy : x < y;
        });
        const auto need = static_cast<std::size_t>(std::ceil(threshold * double(p.size()) - 1e-9));
        p.resize(std::min(p.size(), p.size() - std::min(need, p.size()) + 1));
        return p;
    };
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> index;  // prefix token -> kept
    std::vector<std::size_t> seenBy(signatures.size(), SIZE_MAX);      // kept probed for candidate
    bool emptyKept = false;
    for (std::size_t candidate : order) {
        if (kept.size() >= count)
            break;
        const std::vector<std::uint64_t> &sig = signatures[candidate];
        bool duplicate = sig.empty() && emptyKept;  // two empty signatures: similarity 1
        const std::vector<std::uint64_t> probe = sig.empty() ? std::vector<std::uint64_t>{} : prefix(sig);
        for (std::size_t t = 0; t < probe.size() && !duplicate; ++t) {
            auto it = index.find(probe[t]);
            if (it == index.end())
                continue;
            for (std::size_t k : it->second) {
                if (seenBy[k] == candidate)
                    continue;
                seenBy[k] = candidate;
                if (jaccard(sig, signatures[k]) >= threshold) {
                    duplicate = true;
                    break;
                }
            }
        }
        if (duplicate)
            continue;
        kept.push_back(candidate);
        emptyKept = emptyKept || sig.empty();
        for (std::uint64_t h : probe)
            index[h].push_back(candidate);
    }
    return kept;
}

} // namespace mizan
