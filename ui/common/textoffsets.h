#pragma once
// The one place where core's code-point offsets meet QString's UTF-16 positions.
#include <QString>
#include <QVector>

#include <cstddef>
#include <string>

namespace mizan::ui {

inline QString toQString(const std::string &utf8) { return QString::fromStdString(utf8); }
inline std::string toStd(const QString &text) { return text.toStdString(); }

// Maps code-point indices of one string to UTF-16 indices and back. Built once per string;
// both directions are O(1). Indices past the end clamp to the end.
class Utf16Map {
public:
    Utf16Map() = default;
    explicit Utf16Map(const QString &text);

    // UTF-16 index of code point `codePoint` (text.size() at or past the end).
    int toUtf16(std::size_t codePoint) const;
    // Code-point index of the code point that contains UTF-16 index `utf16` (a position in the
    // middle of a surrogate pair maps to that pair's code point).
    std::size_t toCodePoint(int utf16) const;
    std::size_t codePointCount() const { return m_cpToUtf16.isEmpty() ? 0 : m_cpToUtf16.size() - 1; }

private:
    QVector<int> m_cpToUtf16;      // size = code points + 1
    QVector<int> m_utf16ToCp;      // size = utf16 length + 1
};

} // namespace mizan::ui
