#include "ui/common/fonts.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStringList>

namespace mizan::ui {

QString arabicFontFamily()
{
    static const QString family = [] {
        const QStringList preferred = {
            QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Arabic"),
            QStringLiteral("Amiri"), QStringLiteral("KacstOne"), QStringLiteral("DejaVu Sans")};
        const QStringList installed = QFontDatabase::families();
        for (const QString &name : preferred)
            if (installed.contains(name))
                return name;
        return QApplication::font().family();
    }();
    return family;
}

QFont arabicFont(int pointSize)
{
    QFont font(arabicFontFamily());
    font.setPointSize(pointSize);
    return font;
}

} // namespace mizan::ui
