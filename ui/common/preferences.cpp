#include "ui/common/preferences.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace mizan::ui {

namespace {
const auto kLanguage = QStringLiteral("ui/language");
const auto kPointSize = QStringLiteral("text/pointSize");
const auto kRecent = QStringLiteral("files/recent");
constexpr int kMaxRecent = 10;
} // namespace

QString Preferences::language() { return QSettings().value(kLanguage).toString(); }

void Preferences::setLanguage(const QString &code) { QSettings().setValue(kLanguage, code); }

QString Preferences::effectiveLanguage()
{
    const QString chosen = language();
    if (!chosen.isEmpty())
        return chosen;
    return QLocale::system().language() == QLocale::Arabic ? QStringLiteral("ar") : QStringLiteral("en");
}

int Preferences::textPointSize() { return QSettings().value(kPointSize, 16).toInt(); }

void Preferences::setTextPointSize(int points) { QSettings().setValue(kPointSize, points); }

QStringList Preferences::recentFiles() { return QSettings().value(kRecent).toStringList(); }

void Preferences::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecent, files);
}

} // namespace mizan::ui
