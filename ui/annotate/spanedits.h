#pragma once
// Annotation spans of one sentence seen uniformly (opinion targets and entity spans), and the
// rules for adding and changing them. Pure functions over mizan::Sentence, so they are tested
// without widgets; the undo commands apply their results.
#include <QString>
#include <QVector>

#include <cstddef>
#include <string>

#include "corpus/corpus.h"

namespace mizan::ui {

enum class SpanKind { Opinion, Entity };

// One highlighted span: an explicit opinion target or an entity span.
struct SpanInfo {
    SpanKind kind = SpanKind::Entity;
    int index = -1;          // into Sentence::opinions or Sentence::entities
    std::size_t start = 0;   // code points into the raw text
    std::size_t end = 0;
    QString label;           // entity label, or the opinion category's entity part ("SERVICE")
    QString category;        // opinion category ("SERVICE#GENERAL"); empty for entities
    Polarity polarity = Polarity::None;
    bool sentenceLevel = false;  // a target="NULL" opinion: about the sentence, no span (start = end = 0)
};

// Explicit opinion targets (NULL targets have no span) and entity spans, in text order.
QVector<SpanInfo> spansOf(const Sentence &sentence);
// The sentence-level (target="NULL") opinions, in file order, as spans without a range.
QVector<SpanInfo> sentenceLevelOpinions(const Sentence &sentence);
// The label shown for an opinion: the part of its category before '#', or "TARGET".
QString opinionLabel(const Opinion &opinion);

enum class SpanProblem { None, Empty, OutOfRange, Overlaps };

// Whether [start, end) may become a new span of `kind`: not empty, inside the text, and not
// overlapping a span of the same kind (an opinion may repeat an existing target's exact range,
// as SemEval gives one target several categories).
SpanProblem checkNewSpan(const Sentence &sentence, SpanKind kind, std::size_t start, std::size_t end);

// Adds an opinion on [start, end) (target text taken from the sentence) or an entity span;
// returns the new span's index. Call checkNewSpan first.
int addOpinion(Sentence &sentence, std::size_t start, std::size_t end, const std::string &category,
               Polarity polarity);
// Adds a sentence-level (target="NULL") opinion; returns its index in Sentence::opinions.
int addSentenceOpinion(Sentence &sentence, const std::string &category, Polarity polarity);
int addEntity(Sentence &sentence, std::size_t start, std::size_t end, const std::string &label);

// Sets the label of a span: an entity's label, or an opinion's category.
void setSpanLabel(Sentence &sentence, SpanKind kind, int index, const std::string &label);
// Sets an opinion's polarity (entities have none: no change).
void setSpanPolarity(Sentence &sentence, SpanKind kind, int index, Polarity polarity);
void removeSpan(Sentence &sentence, SpanKind kind, int index);

// Model suggestions (pre-annotation) carry the attribute suggested="model" until the sentence
// is marked reviewed; it is kept in every format that keeps opinions.
void markSuggested(Opinion &opinion);
bool isSuggested(const Opinion &opinion);
// Clears the mark from every opinion of the sentence (it was reviewed).
void clearSuggested(Sentence &sentence);

// The sentence has a "conflict" opinion, or one target range with two different polarities.
bool hasConflict(const Sentence &sentence);
// No opinions (explicit or NULL) and no entities.
bool isUnannotated(const Sentence &sentence);

} // namespace mizan::ui
