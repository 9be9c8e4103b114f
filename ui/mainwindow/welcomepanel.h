#pragma once
// The Welcome panel: recent files and the Open / Import / Train actions.
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QToolButton;

namespace mizan::ui {

class WelcomePanel : public QWidget {
    Q_OBJECT
public:
    WelcomePanel(QAction *open, QAction *import, QAction *train, QWidget *parent = nullptr);
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
