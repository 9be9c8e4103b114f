// The baseline's category part on a synthetic corpus: it learns sentence categories, target
// categories and the polarity of NULL-target opinions, round-trips through save/load, and
// fails clearly. Tiny configuration, seconds.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "baseline/baselineeval.h"
#include "baseline/categoryeval.h"
#include "baseline/categorymodel.h"
#include "common/atomicfile.h"
#include "common/utf8.h"
#include "support/testsupport.h"

namespace mizan {
namespace {

Opinion opinion(const std::string &target, std::size_t from, const std::string &category, Polarity p)
{
    Opinion o;
    o.target = target;
    o.isNull = target.empty();
    o.from = target.empty() ? 0 : from;
    o.to = target.empty() ? 0 : from + utf8::length(target);
    o.category = category;
    o.polarity = p;
    return o;
}

// "<target> <adjective> جدا" with the target's category, and target-less sentences whose
// words carry a NULL opinion (prices, cleanliness).
Corpus syntheticCorpus()
{
    const std::vector<std::pair<std::string, std::string>> targets = {
        {"الغرفة", "ROOMS#GENERAL"}, {"الخدمة", "SERVICE#GENERAL"}, {"الإفطار", "FOOD_DRINKS#QUALITY"}};
    const std::vector<std::pair<std::string, Polarity>> adjectives = {
        {"ممتاز", Polarity::Positive}, {"رائع", Polarity::Positive}, {"سيء", Polarity::Negative}};
    Corpus c;
    c.documents.emplace_back();
    Document &d = c.documents.back();
    int n = 0;
    auto add = [&](const std::string &text, std::vector<Opinion> opinions) {
        Sentence s;
        s.id = "d:" + std::to_string(n++);
        s.text = text;
        s.opinions = std::move(opinions);
        d.sentences.push_back(std::move(s));
    };
    for (int round = 0; round < 2; ++round)
        for (const auto &[target, category] : targets)
            for (const auto &[adjective, polarity] : adjectives)
                for (const std::string prefix : {"", "كانت "}) {
                    add(prefix + target + " " + adjective + " جدا",
                        {opinion(target, utf8::length(prefix), category, polarity)});
                    add("الأسعار غالية و" + target + " " + adjective,
                        {opinion("", 0, "HOTEL#PRICES", Polarity::Negative),
                         opinion(target, 15, category, polarity)});
                    add("كل شيء نظيف ومرتب " + prefix, {opinion("", 0, "HOTEL#CLEANLINESS", Polarity::Positive)});
                }
    add("ذهبنا في الصيف", {});
    return c;
}

CategoryOptions tinyOptions()
{
    CategoryOptions o;
    o.buckets = 1 << 12;
    o.dim = 8;
    o.epochs = 30;
    o.batchSize = 8;
    o.lr = 0.1;
    return o;
}

class CategoryModelTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_corpus = new Corpus(syntheticCorpus());
        auto m = CategoryModel::train(corpusSentences(*s_corpus), tinyOptions());
        ASSERT_TRUE(m.ok()) << m.error();
        s_model = new CategoryModel(std::move(*m));
    }
    static void TearDownTestSuite()
    {
        delete s_model;
        delete s_corpus;
    }
    static Corpus *s_corpus;
    static CategoryModel *s_model;
};
Corpus *CategoryModelTest::s_corpus = nullptr;
CategoryModel *CategoryModelTest::s_model = nullptr;

TEST_F(CategoryModelTest, LabelsAreTheCorpusCategoriesSorted)
{
    EXPECT_EQ(s_model->labels(), (std::vector<std::string>{"FOOD_DRINKS#QUALITY", "HOTEL#CLEANLINESS", "HOTEL#PRICES",
                                                           "ROOMS#GENERAL", "SERVICE#GENERAL"}));
}

TEST_F(CategoryModelTest, LearnsSentenceCategories)
{
    const CategoryScores m = evaluateCategories(*s_model, nullptr, corpusSentences(*s_corpus));
    EXPECT_GT(m.slot1.f1, 0.95);
    const auto none = s_model->predictSentence("ذهبنا في الصيف");
    EXPECT_TRUE(none.empty()) << none.front().category;
    const auto two = s_model->predictSentence("الأسعار غالية والخدمة سيء");
    ASSERT_EQ(two.size(), 2u);
    EXPECT_GE(two[0].score, two[1].score);
}

TEST_F(CategoryModelTest, TargetGetsItsCategory)
{
    auto c = s_model->predictTarget("كانت الإفطار رائع جدا", 5, 12);
    ASSERT_TRUE(c.ok()) << c.error();
    EXPECT_EQ(c->category, "FOOD_DRINKS#QUALITY");
    EXPECT_GT(c->score, 0.5);
    EXPECT_EQ(s_model->predictTarget("abc", 2, 9).status().code(), ErrorCode::InvalidArgument);
    EXPECT_EQ(s_model->predictTarget("abc", 1, 1).status().code(), ErrorCode::InvalidArgument);
}

TEST_F(CategoryModelTest, NullOpinionsForCategoriesNoTargetCarries)
{
    const std::string text = "الأسعار غالية والغرفة ممتاز";
    const auto opinions = s_model->predictOpinions(text, {{15, 21}});
    ASSERT_EQ(opinions.size(), 2u);
    EXPECT_FALSE(opinions[0].isNull);
    EXPECT_EQ(opinions[0].category, "ROOMS#GENERAL");
    EXPECT_TRUE(opinions[1].isNull);
    EXPECT_EQ(opinions[1].category, "HOTEL#PRICES");
    EXPECT_EQ(opinions[1].polarity.label, "negative");
    auto clean = s_model->predictPairPolarity("كل شيء نظيف ومرتب", "HOTEL#CLEANLINESS");
    ASSERT_TRUE(clean.ok());
    EXPECT_EQ(clean->label, "positive");
    EXPECT_EQ(s_model->predictPairPolarity("x", "NOPE#NOPE").status().code(), ErrorCode::InvalidArgument);
}

// Regression (issue 13, class 4): predictOpinions pools the sentence bag once for all its
// targets and categories (it pooled it per target: quadratic on a long line with many targets);
// each answer is the number predictTarget / predictPairPolarity give for it alone.
TEST_F(CategoryModelTest, OpinionsPoolTheSentenceOnceWithTheSameNumbers)
{
    const std::vector<std::string> review = {"كانت",     "الإفطار", "رائع",    "جدا",
                                             "والأسعار", "غالية",   "والغرفة", "ممتاز"};
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> words;  // every word a target, 6 times over
    for (int i = 0; i < 6; ++i)
        for (const std::string &w : review) {
            const std::size_t at = utf8::length(text);
            words.emplace_back(at, at + utf8::length(w));
            text += w + " ";
        }
    const auto opinions = s_model->predictOpinions(text, words);
    ASSERT_GE(opinions.size(), words.size());  // the targets' first, in order; then null ones
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto alone = s_model->predictTarget(text, words[i].first, words[i].second);
        ASSERT_TRUE(alone.ok()) << alone.error();
        EXPECT_FALSE(opinions[i].isNull);
        EXPECT_EQ(opinions[i].category, alone->category) << i;
        EXPECT_EQ(opinions[i].categoryScore, alone->score) << i;
    }
    // A category no target carries gets the pair head's polarity, pooled once as well.
    const std::string shortText = "الأسعار غالية والغرفة ممتاز";
    const auto two = s_model->predictOpinions(shortText, {{15, 21}});
    ASSERT_EQ(two.size(), 2u);
    ASSERT_TRUE(two[1].isNull);
    const auto alone = s_model->predictPairPolarity(shortText, two[1].category);
    ASSERT_TRUE(alone.ok());
    EXPECT_EQ(two[1].polarity.label, alone->label);
    EXPECT_EQ(two[1].polarity.scores, alone->scores);
}

TEST_F(CategoryModelTest, SlotOnePlusTwoWithTheBaselinesTargets)
{
    BaselineOptions o;
    o.taggerBuckets = o.sentimentBuckets = 1 << 12;
    o.sentimentDim = 8;
    o.taggerEpochs = 15;
    o.sentimentEpochs = 1;
    auto baseline = BaselineModel::train(corpusSentences(*s_corpus), o);
    ASSERT_TRUE(baseline.ok()) << baseline.error();
    const CategoryScores m = evaluateCategories(*s_model, &*baseline, corpusSentences(*s_corpus));
    EXPECT_GT(m.slot12.f1, 0.9);
    // 36 of each sentence shape: one opinion, two (a NULL one and a target), one NULL.
    EXPECT_EQ(m.gold12, 144u);
}

TEST_F(CategoryModelTest, SaveLoadRoundTripGivesTheSameScores)
{
    test::TempDir dir;
    const std::string folder = dir.file("model");
    ASSERT_FALSE(CategoryModel::existsIn(folder));
    ASSERT_TRUE(s_model->save(folder).ok());
    ASSERT_TRUE(CategoryModel::existsIn(folder));
    auto loaded = CategoryModel::load(folder);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->labels(), s_model->labels());
    const auto a = s_model->sentenceScores("الأسعار غالية والخدمة سيء");
    const auto b = loaded->sentenceScores("الأسعار غالية والخدمة سيء");
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        EXPECT_DOUBLE_EQ(a[i].score, b[i].score);
    EXPECT_DOUBLE_EQ(loaded->options().threshold, s_model->options().threshold);
}

TEST_F(CategoryModelTest, BadConfigNamesTheFileAndKey)
{
    test::TempDir dir;
    const std::string folder = dir.file("model");
    ASSERT_TRUE(s_model->save(folder).ok());
    const std::string config = folder + "/categories.json";
    ASSERT_TRUE(writeFileAtomic(config, R"({"model_type": "mizan-baseline-categories", "format_version": 1,
        "labels": ["A#B"], "polarity_labels": ["positive"], "options": {"buckets": 0}})").ok());
    auto bad = CategoryModel::load(folder);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.status().code(), ErrorCode::ParseError);
    EXPECT_NE(bad.error().find("categories.json"), std::string::npos) << bad.error();
    EXPECT_NE(bad.error().find("buckets"), std::string::npos) << bad.error();
    EXPECT_FALSE(CategoryModel::load(dir.file("absent")).ok());
    // A label listed twice (an edited file) is refused by name, not read as two outputs.
    ASSERT_TRUE(s_model->save(folder).ok());
    auto j = nlohmann::json::parse(*readFile(config));
    j["labels"][1] = j["labels"][0];
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).ok());
    auto twice = CategoryModel::load(folder);
    ASSERT_FALSE(twice.ok());
    EXPECT_NE(twice.error().find("\"labels\" lists the string \"" + j["labels"][0].get<std::string>() + "\" more than once"),
              std::string::npos)
        << twice.error();
}

TEST_F(CategoryModelTest, ThresholdIsChosenOnHeldOutTrainingSentencesAndSaved)
{
    // tinyOptions() leaves the threshold to train(): 15% of the 109 sentences are held out.
    const CategoryThresholdChoice &c = s_model->thresholdChoice();
    EXPECT_EQ(c.sentences, 109u * 15 / 100);
    EXPECT_DOUBLE_EQ(s_model->options().threshold, c.threshold);
    EXPECT_GE(c.threshold, 0.05);
    EXPECT_LE(c.threshold, 0.95);
    EXPECT_GT(c.f1, 0.9);  // the synthetic categories are easy to tell apart
    test::TempDir dir;
    ASSERT_TRUE(s_model->save(dir.file("model")).ok());
    auto loaded = CategoryModel::load(dir.file("model"));
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->thresholdChoice().sentences, c.sentences);
    EXPECT_DOUBLE_EQ(loaded->thresholdChoice().f1, c.f1);
    // A threshold given is kept and nothing is held out.
    CategoryOptions given = tinyOptions();
    given.threshold = 0.3;
    given.epochs = 1;
    auto fixed = CategoryModel::train(corpusSentences(*s_corpus), given);
    ASSERT_TRUE(fixed.ok()) << fixed.error();
    EXPECT_DOUBLE_EQ(fixed->options().threshold, 0.3);
    EXPECT_EQ(fixed->thresholdChoice().sentences, 0u);
}

TEST(CategoryThreshold, BestSlotOneF1OnTheGridTiesNearestHalf)
{
    // Sentence 1: gold A; A 0.9, B 0.3. Sentence 2: gold A, B; A 0.6, B 0.25.
    // At 0.25 or below: 4 predicted, 3 correct, F1 6/7; above 0.25 up to 0.3: 3 predicted, 2
    // correct, F1 4/6; above 0.3 up to 0.6: 2 predicted, 2 correct, F1 4/5; above 0.6: F1 2/4.
    const std::vector<std::vector<ScoredCategory>> scores = {{{"A", 0.9}, {"B", 0.3}}, {{"A", 0.6}, {"B", 0.25}}};
    const std::vector<std::vector<std::string>> gold = {{"A"}, {"A", "B"}};
    const CategoryThresholdChoice c = chooseCategoryThreshold(scores, gold);
    EXPECT_DOUBLE_EQ(c.threshold, 0.25);  // 0.05 ... 0.25 tie at 6/7: the one nearest 0.5
    EXPECT_NEAR(c.f1, 6.0 / 7.0, 1e-12);
    EXPECT_EQ(c.sentences, 2u);
    // Nothing to score: 0.5.
    EXPECT_DOUBLE_EQ(chooseCategoryThreshold({}, {}).threshold, 0.5);
    // A category the sentence's targets carry counts at every threshold: with B carried in
    // sentence 2, 0.30 < t <= 0.60 predicts A, A, B: F1 1.
    const CategoryThresholdChoice withTargets = chooseCategoryThreshold(scores, gold, {{}, {"B"}});
    EXPECT_DOUBLE_EQ(withTargets.threshold, 0.5);
    EXPECT_DOUBLE_EQ(withTargets.f1, 1.0);
    // Every threshold above the wrong category's 0.7 scores 1: the nearest 0.5 of them.
    const CategoryThresholdChoice sure = chooseCategoryThreshold({{{"A", 0.99}, {"B", 0.7}}}, {{"A"}});
    EXPECT_DOUBLE_EQ(sure.threshold, 0.75);
    EXPECT_DOUBLE_EQ(sure.f1, 1.0);
}

TEST(CategoryModel, NoCategoriesIsInvalidArgumentAndStopCancels)
{
    Sentence s;
    s.text = "نص بلا فئات";
    s.opinions = {opinion("نص", 0, "", Polarity::Positive)};
    EXPECT_EQ(CategoryModel::train({&s}).status().code(), ErrorCode::InvalidArgument);
    const Corpus c = syntheticCorpus();
    std::atomic<bool> stop{true};
    EXPECT_EQ(CategoryModel::train(corpusSentences(c), tinyOptions(), {}, &stop).status().code(), ErrorCode::Cancelled);
}

} // namespace
} // namespace mizan
