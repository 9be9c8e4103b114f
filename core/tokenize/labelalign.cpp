#include "tokenize/labelalign.h"

#include <algorithm>

namespace mizan {

std::vector<int> tokenWordIndices(const Encoding &enc, const std::vector<CharRange> &words)
{
    // Words sorted by start, so each token finds its word by binary search.
    std::vector<std::size_t> order(words.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t x, std::size_t y) { return words[x].start < words[y].start; });

    std::vector<int> out(enc.size(), -1);
    for (std::size_t t = 0; t < enc.size(); ++t) {
        if (enc.sequenceIds[t] != 0)
            continue;
        const std::size_t pos = enc.offsets[t].start;
        auto it = std::upper_bound(order.begin(), order.end(), pos,
                                   [&](std::size_t p, std::size_t w) { return p < words[w].start; });
        if (it == order.begin())
            continue;
        const std::size_t w = *(it - 1);
        if (pos >= words[w].start && pos < words[w].end)
            out[t] = static_cast<int>(w);
    }
    return out;
}

std::vector<std::int64_t> alignLabelsToTokens(const Encoding &enc, const std::vector<CharRange> &words,
                                              const std::vector<std::int64_t> &wordLabels, std::int64_t ignore)
{
    std::vector<std::int64_t> out(enc.size(), ignore);
    if (wordLabels.size() != words.size())
        return out;
    const std::vector<int> index = tokenWordIndices(enc, words);
    std::vector<bool> seen(words.size(), false);
    for (std::size_t t = 0; t < index.size(); ++t) {
        const int w = index[t];
        if (w < 0 || seen[static_cast<std::size_t>(w)])
            continue;
        seen[static_cast<std::size_t>(w)] = true;
        out[t] = wordLabels[static_cast<std::size_t>(w)];
    }
    return out;
}

std::vector<std::int64_t> tokenLabelsToWords(const Encoding &enc, const std::vector<CharRange> &words,
                                             const std::vector<std::int64_t> &tokenLabels, std::int64_t missing)
{
    std::vector<std::int64_t> out(words.size(), missing);
    const std::vector<int> index = tokenWordIndices(enc, words);
    std::vector<bool> seen(words.size(), false);
    for (std::size_t t = 0; t < index.size() && t < tokenLabels.size(); ++t) {
        const int w = index[t];
        if (w < 0 || seen[static_cast<std::size_t>(w)])
            continue;
        seen[static_cast<std::size_t>(w)] = true;
        out[static_cast<std::size_t>(w)] = tokenLabels[t];
    }
    return out;
}

} // namespace mizan
