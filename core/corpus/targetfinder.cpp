#include "corpus/targetfinder.h"

#include <algorithm>

#include "common/utf8.h"

namespace mizan::detail {

namespace {

// Code-point starts of every occurrence of `target` in `text`, overlapping ones included, in
// order. Linear in the text and the target (Knuth-Morris-Pratt), however often it occurs.
std::vector<std::size_t> occurrences(const std::string &text, const std::string &target)
{
    std::vector<std::size_t> out;
    if (target.empty() || target.size() > text.size())
        return out;
    std::vector<std::size_t> fail(target.size(), 0);
    for (std::size_t i = 1, k = 0; i < target.size(); ++i) {
        while (k > 0 && target[i] != target[k])
            k = fail[k - 1];
        if (target[i] == target[k])
            ++k;
        fail[i] = k;
    }
    const std::size_t targetLength = utf8::length(target);
    std::size_t cp = 0;  // code points up to and including byte i
    for (std::size_t i = 0, k = 0; i < text.size(); ++i) {
        cp += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
        while (k > 0 && text[i] != target[k])
            k = fail[k - 1];
        if (text[i] == target[k])
            ++k;
        if (k == target.size()) {
            out.push_back(cp - targetLength);  // the match is the target's code points
            k = fail[k - 1];
        }
    }
    return out;
}

} // namespace

TargetFinder::TargetFinder(const std::string &text) : m_text(text)
{
    m_byteAt.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            m_byteAt.push_back(i);
    m_byteAt.push_back(text.size());
}

std::string_view TargetFinder::span(std::size_t from, std::size_t to) const
{
    to = std::min(to, length());
    from = std::min(from, to);
    return std::string_view(m_text).substr(m_byteAt[from], m_byteAt[to] - m_byteAt[from]);
}

std::optional<std::size_t> TargetFinder::nearest(const std::string &target, std::size_t near)
{
    auto found = m_occurrences.find(target);
    if (found == m_occurrences.end())
        found = m_occurrences.emplace(target, occurrences(m_text, target)).first;
    const std::vector<std::size_t> &at = found->second;
    if (at.empty())
        return std::nullopt;
    auto after = std::lower_bound(at.begin(), at.end(), near);
    if (after == at.begin())
        return *after;
    if (after == at.end() || near - *std::prev(after) <= *after - near)
        return *std::prev(after);
    return *after;
}

} // namespace mizan::detail
