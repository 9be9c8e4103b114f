#include "ui/mainwindow/welcomepanel.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/common/bidi.h"
#include "ui/common/preferences.h"

namespace mizan::ui {

WelcomePanel::WelcomePanel(const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_recentLabel(new QLabel(this)), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    m_heading->setWordWrap(true);
    // Stacked, so each first step reads as one line in either language.
    auto *buttons = new QVBoxLayout;
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 1);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentFileActivated(item->data(Qt::UserRole).toString()); });
    retranslate();
    refreshRecent();
}

void WelcomePanel::retranslate()
{
    // Says what is really open (never "the sample" when another file is).
    const QString what = m_openName.isEmpty() ? tr("Open a corpus (or the sample corpus from the File menu), then")
                         : m_openIsSample      ? tr("The bundled sample corpus is open:")
                                               : tr("%1 is open:").arg(ltr(m_openName.toHtmlEscaped()));
    m_heading->setText(tr("<b>Welcome to Mizan Studio.</b>") + QLatin1Char(' ') + what + QLatin1Char(' ') +
                       tr("pick a sentence, select a target and press a number key to label it.") +
                       QLatin1Char(' ') +
                       tr("The Playground already works with the default model (hotel reviews, trained on "
                          "SemEval-2016); train on your data to get your own."));
    m_recentLabel->setText(tr("Recent files:"));
}

void WelcomePanel::setOpenCorpus(const QString &name, bool sample)
{
    m_openName = name;
    m_openIsSample = sample;
    retranslate();
    refreshRecent();
}

void WelcomePanel::refreshRecent()
{
    m_recent->clear();
    for (const QString &path : Preferences::recentFiles()) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setToolTip(path);
        item->setData(Qt::UserRole, path);
    }
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePanel::showEvent(QShowEvent *event)
{
    refreshRecent();
    QWidget::showEvent(event);
}

} // namespace mizan::ui
