// Parity with scikit-learn 1.2.1 on the shared fixture, plus small hand-checked cases.
#include <gtest/gtest.h>

#include "support/testsupport.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "eval/classificationmetrics.h"
#include "eval/evaljson.h"

namespace mizan {
namespace {

const std::string kFixture = std::string(MIZAN_SHARED_DIR) + "/fixtures/metrics/classification_sklearn.json";

TEST(ClassificationMetrics, MatchesScikitLearnFixture)
{
    if (!std::filesystem::exists(kFixture))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture not found: " << kFixture;
    std::ifstream in(kFixture);
    const nlohmann::json fixture = nlohmann::json::parse(in);
    ASSERT_GE(fixture["cases"].size(), 4u);
    for (const auto &c : fixture["cases"]) {
        SCOPED_TRACE(c["name"].get<std::string>());
        const auto labels = c["labels"].get<std::vector<std::string>>();
        auto m = classificationMetrics(c["gold"].get<std::vector<std::string>>(),
                                       c["pred"].get<std::vector<std::string>>(), labels);
        ASSERT_TRUE(m.ok()) << m.error();
        EXPECT_NEAR(m->accuracy, c["accuracy"].get<double>(), 1e-9);
        EXPECT_NEAR(m->macro.f1, c["macro_f1"].get<double>(), 1e-9);
        EXPECT_NEAR(m->weighted.f1, c["weighted_f1"].get<double>(), 1e-9);
        ASSERT_EQ(m->labels, labels);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const auto &want = c["per_class"][labels[i]];
            EXPECT_NEAR(m->perClass[i].precision, want["precision"].get<double>(), 1e-9) << labels[i];
            EXPECT_NEAR(m->perClass[i].recall, want["recall"].get<double>(), 1e-9) << labels[i];
            EXPECT_NEAR(m->perClass[i].f1, want["f1"].get<double>(), 1e-9) << labels[i];
            EXPECT_EQ(m->perClass[i].support, want["support"].get<std::size_t>()) << labels[i];
        }
        EXPECT_EQ(m->confusion, c["confusion_rows_gold_cols_pred"].get<std::vector<std::vector<std::size_t>>>());
    }
}

TEST(ClassificationMetrics, NeverPredictedClassScoresZeroNotNan)
{
    auto m = classificationMetrics({"a", "b", "c"}, {"a", "a", "b"}, {"a", "b", "c"});
    ASSERT_TRUE(m.ok());
    EXPECT_DOUBLE_EQ(m->perClass[2].precision, 0.0);
    EXPECT_DOUBLE_EQ(m->perClass[2].f1, 0.0);
    EXPECT_DOUBLE_EQ(m->perClass[0].precision, 0.5);
    EXPECT_DOUBLE_EQ(m->perClass[0].recall, 1.0);
    EXPECT_NEAR(m->macro.f1, (2.0 / 3.0 + 0.0 + 0.0) / 3.0, 1e-12);
    EXPECT_NEAR(m->accuracy, 1.0 / 3.0, 1e-12);
}

TEST(ClassificationMetrics, DerivesSortedLabelsWhenNoneGiven)
{
    auto m = classificationMetrics({"neg", "pos"}, {"pos", "pos"});
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->labels, (std::vector<std::string>{"neg", "pos"}));
    EXPECT_EQ(m->confusion, (std::vector<std::vector<std::size_t>>{{0, 1}, {0, 1}}));
    EXPECT_EQ(m->indexOf("pos"), 1u);
    EXPECT_EQ(m->indexOf("zzz"), 2u);
}

TEST(ClassificationMetrics, RejectsLengthMismatchAndDuplicateLabels)
{
    auto m = classificationMetrics({"a"}, {"a", "b"});
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.status().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(m.error().find("1 gold"), std::string::npos);
    EXPECT_FALSE(classificationMetrics({"a"}, {"a"}, {"a", "a"}).ok());
}

TEST(ClassificationMetrics, EmptyInputGivesZeros)
{
    auto m = classificationMetrics({}, {}, {"a", "b"});
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->count, 0u);
    EXPECT_DOUBLE_EQ(m->accuracy, 0.0);
    EXPECT_DOUBLE_EQ(m->weighted.f1, 0.0);
}

TEST(ClassificationMetrics, ErrorListNamesSentenceGoldAndPrediction)
{
    const auto errors = classificationErrors({"s1", "s2", "s3"}, {"pos", "neg", "neu"}, {"pos", "pos", "neu"});
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].sentenceId, "s2");
    EXPECT_EQ(errors[0].gold, "neg");
    EXPECT_EQ(errors[0].predicted, "pos");
    EXPECT_FALSE(errors[0].hasSpan);
}

TEST(ClassificationMetrics, JsonCarriesConfusionByLabel)
{
    auto m = classificationMetrics({"neg", "pos", "pos"}, {"pos", "pos", "neg"}, {"pos", "neg"});
    ASSERT_TRUE(m.ok());
    const nlohmann::json j = classificationToJson(*m);
    EXPECT_EQ(j["confusion"]["pos"]["neg"].get<int>(), 1);
    EXPECT_EQ(j["confusion"]["neg"]["pos"].get<int>(), 1);
    EXPECT_EQ(j["confusion"]["neg"]["neg"].get<int>(), 0);
    EXPECT_NEAR(j["accuracy"].get<double>(), 1.0 / 3.0, 1e-12);
    EXPECT_EQ(j["per_class"]["pos"]["support"].get<int>(), 2);
}

} // namespace
} // namespace mizan
