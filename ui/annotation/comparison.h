#pragma once
// What Compare annotators shows, apart from the widgets: one comparison of the open corpus (A)
// with a second annotation (B), computed off the GUI thread, and the texts and highlights the
// panel displays for it (translated in ComparePanel's context).
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <string>
#include <vector>

#include "annotation/agreement.h"
#include "corpus/corpus.h"
#include "ui/annotate/sentenceview.h"
#include "ui/corpus/corpusdocument.h"

class QStandardItem;

namespace mizan::ui {

// One comparison: copies of both corpora and the report that points into them.
struct Comparison {
    Corpus a;
    std::shared_ptr<const Corpus> b;
    QString bPath;
    AgreementReport report;
    std::vector<SentenceRef> refs;  // per alignment row: the sentence of the open corpus
    QString error;                  // set when the file could not be read
    QStringList importWarnings;     // reading B
    QStringList warnings;           // reading B, then aligning the sentences
};

// Compares `a` with `b` (both copied in, so the report's pointers stay valid); `path` and
// `warnings` (from reading B) are kept in the result. Never throws; error set on failure.
std::shared_ptr<Comparison> computeComparison(Corpus a, std::shared_ptr<const Corpus> b, QString path,
                                              QStringList warnings);

// The scores of the first pair as a few lines of rich text.
QString comparisonSummaryHtml(const Comparison &c);
QString disagreementKindText(DisagreementKind k);
QString disagreementLayerText(const std::string &layer);
// A disagreement's value for display ("target" and a trailing polarity translated).
QString disagreementValueText(const std::string &value);
// One version of a sentence: its targets (or entities, for that layer) highlighted; *current
// gets the index of the span [start, end) (-1 when none).
QVector<Highlight> versionHighlights(const Sentence &s, const QString &text, const std::string &layer,
                                     std::size_t start, std::size_t end, int *current);
// "CATEGORY polarity, ..." of a sentence's opinions.
QString sentenceCategoriesText(const Sentence &s);
// Right-aligns an item whose text is right-to-left (whatever the layout direction).
void alignByText(QStandardItem *item);

} // namespace mizan::ui
