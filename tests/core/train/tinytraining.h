#pragma once
// Shared set-up for trainer and predictor tests: a 16-sentence SemEval file, a character
// vocabulary written at run time, and a tiny model configuration that trains in seconds.
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <unistd.h>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "common/atomicfile.h"
#include "common/utf8.h"
#include "support/testsupport.h"
#include "train/trainer.h"

namespace mizan::test {

inline std::string tinyCorpus() { return MIZAN_TEST_DATA_DIR "/train/tiny_hotels.xml"; }

// vocab.txt with the special tokens, then every character of `text` plain and as "##" piece.
inline std::string writeCharVocab(const std::string &dir, const std::string &text)
{
    std::set<char32_t> chars;
    for (char32_t c : utf8::decodeLossy(text))
        if (c > U' ')
            chars.insert(c);
    std::string vocab = "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n";
    for (char32_t c : chars)
        vocab += utf8::encode(c) + "\n##" + utf8::encode(c) + "\n";
    std::filesystem::create_directories(dir);
    writeFileAtomic(dir + "/vocab.txt", vocab);
    writeFileAtomic(dir + "/tokenizer_config.json", R"({"do_lower_case": false, "tokenize_chinese_chars": true})");
    return dir;
}

inline TrainParams tinyParams(const std::string &outDir)
{
    TrainParams p;
    p.trainCorpora = {tinyCorpus()};
    p.devFraction = 0.25;
    auto text = readFile(tinyCorpus());
    removeAtExit(outDir + "-vocab");
    p.vocabDir = writeCharVocab(outDir + "-vocab", (text ? *text : std::string()) + "😀ـًٌٍَُِّْ");
    p.outDir = outDir;
    p.seed = 5;
    p.threads = 1;
    TrainPreset &t = p.preset;
    t.layers = 1;
    t.hidden = 32;
    t.heads = 2;
    t.ffn = 64;
    t.maxLength = 64;
    t.dropout = 0.1;
    t.epochs = 3;
    t.batchSize = 4;
    t.encoderLr = 3e-3;
    t.headLr = 3e-3;
    t.warmupRatio = 0.1;
    t.maxMinutes = 0;
    t.baseline = false;  // tested once, in Trainer.TrainsTheBaselineBeside
    return p;
}

// Records what the trainer reports.
struct RecordingObserver : TrainObserver {
    std::vector<StepEvent> steps;
    std::vector<SkippedStepEvent> skipped;
    std::vector<EvalEvent> evals;
    std::vector<CheckpointEvent> checkpoints;
    std::vector<FinishedEvent> finished;
    std::vector<FailedEvent> failed;
    std::function<void(const StepEvent &)> onEachStep;
    void onStep(const StepEvent &e) override { steps.push_back(e); if (onEachStep) onEachStep(e); }
    void onSkippedStep(const SkippedStepEvent &e) override { skipped.push_back(e); }
    void onEval(const EvalEvent &e) override { evals.push_back(e); }
    void onCheckpoint(const CheckpointEvent &e) override { checkpoints.push_back(e); }
    void onFinished(const FinishedEvent &e) override { finished.push_back(e); }
    void onFailed(const FailedEvent &e) override { failed.push_back(e); }
};

// One tiny trained model (a training output folder) shared by every test of a process: 6
// epochs of tinyParams, about a second.
inline const std::string &tinyTrainedModel()
{
    static const std::string dir = [] {
        const std::string out = freshDir("tiny-model");
        TrainParams params = tinyParams(out);
        params.preset.epochs = 6;
        auto r = Trainer(params).run();
        if (!r.ok())
            ADD_FAILURE() << "training the tiny model failed: " << r.error();
        return out;
    }();
    return dir;
}

} // namespace mizan::test
