// BackgroundTask (ui/common/backgroundtask.h): the work's value, or what it threw, handed to the
// owner's thread by finished(); a running task destroyed waits for its work, and a task waited
// for or restarted never announces the old work. Also run under ThreadSanitizer by
// scripts/ci-tsan.sh (its accesses to the value are the hand-over TSan must see).
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "ui/common/backgroundtask.h"

using namespace mizan::ui;

namespace {

constexpr int kPatienceMs = 300000;  // a sanitized run is slow; never a hang

// A value built on the work's thread, big enough to be more than a register.
struct Built {
    std::vector<int> values;
    std::thread::id builtOn;
};

} // namespace

class BackgroundTaskTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resultArrivesOnTheOwnersThread()
    {
        BackgroundTask<Built> task;
        int announced = 0;
        bool runningInSlot = true;
        std::vector<int> seen;
        connect(&task, &BackgroundTaskBase::finished, this, [&] {
            ++announced;
            QCOMPARE(QThread::currentThread(), thread());
            runningInSlot = task.isRunning();
            seen = task.result().values;
        });
        QSignalSpy finished(&task, &BackgroundTaskBase::finished);
        QVERIFY(!task.isRunning());
        task.start([] { return Built{{1, 2, 3}, std::this_thread::get_id()}; });
        QVERIFY(task.isRunning());
        QVERIFY(finished.wait(kPatienceMs));
        QCOMPARE(announced, 1);
        QVERIFY(!runningInSlot);
        QCOMPARE(seen, (std::vector<int>{1, 2, 3}));
        QVERIFY(task.result().builtOn != std::this_thread::get_id());
        QVERIFY(task.error().isEmpty());
    }

    // Thrown on the work's thread: an error on the owner's, no crash, the value empty.
    void exceptionBecomesTheError()
    {
        BackgroundTask<std::string> task;
        QSignalSpy finished(&task, &BackgroundTaskBase::finished);
        task.start([]() -> std::string { throw std::runtime_error("the disk is on fire\nat frame 3"); });
        QVERIFY(finished.wait(kPatienceMs));
        QCOMPARE(task.error(), QStringLiteral("the disk is on fire"));  // errorText: first line only
        QCOMPARE(task.result(), std::string());

        task.start([]() -> std::string { throw 7; });  // not a std::exception
        QVERIFY(finished.wait(kPatienceMs));
        QCOMPARE(task.error(), QStringLiteral("an unexpected error"));

        task.start([] { return std::string("fine"); });  // the error is the last work's only
        QVERIFY(finished.wait(kPatienceMs));
        QVERIFY(task.error().isEmpty());
        QCOMPARE(task.result(), std::string("fine"));
    }

    // The owner goes away while the work runs: the destructor waits for it (no thread left
    // running, nothing written into freed memory) and nothing is announced afterwards.
    void destroyedWhileRunningWaitsForTheWork()
    {
        auto started = std::make_shared<std::atomic<bool>>(false);
        auto stop = std::make_shared<std::atomic<bool>>(false);
        auto returned = std::make_shared<std::atomic<bool>>(false);
        auto task = std::make_unique<BackgroundTask<int>>();
        int announced = 0;
        connect(task.get(), &BackgroundTaskBase::finished, this, [&] { ++announced; });
        task->start([started, stop, returned] {
            started->store(true);
            while (!stop->load())
                std::this_thread::yield();
            // Still running when the destructor starts, unless it waited.
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            returned->store(true);
            return 1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(started->load(), kPatienceMs);
        stop->store(true);
        task.reset();
        QVERIFY(returned->load());
        QCoreApplication::processEvents();
        QCOMPARE(announced, 0);
    }

    // waitForFinished(), or a new start() over a work whose finished() has not been delivered,
    // drops that announcement: finished() then always means the newest work.
    void restartAnnouncesOnlyTheNewWork()
    {
        BackgroundTask<int> task;
        QList<int> results;
        connect(&task, &BackgroundTaskBase::finished, this, [&] { results << task.result(); });
        task.start([] { return 1; });
        task.waitForFinished();
        QVERIFY(!task.isRunning());
        QCOMPARE(task.result(), 1);
        task.start([] { return 2; });
        task.start([] { return 3; });  // waits for 2, drops its announcement
        QTRY_COMPARE_WITH_TIMEOUT(results, (QList<int>{3}), kPatienceMs);
        QCoreApplication::processEvents();
        QCOMPARE(results, (QList<int>{3}));
    }
};

QTEST_GUILESS_MAIN(BackgroundTaskTest)
#include "backgroundtask_test.moc"
