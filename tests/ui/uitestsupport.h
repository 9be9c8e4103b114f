#pragma once
// Shared set-up for ui tests: settings and autosaves go to Qt's test locations (never the
// user's), English UI, and a helper to read a corpus through the window and wait for it.
#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

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

} // namespace mizan::ui::test
