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
    m_qtLoaded =
        code != QStringLiteral("en") &&
        m_qtTranslator.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qtTranslator);
    const bool loaded = m_translator.load(QStringLiteral(":/i18n/mizan_") + code);
    if (loaded)
        QCoreApplication::installTranslator(&m_translator);
    const bool arabic = code == QStringLiteral("ar");
    // One digit choice for both languages: Western digits with a decimal point, as in the corpus
    // files, sentence ids, code-point offsets, metrics and the CLI. Widgets that format numbers
    // through the locale (spin boxes, progress bars, tree and table cells) follow the default
    // locale, so it stays English; Arabic comes from the translation and the mirrored layout.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    m_current = code;
    Q_EMIT changed(code);
    return loaded;
}

} // namespace mizan::ui
