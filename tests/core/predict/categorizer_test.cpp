// Categories in predictions and evaluations: a baseline folder with its category part gives
// each target a category and the sentence-level opinions no target carries; `mizan eval`'s
// JSON gets SemEval slot 1 and 1+2; a folder without categories (the shipped default model)
// loads and predicts as before.
#include "predict/categorizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include <unistd.h>

#include "baseline/baselineeval.h"
#include "baseline/categorymodel.h"
#include "corpus/corpusio.h"
#include "eval/evalreportjson.h"
#include "predict/predictor.h"
#include "support/testsupport.h"

using namespace mizan;

namespace {

const std::string kTiny = MIZAN_TEST_DATA_DIR "/train/tiny_hotels.xml";

// A baseline folder with categories trained on the tiny corpus (shared by the tests).
const std::string &tinyCategoryFolder()
{
    static test::TempDir dir;
    static const std::string folder = [] {
        const std::string out = dir.file("baseline");
        ImportResult r = importCorpus(kTiny);
        EXPECT_TRUE(r.ok);
        const auto sentences = corpusSentences(r.corpus);
        BaselineOptions bo;
        bo.taggerBuckets = bo.sentimentBuckets = 1 << 12;
        bo.sentimentDim = 8;
        auto baseline = BaselineModel::train(sentences, bo);
        EXPECT_TRUE(baseline.ok()) << baseline.error();
        CategoryOptions co;
        co.buckets = 1 << 12;
        co.dim = 8;
        co.threshold = 0.2;
        auto categories = CategoryModel::train(sentences, co);
        EXPECT_TRUE(categories.ok()) << categories.error();
        EXPECT_TRUE(baseline->save(out).ok());
        EXPECT_TRUE(categories->save(out).ok());
        return out;
    }();
    return folder;
}

} // namespace

TEST(Categorizer, TargetsGetCategoriesAndTheRestAreSentenceOpinions)
{
    auto model = CategoryModel::load(tinyCategoryFolder());
    ASSERT_TRUE(model.ok()) << model.error();
    const std::string raw = "الغرفة نظيفة والخدمة سيئة";
    Prediction p;
    p.text = raw;
    p.targets = {{0, 6, "الغرفة", "", {}, 1.0, "", 0}, {14, 20, "الخدمة", "", {}, 1.0, "", 0}};
    categorize(*model, raw, p);
    std::set<std::string> carried;
    for (const PredictedTarget &t : p.targets) {
        auto expected = model->predictTarget(raw, t.start, t.end);
        ASSERT_TRUE(expected.ok());
        EXPECT_EQ(t.category, expected->category);
        EXPECT_DOUBLE_EQ(t.categoryScore, expected->score);
        carried.insert(t.category);
    }
    std::vector<std::string> expectedNull;
    for (const ScoredCategory &c : model->predictSentence(raw))
        if (!carried.count(c.category))
            expectedNull.push_back(c.category);
    ASSERT_EQ(p.sentenceOpinions.size(), expectedNull.size());
    for (std::size_t i = 0; i < expectedNull.size(); ++i) {
        EXPECT_EQ(p.sentenceOpinions[i].category, expectedNull[i]);
        EXPECT_FALSE(p.sentenceOpinions[i].polarity.empty());
        EXPECT_EQ(p.sentenceOpinions[i].scores.size(), 3u);
    }
}

TEST(Categorizer, PredictorAnswersWithCategoriesAndJsonCarriesThem)
{
    auto predictor = Predictor::load(tinyCategoryFolder());
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto p = (*predictor)->predict("الغرفة نظيفة والخدمة سيئة", {{0, 6}, {14, 20}});
    ASSERT_TRUE(p.ok()) << p.error();
    ASSERT_EQ(p->targets.size(), 2u);
    for (const PredictedTarget &t : p->targets) {
        EXPECT_FALSE(t.category.empty());
        EXPECT_GT(t.categoryScore, 0.0);
    }
    const nlohmann::json j = predictionToJson(*p);
    EXPECT_EQ(j["targets"][0]["category"], p->targets[0].category);
    EXPECT_TRUE(j["targets"][0].contains("category_score"));
    EXPECT_EQ(j["sentence_opinions"].size(), p->sentenceOpinions.size());
}

TEST(Categorizer, EvaluationReportsSlotOneAndOnePlusTwo)
{
    auto predictor = Predictor::load(tinyCategoryFolder());
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    std::map<std::string, std::vector<PredictionError>> errors;
    auto ev = (*predictor)->evaluate({kTiny}, false, &errors);
    ASSERT_TRUE(ev.ok()) << ev.error();
    ASSERT_TRUE(ev->tasks.count("categories"));
    ASSERT_TRUE(std::holds_alternative<CategoryReport>(ev->tasks.at("categories")));
    const nlohmann::json c = reportToJson(*ev)["tasks"]["categories"];
    EXPECT_EQ(c["kind"], "categories");
    // The typed report reads back from its JSON form unchanged.
    auto back = taskReportFromJson(c);
    ASSERT_TRUE(back.ok()) << back.error();
    ASSERT_TRUE(std::holds_alternative<CategoryReport>(*back));
    EXPECT_EQ(std::get<CategoryReport>(*back).scores.gold1, std::get<CategoryReport>(ev->tasks.at("categories")).scores.gold1);
    EXPECT_EQ(reportToJson(*back), c);
    EXPECT_DOUBLE_EQ(c["f1"].get<double>(), c["slot1"]["f1"].get<double>());
    EXPECT_GT(c["slot1"]["gold"].get<int>(), 0);
    EXPECT_GE(c["slot12"]["gold"].get<int>(), c["slot1"]["gold"].get<int>());
    EXPECT_TRUE(c.contains("entity_confusion"));
    EXPECT_TRUE(errors.count("categories"));
}

// The shipped default model has a category part: a first start gives categories.
TEST(Categorizer, TheShippedDefaultModelGivesCategories)
{
    const std::string dir = test::resourceFile("models/default");
    ASSERT_TRUE(CategoryModel::existsIn(dir));
    auto predictor = Predictor::load(dir);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto p = (*predictor)->predict("الخدمة سيئة جدا");
    ASSERT_TRUE(p.ok()) << p.error();
    ASSERT_FALSE(p->targets.empty());
    EXPECT_EQ(p->targets[0].category.rfind("SERVICE#", 0), 0u) << p->targets[0].category;
}

// A baseline folder from before categories (the default model's files less its category
// part) loads and predicts as before.
TEST(Categorizer, AFolderWithoutCategoriesPredictsAsBefore)
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("mizan_nocat_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const char *name : {"baseline.json", "baseline.safetensors"})
        fs::copy_file(fs::path(test::resourceFile("models/default")) / name, dir / name);
    struct Cleanup {
        fs::path dir;
        ~Cleanup() { std::error_code ec; fs::remove_all(dir, ec); }
    } cleanup{dir};
    ASSERT_FALSE(CategoryModel::existsIn(dir.string()));
    auto predictor = Predictor::load(dir.string());
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto p = (*predictor)->predict("الخدمة سيئة جدا");
    ASSERT_TRUE(p.ok()) << p.error();
    ASSERT_FALSE(p->targets.empty());
    EXPECT_TRUE(p->targets[0].category.empty());
    EXPECT_TRUE(p->sentenceOpinions.empty());
    const nlohmann::json j = predictionToJson(*p);
    EXPECT_FALSE(j["targets"][0].contains("category"));
    EXPECT_TRUE(j["sentence_opinions"].empty());
}
