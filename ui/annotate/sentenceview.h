#pragma once
// One rendering of a sentence (raw, cleaned or stemmed): wrapped with QTextLayout, direction
// taken from the content, highlights drawn as background colours through QTextLayout's
// selection formats (colour only, so glyph shaping is never split) plus a polarity bar under
// each span. The raw view is selectable with mouse and keyboard.
#include <QColor>
#include <QString>
#include <QTextLayout>
#include <QVector>
#include <QWidget>

namespace mizan::ui {

struct Highlight {
    int start = 0;  // UTF-16 positions in the view's text
    int end = 0;
    QColor background;
    QColor underline;  // invalid: no polarity bar
    QString toolTip;
    int spanId = -1;   // the owner's id for the span (index into its span list)
};

class SentenceView : public QWidget {
    Q_OBJECT
public:
    explicit SentenceView(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setHighlights(const QVector<Highlight> &highlights);
    const QVector<Highlight> &highlights() const { return m_highlights; }
    // The span drawn with an outline (-1: none).
    void setCurrentSpan(int spanId);
    int currentSpan() const { return m_currentSpan; }

    // Whether the user can select text (the raw view) or only read it.
    void setSelectable(bool selectable);
    // Mouse selections keep the exact characters dragged over instead of snapping to whole
    // words (as holding Alt does, for window managers that take Alt+drag).
    void setExactSelection(bool exact) { m_exact = exact; }
    bool exactSelection() const { return m_exact; }
    // The selection as UTF-16 [start, end); start == end when nothing is selected.
    int selectionStart() const { return std::min(m_anchor, m_cursor); }
    int selectionEnd() const { return std::max(m_anchor, m_cursor); }
    // Selects [start, end) (clamped), as if the user had.
    void setSelection(int start, int end);
    void clearSelection();

    // Direction detected from the text (Arabic text is right-to-left in either UI language).
    Qt::LayoutDirection textDirection() const;
    // The UTF-16 cursor position at widget point `pos` (-1 when outside the text).
    int positionAt(const QPoint &pos) const;
    // The rectangle covering [start, end) on the first line it touches (for tests and tips).
    QRect rangeRect(int start, int end) const;
    // The tooltips of every highlight containing UTF-16 position `position`, one after another.
    QString toolTipAt(int position) const;
    // Where Ctrl+arrow moves the cursor from `position`: the end of the next word (forward) or
    // the start of the previous one, never taking the space beside it.
    int wordStep(int position, bool forward) const;
    // The id of the highlight containing UTF-16 position `position` (-1: none).
    int spanAt(int position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void selectionChanged(int start, int end);
    // A click without a drag inside a highlighted span.
    void spanClicked(int spanId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void relayout();
    int layoutHeight(QTextLayout &layout, int width) const;
    QPointF origin() const;
    void moveCursor(int position, bool extend);

    QString m_text;
    QTextLayout m_layout;
    QVector<Highlight> m_highlights;
    int m_currentSpan = -1;
    bool m_selectable = false;
    bool m_exact = false;
    int m_anchor = 0;
    int m_cursor = 0;
    bool m_dragging = false;
    bool m_moved = false;
};

} // namespace mizan::ui
