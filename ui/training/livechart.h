#pragma once
// A QtCharts line chart fed from a fast producer (PlotJuggler style): addPoint() only appends
// to a pending buffer and arms a ~40 ms single-shot timer; the timer moves everything pending
// into the series at once, rescales the axes and the chart repaints once. Each named series
// can be drawn as raw points under an exponentially smoothed line (training loss), or as a
// plain line with markers (dev metrics, learning rate). Hovering a point shows its value.
#include <QColor>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace mizan::ui {

class LiveChart : public QWidget {
    Q_OBJECT
public:
    enum class Style { SmoothedOverRaw, LineWithPoints };

    explicit LiveChart(Style style, QWidget *parent = nullptr);

    void setTitles(const QString &title, const QString &xTitle, const QString &yTitle);
    // Exponential smoothing weight of the previous value, 0 (none) to 0.99.
    void setSmoothing(double weight) { m_smoothing = weight; }
    // What the legend and tooltips show for a series key (the key itself by default); call
    // relabel() after the language changed.
    void setLabeler(std::function<QString(const QString &)> labeler) { m_labeler = std::move(labeler); }
    void relabel();
    // The legend's text for a series key.
    QString label(const QString &name) const { return m_labeler ? m_labeler(name) : name; }
    // Queues one point of series `name` (created on first use); drawn at the next flush.
    void addPoint(const QString &name, double x, double y);
    // Removes every series and point.
    void clear();
    // Draws everything pending now (the timer does this on its own).
    void flush();

    // Points drawn so far in series `name` (raw points), not counting pending ones.
    int pointCount(const QString &name) const;
    QStringList seriesNames() const { return m_order; }
    // How many flushes (repaints of new data) happened; a flush covers many points.
    int flushCount() const { return m_flushes; }
    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    // Saves the chart as a PNG image; false when it cannot be written.
    bool savePng(const QString &path) const;

    static constexpr int kFlushIntervalMs = 40;

private:
    struct Series {
        QScatterSeries *raw = nullptr;   // SmoothedOverRaw only
        QLineSeries *line = nullptr;
        QVector<QPointF> pending;
        double smoothed = 0;
        bool hasSmoothed = false;
        int drawn = 0;
    };
    Series &series(const QString &name);
    void showValue(const QString &name, const QPointF &point, bool state);

    Style m_style;
    QChart *m_chart;
    QChartView *m_view;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QTimer m_timer;
    QHash<QString, Series> m_series;
    QStringList m_order;
    std::function<QString(const QString &)> m_labeler;
    double m_smoothing = 0.9;
    double m_minX = 0, m_maxX = 0, m_minY = 0, m_maxY = 0;
    bool m_hasRange = false;
    int m_flushes = 0;
};

} // namespace mizan::ui
