// The studio's worker threads (mizan_ui_workers) driven as the window drives them, on the
// offscreen platform: TrainingJob (Trainer::run on a QThread, events as queued signals, Stop
// from the GUI thread), ImportJob (files read one after another, each on a BackgroundTask's
// thread) and RankJob (baseline retrain and ranking on a BackgroundTask, progress by queued
// calls, stop).
// scripts/ci-tsan.sh runs this under ThreadSanitizer; it also runs in every build.
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "corpus/corpusio.h"
#include "studiotestsupport.h"
#include "train/trainer.h"
#include "ui/annotation/rankjob.h"
#include "ui/corpus/importjob.h"
#include "ui/training/trainingworker.h"

using namespace mizan;
using namespace mizan::ui;

namespace {

constexpr int kPatienceMs = 300000;  // a sanitized run is slow; never a hang

// The tiny preset on the sample corpus, without the baseline beside: far more steps than a
// test waits for.
TrainParams tinyParams(const QString &outDir)
{
    TrainParams p;
    p.trainCorpora = {test::sampleCorpus().toStdString()};
    p.devFraction = 0.2;
    p.outDir = outDir.toStdString();
    p.seed = 5;
    p.threads = 1;
    p.preset = test::tinyPreset();
    p.preset.evalEvery = 1000;
    p.preset.baseline = false;
    return p;
}

} // namespace

class WorkerThreadsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The Training panel's path: steps arrive as queued signals, Stop on the GUI thread after
    // the second one, the run ends Cancelled with a model, then the thread is gone.
    void trainingJobStopsFromTheGuiThread()
    {
        QTemporaryDir dir;
        TrainingJob job;
        int steps = 0;
        QObject receiver;  // lives on this (the GUI) thread: the connections are queued
        connect(&job, &TrainingJob::stepped, &receiver, [&](const StepEvent &e) {
            ++steps;
            QCOMPARE(QThread::currentThread(), receiver.thread());
            if (e.step >= 2)
                job.requestStop();
        });
        // Signals emitted on the worker are recorded by a receiver on this thread (a QSignalSpy
        // connects directly: it would append on the worker while this thread reads).
        QList<FinishedEvent> finished;
        QStringList failed;
        connect(&job, &TrainingJob::finished, &receiver, [&](const FinishedEvent &e) { finished << e; });
        connect(&job, &TrainingJob::failed, &receiver, [&](const QString &m) { failed << m; });
        QSignalSpy stopped(&job, &TrainingJob::stopped);  // emitted on this thread
        QVERIFY(job.start(tinyParams(dir.filePath(QStringLiteral("run")))));
        QVERIFY(!job.start(tinyParams(dir.filePath(QStringLiteral("second")))));  // one at a time
        QVERIFY(stopped.wait(kPatienceMs));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        QCOMPARE(finished.count(), 1);
        const FinishedEvent end = finished.at(0);
        QCOMPARE(end.reason, StopReason::Cancelled);
        QVERIFY(steps >= 2);
        QVERIFY(QFileInfo::exists(QString::fromStdString(end.modelDir) + QStringLiteral("/config.json")));
        QVERIFY(!job.isRunning());
    }

    // Destroying a running job (closing the window) stops and joins its thread.
    void trainingJobDestroyedWhileRunning()
    {
        QTemporaryDir dir;
        auto job = std::make_unique<TrainingJob>();
        int steps = 0;
        connect(job.get(), &TrainingJob::stepped, this, [&](const StepEvent &) { ++steps; });
        QVERIFY(job->start(tinyParams(dir.filePath(QStringLiteral("run")))));
        QTRY_VERIFY_WITH_TIMEOUT(steps > 0, kPatienceMs);
        job.reset();
    }

    // Files queued while one is read come back in order, each with its own result.
    void importJobReadsQueuedFilesInOrder()
    {
        ImportJob job;
        QStringList order;
        QList<bool> ok;
        connect(&job, &ImportJob::finished, this,
                [&](const QString &path, ImportJob::Mode, std::shared_ptr<ImportResult> result) {
                    order << path;
                    ok << result->ok;
                });
        QSignalSpy idle(&job, &ImportJob::idle);
        const QString a = test::sampleCorpus();
        const QString b = QStringLiteral(MIZAN_TEST_DATA_DIR "/agree/annotator_c.jsonl");
        const QString missing = QStringLiteral(MIZAN_TEST_DATA_DIR "/no-such-file.xml");
        job.start(a, ImportJob::Mode::Open);
        job.start(b, ImportJob::Mode::Append);
        job.start(missing, ImportJob::Mode::Append);
        QVERIFY(idle.wait(kPatienceMs));
        QCOMPARE(order, (QStringList{a, b, missing}));
        QCOMPARE(ok, (QList<bool>{true, true, false}));
        QVERIFY(!job.isRunning());
    }

    // Annotate next's retrain: progress by queued calls, the outcome on the GUI thread; a
    // second job stopped at once ends without a ranking.
    void rankJobRetrainsThenStops()
    {
        ImportResult sample = importCorpus(test::sampleCorpus().toStdString());
        QVERIFY(sample.ok);
        RankJob job;
        int progress = 0;  // emitted on the worker, received here queued
        connect(&job, &RankJob::progress, this, [&](int, int, const QString &) { ++progress; });
        QSignalSpy finished(&job, &RankJob::finished);  // emitted on this thread
        RankRequest request;
        request.model = RankRequest::Model::Retrain;
        request.corpus = sample.corpus;
        QVERIFY(job.start(request));
        QVERIFY(finished.wait(kPatienceMs));
        auto outcome = finished.at(0).at(0).value<std::shared_ptr<RankOutcome>>();
        QVERIFY2(outcome->ok, qPrintable(outcome->error));
        QVERIFY(outcome->retrained);
        QVERIFY(!outcome->ranked.empty());
        QTRY_VERIFY_WITH_TIMEOUT(progress > 0, kPatienceMs);

        finished.clear();
        QVERIFY(job.start(request));
        job.stop();
        QVERIFY(finished.wait(kPatienceMs));
        outcome = finished.at(0).at(0).value<std::shared_ptr<RankOutcome>>();
        QVERIFY(!outcome->ok);
        QVERIFY(outcome->ranked.empty());
    }

    // The canary of scripts/ci-tsan.sh: a step number written in a slot on the worker thread
    // (a direct connection) and by a queued call on this (the GUI) thread, neither under a
    // lock. ThreadSanitizer must report it with the worker's frames (TrainLoop::report) and
    // the GUI side's as the studio's slots run (from the event loop: glib's dispatch, Qt's
    // sendPostedEvents), so the Qt suppressions are shown not to hide a race between Mizan's
    // worker and a slot. The writes are made neighbours as in trainerthreads_test.cpp's canary
    // (a relaxed flag, polled by a timer; the worker waits) and the field is on the heap.
    // Skips unless MIZAN_TSAN_CANARY=1.
    void canaryUnsynchronisedStepIsARace()
    {
        if (!qEnvironmentVariableIsSet("MIZAN_TSAN_CANARY"))
            QSKIP("a deliberate data race, run by scripts/ci-tsan.sh with MIZAN_TSAN_CANARY=1");
        struct Racy {
            std::size_t step = 0;  // the race: written by both threads, no lock
            std::atomic<bool> written{false};  // relaxed only: tells, does not order
            std::mutex mutex;
            std::condition_variable raced;
            bool guiWrote = false;  // under the mutex
        };
        auto racy = std::make_shared<Racy>();
        QTemporaryDir dir;
        TrainingJob job;
        connect(&job, &TrainingJob::stepped, &job, [racy](const StepEvent &e) {
            if (racy->written.load(std::memory_order_relaxed))
                return;
            racy->step = e.step;
            racy->written.store(true, std::memory_order_relaxed);
            std::unique_lock<std::mutex> lock(racy->mutex);
            racy->raced.wait_for(lock, std::chrono::milliseconds(kPatienceMs), [&] { return racy->guiWrote; });
        }, Qt::DirectConnection);
        QObject receiver;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &receiver, [&] {
            if (!racy->written.load(std::memory_order_relaxed))
                return;
            poll.stop();
            QMetaObject::invokeMethod(&receiver, [&] {
                racy->step = 0;  // ThreadSanitizer stops the run here
                {
                    std::lock_guard<std::mutex> lock(racy->mutex);
                    racy->guiWrote = true;
                }
                racy->raced.notify_all();
                job.requestStop();
            }, Qt::QueuedConnection);
        });
        QSignalSpy stopped(&job, &TrainingJob::stopped);
        QVERIFY(job.start(tinyParams(dir.filePath(QStringLiteral("run")))));
        poll.start(1);
        QVERIFY(stopped.wait(kPatienceMs));
        QVERIFY(racy->written.load());
    }
};

QTEST_GUILESS_MAIN(WorkerThreadsTest)
#include "workerthreads_test.moc"
