#pragma once
// The Welcome panel: first steps (open the sample corpus, try the Playground, train on your
// data, open or import your own files) and the recent files.
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QToolButton;

namespace mizan::ui {

class WelcomePanel : public QWidget {
    Q_OBJECT
public:
    // One button per action, in this order.
    explicit WelcomePanel(const QList<QAction *> &actions, QWidget *parent = nullptr);
    void refreshRecent();

Q_SIGNALS:
    void recentFileActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    QLabel *m_heading;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
};

} // namespace mizan::ui
