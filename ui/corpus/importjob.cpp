#include "ui/corpus/importjob.h"
#include "common/errortext.h"

namespace mizan::ui {

namespace {

std::shared_ptr<ImportResult> failedImport(const std::string &path, const std::string &why)
{
    auto failed = std::make_shared<ImportResult>();
    failed->ok = false;
    failed->report.add(Severity::Error, path, 0, 0, IssueCode::ImportFailed, {why});
    return failed;
}

} // namespace

ImportJob::ImportJob(QObject *parent) : QObject(parent)
{
    connect(&m_task, &BackgroundTaskBase::finished, this, [this] {
        std::shared_ptr<ImportResult> result = m_task.result();
        if (!result)  // the work threw past its own catch (out of memory making the report)
            result = failedImport(m_current.path.toStdString(), m_task.error().toStdString());
        m_running = false;
        Q_EMIT finished(m_current.path, m_current.mode, result);
        next();
    });
}

ImportJob::~ImportJob() { m_task.waitForFinished(); }

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
    m_task.start([path] {
        // importCorpus never throws by contract; a bad_alloc on a huge file still must not
        // escape the worker thread.
        try {
            return std::make_shared<ImportResult>(importCorpus(path));
        } catch (const std::exception &e) {
            return failedImport(path, mizan::errorText(e));
        }
    });
}

} // namespace mizan::ui
