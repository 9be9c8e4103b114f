#include "train/pretrainer.h"

#include <gtest/gtest.h>

#include <filesystem>

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
