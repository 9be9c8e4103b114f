#pragma once
// Help > About: version, the libtorch, Qt and BLAS in use, CUDA, and credits (the SemEval-2016
// data behind the default model).
#include <QString>

class QWidget;

namespace mizan::ui {

// The About box's rich text (computed each time: the BLAS and CUDA are probed).
QString aboutText();
void showAboutBox(QWidget *parent);

} // namespace mizan::ui
