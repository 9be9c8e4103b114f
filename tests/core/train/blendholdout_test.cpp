// Preset ensemble_baseline "auto" (train/blendholdout.h): the run holds training reviews out of
// the transformer's training, chooses the blend weight on them and records it; predictions use
// the recorded weight.
#include "train/blendholdout.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/atomicfile.h"
#include "eval/evalreportjson.h"
#include "predict/predictor.h"
#include "tinytraining.h"

using namespace mizan;
using namespace mizan::test;
namespace fs = std::filesystem;

namespace {

struct SizesAndLog : TrainObserver {
    std::map<std::string, std::size_t> sizes;
    std::vector<std::string> log;
    void onStarted(const StartedEvent &e) override { sizes = e.taskExamples; }
    void onMessage(EventTime, const std::string &m) override { log.push_back(m); }
};

nlohmann::json readJson(const fs::path &path)
{
    auto text = readFile(path.string());
    EXPECT_TRUE(text.ok()) << path;
    return text ? nlohmann::json::parse(*text) : nlohmann::json();
}

double sentimentBlend(const std::string &run)
{
    auto predictor = Predictor::load(run);
    EXPECT_TRUE(predictor.ok()) << predictor.error();
    if (!predictor.ok())
        return -1;
    auto ev = (*predictor)->evaluate({tinyCorpus()}, true);
    EXPECT_TRUE(ev.ok()) << ev.error();
    const nlohmann::json j = ev ? reportToJson(*ev) : nlohmann::json();
    const nlohmann::json &senti = j["tasks"]["sentiment"];
    return senti.contains("ensemble") ? senti["ensemble"]["baseline_weight"].get<double>() : 0.0;
}

TrainParams blendParams(const std::string &out, bool chooses)
{
    TrainParams params = tinyParams(out);
    params.tasks = {"targets", "sentiment"};
    params.preset.baseline = true;
    params.preset.ensembleBaseline = chooses ? 0.0 : 0.5;
    params.preset.ensembleBaselineAuto = chooses;
    params.preset.epochs = 2;
    return params;
}

} // namespace

TEST(BlendHoldout, TheRunChoosesItsBlendWeightOnHeldOutTrainingReviews)
{
    const std::string fixedOut = freshDir("blend-fixed");
    SizesAndLog fixedRun;
    Trainer fixedTrainer(blendParams(fixedOut, false));
    fixedTrainer.setObserver(&fixedRun);
    ASSERT_TRUE(fixedTrainer.run().ok());
    EXPECT_FALSE(readJson(fs::path(fixedOut) / "model" / "training.json").contains("ensemble_choice"));

    const std::string out = freshDir("blend-auto");
    SizesAndLog autoRun;
    Trainer trainer(blendParams(out, true));
    trainer.setObserver(&autoRun);
    auto r = trainer.run();
    ASSERT_TRUE(r.ok()) << r.error();
    const nlohmann::json training = readJson(fs::path(out) / "model" / "training.json");
    EXPECT_EQ(training["preset"]["ensemble_baseline"], "auto");
    ASSERT_TRUE(training.contains("ensemble_choice")) << training.dump();
    const nlohmann::json &choice = training["ensemble_choice"];
    const double w = choice["blend_weight"].get<double>();
    EXPECT_GE(w, 0.0);
    EXPECT_LE(w, 1.0);
    EXPECT_EQ(choice["candidates"].size(), 11u);
    // The held-out targets come out of the transformer's training split (the dev split is the
    // same in both runs), and the log says what was chosen.
    const std::size_t held = choice["held_out_targets"].get<std::size_t>();
    EXPECT_GT(held, 0u);
    EXPECT_EQ(autoRun.sizes["sentiment"] + held, fixedRun.sizes["sentiment"]);
    EXPECT_TRUE(std::any_of(autoRun.log.begin(), autoRun.log.end(), [](const std::string &m) {
        return m.find("blend weight of the baseline chosen on") != std::string::npos;
    }));

    // Predictions use the recorded weight: the chosen one, then one written in its place.
    EXPECT_DOUBLE_EQ(sentimentBlend(out), w);
    nlohmann::json edited = training;
    edited["ensemble_choice"]["blend_weight"] = 0.3;
    ASSERT_TRUE(writeFileAtomic((fs::path(out) / "model" / "training.json").string(), edited.dump(2)).isOk());
    EXPECT_DOUBLE_EQ(sentimentBlend(out), 0.3);
    // A weight that is not a number in [0, 1] is refused, naming the file.
    for (const nlohmann::json &bad : {nlohmann::json(7.0), nlohmann::json("heavy")}) {
        edited["ensemble_choice"]["blend_weight"] = bad;
        ASSERT_TRUE(writeFileAtomic((fs::path(out) / "model" / "training.json").string(), edited.dump(2)).isOk());
        auto refused = Predictor::load(out);
        ASSERT_FALSE(refused.ok()) << bad.dump();
        EXPECT_NE(refused.error().find("training.json"), std::string::npos) << refused.error();
        EXPECT_NE(refused.error().find("[0, 1]"), std::string::npos) << refused.error();
    }
    // A fixed weight stays the preset's.
    EXPECT_DOUBLE_EQ(sentimentBlend(fixedOut), 0.5);
}
