#pragma once
// The Arabic-capable font used by text views.
#include <QFont>

namespace mizan::ui {

// The first installed family of Noto Naskh Arabic, Noto Sans Arabic, Amiri, KacstOne,
// DejaVu Sans (which also shapes Arabic); the application font when none is installed.
QString arabicFontFamily();
// arabicFontFamily() at `pointSize`.
QFont arabicFont(int pointSize);

} // namespace mizan::ui
