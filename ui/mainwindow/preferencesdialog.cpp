#include "ui/mainwindow/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

#include "ui/common/preferences.h"

namespace mizan::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_size(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Preferences::language())));
    m_size->setRange(8, 48);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(Preferences::textPointSize());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Text size:"), m_size);
    form->addRow(buttons);
}

QString PreferencesDialog::language() const { return m_language->currentData().toString(); }

int PreferencesDialog::textPointSize() const { return m_size->value(); }

} // namespace mizan::ui
