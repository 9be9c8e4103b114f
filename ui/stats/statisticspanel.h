#pragma once
// The Statistics panel: label and polarity distributions and the sentence-length histogram
// as QtCharts bar charts, and annotation progress. Recomputed shortly after the corpus
// changes (coalesced on a timer), only while visible.
#include <QTimer>
#include <QWidget>

#include "ui/corpus/corpusdocument.h"
#include "ui/stats/statisticscounts.h"

class QChartView;
class QLabel;
class QProgressBar;

namespace mizan::ui {

class StatisticsPanel : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsPanel(CorpusDocument *document, QWidget *parent = nullptr);

    // Recomputes and redraws now.
    void refresh();
    const StatisticsCounts &stats() const { return m_stats; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void schedule();

    CorpusDocument *m_document;
    StatisticsCounts m_stats;
    QTimer m_timer;
    bool m_dirty = true;
    QChartView *m_labels;
    QChartView *m_polarities;
    QChartView *m_lengths;
    QLabel *m_progressLabel;
    QProgressBar *m_annotated;
    QProgressBar *m_reviewed;
};

} // namespace mizan::ui
