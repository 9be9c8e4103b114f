// Kappa, percent agreement, Krippendorff's alpha and multi-kappa against the values
// scikit-learn 1.2.1 and NLTK 3.8 give (shared fixtures/agreement/agreement_cases.json).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "annotation/agreementstats.h"
#include "support/testsupport.h"

using namespace mizan;

namespace {

std::string fixturePath() { return std::string(MIZAN_SHARED_DIR) + "/fixtures/agreement/agreement_cases.json"; }

LabelColumn column(const nlohmann::json &j)
{
    LabelColumn c;
    for (const auto &x : j)
        c.push_back(x.is_null() ? std::nullopt : std::optional<std::string>(x.get<std::string>()));
    return c;
}

void expectValue(const nlohmann::json &c, const char *key, const std::optional<double> &got, const std::string &name)
{
    if (!c.contains(key) || c[key].is_null()) {
        EXPECT_FALSE(got.has_value()) << name << " " << key << ": undefined in the fixture, got " << got.value_or(0);
        return;
    }
    ASSERT_TRUE(got.has_value()) << name << " " << key;
    EXPECT_NEAR(*got, c[key].get<double>(), 1e-12) << name << " " << key;
}

} // namespace

TEST(AgreementStats, EqualsScikitLearnAndNltkOnEveryFixtureCase)
{
    if (!std::filesystem::exists(fixturePath()))
        MIZAN_SKIP_FOR_MISSING_DATA() << "agreement fixtures not found at " << fixturePath();
    std::ifstream in(fixturePath());
    const nlohmann::json j = nlohmann::json::parse(in);
    ASSERT_EQ(j["cases"].size(), 9u);
    std::size_t multi = 0;
    for (const auto &c : j["cases"]) {
        const std::string name = c["name"];
        const std::vector<std::string> labels = c["labels"];
        std::vector<LabelColumn> annotators;
        for (const auto &a : c["annotators"])
            annotators.push_back(column(a));
        const PairAgreement none = pairAgreement(annotators[0], annotators[1], labels);
        expectValue(c, "cohen_kappa", none.kappa, name);
        expectValue(c, "cohen_kappa_linear",
                    pairAgreement(annotators[0], annotators[1], labels, KappaWeights::Linear).kappa, name);
        expectValue(c, "cohen_kappa_quadratic",
                    pairAgreement(annotators[0], annotators[1], labels, KappaWeights::Quadratic).kappa, name);
        expectValue(c, "percent_agreement",
                    none.items ? std::optional<double>(none.percentAgreement) : std::nullopt, name);
        expectValue(c, "krippendorff_alpha_nominal", krippendorffAlphaNominal(annotators), name);
        if (c.contains("multi_kappa")) {
            expectValue(c, "multi_kappa", multiKappa(annotators), name);
            ++multi;
        }
    }
    EXPECT_EQ(multi, 1u);
}

TEST(AgreementStats, ConfusionCountsItemsBothLabelled)
{
    const LabelColumn a = {"positive", "negative", std::nullopt, "neutral", "positive"};
    const LabelColumn b = {"positive", "positive", "negative", std::nullopt, "positive"};
    const PairAgreement p = pairAgreement(a, b, {"positive", "negative", "neutral"});
    EXPECT_EQ(p.items, 3u);
    EXPECT_EQ(p.agreed, 2u);
    EXPECT_EQ(p.confusion[0][0], 2u);
    EXPECT_EQ(p.confusion[1][0], 1u);
    EXPECT_EQ(p.confusion[2][2], 0u);
}

TEST(AgreementStats, UndefinedCasesAreNulloptNotNan)
{
    const LabelColumn same = {"positive", "positive"};
    EXPECT_FALSE(pairAgreement(same, same).kappa.has_value());  // one label only: 0/0
    EXPECT_FALSE(pairAgreement({}, {}).kappa.has_value());
    EXPECT_EQ(*krippendorffAlphaNominal({same, same}), 1.0);  // NLTK: one value, alpha 1
    EXPECT_FALSE(krippendorffAlphaNominal({{"positive", std::nullopt}, {std::nullopt, "negative"}}).has_value());
    EXPECT_FALSE(multiKappa({same}).has_value());
}

TEST(AgreementStats, LabelOutsideTheListIsAddedNotDropped)
{
    const PairAgreement p = pairAgreement({"positive", "conflict"}, {"positive", "conflict"}, {"positive", "negative"});
    ASSERT_EQ(p.labels.size(), 3u);
    EXPECT_EQ(p.labels[2], "conflict");
    EXPECT_EQ(p.items, 2u);
    EXPECT_DOUBLE_EQ(*p.kappa, 1.0);
}
