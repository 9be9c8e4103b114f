#include "predict/predictor.h"

#include <gtest/gtest.h>

#include "common/utf8.h"
#include "eval/evalreportjson.h"
#include "tinytraining.h"

using namespace mizan;
using namespace mizan::test;


TEST(Predictor, OffsetsAreRawCodePointsWithTashkeelTatweelAndEmoji)
{
    auto predictor = Predictor::load(tinyTrainedModel());
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    // "الغُرْفَـــة 😀 نظيفة والخدمة سيئة": marks and tatweel inside the first word, an emoji
    // outside the BMP (one code point, two UTF-16 units), a clitic before the second target.
    const std::string raw = "الغُرْفَـــة 😀 نظيفة والخدمة سيئة";
    const std::size_t length = utf8::length(raw);
    const std::size_t service = utf8::length("الغُرْفَـــة 😀 نظيفة و");
    const std::size_t room = utf8::length("الغُرْفَـــة");
    auto given = (*predictor)->predict(raw, {{0, room}, {service, service + 6}});
    ASSERT_TRUE(given.ok()) << given.error();
    ASSERT_EQ(given->targets.size(), 2u);
    EXPECT_EQ(given->targets[0].text, "الغُرْفَـــة");
    EXPECT_EQ(given->targets[1].text, "الخدمة");
    for (const auto &t : given->targets) {
        EXPECT_FALSE(t.polarity.empty());
        double sum = 0;
        for (const auto &[label, score] : t.scores)
            sum += score;
        EXPECT_NEAR(sum, 1.0, 1e-5);
    }
    // Predicted targets and entities always point at the raw text they name.
    auto predicted = (*predictor)->predict(raw);
    ASSERT_TRUE(predicted.ok()) << predicted.error();
    ASSERT_FALSE(predicted->targets.empty()) << "no target predicted: nothing to check";
    for (const auto &t : predicted->targets) {
        ASSERT_LT(t.start, t.end);
        ASSERT_LE(t.end, length);
        EXPECT_EQ(t.text, utf8::substr(raw, t.start, t.end));
    }
    const auto json = predictionToJson(*predicted);
    EXPECT_EQ(json["text"], raw);
    EXPECT_TRUE(json["entities"].is_array());
}

// A pasted text far longer than max_length (64 pieces here) is predicted window by window:
// targets come back from its end too, at raw code points of the whole text.
TEST(Predictor, PredictsTargetsAfterMaxLengthInLongText)
{
    auto predictor = Predictor::load(tinyTrainedModel());
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    const std::string phrase = "الفندق نظيف والموظفين متعاونين جدا ";
    std::string raw;
    for (int i = 0; i < 10; ++i)
        raw += phrase;
    const std::size_t length = utf8::length(raw);
    const std::size_t lastCopy = 9 * utf8::length(phrase);  // far after the first 62 pieces
    auto short_ = (*predictor)->predict(phrase);
    ASSERT_TRUE(short_.ok()) << short_.error();
    // The phrase alone has a target, so its last copy in the long text must have one too.
    ASSERT_FALSE(short_->targets.empty()) << "the tiny model finds no target in the phrase itself";
    auto predicted = (*predictor)->predict(raw);
    ASSERT_TRUE(predicted.ok()) << predicted.error();
    std::size_t late = 0, previousEnd = 0;
    for (const auto &t : predicted->targets) {
        ASSERT_LT(t.start, t.end);
        ASSERT_LE(t.end, length);
        EXPECT_GE(t.start, previousEnd);  // one list, in text order
        previousEnd = t.end;
        EXPECT_EQ(t.text, utf8::substr(raw, t.start, t.end));
        late += t.start >= lastCopy;
    }
    EXPECT_GT(late, 0u) << "no target predicted in the last copy of the phrase";
}

TEST(Predictor, RejectsBadInputWithAClearError)
{
    auto predictor = Predictor::load(tinyTrainedModel());
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto bad = (*predictor)->predict(std::string("ok \xff\xfe"));
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("UTF-8"), std::string::npos);
    auto outside = (*predictor)->predict("قصير", {{2, 40}});
    ASSERT_FALSE(outside.ok());
    auto missing = Predictor::load("/nonexistent/model");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("/nonexistent/model"), std::string::npos);
}

TEST(Predictor, EvaluatesWithTheEvalJsonShape)
{
    auto predictor = Predictor::load(tinyTrainedModel());
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    std::map<std::string, std::vector<PredictionError>> errors;
    auto ev = (*predictor)->evaluate({tinyCorpus()}, true, &errors);
    ASSERT_TRUE(ev.ok()) << ev.error();
    const nlohmann::json evJson = reportToJson(*ev);
    const auto &tasks = evJson["tasks"];
    ASSERT_TRUE(tasks.contains("targets"));
    ASSERT_TRUE(tasks.contains("sentiment"));
    EXPECT_EQ(tasks["targets"]["kind"], "tagging");
    for (const char *k : {"precision", "recall", "f1", "token_accuracy", "per_label"})
        EXPECT_TRUE(tasks["targets"].contains(k)) << k;
    EXPECT_EQ(tasks["sentiment"]["kind"], "target_sentiment");
    for (const char *k : {"accuracy", "macro_f1", "per_class", "confusion"})
        EXPECT_TRUE(tasks["sentiment"].contains(k)) << k;
    EXPECT_EQ(evJson["split"], "dev");
    EXPECT_LT(evJson["sentences"].get<std::size_t>(), 16u);  // the held-out review only
}
