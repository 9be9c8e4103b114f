#pragma once
// The aspect-category task's view of annotated sentences (SemEval-2016 slot 1, and slot 1+2):
// per sentence the set of its opinions' categories (multi-label), per explicit target the
// category of its opinion, and the gold side of the category scoring (eval/categoryscore.h).
#include <cstddef>
#include <string>
#include <vector>

#include "corpus/corpus.h"
#include "eval/categoryscore.h"

namespace mizan {

// An explicit-target opinion's category: [from, to) in code points of the sentence.
struct TargetCategory {
    std::size_t from = 0;
    std::size_t to = 0;
    std::string category;
    Polarity polarity = Polarity::None;
};

// The distinct non-empty categories of `sentence`'s opinions (NULL targets included), sorted.
std::vector<std::string> sentenceCategories(const Sentence &sentence);

// Every opinion of `sentence` with an explicit, non-empty target and a category, in opinion
// order (a target annotated under two categories appears twice).
std::vector<TargetCategory> targetCategories(const Sentence &sentence);

// The distinct categories of all `sentences` (not owned), sorted; empty when none has any.
std::vector<std::string> categoryLabels(const std::vector<const Sentence *> &sentences);

// The opinions of `sentence` with a category, as slot 1 / 1+2 scoring sees them.
std::vector<CategoryOpinion> categoryOpinions(const Sentence &sentence);

} // namespace mizan
