#pragma once
// The aspect-category task (SemEval-2016 slot 1) as model examples: each sentence with the set
// of its opinions' categories (multi-label), and the (sentence, category) pairs of the
// sentiment task, so that the polarity of a NULL-target opinion comes from the same head as a
// target's. Torch-free.
#include <cstddef>
#include <string>
#include <vector>

#include "corpus/corpus.h"
#include "tasks/taskdata.h"

namespace mizan {

// The task name of the sentence categories.
inline constexpr const char *kCategoriesTask = "categories";

// The task name of the explicit targets' categories.
inline constexpr const char *kTargetCategoriesTask = "target_categories";

// A category as the second segment of a pair: "FOOD_DRINKS#QUALITY" -> "food drinks quality".
std::string categoryPairText(const std::string &category);

// "[CLS] sentence [SEP]" (its first maxLength pieces) with `labelSet` the ids in `labels` of
// the sentence's categories and `gold` its opinions with a category (label = category, a NULL
// target as [0, 0)).
TaskExample makeCategoryExample(const Sentence &sentence, const std::vector<std::string> &labels,
                                const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer,
                                std::size_t maxLength);

// Fills a Categories task with one example per sentence (sentences without an opinion too: no
// category is their answer). `task.labels` empty: the sentences' categories, sorted.
void fillCategoryTask(TaskData &task, const std::vector<const Sentence *> &sentences,
                      const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer, std::size_t maxLength);

// Fills a TargetCategories task with one (sentence, target) pair example (makePairExample)
// per explicit target and category of its opinions, `label` the category's id. `task.labels`
// empty: the sentences' categories, sorted. A category not in task.labels is counted in
// task.skipped.
void fillTargetCategoryTask(TaskData &task, const std::vector<const Sentence *> &sentences,
                            const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer, std::size_t maxLength,
                            bool markTarget);

// Per label of a Categories task, the share of its examples that have it.
std::vector<double> categoryFrequencies(const TaskData &task);

// "[CLS] sentence [SEP] category words [SEP]": the sentence pieces type 0, the category's
// type 1 (what a target-pooling head pools), target {0, 0}. A sentence too long keeps its
// first pieces. `sentencePieces` as in makePairExample.
TaskExample makeCategoryPairExample(const std::string &sentenceId, const std::string &text,
                                    const std::string &category, const PieceEncoder &encoder,
                                    const WordPieceTokenizer &tokenizer, std::size_t maxLength,
                                    const std::vector<Token> *sentencePieces = nullptr);

// Adds to a target-sentiment task one pair example per (sentence, category) of the sentences'
// NULL-target opinions whose polarity is one of task.labels; a pair whose opinions disagree
// is left out (counted in task.skipped). Returns the pairs added.
std::size_t addCategoryPairs(TaskData &task, const std::vector<const Sentence *> &sentences,
                             const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer,
                             std::size_t maxLength);

} // namespace mizan
