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
    // The corpus now open (its file name; empty: none) and whether it is the bundled sample:
    // the heading says so, and the recent files are read again.
    void setOpenCorpus(const QString &name, bool sample);

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
    QString m_openName;
    bool m_openIsSample = true;  // the studio starts on the sample
};

} // namespace mizan::ui
