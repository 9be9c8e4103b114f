#include "ui/results/confusionview.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace mizan::ui {

namespace {
constexpr int kCell = 56;
constexpr int kHeader = 22;
} // namespace

ConfusionView::ConfusionView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    // Rows and columns follow label order, left to right, whatever the UI direction.
    setLayoutDirection(Qt::LeftToRight);
}

void ConfusionView::setMatrix(const QStringList &labels, const std::vector<std::vector<qint64>> &counts)
{
    m_labels = labels;
    m_counts = counts;
    updateGeometry();
    update();
}

void ConfusionView::setNormalized(bool rowNormalized)
{
    m_normalized = rowNormalized;
    update();
}

double ConfusionView::share(int gold, int predicted) const
{
    if (gold < 0 || gold >= int(m_counts.size()) || predicted < 0 ||
        predicted >= int(m_counts[std::size_t(gold)].size()))
        return 0;
    const auto &row = m_counts[std::size_t(gold)];
    qint64 total = 0;
    for (qint64 v : row)
        total += v;
    return total > 0 ? double(row[std::size_t(predicted)]) / double(total) : 0.0;
}

QString ConfusionView::cellText(int gold, int predicted) const
{
    if (gold < 0 || gold >= int(m_counts.size()) || predicted < 0 ||
        predicted >= int(m_counts[std::size_t(gold)].size()))
        return {};
    if (m_normalized)
        return QString::number(100.0 * share(gold, predicted), 'f', 0) + QLatin1Char('%');
    return QString::number(m_counts[std::size_t(gold)][std::size_t(predicted)]);
}

int ConfusionView::labelWidth() const
{
    int w = fontMetrics().horizontalAdvance(tr("gold \\ predicted")) + 12;
    for (const QString &l : m_labels)
        w = std::max(w, fontMetrics().horizontalAdvance(l) + 12);
    return std::min(w, 220);
}

QRect ConfusionView::cellRect(int row, int column) const
{
    return QRect(labelWidth() + column * kCell, 2 * kHeader + row * kCell / 2, kCell, kCell / 2);
}

QSize ConfusionView::sizeHint() const
{
    const int n = int(m_labels.size());
    return QSize(labelWidth() + n * kCell + 8, 2 * kHeader + n * kCell / 2 + 8);
}

QSize ConfusionView::minimumSizeHint() const { return sizeHint(); }

void ConfusionView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int n = int(m_labels.size());
    if (n == 0)
        return;
    p.setPen(palette().text().color());
    p.drawText(QRect(labelWidth(), 0, n * kCell, kHeader), Qt::AlignCenter, tr("predicted"));
    p.drawText(QRect(0, 0, labelWidth(), 2 * kHeader), Qt::AlignCenter, tr("gold \\ predicted"));
    for (int c = 0; c < n; ++c) {
        const QRect header(labelWidth() + c * kCell, kHeader, kCell, kHeader);
        p.drawText(header, Qt::AlignCenter, fontMetrics().elidedText(m_labels[c], Qt::ElideRight, kCell - 4));
    }
    for (int r = 0; r < n; ++r) {
        const QRect label(0, 2 * kHeader + r * kCell / 2, labelWidth() - 6, kCell / 2);
        p.setPen(palette().text().color());
        p.drawText(label, Qt::AlignVCenter | Qt::AlignRight | Qt::AlignAbsolute, m_labels[r]);
        for (int c = 0; c < n; ++c) {
            const QRect cell = cellRect(r, c);
            const double s = share(r, c);
            // Diagonal cells in blue, errors in red; stronger with a larger share of the row.
            const QColor base = r == c ? QColor(0x1f, 0x6f, 0xb4) : QColor(0xc6, 0x28, 0x28);
            QColor fill = base;
            fill.setAlphaF(0.08 + 0.85 * s);
            p.fillRect(cell.adjusted(1, 1, -1, -1), fill);
            p.setPen(s > 0.55 ? Qt::white : palette().text().color());
            p.drawText(cell, Qt::AlignCenter, cellText(r, c));
        }
    }
}

bool ConfusionView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int r = 0; r < int(m_labels.size()); ++r)
            for (int c = 0; c < int(m_labels.size()); ++c)
                if (cellRect(r, c).contains(help->pos())) {
                    QToolTip::showText(help->globalPos(),
                                       tr("gold %1, predicted %2: %3 (%4% of the row)")
                                           .arg(m_labels[r], m_labels[c])
                                           .arg(m_counts[std::size_t(r)][std::size_t(c)])
                                           .arg(100.0 * share(r, c), 0, 'f', 1),
                                       this);
                    return true;
                }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace mizan::ui
