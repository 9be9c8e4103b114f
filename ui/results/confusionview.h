#pragma once
// A confusion-matrix heatmap: rows are gold labels, columns predicted labels; each cell shows
// its count or its share of the row (row-normalised), coloured by that share.
#include <QStringList>
#include <QWidget>

#include <vector>

namespace mizan::ui {

class ConfusionView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionView(QWidget *parent = nullptr);

    void setMatrix(const QStringList &labels, const std::vector<std::vector<qint64>> &counts);
    void setNormalized(bool rowNormalized);
    bool isNormalized() const { return m_normalized; }
    // The text drawn in cell (gold, predicted): a count, or a percentage when normalised.
    QString cellText(int gold, int predicted) const;
    // The row share of a cell, 0..1.
    double share(int gold, int predicted) const;
    int labelCount() const { return int(m_labels.size()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect cellRect(int row, int column) const;
    int labelWidth() const;

    QStringList m_labels;
    std::vector<std::vector<qint64>> m_counts;
    bool m_normalized = false;
};

} // namespace mizan::ui
