#include "corpus/lineindex.h"

#include <algorithm>

namespace mizan {

LineIndex::LineIndex(std::string_view text) : m_text(text)
{
    m_lineStarts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
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
    std::size_t column = 1;
    for (std::size_t i = m_lineStarts[line - 1]; i < byteOffset; ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++column;
    return {line, column};
}

} // namespace mizan
