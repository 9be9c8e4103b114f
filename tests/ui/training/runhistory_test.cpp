// The run list survives a restart (JSON written atomically), replaces a run by id, and starts
// over (with a message) from a damaged file.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "ui/training/runhistory.h"

using namespace mizan::ui;

class RunHistoryTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripsAndReplacesById()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("runs.json"));
        {
            RunHistory h(file);
            RunRecord r;
            r.id = QStringLiteral("2026-11-26T09:00:00.000");
            r.started = QDateTime::fromString(r.id, Qt::ISODateWithMs);
            r.settings = {{"preset", "fast"}, {"tasks", {"targets", "sentiment"}}};
            h.upsert(r);
            r.stopReason = QStringLiteral("completed");
            r.steps = 120;
            r.bestScore = 0.71;
            r.bestMetrics["sentiment"]["accuracy"] = 0.8;
            r.modelDir = tmp.filePath(QStringLiteral("run/best"));
            h.upsert(r);
            QCOMPARE(h.runs().size(), 1);
            QVERIFY(h.lastError().isEmpty());
        }
        RunHistory again(file);
        QCOMPARE(again.runs().size(), 1);
        const RunRecord &r = again.runs().front();
        QCOMPARE(r.stopReason, QStringLiteral("completed"));
        QCOMPARE(r.steps, 120);
        QCOMPARE(r.bestScore, 0.71);
        QCOMPARE(r.bestMetrics["sentiment"]["accuracy"].get<double>(), 0.8);
        QCOMPARE(r.settings["preset"].get<std::string>(), std::string("fast"));
        QCOMPARE(r.started.toString(Qt::ISODate), QStringLiteral("2026-11-26T09:00:00"));
        QVERIFY(again.find(r.id));
        again.remove(r.id);
        QVERIFY(again.runs().isEmpty());
    }

    void damagedFileStartsANewList()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("runs.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"runs\": [ {\"id\": ");
        f.close();
        RunHistory h(file);
        QVERIFY(h.runs().isEmpty());
        QVERIFY(!h.lastError().isEmpty());
    }
};

QTEST_MAIN(RunHistoryTest)
#include "runhistory_test.moc"
