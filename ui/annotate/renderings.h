#pragma once
// The raw, cleaned and stemmed renderings of a sentence with their highlights: the core text
// pipeline's offset map carries each span from raw code points to the other renderings, and
// Utf16Map turns code points into QString positions.
#include <QColor>
#include <QString>
#include <QVector>

#include "corpus/corpus.h"
#include "ui/annotate/sentenceview.h"
#include "ui/annotate/spanedits.h"

namespace mizan {
class TextPipeline;
}

namespace mizan::ui {

struct Rendering {
    QString text;
    QVector<Highlight> highlights;  // spanId = index into SentenceRenderings::spans
};

struct SentenceRenderings {
    QVector<SpanInfo> spans;
    Rendering raw;
    Rendering cleaned;
    Rendering stemmed;
    QString error;  // set when the pipeline refused the text (cleaned/stemmed then empty)
};

// Renders `sentence` through `pipeline` (normaliser preset and stemmer chosen by the caller).
SentenceRenderings renderSentence(const Sentence &sentence, TextPipeline &pipeline);

// A light background colour per label, stable across runs (fixed palette by label hash).
QColor labelColor(const QString &label);
// Green positive, red negative, grey neutral, orange conflict; invalid for none.
QColor polarityColor(Polarity polarity);
// The translated polarity name.
QString polarityText(Polarity polarity);
// "label, category, polarity, offsets" for a span's tooltip.
QString spanToolTip(const SpanInfo &span);

} // namespace mizan::ui
