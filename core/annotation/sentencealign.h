#pragma once
// Lines up the sentences of several annotations of the same text: by sentence id when the
// text is the same, then by text (ids often differ between tools), then by id alone (a
// warning: the texts differ, so span offsets may not line up).
#include <cstddef>
#include <string>
#include <vector>

#include "corpus/corpus.h"

namespace mizan {

struct SentenceAlignment {
    // rows[i][k]: annotation k's sentence aligned with the i-th sentence of annotation 0 (the
    // reference), or nullptr when annotation k has no such sentence. Pointers into the corpora
    // passed in, which must outlive this.
    std::vector<std::vector<const Sentence *>> rows;
    // Sentences left out (in no reference row) or matched with a different text, one message
    // each naming the annotation, the sentence id and its line.
    std::vector<std::string> warnings;
};

// Aligns every corpus with corpora[0]. `names` (same size) name the annotations in warnings.
// Each sentence is used at most once. Never fails; an empty list gives no rows.
SentenceAlignment alignSentences(const std::vector<const Corpus *> &corpora,
                                 const std::vector<std::string> &names);

} // namespace mizan
