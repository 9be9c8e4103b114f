// LiveChart batches points: addPoint only queues, one flush on the ~40 ms timer draws them all,
// the smoothed line follows an exponential moving average, and the axes cover the data.
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include "ui/training/livechart.h"

using namespace mizan::ui;

class LiveChartTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pointsAreBatchedOnTheTimer()
    {
        LiveChart chart(LiveChart::Style::SmoothedOverRaw);
        for (int i = 1; i <= 500; ++i)
            chart.addPoint(QStringLiteral("targets"), i, 1.0 / i);
        QCOMPARE(chart.pointCount(QStringLiteral("targets")), 0);  // nothing drawn yet
        QTRY_COMPARE_WITH_TIMEOUT(chart.pointCount(QStringLiteral("targets")), 500, 2000);
        QCOMPARE(chart.flushCount(), 1);
        chart.addPoint(QStringLiteral("sentiment"), 501, 0.7);
        chart.addPoint(QStringLiteral("targets"), 501, 0.001);
        chart.flush();
        QCOMPARE(chart.flushCount(), 2);
        QCOMPARE(chart.seriesNames(), (QStringList{QStringLiteral("targets"), QStringLiteral("sentiment")}));
    }

    void smoothedLineIsAnExponentialAverageOverRawPoints()
    {
        LiveChart chart(LiveChart::Style::SmoothedOverRaw);
        chart.setSmoothing(0.5);
        chart.addPoint(QStringLiteral("t"), 1, 4.0);
        chart.addPoint(QStringLiteral("t"), 2, 0.0);
        chart.addPoint(QStringLiteral("t"), 3, 2.0);
        chart.flush();
        QLineSeries *line = nullptr;
        QScatterSeries *raw = nullptr;
        for (QAbstractSeries *s : chart.chart()->series()) {
            if (auto *sc = qobject_cast<QScatterSeries *>(s))
                raw = sc;
            else if (auto *l = qobject_cast<QLineSeries *>(s))
                line = l;
        }
        QVERIFY(line && raw);
        QCOMPARE(raw->count(), 3);
        QCOMPARE(raw->at(1).y(), 0.0);
        QCOMPARE(line->count(), 3);
        QCOMPARE(line->at(0).y(), 4.0);
        QCOMPARE(line->at(1).y(), 2.0);  // 0.5 * 4 + 0.5 * 0
        QCOMPARE(line->at(2).y(), 2.0);  // 0.5 * 2 + 0.5 * 2
        // Axes rescale to the raw data.
        auto axes = chart.chart()->axes(Qt::Vertical);
        auto *y = qobject_cast<QValueAxis *>(axes.value(0));
        QVERIFY(y && y->min() <= 0.0 && y->max() >= 4.0);
        auto *x = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x && x->min() <= 1.0 && x->max() >= 3.0);
    }

    void axesHaveDistinctTicksAndNoNegativeLowerBound()
    {
        LiveChart chart(LiveChart::Style::LineWithPoints);
        for (int step = 1; step <= 3; ++step)
            chart.addPoint(QStringLiteral("learning rate"), step, 2e-5 * step);
        chart.flush();
        auto *x = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
        auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(x && y);
        QCOMPARE(x->tickType(), QValueAxis::TicksDynamic);
        QVERIFY(x->tickInterval() >= 1);  // "%d" labels: each tick a different whole number
        QVERIFY(y->min() >= 0);
        QVERIFY(y->max() > 6e-5);
        for (int step = 4; step <= 400; ++step)
            chart.addPoint(QStringLiteral("learning rate"), step, 1e-5);
        chart.flush();
        QCOMPARE(x->tickInterval(), 100.0);
        QVERIFY(y->min() >= 0);
    }

    void nonFinitePointsAreDroppedAndClearEmpties()
    {
        LiveChart chart(LiveChart::Style::LineWithPoints);
        chart.addPoint(QStringLiteral("lr"), 1, std::numeric_limits<double>::quiet_NaN());
        chart.addPoint(QStringLiteral("lr"), 2, 1e-3);
        chart.flush();
        QCOMPARE(chart.pointCount(QStringLiteral("lr")), 1);
        chart.clear();
        QVERIFY(chart.seriesNames().isEmpty());
        QCOMPARE(chart.pointCount(QStringLiteral("lr")), 0);
    }
};

QTEST_MAIN(LiveChartTest)
#include "livechart_test.moc"
