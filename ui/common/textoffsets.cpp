#include "ui/common/textoffsets.h"

namespace mizan::ui {

Utf16Map::Utf16Map(const QString &text)
{
    m_cpToUtf16.reserve(text.size() + 1);
    m_utf16ToCp.resize(text.size() + 1);
    int cp = 0;
    for (int i = 0; i < text.size();) {
        m_cpToUtf16.push_back(i);
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size()
                          && text.at(i + 1).isLowSurrogate();
        m_utf16ToCp[i] = cp;
        if (pair) {
            m_utf16ToCp[i + 1] = cp;
            i += 2;
        } else {
            i += 1;
        }
        ++cp;
    }
    m_cpToUtf16.push_back(text.size());
    m_utf16ToCp[text.size()] = cp;
}

int Utf16Map::toUtf16(std::size_t codePoint) const
{
    if (m_cpToUtf16.isEmpty())
        return 0;
    if (codePoint >= static_cast<std::size_t>(m_cpToUtf16.size()))
        return m_cpToUtf16.back();
    return m_cpToUtf16.at(static_cast<int>(codePoint));
}

std::size_t Utf16Map::toCodePoint(int utf16) const
{
    if (m_utf16ToCp.isEmpty() || utf16 <= 0)
        return 0;
    if (utf16 >= m_utf16ToCp.size())
        return static_cast<std::size_t>(m_utf16ToCp.back());
    return static_cast<std::size_t>(m_utf16ToCp.at(utf16));
}

} // namespace mizan::ui
