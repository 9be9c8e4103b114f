#include "annotation/neardup.h"

#include <algorithm>

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
    for (std::size_t candidate : order) {
        if (kept.size() >= count)
            break;
        bool duplicate = false;
        if (threshold <= 1.0)
            for (std::size_t k : kept)
                if (jaccard(signatures[candidate], signatures[k]) >= threshold) {
                    duplicate = true;
                    break;
                }
        if (!duplicate)
            kept.push_back(candidate);
    }
    return kept;
}

} // namespace mizan
