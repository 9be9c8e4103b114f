#include "ui/training/livechart.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mizan::ui {

namespace {

// A qualitative palette that stays readable on white (Okabe-Ito).
QColor paletteColor(int i)
{
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                    QColor(0x44, 0x44, 0x44)};
    return colors[i % int(std::size(colors))];
}

// 1, 2 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (!(raw > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

} // namespace

LiveChart::LiveChart(Style style, QWidget *parent)
    : QWidget(parent), m_style(style), m_chart(new QChart), m_view(new QChartView(m_chart)), m_x(new QValueAxis),
      m_y(new QValueAxis)
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setLabelFormat(QStringLiteral("%.3g"));  // short labels: "0.0012", never elided
    m_x->setRange(0, 1);
    m_y->setRange(0, 1);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveChart::flush);
}

void LiveChart::setTitles(const QString &title, const QString &xTitle, const QString &yTitle)
{
    m_chart->setTitle(title);
    m_x->setTitleText(xTitle);
    m_y->setTitleText(yTitle);
}

LiveChart::Series &LiveChart::series(const QString &name)
{
    auto it = m_series.find(name);
    if (it != m_series.end())
        return *it;
    Series s;
    const QColor color = paletteColor(int(m_order.size()));
    s.line = new QLineSeries;
    s.line->setName(label(name));
    QPen pen(color);
    pen.setWidthF(2.0);
    s.line->setPen(pen);
    if (m_style == Style::SmoothedOverRaw) {
        s.raw = new QScatterSeries;
        s.raw->setName(label(name));
        QColor light = color;
        light.setAlpha(70);
        s.raw->setColor(light);
        s.raw->setBorderColor(Qt::transparent);
        s.raw->setMarkerSize(4.0);
        m_chart->addSeries(s.raw);
        s.raw->attachAxis(m_x);
        s.raw->attachAxis(m_y);
        connect(s.raw, &QXYSeries::hovered, this,
                [this, name](const QPointF &p, bool state) { showValue(name, p, state); });
    } else {
        s.line->setPointsVisible(true);
    }
    m_chart->addSeries(s.line);
    s.line->attachAxis(m_x);
    s.line->attachAxis(m_y);
    connect(s.line, &QXYSeries::hovered, this,
            [this, name](const QPointF &p, bool state) { showValue(name, p, state); });
    if (s.raw) {
        // One legend entry per task: the smoothed line names it.
        const auto markers = m_chart->legend()->markers(s.raw);
        for (auto *marker : markers)
            marker->setVisible(false);
    }
    m_order << name;
    return *m_series.insert(name, s);
}

void LiveChart::addPoint(const QString &name, double x, double y)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return;
    series(name).pending.push_back(QPointF(x, y));
    if (!m_timer.isActive())
        m_timer.start();
}

void LiveChart::flush()
{
    m_timer.stop();
    bool any = false;
    for (const QString &name : std::as_const(m_order)) {
        Series &s = m_series[name];
        if (s.pending.isEmpty())
            continue;
        any = true;
        QList<QPointF> linePoints;
        linePoints.reserve(s.pending.size());
        for (const QPointF &p : std::as_const(s.pending)) {
            double y = p.y();
            if (m_style == Style::SmoothedOverRaw) {
                s.smoothed = s.hasSmoothed ? m_smoothing * s.smoothed + (1 - m_smoothing) * y : y;
                s.hasSmoothed = true;
                y = s.smoothed;
            }
            linePoints.push_back(QPointF(p.x(), y));
            if (!m_hasRange) {
                m_minX = m_maxX = p.x();
                m_minY = m_maxY = p.y();
                m_hasRange = true;
            }
            m_minX = std::min(m_minX, p.x());
            m_maxX = std::max(m_maxX, p.x());
            m_minY = std::min(m_minY, p.y());
            m_maxY = std::max(m_maxY, p.y());
        }
        // append(QList) adds a whole batch with one change notification.
        if (s.raw)
            s.raw->append(QList<QPointF>(s.pending.begin(), s.pending.end()));
        s.line->append(linePoints);
        s.drawn += int(s.pending.size());
        s.pending.clear();
    }
    if (!any)
        return;
    ++m_flushes;
    // Whole-number steps on x (steps, epochs): never two ticks with the same label.
    const double spanX = std::max(1.0, m_maxX - m_minX);
    m_x->setRange(m_minX, m_minX + spanX);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(m_minX);
    m_x->setTickInterval(std::max(1.0, niceStep(spanX / 5)));
    const double spanY = m_maxY - m_minY;
    const double pad = spanY > 0 ? spanY * 0.05 : std::max(std::abs(m_maxY) * 0.05, 1e-6);
    // Losses, learning rates and metrics are never negative: no negative lower bound for them.
    const double low = m_minY >= 0 ? std::max(0.0, m_minY - pad) : m_minY - pad;
    m_y->setRange(low, m_maxY + pad);
}

void LiveChart::relabel()
{
    for (auto it = m_series.begin(); it != m_series.end(); ++it) {
        it->line->setName(label(it.key()));
        if (it->raw)
            it->raw->setName(label(it.key()));
    }
}

void LiveChart::clear()
{
    m_timer.stop();
    m_chart->removeAllSeries();
    m_series.clear();
    m_order.clear();
    m_hasRange = false;
    m_x->setRange(0, 1);
    m_y->setRange(0, 1);
}

int LiveChart::pointCount(const QString &name) const
{
    auto it = m_series.find(name);
    return it == m_series.end() ? 0 : it->drawn;
}

bool LiveChart::savePng(const QString &path) const { return m_view->grab().save(path, "PNG"); }

void LiveChart::showValue(const QString &name, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3\n%4: %5")
                                           .arg(label(name), m_x->titleText(), QString::number(point.x(), 'g', 6),
                                                m_y->titleText(), QString::number(point.y(), 'g', 5)),
                       m_view);
}

} // namespace mizan::ui
