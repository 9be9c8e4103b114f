#include "train/preset.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

using namespace mizan;

TEST(Preset, BundledPresetsLoadAndDiffer)
{
    const std::vector<std::string> dirs = {MIZAN_RESOURCES_DIR "/presets"};
    auto fast = loadPreset("fast", dirs);
    auto def = loadPreset("default", dirs);
    auto thorough = loadPreset("thorough", dirs);
    ASSERT_TRUE(fast.ok()) << fast.error();
    ASSERT_TRUE(def.ok()) << def.error();
    ASSERT_TRUE(thorough.ok()) << thorough.error();
    EXPECT_EQ(fast->name, "fast");
    EXPECT_LE(fast->layers * fast->hidden, def->layers * def->hidden);
    EXPECT_LE(def->epochs, thorough->epochs);
}

TEST(Preset, RoundTripsThroughJson)
{
    TrainPreset p;
    p.name = "mine";
    p.layers = 3;
    p.hidden = 96;
    p.heads = 3;
    p.sampling = SamplingMode::RoundRobin;
    p.encoderLr = 3e-4;
    p.charNgramBuckets = 4096;
    p.charNgramDim = 32;
    p.targetPooling = true;
    p.wideSentiment = true;
    p.wideWindow = 5;
    p.emaDecay = 0.995;
    p.ensembleTagging = 0.75;
    auto back = parsePreset(presetToJson(p), "x.json");
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(presetToJson(*back), presetToJson(p));
    EXPECT_EQ(back->charNgramBuckets, 4096);
    EXPECT_EQ(back->charNgramDim, 32);
    EXPECT_TRUE(back->targetPooling);
    EXPECT_TRUE(back->wideSentiment);
    EXPECT_EQ(back->wideWindow, 5);
    EXPECT_DOUBLE_EQ(back->emaDecay, 0.995);
    EXPECT_DOUBLE_EQ(back->ensembleTagging, 0.75);
}

// "ensemble_baseline": "auto" lets the run choose the blend weight; a number stays fixed.
TEST(Preset, TheBlendWeightIsAutoOrFixed)
{
    auto chosen = parsePreset(R"({"ensemble_baseline": "auto", "baseline": true})", "a.json");
    ASSERT_TRUE(chosen.ok()) << chosen.error();
    EXPECT_TRUE(chosen->ensembleBaselineAuto);
    EXPECT_DOUBLE_EQ(chosen->ensembleBaseline, 0.0);
    auto back = parsePreset(presetToJson(*chosen), "b.json");
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_TRUE(back->ensembleBaselineAuto);
    auto fixedWeight = parsePreset(R"({"ensemble_baseline": 0.3, "baseline": true})", "f.json");
    ASSERT_TRUE(fixedWeight.ok()) << fixedWeight.error();
    EXPECT_FALSE(fixedWeight->ensembleBaselineAuto);
    EXPECT_DOUBLE_EQ(fixedWeight->ensembleBaseline, 0.3);
    EXPECT_EQ(nlohmann::json::parse(presetToJson(*fixedWeight))["ensemble_baseline"], 0.3);
    const std::vector<std::string> dirs = {MIZAN_RESOURCES_DIR "/presets"};
    auto def = loadPreset("default", dirs);
    ASSERT_TRUE(def.ok()) << def.error();
    EXPECT_TRUE(def->ensembleBaselineAuto);
}

TEST(Preset, ClearErrors)
{
    auto typo = parsePreset(R"({"epoch": 3})", "my.json");
    ASSERT_FALSE(typo.ok());
    EXPECT_NE(typo.error().find("my.json"), std::string::npos);
    EXPECT_NE(typo.error().find("epoch"), std::string::npos);
    EXPECT_FALSE(parsePreset(R"({"hidden": 100, "heads": 3})", "a.json").ok());
    EXPECT_FALSE(parsePreset(R"({"epochs": "three"})", "a.json").ok());
    EXPECT_FALSE(parsePreset("{", "a.json").ok());
    auto grams = parsePreset(R"({"char_ngram_buckets": -1})", "g.json");
    ASSERT_FALSE(grams.ok());
    EXPECT_NE(grams.error().find("char_ngram_buckets"), std::string::npos);
    for (const char *bad : {R"({"char_ngram_buckets": 0, "wide_sentiment": true})",
                            R"({"char_ngram_buckets": 64, "wide_window": 3})",
                            R"({"char_ngram_buckets": 64, "wide_sentiment": true, "wide_window": 65})"}) {
        auto wide = parsePreset(bad, "w.json");
        ASSERT_FALSE(wide.ok()) << bad;
        EXPECT_NE(wide.error().find("wide_"), std::string::npos) << wide.error();
        EXPECT_NE(wide.error().find("w.json"), std::string::npos) << wide.error();
    }
    for (const char *bad : {R"({"ema_decay": 1.0})", R"({"ema_decay": -0.1})"}) {
        auto ema = parsePreset(bad, "e.json");
        ASSERT_FALSE(ema.ok()) << bad;
        EXPECT_NE(ema.error().find("ema_decay"), std::string::npos);
    }
    for (const char *bad : {R"({"ensemble_tagging": 1.5})", R"({"ensemble_tagging": 0.5, "baseline": false})"}) {
        auto vote = parsePreset(bad, "v.json");
        ASSERT_FALSE(vote.ok()) << bad;
        EXPECT_NE(vote.error().find("ensemble_tagging"), std::string::npos);
    }
    for (const char *bad : {R"({"ensemble_baseline": "half"})", R"({"ensemble_baseline": "auto", "baseline": false})"}) {
        auto blend = parsePreset(bad, "b.json");
        ASSERT_FALSE(blend.ok()) << bad;
        EXPECT_NE(blend.error().find("ensemble_baseline"), std::string::npos) << blend.error();
    }
    auto missing = loadPreset("nosuch", {"/nonexistent"});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.status().code(), ErrorCode::NotFound);
}
