#pragma once
// Says, before a save or an export, what the chosen format cannot hold (core's exportLosses(),
// in the UI language), so nothing is dropped without the user knowing.
#include <QString>
#include <QStringList>

#include "corpus/corpus.h"
#include "corpus/exportcheck.h"

namespace mizan::ui {

// One translated line per loss; empty when `format` keeps everything of `corpus`.
QStringList exportLossMessages(const Corpus &corpus, CorpusFormat format);
// One translated line for `loss`.
QString exportLossMessage(const ExportLoss &loss);

} // namespace mizan::ui
