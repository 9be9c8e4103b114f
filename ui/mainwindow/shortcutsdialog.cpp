#include "ui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/common/bidi.h"

namespace mizan::ui {

QList<QPair<QString, QString>> ShortcutsDialog::rows(const QList<QAction *> &actions)
{
    QList<QPair<QString, QString>> out;
    for (const QAction *action : actions) {
        if (!action || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        // Undo and Redo carry the command's text ("Undo Add span..."): keep their first word.
        if (action->objectName() == QLatin1String("undoAction") || action->objectName() == QLatin1String("redoAction"))
            text = action->objectName() == QLatin1String("undoAction") ? tr("Undo") : tr("Redo");
        // Keys stay left to right inside a right-to-left table.
        out.push_back({text, ltr(keys.join(QStringLiteral(", ")))});
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, const QList<QPair<QString, QString>> &otherKeys,
                                 QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<QPair<QString, QString>> all = rows(actions) + otherKeys;
    m_table->setColumnCount(2);
    m_table->setRowCount(all.size());
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    for (int i = 0; i < all.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(all[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(all[i].second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

} // namespace mizan::ui
