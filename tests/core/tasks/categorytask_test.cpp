// The aspect-category task: one multi-label example per sentence, and the (sentence, category)
// pairs that teach the sentiment head the polarity of NULL-target opinions.
#include "tasks/categorytask.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "baseline/baselineeval.h"
#include "corpus/categoryview.h"
#include "corpus/corpusio.h"
#include "tinytraining.h"
#include "tokenize/wordpiece.h"

using namespace mizan;
using namespace mizan::test;

namespace {

struct Tiny {
    Corpus corpus;
    std::vector<const Sentence *> sentences;
    WordPieceTokenizer tokenizer;
};

Tiny tiny()
{
    ImportResult r = importCorpus(tinyCorpus());
    EXPECT_TRUE(r.ok);
    auto text = readFile(tinyCorpus());
    const std::string dir = writeCharVocab(freshDir("categorytask-vocab"), (text ? *text : std::string()) + "abcdefghijklmnopqrstuvwxyz");
    auto tok = WordPieceTokenizer::fromDirectory(dir);
    EXPECT_TRUE(tok.ok()) << tok.error();
    Tiny t{std::move(r.corpus), {}, std::move(*tok)};
    t.sentences = corpusSentences(t.corpus);
    return t;
}

Sentence sentenceWith(std::vector<Opinion> opinions)
{
    Sentence s;
    s.id = "s1";
    s.text = "الفندق نظيف";
    s.opinions = std::move(opinions);
    return s;
}

} // namespace

TEST(CategoryTask, PairTextIsTheCategoryWords)
{
    EXPECT_EQ(categoryPairText("FOOD_DRINKS#QUALITY"), "food drinks quality");
    EXPECT_EQ(categoryPairText("HOTEL#GENERAL"), "hotel general");
}

TEST(CategoryTask, CorpusWithCategoriesOffersTheTask)
{
    const Tiny t = tiny();
    const auto tasks = availableTasks(t.corpus);
    EXPECT_NE(std::find(tasks.begin(), tasks.end(), std::make_pair(std::string("categories"), TaskKind::Categories)),
              tasks.end());
    // One category is no multi-label task.
    Corpus one;
    one.documents.emplace_back();
    one.documents[0].sentences.push_back(sentenceWith({{"", true, "HOTEL#GENERAL", Polarity::Positive, 0, 0, {}}}));
    for (const auto &[name, kind] : availableTasks(one))
        EXPECT_NE(kind, TaskKind::Categories) << name;
}

TEST(CategoryTask, EverySentenceIsOneExampleWithItsCategorySet)
{
    const Tiny t = tiny();
    PieceEncoder encoder(&t.tokenizer, {});
    const TaskData task = buildTask("categories", TaskKind::Categories, t.sentences, {}, encoder, t.tokenizer, 64, false);
    EXPECT_EQ(task.labels, categoryLabels(t.sentences));
    ASSERT_EQ(task.examples.size(), t.sentences.size());
    std::size_t withNull = 0;
    for (std::size_t i = 0; i < t.sentences.size(); ++i) {
        const TaskExample &ex = task.examples[i];
        std::vector<std::string> names;
        for (std::int64_t l : ex.labelSet)
            names.push_back(task.labels[std::size_t(l)]);
        EXPECT_EQ(names, sentenceCategories(*t.sentences[i])) << ex.sentenceId;
        EXPECT_EQ(ex.inputIds.front(), t.tokenizer.vocab().find("[CLS]").value_or(-1));
        EXPECT_EQ(ex.gold.size(), categoryOpinions(*t.sentences[i]).size());
        for (const EntitySpan &g : ex.gold)
            withNull += g.end == g.start;
    }
    EXPECT_EQ(withNull, 1u);  // the tiny corpus has one NULL-target opinion
}

TEST(CategoryTask, NullTargetOpinionsBecomeSentimentPairs)
{
    const Tiny t = tiny();
    PieceEncoder encoder(&t.tokenizer, {});
    const Sentence s = sentenceWith({{"", true, "HOTEL#GENERAL", Polarity::Positive, 0, 0, {}},
                                     {"الفندق", false, "HOTEL#CLEANLINESS", Polarity::Negative, 0, 6, {}},
                                     {"", true, "SERVICE#GENERAL", Polarity::Positive, 0, 0, {}},
                                     {"", true, "SERVICE#GENERAL", Polarity::Negative, 0, 0, {}},
                                     {"", true, "ROOMS#COMFORT", Polarity::Neutral, 0, 0, {}}});
    TaskData sentiment;
    sentiment.kind = TaskKind::TargetSentiment;
    sentiment.labels = {"positive", "negative", "neutral"};
    // HOTEL#GENERAL positive and ROOMS#COMFORT neutral; SERVICE#GENERAL disagrees, the target is
    // the target task's.
    EXPECT_EQ(addCategoryPairs(sentiment, {&s}, encoder, t.tokenizer, 64), 2u);
    EXPECT_EQ(sentiment.skipped, 1u);
    ASSERT_EQ(sentiment.examples.size(), 2u);
    EXPECT_EQ(sentiment.examples[0].label, 0);  // map order: HOTEL#GENERAL, ROOMS#COMFORT
    EXPECT_EQ(sentiment.examples[1].label, 2);
    const TaskExample &ex = sentiment.examples[0];
    const TaskExample expected = makeCategoryPairExample("s1", s.text, "HOTEL#GENERAL", encoder, t.tokenizer, 64);
    EXPECT_EQ(ex.inputIds, expected.inputIds);
    // The sentence is type 0 and the category words type 1, after the first [SEP].
    const auto sep = std::find(ex.inputIds.begin(), ex.inputIds.end(), t.tokenizer.vocab().find("[SEP]").value_or(-1));
    ASSERT_NE(sep, ex.inputIds.end());
    const std::size_t firstSep = std::size_t(sep - ex.inputIds.begin());
    for (std::size_t i = 0; i < ex.tokenTypeIds.size(); ++i)
        EXPECT_EQ(ex.tokenTypeIds[i], i <= firstSep ? 0 : 1) << i;
    EXPECT_EQ(ex.inputIds.size(), firstSep + 1 + encoder.tokenize("hotel general").size() + 1);
}

TEST(CategoryTask, EachExplicitTargetIsAPairLabelledWithItsCategory)
{
    const Tiny t = tiny();
    const auto tasks = availableTasks(t.corpus);
    EXPECT_NE(std::find(tasks.begin(), tasks.end(),
                        std::make_pair(std::string("target_categories"), TaskKind::TargetCategories)),
              tasks.end());
    PieceEncoder encoder(&t.tokenizer, {});
    const Sentence s = sentenceWith({{"", true, "HOTEL#GENERAL", Polarity::Positive, 0, 0, {}},
                                     {"الفندق", false, "HOTEL#CLEANLINESS", Polarity::Negative, 0, 6, {}},
                                     {"الفندق", false, "HOTEL#CLEANLINESS", Polarity::Negative, 0, 6, {}},
                                     {"الفندق", false, "HOTEL#COMFORT", Polarity::Positive, 0, 6, {}},
                                     {"نظيف", false, "ROOMS#CLEANLINESS", Polarity::Positive, 7, 11, {}}});
    TaskData task;
    task.kind = TaskKind::TargetCategories;
    task.labels = {"HOTEL#CLEANLINESS", "HOTEL#COMFORT", "HOTEL#GENERAL"};
    fillTargetCategoryTask(task, {&s}, encoder, t.tokenizer, 64, true);
    // The NULL target is no pair, the repeated (target, category) one pair, a category the
    // labels lack is counted as skipped.
    ASSERT_EQ(task.examples.size(), 2u);
    EXPECT_EQ(task.examples[0].label, 0);
    EXPECT_EQ(task.examples[1].label, 1);
    EXPECT_EQ(task.skipped, 1u);
    EXPECT_EQ(task.sentences, 1u);
    const TaskExample expected = makePairExample("s1", s.text, {0, 6}, encoder, t.tokenizer, 64, true);
    EXPECT_EQ(task.examples[0].inputIds, expected.inputIds);
    EXPECT_EQ(task.examples[0].tokenTypeIds, expected.tokenTypeIds);

    // Built from the corpus, the labels are the training part's categories.
    const TaskData built = buildTask("target_categories", TaskKind::TargetCategories, t.sentences, {}, encoder,
                                     t.tokenizer, 64, true);
    EXPECT_EQ(built.labels, categoryLabels(t.sentences));
    std::size_t explicitTargets = 0;
    for (const Sentence *x : t.sentences)
        for (const CategoryOpinion &o : categoryOpinions(*x))
            explicitTargets += !o.isNull;
    EXPECT_GT(built.examples.size(), 0u);
    EXPECT_LE(built.examples.size(), explicitTargets);
}

TEST(CategoryTask, FrequenciesAreEachLabelsShareOfTheSentences)
{
    TaskData task;
    task.kind = TaskKind::Categories;
    task.labels = {"A#B", "C#D", "E#F"};
    for (const std::vector<std::int64_t> &set : {std::vector<std::int64_t>{0}, {0, 1}, {}, {0}}) {
        task.examples.emplace_back();
        task.examples.back().labelSet = set;
    }
    EXPECT_EQ(categoryFrequencies(task), (std::vector<double>{0.75, 0.25, 0.0}));
}
