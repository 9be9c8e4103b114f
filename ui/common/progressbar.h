#pragma once
// A progress bar that shows its percentage in right-to-left layouts too: Qt's Fusion style
// clips the label of a mirrored (or inverted) bar away, so the style draws the bar without its
// label and the percentage is drawn here, centred, in either direction.
#include <QProgressBar>

namespace mizan::ui {

class ProgressBar : public QProgressBar {
    Q_OBJECT
public:
    using QProgressBar::QProgressBar;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace mizan::ui
