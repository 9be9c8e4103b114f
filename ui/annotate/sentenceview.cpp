#include "ui/annotate/sentenceview.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLine>
#include <QToolTip>

#include <algorithm>
#include <cmath>

#include "ui/annotate/wordsnap.h"

namespace mizan::ui {

namespace {
constexpr int kMargin = 6;
constexpr int kBarHeight = 3;
constexpr int kLineGap = 10;  // room under each line for two stacked polarity bars

// The rank of highlight `index` among the earlier ones with the same range: two opinions
// on one target draw their polarity bars one under the other.
int stackLevel(const QVector<Highlight> &highlights, int index)
{
    int level = 0;
    for (int i = 0; i < index; ++i)
        level += highlights[i].start == highlights[index].start && highlights[i].end == highlights[index].end;
    return level;
}

bool isSpace(QChar c) { return c.isSpace(); }
} // namespace

SentenceView::SentenceView(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAttribute(Qt::WA_Hover);
    setMouseTracking(true);
}

void SentenceView::setText(const QString &text)
{
    m_text = text;
    m_highlights.clear();
    m_currentSpan = -1;
    m_anchor = m_cursor = 0;
    relayout();
}

void SentenceView::setHighlights(const QVector<Highlight> &highlights)
{
    m_highlights = highlights;
    update();
}

void SentenceView::setCurrentSpan(int spanId)
{
    m_currentSpan = spanId;
    update();
}

void SentenceView::setSelectable(bool selectable)
{
    m_selectable = selectable;
    setFocusPolicy(selectable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(selectable ? Qt::IBeamCursor : Qt::ArrowCursor);
}

void SentenceView::setSelection(int start, int end)
{
    const int size = static_cast<int>(m_text.size());
    m_anchor = std::clamp(start, 0, size);
    m_cursor = std::clamp(end, 0, size);
    update();
    Q_EMIT selectionChanged(selectionStart(), selectionEnd());
}

void SentenceView::clearSelection() { setSelection(m_cursor, m_cursor); }

Qt::LayoutDirection SentenceView::textDirection() const
{
    return m_text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

void SentenceView::relayout()
{
    m_layout.clearLayout();
    m_layout.setText(m_text);
    m_layout.setFont(font());
    QTextOption option;
    option.setTextDirection(textDirection());
    // Absolute alignment: the text's own direction decides, not the UI language's.
    option.setAlignment(textDirection() == Qt::RightToLeft ? Qt::AlignRight | Qt::AlignAbsolute
                                                           : Qt::AlignLeft | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout.setTextOption(option);
    layoutHeight(m_layout, std::max(50, width() - 2 * kMargin));
    updateGeometry();
    update();
}

int SentenceView::layoutHeight(QTextLayout &layout, int width) const
{
    layout.beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + kLineGap;
    }
    layout.endLayout();
    return static_cast<int>(std::ceil(y));
}

int SentenceView::heightForWidth(int width) const
{
    QTextLayout layout(m_text, font());
    layout.setTextOption(m_layout.textOption());
    const int lineHeight = QFontMetrics(font()).height() + kLineGap;
    return std::max(lineHeight, layoutHeight(layout, std::max(50, width - 2 * kMargin))) + 2 * kMargin;
}

QSize SentenceView::sizeHint() const { return QSize(400, heightForWidth(400)); }

QSize SentenceView::minimumSizeHint() const { return QSize(100, QFontMetrics(font()).height() + 2 * kMargin); }

QPointF SentenceView::origin() const { return QPointF(kMargin, kMargin); }

void SentenceView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void SentenceView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void SentenceView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QList<QTextLayout::FormatRange> formats;
    for (const Highlight &h : m_highlights) {
        if (h.end <= h.start)
            continue;
        QTextLayout::FormatRange range;
        range.start = h.start;
        range.length = h.end - h.start;
        range.format.setBackground(h.background);
        formats.push_back(range);
    }
    if (selectionEnd() > selectionStart()) {
        QTextLayout::FormatRange range;
        range.start = selectionStart();
        range.length = selectionEnd() - selectionStart();
        range.format.setBackground(palette().highlight());
        range.format.setForeground(palette().highlightedText());
        formats.push_back(range);
    }
    painter.setPen(palette().color(QPalette::Text));
    m_layout.draw(&painter, origin(), formats);

    // Polarity bars and the current span's outline, per line the span touches.
    for (int index = 0; index < m_highlights.size(); ++index) {
        const Highlight &h = m_highlights[index];
        if (h.end <= h.start)
            continue;
        const int level = std::min(stackLevel(m_highlights, index), 1);
        for (int i = 0; i < m_layout.lineCount(); ++i) {
            const QTextLine line = m_layout.lineAt(i);
            const int from = std::max(h.start, line.textStart());
            const int to = std::min(h.end, line.textStart() + line.textLength());
            if (to <= from)
                continue;
            const qreal x1 = line.cursorToX(from), x2 = line.cursorToX(to);
            const QRectF box(origin().x() + std::min(x1, x2), origin().y() + line.y(), std::abs(x2 - x1),
                             line.height());
            if (h.underline.isValid())
                painter.fillRect(
                    QRectF(box.left(), box.bottom() + 1 + level * (kBarHeight + 1), box.width(), kBarHeight),
                    h.underline);
            if (h.spanId == m_currentSpan && m_currentSpan >= 0) {
                painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box.adjusted(-1, -1, 1, 1));
            }
        }
    }
    if (m_selectable && hasFocus() && m_layout.lineCount() > 0)
        m_layout.drawCursor(&painter, origin(), m_cursor);
}

int SentenceView::positionAt(const QPoint &pos) const
{
    const QPointF p = QPointF(pos) - origin();
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        if (p.y() >= line.y() && p.y() < line.y() + line.height() + kLineGap)
            return line.xToCursor(p.x(), QTextLine::CursorBetweenCharacters);
    }
    return -1;
}

QRect SentenceView::rangeRect(int start, int end) const
{
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        const int from = std::max(start, line.textStart());
        const int to = std::min(end, line.textStart() + line.textLength());
        if (to <= from)
            continue;
        const qreal x1 = line.cursorToX(from), x2 = line.cursorToX(to);
        return QRectF(origin().x() + std::min(x1, x2), origin().y() + line.y(), std::abs(x2 - x1), line.height())
            .toAlignedRect();
    }
    return {};
}

QString SentenceView::toolTipAt(int position) const
{
    // Every highlight under the position: two opinions on one target show both.
    QStringList tips;
    for (const Highlight &h : m_highlights)
        if (position >= h.start && position < h.end && !h.toolTip.isEmpty() && !tips.contains(h.toolTip))
            tips << h.toolTip;
    return tips.join(QStringLiteral("\n\n"));
}

int SentenceView::spanAt(int position) const
{
    for (const Highlight &h : m_highlights)
        if (position >= h.start && position < h.end)
            return h.spanId;
    return -1;
}

bool SentenceView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF p = QPointF(help->pos()) - origin();
        // The character under the pointer, not the nearest cursor gap.
        int position = -1;
        for (int i = 0; i < m_layout.lineCount(); ++i) {
            const QTextLine line = m_layout.lineAt(i);
            if (p.y() >= line.y() && p.y() < line.y() + line.height())
                position = line.xToCursor(p.x(), QTextLine::CursorOnCharacter);
        }
        const QString tip = toolTipAt(position);
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void SentenceView::mousePressEvent(QMouseEvent *event)
{
    if (!m_selectable || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int pos = positionAt(event->position().toPoint());
    if (pos < 0)
        return;
    m_dragging = true;
    m_moved = false;
    m_anchor = m_cursor = pos;
    update();
}

void SentenceView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    const int pos = positionAt(event->position().toPoint());
    if (pos >= 0 && pos != m_cursor) {
        m_cursor = pos;
        m_moved = true;
        update();
    }
}

void SentenceView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    const int pos = positionAt(event->position().toPoint());
    if (pos >= 0)
        m_cursor = pos;
    if (m_anchor == m_cursor) {
        // A click: select the span under it (if any), else just place the cursor.
        const int span = spanAt(m_cursor);
        if (span >= 0)
            Q_EMIT spanClicked(span);
        setSelection(m_cursor, m_cursor);
        return;
    }
    if (m_exact || (event->modifiers() & Qt::AltModifier)) {
        setSelection(selectionStart(), selectionEnd());
    } else {
        const auto [start, end] = snapToWords(m_text, selectionStart(), selectionEnd());
        setSelection(start, end);
    }
}

int SentenceView::wordStep(int position, bool forward) const
{
    // Forward stops at the end of the next word, backward at the start of the previous one,
    // so a word selection never takes the space after (or before) it.
    const int size = static_cast<int>(m_text.size());
    int p = position;
    if (forward) {
        while (p < size && isSpace(m_text[p]))
            ++p;
        while (p < size && !isSpace(m_text[p]))
            ++p;
    } else {
        while (p > 0 && isSpace(m_text[p - 1]))
            --p;
        while (p > 0 && !isSpace(m_text[p - 1]))
            --p;
    }
    return p;
}

void SentenceView::moveCursor(int position, bool extend)
{
    m_cursor = std::clamp(position, 0, static_cast<int>(m_text.size()));
    if (!extend)
        m_anchor = m_cursor;
    update();
    Q_EMIT selectionChanged(selectionStart(), selectionEnd());
}

void SentenceView::keyPressEvent(QKeyEvent *event)
{
    if (!m_selectable)
        return QWidget::keyPressEvent(event);
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const bool words = event->modifiers() & Qt::ControlModifier;
    const bool rtl = textDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (words) {
            // Word steps are logical; the visual key maps to a logical direction by the text's
            // direction.
            const bool forward = (event->key() == Qt::Key_Right) != rtl;
            moveCursor(wordStep(m_cursor, forward), extend);
        } else {
            moveCursor(event->key() == Qt::Key_Left ? m_layout.leftCursorPosition(m_cursor)
                                                    : m_layout.rightCursorPosition(m_cursor),
                       extend);
        }
        return;
    }
    case Qt::Key_Home:
        moveCursor(0, extend);
        return;
    case Qt::Key_End:
        moveCursor(static_cast<int>(m_text.size()), extend);
        return;
    case Qt::Key_Escape:
        if (selectionEnd() > selectionStart()) {
            clearSelection();
            return;
        }
        break;
    default:
        break;
    }
    event->ignore();  // annotation keys go to the panel
}

} // namespace mizan::ui
