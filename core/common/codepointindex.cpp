#include "common/codepointindex.h"

#include <algorithm>
#include <cstdint>

#include <unicode/utf8.h>

namespace mizan::utf8 {

CodePointIndex::CodePointIndex(std::string_view text) : m_text(text)
{
    const auto *s = reinterpret_cast<const uint8_t *>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < n) {  // the same steps as utf8::length and utf8::byteOffset
        m_offsets.push_back(static_cast<std::size_t>(i));
        U8_FWD_1(s, i, n);
    }
    m_offsets.push_back(text.size());
}

std::string CodePointIndex::substr(std::size_t start, std::size_t end) const
{
    const std::size_t length = m_offsets.size() - 1;
    start = std::min(start, length);
    end = std::min(std::max(end, start), length);
    return std::string(m_text.substr(m_offsets[start], m_offsets[end] - m_offsets[start]));
}

} // namespace mizan::utf8
