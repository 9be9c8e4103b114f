// Parity with seqeval (default conlleval-compatible mode and strict IOB2) on the shared
// fixture, plus the edge cases spelled out.
#include <gtest/gtest.h>

#include "support/testsupport.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "eval/entitymetrics.h"
#include "eval/evaljson.h"

namespace mizan {
namespace {

const std::string kFixture = std::string(MIZAN_SHARED_DIR) + "/fixtures/metrics/entities_seqeval.json";

void expectReport(const EntityMetrics &m, const nlohmann::json &want)
{
    const auto &report = want["report"];
    EXPECT_NEAR(m.micro.precision, want["micro"]["precision"].get<double>(), 1e-9);
    EXPECT_NEAR(m.micro.recall, want["micro"]["recall"].get<double>(), 1e-9);
    EXPECT_NEAR(m.micro.f1, want["micro"]["f1"].get<double>(), 1e-9);
    std::vector<std::string> types;
    for (auto it = report.begin(); it != report.end(); ++it) {
        const std::string key = it.key();
        if (key.find(" avg") == std::string::npos)
            types.push_back(key);
    }
    ASSERT_EQ(m.types, types);
    for (std::size_t i = 0; i < types.size(); ++i) {
        const auto &r = report[types[i]];
        EXPECT_NEAR(m.perType[i].precision, r["precision"].get<double>(), 1e-9) << types[i];
        EXPECT_NEAR(m.perType[i].recall, r["recall"].get<double>(), 1e-9) << types[i];
        EXPECT_NEAR(m.perType[i].f1, r["f1-score"].get<double>(), 1e-9) << types[i];
        EXPECT_EQ(m.perType[i].support, r["support"].get<std::size_t>()) << types[i];
    }
    const std::pair<const char *, const Prf *> averages[] = {
        {"micro avg", &m.micro}, {"macro avg", &m.macro}, {"weighted avg", &m.weighted}};
    for (const auto &[name, prf] : averages) {
        const auto &r = report[name];
        EXPECT_NEAR(prf->precision, r["precision"].get<double>(), 1e-9) << name;
        EXPECT_NEAR(prf->recall, r["recall"].get<double>(), 1e-9) << name;
        EXPECT_NEAR(prf->f1, r["f1-score"].get<double>(), 1e-9) << name;
        EXPECT_EQ(prf->support, r["support"].get<std::size_t>()) << name;
    }
}

TEST(EntityMetrics, MatchesSeqevalFixtureInBothModes)
{
    if (!std::filesystem::exists(kFixture))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture not found: " << kFixture;
    std::ifstream in(kFixture);
    const nlohmann::json fixture = nlohmann::json::parse(in);
    ASSERT_GE(fixture["cases"].size(), 2u);
    for (const auto &c : fixture["cases"]) {
        SCOPED_TRACE(c["name"].get<std::string>());
        const auto gold = c["gold"].get<std::vector<TagSequence>>();
        const auto pred = c["pred"].get<std::vector<TagSequence>>();
        auto t = taggingMetrics(gold, pred);
        ASSERT_TRUE(t.ok()) << t.error();
        {
            SCOPED_TRACE("default");
            expectReport(t->conlleval, c["default"]);
        }
        {
            SCOPED_TRACE("strict_iob2");
            expectReport(t->strict, c["strict_iob2"]);
        }
        EXPECT_NEAR(t->tokenAccuracy, c["token_accuracy"].get<double>(), 1e-9);
    }
}

std::vector<TaggedEntity> entities(const TagSequence &tags, EntityScheme scheme, std::size_t sentence = 0)
{
    auto e = extractEntities(tags, scheme, sentence);
    EXPECT_TRUE(e.ok()) << e.error();
    return e.ok() ? *e : std::vector<TaggedEntity>{};
}

TEST(EntityMetrics, ConllevalStartsEntityAtIAfterOAndAtTypeChange)
{
    EXPECT_EQ(entities({"O", "I-LOC", "I-LOC", "O"}, EntityScheme::Conlleval),
              (std::vector<TaggedEntity>{{0, 1, 3, "LOC"}}));
    EXPECT_EQ(entities({"B-LOC", "I-ORG"}, EntityScheme::Conlleval),
              (std::vector<TaggedEntity>{{0, 0, 1, "LOC"}, {0, 1, 2, "ORG"}}));
    EXPECT_EQ(entities({"B-LOC", "B-LOC", "I-LOC"}, EntityScheme::Conlleval),
              (std::vector<TaggedEntity>{{0, 0, 1, "LOC"}, {0, 1, 3, "LOC"}}));
    // BIOES tags are understood in the default mode: S- is a one-token entity, E- closes.
    EXPECT_EQ(entities({"S-PER", "B-ORG", "E-ORG", "I-ORG"}, EntityScheme::Conlleval),
              (std::vector<TaggedEntity>{{0, 0, 1, "PER"}, {0, 1, 3, "ORG"}, {0, 3, 4, "ORG"}}));
}

TEST(EntityMetrics, StrictIob2IgnoresChunksThatDoNotStartWithB)
{
    EXPECT_TRUE(entities({"O", "I-LOC", "I-LOC", "O"}, EntityScheme::StrictIob2).empty());
    EXPECT_EQ(entities({"B-LOC", "I-ORG", "I-ORG"}, EntityScheme::StrictIob2),
              (std::vector<TaggedEntity>{{0, 0, 1, "LOC"}}));
    EXPECT_EQ(entities({"B-PER", "I-PER", "B-PER"}, EntityScheme::StrictIob2, 4),
              (std::vector<TaggedEntity>{{4, 0, 2, "PER"}, {4, 2, 3, "PER"}}));
}

TEST(EntityMetrics, StrictIob2RejectsBioesTagsWithPosition)
{
    auto e = extractEntities({"O", "E-LOC"}, EntityScheme::StrictIob2);
    ASSERT_FALSE(e.ok());
    EXPECT_NE(e.error().find("token 1"), std::string::npos) << e.error();
    EXPECT_NE(e.error().find("E-LOC"), std::string::npos) << e.error();
    auto m = entityMetrics({{"O"}, {"B-X", "S-X"}}, {{"O"}, {"B-X", "O"}}, EntityScheme::StrictIob2);
    ASSERT_FALSE(m.ok());
    EXPECT_NE(m.error().find("gold sentence 1"), std::string::npos) << m.error();
}

TEST(EntityMetrics, RejectsShapeMismatchAndEmptyTags)
{
    auto m = entityMetrics({{"O", "O"}}, {{"O"}});
    ASSERT_FALSE(m.ok());
    EXPECT_NE(m.error().find("sentence 0"), std::string::npos) << m.error();
    EXPECT_FALSE(tokenAccuracy({{"O"}}, {}).ok());
    EXPECT_FALSE(extractEntities({"B-X", ""}, EntityScheme::Conlleval).ok());
}

TEST(EntityMetrics, TypeOnlyInPredictionsHasZeroSupportAndCountsInMacro)
{
    auto m = entityMetrics({{"B-PER", "O"}}, {{"B-PER", "B-ORG"}});
    ASSERT_TRUE(m.ok());
    ASSERT_EQ(m->types, (std::vector<std::string>{"ORG", "PER"}));
    EXPECT_EQ(m->perType[0].support, 0u);
    EXPECT_DOUBLE_EQ(m->perType[0].f1, 0.0);
    EXPECT_DOUBLE_EQ(m->macro.f1, 0.5);
    EXPECT_DOUBLE_EQ(m->micro.precision, 0.5);
    EXPECT_DOUBLE_EQ(m->micro.recall, 1.0);
    EXPECT_DOUBLE_EQ(m->weighted.f1, 1.0);
}

TEST(EntityMetrics, ErrorsNameMissedSpuriousAndWrongTypeEntities)
{
    const auto errors = entityErrors("s9", {"B-PER", "I-PER", "O", "B-LOC", "O"},
                                     {"B-PER", "I-PER", "B-ORG", "B-PER", "O"});
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].start, 2u);
    EXPECT_EQ(errors[0].gold, "");
    EXPECT_EQ(errors[0].predicted, "ORG");
    EXPECT_EQ(errors[1].start, 3u);
    EXPECT_EQ(errors[1].end, 4u);
    EXPECT_EQ(errors[1].gold, "LOC");
    EXPECT_EQ(errors[1].predicted, "PER");
    EXPECT_EQ(errors[1].sentenceId, "s9");
}

TEST(EntityMetrics, JsonHeadlineIsConllevalAndBothModesAreLabelled)
{
    auto t = taggingMetrics({{"O", "I-LOC"}}, {{"O", "I-LOC"}});
    ASSERT_TRUE(t.ok());
    const nlohmann::json j = taggingToJson(*t);
    EXPECT_DOUBLE_EQ(j["f1"].get<double>(), 1.0);
    EXPECT_EQ(j["conlleval"]["scheme"], "conlleval");
    EXPECT_EQ(j["strict_iob2"]["scheme"], "strict_iob2");
    EXPECT_DOUBLE_EQ(j["strict_iob2"]["f1"].get<double>(), 0.0);
    EXPECT_DOUBLE_EQ(j["token_accuracy"].get<double>(), 1.0);
}

} // namespace
} // namespace mizan
