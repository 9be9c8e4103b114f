#include "ui/common/language.h"

#include <QApplication>
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
