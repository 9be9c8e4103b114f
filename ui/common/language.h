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

    // Installs the translation for `code` ("ar" or "en"), beside Qt's own translation of its
    // dialogs and buttons (qtbase_CODE.qm from Qt's translations folder, Debian package
    // qt6-translations-l10n), and sets the application's layout direction (RightToLeft for
    // Arabic). Returns false when no Mizan translation is compiled in for `code` (the layout
    // direction is still applied). Numbers use Western digits in both languages (one choice,
    // everywhere: the default locale stays English).
    bool apply(const QString &code);
    QString current() const { return m_current; }
    // Whether Qt's own translation for the current language is installed.
    bool qtTranslationLoaded() const { return m_qtLoaded; }

Q_SIGNALS:
    void changed(const QString &code);

private:
    explicit Language(QObject *parent);
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    bool m_qtLoaded = false;
    QString m_current;
};

} // namespace mizan::ui
