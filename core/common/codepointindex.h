#pragma once
// Many code-point ranges of one text: utf8::substr walks from the text's start each time, so
// taking every predicted span of a long line that way is quadratic. The index is built once
// and each substring then costs its own length.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::utf8 {

class CodePointIndex {
public:
    // Keeps a view of `text`, which must outlive the index.
    explicit CodePointIndex(std::string_view text);
    // The code points [start, end) as UTF-8, clamped to the text like utf8::substr.
    std::string substr(std::size_t start, std::size_t end) const;

private:
    std::string_view m_text;
    std::vector<std::size_t> m_offsets;  // byte offset of each code point, then text.size()
};

} // namespace mizan::utf8
