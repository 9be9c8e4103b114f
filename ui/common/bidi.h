#pragma once
// Bidirectional isolation for left-to-right runs (paths, numbers, timestamps, key names)
// shown inside right-to-left text, so "/runs/run3/model" never reads "runs/run3/model/".
#include <QString>

namespace mizan::ui {

// `text` between U+2066 LEFT-TO-RIGHT ISOLATE and U+2069 POP DIRECTIONAL ISOLATE.
inline QString ltr(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace mizan::ui
