#pragma once
// INTERNAL to the importers: one sentence's text looked up by code point. The text of a span
// and the occurrence of a target nearest a position (the lenient repair of a target whose
// offsets do not match) cost O(log n) each once the sentence is indexed: the code-point index
// is built once, and each distinct target's occurrences once, so a sentence with many opinions
// stays linear in its size instead of scanning the text again for every opinion.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mizan::detail {

class TargetFinder {
public:
    // `text` must outlive the finder (valid UTF-8).
    explicit TargetFinder(const std::string &text);

    // Code points in the text.
    std::size_t length() const { return m_byteAt.size() - 1; }
    // The code points [from, to); from <= to <= length().
    std::string_view span(std::size_t from, std::size_t to) const;
    // Code-point start of the occurrence of `target` nearest to `near` (the earlier of two
    // equally near ones), or nothing when it does not occur.
    std::optional<std::size_t> nearest(const std::string &target, std::size_t near);

private:
    const std::string &m_text;
    std::vector<std::size_t> m_byteAt;  // byte offset of code point k, k in [0, length()]
    std::unordered_map<std::string, std::vector<std::size_t>> m_occurrences;  // by target
};

} // namespace mizan::detail
