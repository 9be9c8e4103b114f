#pragma once
// Shared set-up for ui tests: settings and autosaves go to Qt's test locations (never the
// user's), English UI, and a helper to read a corpus through the window and wait for it.
#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

#include "ui/common/language.h"
#include "ui/mainwindow/mainwindow.h"

namespace mizan::ui::test {

inline void initTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MizanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("MizanStudioTests"));
    QSettings().clear();
    Language::instance()->apply(QStringLiteral("en"));
}

// Opens `path` (or the sample when empty) in `window` and waits until it is read.
// Returns whether the import succeeded.
inline bool openAndWait(MainWindow &window, const QString &path = {}, int timeoutMs = 30000)
{
    QSignalSpy finished(&window, &MainWindow::importFinished);
    if (path.isEmpty()) {
        if (!window.openSample())
            return false;
    } else {
        window.openFile(path);
    }
    if (!finished.wait(timeoutMs))
        return false;
    return finished.takeFirst().at(1).toBool();
}

// `text` without its isolates (U+2066, U+2067 or U+2068 ... U+2069): paths, file names and other
// data shown as they are inside translated text.
inline QString outsideIsolates(const QString &text)
{
    QString out;
    int depth = 0;
    for (QChar c : text) {
        if (c.unicode() >= 0x2066 && c.unicode() <= 0x2068)  // LRI, RLI, FSI
            ++depth;
        else if (c.unicode() == 0x2069 && depth > 0)
            --depth;
        else if (depth == 0)
            out += c;
    }
    return out;
}

// Whether translated UI text (isolates left out) still has an English word: any Latin letter
// except the metric symbol "F1".
inline bool hasEnglish(const QString &text)
{
    const QString rest = outsideIsolates(text).remove(QStringLiteral("F1"));
    for (QChar c : rest)
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            return true;
    return false;
}

// The Arabic UI's digit choice is Western (0-9): Arabic-Indic or Persian digits are a mix.
inline bool hasEasternDigit(const QString &text)
{
    for (QChar c : text)
        if ((c.unicode() >= 0x0660 && c.unicode() <= 0x0669) || (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9))
            return true;
    return false;
}

// Hands the next message box to `answer` as soon as it is on screen (it clicks a button). The
// event loop is polled until the box shows, with no fixed delay, so a slow start under load
// changes nothing.
inline void whenMessageBoxShows(std::function<void(QMessageBox *)> answer)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                poll->stop();
                poll->deleteLater();
                answer(box);
                return;
            }
    });
    poll->start();
}

} // namespace mizan::ui::test
