#include "ui/training/trainingworker.h"
#include "common/errortext.h"

#include <exception>

namespace mizan::ui {

namespace {

void registerEventTypes()
{
    static const bool done = [] {
        qRegisterMetaType<mizan::StartedEvent>();
        qRegisterMetaType<mizan::StepEvent>();
        qRegisterMetaType<mizan::SkippedStepEvent>();
        qRegisterMetaType<mizan::EvalEvent>();
        qRegisterMetaType<mizan::CheckpointEvent>();
        qRegisterMetaType<mizan::FinishedEvent>();
        return true;
    }();
    (void)done;
}

// Called by the trainer on the worker thread; turns each event into a signal of the job.
class JobObserver : public TrainObserver {
public:
    explicit JobObserver(TrainingJob *job) : m_job(job) {}
    void onStarted(const StartedEvent &e) override { Q_EMIT m_job->started(e); }
    void onStep(const StepEvent &e) override { Q_EMIT m_job->stepped(e); }
    void onSkippedStep(const SkippedStepEvent &e) override { Q_EMIT m_job->skippedStep(e); }
    void onEval(const EvalEvent &e) override { Q_EMIT m_job->evaluated(e); }
    void onCheckpoint(const CheckpointEvent &e) override { Q_EMIT m_job->checkpointed(e); }
    void onFinished(const FinishedEvent &e) override { Q_EMIT m_job->finished(e); }
    void onFailed(const FailedEvent &e) override
    {
        m_failureReported = true;
        Q_EMIT m_job->failed(QString::fromStdString(e.message));
    }
    void onMessage(EventTime, const std::string &text) override { Q_EMIT m_job->message(QString::fromStdString(text)); }

    // Runs the trainer; whatever goes wrong ends as one failed() signal.
    void run(Trainer &trainer)
    {
        try {
            trainer.setObserver(this);
            Result<TrainSummary> summary = trainer.run();
            if (!summary && !m_failureReported)
                Q_EMIT m_job->failed(QString::fromStdString(summary.error()));
        } catch (const std::exception &e) {
            Q_EMIT m_job->failed(QString::fromStdString(mizan::errorText(e)));
        } catch (...) {
            Q_EMIT m_job->failed(QStringLiteral("training stopped with an unknown error"));
        }
        trainer.setObserver(nullptr);
    }

private:
    TrainingJob *m_job;  // outlives the thread: its destructor joins it
    bool m_failureReported = false;
};

} // namespace

TrainingJob::TrainingJob(QObject *parent) : QObject(parent) { registerEventTypes(); }

TrainingJob::~TrainingJob()
{
    if (m_thread) {
        requestStop();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool TrainingJob::start(TrainParams params)
{
    if (m_thread)
        return false;
    m_stopRequested = false;
    m_trainer = std::make_shared<Trainer>(std::move(params));
    std::shared_ptr<Trainer> trainer = m_trainer;
    m_thread = QThread::create([this, trainer] {
        JobObserver observer(this);
        observer.run(*trainer);
    });
    m_thread->setObjectName(QStringLiteral("mizan-training"));
    connect(m_thread, &QThread::finished, this, &TrainingJob::onThreadFinished);
    m_thread->start();
    return true;
}

void TrainingJob::requestStop()
{
    if (!m_trainer)
        return;
    m_stopRequested = true;
    m_trainer->requestStop();
}

bool TrainingJob::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    return m_thread->wait(QDeadlineTimer(timeoutMs));
}

void TrainingJob::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_trainer.reset();
    Q_EMIT stopped();
}

} // namespace mizan::ui
