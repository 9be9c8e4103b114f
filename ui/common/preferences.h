#pragma once
// User preferences kept in QSettings: UI language, text font size, recent files.
#include <QString>
#include <QStringList>

namespace mizan::ui {

struct Preferences {
    // "ar", "en", or "" (follow the system locale).
    static QString language();
    static void setLanguage(const QString &code);
    // The language actually used: language(), or the system locale's when that is empty
    // ("ar" for any Arabic locale, else "en").
    static QString effectiveLanguage();

    static int textPointSize();  // 16 by default
    static void setTextPointSize(int points);

    static QStringList recentFiles();  // most recent first, at most 10
    static void addRecentFile(const QString &path);
};

} // namespace mizan::ui
