#include "ui/common/language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace mizan::ui {

Language::Language(QObject *parent) : QObject(parent) {}

Language *Language::instance()
{
    static Language *language = new Language(qApp);
    return language;
}

bool Language::apply(const QString &code)
{
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    m_qtLoaded = code != QStringLiteral("en") &&
                 m_qtTranslator.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qtTranslator);
    const bool loaded = m_translator.load(QStringLiteral(":/i18n/mizan_") + code);
    if (loaded)
        QCoreApplication::installTranslator(&m_translator);
    const bool arabic = code == QStringLiteral("ar");
    QLocale::setDefault(QLocale(arabic ? QLocale::Arabic : QLocale::English));
    QApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    m_current = code;
    Q_EMIT changed(code);
    return loaded;
}

} // namespace mizan::ui
