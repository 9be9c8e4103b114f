#include "corpus/lineindex.h"

#include <algorithm>

namespace mizan {

namespace {

bool isLeadByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

} // namespace

LineIndex::LineIndex(std::string_view text) : m_text(text)
{
    m_lineStarts.push_back(0);
    m_codePointsAt.reserve(text.size() / kStride + 1);
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % kStride == 0)
            m_codePointsAt.push_back(codePoints);
        codePoints += isLeadByte(text[i]) ? 1 : 0;
        if (text[i] == '\n')
            m_lineStarts.push_back(i + 1);
        else if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))
            m_lineStarts.push_back(i + 1);
    }
}

TextPosition LineIndex::position(std::size_t byteOffset) const
{
    byteOffset = std::min(byteOffset, m_text.size());
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byteOffset);
    std::size_t line = static_cast<std::size_t>(it - m_lineStarts.begin());
    const std::size_t column = codePointsBefore(byteOffset) - codePointsBefore(m_lineStarts[line - 1]) + 1;
    return {line, column};
}

std::size_t LineIndex::codePointsBefore(std::size_t byteOffset) const
{
    if (m_codePointsAt.empty())
        return 0;
    const std::size_t sample = std::min(byteOffset / kStride, m_codePointsAt.size() - 1);
    std::size_t count = m_codePointsAt[sample];
    for (std::size_t i = sample * kStride; i < byteOffset; ++i)
        count += isLeadByte(m_text[i]) ? 1 : 0;
    return count;
}

} // namespace mizan
