#pragma once
// SemEval-2016 slot 1 (aspect category detection) and slot 1+2 (target and category
// together) scoring, as the official evaluator does: per sentence the UNIQUE gold and
// predicted items are compared, and precision / recall / F1 are micro over all sentences.
//   slot 1:   items are (sentence, category);
//   slot 1+2: items are (sentence, category, target span), a NULL target being its own span.
// Torch-free and corpus-free: callers turn sentences into CategorySentence.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/metrictypes.h"

namespace mizan {

// One opinion seen by slots 1 and 1+2: its category and its target ([from, to) in code
// points of the sentence; isNull for a sentence-level opinion, whose from/to are ignored).
struct CategoryOpinion {
    std::string category;
    bool isNull = true;
    std::size_t from = 0;
    std::size_t to = 0;
};

struct CategorySentence {
    std::string sentenceId;
    std::vector<CategoryOpinion> gold;
    std::vector<CategoryOpinion> predicted;
};

// Name of the row / column of the entity confusion for "no entity" (a missed or spurious one).
inline constexpr const char *kNoEntity = "(none)";

struct CategoryScores {
    Prf slot1;   // micro over unique (sentence, category); support = gold pairs
    Prf slot12;  // micro over unique (sentence, category, target)
    std::size_t gold1 = 0, predicted1 = 0, correct1 = 0;
    std::size_t gold12 = 0, predicted12 = 0, correct12 = 0;
    std::map<std::string, Prf> perCategory;  // slot 1 per category (gold or predicted)
    // Entity part of the categories ("SERVICE" of "SERVICE#GENERAL"), per sentence: an entity
    // in both the gold and the predicted set counts on the diagonal; each gold entity the
    // prediction lacks counts once against each predicted entity the gold lacks in the same
    // sentence, or against kNoEntity when there is none; each spurious predicted entity with
    // no missed gold entity beside it counts as (kNoEntity, predicted).
    std::map<std::string, std::map<std::string, std::size_t>> entityConfusion;  // gold -> predicted
    std::vector<PredictionError> errors;  // slot 1: missed (predicted "") / spurious (gold "")
};

// Scores `sentences`. Empty categories are ignored. Never fails.
CategoryScores scoreCategories(const std::vector<CategorySentence> &sentences);

// {"slot1": {"precision","recall","f1","support","gold","predicted","correct"},
//  "slot12": {...}, "per_category": {category: prf}, "entity_confusion": {gold: {pred: n}}}.
nlohmann::json categoryScoresToJson(const CategoryScores &scores);

} // namespace mizan
