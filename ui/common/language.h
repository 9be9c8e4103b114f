#pragma once
// Switches the UI language at run time: installs the compiled-in translation and mirrors the
// layout for Arabic. Widgets retranslate on QEvent::LanguageChange.
#include <QObject>
#include <QString>
#include <QTranslator>

namespace mizan::ui {

class Language : public QObject {
    Q_OBJECT
public:
    // The application-wide instance (created on first use, parented to qApp).
    static Language *instance();

    // Installs the translation for `code` ("ar" or "en") and sets the application's layout
    // direction (RightToLeft for Arabic). Returns false when no translation is compiled in
    // for `code` (the layout direction is still applied).
    bool apply(const QString &code);
    QString current() const { return m_current; }

Q_SIGNALS:
    void changed(const QString &code);

private:
    explicit Language(QObject *parent);
    QTranslator m_translator;
    QString m_current;
};

} // namespace mizan::ui
