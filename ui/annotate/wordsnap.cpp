#include "ui/annotate/wordsnap.h"

#include <algorithm>

namespace mizan::ui {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

std::pair<int, int> snapToWords(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, static_cast<int>(text.size()));
    end = std::clamp(end, 0, static_cast<int>(text.size()));
    if (end < start)
        std::swap(start, end);
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return {start, end};
    if (isWordChar(text.at(start)))
        while (start > 0 && isWordChar(text.at(start - 1)))
            --start;
    if (isWordChar(text.at(end - 1)))
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
    return {start, end};
}

} // namespace mizan::ui
