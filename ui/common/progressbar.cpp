#include "ui/common/progressbar.h"

#include <QStyleOptionProgressBar>
#include <QStylePainter>

namespace mizan::ui {

void ProgressBar::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionProgressBar option;
    initStyleOption(&option);
    const bool label = option.textVisible && !option.text.isEmpty();
    option.textVisible = false;
    painter.drawControl(QStyle::CE_ProgressBar, option);
    if (!label)
        return;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect(), Qt::AlignCenter, option.text);
}

} // namespace mizan::ui
