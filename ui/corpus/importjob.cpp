#include "ui/corpus/importjob.h"
#include "common/errortext.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mizan::ui {

ImportJob::ImportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<ImportResult>>::finished, this, [this] {
        auto result = m_watcher.result();
        m_running = false;
        Q_EMIT finished(m_current.path, m_current.mode, result);
        next();
    });
}

ImportJob::~ImportJob() { m_watcher.waitForFinished(); }

void ImportJob::start(const QString &path, Mode mode)
{
    m_queue.enqueue({path, mode});
    if (!m_running)
        next();
}

void ImportJob::next()
{
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    m_current = m_queue.dequeue();
    m_running = true;
    Q_EMIT started(m_current.path);
    const std::string path = m_current.path.toStdString();
    m_watcher.setFuture(QtConcurrent::run([path] {
        // importCorpus never throws by contract; a bad_alloc on a huge file still must not
        // escape the worker thread.
        try {
            return std::make_shared<ImportResult>(importCorpus(path));
        } catch (const std::exception &e) {
            auto failed = std::make_shared<ImportResult>();
            failed->ok = false;
            failed->report.add(Severity::Error, path, 0, 0, IssueCode::ImportFailed, {mizan::errorText(e)});
            return failed;
        }
    }));
}

} // namespace mizan::ui
