#include <gtest/gtest.h>

#include <filesystem>

#include "corpus/categoryview.h"
#include "corpus/corpusio.h"
#include "support/testsupport.h"

using namespace mizan;

namespace {

Opinion opinion(const std::string &target, std::size_t from, std::size_t to, const std::string &category,
                Polarity p = Polarity::Positive)
{
    Opinion o;
    o.target = target;
    o.isNull = target.empty();
    o.from = from;
    o.to = to;
    o.category = category;
    o.polarity = p;
    return o;
}

Sentence sample()
{
    Sentence s;
    s.id = "1:0";
    s.text = "الغرفة نظيفة والخدمة ممتازة";
    s.opinions = {opinion("الغرفة", 0, 6, "ROOMS#CLEANLINESS"),
                  opinion("الغرفة", 0, 6, "ROOMS#GENERAL"),
                  opinion("", 0, 0, "SERVICE#GENERAL", Polarity::Negative),
                  opinion("الخدمة", 14, 20, "SERVICE#GENERAL"),
                  opinion("الغرفة", 0, 6, "")};
    return s;
}

} // namespace

TEST(CategoryView, SentenceCategoriesAreDistinctAndSorted)
{
    EXPECT_EQ(sentenceCategories(sample()),
              (std::vector<std::string>{"ROOMS#CLEANLINESS", "ROOMS#GENERAL", "SERVICE#GENERAL"}));
    EXPECT_TRUE(sentenceCategories(Sentence{}).empty());
}

TEST(CategoryView, TargetCategoriesKeepEveryExplicitOpinionWithACategory)
{
    const auto t = targetCategories(sample());
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[0].category, "ROOMS#CLEANLINESS");
    EXPECT_EQ(t[1].category, "ROOMS#GENERAL");
    EXPECT_EQ(t[1].from, 0u);
    EXPECT_EQ(t[2].from, 14u);
    EXPECT_EQ(t[2].to, 20u);
}

TEST(CategoryView, GoldOpinionsMarkNullTargets)
{
    const auto g = categoryOpinions(sample());
    ASSERT_EQ(g.size(), 4u);
    EXPECT_FALSE(g[0].isNull);
    EXPECT_TRUE(g[2].isNull);
    EXPECT_EQ(g[2].category, "SERVICE#GENERAL");
    const Sentence s = sample();
    EXPECT_EQ(categoryLabels({&s}).size(), 3u);
}

TEST(CategoryView, TrainFileCategories)
{
    const std::string path = test::sharedFile(test::kSemEvalTrain);
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "SemEval train file not found at " << path;
    ImportResult r = importCorpus(path);
    ASSERT_TRUE(r.ok);
    std::vector<const Sentence *> sentences;
    std::size_t pairs = 0, targets = 0;
    for (const Document &d : r.corpus.documents)
        for (const Sentence &s : d.sentences) {
            sentences.push_back(&s);
            pairs += sentenceCategories(s).size();
            targets += targetCategories(s).size();
        }
    // Counted with Python's ElementTree over the same file: 34 categories, 9,102 unique
    // (sentence, category) pairs, 10,509 opinions of which 889 have a NULL target.
    EXPECT_EQ(categoryLabels(sentences).size(), 34u);
    EXPECT_EQ(pairs, 9102u);
    EXPECT_EQ(targets, 10509u - 889u);
}
