#pragma once
// Turning a prediction into things the studio shows or stores: highlights on the raw text
// (code points -> UTF-16 at this one edge), a one-line summary, and annotations for a
// sentence (opinions for targets, entity spans for entities) to be corrected by the user.
#include <QString>
#include <QVector>

#include "corpus/corpus.h"
#include "predict/predictor.h"
#include "ui/annotate/sentenceview.h"

namespace mizan::ui {

// Highlights over QString::fromStdString(p.text): one per entity (label colour) and per target
// (polarity colour underline), tooltips with label, polarity, confidence and code-point offsets.
// spanId: entities 0..E-1, targets E..E+T-1 (the span table's row order).
QVector<Highlight> predictionHighlights(const Prediction &p);

// "2 targets (1 positive, 1 negative), 1 entity (LOC); overall positive", translated.
QString predictionSummary(const Prediction &p);

// `sentence` with the prediction's targets as opinions (category and polarity as predicted;
// category empty from a model without categories), its sentence-level opinions as NULL-target
// opinions, all marked as model suggestions, and its entities as entity spans, replacing what
// it had. Offsets
// are the prediction's code points, which are the sentence's when p.text == sentence.text.
Sentence sentenceWithPrediction(Sentence sentence, const Prediction &p);

} // namespace mizan::ui
