#pragma once
// What a corpus loses when written in a given format, said BEFORE the write: a save never
// drops an annotation silently. Each entry names what is lost and how many.
#include <string>
#include <vector>

#include "corpus/corpus.h"

namespace mizan {

// The format exportCorpus() writes for `format` (Unknown: the corpus's own, else the
// extension of `path`); Unknown when none applies.
CorpusFormat resolveExportFormat(const Corpus &corpus, const std::string &path, CorpusFormat format);

// What is lost (so a UI can say it in its own language).
enum class LossKind {
    TargetCategories,      // SemEval 2014: aspect terms have no category
    ReviewOpinions,        // review-level opinions
    EmptyCategories,       // opinions without a category, written as category=""
    OpinionTargets,        // explicit targets with category and polarity
    SentenceOpinions,      // target="NULL" opinions
    ReviewMarks,           // Sentence::reviewed
    OutOfScopeMarks,
    ExtraAttributes,
    Spacing,               // CoNLL rewrites whitespace as single spaces
};

// One kind of content `format` cannot hold (or holds only degraded).
struct ExportLoss {
    LossKind kind;
    std::string what;       // e.g. "opinions (target, category, polarity)"
    std::size_t count = 0;  // how many items of the corpus are affected
    std::string message;    // a full sentence for the user
};

// Everything of `corpus` that writing it as `format` (resolved) would lose or degrade; empty
// when the format keeps it all. SemEval XML keeps entity spans (an <Entities> element) and
// review marks (reviewed="TRUE") that other SemEval readers skip; CoNLL keeps tokens and
// entity spans; doccano JSONL keeps text and entity spans; Mizan JSONL keeps everything.
std::vector<ExportLoss> exportLosses(const Corpus &corpus, CorpusFormat format);

} // namespace mizan
