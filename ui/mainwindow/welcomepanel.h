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
