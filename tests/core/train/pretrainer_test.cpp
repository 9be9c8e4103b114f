#include "train/pretrainer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <iomanip>
#include <sstream>

#include "model/bertconfig.h"
#include "predict/predictor.h"
#include "tinytraining.h"
#include "tokenize/vocabbuilder.h"
#include "train/trainer.h"

using namespace mizan;
using namespace mizan::test;
namespace fs = std::filesystem;

TEST(Pretrainer, PretrainsAnEncoderThatTrainingStartsFrom)
{
    if (!findVocabTool().ok())
        GTEST_SKIP() << "mizan-vocab is not built: " << findVocabTool().error();
    const std::string encoder = freshDir("pretrain") + "/encoder";
    PretrainParams pp;
    pp.corpusFiles = {tinyCorpus()};
    pp.outDir = encoder;
    pp.preset = tinyParams(freshDir("pretrain-preset")).preset;
    pp.preset.vocabSize = 120;
    pp.preset.epochs = 2;
    RecordingObserver obs;
    Pretrainer pretrainer(pp);
    pretrainer.setObserver(&obs);
    auto pr = pretrainer.run();
    ASSERT_TRUE(pr.ok()) << pr.error();
    EXPECT_EQ(pr->lines, 16u);
    EXPECT_GT(pr->steps, 0u);
    EXPECT_EQ(obs.steps.size(), pr->steps);
    for (const char *f : {"config.json", "model.safetensors", "vocab.txt", "mizan_text.json"})
        EXPECT_TRUE(fs::exists(fs::path(encoder) / f)) << f;

    TrainParams params = tinyParams(freshDir("from-pretrained"));
    params.encoder = encoder;
    params.vocabDir.clear();
    params.preset.epochs = 1;
    auto r = Trainer(params).run();
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_GT(r->steps, 0u);
}

TEST(Pretrainer, CharNgramEncoderCarriesItsNgramsIntoTraining)
{
    if (!findVocabTool().ok())
        GTEST_SKIP() << "mizan-vocab is not built: " << findVocabTool().error();
    const std::string encoder = freshDir("pretrain-ngrams") + "/encoder";
    PretrainParams pp;
    pp.corpusFiles = {tinyCorpus()};
    pp.outDir = encoder;
    pp.preset = tinyParams(freshDir("pretrain-ngrams-preset")).preset;
    pp.preset.vocabSize = 120;
    pp.preset.epochs = 1;
    pp.preset.charNgramBuckets = 256;
    pp.preset.charNgramDim = 8;
    auto pr = Pretrainer(pp).run();
    ASSERT_TRUE(pr.ok()) << pr.error();
    auto encoderConfig = readBertConfig((fs::path(encoder) / "config.json").string());
    ASSERT_TRUE(encoderConfig.ok()) << encoderConfig.error();
    EXPECT_EQ(encoderConfig->charNgramBuckets, 256);

    const std::string out = freshDir("from-pretrained-ngrams");
    TrainParams params = tinyParams(out);
    params.encoder = encoder;
    params.vocabDir.clear();
    params.preset.epochs = 1;
    auto r = Trainer(params).run();
    ASSERT_TRUE(r.ok()) << r.error();
    auto config = readBertConfig((fs::path(out) / "model" / "config.json").string());
    ASSERT_TRUE(config.ok()) << config.error();
    EXPECT_EQ(config->charNgramBuckets, 256);
    auto predictor = Predictor::load(out);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    EXPECT_TRUE((*predictor)->predict("الغرفة نظيفة").ok());
}

// The per-step MLM losses of a tiny run (2 epochs, 1 thread, seed 13) as the pretrainer gave
// them before its step lost its host waits (commit 9ae3b1c: loss.item(), clip_grad_norm_,
// libtorch's AdamW), to the 9 digits written here: one read of the loss and gradient norm a
// step, foreach clipping and ForeachAdamW train the same (measured: within 5e-9).
TEST(Pretrainer, TinyRunLossesAreThoseOfTheStepWithHostWaits)
{
    if (!findVocabTool().ok())
        GTEST_SKIP() << "mizan-vocab is not built: " << findVocabTool().error();
    PretrainParams pp;
    pp.corpusFiles = {tinyCorpus()};
    pp.outDir = freshDir("pretrain-losses") + "/encoder";
    pp.preset = tinyParams(freshDir("pretrain-losses-preset")).preset;
    pp.preset.vocabSize = 120;
    pp.preset.epochs = 2;
    pp.device = "cpu";
    RecordingObserver obs;
    Pretrainer pretrainer(pp);
    pretrainer.setObserver(&obs);
    auto pr = pretrainer.run();
    ASSERT_TRUE(pr.ok()) << pr.error();
    const std::vector<double> before{4.86184502, 4.41154861, 4.55256081, 4.98676157,
                                     4.26950216, 4.40506601, 4.40082073, 4.52004671};
    std::ostringstream got;
    got << std::setprecision(9);
    for (const auto &e : obs.steps)
        got << e.loss << ", ";
    ASSERT_EQ(obs.steps.size(), before.size()) << got.str();
    for (std::size_t i = 0; i < before.size(); ++i)
        EXPECT_NEAR(obs.steps[i].loss, before[i], 1e-6) << "step " << i + 1 << ": " << got.str();
}
