#pragma once
// Runs one piece of work on a thread of its own and hands its value to the thread that owns the
// task (the GUI thread) by finished(). The studio's background work (imports, ranking, the
// comparison of annotators, predictions, evaluations) goes through it rather than QtConcurrent's
// pool: the thread is created with pthread_create and joined before the value is read, two
// hand-overs ThreadSanitizer sees, where a pooled thread takes its task and the GUI thread learns
// of its end through Qt's uninstrumented queue and mutex (issue 13; README, Hardening).
// No exception leaves the thread: one the work throws becomes error(). Destroying a running task
// waits for its work, so a work that may run long takes a stop flag its owner sets first.
#include <QObject>
#include <QString>

#include <exception>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>

namespace mizan::ui {

// The part of BackgroundTask that is not a template (moc takes no templates).
class BackgroundTaskBase : public QObject {
    Q_OBJECT
public:
    explicit BackgroundTaskBase(QObject *parent = nullptr);
    ~BackgroundTaskBase() override;

    // True from start() until finished() is emitted or the work waited for: a result is never
    // replaced before its owner has seen it.
    bool isRunning() const { return m_running; }
    // Blocks until the work has returned and joins its thread. finished() is then not emitted
    // for that work (the owner has waited for it).
    void waitForFinished();
    // After finished(): why the work returned no value (errorText's words for what it threw);
    // empty when it returned one.
    QString error() const { return m_error; }

Q_SIGNALS:
    // On the task's thread, after the work's thread is joined: result() and error() are set.
    void finished();

protected:
    // Runs `body` on a new thread; the previous work must have been waited for.
    template <typename Body>
    void launch(Body body);

private:
    // Queued from the work's thread when it returns (by name: Qt builds and frees the call).
    Q_INVOKABLE void onReturned();
    void fail(std::exception_ptr thrown);
    void announceReturn();

    std::thread m_thread;
    bool m_running = false;  // the owner's thread only
    QString m_error;  // written by the work's thread before it ends, read after the join
};

// A BackgroundTask<T> runs a callable returning T. T must be default-constructible and
// copyable (as for QFuture).
template <typename T>
class BackgroundTask : public BackgroundTaskBase {
public:
    using BackgroundTaskBase::BackgroundTaskBase;
    ~BackgroundTask() override { waitForFinished(); }  // the work writes m_value

    // Waits for the previous work (its finished() is dropped), then runs `work` on a new thread.
    template <typename Work>
    void start(Work work)
    {
        waitForFinished();
        m_value.reset();
        launch([this, work = std::move(work)]() mutable { m_value.emplace(work()); });
    }
    // After finished(): the work's value; T() when it threw (error() says why).
    T result() const { return m_value ? *m_value : T(); }

private:
    std::optional<T> m_value;
};

template <typename Body>
void BackgroundTaskBase::launch(Body body)
{
    m_error.clear();
    m_running = true;
    try {
        m_thread = std::thread([this, work = std::optional<Body>(std::move(body))]() mutable {
            try {
                (*work)();
            } catch (...) {
                fail(std::current_exception());
            }
            // The work's captures are freed here, before its owner hears of the end: the owner's
            // join then waits for the thread's exit only, never on the GUI thread for a free.
            work.reset();
            announceReturn();
        });
    } catch (const std::system_error &) {  // no thread to be had: the work fails, never crashes
        fail(std::current_exception());
        announceReturn();
    }
}

} // namespace mizan::ui
