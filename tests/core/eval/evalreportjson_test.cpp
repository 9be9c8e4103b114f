#include "eval/evalreportjson.h"

#include <gtest/gtest.h>

using namespace mizan;
using nlohmann::json;

namespace {

ClassificationReport sentimentReport()
{
    auto m = classificationMetrics({"positive", "negative", "positive", "neutral"},
                                   {"positive", "positive", "positive", "neutral"},
                                   {"negative", "neutral", "positive"});
    EXPECT_TRUE(m.ok());
    ClassificationReport r;
    r.metrics = *m;
    r.definition = "polarity of each GOLD target (SemEval-2016 slot 3)";
    r.examples = 4;
    EnsembleReport e;
    e.weight = 0.5;
    e.definition = "blend";
    e.accuracy = 0.75;
    e.macroF1 = 0.5;
    r.ensemble = e;
    return r;
}

SpanReport targetsReport()
{
    SpanReport r;
    r.micro = {0.5, 0.25, 1.0 / 3.0, 4};
    r.gold = 4;
    r.predicted = 2;
    r.correct = 1;
    r.perLabel = std::map<std::string, Prf>{{"TARGET", {0.5, 0.25, 1.0 / 3.0, 4}}};
    r.f1Definition = "exact character spans";
    auto t = taggingMetrics({{"B-T", "I-T", "O"}, {"B-T", "O", "O"}}, {{"B-T", "I-T", "O"}, {"O", "O", "B-T"}});
    EXPECT_TRUE(t.ok());
    r.tokenBio = *t;
    r.tokenBioDefinition = "entity F1 over the model's sub-word tokens";
    EnsembleReport e;
    e.spans = true;
    e.weight = 0.25;
    e.definition = "vote";
    e.alone = {0.4, 0.3, 0.2, 0};
    r.ensemble = e;
    PredictionError missed;
    missed.sentenceId = "s1";
    missed.gold = "TARGET";
    missed.hasSpan = true;
    missed.start = 3;
    missed.end = 7;
    r.errors = std::vector<PredictionError>{missed};
    return r;
}

EvalReport fullReport()
{
    EvalReport r;
    r.model = "run/model";
    r.modelKind = "transformer";
    r.corpora = {"a.xml", "b.xml"};
    r.split = "dev";
    r.sentences = 12;
    r.tasks.emplace("sentiment", sentimentReport());
    r.tasks.emplace("targets", targetsReport());
    SpanReport endToEnd;
    endToEnd.kind = "target_sentiment_end_to_end";
    endToEnd.definition = "span and polarity";
    endToEnd.micro = {1, 0.5, 2.0 / 3.0, 2};
    endToEnd.gold = 2;
    endToEnd.predicted = 1;
    endToEnd.correct = 1;
    r.tasks.emplace("sentiment_end_to_end", endToEnd);
    SpanReport failedBio;
    failedBio.perLabel.emplace();
    failedBio.tokenBioError = "tag 3 of sentence 0 is empty";
    r.tasks.emplace("ner", failedBio);
    ClassificationReport failed;
    failed.error = "2 gold labels but 3 predictions";
    r.tasks.emplace("broken", failed);
    r.baseline = BaselineReport{"run/baseline", {{"sentiment", sentimentReport()}}};
    r.modelVsBaseline["sentiment"]["accuracy"] = 1.25;
    return r;
}

} // namespace

// The keys of each part, as `mizan eval --json` printed them before the report was typed.
TEST(EvalReportJson, WritesTheEvalJsonKeys)
{
    const json j = reportToJson(fullReport());
    for (const char *k : {"model", "model_kind", "corpora", "split", "sentences", "tasks", "baseline", "model_vs_baseline"})
        EXPECT_TRUE(j.contains(k)) << k;
    const json &s = j["tasks"]["sentiment"];
    for (const char *k : {"kind", "accuracy", "macro_f1", "weighted_f1", "macro", "weighted", "count", "labels",
                          "per_class", "confusion", "definition", "examples", "ensemble"})
        EXPECT_TRUE(s.contains(k)) << k;
    EXPECT_EQ(s["kind"], "target_sentiment");
    EXPECT_EQ(s["confusion"]["negative"]["positive"], 1);
    EXPECT_EQ(s["ensemble"]["baseline_weight"], 0.5);
    EXPECT_EQ(s["ensemble"]["transformer_only"], (json{{"accuracy", 0.75}, {"macro_f1", 0.5}}));
    const json &t = j["tasks"]["targets"];
    for (const char *k : {"kind", "precision", "recall", "f1", "gold", "predicted", "correct", "per_label",
                          "f1_definition", "token_accuracy", "token_bio", "ensemble", "errors"})
        EXPECT_TRUE(t.contains(k)) << k;
    EXPECT_FALSE(t.contains("token_bio_error"));
    EXPECT_EQ(t["token_bio"]["definition"], "entity F1 over the model's sub-word tokens");
    for (const char *k : {"conlleval", "strict_iob2", "per_label", "token_accuracy", "precision", "recall", "f1"})
        EXPECT_TRUE(t["token_bio"].contains(k)) << k;
    EXPECT_EQ(t["ensemble"]["transformer_weight"], 0.25);
    EXPECT_EQ(t["ensemble"]["transformer_only"].size(), 3u);
    EXPECT_EQ(t["errors"][0], (json{{"sentence_id", "s1"}, {"gold", "TARGET"}, {"predicted", ""}, {"start", 3}, {"end", 7}}));
    const json &e2e = j["tasks"]["sentiment_end_to_end"];
    EXPECT_EQ(e2e.size(), 8u) << e2e.dump();  // kind, definition, P, R, F1, gold, predicted, correct
    EXPECT_TRUE(j["tasks"]["ner"]["token_accuracy"].is_null());
    EXPECT_EQ(j["tasks"]["ner"]["token_bio_error"], "tag 3 of sentence 0 is empty");
    EXPECT_EQ(j["tasks"]["broken"], (json{{"kind", "target_sentiment"}, {"error", "2 gold labels but 3 predictions"}}));
    EXPECT_EQ(j["baseline"]["model"], "run/baseline");
    EXPECT_EQ(j["model_vs_baseline"]["sentiment"]["accuracy"], 1.25);
}

TEST(EvalReportJson, ReadsBackWhatItWrites)
{
    const json written = reportToJson(fullReport());
    auto read = evalReportFromJson(json::parse(written.dump()));
    ASSERT_TRUE(read.ok()) << read.error();
    EXPECT_EQ(reportToJson(*read), written);
    const auto &s = std::get<ClassificationReport>(read->tasks.at("sentiment"));
    EXPECT_EQ(s.metrics.labels, (std::vector<std::string>{"negative", "neutral", "positive"}));
    EXPECT_EQ(s.metrics.confusion[0][2], 1u);
    EXPECT_DOUBLE_EQ(s.headline(), (s.metrics.accuracy + s.metrics.macro.f1) / 2);
    const auto &t = std::get<SpanReport>(read->tasks.at("targets"));
    ASSERT_TRUE(t.tokenBio.has_value());
    EXPECT_EQ(t.tokenBio->strict.scheme, EntityScheme::StrictIob2);
    ASSERT_TRUE(t.errors.has_value());
    EXPECT_EQ(t.errors->front().end, 7u);
    EXPECT_FALSE(std::get<SpanReport>(read->tasks.at("sentiment_end_to_end")).perLabel.has_value());
    EXPECT_EQ(reportMetric(read->tasks.at("targets"), "token_accuracy"), t.tokenBio->tokenAccuracy);
    EXPECT_FALSE(reportMetric(read->tasks.at("ner"), "token_accuracy").has_value());
    EXPECT_FALSE(reportMetric(read->tasks.at("broken"), "accuracy").has_value());
}

// A baseline evaluation ({"model", "tasks"}) as `mizan baseline eval --json` prints it.
TEST(EvalReportJson, ReadsABaselineReport)
{
    const json j = reportToJson(BaselineReport{"baseline", {{"targets", targetsReport()}}});
    auto read = baselineReportFromJson(j);
    ASSERT_TRUE(read.ok()) << read.error();
    EXPECT_EQ(read->model, "baseline");
    EXPECT_EQ(reportToJson(*read), j);
}

TEST(EvalReportJson, AWrongValueIsAnErrorNamingItsPath)
{
    json j = reportToJson(fullReport());
    j["tasks"]["sentiment"]["accuracy"] = "high";
    auto read = evalReportFromJson(j);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.status().code(), ErrorCode::ParseError);
    EXPECT_NE(read.error().find("tasks.sentiment.accuracy"), std::string::npos) << read.error();
    EXPECT_NE(read.error().find("a number"), std::string::npos) << read.error();
    EXPECT_EQ(read.error().find("json.exception"), std::string::npos) << read.error();

    json missing = reportToJson(fullReport());
    missing["tasks"]["targets"].erase("gold");
    auto r2 = evalReportFromJson(missing);
    ASSERT_FALSE(r2.ok());
    EXPECT_NE(r2.error().find("tasks.targets.gold: missing"), std::string::npos) << r2.error();

    json negative = reportToJson(fullReport());
    negative["sentences"] = -3;
    EXPECT_FALSE(evalReportFromJson(negative).ok());
    json unknown = {{"kind", "aspect_category"}, {"score", 1}};
    auto r3 = taskReportFromJson(unknown);
    ASSERT_FALSE(r3.ok());
    EXPECT_NE(r3.error().find("aspect_category"), std::string::npos) << r3.error();
    EXPECT_FALSE(taskReportsFromJson(json::array()).ok());
}
