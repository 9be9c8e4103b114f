#pragma once
// Help > Keyboard Shortcuts: a sheet generated from the actions themselves (their current
// text and shortcuts), so it can never disagree with what the keys do, plus the keys that are
// not actions (number keys, selection keys).
#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QAction;
class QTableWidget;

namespace mizan::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, const QList<QPair<QString, QString>> &otherKeys,
                    QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    // (action text without '&', its shortcuts in native text) for every action with a shortcut.
    static QList<QPair<QString, QString>> rows(const QList<QAction *> &actions);

private:
    QTableWidget *m_table;
};

} // namespace mizan::ui
