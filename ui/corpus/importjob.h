#pragma once
// Reads corpus files off the GUI thread (a BackgroundTask), one after another; the result comes
// back by signal on the GUI thread. The core importer reports no progress, so the window
// shows a busy indicator while a job runs.
#include <QObject>
#include <QQueue>
#include <QString>

#include <memory>

#include "corpus/corpusio.h"
#include "ui/common/backgroundtask.h"

namespace mizan::ui {

class ImportJob : public QObject {
    Q_OBJECT
public:
    // What to do with the corpus once read.
    enum class Mode { Open, Append };

    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    // Queues `path`; reading starts at once when nothing else is being read.
    void start(const QString &path, Mode mode);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(const QString &path);
    // `result` is never null; result->ok is false when the file could not be read at all.
    void finished(const QString &path, mizan::ui::ImportJob::Mode mode, std::shared_ptr<mizan::ImportResult> result);
    void idle();

private:
    void next();

    struct Pending {
        QString path;
        Mode mode;
    };
    QQueue<Pending> m_queue;
    Pending m_current;
    bool m_running = false;
    BackgroundTask<std::shared_ptr<ImportResult>> m_task;
};

} // namespace mizan::ui
