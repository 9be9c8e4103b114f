#pragma once
// The thin Qt wrapper around core's Trainer. TrainingJob lives on the GUI thread and runs
// Trainer::run() on a QThread of its own; the trainer's observer (on that thread) emits the
// job's signals, which Qt queues to the GUI thread, so the window never waits for a step. No
// exception leaves the worker thread: anything thrown becomes failed(message).
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

#include "train/events.h"
#include "train/trainer.h"

namespace mizan::ui {

class TrainingJob : public QObject {
    Q_OBJECT
public:
    explicit TrainingJob(QObject *parent = nullptr);
    // Requests a stop, then waits for the worker thread (the trainer stops after its step).
    ~TrainingJob() override;

    // Starts a run on a new worker thread. False (and nothing started) while one is running.
    bool start(TrainParams params);
    // Asks the running trainer to stop after the current step; it then writes a usable
    // checkpoint and finished() arrives with StopReason::Cancelled. Safe to call any time.
    void requestStop();
    bool isRunning() const { return m_thread != nullptr; }
    bool stopRequested() const { return m_stopRequested; }
    // Blocks until the worker thread has ended (tests, shutdown). True when it ended in time.
    bool wait(int timeoutMs);

Q_SIGNALS:
    // Emitted from the worker thread; connections to GUI objects are therefore queued.
    void started(const mizan::StartedEvent &event);
    void stepped(const mizan::StepEvent &event);
    void skippedStep(const mizan::SkippedStepEvent &event);
    void evaluated(const mizan::EvalEvent &event);
    void checkpointed(const mizan::CheckpointEvent &event);
    void finished(const mizan::FinishedEvent &event);
    void failed(const QString &message);
    void message(const QString &text);
    // The thread has ended (after finished or failed); the job can start again.
    void stopped();

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::shared_ptr<Trainer> m_trainer;  // shared with the thread, so a stop never races its end
    bool m_stopRequested = false;
};

} // namespace mizan::ui

Q_DECLARE_METATYPE(mizan::StartedEvent)
Q_DECLARE_METATYPE(mizan::StepEvent)
Q_DECLARE_METATYPE(mizan::SkippedStepEvent)
Q_DECLARE_METATYPE(mizan::EvalEvent)
Q_DECLARE_METATYPE(mizan::CheckpointEvent)
Q_DECLARE_METATYPE(mizan::FinishedEvent)
