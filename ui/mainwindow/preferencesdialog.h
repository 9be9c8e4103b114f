#pragma once
// Preferences: UI language (system, English, Arabic) and text size.
#include <QDialog>

class QComboBox;
class QSpinBox;

namespace mizan::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    // "" (system), "en" or "ar".
    QString language() const;
    int textPointSize() const;

private:
    QComboBox *m_language;
    QSpinBox *m_size;
};

} // namespace mizan::ui
