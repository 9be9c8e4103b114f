#include "ui/stats/statisticspanel.h"
#include "ui/common/progressbar.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QValueAxis>

#include <algorithm>

#include "ui/annotate/renderings.h"

namespace mizan::ui {

namespace {

// A bar chart of `values` named `names`; horizontal bars when the names are long (labels).
// With one colour per bar (`barColors`), each bar gets its own colour: a stacked series of
// one set per bar, each set non-zero only at its own category.
void setBars(QChartView *view, const QString &title, const QStringList &names, const QVector<int> &values,
             const QColor &color, bool horizontal = false, const QVector<QColor> &barColors = {})
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    chart->setTitleFont(titleFont);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    int maximum = 1;
    for (int v : values)
        maximum = std::max(maximum, v);
    QAbstractBarSeries *series = nullptr;
    if (!horizontal && barColors.size() == values.size() && values.size() > 1) {
        series = new QStackedBarSeries;
        for (int i = 0; i < values.size(); ++i) {
            auto *set = new QBarSet(names.value(i));
            set->setColor(barColors[i]);
            for (int j = 0; j < values.size(); ++j)
                *set << (j == i ? values[j] : 0);
            series->append(set);
        }
    } else {
        auto *set = new QBarSet(title);
        set->setColor(color);
        for (int v : values)
            *set << v;
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
        series->append(set);
    }
    chart->addSeries(series);
    QFont axisFont = chart->font();
    axisFont.setPointSizeF(std::max(7.0, axisFont.pointSizeF() * 0.8));
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setLabelsFont(axisFont);
    categories->setTruncateLabels(false);
    auto *counts = new QValueAxis;
    counts->setRange(0, maximum);
    counts->setTickCount(3);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setLabelsFont(axisFont);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

StatisticsPanel::StatisticsPanel(CorpusDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_labels(new QChartView(this)), m_polarities(new QChartView(this)),
      m_lengths(new QChartView(this)), m_progressLabel(new QLabel(this)), m_annotated(new ProgressBar(this)),
      m_reviewed(new ProgressBar(this))
{
    setObjectName(QStringLiteral("statisticsPanel"));
    for (QChartView *view : {m_labels, m_polarities, m_lengths}) {
        view->setRenderHint(QPainter::Antialiasing);
        // Low enough that the bottom docks it shares a tab group with (Issues first) can start at
        // a seventh of a 800 px window, leaving the text panel its room; charts grow with the dock.
        view->setMinimumSize(160, 100);
    }
    auto *layout = new QGridLayout(this);
    // One row of charts, so the bottom dock area stays short.
    layout->addWidget(m_labels, 0, 0, 1, 2);
    layout->addWidget(m_polarities, 0, 2);
    layout->addWidget(m_lengths, 0, 3);
    layout->addWidget(m_progressLabel, 1, 0);
    layout->addWidget(m_annotated, 1, 1, 1, 2);
    layout->addWidget(m_reviewed, 1, 3);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
    layout->setColumnStretch(3, 1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(document, &CorpusDocument::contentChanged, this, &StatisticsPanel::schedule);
}

void StatisticsPanel::schedule()
{
    m_dirty = true;
    if (isVisible())
        m_timer.start();
}

void StatisticsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_timer.start();
}

void StatisticsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        schedule();
    QWidget::changeEvent(event);
}

void StatisticsPanel::refresh()
{
    m_dirty = false;
    m_stats = countStatistics(m_document->corpus());

    // The 8 most frequent labels keep the chart readable on large corpora.
    QVector<std::pair<QString, int>> labels;
    for (auto it = m_stats.labels.cbegin(); it != m_stats.labels.cend(); ++it)
        labels.push_back({it.key(), it.value()});
    std::stable_sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (labels.size() > 8)
        labels.resize(8);
    std::reverse(labels.begin(), labels.end());  // horizontal bars draw the first at the bottom
    QStringList labelNames;
    QVector<int> labelCounts;
    for (const auto &[name, count] : labels) {
        labelNames << name;
        labelCounts << count;
    }
    setBars(m_labels, tr("Labels"), labelNames, labelCounts, QColor(0x42, 0x7a, 0xb8), true);

    QStringList polarityNames;
    QVector<int> polarityCounts;
    QVector<QColor> polarityColors;
    for (Polarity p : {Polarity::Positive, Polarity::Negative, Polarity::Neutral, Polarity::Conflict}) {
        polarityNames << polarityText(p);
        polarityCounts << m_stats.polarities.value(QString::fromLatin1(polarityName(p)));
        polarityColors << polarityColor(p);
    }
    setBars(m_polarities, tr("Polarity"), polarityNames, polarityCounts, QColor(0x2e, 0x7d, 0x32), false,
            polarityColors);

    QStringList bins;
    for (int i = 0; i < m_stats.lengthHistogram.size(); ++i)
        bins << QStringLiteral("%1-%2").arg(i * m_stats.lengthBinWidth).arg((i + 1) * m_stats.lengthBinWidth - 1);
    setBars(m_lengths, tr("Sentence length (words)"), bins, m_stats.lengthHistogram, QColor(0x8e, 0x24, 0xaa));

    m_progressLabel->setText(tr("%1 sentences: %2 annotated, %3 reviewed")
                                 .arg(m_stats.sentences).arg(m_stats.annotated).arg(m_stats.reviewed));
    const int total = std::max(1, m_stats.sentences);
    m_annotated->setRange(0, total);
    m_annotated->setValue(m_stats.annotated);
    m_annotated->setFormat(tr("annotated %p%"));
    m_reviewed->setRange(0, total);
    m_reviewed->setValue(m_stats.reviewed);
    m_reviewed->setFormat(tr("reviewed %p%"));
}

} // namespace mizan::ui
