// The studio stays responsive while it imports the real SemEval-2016 Arabic hotels train file:
// a 5 ms probe timer on the GUI thread never sees an event-loop turn over 100 ms, from the
// moment the import starts until the corpus is shown.
//
// Each turn is measured twice: wall-clock time, and the CPU time the GUI thread itself spent
// (CLOCK_THREAD_CPUTIME_ID). The CPU time is what the code controls and is always checked;
// the wall-clock time also counts the time the scheduler gave other processes, so it is
// checked only when the machine is not oversubscribed (load average below its core count).
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <ctime>
#include <cstdlib>

#include "ui/annotate/textpanel.h"
#include "ui/stats/statisticspanel.h"
#include "support/testsupport.h"
#include "uitestsupport.h"

using namespace mizan::ui;

namespace {
qint64 threadCpuMicroseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}
} // namespace

class ImportStallTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void noStallWhileImportingTheTrainFile()
    {
        const QString path = QStringLiteral(MIZAN_SHARED_DIR "/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml");
        if (!QFileInfo::exists(path))
            MIZAN_QSKIP_FOR_MISSING_DATA("the SemEval-2016 train file is not under MIZAN_SHARED_DIR");
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The Statistics panel in front, so its charts are rebuilt for the new corpus too.
        window.dock(QStringLiteral("statistics"))->raise();
        QTRY_VERIFY(window.dock(QStringLiteral("statistics"))->widget()->isVisible());

        QElapsedTimer clock;
        qint64 last = 0, worst = 0, turns = 0;
        qint64 lastCpu = threadCpuMicroseconds(), worstCpu = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
            const qint64 cpu = threadCpuMicroseconds();
            worstCpu = std::max(worstCpu, cpu - lastCpu);
            lastCpu = cpu;
            ++turns;
        });
        QSignalSpy finished(&window, &MainWindow::importFinished);
        clock.start();
        probe.start();
        window.openFile(path);
        QVERIFY(finished.wait(120000));
        const qint64 importMs = clock.elapsed();
        // Let the window settle (model reset, first sentence rendered, the statistics refresh
        // that is coalesced on a 300 ms timer).
        QTest::qWait(900);
        probe.stop();
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(window.document()->corpus().sentenceCount(), std::size_t(4802));
        QVERIFY(window.textPanel()->currentSentence().isValid());
        QCOMPARE(window.panel<StatisticsPanel>(QStringLiteral("statistics"))->stats().sentences, 4802);
        double load[1] = {0};
        const bool loadKnown = getloadavg(load, 1) == 1;
        const bool oversubscribed = loadKnown && load[0] >= QThread::idealThreadCount();
        qInfo("import took %lld ms; %lld event-loop turns; longest turn %lld ms wall clock, %.1f ms GUI-thread CPU "
              "(load average %.1f on %d cores)",
              importMs, turns, worst, worstCpu / 1000.0, load[0], QThread::idealThreadCount());
        QVERIFY2(worstCpu < 100000, qPrintable(QStringLiteral("GUI thread busy for %1 ms in one turn").arg(worstCpu / 1000.0)));
        if (oversubscribed)
            qInfo("machine oversubscribed: the wall-clock turn (%lld ms) is reported, not checked", worst);
        else
            QVERIFY2(worst < 100, qPrintable(QStringLiteral("GUI thread stalled for %1 ms").arg(worst)));
    }
};

QTEST_MAIN(ImportStallTest)
#include "importstall_test.moc"
