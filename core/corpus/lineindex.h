#pragma once
// Turns byte offsets into a text buffer (what pugixml and our own scanners report) into the
// 1-based line and code-point column that users see in an editor.
#include <cstddef>
#include <string_view>
#include <vector>

namespace mizan {

struct TextPosition {
    std::size_t line = 0;    // 1-based
    std::size_t column = 0;  // 1-based, in code points
};

class LineIndex {
public:
    // Indexes the line starts of `text` (LF, CRLF or lone CR). The buffer must outlive the
    // index and must not be modified before position() is called.
    explicit LineIndex(std::string_view text);

    // Line and column of `byteOffset` (clamped to the end of the text).
    TextPosition position(std::size_t byteOffset) const;

private:
    // Code points before `byteOffset`, from the samples below: constant time per call, so many
    // warnings on one long line stay linear.
    std::size_t codePointsBefore(std::size_t byteOffset) const;

    static constexpr std::size_t kStride = 256;
    std::string_view m_text;
    std::vector<std::size_t> m_lineStarts;
    std::vector<std::size_t> m_codePointsAt;  // code points before byte k * kStride
};

// Walks the lines of a text without copying: each line comes without its end (LF, CRLF or a
// lone CR, as old Mac files have), numbered from 1 like LineIndex numbers them.
class LineReader {
public:
    explicit LineReader(std::string_view text) : m_text(text) {}
    // The next line, or false at the end of the text.
    bool next(std::string_view &line)
    {
        if (m_pos >= m_text.size())
            return false;
        std::size_t eol = m_text.find_first_of("\r\n", m_pos);
        if (eol == std::string_view::npos)
            eol = m_text.size();
        line = m_text.substr(m_pos, eol - m_pos);
        m_pos = eol + 1;
        if (eol + 1 < m_text.size() && m_text[eol] == '\r' && m_text[eol + 1] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
    std::size_t lineNumber() const { return m_line; }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_line = 0;
};

} // namespace mizan
